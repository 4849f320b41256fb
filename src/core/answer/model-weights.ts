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
    "trainCandidates": 374891
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
    "newsTop1": 0.704751,
    "newsHandledRight": 0.361667,
    "squadHandledRight": 0.510972
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
    means: [0.422043,0.0892635,0.213885,0.265377,0.279955,0.584411,0.503069,0.176798,0.264663,0.299086,0.677435,0.529674,0.646672,0.309842,0.117125,0.904274,0.0530234,0.0202886,0.595186,0.0657296,0.0576952,0.0341637,0.0311536,0.585373,0.133724,0.0123503,0.000850914,0.127011,0.188195,0.0229693,0.0779152,0.157235,0.0848033,0.00808502,0.0130358,0.303006,0.0648148,0.283589,0.444176,0.0715685,0.0176092,0.635303,0.0144842,0.457423,0.147368,0.124167,0.090717,0.436527,0.0395048,0.0468349,0.114881],
    scales: [0.188111,0.162949,0.165458,0.145766,0.160772,0.288288,0.162922,0.220017,0.135666,0.108926,0.154963,0.499119,0.451181,0.462428,0.321569,0.292447,0.22408,0.140986,0.30369,0.21583,0.176297,0.1468,0.125551,0.492658,0.340356,0.110443,0.0188947,0.244587,0.2064,0.149806,0.169143,0.364022,0.278589,0.0895525,0.113428,0.155501,0.133419,0.163318,0.129475,0.180228,0.0810404,0.296148,0.0718129,0.158729,0.354473,0.329772,0.287206,0.495955,0.194793,0.211285,0.318879],
    weights: [0.343934,0.0801153,0.0622473,-0.73504,0.550458,-0.216943,0.27932,-0.00955229,-0.10261,0.036887,0.0128327,-1.88252e-14,0.0936439,-0.536581,1.33478e-14,0.345375,-0.192151,0.0908347,0.542115,-0.0287515,0.330147,0.0221645,0.184385,0.486938,-3.10845e-16,0.0734548,0.00982608,-0.00622684,0.322379,-0.177804,0.239046,-0.0135098,0.00405623,-0.139441,-0.0417597,0.0767685,-0.00409303,0.732899,0.0459697,0.969112,0.0937453,1.73266,5.4194e-15,7.55531e-15,1.04528e-14,-1.93076e-14,-3.71458e-15,9.99241e-15,1.66867e-15,-1.04384e-14,3.02217e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.48872,2.59928,0.713846,0.918336,0.785839,0.634146,0.65982,0.690935,0.853613,0.822779,0.534903,0.0916755,0.204548,0.322866,0.463001,0.960682,0.0293809,0.0880605,0.978477,0.00968399,0.0130559,0.738751,0.132908,0.0931153,0.0533472,0.121305,0.758332,0.107202,0.0185456,0.00707966,0.40941,0.605527,0.0726607,0.196618,0.136501,0.0558423,0.00326912,0.0131587,0.381528,0.145637,0.720893,0.532189,0.0655111,0.241615,0.985734,0.0707886,0.425563,0.210786,0.112815,0.0805148,0.328783,0.0564591,0.0425396,0.168102],
    scales: [2.23038,2.29138,0.257635,0.161022,0.336484,0.244837,0.232534,0.225696,0.180983,0.146636,0.319937,0.134238,0.135322,0.226583,0.498629,0.179055,0.168872,0.283383,0.1436,0.0979296,0.113514,0.299217,0.321619,0.278123,0.20587,0.307836,0.428094,0.30937,0.134913,0.0687847,0.317345,0.28503,0.259579,0.259384,0.34332,0.229617,0.0570827,0.113954,0.178564,0.209213,0.217164,0.156811,0.188497,0.276586,0.0573772,0.15929,0.14787,0.407867,0.316367,0.272089,0.469771,0.230806,0.201817,0.373957],
    weights: [-0.21531,0.179557,0.655818,0.100606,0.083574,0.02242,-0.534048,0.222159,-0.152322,0.0796836,0.0864703,0.00339863,-0.0768946,-0.426647,-0.245086,0.298633,0.147117,0.00412248,0.0680348,-0.151442,0.0540573,0.400624,-0.227982,0.345291,0.10198,0.256962,0.188736,-0.0619065,0.0334433,-0.0454041,-0.110602,-0.0328585,-0.0918015,0.0213533,-0.0511427,0.0779201,-0.168839,-0.0519376,0.010814,0.0364804,0.280703,-0.0193767,0.0649864,0.14296,0.0560314,-0.0631066,0.0783493,0.354049,-0.28435,0.0776845,0.0865651,0.0906305,-0.0491678,-0.340263],
    bias: -0.0554769,
  },
  threshold: 0.86,
  hedge: 0.16,
};
