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
    means: [0.422121,0.0892429,0.213736,0.265294,0.27993,0.584337,0.502507,0.175799,0.264816,0.29905,0.677482,0.532443,0.644122,0.312179,0.117074,0.904316,0.0530004,0.0202797,0.595807,0.0652218,0.0576597,0.0341539,0.03114,0.586332,0.133666,0.0123449,0.000854099,0.12702,0.188132,0.022946,0.0778779,0.15718,0.0847931,0.0080815,0.0130355,0.302947,0.0648002,0.283506,0.444145,0.0715374,0.0175966,0.635242,0.0144801,0.457485,0.145851,0.124113,0.0908589,0.438044,0.0394876,0.0468146,0.114831],
    scales: [0.188095,0.162919,0.165406,0.145663,0.160697,0.288259,0.16291,0.219772,0.135484,0.108831,0.154844,0.498946,0.451886,0.463382,0.321508,0.29239,0.224034,0.140956,0.303397,0.215337,0.176227,0.146554,0.125525,0.49249,0.340293,0.11042,0.0189218,0.244583,0.206406,0.149731,0.16908,0.36397,0.278574,0.0895332,0.113426,0.155481,0.133366,0.163221,0.129473,0.180195,0.0809759,0.296127,0.0718003,0.158662,0.352957,0.32971,0.287408,0.496147,0.194752,0.211242,0.318818],
    weights: [0.349924,0.0795097,0.0575699,-0.727105,0.557074,-0.219827,0.262949,0.00436499,-0.0984096,0.039464,0.0238757,4.94092e-15,0.0712831,-0.553599,1.2938e-14,0.34425,-0.191415,0.0903673,0.526003,-0.0199401,0.336256,0.0265457,0.190052,0.493075,-2.728e-14,0.07267,0.0102791,-0.00665428,0.321791,-0.179986,0.241091,-0.0139518,0.00580441,-0.140119,-0.0415403,0.0794493,-0.00552566,0.734347,0.0427467,0.971848,0.0955343,1.73519,1.337e-15,1.70362e-14,1.02066e-14,1.51211e-15,-5.48932e-15,-3.36781e-14,-1.41839e-14,1.84006e-14,2.98294e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.4653,2.59814,0.713839,0.918462,0.785856,0.633537,0.659273,0.691022,0.85352,0.818387,0.524658,0.0947583,0.20487,0.323267,0.47908,0.946372,0.0444929,0.0880605,0.978456,0.00968399,0.0130559,0.740223,0.132061,0.0932623,0.0536793,0.121253,0.760039,0.107202,0.0185661,0.00707966,0.409303,0.60584,0.0726607,0.196623,0.136707,0.0560479,0.00328968,0.0131587,0.381364,0.145396,0.720305,0.530986,0.0654897,0.241353,0.985783,0.0708272,0.425779,0.207805,0.112815,0.080926,0.331353,0.0564591,0.0425396,0.168102],
    scales: [2.25599,2.2915,0.257617,0.161103,0.336656,0.244963,0.232571,0.225451,0.180877,0.151874,0.327408,0.136024,0.135549,0.22653,0.499562,0.209095,0.206187,0.283383,0.143668,0.0979296,0.113514,0.297861,0.321192,0.278431,0.20647,0.307835,0.42706,0.30937,0.134987,0.0687847,0.317254,0.285182,0.259579,0.259411,0.343537,0.230014,0.0572613,0.113954,0.178737,0.209091,0.217083,0.158123,0.18844,0.276018,0.057142,0.159288,0.147811,0.405736,0.316367,0.272722,0.4707,0.230806,0.201817,0.373957],
    weights: [-0.218021,0.176405,0.653702,0.0985301,0.0793423,0.0173261,-0.514689,0.243929,-0.156219,0.0558716,0.118465,0.00998468,-0.0664559,-0.420681,-0.243188,0.169156,0.086369,0.00578314,0.0471202,-0.157965,0.0407265,0.382001,-0.230429,0.347405,0.101626,0.253623,0.195744,-0.0558503,0.0364645,-0.048177,-0.109069,-0.0368642,-0.100173,0.0314476,-0.0522819,0.0769029,-0.169429,-0.0519181,0.0030108,0.0341076,0.28576,-0.0190062,0.0625412,0.135488,0.056084,-0.0402405,0.0954809,0.365536,-0.286643,0.0733821,0.0749892,0.0918001,-0.0444625,-0.334669],
    bias: -0.045019,
  },
  threshold: 0.86,
  hedge: 0.17,
};
