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
    "trainCandidates": 374630
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 10,
    "squadWeight": 0.5,
    "gateSquadWeight": 0.1,
    "choiceTargets": [
      0.85,
      0.875,
      0.9
    ],
    "targetPrecision": 0.9,
    "threshold": 0.85,
    "hedgePrecision": 0.5,
    "hedge": 0.19
  },
  "dev": {
    "newsTop1": 0.70362,
    "newsHandledRight": 0.363333,
    "squadHandledRight": 0.514107
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421993,0.0892922,0.212363,0.263836,0.278923,0.583667,0.501098,0.174194,0.264857,0.299013,0.679147,0.532128,0.642157,0.312938,0.114123,0.905707,0.0666978,0.596504,0.0660839,0.0554041,0.0324256,0.0314584,0.587614,0.133745,0.0123322,0.000831042,0.127634,0.189426,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282093,0.444861,0.0728401,0.0175513,0.634468,0.014443,0.457656,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163724,0.143878,0.159914,0.288456,0.162258,0.218438,0.134998,0.108352,0.153256,0.498967,0.452628,0.463689,0.317961,0.290816,0.249498,0.302084,0.216584,0.170093,0.142232,0.126537,0.492264,0.340378,0.110363,0.018705,0.244908,0.206178,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161809,0.128698,0.18155,0.0809388,0.296354,0.0716641,0.15861,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.411515,0.0956318,0.180683,-0.840385,0.446238,-0.114104,0.291103,-0.00921659,-0.100537,-0.0222468,-0.0825796,-1.78064e-14,0.120147,-0.622165,-5.59999e-15,0.137063,-0.0944926,0.495253,-0.052329,0.285816,-0.0240836,0.193341,0.511114,-1.49884e-15,0.0621853,0.0157189,-0.0425668,0.262799,-0.162505,0.205302,-0.00167156,-0.00975433,-0.137545,-0.0390575,0.120652,0.00555802,0.690398,0.0387804,0.879507,0.0540315,1.67114,3.2676e-15,-1.06674e-14,1.84572e-14,-9.84581e-15,-8.15764e-15,-5.18169e-16,1.04177e-14,1.44326e-14,-8.22215e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.34149,2.57699,0.714436,0.930429,0.809054,0.636076,0.661719,0.692252,0.853304,0.820204,0.526468,0.0946454,0.204212,0.321324,0.479491,0.946766,0.0444518,0.082283,0.97688,0.0242202,0.734592,0.129263,0.0882024,0.0496957,0.120383,0.756523,0.107202,0.0181138,0.00714819,0.410888,0.608421,0.0740588,0.19651,0.138372,0.0548348,0.00355696,0.0131587,0.380153,0.140812,0.720355,0.532488,0.0655385,0.239668,0.985563,0.0708649,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.15426,2.23962,0.255271,0.147829,0.323155,0.242166,0.229564,0.223811,0.181038,0.149618,0.325868,0.135053,0.134718,0.224385,0.499579,0.207489,0.206097,0.274795,0.148936,0.153732,0.299185,0.317427,0.270198,0.19818,0.306552,0.429181,0.30937,0.133363,0.0689435,0.315189,0.283006,0.261867,0.260913,0.34529,0.227658,0.0595341,0.113954,0.178764,0.204383,0.216793,0.157185,0.187919,0.274834,0.0573347,0.159393,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.253031,0.174939,0.672957,0.143957,0.102931,-0.0360749,-0.520032,0.254007,-0.0971129,-0.0101773,0.166679,0.0188855,-0.0456239,-0.381514,-0.241093,0.102924,0.0492328,-0.0267816,0.167272,0.116063,0.364048,-0.250091,0.393313,0.0676974,0.311484,0.207485,-0.0539083,0.041469,-0.0463866,-0.11164,0.0127215,-0.101555,0.0149896,-0.0448577,0.0387459,-0.178299,-0.0414028,0.049877,0.0547762,0.350006,-0.00582712,0.0620996,0.113976,0.0186834,-0.031408,0.0825244,0.364608,-0.295973,0.10469,0.0826334,0.11754,-0.0352372,-0.381146],
    bias: -0.0564117,
  },
  threshold: 0.85,
  hedge: 0.19,
};
