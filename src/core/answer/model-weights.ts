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
    "hedge": 0.12
  },
  "dev": {
    "newsTop1": 0.700226,
    "newsHandledRight": 0.363333,
    "squadHandledRight": 0.51348
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
    means: [0.421993,0.0892922,0.212355,0.263828,0.278915,0.583659,0.50109,0.174178,0.264866,0.299021,0.679155,0.532128,0.642149,0.312954,0.114123,0.905707,0.0666978,0.596183,0.0660807,0.0554064,0.0324256,0.0314674,0.587606,0.133745,0.0123322,0.00129194,0.127634,0.18942,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282085,0.444859,0.0728401,0.0175406,0.634468,0.0144512,0.457657,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163697,0.14385,0.15989,0.288451,0.162246,0.218414,0.134998,0.108349,0.153234,0.498967,0.452626,0.463696,0.317961,0.290816,0.249498,0.301737,0.216601,0.1701,0.142232,0.126496,0.492265,0.340378,0.110363,0.0253831,0.244908,0.20617,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161785,0.128702,0.18155,0.0808751,0.296354,0.0716917,0.158607,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.407383,0.0926991,0.183816,-0.832496,0.451719,-0.13364,0.288559,-0.00961652,-0.100164,-0.0191527,-0.0842344,-1.59986e-15,0.121145,-0.614189,2.61746e-14,0.141207,-0.0896037,0.376532,0.00811788,0.320303,0.00919348,0.196673,0.577813,-1.26331e-14,0.0612934,0.00994672,-0.0414173,0.266507,-0.157413,0.198793,-0.00167425,-0.012044,-0.138695,-0.0381788,0.113874,0.00783629,0.686652,0.0438704,0.881638,0.0506814,1.68088,1.12112e-14,-4.26582e-15,-7.65122e-16,1.27511e-15,-1.01439e-14,1.46864e-14,-1.5315e-14,-1.39347e-14,2.81404e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.32258,2.56715,0.713731,0.930204,0.808612,0.635925,0.661566,0.691991,0.853345,0.820066,0.526032,0.0948725,0.204267,0.321508,0.479491,0.946622,0.0450686,0.082283,0.9769,0.0242202,0.731407,0.129834,0.0882199,0.0497553,0.118585,0.757099,0.107202,0.0181343,0.00810083,0.410773,0.607557,0.0738532,0.195973,0.140017,0.0558628,0.00355696,0.0131587,0.380657,0.140692,0.720315,0.532216,0.0656091,0.238606,0.986073,0.0712812,0.425861,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.12997,2.22763,0.255278,0.14768,0.323542,0.241797,0.229377,0.223574,0.181003,0.149674,0.325915,0.135364,0.134837,0.224332,0.499579,0.207303,0.207455,0.274795,0.14887,0.153732,0.298238,0.318292,0.27023,0.198191,0.303316,0.428836,0.30937,0.133437,0.0767914,0.315504,0.283104,0.261532,0.260618,0.347005,0.229657,0.0595341,0.113954,0.178626,0.204406,0.216379,0.157203,0.188113,0.273937,0.0558304,0.159868,0.147657,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.302522,0.186124,0.673884,0.119556,0.119248,-0.0421732,-0.47172,0.272365,-0.0741423,-0.0147224,0.173637,0.0214925,-0.0298406,-0.364215,-0.241688,0.111447,0.0545202,-0.0183045,0.164474,0.11675,0.368328,-0.241742,0.390334,0.0632837,0.250626,0.225553,-0.0502054,0.0391144,-0.0591898,-0.120941,0.00842352,-0.102246,0.00980624,-0.0419727,0.0227378,-0.177848,-0.0400969,0.0379672,0.0620179,0.335574,-0.0080315,0.08889,0.120668,0.0231616,-0.0130732,0.0958907,0.354541,-0.294673,0.10329,0.0580613,0.110208,-0.042992,-0.330508],
    bias: -0.0621264,
  },
  threshold: 0.85,
  hedge: 0.12,
};
