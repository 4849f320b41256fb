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
    "newsTop1": 0.701357,
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
    means: [0.421993,0.0892922,0.212363,0.263836,0.278923,0.583667,0.501098,0.174194,0.264857,0.299013,0.679147,0.532128,0.642157,0.312938,0.114123,0.906663,0.050997,0.0201345,0.5966,0.0660652,0.0554346,0.0324269,0.031567,0.587788,0.133745,0.0123322,0.000831932,0.127634,0.189426,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282093,0.444861,0.0728401,0.0175513,0.634468,0.014443,0.457656,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163724,0.143878,0.159914,0.288456,0.162258,0.218438,0.134998,0.108352,0.153256,0.498967,0.452628,0.463689,0.317961,0.289466,0.219992,0.14046,0.302066,0.216535,0.170201,0.142239,0.127028,0.492233,0.340378,0.110363,0.0187129,0.244908,0.206178,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161809,0.128698,0.18155,0.0809388,0.296354,0.0716641,0.15861,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.407293,0.0953848,0.177825,-0.825207,0.439436,-0.128857,0.289003,-0.0144012,-0.101747,-0.0216115,-0.0819557,-1.31933e-15,0.130994,-0.619859,-1.71731e-16,0.25961,-0.243287,0.0638254,0.461047,-0.0290116,0.288244,-0.0146287,0.200338,0.531967,6.18805e-15,0.0596219,0.0157563,-0.0427216,0.25825,-0.160384,0.203643,-0.00209151,-0.00823286,-0.136782,-0.0384461,0.11916,0.00666223,0.686634,0.0429029,0.882861,0.0559357,1.68268,-1.18431e-14,-1.35659e-14,-4.83866e-15,1.07303e-14,-6.1125e-15,2.51834e-14,-1.90281e-14,-5.59253e-15,-2.15015e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.41821,2.58325,0.714818,0.930065,0.808811,0.635572,0.661272,0.691916,0.853426,0.819991,0.526186,0.094762,0.204278,0.321688,0.479491,0.946468,0.0448835,0.082283,0.979183,0.0086354,0.0130765,0.735077,0.129803,0.0882425,0.0498828,0.120322,0.758538,0.107202,0.0181138,0.00707966,0.410743,0.607737,0.0734626,0.195907,0.139236,0.0554722,0.00355696,0.0129531,0.379912,0.141448,0.720272,0.5321,0.0656331,0.239354,0.985702,0.0708649,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.15755,2.24996,0.255232,0.148361,0.323404,0.2425,0.229812,0.223937,0.180966,0.149669,0.325954,0.135134,0.134769,0.224509,0.499579,0.207994,0.207048,0.274795,0.141534,0.0925248,0.113602,0.298842,0.318136,0.270285,0.198668,0.306569,0.42797,0.30937,0.133363,0.0687847,0.314916,0.283106,0.260894,0.260186,0.346192,0.2289,0.0595341,0.113072,0.178346,0.205161,0.216898,0.157086,0.188158,0.274788,0.0569622,0.159393,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.258503,0.182886,0.680069,0.1295,0.105316,-0.0337781,-0.506222,0.249533,-0.109561,0.000614904,0.136534,0.0185457,-0.056667,-0.402107,-0.255192,0.108675,0.0444938,-0.00845084,0.0597267,-0.141294,0.046687,0.372194,-0.24047,0.389084,0.0744245,0.297508,0.20576,-0.0591891,0.0444422,-0.043086,-0.119247,0.0123018,-0.0990332,0.00892767,-0.0438886,0.033669,-0.179034,-0.044888,0.0333529,0.0641299,0.333887,-0.00224162,0.0726789,0.116335,0.0168381,-0.0194724,0.0726674,0.362027,-0.294495,0.102761,0.0822859,0.116354,-0.0405834,-0.374142],
    bias: -0.0580351,
  },
  threshold: 0.85,
  hedge: 0.18,
};
