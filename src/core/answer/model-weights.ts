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
    "squadWeight": 0.25,
    "targetPrecision": 0.95,
    "threshold": 0.8,
    "hedgePrecision": 0.5,
    "hedge": 0.16
  },
  "dev": {
    "newsTop1": 0.7,
    "newsHandledRight": 0.381844,
    "squadHandledRight": 0.502821
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
    means: [0.417187,0.0865759,0.211299,0.26284,0.277704,0.592552,0.500503,0.172631,0.262788,0.296698,0.680861,0.532112,0.643614,0.305745,0.114443,0.905609,0.0684275,0.607403,0.0676978,0.0562481,0.0341848,0.0297756,0.608857,0.134952,0.0136116,0.00169676,0.12735,0.189946,0.0202922,0.0699863,0.154364,0.0858239,0.0102244,0.308409,0.0650298,0.280818,0.443718,0.0739211,0.0174269,0.639982,0.0128442,0.461982,0.137068,0.123638,0.0941731,0.460003,0.0328676,0.0454055,0.106846],
    scales: [0.185716,0.159302,0.162567,0.142769,0.158913,0.287563,0.161514,0.217754,0.133866,0.107493,0.15274,0.498968,0.452478,0.460722,0.318349,0.290923,0.252478,0.293665,0.219414,0.171269,0.145444,0.123924,0.488006,0.341672,0.115872,0.0299554,0.243103,0.208516,0.140998,0.160359,0.361297,0.280104,0.100597,0.156157,0.132613,0.160964,0.126737,0.182456,0.0803732,0.29383,0.0665415,0.161413,0.343919,0.329168,0.292069,0.498398,0.17829,0.208192,0.308917],
    weights: [0.410322,0.0988582,0.137241,-0.971194,0.479906,0.0742086,0.380537,-0.0183776,-0.0101898,-0.0776045,-0.150456,5.78768e-15,0.0414932,-0.585554,2.21142e-15,0.117495,-0.0584107,-0.0229163,0.198773,0.273634,0.155102,0.23408,0.803643,-5.50417e-15,0.0703798,0.0310983,-0.018133,0.289034,-0.116025,0.160704,-0.0504244,0.03957,-0.0416286,0.119251,0.0431399,0.724032,0.0612117,0.912152,0.0461856,1.44087,-2.44922e-15,-9.69465e-15,2.51943e-15,-1.70351e-15,6.46551e-15,-1.25538e-14,9.56824e-16,-7.66419e-16,8.45069e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.39469,2.50329,0.707168,0.934236,0.813671,0.644481,0.670169,0.697957,0.863094,0.827612,0.536954,0.0911685,0.198344,0.314267,0.447969,0.968694,0.0198895,0.0878128,0.97828,0.0260643,0.733949,0.12804,0.0811992,0.0545596,0.112801,0.78635,0.106857,0.0220344,0.00998808,0.410925,0.628161,0.0625934,0.180207,0.128437,0.0622684,0.0135197,0.384545,0.15389,0.730376,0.543304,0.0662505,0.248108,0.985315,0.0625628,0.436412,0.18921,0.112382,0.0870328,0.370036,0.0451089,0.040494,0.155736],
    scales: [2.14592,2.15858,0.256218,0.142625,0.320094,0.238224,0.227293,0.22241,0.176351,0.14199,0.315986,0.13227,0.13202,0.223725,0.497285,0.157193,0.139621,0.283022,0.143654,0.159327,0.278923,0.315969,0.251301,0.204565,0.297591,0.409882,0.308932,0.146796,0.0866317,0.306488,0.286857,0.24223,0.24836,0.334576,0.241642,0.115485,0.181024,0.208986,0.213073,0.152982,0.188369,0.274528,0.0570534,0.150655,0.152309,0.391676,0.315836,0.281883,0.482814,0.207543,0.197115,0.362605],
    weights: [-0.2659,0.149351,0.587618,0.0838379,0.0879135,-0.164519,-0.305607,0.350393,-0.185711,0.0417689,0.16172,0.0680306,-0.0880157,-0.247646,-0.218025,0.229924,0.0627321,-0.0699808,0.16692,0.120757,0.245723,-0.242728,0.080164,-0.0648458,0.27149,0.298531,-0.00336218,0.0310082,-0.0471338,-0.112314,0.0225215,-0.196217,0.190181,-0.0297562,-0.0258847,-0.143075,-0.0450303,0.0262241,0.257971,-0.026314,0.0826934,0.13105,0.0689898,-0.0523454,0.167223,0.332391,-0.0527868,0.203443,-0.0483098,0.0477686,-0.106787,-0.376179],
    bias: -0.168257,
  },
  threshold: 0.8,
  hedge: 0.16,
};
