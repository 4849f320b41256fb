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
    "trainCandidates": 319433
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 10,
    "squadWeight": 0.25,
    "targetPrecision": 0.9,
    "threshold": 0.76,
    "hedgePrecision": 0.5,
    "hedge": 0.26
  },
  "dev": {
    "newsTop1": 0.676471,
    "newsHandledRight": 0.417867,
    "squadHandledRight": 0.502821
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
    means: [0.417191,0.0865759,0.211301,0.262847,0.277711,0.592572,0.500515,0.172641,0.262775,0.296688,0.680859,0.532112,0.643639,0.305717,0.114443,0.905609,0.0684275,0.607602,0.0678925,0.0562481,0.0341893,0.0297756,0.609198,0.134952,0.0136116,0.00169676,0.125594,0.189946,0.0202922,0.069985,0.154367,0.0102244,0.308408,0.0650296,0.0174269,0.640002,0.0128442,0.461982,0.137068,0.123638,0.0941731,0.460003,0.0328676,0.0454055,0.106846],
    scales: [0.185716,0.159302,0.16257,0.142771,0.158914,0.28755,0.16151,0.217757,0.133855,0.107479,0.152743,0.498968,0.45247,0.46071,0.318349,0.290923,0.252478,0.293335,0.219453,0.171269,0.145459,0.123924,0.48793,0.341672,0.115872,0.0299554,0.242858,0.208516,0.140998,0.160359,0.3613,0.100597,0.156153,0.132612,0.0803732,0.293816,0.0665415,0.161413,0.343919,0.329168,0.292069,0.498398,0.17829,0.208192,0.308917],
    weights: [0.425844,0.110296,0.120133,-0.707728,0.681382,0.241762,0.550654,-0.0380665,0.0169945,-0.123703,-0.119744,-1.46443e-14,0.0679387,-0.497784,1.29291e-14,0.100207,-0.0407301,0.100203,0.115211,0.240203,0.105386,0.193909,0.758039,-2.6468e-15,0.108014,0.026295,-0.024604,0.28477,-0.14804,0.207098,-0.0436322,-0.0450408,0.113019,0.293382,0.0650576,1.43758,-2.32638e-15,6.16359e-15,1.11798e-14,2.38889e-15,-3.69502e-15,-8.7675e-15,8.43646e-15,-5.25198e-15,3.14759e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.30864,2.45519,0.700326,0.936622,0.815088,0.647362,0.673637,0.70126,0.863835,0.829791,0.539496,0.0896621,0.197428,0.310899,0.447969,0.969755,0.0198895,0.0878128,0.97971,0.0258694,0.732359,0.12779,0.0820734,0.0539844,0.111943,0.784075,0.106857,0.0212545,0.0100747,0.41192,0.631297,0.0609685,0.179772,0.128567,0.0132597,0.387983,0.164043,0.249143,0.986177,0.0625628,0.436412,0.18921,0.112382,0.0870328,0.370036,0.0451089,0.040494,0.155736],
    scales: [1.91185,2.07196,0.2565,0.137414,0.317875,0.234742,0.223893,0.219644,0.175754,0.139945,0.314592,0.131449,0.131438,0.220744,0.497285,0.153991,0.139621,0.283022,0.138804,0.158745,0.278027,0.314097,0.253434,0.202735,0.29634,0.411462,0.308932,0.144231,0.0877811,0.306015,0.283744,0.239272,0.246459,0.33472,0.114385,0.181525,0.220767,0.273964,0.0543583,0.150655,0.152309,0.391676,0.315836,0.281883,0.482814,0.207543,0.197115,0.362605],
    weights: [-0.272509,0.221434,0.538126,0.118002,0.0811667,-0.0981998,-0.28649,0.467137,-0.12629,0.0431507,0.148474,0.0385421,-0.0799322,-0.204532,-0.211453,0.226812,0.0653096,-0.0630686,0.173904,0.107584,0.229241,-0.215424,0.133768,-0.0536491,0.269454,0.303062,-0.0274744,0.04991,-0.0298922,-0.0944545,0.0418381,-0.180998,0.173999,-0.0315306,-0.117695,-0.0152343,0.00672325,0.117943,0.0652009,-0.0454329,0.122366,0.303978,-0.0721284,0.205138,-0.0423894,0.0533364,-0.116209,-0.335908],
    bias: -0.196049,
  },
  threshold: 0.76,
  hedge: 0.26,
};
