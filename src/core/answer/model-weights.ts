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
    "newsHandledRight": 0.365833,
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
    means: [0.421993,0.0892922,0.212363,0.263836,0.278923,0.583667,0.501098,0.174194,0.264857,0.299013,0.679147,0.532128,0.642157,0.312938,0.114123,0.905707,0.0666978,0.0211462,0.596593,0.0660652,0.0554041,0.0324269,0.0315902,0.587777,0.133745,0.0123322,0.000831932,0.127634,0.189426,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282093,0.444861,0.0728401,0.0175513,0.634468,0.014443,0.457656,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163724,0.143878,0.159914,0.288456,0.162258,0.218438,0.134998,0.108352,0.153256,0.498967,0.452628,0.463689,0.317961,0.290816,0.249498,0.143872,0.302055,0.216535,0.170093,0.142239,0.127118,0.492235,0.340378,0.110363,0.0187129,0.244908,0.206178,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161809,0.128698,0.18155,0.0809388,0.296354,0.0716641,0.15861,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.411696,0.0942132,0.177279,-0.832396,0.445027,-0.120968,0.291526,-0.0106064,-0.100979,-0.0202163,-0.0828315,8.90081e-15,0.125502,-0.613032,-1.22537e-14,0.242798,-0.0802141,0.104299,0.465024,-0.0316487,0.291633,-0.0161168,0.198945,0.530623,-9.56732e-15,0.0601499,0.0156048,-0.0428772,0.259814,-0.16106,0.204944,-0.00281529,-0.00764357,-0.137326,-0.0387615,0.117838,0.00631459,0.686285,0.0404723,0.881925,0.056095,1.68009,-2.79887e-14,4.57615e-15,-5.50666e-15,9.90682e-15,-2.02394e-16,-1.63193e-14,1.63101e-15,1.14583e-14,1.45638e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.35795,2.58027,0.714752,0.930124,0.808654,0.635921,0.661555,0.692051,0.853376,0.820144,0.526524,0.094717,0.204172,0.32149,0.479491,0.946571,0.0444518,0.082283,0.97616,0.0242202,0.0157288,0.735281,0.129803,0.0882024,0.0499342,0.120514,0.758517,0.107202,0.0183194,0.00707966,0.410773,0.607999,0.073442,0.196023,0.139051,0.0550815,0.00355696,0.0129531,0.380119,0.141158,0.720308,0.532297,0.0655732,0.239347,0.98564,0.0708649,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.14722,2.24228,0.255169,0.148099,0.323445,0.24222,0.229637,0.22391,0.181042,0.149605,0.325861,0.135083,0.134687,0.224441,0.499579,0.207897,0.206097,0.274795,0.151391,0.153732,0.124424,0.298771,0.318136,0.270198,0.198881,0.306854,0.427982,0.30937,0.134104,0.0687847,0.314881,0.282958,0.260861,0.260157,0.345999,0.228139,0.0595341,0.113072,0.17858,0.204719,0.216808,0.157161,0.188007,0.274877,0.0572498,0.159393,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.251601,0.180505,0.670811,0.126774,0.110678,-0.036236,-0.510254,0.252694,-0.0953133,-0.00754071,0.164635,0.0192656,-0.0495518,-0.382633,-0.245792,0.103849,0.0521233,-0.0278864,0.216891,0.123165,0.0586861,0.359548,-0.240411,0.383444,0.0705367,0.311734,0.211341,-0.0529751,0.0388206,-0.0478566,-0.113273,0.00938044,-0.102863,0.0122497,-0.0463624,0.0377301,-0.17819,-0.041899,0.0418194,0.0554585,0.338798,-0.00623443,0.0621231,0.113554,0.0194334,-0.0268875,0.083019,0.35919,-0.289626,0.103571,0.0840492,0.117372,-0.0360533,-0.38102],
    bias: -0.0549641,
  },
  threshold: 0.85,
  hedge: 0.18,
};
