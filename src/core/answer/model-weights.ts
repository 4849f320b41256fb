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
    "trainCandidates": 374908
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
    "threshold": 0.86,
    "hedgePrecision": 0.5,
    "hedge": 0.15
  },
  "dev": {
    "newsTop1": 0.705882,
    "newsHandledRight": 0.360833,
    "squadHandledRight": 0.511599
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
    means: [0.421828,0.0892627,0.213851,0.265352,0.27993,0.584667,0.503084,0.176812,0.264595,0.299017,0.677545,0.529655,0.646649,0.309783,0.117125,0.90427,0.0530183,0.0202876,0.594813,0.065981,0.0572959,0.034023,0.0311845,0.585413,0.133721,0.0123417,0.000854432,0.127056,0.188148,0.023019,0.0779836,0.157175,0.0847435,0.00808198,0.0130779,0.302995,0.0648301,0.283565,0.44425,0.0715645,0.0176126,0.635149,0.0135992,0.457426,0.147364,0.124172,0.0907129,0.436515,0.0395137,0.0468328,0.11489],
    scales: [0.187939,0.162946,0.165506,0.14587,0.160863,0.288387,0.162973,0.220029,0.135634,0.108902,0.1551,0.49912,0.451201,0.462404,0.321569,0.292452,0.22407,0.140982,0.303921,0.21642,0.175252,0.146543,0.12569,0.492651,0.340352,0.110406,0.0189255,0.244682,0.206412,0.149964,0.169283,0.363965,0.2785,0.0895358,0.113608,0.155494,0.133441,0.163413,0.129557,0.180222,0.0810425,0.296249,0.0695612,0.158729,0.354469,0.329777,0.2872,0.495953,0.194814,0.211281,0.318889],
    weights: [0.346605,0.0814709,0.0719869,-0.755723,0.536939,-0.202688,0.288031,-0.0130984,-0.104927,0.0399132,0.00159217,-5.19644e-16,0.0968517,-0.546529,2.39827e-14,0.346628,-0.192391,0.0907718,0.536577,-0.027953,0.349021,0.0176989,0.191465,0.499037,1.03358e-14,0.0731661,0.00956632,-0.00861486,0.318143,-0.173392,0.236711,-0.0112209,0.00220401,-0.138489,-0.0431534,0.0804041,-0.00577477,0.741697,0.0469667,0.96633,0.0947206,1.72226,5.03921e-15,-1.10599e-14,-2.10655e-15,-1.94195e-14,1.40729e-14,1.71788e-14,5.68855e-17,4.93142e-17,-2.22032e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.50503,2.60289,0.714556,0.919322,0.787594,0.634485,0.660173,0.691022,0.854389,0.82298,0.535323,0.0916297,0.204478,0.322538,0.463001,0.960264,0.0293398,0.0880605,0.978435,0.00968399,0.013097,0.737889,0.132672,0.0925026,0.0533339,0.121376,0.758826,0.107202,0.0181755,0.00707966,0.41011,0.605948,0.0732775,0.197079,0.137755,0.0556572,0.00324856,0.0133643,0.381112,0.145,0.720904,0.532667,0.0653693,0.242175,0.985595,0.0698523,0.425563,0.210786,0.112815,0.0805148,0.328783,0.0564591,0.0425396,0.168102],
    scales: [2.23882,2.29506,0.257255,0.159893,0.335459,0.244389,0.232097,0.225418,0.18041,0.146505,0.319724,0.134243,0.135322,0.226286,0.498629,0.180114,0.168757,0.283383,0.143737,0.0979296,0.11369,0.299889,0.3213,0.277213,0.206173,0.307823,0.427796,0.30937,0.133586,0.0687847,0.317274,0.284766,0.260592,0.260084,0.344643,0.229259,0.0569034,0.114829,0.17848,0.208295,0.217153,0.156742,0.188097,0.276847,0.0577825,0.158499,0.14787,0.407867,0.316367,0.272089,0.469771,0.230806,0.201817,0.373957],
    weights: [-0.226102,0.167114,0.662868,0.107765,0.0728921,0.0271104,-0.560313,0.216802,-0.142366,0.0746244,0.0798614,-0.00237416,-0.0761163,-0.436306,-0.254407,0.285305,0.159093,0.00466274,0.0719512,-0.1503,0.0534742,0.379368,-0.206333,0.327799,0.0974888,0.244929,0.213579,-0.057651,0.0310801,-0.0460103,-0.119917,-0.0249777,-0.108329,0.0319541,-0.0524644,0.0727726,-0.167802,-0.0548793,0.00287253,0.0261961,0.311649,-0.0228851,0.068031,0.144426,0.0532342,-0.0546414,0.0800536,0.327586,-0.250749,0.0731312,0.0776378,0.0883883,-0.0555542,-0.320469],
    bias: -0.0482551,
  },
  threshold: 0.86,
  hedge: 0.15,
};
