// Written by `npm run train`; never edit by hand. The model card says what it was fitted on.
import type { AnswerModel } from './model.js';

export const MODEL_CARD = {
  "command": "npm run train",
  "trainedOn": {
    "sha256": "e6c612ab28b1614f4e759fc7891336d78e42713332a064c1e2a766b1bfed0c77",
    "files": [
      "eval/bank/train.jsonl",
      "eval/bank/dev.jsonl",
      "tests/fixtures/eval/questions.json",
      "tests/fixtures/eval/questions-fresh.json",
      "squad2-dev-a/dev-v2.0-a.json (train and dev articles)"
    ],
    "trainQuestions": 8196,
    "trainCandidates": 374954
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 10,
    "squadWeight": 0.25,
    "gateSquadWeight": 0.1,
    "choiceTargets": [
      0.85,
      0.875,
      0.9
    ],
    "targetPrecision": 0.9,
    "threshold": 0.83,
    "hedgePrecision": 0.5,
    "hedge": 0.23
  },
  "dev": {
    "newsTop1": 0.711538,
    "newsHandledRight": 0.404167,
    "squadHandledRight": 0.518495
  },
  "test": "never read here: `npm run eval` reports the sealed test splits (README, \"Evaluation\")",
  "knownLimits": [
    "cautious: at the chosen threshold it abstains on most answerable questions whose wording differs from the sentence",
    "cannot tell SQuAD's adversarial unanswerable questions from answerable ones",
    "trained on 1961 Brown press text, 16 modern pages and Wikipedia; modern news may differ"
  ],
  "licence": "SQuAD 2.0 questions and Wikipedia text: CC BY-SA 4.0 (Rajpurkar, Jia & Liang 2018)."
} as const;

export const ANSWER_MODEL: AnswerModel = {
  ranker: {
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","segmentLoss","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421482,0.0891772,0.214095,0.265758,0.280154,0.58556,0.503344,0.177223,0.264625,0.298996,0.677172,0.52951,0.646786,0.309798,0.117092,0.90426,0.0530252,0.0203838,0.593294,0.0651345,0.0572322,0.0331773,0.0311926,0.585691,0.129768,0.0122362,0.000898777,0.127082,0.188042,0.0231495,0.0783126,0.157446,0.0846504,0.00813433,0.0120548,0.30416,0.0651758,0.283971,0.0004819,0.443568,0.0696558,0.0176593,0.635456,0.0135242,0.457364,0.147122,0.124274,0.0906938,0.436832,0.0394848,0.0468431,0.11475],
    scales: [0.187916,0.162857,0.16567,0.146387,0.161045,0.288441,0.16325,0.220275,0.135765,0.109025,0.155598,0.499128,0.451135,0.46241,0.32153,0.292466,0.224084,0.141309,0.304967,0.215572,0.17492,0.144132,0.125784,0.492602,0.336048,0.109938,0.0195386,0.244639,0.20662,0.150378,0.169728,0.364221,0.278361,0.089823,0.109131,0.155662,0.133788,0.163659,0.00933239,0.129103,0.178235,0.0811629,0.296059,0.0694545,0.158735,0.354228,0.329894,0.287173,0.495994,0.194745,0.211303,0.31872],
    weights: [0.204205,0.0896996,-0.0682396,-0.397201,0.507565,-0.201067,0.322635,-0.0288015,-0.111797,0.0843138,0.0465805,-1.99116e-14,0.107663,-0.543257,-1.97558e-14,0.344792,-0.209402,0.0913401,0.540872,-0.0656192,0.33103,0.0169818,0.187896,0.548367,-3.59672e-15,0.0738225,0.0196165,-0.0133566,0.320631,-0.173328,0.238799,-0.0117451,0.0104952,-0.138553,-0.0165498,-0.00547883,0.0142706,0.706898,-0.0132793,0.0386874,0.96664,0.100496,1.7262,-7.24241e-15,-1.57584e-15,-9.25098e-15,-4.18687e-15,-1.93862e-14,-5.25115e-15,1.73168e-14,1.4756e-14,1.30568e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","segmentLoss","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.49486,2.61739,0.713818,0.919431,0.787471,0.635342,0.666384,0.691698,0.854766,0.826596,0.543645,0.091122,0.200935,0.316324,0.46259,0.961093,0.0290314,0.0880605,0.978758,0.00945782,0.0130353,0.740949,0.132628,0.0931606,0.0539157,0.122088,0.764212,0.0975389,0.0175175,0.00723729,0.410169,0.606282,0.0734832,0.197758,0.14088,0.0565208,0.00349528,0.0125419,0.383908,0.146338,0.722611,0.00142344,0.531867,0.0601061,0.242843,0.984938,0.0696201,0.425563,0.21058,0.112404,0.0801036,0.329811,0.0564591,0.0425396,0.168102],
    scales: [2.32066,2.31858,0.258674,0.159225,0.335312,0.246522,0.233024,0.226465,0.180873,0.144711,0.316859,0.134002,0.135711,0.227483,0.498599,0.177948,0.167895,0.283383,0.14248,0.0967903,0.113426,0.298537,0.321678,0.278849,0.207939,0.308606,0.42449,0.29669,0.131189,0.0694788,0.316963,0.285482,0.260928,0.260369,0.347898,0.230925,0.0590175,0.111286,0.179646,0.208352,0.217518,0.0193221,0.15659,0.181684,0.277125,0.0593213,0.158494,0.14787,0.407721,0.315863,0.271454,0.470144,0.230806,0.201817,0.373957],
    weights: [-0.276279,0.168132,0.653903,0.0826833,0.0875128,0.0444914,-0.406426,0.134811,-0.164116,0.0472881,0.0691653,-0.0274334,-0.0941528,-0.42435,-0.247818,0.284188,0.147437,0.00268519,0.0743748,-0.143848,0.053031,0.404074,-0.244732,0.388809,0.0620124,0.271996,0.205282,-0.0697346,0.039593,-0.0405568,-0.106539,-0.0102344,-0.125411,0.0450519,-0.0502292,0.0662909,-0.178551,-0.0155107,0.0180088,0.0541125,0.270048,-0.0625582,-0.0382562,0.104367,0.124549,0.0821818,-0.0619387,0.0763545,0.368911,-0.309067,0.0965435,0.0820099,0.105895,-0.0564053,-0.349267],
    bias: -0.0290513,
  },
  threshold: 0.83,
  hedge: 0.23,
};
