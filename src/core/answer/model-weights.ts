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
    "squadWeight": 0.5,
    "targetPrecision": 0.9,
    "threshold": 0.75
  },
  "dev": {
    "newsTop1": 0.688235,
    "newsHandledRight": 0.409222,
    "squadHandledRight": 0.504702
  },
  "licence": "SQuAD 2.0 questions and Wikipedia text: CC BY-SA 4.0 (Rajpurkar, Jia & Liang 2018)."
} as const;

export const ANSWER_MODEL: AnswerModel = {
  ranker: {
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.417223,0.0865749,0.211302,0.262852,0.277713,0.592574,0.500505,0.172622,0.262797,0.296703,0.68087,0.532098,0.643627,0.305735,0.11444,0.905605,0.0684316,0.611008,0.067914,0.0562488,0.0342019,0.0288627,0.614567,0.00169566,0.125642,0.189936,0.0202697,0.0699762,0.154362,0.0102303,0.308369,0.0650328,0.017425,0.640024,0.0128502,0.461981,0.137067,0.123634,0.0941702,0.460004,0.0328697,0.0507571,0.101499],
    scales: [0.185701,0.1593,0.162561,0.14276,0.158896,0.287541,0.161498,0.217747,0.133853,0.107475,0.152722,0.498969,0.452467,0.460718,0.318345,0.290928,0.252485,0.29214,0.219509,0.171278,0.145503,0.124058,0.486698,0.0299492,0.242934,0.208516,0.140921,0.160341,0.361296,0.100626,0.156195,0.132608,0.0803688,0.29382,0.0665541,0.161414,0.343918,0.329163,0.292065,0.498398,0.178296,0.219501,0.301988],
    weights: [0.465945,0.105537,0.13292,-0.767079,0.696444,0.327338,0.559155,-0.0343956,-0.0200584,-0.124282,-0.1026,-3.07431e-15,0.0711026,-0.593492,-4.567e-15,0.0801591,-0.0314563,0.122287,0.0884749,0.185149,0.0634996,0.169501,0.716659,0.0291048,-0.0216732,0.281011,-0.146003,0.196905,-0.0389243,-0.0454463,0.15122,0.259645,0.0611935,1.3802,1.13165e-14,-2.32793e-15,-2.66327e-14,-1.68629e-15,3.05161e-14,4.44231e-16,1.09105e-14,4.95922e-15,-1.39017e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","role","proximity","forms","lead","position","negationMismatch","interrogative","length","previousCov","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.39753,2.35282,0.680419,0.938069,0.816463,0.656486,0.682028,0.710148,0.879206,0.833052,0.540745,0.0863448,0.193547,0.304497,0.478357,0.969841,0.0189708,0.0954827,0.975457,0.0264123,0.743156,0.118127,0.0848391,0.0558642,0.0942406,0.807672,0.00883905,0.407912,0.643879,0.0519862,0.153515,0.126821,0.0102715,0.395666,0.168996,0.257655,0.98818,0.0522953,0.44182,0.172833,0.115606,0.0887748,0.401949,0.0408762,0.0535583,0.126402],
    scales: [1.81261,1.98167,0.261139,0.13527,0.317661,0.232138,0.221268,0.216653,0.167955,0.139133,0.319979,0.129541,0.131379,0.219195,0.499531,0.153056,0.136422,0.29388,0.152539,0.160358,0.262604,0.304023,0.257786,0.206138,0.276103,0.394129,0.0814948,0.30033,0.284855,0.221999,0.234732,0.332772,0.100826,0.185465,0.220283,0.27685,0.0492439,0.139063,0.157453,0.378103,0.319752,0.284418,0.490292,0.198003,0.225144,0.332302],
    weights: [-0.372561,0.185,0.503125,0.120188,0.0847514,-0.0971944,-0.499658,0.652263,-0.160638,0.142298,0.130391,0.0304791,-0.0597708,-0.273719,-0.184245,0.234055,0.0553042,-0.0720468,0.173338,0.0951991,0.200061,-0.232306,0.0780376,-0.0745678,0.20617,0.339724,-0.0173044,-0.0814486,0.0713755,-0.233687,0.245154,-0.0738459,-0.109206,-0.0246677,0.0300018,0.118815,0.078537,-0.0510602,0.168491,0.307426,-0.0305158,0.205067,-0.105527,0.03989,-0.143993,-0.266464],
    bias: -0.310118,
  },
  threshold: 0.75,
};
