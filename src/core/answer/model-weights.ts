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
    "newsHandledRight": 0.361667,
    "squadHandledRight": 0.511599
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
    means: [0.421816,0.0892642,0.213869,0.265356,0.279939,0.584666,0.50309,0.176812,0.264597,0.299014,0.677547,0.52967,0.646654,0.309795,0.117126,0.90427,0.0530227,0.0202856,0.594839,0.0659939,0.0572898,0.0340316,0.0311877,0.58545,0.133725,0.0123394,0.000854459,0.127037,0.188165,0.023001,0.0779418,0.157233,0.0847755,0.00808491,0.0130356,0.303006,0.0648203,0.28357,0.444195,0.0715646,0.017609,0.635141,0.0135925,0.457423,0.147369,0.124168,0.0907158,0.436524,0.039507,0.0468343,0.114883],
    scales: [0.187937,0.162949,0.165491,0.145867,0.160864,0.288389,0.162967,0.220026,0.135632,0.108904,0.155101,0.499119,0.451199,0.462409,0.32157,0.292453,0.224079,0.140976,0.303915,0.216449,0.175235,0.146567,0.125707,0.492644,0.340357,0.110395,0.0189258,0.244647,0.206408,0.149907,0.169219,0.36402,0.278547,0.0895519,0.113427,0.155489,0.13344,0.163411,0.129475,0.180217,0.0810399,0.296243,0.0695459,0.158729,0.354473,0.329773,0.287205,0.495954,0.194798,0.211284,0.31888],
    weights: [0.346491,0.0813509,0.072258,-0.755303,0.536959,-0.202485,0.287768,-0.0130389,-0.104961,0.0401177,0.00170317,1.85182e-14,0.0967058,-0.547506,-5.30676e-15,0.346627,-0.192288,0.0907269,0.534711,-0.0266687,0.350129,0.0186471,0.192144,0.499067,1.52954e-15,0.0731537,0.0095478,-0.00843688,0.317901,-0.173773,0.237167,-0.0107184,0.00189643,-0.138538,-0.0430731,0.0802206,-0.00584682,0.741941,0.0470473,0.966163,0.0946045,1.72211,-2.26311e-14,7.95785e-16,-6.36482e-15,-8.83117e-15,1.08219e-14,8.9799e-15,-3.72292e-15,-1.01455e-14,5.90195e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.50724,2.60258,0.714558,0.919253,0.787648,0.634415,0.66008,0.690977,0.854442,0.822896,0.535236,0.0915635,0.204484,0.322672,0.463001,0.960264,0.0293398,0.0880605,0.978435,0.00968399,0.013097,0.737714,0.132497,0.0925026,0.0533339,0.121376,0.758826,0.107202,0.0183605,0.00707966,0.409918,0.60585,0.0730719,0.196981,0.137755,0.0556572,0.00324856,0.0133643,0.381065,0.145025,0.720902,0.53268,0.0654269,0.242171,0.985644,0.0698485,0.425563,0.210786,0.112815,0.0805148,0.328783,0.0564591,0.0425396,0.168102],
    scales: [2.23793,2.29529,0.257152,0.160073,0.335548,0.244444,0.232169,0.225466,0.180401,0.146636,0.3198,0.134215,0.135326,0.226391,0.498629,0.180114,0.168757,0.283383,0.143737,0.0979296,0.11369,0.299984,0.321059,0.277213,0.206173,0.307823,0.427796,0.30937,0.134251,0.0687847,0.317214,0.284854,0.260255,0.259836,0.344643,0.229259,0.0569034,0.114829,0.178488,0.208308,0.217211,0.156725,0.188264,0.276848,0.0576346,0.158495,0.14787,0.407867,0.316367,0.272089,0.469771,0.230806,0.201817,0.373957],
    weights: [-0.228456,0.167613,0.66332,0.107497,0.0730691,0.0249293,-0.558465,0.217003,-0.140584,0.076383,0.0795281,-0.0012998,-0.0764845,-0.436377,-0.253622,0.285779,0.158974,0.00444199,0.0720509,-0.150424,0.0535275,0.381175,-0.206153,0.327284,0.0967903,0.244825,0.213681,-0.0561365,0.0304877,-0.046288,-0.119568,-0.0240422,-0.108029,0.0327118,-0.0528838,0.0730739,-0.167834,-0.0548836,0.0031077,0.0271999,0.31066,-0.0223341,0.0678586,0.143911,0.0519695,-0.0539713,0.0793136,0.328028,-0.25035,0.0735116,0.0771931,0.0880493,-0.0557767,-0.320677],
    bias: -0.0481288,
  },
  threshold: 0.86,
  hedge: 0.15,
};
