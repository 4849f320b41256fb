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
    "squadWeight": 0.5,
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
    "newsHandledRight": 0.396254,
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
    means: [0.417187,0.0865759,0.211299,0.26284,0.277704,0.592552,0.501108,0.173408,0.262788,0.296698,0.680861,0.532112,0.643614,0.305745,0.114443,0.905609,0.0684275,0.607431,0.0676841,0.0562902,0.0341848,0.0297756,0.608982,0.134952,0.0136116,0.00170719,0.12735,0.189946,0.0202922,0.0699863,0.154364,0.0858239,0.00872483,0.0102244,0.308409,0.0650298,0.280818,0.443718,0.0739211,0.0174269,0.639982,0.0128442,0.461982,0.137068,0.123638,0.0941731,0.460003,0.0328676,0.0454055,0.106846],
    scales: [0.185716,0.159302,0.162567,0.142769,0.158913,0.287563,0.161879,0.218206,0.133866,0.107493,0.15274,0.498968,0.452478,0.460722,0.318349,0.290923,0.252478,0.293671,0.21938,0.171415,0.145444,0.123924,0.487978,0.341672,0.115872,0.030036,0.243103,0.208516,0.140998,0.160359,0.361297,0.280104,0.0929984,0.100597,0.156157,0.132613,0.160964,0.126737,0.182456,0.0803732,0.29383,0.0665415,0.161413,0.343919,0.329168,0.292069,0.498398,0.17829,0.208192,0.308917],
    weights: [0.453033,0.0920724,0.171624,-0.887912,0.385081,0.165075,0.24016,-0.0215652,-0.0774131,-0.0822595,-0.126998,1.00287e-14,0.117421,-0.657797,-2.31188e-15,0.104346,-0.0598275,0.0228964,0.153393,0.21154,0.103031,0.217089,0.754302,1.28056e-15,0.0614465,0.032152,-0.015417,0.282913,-0.109641,0.147426,-0.0411886,0.0256904,-0.0676785,-0.0403651,0.160168,0.0230044,0.711849,0.056412,0.795995,0.0477023,1.40908,1.28426e-14,7.60124e-15,1.07859e-14,3.91814e-15,-8.85535e-15,-6.0251e-15,-1.24108e-14,2.07481e-15,4.58723e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.26272,2.54966,0.718357,0.93571,0.816567,0.639886,0.665529,0.691689,0.851472,0.828831,0.543599,0.0913468,0.201028,0.31837,0.421545,0.9699,0.0202935,0.0811435,0.980522,0.0257314,0.725529,0.136357,0.0776833,0.051718,0.123696,0.766534,0.0991585,0.019139,0.01121,0.416799,0.619687,0.071817,0.202877,0.132728,0.0597867,0.00361515,0.0161011,0.380073,0.145699,0.725432,0.543612,0.0607672,0.242361,0.98553,0.0714919,0.43171,0.203451,0.109579,0.0855181,0.342285,0.0487894,0.0391591,0.171219],
    scales: [2.05862,2.17848,0.252644,0.140392,0.317611,0.237642,0.227371,0.223837,0.180904,0.139652,0.30833,0.132282,0.131751,0.224052,0.493806,0.154715,0.141002,0.273055,0.136159,0.158333,0.28915,0.32423,0.244718,0.198581,0.309634,0.423036,0.298875,0.137014,0.0922617,0.312077,0.282798,0.258185,0.25732,0.33928,0.237091,0.0600174,0.125864,0.178739,0.204514,0.214554,0.153595,0.18163,0.271804,0.0557245,0.159518,0.14753,0.402565,0.312364,0.279651,0.474474,0.215427,0.193973,0.3767],
    weights: [-0.182719,0.153871,0.662992,0.115961,0.0866033,-0.0928566,-0.291545,0.26291,-0.137405,-0.125266,0.22418,0.0923974,-0.0971588,-0.331988,-0.23494,0.229918,0.0628742,-0.0541993,0.16417,0.134172,0.23401,-0.201373,0.148854,-0.02339,0.264672,0.311044,-0.0391093,0.0437287,-0.0552806,-0.14417,-0.0178661,-0.131705,0.0821653,-0.0451961,0.0695469,-0.271749,-0.164381,-0.0201206,0.045051,0.225687,-0.026809,0.0681771,0.144682,0.0218686,-0.0664805,0.151822,0.305554,-0.0951771,0.178379,0.00964729,0.0885428,-0.0974355,-0.39265],
    bias: -0.0823536,
  },
  threshold: 0.81,
  hedge: 0.19,
};
