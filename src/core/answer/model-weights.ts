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
    means: [0.422121,0.0892429,0.213736,0.265294,0.27993,0.584337,0.502507,0.175799,0.264816,0.29905,0.677482,0.532443,0.644122,0.312179,0.117074,0.904316,0.0530004,0.0202797,0.595783,0.065265,0.0576684,0.0340822,0.03114,0.586236,0.133666,0.0123449,0.000854099,0.12702,0.188132,0.022946,0.0778779,0.15718,0.0847931,0.0080815,0.0130355,0.302947,0.0648002,0.283506,0.444145,0.0715374,0.0175966,0.635242,0.0144801,0.457485,0.146038,0.124113,0.0906776,0.438038,0.0394876,0.0468146,0.114831],
    scales: [0.188095,0.162919,0.165406,0.145663,0.160697,0.288259,0.16291,0.219772,0.135484,0.108831,0.154844,0.498946,0.451886,0.463382,0.321508,0.29239,0.224034,0.140956,0.303395,0.215359,0.176257,0.146387,0.125525,0.492507,0.340293,0.11042,0.0189218,0.244583,0.206406,0.149731,0.16908,0.36397,0.278574,0.0895332,0.113426,0.155481,0.133366,0.163221,0.129473,0.180195,0.0809759,0.296127,0.0718003,0.158662,0.353144,0.32971,0.28715,0.496146,0.194752,0.211242,0.318818],
    weights: [0.349535,0.0795558,0.0575449,-0.726504,0.557281,-0.220072,0.262762,0.00479756,-0.098457,0.039634,0.0239895,-4.92716e-15,0.0708978,-0.553658,2.65797e-15,0.344147,-0.191489,0.0904084,0.526114,-0.0200075,0.336271,0.0264737,0.19006,0.492953,5.37825e-15,0.0726624,0.0102729,-0.00670524,0.321928,-0.179901,0.240945,-0.0139936,0.00584183,-0.140169,-0.0415329,0.0793117,-0.00537636,0.734024,0.0427188,0.971856,0.0956128,1.73522,-5.58318e-15,-1.11447e-14,-4.94769e-15,-2.65564e-14,8.75629e-15,2.70048e-14,5.07053e-15,-3.55044e-15,-2.3444e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.46446,2.59831,0.71384,0.9184,0.785729,0.633486,0.659222,0.690968,0.85352,0.818355,0.52461,0.0948128,0.204867,0.3233,0.47908,0.946372,0.0444929,0.0880605,0.978456,0.00968399,0.0130559,0.739939,0.132534,0.0932623,0.0532506,0.121253,0.759812,0.107202,0.0185661,0.00707966,0.409252,0.605799,0.0724551,0.19652,0.136707,0.0560479,0.00328968,0.0131587,0.381332,0.145541,0.720311,0.531002,0.0654897,0.241368,0.985783,0.0708272,0.425779,0.208627,0.112815,0.0805148,0.330941,0.0564591,0.0425396,0.168102],
    scales: [2.25577,2.29192,0.257588,0.161137,0.336704,0.244981,0.232595,0.225486,0.180877,0.151869,0.327387,0.136045,0.135548,0.226523,0.499562,0.209095,0.206187,0.283383,0.143668,0.0979296,0.113514,0.298109,0.321651,0.278431,0.205535,0.307835,0.427197,0.30937,0.134987,0.0687847,0.317259,0.285139,0.25924,0.259191,0.343537,0.230014,0.0572613,0.113954,0.178695,0.209235,0.217083,0.158122,0.18844,0.276025,0.057142,0.159288,0.147811,0.406327,0.316367,0.272089,0.470552,0.230806,0.201817,0.373957],
    weights: [-0.226901,0.17683,0.65687,0.0988759,0.078085,0.0164515,-0.508654,0.247986,-0.158711,0.0553973,0.118358,0.00961884,-0.0676338,-0.415085,-0.242401,0.169214,0.0849622,0.00601795,0.0475813,-0.158544,0.0407932,0.380362,-0.229475,0.343488,0.101455,0.256607,0.200577,-0.0551273,0.0364126,-0.0482435,-0.109405,-0.0376729,-0.10103,0.0293269,-0.0520052,0.0771921,-0.169965,-0.0520228,0.00196387,0.0345442,0.28773,-0.0171799,0.0660814,0.136771,0.0567479,-0.040073,0.0956885,0.365896,-0.284276,0.0725303,0.0742881,0.0918209,-0.0446252,-0.335909],
    bias: -0.0464402,
  },
  threshold: 0.86,
  hedge: 0.17,
};
