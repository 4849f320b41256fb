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
    "gateL2": 10,
    "squadWeight": 0.25,
    "targetPrecision": 0.9,
    "threshold": 0.75
  },
  "dev": {
    "newsTop1": 0.67451,
    "newsHandledRight": 0.419308,
    "squadHandledRight": 0.497806
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
    means: [0.417207,0.0865755,0.211335,0.26288,0.277744,0.59258,0.500527,0.172639,0.262787,0.296702,0.680837,0.532108,0.643615,0.305743,0.114443,0.905606,0.0684396,0.610276,0.0679025,0.0562539,0.0341948,0.0281439,0.614526,0.00169779,0.12562,0.189958,0.0202983,0.0699896,0.154388,0.0102243,0.308446,0.0650504,0.017426,0.640011,0.0128446,0.46198,0.137067,0.123637,0.0941725,0.460006,0.0328674,0.0507584,0.101492],
    scales: [0.185703,0.159302,0.162561,0.142765,0.158905,0.287539,0.161508,0.217762,0.133868,0.107485,0.152741,0.498968,0.452478,0.460721,0.318348,0.290927,0.252499,0.291834,0.219471,0.171291,0.145475,0.11992,0.486707,0.0299727,0.242856,0.20852,0.141019,0.160379,0.36132,0.100597,0.156177,0.132626,0.0803719,0.293806,0.0665428,0.161414,0.343918,0.329167,0.292069,0.498398,0.178289,0.219504,0.301979],
    weights: [0.425721,0.112906,0.120484,-0.712535,0.689614,0.240678,0.542345,-0.0371466,0.0129721,-0.124819,-0.115962,3.3416e-15,0.0633566,-0.507387,4.07483e-15,0.100148,-0.0417885,0.121651,0.105266,0.237265,0.101303,0.174315,0.735634,0.0261782,-0.0246635,0.28382,-0.149375,0.207908,-0.0445307,-0.0453379,0.123629,0.294212,0.0657614,1.4344,-1.16897e-14,8.20425e-15,-1.41238e-14,2.80268e-15,-4.5944e-15,4.41142e-15,6.8873e-15,1.24601e-15,-7.90326e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.29368,2.44393,0.699351,0.936941,0.816831,0.647599,0.673861,0.70175,0.864039,0.829655,0.538982,0.0897102,0.197344,0.310915,0.447969,0.969257,0.0201495,0.0878128,0.979385,0.0258694,0.734179,0.12779,0.0821579,0.0540006,0.102639,0.793435,0.0100747,0.411654,0.631752,0.0607085,0.179341,0.129152,0.0132597,0.388263,0.164064,0.249115,0.986404,0.0625636,0.436412,0.18921,0.112382,0.0870328,0.370036,0.0451089,0.0544036,0.141826],
    scales: [1.89721,2.05784,0.256544,0.137278,0.31687,0.234262,0.223637,0.219373,0.175624,0.14016,0.315081,0.131397,0.131341,0.220789,0.497285,0.155654,0.140512,0.283022,0.139922,0.158745,0.273709,0.314097,0.253632,0.202801,0.284922,0.40484,0.0877811,0.305872,0.283275,0.238795,0.246016,0.335368,0.114385,0.181423,0.220836,0.273796,0.0535803,0.150656,0.152309,0.391676,0.315836,0.281883,0.482814,0.207543,0.226812,0.348872],
    weights: [-0.281163,0.207977,0.518787,0.100359,0.0980105,-0.0812692,-0.268967,0.476076,-0.121747,0.00127274,0.153878,0.021033,-0.0643013,-0.211408,-0.219959,0.230685,0.065833,-0.0625253,0.169217,0.110093,0.215634,-0.192922,0.148499,-0.0442936,0.22438,0.293842,-0.0318039,-0.100596,0.0298876,-0.200149,0.193004,-0.0366864,-0.11671,-0.00257435,0.0105647,0.128466,0.0567009,-0.0424664,0.138197,0.288645,-0.0832797,0.19444,-0.0395928,0.0587137,-0.140094,-0.294826],
    bias: -0.186717,
  },
  threshold: 0.75,
};
