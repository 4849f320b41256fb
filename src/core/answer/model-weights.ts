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
    "trainCandidates": 375054
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
    "hedge": 0.17
  },
  "dev": {
    "newsTop1": 0.70362,
    "newsHandledRight": 0.359167,
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
    means: [0.422121,0.0892429,0.213736,0.265294,0.27993,0.584337,0.502507,0.175799,0.264816,0.29905,0.677482,0.532443,0.644122,0.312179,0.117074,0.904316,0.0530004,0.0202797,0.595945,0.0653602,0.0576597,0.0341539,0.03114,0.586332,0.133666,0.0123449,0.000854099,0.12702,0.188132,0.022946,0.0778779,0.15718,0.0847931,0.0080815,0.0130355,0.302947,0.0648002,0.283506,0.444145,0.0715374,0.0175966,0.635242,0.0144801,0.457485,0.145851,0.124113,0.0908589,0.438044,0.0394876,0.0468146,0.114831],
    scales: [0.188095,0.162919,0.165406,0.145663,0.160697,0.288259,0.16291,0.219772,0.135484,0.108831,0.154844,0.498946,0.451886,0.463382,0.321508,0.29239,0.224034,0.140956,0.303386,0.215662,0.176227,0.146554,0.125525,0.49249,0.340293,0.11042,0.0189218,0.244583,0.206406,0.149731,0.16908,0.36397,0.278574,0.0895332,0.113426,0.155481,0.133366,0.163221,0.129473,0.180195,0.0809759,0.296127,0.0718003,0.158662,0.352957,0.32971,0.287408,0.496147,0.194752,0.211242,0.318818],
    weights: [0.34961,0.079801,0.0573937,-0.723947,0.555559,-0.220376,0.261004,0.00405763,-0.098726,0.0397036,0.0243186,1.70118e-15,0.0722419,-0.55364,-1.26343e-14,0.344187,-0.191607,0.0902382,0.522039,-0.0219559,0.336509,0.0270136,0.19081,0.497144,1.39083e-15,0.0726842,0.0105485,-0.00646041,0.32213,-0.179906,0.241016,-0.0132772,0.0054479,-0.140211,-0.0414888,0.0795654,-0.00517377,0.733685,0.0420094,0.971682,0.095687,1.73551,-8.48242e-15,-3.54775e-15,8.22715e-15,-6.64075e-15,4.31543e-15,-2.86776e-15,1.64878e-14,5.74309e-15,-1.4738e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.46464,2.59804,0.71379,0.918401,0.785748,0.633488,0.659224,0.690973,0.853521,0.818357,0.524596,0.0948114,0.204862,0.323304,0.47908,0.946372,0.0444929,0.0880605,0.978456,0.00968399,0.0130559,0.740189,0.132026,0.0932623,0.0536793,0.121253,0.760203,0.107202,0.0185661,0.00707966,0.409242,0.605784,0.0724551,0.196516,0.136707,0.0560479,0.00328968,0.0131587,0.381345,0.145543,0.720316,0.530992,0.0654897,0.241353,0.98579,0.0708272,0.425779,0.207805,0.112815,0.080926,0.331353,0.0564591,0.0425396,0.168102],
    scales: [2.256,2.2917,0.257661,0.161136,0.336692,0.244973,0.232587,0.225474,0.180863,0.151857,0.327395,0.136026,0.135533,0.226522,0.499562,0.209095,0.206187,0.283383,0.143668,0.0979296,0.113514,0.297881,0.321144,0.278431,0.20647,0.307835,0.426959,0.30937,0.134987,0.0687847,0.317265,0.285147,0.25924,0.259193,0.343537,0.230014,0.0572613,0.113954,0.178703,0.209234,0.21707,0.158134,0.18844,0.276018,0.057126,0.159288,0.147811,0.405736,0.316367,0.272722,0.4707,0.230806,0.201817,0.373957],
    weights: [-0.227201,0.177586,0.65502,0.0987318,0.0783476,0.0156481,-0.509445,0.248178,-0.1589,0.0573251,0.117268,0.00926555,-0.067543,-0.414798,-0.241604,0.169461,0.0850726,0.00612912,0.0477456,-0.158477,0.0409232,0.380702,-0.228535,0.343149,0.102083,0.256342,0.200629,-0.0552208,0.0365004,-0.048071,-0.109532,-0.037735,-0.101469,0.0300111,-0.0513464,0.0767629,-0.169908,-0.0520537,0.0013937,0.0337109,0.288828,-0.0173743,0.065987,0.137273,0.0575765,-0.0399481,0.0957905,0.36388,-0.283805,0.0732276,0.074912,0.0919396,-0.0446253,-0.335062],
    bias: -0.0462243,
  },
  threshold: 0.86,
  hedge: 0.17,
};
