// Written by `npm run train`; never edit by hand. The model card says what it was fitted on.
import type { AnswerModel } from './model.js';

export const MODEL_CARD = {
  "command": "npm run train",
  "trainedOn": {
    "sha256": "0548b3b3b4e7ce10c926d76627a98d25fa4584a2e503631347a582eb8baf95c0",
    "files": [
      "eval/bank/train.jsonl",
      "eval/bank/dev.jsonl",
      "tests/fixtures/eval/questions.json",
      "tests/fixtures/eval/questions-fresh.json",
      "squad2-dev-a/dev-v2.0-a.json (train and dev articles)"
    ],
    "trainQuestions": 6624,
    "trainCandidates": 319435
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 1,
    "squadWeight": 0.25,
    "targetPrecision": 0.9,
    "threshold": 0.76,
    "hedgePrecision": 0.5,
    "hedge": 0.26
  },
  "dev": {
    "newsTop1": 0.676471,
    "newsHandledRight": 0.419308,
    "squadHandledRight": 0.501567
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.417207,0.0865755,0.211335,0.26288,0.277744,0.59258,0.500527,0.172639,0.262787,0.296702,0.680837,0.532108,0.643615,0.305743,0.114443,0.905606,0.0684396,0.607628,0.0679025,0.0562539,0.0341948,0.029778,0.609257,0.134951,0.0136115,0.00169779,0.12562,0.189958,0.0202983,0.0699896,0.154388,0.0102243,0.308446,0.0650504,0.017426,0.640011,0.0128446,0.46198,0.137067,0.123637,0.0941725,0.460006,0.0328674,0.0454052,0.106845],
    scales: [0.185703,0.159302,0.162561,0.142765,0.158905,0.287539,0.161508,0.217762,0.133868,0.107485,0.152741,0.498968,0.452478,0.460721,0.318348,0.290927,0.252499,0.293326,0.219471,0.171291,0.145475,0.123933,0.487917,0.341671,0.115872,0.0299727,0.242856,0.20852,0.141019,0.160379,0.36132,0.100597,0.156177,0.132626,0.0803719,0.293806,0.0665428,0.161414,0.343918,0.329167,0.292069,0.498398,0.178289,0.208191,0.308916],
    weights: [0.427153,0.109181,0.119717,-0.706405,0.681344,0.241447,0.549747,-0.0373786,0.0170106,-0.123276,-0.119459,-9.52885e-15,0.0662392,-0.498809,-9.10289e-15,0.0997387,-0.0393088,0.10033,0.114916,0.240364,0.105278,0.193926,0.757714,-1.01882e-14,0.10839,0.0262381,-0.024575,0.284857,-0.147619,0.206498,-0.0437884,-0.0449508,0.112398,0.293501,0.0650301,1.43687,6.8665e-15,5.3942e-15,6.55059e-15,-1.4207e-14,-3.68982e-15,-4.44856e-15,3.81919e-15,4.54627e-15,1.30505e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.30514,2.45414,0.700176,0.936759,0.815483,0.64734,0.673661,0.701281,0.863829,0.829777,0.539443,0.0896851,0.197442,0.310921,0.447969,0.969625,0.0198895,0.0878128,0.979515,0.0258694,0.732402,0.12779,0.0821157,0.0539844,0.111943,0.78414,0.106857,0.0213195,0.0100747,0.411967,0.631232,0.0607085,0.179485,0.128502,0.0132597,0.388005,0.164065,0.24911,0.98617,0.0625636,0.436412,0.18921,0.112382,0.0870328,0.370036,0.0451089,0.040494,0.155736],
    scales: [1.91076,2.07174,0.256561,0.137256,0.317634,0.234702,0.223793,0.219538,0.175761,0.139927,0.314597,0.13149,0.131424,0.220729,0.497285,0.154387,0.139621,0.283022,0.139476,0.158745,0.278019,0.314097,0.253533,0.202735,0.29634,0.411417,0.308932,0.144447,0.0877811,0.306,0.283817,0.238795,0.246107,0.334648,0.114385,0.181474,0.220811,0.273985,0.0543748,0.150656,0.152309,0.391676,0.315836,0.281883,0.482814,0.207543,0.197115,0.362605],
    weights: [-0.373559,0.217057,0.54546,0.149202,0.0925537,-0.0539946,-0.615751,0.63134,-0.130777,0.122441,0.141828,0.0621923,-0.113723,-0.296041,-0.225293,0.232192,0.0659436,-0.0633312,0.17469,0.115096,0.29707,-0.295744,0.106289,-0.102274,0.271018,0.341214,-0.0229133,0.0536964,-0.0283756,-0.0973822,0.0551643,-0.204034,0.198993,-0.03622,-0.119691,-0.00298119,0.0277941,0.131586,0.0849068,-0.0648215,0.117459,0.354288,-0.0546109,0.242408,-0.0909819,0.0428643,-0.137885,-0.352004],
    bias: -0.19877,
  },
  threshold: 0.76,
  hedge: 0.26,
};
