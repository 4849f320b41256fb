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
    "newsTop1": 0.700226,
    "newsHandledRight": 0.365,
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
    means: [0.421993,0.0892922,0.212363,0.263836,0.278923,0.583667,0.501098,0.174194,0.264857,0.299013,0.679147,0.532128,0.642157,0.312938,0.114123,0.905707,0.0666978,0.0211462,0.5966,0.0660652,0.0554346,0.0324269,0.031567,0.587788,0.133745,0.0123322,0.000831932,0.127634,0.189426,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282093,0.444861,0.0728401,0.0175513,0.634468,0.014443,0.457656,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163724,0.143878,0.159914,0.288456,0.162258,0.218438,0.134998,0.108352,0.153256,0.498967,0.452628,0.463689,0.317961,0.290816,0.249498,0.143872,0.302066,0.216535,0.170201,0.142239,0.127028,0.492233,0.340378,0.110363,0.0187129,0.244908,0.206178,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161809,0.128698,0.18155,0.0809388,0.296354,0.0716641,0.15861,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.411363,0.0943802,0.177054,-0.831793,0.444388,-0.120995,0.291072,-0.00999326,-0.101479,-0.0195073,-0.0828425,-1.06434e-14,0.12487,-0.612399,-1.89873e-15,0.242811,-0.0803217,0.104389,0.465385,-0.0317045,0.287104,-0.0161289,0.198816,0.530117,-1.6073e-14,0.0601352,0.0156004,-0.0433366,0.259702,-0.16123,0.205053,-0.00287507,-0.00762045,-0.13733,-0.0386977,0.117884,0.00600391,0.686505,0.0406197,0.881835,0.0562988,1.67954,1.39224e-14,-4.97101e-15,-1.39641e-14,1.22994e-15,1.85885e-14,-1.31044e-14,-1.83578e-16,1.52767e-14,1.31521e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.35703,2.58022,0.714727,0.930116,0.808638,0.635916,0.66155,0.692051,0.853376,0.820139,0.526515,0.094717,0.204172,0.321495,0.479491,0.946571,0.0444518,0.082283,0.97616,0.0242202,0.0157288,0.735321,0.129803,0.0882425,0.0499342,0.120514,0.758579,0.107202,0.0183194,0.00707966,0.410777,0.607994,0.073442,0.196023,0.139051,0.0550815,0.00355696,0.0129531,0.380121,0.141167,0.720308,0.532294,0.0655732,0.23934,0.98564,0.0708649,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.14686,2.24216,0.255181,0.148106,0.323456,0.242221,0.229639,0.22391,0.181042,0.149608,0.32587,0.135083,0.134687,0.224442,0.499579,0.207897,0.206097,0.274795,0.151391,0.153732,0.124424,0.298763,0.318136,0.270285,0.198881,0.306854,0.427945,0.30937,0.134104,0.0687847,0.314881,0.282958,0.260861,0.260157,0.345999,0.228139,0.0595341,0.113072,0.17858,0.204733,0.216808,0.157161,0.188007,0.274878,0.0572498,0.159393,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.253426,0.180188,0.670976,0.127082,0.110578,-0.0355109,-0.511275,0.25328,-0.0951716,-0.00803791,0.164918,0.0187377,-0.0494969,-0.382303,-0.246083,0.103792,0.0519486,-0.0278782,0.21694,0.123065,0.0587599,0.360341,-0.240852,0.386058,0.0702926,0.31175,0.21163,-0.0529054,0.0388618,-0.0477945,-0.113253,0.00951727,-0.103362,0.012939,-0.0463426,0.0377486,-0.178249,-0.0419371,0.0420231,0.0554465,0.339702,-0.00604064,0.0627027,0.113931,0.0196186,-0.026636,0.0831448,0.35985,-0.292352,0.103972,0.0843998,0.117544,-0.0359207,-0.380374],
    bias: -0.0550944,
  },
  threshold: 0.85,
  hedge: 0.18,
};
