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
    "trainCandidates": 374631
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 1,
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
    "hedge": 0.14
  },
  "dev": {
    "newsTop1": 0.696833,
    "newsHandledRight": 0.365833,
    "squadHandledRight": 0.512226
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
    means: [0.42198,0.0892921,0.212322,0.263794,0.278805,0.583635,0.501736,0.175435,0.26459,0.298954,0.679188,0.527623,0.64632,0.308848,0.107621,0.91079,0.0645008,0.597635,0.0682561,0.0557437,0.031796,0.0314109,0.588782,0.129856,0.0122227,0.00131774,0.127643,0.189425,0.0230921,0.0781128,0.157358,0.0848755,0.00824278,0.0129327,0.30326,0.0637037,0.282048,0.444957,0.07091,0.0175397,0.63454,0.0146572,0.45773,0.144516,0.122371,0.0897363,0.442993,0.0394922,0.0468621,0.11403],
    scales: [0.187821,0.162995,0.16367,0.143837,0.159849,0.288429,0.1622,0.218623,0.135089,0.108304,0.153223,0.499236,0.451466,0.462018,0.309901,0.283751,0.245643,0.298318,0.219102,0.170811,0.139587,0.126619,0.492055,0.336145,0.109879,0.0255854,0.244907,0.206149,0.150196,0.169525,0.364138,0.278696,0.0904148,0.112984,0.15563,0.131722,0.161766,0.128631,0.179532,0.080872,0.296327,0.0720748,0.158617,0.351612,0.327714,0.285804,0.49674,0.194763,0.211343,0.317847],
    weights: [0.398057,0.0928707,0.191872,-0.858797,0.463522,-0.162304,0.305367,-0.0202068,-0.102191,-0.0283385,-0.0952948,-2.84314e-14,0.131069,-0.595973,-2.78025e-15,0.127723,-0.108704,0.399465,-0.0152535,0.278893,-0.00583239,0.177598,0.583421,-2.56256e-14,0.0623481,0.0148374,-0.0423929,0.264901,-0.152274,0.198115,0.00105111,-0.01416,-0.137289,-0.0386489,0.10935,0.0083144,0.688554,0.0433185,0.884009,0.0519186,1.70443,2.66127e-14,5.01594e-15,2.95314e-14,1.37154e-14,1.24327e-15,-1.17873e-14,1.68825e-14,-5.59438e-15,-3.14177e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.32335,2.56627,0.713001,0.930348,0.809229,0.636127,0.661501,0.690997,0.852919,0.825139,0.5392,0.0907039,0.204179,0.321494,0.454119,0.968694,0.0213212,0.0750663,0.979272,0.0227604,0.731579,0.132715,0.0884789,0.0480159,0.116916,0.758682,0.0975389,0.0175175,0.00838182,0.410098,0.608251,0.0725991,0.195119,0.139585,0.0560479,0.0035364,0.0135699,0.380847,0.140409,0.71997,0.533953,0.0604175,0.238572,0.986043,0.0717195,0.426025,0.205543,0.109114,0.0784382,0.341448,0.0564591,0.0425396,0.166458],
    scales: [2.06492,2.2248,0.255722,0.147849,0.323323,0.241389,0.229496,0.224371,0.181011,0.143493,0.315179,0.133395,0.134908,0.224569,0.497891,0.156022,0.144453,0.263498,0.141138,0.149139,0.295699,0.321309,0.270513,0.193271,0.301348,0.427883,0.29669,0.131189,0.0773689,0.315474,0.282605,0.259477,0.258989,0.346556,0.230014,0.0593624,0.115697,0.178666,0.203755,0.216385,0.156134,0.181876,0.27386,0.0559309,0.160062,0.147712,0.404098,0.311783,0.26886,0.474195,0.230806,0.201817,0.372491],
    weights: [-0.53226,0.173477,0.674449,0.177186,0.142682,0.113416,-1.0504,0.394829,-0.0646479,0.0878631,0.108039,0.0242639,-0.075641,-0.55299,-0.242441,0.27758,0.0962678,-0.0222243,0.15005,0.106578,0.3279,-0.212707,0.546395,0.0984298,0.4071,0.30015,-0.0654956,0.0435749,-0.0464205,-0.134712,0.0383658,-0.123935,0.0461042,-0.0484997,0.0324527,-0.195136,-0.049812,0.0689469,0.0454698,0.453041,0.00907798,0.224394,0.138278,0.0593516,-0.063417,0.0686566,0.367477,-0.353116,0.111299,0.115149,0.127943,-0.0252231,-0.395627],
    bias: -0.0659845,
  },
  threshold: 0.85,
  hedge: 0.14,
};
