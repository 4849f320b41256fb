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
    "hedge": 0.18
  },
  "dev": {
    "newsTop1": 0.701357,
    "newsHandledRight": 0.3675,
    "squadHandledRight": 0.514734
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","nameReplaced","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421993,0.0892922,0.212363,0.263836,0.278923,0.583667,0.501098,0.174194,0.264857,0.299013,0.679147,0.532128,0.642157,0.312938,0.114123,0.905707,0.0666978,0.208838,0.0211462,0.596561,0.0660605,0.0554041,0.0324,0.0315902,0.587737,0.133745,0.0123322,0.000832822,0.127634,0.189426,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282093,0.444861,0.0728401,0.0175513,0.634468,0.014443,0.457656,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163724,0.143878,0.159914,0.288456,0.162258,0.218438,0.134998,0.108352,0.153256,0.498967,0.452628,0.463689,0.317961,0.290816,0.249498,0.406478,0.143872,0.302057,0.216512,0.170093,0.142156,0.127118,0.492242,0.340378,0.110363,0.0187208,0.244908,0.206178,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161809,0.128698,0.18155,0.0809388,0.296354,0.0716641,0.15861,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.411938,0.0938905,0.177079,-0.832188,0.447001,-0.118485,0.287668,-0.00656768,-0.10146,-0.0194044,-0.0817351,7.34698e-15,0.174168,-0.608887,-3.55845e-15,0.241149,-0.0786716,0.0699315,0.103736,0.464275,-0.0318931,0.291838,-0.0165104,0.199415,0.53172,-1.60725e-15,0.0600565,0.0153884,-0.0424754,0.259752,-0.161318,0.205199,-0.00304824,-0.00745996,-0.137255,-0.0386526,0.116399,0.00635116,0.686576,0.0416032,0.882647,0.0562449,1.67616,7.77071e-15,-7.96843e-15,-1.34264e-14,2.59509e-15,-4.53702e-15,1.01933e-14,-1.48129e-15,-2.9692e-15,2.36149e-16],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","nameReplaced","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.35889,2.58113,0.714833,0.930023,0.808199,0.635873,0.661469,0.691935,0.853513,0.820126,0.526394,0.094783,0.204201,0.321635,0.479491,0.946714,0.0444518,0.082283,0.97614,0.0242202,0.0422723,0.0157493,0.735227,0.129925,0.0882024,0.0499342,0.120344,0.758579,0.107202,0.0183194,0.00707966,0.410631,0.607968,0.0740383,0.196377,0.138804,0.0548554,0.00355696,0.0129531,0.380086,0.141142,0.720331,0.532207,0.0655972,0.239292,0.985804,0.0708649,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.14917,2.24333,0.255209,0.148138,0.323703,0.242208,0.229665,0.223968,0.180944,0.149565,0.326014,0.135097,0.134678,0.224509,0.499579,0.207232,0.206097,0.274795,0.151455,0.153732,0.20121,0.124504,0.298667,0.318258,0.270198,0.198881,0.306526,0.427945,0.30937,0.134104,0.0687847,0.314928,0.282875,0.261833,0.260846,0.345742,0.227698,0.0595341,0.113072,0.178324,0.204664,0.216824,0.157017,0.188068,0.274865,0.0568676,0.159393,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.271907,0.183397,0.673238,0.137369,0.107037,-0.037424,-0.515761,0.251136,-0.0807792,-0.00578069,0.152272,0.0155311,-0.0569152,-0.387657,-0.242606,0.0711572,0.0760492,-0.0309419,0.219275,0.123351,-0.0816424,0.0600335,0.357675,-0.236714,0.390354,0.0741237,0.31056,0.219703,-0.0583483,0.0390452,-0.0472941,-0.117123,0.0141593,-0.105884,0.0133979,-0.0458942,0.0398395,-0.179039,-0.0420937,0.0413818,0.0578391,0.336659,-0.0123009,0.0740771,0.117171,0.017128,-0.0272289,0.0854752,0.355721,-0.289334,0.101236,0.0828355,0.115016,-0.0371391,-0.372255],
    bias: -0.0550655,
  },
  threshold: 0.85,
  hedge: 0.18,
};
