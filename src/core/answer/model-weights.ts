// Written by `npm run train`; never edit by hand. The model card says what it was fitted on.
import type { AnswerModel } from './model.js';

export const MODEL_CARD = {
  "command": "npm run train",
  "trainedOn": {
    "sha256": "0548b3b3b4e7ce10c926d76627a98d25fa4584a2e503631347a582eb8baf95c0",
    "files": [
      "eval/bank/train.jsonl",
      "eval/bank/dev.jsonl",
      "tests/fixtures/eval/questions.json",
      "tests/fixtures/eval/questions-fresh.json",
      "squad2-dev-a/dev-v2.0-a.json (train and dev articles)"
    ],
    "trainQuestions": 6624,
    "trainCandidates": 319393
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 10,
    "squadWeight": 0.25,
    "gateSquadWeight": 0.1,
    "choiceTargets": [
      0.9,
      0.925,
      0.95
    ],
    "targetPrecision": 0.95,
    "threshold": 0.81,
    "hedgePrecision": 0.5,
    "hedge": 0.2
  },
  "dev": {
    "newsTop1": 0.696078,
    "newsHandledRight": 0.396254,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.417118,0.0865833,0.211271,0.262832,0.277702,0.592438,0.501075,0.173381,0.2628,0.296708,0.680876,0.532122,0.643534,0.30583,0.114389,0.905575,0.0683954,0.607363,0.0676765,0.0562886,0.0341427,0.0297543,0.609027,0.134956,0.0136165,0.00172932,0.127259,0.189867,0.0202791,0.0700309,0.154477,0.0858691,0.00872906,0.0101255,0.308522,0.0650123,0.280817,0.443643,0.0739263,0.0173749,0.63988,0.0128453,0.461981,0.137085,0.123644,0.0941818,0.46001,0.0328623,0.0454049,0.106812],
    scales: [0.185668,0.159311,0.162542,0.142737,0.158893,0.287571,0.161909,0.218189,0.133854,0.107477,0.152705,0.498967,0.452502,0.460758,0.318283,0.29097,0.252423,0.29369,0.219437,0.171402,0.145182,0.123864,0.487968,0.341677,0.115892,0.0301695,0.242936,0.208483,0.140953,0.160361,0.361406,0.280171,0.0930208,0.100115,0.156132,0.132565,0.160941,0.126648,0.182465,0.0802336,0.293836,0.066592,0.161412,0.343937,0.329175,0.292081,0.498398,0.178276,0.20819,0.308874],
    weights: [0.407045,0.101094,0.155654,-0.830701,0.391267,0.066779,0.226036,-0.0261574,-0.0420193,-0.0814973,-0.13066,-1.47089e-14,0.107703,-0.57728,3.2371e-15,0.126996,-0.0687725,-0.0274741,0.18096,0.274906,0.150208,0.231946,0.814849,-6.25077e-15,0.0695401,0.031927,-0.0141607,0.289292,-0.115133,0.160763,-0.0530455,0.0420798,-0.0517592,-0.039993,0.131958,0.0445527,0.722626,0.061597,0.916164,0.0482031,1.45935,-1.07276e-14,-7.3164e-15,7.37173e-15,1.45129e-14,-6.27351e-15,-1.44676e-14,3.28103e-14,1.17078e-14,-2.11493e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.26318,2.57103,0.720542,0.933699,0.814759,0.637355,0.663226,0.690124,0.850358,0.826983,0.541083,0.0927151,0.201916,0.320332,0.421545,0.969531,0.020415,0.0811435,0.98116,0.0253668,0.727029,0.136934,0.0782529,0.052005,0.123555,0.771121,0.0991585,0.0201719,0.0110075,0.415032,0.617492,0.070936,0.203188,0.13051,0.0592399,0.00349364,0.0161011,0.378992,0.148554,0.725147,0.543754,0.0612045,0.240639,0.984376,0.0715565,0.43171,0.203451,0.109579,0.0855181,0.342285,0.0487894,0.0391591,0.171219],
    scales: [2.15865,2.2034,0.252115,0.144399,0.319251,0.238957,0.228468,0.224651,0.181643,0.141115,0.308986,0.133141,0.132174,0.225022,0.493806,0.155572,0.141415,0.273055,0.133888,0.157237,0.289421,0.325738,0.246042,0.199302,0.30953,0.420111,0.298875,0.140588,0.0904388,0.312314,0.284462,0.256718,0.256621,0.336864,0.236073,0.0590036,0.125864,0.178274,0.207962,0.214691,0.153845,0.182804,0.271151,0.0592526,0.159678,0.14753,0.402565,0.312364,0.279651,0.474474,0.215427,0.193973,0.3767],
    weights: [-0.220527,0.1449,0.610971,0.104112,0.135126,-0.0751911,-0.289338,0.239793,-0.161512,-0.109267,0.206102,0.0720043,-0.111451,-0.247221,-0.239191,0.231694,0.0610176,-0.0536343,0.195323,0.142517,0.240894,-0.204206,0.1565,-0.0344319,0.281691,0.319782,-0.0339544,0.0501594,-0.0496821,-0.135292,-0.00910125,-0.142646,0.0900514,-0.0521868,0.079318,-0.267819,-0.164785,-0.00178711,0.00952148,0.310549,-0.0167088,0.0743362,0.158481,0.0682835,-0.0732028,0.151804,0.307821,-0.102767,0.199852,0.00314819,0.0892713,-0.0956635,-0.397864],
    bias: -0.0709841,
  },
  threshold: 0.81,
  hedge: 0.2,
};
