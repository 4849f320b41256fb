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
    "trainCandidates": 374961
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
    "threshold": 0.83,
    "hedgePrecision": 0.5,
    "hedge": 0.23
  },
  "dev": {
    "newsTop1": 0.710407,
    "newsHandledRight": 0.405,
    "squadHandledRight": 0.518495
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","segmentLoss","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421566,0.0891776,0.21383,0.265734,0.280124,0.58557,0.503268,0.177206,0.264634,0.298999,0.677144,0.529516,0.646674,0.30984,0.117087,0.904258,0.0530268,0.0203514,0.593369,0.0650977,0.0573568,0.0331721,0.031192,0.585613,0.129765,0.0122359,0.000896093,0.12709,0.187912,0.0231411,0.078286,0.157419,0.0846195,0.00813418,0.0121266,0.304091,0.0651957,0.283949,0.000481891,0.443559,0.0696545,0.0176543,0.635462,0.013524,0.45736,0.147141,0.124269,0.0906921,0.436824,0.0394841,0.0468422,0.114748],
    scales: [0.187941,0.162856,0.165808,0.146409,0.161057,0.288438,0.163312,0.220271,0.135768,0.109027,0.155614,0.499128,0.451201,0.462428,0.321524,0.292472,0.224087,0.141199,0.304963,0.215416,0.175364,0.144114,0.125782,0.492616,0.336045,0.109937,0.0195006,0.244631,0.20665,0.150351,0.169698,0.364195,0.278315,0.0898221,0.109451,0.155676,0.133786,0.16367,0.0093323,0.129091,0.178233,0.0811562,0.296062,0.0694539,0.158735,0.354246,0.329888,0.287171,0.495993,0.194744,0.211301,0.318718],
    weights: [0.203762,0.0894003,-0.0687672,-0.392993,0.504972,-0.200652,0.323836,-0.0298997,-0.109882,0.08216,0.0497409,-4.26755e-15,0.109033,-0.542405,1.26333e-15,0.343561,-0.21144,0.0934303,0.538717,-0.0678203,0.327737,0.0174512,0.188228,0.550467,2.51978e-14,0.0739384,0.0198121,-0.0136057,0.322427,-0.172905,0.238207,-0.0115308,0.0105204,-0.13854,-0.0165508,-0.00684755,0.014851,0.706735,-0.01285,0.03883,0.967146,0.100978,1.72437,2.83558e-14,2.42724e-14,-1.12618e-14,9.06907e-15,2.11591e-15,1.86032e-14,-4.90178e-15,-7.66004e-15,-2.06469e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","segmentLoss","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.49024,2.618,0.713703,0.919605,0.787611,0.635355,0.666445,0.691697,0.854796,0.826515,0.543425,0.0912507,0.200918,0.316222,0.46259,0.960764,0.029237,0.0880605,0.978716,0.00945782,0.0130559,0.741055,0.132604,0.0931739,0.0539106,0.12221,0.763822,0.0975389,0.0175175,0.00723729,0.41058,0.606354,0.0734832,0.197671,0.141065,0.0567058,0.00349528,0.0125419,0.383661,0.146115,0.722673,0.00142978,0.531946,0.0601053,0.242947,0.984964,0.0696201,0.425563,0.21058,0.112404,0.0801036,0.329811,0.0564591,0.0425396,0.168102],
    scales: [2.31985,2.31844,0.258797,0.159012,0.335332,0.246495,0.233041,0.226552,0.180825,0.144749,0.316988,0.134058,0.135713,0.227427,0.498599,0.178942,0.16847,0.283383,0.142618,0.0967903,0.113514,0.298411,0.321529,0.278877,0.207918,0.308841,0.424733,0.29669,0.131189,0.0694788,0.316998,0.285455,0.260928,0.260333,0.348089,0.23128,0.0590175,0.111286,0.179464,0.208113,0.217484,0.0193475,0.156563,0.181682,0.277158,0.0592619,0.158494,0.14787,0.407721,0.315863,0.271454,0.470144,0.230806,0.201817,0.373957],
    weights: [-0.278188,0.167449,0.656115,0.0821759,0.0842193,0.054131,-0.409228,0.140007,-0.167597,0.0430132,0.0739649,-0.0302782,-0.0941584,-0.426279,-0.247631,0.284474,0.147292,0.00309494,0.0742788,-0.144012,0.0538926,0.404037,-0.241959,0.389458,0.0611924,0.271332,0.206274,-0.069562,0.0394719,-0.042529,-0.105375,-0.0109318,-0.125598,0.0455728,-0.0491969,0.0659184,-0.178588,-0.0154023,0.0157658,0.0580706,0.261144,-0.0629361,-0.0386528,0.104689,0.122729,0.083748,-0.06309,0.0799016,0.36491,-0.309137,0.0974212,0.0833399,0.106395,-0.0559693,-0.347699],
    bias: -0.0303396,
  },
  threshold: 0.83,
  hedge: 0.23,
};
