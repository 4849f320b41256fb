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
    "trainCandidates": 374982
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
    "threshold": 0.86,
    "hedgePrecision": 0.5,
    "hedge": 0.16
  },
  "dev": {
    "newsTop1": 0.704751,
    "newsHandledRight": 0.36,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.4218,0.0891766,0.214099,0.265462,0.280062,0.585507,0.503037,0.17682,0.264663,0.299027,0.67752,0.529497,0.646636,0.309823,0.117091,0.904281,0.0530079,0.0202996,0.593599,0.0647123,0.0572949,0.0340351,0.0311588,0.585804,0.129769,0.0122139,0.000895154,0.12712,0.187922,0.0229611,0.0778826,0.157381,0.0847854,0.00812572,0.0123286,0.303027,0.0649835,0.28379,0.444078,0.0696007,0.0176598,0.635435,0.0135255,0.45737,0.147124,0.124438,0.0906897,0.436661,0.0394819,0.0468422,0.114763],
    scales: [0.18789,0.162851,0.165632,0.146011,0.160984,0.288432,0.163118,0.220022,0.135688,0.108945,0.155265,0.499129,0.451196,0.46242,0.321529,0.292438,0.224049,0.141023,0.304486,0.214416,0.174977,0.146583,0.125644,0.492583,0.336049,0.10984,0.0194925,0.244737,0.206557,0.149779,0.169111,0.36416,0.278562,0.0897758,0.110348,0.155351,0.13358,0.163476,0.129613,0.178136,0.0811622,0.296063,0.0694341,0.158735,0.35423,0.330081,0.287167,0.495972,0.194738,0.211301,0.318736],
    weights: [0.360531,0.0800921,0.0807795,-0.789832,0.539822,-0.188367,0.304614,-0.0272335,-0.108751,0.0263545,-0.00973202,2.77843e-15,0.0906439,-0.546392,4.65701e-15,0.345351,-0.196614,0.0915791,0.577095,-0.0581441,0.326036,0.0135408,0.174837,0.506744,3.30434e-16,0.0743997,0.0179995,-0.0199362,0.31296,-0.171891,0.236419,-0.00998085,0.00797404,-0.138008,-0.0156319,0.0774037,-0.00448778,0.738442,0.0312286,0.970581,0.10496,1.7172,1.02358e-14,1.19202e-14,1.29917e-14,-5.73521e-15,-3.46506e-15,-7.29458e-15,8.31195e-15,5.41733e-15,-6.45844e-16],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.50712,2.61823,0.715691,0.918764,0.786813,0.634583,0.659773,0.690743,0.855441,0.822669,0.535483,0.0920849,0.204052,0.323321,0.46259,0.959928,0.0293809,0.0880605,0.978435,0.00966342,0.0128914,0.740028,0.132797,0.0930372,0.0537543,0.12197,0.761642,0.0975389,0.0171063,0.00751828,0.409363,0.604956,0.073257,0.196816,0.1394,0.0566647,0.00324856,0.0127475,0.380849,0.145533,0.720979,0.532449,0.0600866,0.242546,0.98573,0.0695901,0.425563,0.21058,0.112815,0.0801036,0.329399,0.0564591,0.0425396,0.168102],
    scales: [2.2462,2.30756,0.257168,0.160617,0.336367,0.246123,0.233635,0.22652,0.18042,0.147635,0.320631,0.1343,0.135269,0.227786,0.498599,0.181108,0.168872,0.283383,0.143737,0.0978266,0.112806,0.299267,0.321766,0.278333,0.207774,0.308785,0.426079,0.29669,0.129668,0.0710908,0.31697,0.285288,0.260558,0.260065,0.346363,0.231201,0.0569034,0.112183,0.178115,0.208513,0.217832,0.157259,0.181634,0.276807,0.0572966,0.158423,0.14787,0.407721,0.316367,0.271454,0.469995,0.230806,0.201817,0.373957],
    weights: [-0.23715,0.178088,0.63139,0.111895,0.0830361,0.0360146,-0.569587,0.211192,-0.138489,0.0806276,0.0806994,-0.0131557,-0.0867335,-0.405404,-0.242323,0.27118,0.146511,-0.0013538,0.0712134,-0.137672,0.051731,0.386694,-0.213499,0.350077,0.0857689,0.232234,0.216125,-0.0476634,0.0297973,-0.049774,-0.102087,-0.00671185,-0.119273,0.0538086,-0.0484259,0.0661867,-0.167182,-0.0279711,-0.00142569,0.0324617,0.318912,-0.0435895,0.0850735,0.121067,0.0674839,-0.0620729,0.085421,0.337534,-0.272642,0.0812758,0.0641998,0.104839,-0.0516908,-0.31385],
    bias: -0.0298568,
  },
  threshold: 0.86,
  hedge: 0.16,
};
