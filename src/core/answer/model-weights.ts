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
    "trainCandidates": 319433
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 10,
    "squadWeight": 1,
    "gateSquadWeight": 0.1,
    "choiceTargets": [
      0.9,
      0.925,
      0.95
    ],
    "targetPrecision": 0.95,
    "threshold": 0.81,
    "hedgePrecision": 0.5,
    "hedge": 0.19
  },
  "dev": {
    "newsTop1": 0.7,
    "newsHandledRight": 0.394813,
    "squadHandledRight": 0.496552
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.417187,0.0865759,0.211299,0.26284,0.277704,0.592552,0.501108,0.173408,0.262788,0.296698,0.680861,0.532112,0.643614,0.305745,0.114443,0.905609,0.0684275,0.607445,0.0676978,0.0562902,0.0341848,0.0297756,0.608913,0.134952,0.0136116,0.00169676,0.12735,0.189946,0.0202922,0.0699863,0.154364,0.0858239,0.0102244,0.308409,0.0650298,0.280818,0.443718,0.0739211,0.0174269,0.639982,0.0128442,0.461982,0.137068,0.123638,0.0941731,0.460003,0.0328676,0.0454055,0.106846],
    scales: [0.185716,0.159302,0.162567,0.142769,0.158913,0.287563,0.161879,0.218206,0.133866,0.107493,0.15274,0.498968,0.452478,0.460722,0.318349,0.290923,0.252478,0.293671,0.219414,0.171415,0.145444,0.123924,0.487994,0.341672,0.115872,0.0299554,0.243103,0.208516,0.140998,0.160359,0.361297,0.280104,0.100597,0.156157,0.132613,0.160964,0.126737,0.182456,0.0803732,0.29383,0.0665415,0.161413,0.343919,0.329168,0.292069,0.498398,0.17829,0.208192,0.308917],
    weights: [0.503216,0.0845808,0.19006,-0.941876,0.379197,0.298886,0.257864,-0.019833,-0.117724,-0.0863003,-0.115287,-1.75274e-14,0.122496,-0.778206,6.27193e-15,0.0810601,-0.0410265,0.0559328,0.118565,0.155567,0.0591915,0.207256,0.695659,-1.34004e-15,0.0550228,0.0347742,-0.0138219,0.276855,-0.099223,0.12849,-0.0252732,0.00470672,-0.0420776,0.191318,0.00304537,0.691681,0.0460193,0.675362,0.0479383,1.34601,-2.40988e-14,-1.63261e-14,2.2355e-14,-9.98418e-16,-2.13447e-14,6.65352e-16,-7.93741e-15,-7.555e-16,-3.16027e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.31344,2.53588,0.716689,0.938156,0.819293,0.641892,0.667692,0.693296,0.85174,0.830365,0.545566,0.089654,0.200253,0.316466,0.421545,0.971181,0.0196555,0.0811435,0.979762,0.0260352,0.722775,0.135009,0.0774706,0.0507413,0.123685,0.761704,0.0991585,0.0184099,0.0115138,0.419164,0.622011,0.0724246,0.202675,0.131027,0.0571741,0.0148859,0.381574,0.141958,0.724754,0.543381,0.060669,0.243428,0.985796,0.0714919,0.43171,0.203451,0.109579,0.0855181,0.342285,0.0487894,0.0391591,0.171219],
    scales: [1.97234,2.1668,0.253098,0.135862,0.315381,0.23626,0.22554,0.222371,0.180835,0.138272,0.30746,0.131145,0.131283,0.222697,0.493806,0.150771,0.138813,0.273055,0.139085,0.15924,0.290732,0.32268,0.244129,0.196232,0.309524,0.426041,0.298875,0.134428,0.0931348,0.311987,0.281823,0.25919,0.257914,0.337429,0.232175,0.121096,0.178404,0.201209,0.214566,0.15364,0.181339,0.271457,0.055079,0.159518,0.14753,0.402565,0.312364,0.279651,0.474474,0.215427,0.193973,0.3767],
    weights: [-0.18988,0.154586,0.684975,0.0780919,0.12009,-0.118357,-0.273407,0.294367,-0.117734,-0.130592,0.217591,0.119818,-0.0961876,-0.307555,-0.249412,0.218622,0.0568491,-0.0521492,0.187228,0.14954,0.240986,-0.20247,0.129097,-0.00761851,0.261137,0.319601,-0.0580839,0.065205,-0.0612971,-0.130336,0.006427,-0.155613,0.110666,-0.0523235,0.0598417,-0.15515,-0.0187794,0.0620454,0.203312,-0.00770632,0.0629382,0.141856,0.0000357677,-0.065597,0.134222,0.311872,-0.0872375,0.161226,0.0165202,0.068773,-0.10524,-0.386584],
    bias: -0.0812533,
  },
  threshold: 0.81,
  hedge: 0.19,
};
