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
    "hedge": 0.16
  },
  "dev": {
    "newsTop1": 0.704751,
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
    means: [0.422121,0.0892429,0.213736,0.265294,0.27993,0.584337,0.502507,0.175799,0.264816,0.29905,0.677482,0.532443,0.644122,0.312179,0.117074,0.904316,0.0530004,0.0202797,0.59597,0.0653602,0.0576597,0.0341539,0.03114,0.586332,0.133666,0.0123449,0.000854099,0.12702,0.188132,0.022946,0.0778779,0.15718,0.0846491,0.0080815,0.0130355,0.302947,0.0648002,0.283506,0.444145,0.0728185,0.0175966,0.635242,0.0144801,0.457485,0.145851,0.124113,0.0908589,0.438044,0.0394876,0.0468146,0.114831],
    scales: [0.188095,0.162919,0.165406,0.145663,0.160697,0.288259,0.16291,0.219772,0.135484,0.108831,0.154844,0.498946,0.451886,0.463382,0.321508,0.29239,0.224034,0.140956,0.303411,0.215662,0.176227,0.146554,0.125525,0.49249,0.340293,0.11042,0.0189218,0.244583,0.206406,0.149731,0.16908,0.36397,0.278359,0.0895332,0.113426,0.155481,0.133366,0.163221,0.129473,0.181549,0.0809759,0.296127,0.0718003,0.158662,0.352957,0.32971,0.287408,0.496147,0.194752,0.211242,0.318818],
    weights: [0.34981,0.0803912,0.0561667,-0.725336,0.556491,-0.219714,0.261315,0.00399531,-0.0960569,0.0385551,0.0244021,-2.04206e-14,0.0724433,-0.554683,-1.51483e-15,0.344447,-0.192383,0.0903376,0.520889,-0.0207571,0.337398,0.0274541,0.191204,0.497361,1.49163e-14,0.0719136,0.0104866,-0.00713635,0.323278,-0.177274,0.237249,-0.0110356,0.00079697,-0.140227,-0.0415887,0.0800605,-0.00510161,0.73395,0.043945,1.0025,0.0957391,1.73475,1.85463e-14,7.48513e-15,1.21841e-14,5.80505e-15,9.57678e-15,-2.03217e-15,-2.25701e-15,1.04706e-14,-2.10064e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.45719,2.59855,0.713921,0.918167,0.78556,0.633397,0.659116,0.690903,0.853541,0.818351,0.524728,0.0946883,0.204868,0.323369,0.47908,0.94643,0.0444929,0.0880605,0.978456,0.00968399,0.0130559,0.740059,0.132026,0.0931287,0.0536793,0.121253,0.759977,0.107202,0.0187923,0.00707966,0.409275,0.605691,0.0724551,0.196604,0.136295,0.0546086,0.00328968,0.0131587,0.381408,0.14576,0.720316,0.53088,0.0659957,0.24137,0.985827,0.0708272,0.425779,0.207805,0.112815,0.080926,0.331353,0.0564591,0.0425396,0.168102],
    scales: [2.26448,2.29067,0.257574,0.161588,0.336821,0.24507,0.232672,0.225498,0.180823,0.151827,0.327322,0.135965,0.135524,0.226521,0.499562,0.209068,0.206187,0.283383,0.143668,0.0979296,0.113514,0.297912,0.321144,0.278151,0.20647,0.307835,0.427097,0.30937,0.135791,0.0687847,0.317413,0.285087,0.25924,0.259239,0.343102,0.227215,0.0572613,0.113954,0.178727,0.209454,0.217066,0.158071,0.18922,0.276018,0.0570769,0.159288,0.147811,0.405736,0.316367,0.272722,0.4707,0.230806,0.201817,0.373957],
    weights: [-0.208477,0.176543,0.650065,0.0922459,0.0789501,0.0130173,-0.506795,0.241092,-0.165305,0.0570235,0.115357,0.0120341,-0.0713808,-0.419072,-0.242266,0.169935,0.0856198,0.00490956,0.0466604,-0.157871,0.0399658,0.374761,-0.227354,0.342827,0.102279,0.253522,0.198269,-0.0355725,0.0418671,-0.0481105,-0.109825,-0.041382,-0.103474,0.031449,-0.0450312,0.0674059,-0.168405,-0.0530547,0.000309538,0.0326856,0.289011,-0.0156203,0.0368617,0.133576,0.0575847,-0.0396214,0.0980297,0.363835,-0.285811,0.0729301,0.0777508,0.0917233,-0.0453991,-0.336121],
    bias: -0.0440754,
  },
  threshold: 0.86,
  hedge: 0.16,
};
