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
    "hedge": 0.19
  },
  "dev": {
    "newsTop1": 0.70362,
    "newsHandledRight": 0.363333,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421993,0.0892922,0.212363,0.263836,0.278923,0.583667,0.501098,0.174194,0.264857,0.299013,0.679147,0.532128,0.642157,0.312938,0.114123,0.905707,0.0666978,0.596419,0.0659989,0.0554041,0.0324256,0.0314584,0.587614,0.133745,0.0123322,0.000847058,0.127634,0.189426,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282093,0.444861,0.0728401,0.0175513,0.634468,0.014443,0.457656,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163724,0.143878,0.159914,0.288456,0.162258,0.218438,0.134998,0.108352,0.153256,0.498967,0.452628,0.463689,0.317961,0.290816,0.249498,0.302079,0.216368,0.170093,0.142232,0.126537,0.492264,0.340378,0.110363,0.0188465,0.244908,0.206178,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161809,0.128698,0.18155,0.0809388,0.296354,0.0716641,0.15861,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.411678,0.095613,0.180448,-0.840514,0.446235,-0.114586,0.291547,-0.00940732,-0.100623,-0.0222517,-0.0825572,-2.50479e-15,0.119608,-0.622544,-1.51802e-14,0.136693,-0.0933288,0.495772,-0.0515181,0.285743,-0.024166,0.193225,0.510649,-5.83227e-15,0.0621965,0.0150549,-0.0425679,0.262886,-0.162538,0.205356,-0.00179566,-0.00968938,-0.137521,-0.0390588,0.120661,0.00556348,0.690343,0.0386832,0.879502,0.0541162,1.67147,6.44009e-15,-6.4301e-15,-1.92505e-14,2.49423e-14,-1.58043e-15,-3.25806e-15,-2.1347e-15,1.70206e-14,-1.11997e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.34123,2.5767,0.714435,0.930429,0.809054,0.636076,0.661719,0.692252,0.853304,0.820204,0.526468,0.0946454,0.204212,0.321324,0.479491,0.946766,0.0444518,0.082283,0.97688,0.0242202,0.73454,0.12921,0.0882024,0.0496957,0.120383,0.756523,0.107202,0.0181138,0.00714819,0.410888,0.608421,0.0740588,0.19651,0.138372,0.0548348,0.00355696,0.0131587,0.380153,0.140812,0.720355,0.532488,0.0655385,0.239668,0.985563,0.0708649,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.15401,2.23944,0.255273,0.147829,0.323155,0.242166,0.229564,0.223811,0.181038,0.149618,0.325868,0.135053,0.134718,0.224385,0.499579,0.207489,0.206097,0.274795,0.148936,0.153732,0.299213,0.317353,0.270198,0.19818,0.306552,0.429181,0.30937,0.133363,0.0689435,0.315189,0.283006,0.261867,0.260913,0.34529,0.227658,0.0595341,0.113954,0.178764,0.204383,0.216793,0.157185,0.187919,0.274834,0.0573347,0.159393,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.252333,0.175178,0.672936,0.143991,0.102828,-0.0360783,-0.520084,0.253737,-0.0969875,-0.0102116,0.16676,0.0189044,-0.0456028,-0.381541,-0.241007,0.102873,0.0493324,-0.0266779,0.167367,0.116424,0.364507,-0.249506,0.39317,0.0676515,0.311089,0.206751,-0.0539491,0.0414637,-0.0461894,-0.111665,0.0124818,-0.101327,0.0146784,-0.0451703,0.038964,-0.178298,-0.0413686,0.0497481,0.0546222,0.349921,-0.00585242,0.0618806,0.114035,0.0184779,-0.0313589,0.082574,0.364285,-0.296051,0.104766,0.0827302,0.117522,-0.0351592,-0.38094],
    bias: -0.0564057,
  },
  threshold: 0.85,
  hedge: 0.19,
};
