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
    "trainCandidates": 375030
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
    "newsTop1": 0.70362,
    "newsHandledRight": 0.360833,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","nameReplaced","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.422235,0.0892428,0.213804,0.265273,0.279911,0.584307,0.502481,0.17575,0.264821,0.299051,0.677541,0.532488,0.644088,0.31221,0.102634,0.117081,0.904309,0.0530038,0.020281,0.5972,0.0648969,0.0567167,0.0337069,0.0310799,0.589217,0.133675,0.0123457,0.000838155,0.126923,0.18799,0.0229342,0.0778503,0.157185,0.0846412,0.00811135,0.013047,0.302909,0.0647823,0.283475,0.444094,0.0728232,0.0175371,0.635257,0.0144731,0.457479,0.144874,0.122246,0.0898061,0.441975,0.0394822,0.0468176,0.114799],
    scales: [0.188165,0.162921,0.16536,0.145615,0.160655,0.288241,0.162882,0.219729,0.135476,0.108828,0.154795,0.498943,0.451895,0.463395,0.303481,0.321517,0.292399,0.224041,0.14096,0.302761,0.214954,0.174724,0.145353,0.125299,0.491976,0.340302,0.110423,0.0187501,0.244487,0.206201,0.149694,0.169036,0.363975,0.278347,0.089697,0.113476,0.155473,0.13334,0.163168,0.129458,0.181553,0.0809145,0.296112,0.0718015,0.158661,0.351973,0.32757,0.285904,0.496622,0.194739,0.211248,0.318779],
    weights: [0.351718,0.0808549,0.0682201,-0.75042,0.559401,-0.252445,0.246403,0.00480664,-0.0985909,0.0381905,0.0094227,-2.13583e-14,0.0713762,-0.58048,-0.0181981,-4.67836e-15,0.344762,-0.194398,0.0898428,0.495922,-0.0199512,0.371414,0.027131,0.192153,0.523682,1.85133e-14,0.0715416,0.0111782,-0.00772884,0.317985,-0.17486,0.239112,-0.00940454,0.00363624,-0.134338,-0.0437121,0.0900756,-0.00414078,0.739622,0.0483524,1.00165,0.0971808,1.75935,-1.51704e-14,-1.82261e-14,-7.00054e-15,-1.25741e-14,1.58446e-14,1.15356e-14,-2.55026e-14,-8.36835e-15,-5.43543e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","nameReplaced","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.47125,2.60091,0.713891,0.919135,0.786796,0.633381,0.659185,0.690799,0.853122,0.81842,0.525051,0.0946576,0.204828,0.323261,0.479491,0.946005,0.0448013,0.0336986,0.0880605,0.978435,0.00968399,0.013097,0.739735,0.130126,0.0895275,0.0515729,0.121456,0.763822,0.107202,0.0187923,0.00707966,0.410734,0.604853,0.0724757,0.196619,0.136563,0.0538273,0.0035364,0.0133643,0.380941,0.144854,0.71991,0.530984,0.0660219,0.24135,0.985546,0.0709648,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.26787,2.29552,0.25748,0.160226,0.336069,0.245134,0.232391,0.225359,0.181348,0.151694,0.327041,0.135756,0.135269,0.226356,0.499579,0.209962,0.206867,0.180452,0.283383,0.143737,0.0979296,0.11369,0.296311,0.319152,0.273095,0.201501,0.308185,0.424733,0.30937,0.135791,0.0687847,0.318004,0.285092,0.259274,0.259249,0.343385,0.225677,0.0593624,0.114829,0.178402,0.208007,0.217196,0.158066,0.189289,0.276208,0.0577487,0.159588,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.229453,0.159796,0.676163,0.104513,0.068392,0.0208553,-0.534308,0.270262,-0.161882,0.0519979,0.112958,0.0137288,-0.058995,-0.406932,-0.244634,0.142083,0.0918507,-0.051357,0.00887505,0.049439,-0.161916,0.0445056,0.366125,-0.231043,0.357948,0.0859395,0.259893,0.217516,-0.0382449,0.0415495,-0.0453372,-0.122415,-0.0269043,-0.108047,0.0351285,-0.0422505,0.0616611,-0.178338,-0.0534293,0.0010647,0.0322365,0.327312,-0.0319804,0.041129,0.135597,0.0438998,-0.0275313,0.0992605,0.350604,-0.292509,0.0777164,0.0914463,0.0900339,-0.0463937,-0.337629],
    bias: -0.0493637,
  },
  threshold: 0.86,
  hedge: 0.16,
};
