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
    "hedge": 0.15
  },
  "dev": {
    "newsTop1": 0.695701,
    "newsHandledRight": 0.3625,
    "squadHandledRight": 0.509091
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
    means: [0.422008,0.0892922,0.212311,0.26378,0.278788,0.583572,0.501721,0.175421,0.264593,0.298954,0.679204,0.527625,0.646288,0.308894,0.107621,0.910782,0.0645063,0.597454,0.0682563,0.0555469,0.0318099,0.0314115,0.58877,0.129856,0.0122201,0.00131774,0.12764,0.189413,0.0230841,0.078107,0.157262,0.0848624,0.00824013,0.0129301,0.303184,0.0637036,0.28203,0.444994,0.0709067,0.0175391,0.634471,0.0146573,0.45773,0.144516,0.122371,0.0897365,0.442994,0.0394923,0.0468622,0.114027],
    scales: [0.187822,0.162995,0.163675,0.143841,0.159852,0.288445,0.162204,0.218617,0.135086,0.108303,0.153225,0.499236,0.451477,0.462037,0.309901,0.283763,0.245653,0.298471,0.219103,0.170402,0.13971,0.126621,0.492057,0.336145,0.109867,0.0255854,0.244912,0.206153,0.150171,0.169504,0.364047,0.278677,0.0904004,0.112973,0.155617,0.131725,0.161765,0.128641,0.179526,0.0808717,0.296346,0.072075,0.158617,0.351612,0.327714,0.285804,0.49674,0.194763,0.211344,0.317844],
    weights: [0.397874,0.0930076,0.191336,-0.853237,0.462101,-0.160913,0.302694,-0.0201063,-0.10382,-0.0276416,-0.0921254,3.37235e-15,0.131061,-0.600882,2.85371e-15,0.127122,-0.109622,0.410146,-0.0191802,0.275162,0.000810173,0.175534,0.573622,9.85173e-15,0.0623343,0.0147237,-0.0408182,0.266254,-0.150435,0.195687,0.00177559,-0.0143826,-0.137298,-0.0379073,0.108368,0.00841599,0.687773,0.0416505,0.884774,0.0516031,1.70332,8.14228e-15,2.24304e-15,-2.57489e-16,-8.18195e-15,1.38713e-15,9.70399e-15,1.39662e-14,2.01582e-14,-3.00092e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.32623,2.56749,0.713087,0.930234,0.808811,0.635847,0.661263,0.690839,0.852949,0.825111,0.539075,0.0907287,0.204291,0.32177,0.454119,0.968694,0.0213007,0.0750663,0.979251,0.0227604,0.732455,0.132884,0.0884573,0.0486101,0.11705,0.758538,0.0975389,0.0175175,0.00838182,0.410394,0.607937,0.0725991,0.195027,0.139791,0.0562535,0.0035364,0.0135699,0.380594,0.140495,0.719963,0.534009,0.0603691,0.238554,0.986066,0.0717196,0.426025,0.205543,0.109114,0.0784382,0.341448,0.0564591,0.0425396,0.166458],
    scales: [2.06478,2.22529,0.25571,0.147907,0.32354,0.241325,0.22945,0.224286,0.181039,0.143433,0.315037,0.133424,0.134858,0.224602,0.497891,0.156022,0.144385,0.263498,0.141208,0.149139,0.295553,0.321547,0.270479,0.195421,0.301507,0.42797,0.29669,0.131189,0.0773689,0.315556,0.282496,0.259477,0.259002,0.34677,0.230411,0.0593624,0.115697,0.178538,0.203846,0.216402,0.156208,0.181716,0.273981,0.0559081,0.160063,0.147712,0.404098,0.311783,0.26886,0.474195,0.230806,0.201817,0.372491],
    weights: [-0.285812,0.18929,0.652395,0.114297,0.125523,-0.0226899,-0.501865,0.266746,-0.0571959,0.00809902,0.133978,0.0292205,-0.0420918,-0.374926,-0.233174,0.261885,0.109598,-0.0250279,0.136329,0.114034,0.310325,-0.235021,0.392693,0.0786403,0.283989,0.246189,-0.0597075,0.0390125,-0.052738,-0.124375,0.00751652,-0.0978604,0.0162028,-0.0481349,0.0314075,-0.176676,-0.0468607,0.0430084,0.062515,0.306575,-0.0079293,0.117723,0.115928,0.0288639,-0.037071,0.0876667,0.354523,-0.287049,0.108688,0.0699477,0.112436,-0.0439193,-0.357708],
    bias: -0.0610919,
  },
  threshold: 0.85,
  hedge: 0.15,
};
