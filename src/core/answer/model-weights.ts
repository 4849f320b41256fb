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
    "gateL2": 10,
    "squadWeight": 1,
    "gateSquadWeight": 0.1,
    "choiceTargets": [
      0.85,
      0.875,
      0.9
    ],
    "targetPrecision": 0.9,
    "threshold": 0.82,
    "hedgePrecision": 0.5,
    "hedge": 0.19
  },
  "dev": {
    "newsTop1": 0.692308,
    "newsHandledRight": 0.394167,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.42198,0.0892921,0.212322,0.263794,0.278805,0.583635,0.501736,0.175435,0.26459,0.298954,0.679188,0.527623,0.64632,0.308848,0.107621,0.91079,0.0645008,0.597429,0.0691079,0.0552157,0.031796,0.0313722,0.588972,0.129856,0.0122227,0.00166386,0.127643,0.189425,0.0230921,0.0781128,0.157358,0.0848755,0.00824278,0.0129327,0.30326,0.0637037,0.282048,0.444957,0.07091,0.0175397,0.63454,0.0146572,0.45773,0.144516,0.122371,0.0897363,0.442993,0.0394922,0.0468621,0.11403],
    scales: [0.187821,0.162995,0.16367,0.143837,0.159849,0.288429,0.1622,0.218623,0.135089,0.108304,0.153223,0.499236,0.451466,0.462018,0.309901,0.283751,0.245643,0.297361,0.220819,0.168747,0.139587,0.126451,0.49202,0.336145,0.109879,0.0293713,0.244907,0.206149,0.150196,0.169525,0.364138,0.278696,0.0904148,0.112984,0.15563,0.131722,0.161766,0.128631,0.179532,0.080872,0.296327,0.0720748,0.158617,0.351612,0.327714,0.285804,0.49674,0.194763,0.211343,0.317847],
    weights: [0.442909,0.0855006,0.203465,-0.896772,0.445038,0.000469879,0.314197,-0.0272815,-0.131103,-0.0453322,-0.0882617,-4.13858e-15,0.123543,-0.71161,1.86421e-14,0.10538,-0.0957798,0.103766,0.107738,0.157253,0.03259,0.236993,0.756077,-1.00594e-15,0.0546186,0.0293595,-0.0333594,0.260369,-0.139282,0.177143,0.00678547,-0.0270679,-0.141585,-0.0348113,0.147384,-0.00342368,0.674072,0.0441252,0.743054,0.0483127,1.59681,-1.27813e-15,-1.2873e-14,1.85952e-15,-4.92086e-15,-9.90945e-15,7.56523e-15,7.44774e-15,1.93742e-14,-1.5308e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.34915,2.52906,0.708719,0.933009,0.813256,0.637553,0.662989,0.691105,0.853406,0.826689,0.541617,0.0891448,0.203089,0.320495,0.454119,0.969071,0.0208894,0.0750663,0.978922,0.0229661,0.718493,0.134059,0.0783262,0.046991,0.115847,0.757078,0.0975389,0.0172502,0.00908088,0.410712,0.609577,0.0738944,0.195897,0.138722,0.0560479,0.0036392,0.0129531,0.380229,0.137935,0.720192,0.534582,0.0602638,0.238722,0.986594,0.0717195,0.426025,0.205543,0.109114,0.0784382,0.341448,0.0564591,0.0425396,0.166458],
    scales: [1.95747,2.20947,0.256462,0.144115,0.320507,0.240551,0.228699,0.223872,0.180666,0.141831,0.313984,0.131764,0.134036,0.224505,0.497891,0.154305,0.143014,0.263498,0.1425,0.149795,0.294702,0.322114,0.246369,0.190242,0.299698,0.428848,0.29669,0.130202,0.0802482,0.314928,0.281779,0.261599,0.260498,0.345656,0.230014,0.060216,0.113072,0.179311,0.201376,0.216218,0.156093,0.181428,0.273796,0.054123,0.160062,0.147712,0.404098,0.311783,0.26886,0.474195,0.230806,0.201817,0.372491],
    weights: [-0.324321,0.201265,0.677411,0.137323,0.0849431,-0.0110673,-0.504764,0.290458,-0.0473613,-0.0287821,0.152417,0.0443714,-0.0565228,-0.370953,-0.236908,0.269643,0.104153,-0.0198945,0.138295,0.121267,0.14074,-0.129457,0.191428,0.13164,0.386321,0.371493,-0.0567598,0.0410252,-0.0635956,-0.133474,0.0170003,-0.0928323,0.0134152,-0.031855,0.0102608,-0.183983,-0.0445941,0.0494612,0.101639,0.287309,0.00468651,0.11831,0.144277,0.0148608,-0.039492,0.0936594,0.278002,-0.0734534,0.0553616,0.0682788,0.120729,-0.0507994,-0.414274],
    bias: -0.0720426,
  },
  threshold: 0.82,
  hedge: 0.19,
};
