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
    "trainCandidates": 374630
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 10,
    "squadWeight": 0.5,
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
    "newsTop1": 0.699095,
    "newsHandledRight": 0.3625,
    "squadHandledRight": 0.512853
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421993,0.0892922,0.212355,0.263828,0.278915,0.583659,0.50109,0.174178,0.264866,0.299021,0.679155,0.532128,0.642149,0.312954,0.114123,0.905707,0.0666978,0.596172,0.0660693,0.0554064,0.0324256,0.0314674,0.587606,0.133745,0.0123322,0.00129194,0.127634,0.18942,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282085,0.444859,0.0728401,0.0175406,0.634468,0.0144512,0.457657,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163697,0.14385,0.15989,0.288451,0.162246,0.218414,0.134998,0.108349,0.153234,0.498967,0.452626,0.463696,0.317961,0.290816,0.249498,0.301738,0.216574,0.1701,0.142232,0.126496,0.492265,0.340378,0.110363,0.0253831,0.244908,0.20617,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161785,0.128702,0.18155,0.0808751,0.296354,0.0716917,0.158607,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.408474,0.0929285,0.184509,-0.83463,0.451742,-0.136873,0.287578,-0.00921759,-0.100112,-0.0190541,-0.0848462,-3.51353e-15,0.121153,-0.614311,-1.01264e-14,0.141129,-0.0900293,0.385838,0.0108092,0.31946,0.00795615,0.194802,0.568982,2.46811e-15,0.0613328,0.00937608,-0.0411485,0.265933,-0.158112,0.198856,-0.00177341,-0.0120585,-0.138623,-0.0383008,0.114846,0.00775976,0.686741,0.0448002,0.882355,0.0509425,1.6846,-6.90958e-15,-5.01438e-15,1.16393e-14,-9.3977e-16,3.23447e-14,-2.3885e-14,2.08621e-15,-1.00344e-14,-7.1874e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.32423,2.56757,0.713742,0.92992,0.808171,0.635808,0.661449,0.69192,0.853345,0.819995,0.525908,0.0949057,0.204268,0.321638,0.479491,0.946622,0.0450686,0.082283,0.9769,0.0242202,0.73152,0.129947,0.0882199,0.0497553,0.118585,0.75751,0.107202,0.0181343,0.00810083,0.410557,0.607464,0.0736271,0.195831,0.140017,0.0558628,0.00355696,0.0131587,0.380768,0.140778,0.720235,0.532165,0.0656091,0.238566,0.986073,0.0712812,0.425861,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.12993,2.22824,0.255311,0.148024,0.323799,0.241864,0.229461,0.223618,0.181003,0.149709,0.325994,0.135354,0.134837,0.224426,0.499579,0.207303,0.207455,0.274795,0.14887,0.153732,0.298122,0.318396,0.27023,0.198191,0.303316,0.428589,0.30937,0.133437,0.0767914,0.315552,0.283058,0.261163,0.260342,0.347005,0.229657,0.0595341,0.113954,0.178658,0.204438,0.216504,0.157223,0.188113,0.274009,0.0558304,0.159868,0.147657,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.297528,0.190326,0.667448,0.109905,0.121971,-0.0373351,-0.473126,0.273861,-0.0748142,-0.0146171,0.171996,0.0220954,-0.0340379,-0.3633,-0.241214,0.11242,0.0548754,-0.0188365,0.164067,0.116637,0.369111,-0.235561,0.387799,0.0628904,0.24791,0.222367,-0.0501894,0.0391674,-0.061447,-0.121881,0.0086808,-0.100835,0.0134634,-0.0425924,0.0275631,-0.178371,-0.0409044,0.0356825,0.060715,0.324595,-0.00527465,0.086717,0.120161,0.0252631,-0.0140663,0.0934331,0.355595,-0.294661,0.102386,0.0576069,0.109167,-0.0433605,-0.329588],
    bias: -0.0591017,
  },
  threshold: 0.85,
  hedge: 0.18,
};
