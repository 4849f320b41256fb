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
    "hedge": 0.25
  },
  "dev": {
    "newsTop1": 0.676471,
    "newsHandledRight": 0.414986,
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
    means: [0.417207,0.0865755,0.211335,0.26288,0.277744,0.59258,0.500527,0.172639,0.262787,0.296702,0.680837,0.532108,0.643615,0.305743,0.114443,0.905606,0.0684396,0.610276,0.0679025,0.0562539,0.0341948,0.0281439,0.614526,0.134951,0.0136115,0.00169779,0.12562,0.189958,0.0202983,0.0699896,0.154388,0.0102243,0.308446,0.0650504,0.017426,0.640011,0.0128446,0.46198,0.137067,0.123637,0.0941725,0.460006,0.0328674,0.0507584,0.101492],
    scales: [0.185703,0.159302,0.162561,0.142765,0.158905,0.287539,0.161508,0.217762,0.133868,0.107485,0.152741,0.498968,0.452478,0.460721,0.318348,0.290927,0.252499,0.291834,0.219471,0.171291,0.145475,0.11992,0.486707,0.341671,0.115872,0.0299727,0.242856,0.20852,0.141019,0.160379,0.36132,0.100597,0.156177,0.132626,0.0803719,0.293806,0.0665428,0.161414,0.343918,0.329167,0.292069,0.498398,0.178289,0.219504,0.301979],
    weights: [0.426868,0.111416,0.114518,-0.710454,0.688988,0.242907,0.547106,-0.0418137,0.0157751,-0.129872,-0.113094,-1.97444e-14,0.0695925,-0.494979,4.01363e-15,0.100389,-0.0395414,0.125364,0.103785,0.237336,0.100803,0.173797,0.732373,-3.35704e-15,0.108537,0.0260334,-0.0224288,0.288895,-0.149604,0.208368,-0.0444148,-0.0451493,0.119736,0.293506,0.0664422,1.43494,9.82701e-15,-8.10598e-15,-4.48052e-15,-1.30213e-14,2.06674e-14,-9.09395e-15,-1.36599e-14,1.05499e-14,5.71718e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.29082,2.44277,0.699636,0.936968,0.816354,0.647474,0.673788,0.701444,0.863892,0.829827,0.539621,0.0896498,0.197253,0.310747,0.447969,0.96969,0.0198895,0.0878128,0.97971,0.0258694,0.734186,0.12779,0.0821157,0.0540006,0.102688,0.79363,0.106857,0.0213845,0.0100747,0.412127,0.631427,0.0612285,0.179924,0.129607,0.0132597,0.387923,0.163784,0.249385,0.986253,0.0625636,0.436412,0.18921,0.112382,0.0870328,0.370036,0.0451089,0.0544036,0.141826],
    scales: [1.89728,2.05494,0.256314,0.137127,0.317385,0.234788,0.224008,0.219607,0.175642,0.140065,0.314766,0.131491,0.131351,0.220826,0.497285,0.15461,0.139621,0.283022,0.138804,0.158745,0.273699,0.314097,0.253533,0.202801,0.285011,0.404699,0.308932,0.144662,0.0877811,0.306171,0.283612,0.239749,0.246726,0.33587,0.114385,0.181474,0.220077,0.273935,0.0539369,0.150656,0.152309,0.391676,0.315836,0.281883,0.482814,0.207543,0.226812,0.348872],
    weights: [-0.356631,0.188997,0.566259,0.139044,0.0927371,-0.00849966,-0.629173,0.604412,-0.137309,0.0990783,0.136922,0.0496899,-0.104189,-0.318127,-0.230132,0.229172,0.0661104,-0.0620559,0.18177,0.110195,0.292145,-0.289797,0.119021,-0.0854739,0.206551,0.312553,-0.0272199,0.0549072,-0.0274227,-0.104663,0.0509045,-0.213767,0.203495,-0.0389778,-0.118536,0.00589302,0.0313846,0.130409,0.072644,-0.0686612,0.124447,0.344266,-0.0714753,0.227742,-0.0888682,0.047,-0.166348,-0.302635],
    bias: -0.199744,
  },
  threshold: 0.76,
  hedge: 0.25,
};
