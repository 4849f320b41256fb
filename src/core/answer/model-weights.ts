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
    means: [0.417187,0.0865759,0.211299,0.26284,0.277704,0.592552,0.501108,0.173408,0.262788,0.296698,0.680861,0.532112,0.643614,0.305745,0.114443,0.905609,0.0684275,0.607431,0.0676841,0.0562902,0.0341848,0.0297756,0.608982,0.134952,0.0136116,0.00170719,0.12735,0.189946,0.0202922,0.0699863,0.154364,0.0858239,0.0102244,0.308409,0.0650298,0.280818,0.443718,0.0739211,0.0174269,0.639982,0.0128442,0.461982,0.137068,0.123638,0.0941731,0.460003,0.0328676,0.0454055,0.106846],
    scales: [0.185716,0.159302,0.162567,0.142769,0.158913,0.287563,0.161879,0.218206,0.133866,0.107493,0.15274,0.498968,0.452478,0.460722,0.318349,0.290923,0.252478,0.293671,0.21938,0.171415,0.145444,0.123924,0.487978,0.341672,0.115872,0.030036,0.243103,0.208516,0.140998,0.160359,0.361297,0.280104,0.100597,0.156157,0.132613,0.160964,0.126737,0.182456,0.0803732,0.29383,0.0665415,0.161413,0.343919,0.329168,0.292069,0.498398,0.17829,0.208192,0.308917],
    weights: [0.503551,0.0845579,0.190133,-0.941967,0.378788,0.297391,0.257758,-0.0203558,-0.117887,-0.086607,-0.115389,2.00758e-15,0.122885,-0.778228,1.55876e-14,0.0811281,-0.0411042,0.0576834,0.119906,0.155361,0.05889,0.206848,0.694102,-1.46095e-14,0.0550318,0.0338568,-0.0139287,0.276838,-0.0992213,0.128514,-0.0252864,0.00468048,-0.0420799,0.19143,0.00305539,0.691668,0.0462048,0.675443,0.0480255,1.34704,-1.84961e-16,3.05804e-15,1.83394e-14,-5.06736e-15,7.14352e-15,-5.91151e-15,1.73896e-14,4.38487e-15,-2.28015e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.31453,2.53585,0.716691,0.938106,0.819192,0.641975,0.667697,0.693301,0.851752,0.830377,0.54557,0.089654,0.200262,0.316466,0.421545,0.971181,0.0196555,0.0811435,0.979762,0.0260352,0.723383,0.135617,0.0774706,0.0507413,0.123685,0.762311,0.0991585,0.0184099,0.0114125,0.419132,0.622011,0.0724246,0.202614,0.13133,0.0574779,0.0148859,0.381627,0.141958,0.724759,0.543358,0.060669,0.243428,0.985809,0.0714919,0.43171,0.203451,0.109579,0.0855181,0.342285,0.0487894,0.0391591,0.171219],
    scales: [1.97215,2.16676,0.253122,0.135958,0.315537,0.236233,0.22554,0.222371,0.18084,0.138276,0.307462,0.131145,0.131289,0.222697,0.493806,0.150771,0.138813,0.273055,0.139085,0.15924,0.290265,0.323366,0.244129,0.196232,0.309524,0.425667,0.298875,0.134428,0.0929659,0.312006,0.281823,0.25919,0.257927,0.337761,0.232753,0.121096,0.178398,0.201209,0.214566,0.153647,0.181339,0.271457,0.0550774,0.159518,0.14753,0.402565,0.312364,0.279651,0.474474,0.215427,0.193973,0.3767],
    weights: [-0.193388,0.155175,0.683715,0.0790771,0.121316,-0.122079,-0.271122,0.295625,-0.11712,-0.130262,0.217629,0.119476,-0.0960121,-0.306269,-0.249706,0.218868,0.0564895,-0.0523452,0.187235,0.149358,0.241901,-0.196261,0.128248,-0.00860409,0.260525,0.321587,-0.057962,0.0653473,-0.0603437,-0.130827,0.00811053,-0.157106,0.112481,-0.0521889,0.05871,-0.155029,-0.018689,0.0621227,0.205131,-0.0075967,0.0639459,0.14158,0.00023974,-0.0652594,0.13401,0.306896,-0.0852844,0.162911,0.0167491,0.069385,-0.105265,-0.384763],
    bias: -0.0812415,
  },
  threshold: 0.81,
  hedge: 0.19,
};
