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
    "threshold": 0.86,
    "hedgePrecision": 0.5,
    "hedge": 0.17
  },
  "dev": {
    "newsTop1": 0.70362,
    "newsHandledRight": 0.353333,
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
    means: [0.421993,0.0892922,0.212355,0.263828,0.278915,0.583659,0.50109,0.174178,0.264866,0.299021,0.679155,0.532128,0.642149,0.312954,0.114123,0.905707,0.0666978,0.596502,0.0660693,0.0554064,0.0324256,0.031469,0.587609,0.133745,0.0123322,0.00128393,0.127634,0.18942,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282085,0.444859,0.0728401,0.0175406,0.634468,0.0144512,0.457657,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163697,0.14385,0.15989,0.288451,0.162246,0.218414,0.134998,0.108349,0.153234,0.498967,0.452626,0.463696,0.317961,0.290816,0.249498,0.302068,0.216574,0.1701,0.142232,0.126501,0.492265,0.340378,0.110363,0.0252253,0.244908,0.20617,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161785,0.128702,0.18155,0.0808751,0.296354,0.0716917,0.158607,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.410023,0.0930668,0.185098,-0.838374,0.449738,-0.133812,0.286945,-0.00890452,-0.101145,-0.0197589,-0.0870214,2.31381e-14,0.122338,-0.613218,-2.62824e-16,0.138721,-0.0908189,0.457405,-0.033645,0.288705,-0.0190428,0.16935,0.549877,-5.49197e-15,0.0619923,0.0100563,-0.0409892,0.265786,-0.157419,0.198491,-0.0020613,-0.01139,-0.137251,-0.0382916,0.115059,0.00764918,0.686863,0.043636,0.88068,0.0510097,1.68286,1.55325e-14,7.92701e-17,1.25961e-14,-2.90801e-14,5.6533e-15,1.47679e-14,-8.54701e-15,-1.3015e-14,1.68686e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.30996,2.56763,0.713938,0.929916,0.80831,0.635794,0.661461,0.691942,0.853171,0.819987,0.525926,0.0948809,0.204273,0.321646,0.479491,0.946622,0.0450686,0.082283,0.97688,0.0242202,0.733557,0.129934,0.0882199,0.0498191,0.118585,0.758106,0.107202,0.0181343,0.00803915,0.410484,0.607495,0.0738532,0.196143,0.139996,0.0558423,0.00355696,0.0131587,0.38075,0.140842,0.720232,0.532226,0.0656042,0.238461,0.985874,0.0712812,0.425861,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.13822,2.22614,0.255195,0.148096,0.323717,0.241898,0.229502,0.223658,0.181062,0.149725,0.325982,0.135364,0.13484,0.224554,0.499579,0.207303,0.207455,0.274795,0.148936,0.153732,0.299081,0.318377,0.27023,0.198429,0.303316,0.42823,0.30937,0.133437,0.0763952,0.315562,0.283182,0.261532,0.260636,0.346983,0.229617,0.0595341,0.113954,0.178797,0.20458,0.216566,0.15719,0.188094,0.273977,0.0562028,0.159868,0.147657,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.292269,0.192696,0.662556,0.10834,0.124731,-0.0418864,-0.466332,0.275117,-0.0736092,-0.018683,0.174655,0.0233601,-0.0331844,-0.363185,-0.242698,0.112632,0.0553257,-0.0213678,0.16455,0.117397,0.353912,-0.220058,0.396792,0.0715283,0.259715,0.22074,-0.0492223,0.0390511,-0.0625272,-0.119414,0.00957963,-0.103616,0.0161985,-0.0400214,0.0258002,-0.177971,-0.0407315,0.0362231,0.0646243,0.321234,-0.00804451,0.0823477,0.117637,0.0156272,-0.013799,0.0949213,0.345634,-0.298882,0.0964203,0.0741969,0.112399,-0.0367101,-0.337615],
    bias: -0.0561287,
  },
  threshold: 0.86,
  hedge: 0.17,
};
