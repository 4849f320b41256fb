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
    means: [0.417187,0.0865759,0.211299,0.26284,0.277704,0.592552,0.501108,0.173408,0.262788,0.296698,0.680861,0.532112,0.643614,0.305745,0.114443,0.905609,0.0684275,0.607403,0.0676978,0.0562481,0.0341848,0.0297756,0.608857,0.134952,0.0136116,0.00169676,0.12735,0.189946,0.0202922,0.0699863,0.154364,0.0858239,0.0102244,0.308409,0.0650298,0.280818,0.443718,0.0739211,0.0174269,0.639982,0.0128442,0.461982,0.137068,0.123638,0.0941731,0.460003,0.0328676,0.0454055,0.106846],
    scales: [0.185716,0.159302,0.162567,0.142769,0.158913,0.287563,0.161879,0.218206,0.133866,0.107493,0.15274,0.498968,0.452478,0.460722,0.318349,0.290923,0.252478,0.293665,0.219414,0.171269,0.145444,0.123924,0.488006,0.341672,0.115872,0.0299554,0.243103,0.208516,0.140998,0.160359,0.361297,0.280104,0.100597,0.156157,0.132613,0.160964,0.126737,0.182456,0.0803732,0.29383,0.0665415,0.161413,0.343919,0.329168,0.292069,0.498398,0.17829,0.208192,0.308917],
    weights: [0.503328,0.0845136,0.189748,-0.941549,0.3792,0.298698,0.257919,-0.0198394,-0.117695,-0.0862753,-0.115239,-6.61347e-15,0.122503,-0.77823,-1.91326e-15,0.0810666,-0.0410204,0.0559039,0.118581,0.155938,0.0591981,0.207266,0.695698,1.1827e-14,0.0550229,0.0347694,-0.0138734,0.276773,-0.099073,0.128191,-0.0252352,0.00458138,-0.0420795,0.191287,0.00304171,0.691678,0.0460307,0.675392,0.0479696,1.34624,2.70314e-16,7.40595e-15,-9.27323e-15,2.81622e-14,1.84746e-14,-4.7481e-15,8.36804e-16,-1.83131e-14,-1.71909e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.31347,2.53627,0.7167,0.938256,0.819364,0.641892,0.667779,0.693383,0.85174,0.830417,0.545601,0.0895198,0.200253,0.316365,0.421545,0.971181,0.0196555,0.0811435,0.979762,0.0260352,0.722593,0.134827,0.0774706,0.0507413,0.123685,0.761704,0.0991585,0.0184099,0.0114125,0.419251,0.622011,0.0724246,0.202656,0.131027,0.0571741,0.0148859,0.381658,0.141857,0.724739,0.543442,0.060669,0.243428,0.985796,0.0714919,0.43171,0.203451,0.109579,0.0855181,0.342285,0.0487894,0.0391591,0.171219],
    scales: [1.97246,2.16711,0.253099,0.135602,0.315246,0.23626,0.225424,0.222244,0.180835,0.138214,0.307457,0.13101,0.131283,0.222613,0.493806,0.150771,0.138813,0.273055,0.139085,0.15924,0.290746,0.322361,0.244129,0.196232,0.309524,0.426041,0.298875,0.134428,0.0929659,0.31191,0.281823,0.25919,0.257926,0.337429,0.232175,0.121096,0.178383,0.201196,0.21458,0.153553,0.181339,0.271457,0.055079,0.159518,0.14753,0.402565,0.312364,0.279651,0.474474,0.215427,0.193973,0.3767],
    weights: [-0.189371,0.154202,0.685376,0.0766651,0.120871,-0.115963,-0.275497,0.293619,-0.117947,-0.131028,0.21835,0.120697,-0.0969271,-0.307245,-0.249336,0.218622,0.0567705,-0.0521293,0.187241,0.149489,0.241737,-0.201663,0.128924,-0.00764227,0.260594,0.31874,-0.0582618,0.0653069,-0.0604866,-0.1306,0.00682965,-0.155765,0.110801,-0.0523156,0.0600335,-0.15551,-0.0195352,0.0621924,0.203513,-0.00849295,0.0629385,0.141886,-0.0000752788,-0.0657715,0.134353,0.311069,-0.0872375,0.161322,0.0167477,0.0687634,-0.105149,-0.386126],
    bias: -0.0812406,
  },
  threshold: 0.81,
  hedge: 0.19,
};
