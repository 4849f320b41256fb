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
    "trainCandidates": 374630
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 10,
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
    "hedge": 0.18
  },
  "dev": {
    "newsTop1": 0.700226,
    "newsHandledRight": 0.365833,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421993,0.0892922,0.212363,0.263836,0.278923,0.583667,0.501098,0.174194,0.264857,0.299013,0.679147,0.532128,0.642157,0.312938,0.114123,0.905707,0.0666978,0.0211462,0.596561,0.0660605,0.0554041,0.0324,0.0315902,0.587737,0.133745,0.0123322,0.000832822,0.127634,0.189426,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282093,0.444861,0.0728401,0.0175513,0.634468,0.014443,0.457656,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163724,0.143878,0.159914,0.288456,0.162258,0.218438,0.134998,0.108352,0.153256,0.498967,0.452628,0.463689,0.317961,0.290816,0.249498,0.143872,0.302057,0.216512,0.170093,0.142156,0.127118,0.492242,0.340378,0.110363,0.0187208,0.244908,0.206178,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161809,0.128698,0.18155,0.0809388,0.296354,0.0716641,0.15861,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.411696,0.0941638,0.177498,-0.832606,0.44504,-0.120897,0.291574,-0.0105814,-0.100946,-0.0202327,-0.0829224,1.60936e-14,0.125304,-0.613142,-2.06645e-14,0.242727,-0.0802681,0.104348,0.464711,-0.0311476,0.291648,-0.016077,0.199002,0.530949,1.46302e-14,0.0601479,0.0154347,-0.0428226,0.259731,-0.161095,0.204889,-0.00282498,-0.00764393,-0.137309,-0.0387558,0.117838,0.00631654,0.6863,0.040549,0.88192,0.0560822,1.68015,-3.28468e-15,1.33404e-14,-7.22529e-15,1.69509e-14,1.32319e-15,1.02857e-15,-6.57808e-15,-1.28425e-14,3.13438e-16],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.35814,2.58026,0.714757,0.930116,0.808637,0.635881,0.661532,0.692028,0.853395,0.820121,0.526476,0.094753,0.204179,0.321497,0.479491,0.946571,0.0444518,0.082283,0.97616,0.0242202,0.0157288,0.735238,0.129812,0.0882024,0.0498828,0.120514,0.758538,0.107202,0.0183194,0.00707966,0.410593,0.607948,0.073442,0.196021,0.139051,0.0550815,0.00355696,0.0129531,0.380112,0.141184,0.720303,0.532287,0.0655732,0.239313,0.985667,0.0708649,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.14721,2.24232,0.255169,0.148106,0.32346,0.242287,0.229668,0.223944,0.181012,0.149622,0.32587,0.135081,0.134685,0.224436,0.499579,0.207897,0.206097,0.274795,0.151391,0.153732,0.124424,0.298749,0.318153,0.270198,0.198668,0.306854,0.42797,0.30937,0.134104,0.0687847,0.314794,0.283001,0.260861,0.260158,0.345999,0.228139,0.0595341,0.113072,0.178574,0.204698,0.216809,0.157167,0.188007,0.274896,0.0571795,0.159393,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.251661,0.180698,0.670359,0.126689,0.110864,-0.0357841,-0.510368,0.253094,-0.095356,-0.00778229,0.164863,0.0189491,-0.0495495,-0.381905,-0.245814,0.103693,0.05205,-0.0278916,0.216952,0.123155,0.0587699,0.360167,-0.240825,0.383376,0.071452,0.311561,0.210713,-0.0529817,0.0388435,-0.0478606,-0.112428,0.00984163,-0.102979,0.0122895,-0.0464127,0.0377971,-0.178194,-0.0418811,0.0419517,0.0554742,0.338884,-0.00613226,0.062113,0.113147,0.0188653,-0.0266362,0.0827687,0.359582,-0.289659,0.10282,0.0840863,0.117346,-0.0360147,-0.380926],
    bias: -0.054938,
  },
  threshold: 0.85,
  hedge: 0.18,
};
