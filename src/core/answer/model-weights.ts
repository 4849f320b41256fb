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
    "trainCandidates": 375030
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
    "hedge": 0.16
  },
  "dev": {
    "newsTop1": 0.70362,
    "newsHandledRight": 0.36,
    "squadHandledRight": 0.51348
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
    means: [0.422235,0.0892428,0.213804,0.265273,0.279911,0.584307,0.502481,0.17575,0.264821,0.299051,0.677541,0.532488,0.644088,0.31221,0.117081,0.904309,0.0530038,0.020281,0.598484,0.0662818,0.0567167,0.0336057,0.0310799,0.589185,0.133675,0.0123457,0.000837266,0.126923,0.18799,0.0229342,0.0778503,0.157185,0.0846412,0.00811135,0.013047,0.302909,0.0647823,0.283475,0.444094,0.0728232,0.0175371,0.635257,0.0144731,0.457479,0.144874,0.122246,0.0898061,0.441975,0.0394822,0.0468176,0.114799],
    scales: [0.188165,0.162921,0.16536,0.145615,0.160655,0.288241,0.162882,0.219729,0.135476,0.108828,0.154795,0.498943,0.451895,0.463395,0.321517,0.292399,0.224041,0.14096,0.301787,0.216969,0.174724,0.14501,0.125299,0.491982,0.340302,0.110423,0.0187422,0.244487,0.206201,0.149694,0.169036,0.363975,0.278347,0.089697,0.113476,0.155473,0.13334,0.163168,0.129458,0.181553,0.0809145,0.296112,0.0718015,0.158661,0.351973,0.32757,0.285904,0.496622,0.194739,0.211248,0.318779],
    weights: [0.351927,0.0804949,0.0688609,-0.745772,0.556043,-0.256672,0.243596,0.00814772,-0.0993718,0.0400509,0.0107764,7.16042e-15,0.0749211,-0.581111,2.56913e-15,0.344981,-0.193969,0.0892881,0.491591,-0.0198541,0.371207,0.0279438,0.192508,0.526528,6.90045e-15,0.0713469,0.0112765,-0.00816346,0.318232,-0.175415,0.239285,-0.00983289,0.00395234,-0.134407,-0.043552,0.0891711,-0.00397783,0.738492,0.0495868,0.999925,0.0974021,1.76209,1.39112e-14,1.34671e-14,9.67093e-15,5.64902e-15,4.70096e-15,-5.47597e-15,4.4482e-15,2.72892e-16,-1.44417e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.46803,2.60099,0.713835,0.919077,0.786649,0.633351,0.659172,0.690736,0.853105,0.818437,0.524964,0.0946914,0.204807,0.323296,0.479491,0.945937,0.0448218,0.0880605,0.978435,0.00966342,0.013097,0.740907,0.131132,0.0895409,0.0515677,0.12161,0.764027,0.107202,0.0187923,0.00707966,0.410716,0.604745,0.0724757,0.1965,0.136378,0.0538273,0.0035364,0.0133643,0.380998,0.144999,0.719868,0.53096,0.0660186,0.241242,0.985529,0.0709648,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.2662,2.29511,0.257598,0.160344,0.336148,0.245134,0.232398,0.225348,0.181346,0.151627,0.327134,0.135751,0.135263,0.226403,0.499579,0.209998,0.206913,0.283383,0.143737,0.0978266,0.11369,0.294972,0.319891,0.273124,0.20148,0.308437,0.424605,0.30937,0.135791,0.0687847,0.318063,0.285134,0.259274,0.25923,0.343189,0.225677,0.0593624,0.114829,0.178457,0.208142,0.217161,0.158058,0.189279,0.276236,0.0577644,0.159588,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.220309,0.159472,0.679203,0.103781,0.0712201,0.0220765,-0.519443,0.244544,-0.166217,0.0566151,0.123496,0.0165119,-0.0569465,-0.415102,-0.245128,0.154345,0.0961977,0.00776684,0.0473154,-0.159961,0.0430301,0.374519,-0.23437,0.353541,0.0829315,0.258491,0.204935,-0.0380175,0.0419762,-0.0445873,-0.122056,-0.0222813,-0.110406,0.0366157,-0.0403634,0.0607068,-0.177805,-0.0530906,-0.00279738,0.0314638,0.317517,-0.0289266,0.0360114,0.133372,0.0420815,-0.0312874,0.0924282,0.353223,-0.293959,0.0804515,0.0919693,0.0907632,-0.0451736,-0.342994],
    bias: -0.0522381,
  },
  threshold: 0.86,
  hedge: 0.16,
};
