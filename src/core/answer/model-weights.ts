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
    "threshold": 0.85,
    "hedgePrecision": 0.5,
    "hedge": 0.18
  },
  "dev": {
    "newsTop1": 0.710407,
    "newsHandledRight": 0.373333,
    "squadHandledRight": 0.514107
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421482,0.0891772,0.214095,0.265758,0.280154,0.58556,0.503344,0.177223,0.264625,0.298996,0.677172,0.52951,0.646786,0.309798,0.117092,0.90426,0.0530252,0.0203838,0.593294,0.0651345,0.0572322,0.0331773,0.0311926,0.585691,0.129768,0.0122362,0.000898777,0.127082,0.188042,0.0231495,0.0783126,0.157446,0.0846504,0.00813433,0.0120548,0.30416,0.0651758,0.283971,0.443568,0.0696558,0.0176593,0.635456,0.0135242,0.457364,0.147122,0.124274,0.0906938,0.436832,0.0394848,0.0468431,0.11475],
    scales: [0.187916,0.162857,0.16567,0.146387,0.161045,0.288441,0.16325,0.220275,0.135765,0.109025,0.155598,0.499128,0.451135,0.46241,0.32153,0.292466,0.224084,0.141309,0.304967,0.215572,0.17492,0.144132,0.125784,0.492602,0.336048,0.109938,0.0195386,0.244639,0.20662,0.150378,0.169728,0.364221,0.278361,0.089823,0.109131,0.155662,0.133788,0.163659,0.129103,0.178235,0.0811629,0.296059,0.0694545,0.158735,0.354228,0.329894,0.287173,0.495994,0.194745,0.211303,0.31872],
    weights: [0.204471,0.0896438,-0.0690192,-0.397001,0.506991,-0.201608,0.323054,-0.0286732,-0.112071,0.0849613,0.0473497,-1.66166e-14,0.106933,-0.544736,1.61981e-14,0.345507,-0.209115,0.0917123,0.542363,-0.066661,0.32936,0.0166498,0.187394,0.547932,-5.17969e-15,0.0737892,0.0196067,-0.0130679,0.321113,-0.173506,0.239041,-0.0116314,0.0102854,-0.138856,-0.0164908,-0.00750725,0.0138815,0.70728,0.0387326,0.96782,0.100684,1.72657,-1.69038e-16,-2.07284e-14,-2.36351e-14,1.40194e-14,1.65691e-14,1.0896e-15,-1.60665e-14,-3.56572e-15,5.56769e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.49863,2.62005,0.713994,0.919779,0.788287,0.635477,0.666454,0.691687,0.854812,0.82654,0.543373,0.0913011,0.200926,0.316242,0.46259,0.960887,0.0290314,0.0880605,0.978984,0.00945782,0.0128092,0.741054,0.132454,0.0931472,0.0537893,0.12245,0.764007,0.0975389,0.0173325,0.00723729,0.410859,0.606452,0.0735037,0.19762,0.141045,0.0564591,0.00349528,0.0127475,0.383741,0.145561,0.722485,0.531899,0.0601164,0.24302,0.985002,0.0696201,0.425563,0.21058,0.112404,0.0801036,0.329811,0.0564591,0.0425396,0.168102],
    scales: [2.32131,2.31978,0.258687,0.158979,0.33492,0.246514,0.233009,0.226433,0.180819,0.144715,0.316923,0.134102,0.135723,0.227438,0.498599,0.17848,0.167895,0.283383,0.141718,0.0967903,0.11245,0.298574,0.321438,0.278821,0.207694,0.309131,0.424618,0.29669,0.130507,0.0694788,0.31718,0.28543,0.260962,0.260332,0.348068,0.230806,0.0590175,0.112183,0.179807,0.207689,0.217716,0.156595,0.181723,0.277092,0.0591964,0.158494,0.14787,0.407721,0.315863,0.271454,0.470144,0.230806,0.201817,0.373957],
    weights: [-0.272708,0.168509,0.652465,0.0800896,0.0887822,0.0416361,-0.396723,0.129208,-0.155291,0.053197,0.0636093,-0.02447,-0.0932657,-0.419946,-0.249472,0.286634,0.149753,0.00307143,0.0741294,-0.14436,0.0545741,0.402822,-0.244343,0.388627,0.0529566,0.264984,0.207614,-0.058798,0.0391907,-0.0407085,-0.10724,-0.0117177,-0.130156,0.052935,-0.050478,0.065811,-0.177391,-0.00815084,0.0120185,0.0568162,0.267233,-0.0390531,0.0904557,0.127489,0.0822894,-0.0575959,0.0762175,0.368475,-0.311508,0.107035,0.0777633,0.100082,-0.057227,-0.344975],
    bias: -0.0292329,
  },
  threshold: 0.85,
  hedge: 0.18,
};
