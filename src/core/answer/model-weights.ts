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
    "newsHandledRight": 0.360833,
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
    means: [0.422043,0.0892635,0.213885,0.265377,0.279955,0.584411,0.503069,0.176798,0.264663,0.299086,0.677435,0.529674,0.646672,0.309842,0.117125,0.904274,0.0530234,0.0202886,0.595331,0.0657759,0.0576882,0.0342692,0.0311536,0.585394,0.133724,0.0123503,0.000854471,0.127011,0.188195,0.0229693,0.0779152,0.157235,0.0848033,0.00808502,0.0130358,0.303006,0.0648148,0.283589,0.444176,0.0715685,0.0176092,0.635303,0.0144842,0.457423,0.147368,0.124167,0.090717,0.436527,0.0395048,0.0468349,0.114881],
    scales: [0.188111,0.162949,0.165458,0.145766,0.160772,0.288288,0.162922,0.220017,0.135666,0.108926,0.154963,0.499119,0.451181,0.462428,0.321569,0.292447,0.22408,0.140986,0.303782,0.215949,0.176273,0.147389,0.125551,0.492654,0.340356,0.110443,0.0189259,0.244587,0.2064,0.149806,0.169143,0.364022,0.278589,0.0895525,0.113428,0.155501,0.133419,0.163318,0.129475,0.180228,0.0810404,0.296148,0.0718129,0.158729,0.354473,0.329772,0.287206,0.495955,0.194793,0.211285,0.318879],
    weights: [0.343357,0.0802075,0.0614427,-0.733655,0.550298,-0.218616,0.279011,-0.0094859,-0.102353,0.0370051,0.01277,-7.33588e-17,0.0939883,-0.536813,1.4766e-14,0.345489,-0.192279,0.0908747,0.541746,-0.0279241,0.330056,0.0203976,0.184436,0.487514,-6.03809e-15,0.0734466,0.00974631,-0.00609448,0.322311,-0.177561,0.238515,-0.0139065,0.00444173,-0.139378,-0.0417612,0.076376,-0.00393583,0.732753,0.0460839,0.969301,0.0937896,1.73374,-8.75872e-15,-4.32275e-15,3.30795e-15,-1.19072e-14,8.59934e-15,-2.65603e-15,-6.97538e-16,9.04347e-16,-8.56273e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.48812,2.5996,0.713911,0.918331,0.785795,0.634141,0.659816,0.690926,0.853606,0.822773,0.534908,0.0916871,0.204558,0.322856,0.463001,0.960682,0.0293809,0.0880605,0.978477,0.00968399,0.0130559,0.739116,0.132995,0.0931153,0.0536248,0.121305,0.758373,0.107202,0.0185661,0.00707966,0.409436,0.605557,0.0726607,0.196613,0.136501,0.0558423,0.00328968,0.0131587,0.381528,0.145636,0.720889,0.532192,0.0655042,0.241618,0.985721,0.0707886,0.425563,0.210786,0.112815,0.0805148,0.328783,0.0564591,0.0425396,0.168102],
    scales: [2.23002,2.29077,0.257549,0.161021,0.336503,0.24484,0.232537,0.225701,0.180997,0.146649,0.31993,0.134261,0.135342,0.226578,0.498629,0.179055,0.168872,0.283383,0.1436,0.0979296,0.113514,0.299296,0.32174,0.278123,0.206974,0.307836,0.428069,0.30937,0.134987,0.0687847,0.31735,0.285015,0.259579,0.259379,0.34332,0.229617,0.0572613,0.113954,0.178575,0.209218,0.217176,0.156802,0.188485,0.276585,0.0574067,0.15929,0.14787,0.407867,0.316367,0.272089,0.469771,0.230806,0.201817,0.373957],
    weights: [-0.216786,0.179086,0.655699,0.101147,0.0829377,0.0225598,-0.53369,0.22221,-0.153546,0.0789202,0.0866441,0.00316536,-0.07601,-0.427265,-0.245023,0.298521,0.146784,0.0042737,0.0679448,-0.151295,0.0537591,0.399554,-0.22763,0.345863,0.0977785,0.257958,0.190353,-0.0623039,0.0333162,-0.0453627,-0.111126,-0.0327377,-0.0921642,0.0216261,-0.0515173,0.0782502,-0.169662,-0.0518655,0.0108829,0.0366788,0.281811,-0.0199337,0.0661651,0.143507,0.0579749,-0.0637699,0.0791705,0.353537,-0.284335,0.0793532,0.0863921,0.0907523,-0.0492695,-0.340734],
    bias: -0.0554372,
  },
  threshold: 0.86,
  hedge: 0.16,
};
