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
    "newsTop1": 0.704751,
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
    means: [0.421816,0.0892642,0.213869,0.265356,0.279939,0.584666,0.50309,0.176812,0.264597,0.299014,0.677547,0.52967,0.646654,0.309795,0.117126,0.90427,0.0530227,0.0202856,0.594909,0.0660046,0.0572952,0.0340316,0.0311828,0.585437,0.133725,0.0123394,0.000854459,0.127037,0.188165,0.023001,0.0779418,0.157233,0.0847755,0.00808491,0.0130356,0.303006,0.0648203,0.28357,0.444195,0.0715646,0.017609,0.635141,0.0135925,0.457423,0.147369,0.124168,0.0907158,0.436524,0.039507,0.0468343,0.114883],
    scales: [0.187937,0.162949,0.165491,0.145867,0.160864,0.288389,0.162967,0.220026,0.135632,0.108904,0.155101,0.499119,0.451199,0.462409,0.32157,0.292453,0.224079,0.140976,0.303887,0.21647,0.175245,0.146567,0.125691,0.492646,0.340357,0.110395,0.0189258,0.244647,0.206408,0.149907,0.169219,0.36402,0.278547,0.0895519,0.113427,0.155489,0.13344,0.163411,0.129475,0.180217,0.0810399,0.296243,0.0695459,0.158729,0.354473,0.329773,0.287205,0.495954,0.194798,0.211284,0.31888],
    weights: [0.344631,0.0820436,0.0738155,-0.756372,0.539278,-0.203907,0.285835,-0.0113478,-0.105117,0.038473,0.00238562,-1.49322e-14,0.0951415,-0.547521,-3.01434e-15,0.345922,-0.192451,0.090868,0.54558,-0.0313755,0.348052,0.0162159,0.18816,0.491006,9.94841e-15,0.0733248,0.00949008,-0.00841054,0.319518,-0.173793,0.236689,-0.0113676,0.00214954,-0.138676,-0.0431047,0.0790594,-0.0059337,0.741045,0.0455829,0.966785,0.0946493,1.7224,-2.78096e-14,2.44173e-15,-1.31477e-14,5.48494e-15,3.99493e-15,1.56241e-14,3.95064e-14,-1.22172e-14,-3.84685e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.50221,2.60282,0.71446,0.919235,0.787599,0.634484,0.660205,0.691279,0.854427,0.822897,0.535123,0.09145,0.204484,0.322497,0.463001,0.960675,0.0293398,0.0880605,0.978456,0.00968399,0.0130765,0.737221,0.132514,0.092516,0.0533339,0.120875,0.757386,0.107202,0.0183811,0.00707966,0.409554,0.605938,0.0732775,0.197143,0.137735,0.0556367,0.00324856,0.0133643,0.381327,0.14495,0.721033,0.532755,0.0654478,0.242078,0.98563,0.0698485,0.425563,0.210786,0.112815,0.0805148,0.328783,0.0564591,0.0425396,0.168102],
    scales: [2.23812,2.29572,0.257153,0.160048,0.335548,0.244425,0.232093,0.225377,0.180412,0.146641,0.319895,0.13417,0.135324,0.226321,0.498629,0.179059,0.168757,0.283383,0.143668,0.0979296,0.113602,0.300423,0.321083,0.277241,0.206173,0.307292,0.428663,0.30937,0.134325,0.0687847,0.317012,0.284819,0.260592,0.260066,0.344621,0.229219,0.0569034,0.114829,0.178817,0.208542,0.217197,0.156734,0.188319,0.276892,0.0577236,0.158495,0.14787,0.407867,0.316367,0.272089,0.469771,0.230806,0.201817,0.373957],
    weights: [-0.228308,0.168733,0.664757,0.10971,0.0717042,0.0262318,-0.565381,0.214934,-0.141934,0.0700921,0.0855087,-0.00199255,-0.0797904,-0.436018,-0.253015,0.282162,0.158392,0.00547267,0.0722157,-0.150121,0.0537385,0.371875,-0.196397,0.333676,0.102197,0.235866,0.215974,-0.0589907,0.0317676,-0.0463586,-0.119429,-0.0258383,-0.105893,0.028953,-0.0595753,0.0771247,-0.168264,-0.0545712,0.0042685,0.0244512,0.314309,-0.020665,0.0676553,0.145729,0.055053,-0.0559436,0.077335,0.320552,-0.254023,0.0689791,0.0800369,0.0887,-0.054566,-0.310745],
    bias: -0.049005,
  },
  threshold: 0.86,
  hedge: 0.15,
};
