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
    "newsTop1": 0.709276,
    "newsHandledRight": 0.3725,
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
    means: [0.421482,0.0891772,0.214095,0.265765,0.280154,0.58556,0.50335,0.177237,0.264625,0.298996,0.677165,0.52951,0.646786,0.309798,0.117092,0.90426,0.0530252,0.0203838,0.593972,0.0649137,0.057311,0.0341459,0.0311806,0.586227,0.129768,0.0122362,0.000896999,0.127082,0.188042,0.0231495,0.0783126,0.157446,0.0846504,0.00813433,0.0120548,0.30416,0.0651758,0.283978,0.443568,0.0696558,0.0176593,0.635456,0.0135242,0.457364,0.147122,0.124445,0.0906938,0.436662,0.0394848,0.0468431,0.11475],
    scales: [0.187916,0.162857,0.16567,0.14639,0.161045,0.288441,0.163254,0.220278,0.135765,0.109025,0.155601,0.499128,0.451135,0.46241,0.32153,0.292466,0.224084,0.141309,0.304496,0.214865,0.175027,0.147085,0.125739,0.492509,0.336048,0.109938,0.0195235,0.244639,0.20662,0.150378,0.169728,0.364221,0.278361,0.089823,0.109131,0.155662,0.133788,0.163659,0.129103,0.178235,0.0811629,0.296059,0.0694545,0.158735,0.354228,0.330088,0.287173,0.495972,0.194745,0.211303,0.31872],
    weights: [0.20389,0.088835,-0.0677413,-0.394388,0.509026,-0.18977,0.324252,-0.031872,-0.114099,0.0848068,0.0483612,-3.83201e-15,0.105856,-0.544186,-8.57168e-15,0.340437,-0.209666,0.0880806,0.547265,-0.0624505,0.316138,0.0168266,0.186599,0.542286,5.79809e-15,0.0739142,0.0190055,-0.0126787,0.321319,-0.17408,0.23965,-0.0118749,0.00894153,-0.138762,-0.0163469,-0.009717,0.0145219,0.703656,0.0380574,0.9676,0.100647,1.71912,2.65934e-14,3.65191e-15,-1.17005e-14,-6.04339e-15,-2.81779e-14,1.11418e-14,3.27837e-14,-4.35088e-15,1.53035e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.49247,2.61922,0.71388,0.919583,0.788133,0.635271,0.666285,0.691524,0.854869,0.826447,0.543271,0.0913132,0.20093,0.316467,0.46259,0.960702,0.0290314,0.0880605,0.978764,0.00945782,0.0130559,0.741603,0.132821,0.0932911,0.0539877,0.122614,0.763698,0.0975389,0.0173325,0.00723729,0.410816,0.606293,0.0735037,0.197532,0.140798,0.0564591,0.00349528,0.0127475,0.383689,0.145971,0.7225,0.532014,0.0601166,0.24291,0.985075,0.0696201,0.425563,0.21058,0.112815,0.0801036,0.329399,0.0564591,0.0425396,0.168102],
    scales: [2.31687,2.31899,0.258786,0.159291,0.334985,0.246738,0.233175,0.226617,0.180742,0.144792,0.317049,0.134043,0.135733,0.227667,0.498599,0.178986,0.167895,0.283383,0.142457,0.0967903,0.113514,0.298258,0.321942,0.278864,0.208166,0.309374,0.42481,0.29669,0.130507,0.0694788,0.317171,0.285384,0.260962,0.260301,0.347813,0.230806,0.0590175,0.112183,0.179772,0.208236,0.217806,0.156569,0.181723,0.277171,0.0589605,0.158494,0.14787,0.407721,0.316367,0.271454,0.469995,0.230806,0.201817,0.373957],
    weights: [-0.275251,0.168557,0.653767,0.084195,0.0851418,0.0450729,-0.408859,0.136264,-0.151745,0.054503,0.0671141,-0.0206883,-0.0944537,-0.425978,-0.250251,0.286973,0.150102,0.00339456,0.0734386,-0.143878,0.053337,0.404571,-0.239017,0.363472,0.0534116,0.266734,0.203643,-0.0589002,0.03925,-0.041097,-0.106165,-0.0137558,-0.12823,0.0562872,-0.0480313,0.0627319,-0.177062,-0.00881753,0.00949101,0.0562363,0.259972,-0.0400261,0.093166,0.127034,0.0795815,-0.0600735,0.0780921,0.359711,-0.286147,0.104374,0.0745068,0.0980829,-0.058433,-0.348516],
    bias: -0.0285775,
  },
  threshold: 0.85,
  hedge: 0.18,
};
