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
    "trainCandidates": 319444
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 10,
    "squadWeight": 1,
    "targetPrecision": 0.9,
    "threshold": 0.7
  },
  "dev": {
    "newsTop1": 0.684314,
    "newsHandledRight": 0.432277,
    "squadHandledRight": 0.506583
  },
  "licence": "SQuAD 2.0 questions and Wikipedia text: CC BY-SA 4.0 (Rajpurkar, Jia & Liang 2018)."
} as const;

export const ANSWER_MODEL: AnswerModel = {
  ranker: {
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.41729,0.0865756,0.211261,0.262832,0.27768,0.592437,0.50048,0.172616,0.262807,0.532106,0.643609,0.305772,0.114439,0.905606,0.0684314,0.611007,0.0679251,0.056251,0.0341963,0.0288573,0.614555,0.00169565,0.12563,0.189916,0.0202759,0.069969,0.154343,0.0102271,0.308373,0.0650167,0.0174173,0.640085,0.0128857,0.461981,0.137063,0.123646,0.0941636,0.460002,0.0328696,0.0507569,0.101498],
    scales: [0.185694,0.1593,0.162521,0.142733,0.158843,0.287461,0.161479,0.217731,0.133847,0.498968,0.452464,0.460734,0.318344,0.290927,0.252485,0.292136,0.219534,0.171273,0.145487,0.124035,0.4867,0.0299492,0.24292,0.208495,0.140942,0.160346,0.361277,0.100611,0.156192,0.132572,0.0803102,0.293792,0.0667068,0.161415,0.343914,0.329177,0.292056,0.498398,0.178295,0.219501,0.301987],
    weights: [0.435751,0.102432,0.108341,-0.57848,0.693897,0.447975,0.509386,0.0192571,-0.0655921,1.86892e-14,0.0628716,-0.72894,1.27381e-14,0.0460099,-0.0110231,0.143395,0.0627552,0.131605,0.0257035,0.160931,0.666514,0.0325173,-0.0081439,0.268122,-0.137505,0.181734,-0.0307869,-0.0459807,0.1497,0.217227,0.0579439,1.31562,-2.12456e-14,3.39173e-14,2.92416e-14,-8.61444e-15,-2.16535e-14,1.30702e-14,-4.79206e-14,-8.30365e-15,6.57931e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.5555,2.25983,0.658535,0.939489,0.81708,0.666454,0.691569,0.720345,0.895766,0.836947,0.542714,0.0818964,0.513673,0.97027,0.0176764,0.104396,0.970288,0.0274966,0.750854,0.107418,0.08811,0.0576749,0.0812736,0.824898,0.00755401,0.404425,0.657426,0.0416981,0.12437,0.123886,0.00725185,0.404551,0.175257,0.268023,0.98935,0.0404514,0.448104,0.1538,0.119353,0.0907992,0.439039,0.0359571,0.0525759,0.108476],
    scales: [1.74189,1.90533,0.265126,0.132403,0.3178,0.228957,0.217225,0.212741,0.157499,0.138072,0.32531,0.127259,0.499813,0.151076,0.131772,0.305774,0.167929,0.163525,0.249743,0.292172,0.2628,0.209188,0.258273,0.380054,0.0742706,0.293239,0.285816,0.199898,0.217163,0.329451,0.0848485,0.189033,0.2203,0.279234,0.0463859,0.123359,0.163002,0.360757,0.324204,0.287323,0.49627,0.186183,0.223185,0.31098],
    weights: [-0.383345,0.159582,0.437004,0.100895,0.0500558,-0.170861,-0.046024,0.640074,-0.198028,0.153015,0.122741,-0.0157343,-0.133701,0.204604,0.0305225,-0.0755684,0.161648,0.0733502,0.140123,-0.169769,0.0863733,-0.0588406,0.270877,0.295188,-0.00197594,-0.0687539,0.121481,-0.205083,0.240237,-0.115774,-0.0717573,-0.0484761,0.0381836,0.0977175,0.054841,-0.0186829,0.180839,0.262271,-0.0321691,0.185258,-0.0726315,0.0357537,-0.1054,-0.271733],
    bias: -0.426465,
  },
  threshold: 0.7,
};
