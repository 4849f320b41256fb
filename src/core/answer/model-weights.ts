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
    "trainCandidates": 374896
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
    "hedge": 0.15
  },
  "dev": {
    "newsTop1": 0.705882,
    "newsHandledRight": 0.36,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421816,0.0892642,0.213869,0.265356,0.279939,0.584666,0.50309,0.176812,0.264597,0.299014,0.677547,0.52967,0.646654,0.309795,0.117126,0.90427,0.0530227,0.0202856,0.594975,0.0660295,0.0573124,0.0340316,0.0311828,0.585437,0.133725,0.0123394,0.000854459,0.127037,0.188165,0.023001,0.0779418,0.157233,0.0847755,0.00808491,0.0130356,0.303006,0.0648203,0.28357,0.444195,0.0715646,0.017609,0.635141,0.0135925,0.457423,0.147369,0.124168,0.0907158,0.436524,0.039507,0.0468343,0.114883],
    scales: [0.187937,0.162949,0.165491,0.145867,0.160864,0.288389,0.162967,0.220026,0.135632,0.108904,0.155101,0.499119,0.451199,0.462409,0.32157,0.292453,0.224079,0.140976,0.303869,0.216529,0.175285,0.146567,0.125691,0.492646,0.340357,0.110395,0.0189258,0.244647,0.206408,0.149907,0.169219,0.36402,0.278547,0.0895519,0.113427,0.155489,0.13344,0.163411,0.129475,0.180217,0.0810399,0.296243,0.0695459,0.158729,0.354473,0.329773,0.287205,0.495954,0.194798,0.211284,0.31888],
    weights: [0.344503,0.0820778,0.0737729,-0.756731,0.539646,-0.20723,0.286161,-0.0115184,-0.105116,0.0378717,0.00218916,1.99235e-14,0.0949794,-0.547454,2.23736e-15,0.345907,-0.192487,0.0908707,0.543188,-0.0299316,0.348696,0.0171506,0.188998,0.491681,-5.2551e-15,0.0733193,0.00949704,-0.00829938,0.31964,-0.173982,0.236968,-0.0116284,0.00235419,-0.138744,-0.0430666,0.0789727,-0.00585267,0.740799,0.0455862,0.966845,0.0945553,1.72564,-1.51266e-15,-1.29359e-14,8.19836e-15,1.53196e-15,-2.72174e-15,2.44565e-15,-1.25975e-15,-2.29058e-15,-6.81375e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.50328,2.60295,0.714452,0.919228,0.787559,0.634484,0.660205,0.691279,0.854427,0.822902,0.535133,0.09145,0.204484,0.322497,0.463001,0.960675,0.0293398,0.0880605,0.978456,0.00968399,0.0130765,0.737221,0.132514,0.092516,0.0533339,0.120875,0.757386,0.107202,0.0183811,0.00707966,0.409554,0.605938,0.0732775,0.197154,0.137735,0.0556367,0.00324856,0.0133643,0.381332,0.144982,0.721033,0.532741,0.0654478,0.242078,0.98563,0.0698485,0.425563,0.210786,0.112815,0.0805148,0.328783,0.0564591,0.0425396,0.168102],
    scales: [2.2376,2.2959,0.257167,0.160051,0.335612,0.244425,0.232093,0.225377,0.180412,0.146632,0.319892,0.13417,0.135324,0.226321,0.498629,0.179059,0.168757,0.283383,0.143668,0.0979296,0.113602,0.300423,0.321083,0.277241,0.206173,0.307292,0.428663,0.30937,0.134325,0.0687847,0.317012,0.284819,0.260592,0.260063,0.344621,0.229219,0.0569034,0.114829,0.178812,0.208532,0.217197,0.156746,0.188319,0.276892,0.0577236,0.158495,0.14787,0.407867,0.316367,0.272089,0.469771,0.230806,0.201817,0.373957],
    weights: [-0.228605,0.168241,0.665234,0.109553,0.0718823,0.0265008,-0.565598,0.214837,-0.142091,0.0699716,0.0855012,-0.00209437,-0.0798178,-0.436051,-0.253032,0.282214,0.158361,0.00546474,0.0722454,-0.150154,0.0537452,0.372255,-0.196686,0.333936,0.102043,0.235745,0.216019,-0.059022,0.0317765,-0.046351,-0.119527,-0.0258486,-0.105889,0.0289051,-0.0594957,0.0770237,-0.168274,-0.0545553,0.00422478,0.0242992,0.314601,-0.0206025,0.0677771,0.145879,0.054917,-0.0559732,0.0773205,0.320747,-0.254173,0.069068,0.0798454,0.0886577,-0.0546131,-0.310604],
    bias: -0.0490263,
  },
  threshold: 0.86,
  hedge: 0.15,
};
