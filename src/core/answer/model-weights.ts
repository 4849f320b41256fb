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
    "trainCandidates": 319443
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 1,
    "squadWeight": 0.25,
    "targetPrecision": 0.9,
    "threshold": 0.76
  },
  "dev": {
    "newsTop1": 0.67451,
    "newsHandledRight": 0.416427,
    "squadHandledRight": 0.50094
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.417223,0.0865749,0.211302,0.262852,0.277713,0.592574,0.500505,0.172622,0.262797,0.296703,0.68087,0.532098,0.643627,0.305735,0.11444,0.905605,0.0684316,0.610324,0.067914,0.0562488,0.0342019,0.0281787,0.614567,0.00169566,0.125642,0.189936,0.0202697,0.0699762,0.154362,0.0102303,0.308369,0.0650328,0.017425,0.640024,0.0128502,0.461981,0.137067,0.123634,0.0941702,0.460004,0.0328697,0.0507571,0.101499],
    scales: [0.185701,0.1593,0.162561,0.14276,0.158896,0.287541,0.161498,0.217747,0.133853,0.107475,0.152722,0.498969,0.452467,0.460718,0.318345,0.290928,0.252485,0.291831,0.219509,0.171278,0.145503,0.120058,0.486698,0.0299492,0.242934,0.208516,0.140921,0.160341,0.361296,0.100626,0.156195,0.132608,0.0803688,0.29382,0.0665541,0.161414,0.343918,0.329163,0.292065,0.498398,0.178296,0.219501,0.301988],
    weights: [0.426906,0.112569,0.120988,-0.714931,0.690163,0.243816,0.542541,-0.0373587,0.0127242,-0.125024,-0.116469,5.54038e-15,0.0634189,-0.506556,6.97955e-15,0.100202,-0.0415627,0.122647,0.104422,0.236582,0.100806,0.17389,0.735794,0.0261788,-0.0246328,0.283942,-0.149857,0.208838,-0.0442456,-0.0449424,0.12421,0.294054,0.0657936,1.43228,-1.25596e-15,-5.55642e-15,6.50253e-15,3.68015e-15,-1.58461e-14,4.95384e-15,1.92604e-15,2.26288e-15,-6.90224e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.29412,2.44467,0.699445,0.936892,0.816637,0.647543,0.673824,0.70169,0.864005,0.829614,0.538983,0.0896797,0.197346,0.310927,0.447969,0.969257,0.0201495,0.0878128,0.97932,0.0258694,0.7344,0.12779,0.0821579,0.0540006,0.10286,0.793695,0.0100747,0.411681,0.631573,0.0607085,0.179408,0.129152,0.0132597,0.388252,0.164012,0.248985,0.986404,0.0625642,0.436412,0.18921,0.112382,0.0870328,0.370036,0.0451089,0.0544036,0.141826],
    scales: [1.89838,2.05755,0.256517,0.137382,0.316918,0.234356,0.223708,0.219479,0.175615,0.140206,0.315129,0.131381,0.131348,0.220849,0.497285,0.155654,0.140512,0.283022,0.140145,0.158745,0.273581,0.314097,0.253632,0.202801,0.285288,0.404652,0.0877811,0.305996,0.283451,0.238795,0.245994,0.335368,0.114385,0.181449,0.220798,0.273848,0.0535882,0.150656,0.152309,0.391676,0.315836,0.281883,0.482814,0.207543,0.226812,0.348872],
    weights: [-0.370023,0.198837,0.536541,0.135019,0.104981,-0.0289961,-0.600612,0.624602,-0.121593,0.0689304,0.154275,0.0396329,-0.089764,-0.315722,-0.230322,0.234534,0.067355,-0.0626028,0.173457,0.114283,0.28569,-0.276285,0.118401,-0.0948479,0.210558,0.325316,-0.029924,-0.106366,0.0405275,-0.225249,0.219278,-0.0407222,-0.118476,0.00921233,0.0310167,0.141412,0.0693322,-0.0612508,0.13647,0.339274,-0.0675391,0.23119,-0.0897591,0.0482387,-0.166491,-0.30279],
    bias: -0.191505,
  },
  threshold: 0.76,
};
