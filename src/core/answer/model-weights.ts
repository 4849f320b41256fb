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
    "squadWeight": 1,
    "gateSquadWeight": 0.1,
    "choiceTargets": [
      0.85,
      0.875,
      0.9
    ],
    "targetPrecision": 0.9,
    "threshold": 0.85,
    "hedgePrecision": 0.5,
    "hedge": 0.13
  },
  "dev": {
    "newsTop1": 0.695701,
    "newsHandledRight": 0.361667,
    "squadHandledRight": 0.509718
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
    means: [0.422008,0.0892922,0.212311,0.26378,0.278788,0.583572,0.501721,0.175421,0.264593,0.298954,0.679204,0.527625,0.646288,0.308894,0.107621,0.910782,0.0645063,0.598601,0.0682876,0.0555024,0.0320727,0.0314115,0.588741,0.129856,0.0122201,0.00129906,0.12764,0.189413,0.0230841,0.078107,0.157262,0.0848624,0.00824013,0.0129301,0.303184,0.0637036,0.28203,0.444994,0.0709067,0.0175391,0.634471,0.0146573,0.45773,0.144516,0.122371,0.0897365,0.442994,0.0394923,0.0468622,0.114027],
    scales: [0.187822,0.162995,0.163675,0.143841,0.159852,0.288445,0.162204,0.218617,0.135086,0.108303,0.153225,0.499236,0.451477,0.462037,0.309901,0.283763,0.245653,0.299602,0.219187,0.170245,0.141253,0.126621,0.492062,0.336145,0.109867,0.0254527,0.244912,0.206153,0.150171,0.169504,0.364047,0.278677,0.0904004,0.112973,0.155617,0.131725,0.161765,0.128641,0.179526,0.0808717,0.296346,0.072075,0.158617,0.351612,0.327714,0.285804,0.49674,0.194763,0.211344,0.317844],
    weights: [0.445781,0.086029,0.195796,-0.88381,0.440989,-0.00911151,0.307281,-0.0214624,-0.130898,-0.0435713,-0.0836496,-6.04633e-15,0.130746,-0.714642,6.33624e-15,0.0993888,-0.0931922,0.32676,0.016423,0.229579,-0.0153174,0.192648,0.57853,-2.27412e-14,0.0548282,0.0144735,-0.0330979,0.264246,-0.137611,0.175412,0.00702801,-0.0260191,-0.141646,-0.0373475,0.14389,-0.00254346,0.669414,0.0374168,0.750487,0.0494382,1.6127,-1.88713e-14,-1.05784e-14,-3.92872e-14,1.88162e-14,1.80737e-15,1.14802e-14,3.69027e-14,-3.90438e-15,-4.87472e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.3654,2.54323,0.710279,0.933809,0.814062,0.638067,0.663396,0.691925,0.853418,0.826643,0.541246,0.089246,0.20322,0.320216,0.454119,0.969369,0.0206633,0.0750663,0.978573,0.0231717,0.728649,0.13099,0.0881366,0.0475338,0.116277,0.753377,0.0975389,0.0172502,0.008046,0.412257,0.609778,0.0745317,0.196226,0.138393,0.0560479,0.00405041,0.0129531,0.380135,0.137426,0.72022,0.534448,0.0601808,0.239335,0.986628,0.0717196,0.426025,0.205543,0.109114,0.0784382,0.341448,0.0564591,0.0425396,0.166458],
    scales: [1.98139,2.21395,0.256221,0.142657,0.320144,0.240149,0.228196,0.223316,0.180592,0.142025,0.314431,0.132085,0.13403,0.224044,0.497891,0.153643,0.142254,0.263498,0.143849,0.150448,0.29864,0.319024,0.269782,0.19316,0.300371,0.431045,0.29669,0.130202,0.0767078,0.31536,0.281544,0.262634,0.261353,0.345312,0.230014,0.0635138,0.113072,0.179226,0.200073,0.216258,0.156525,0.181197,0.273751,0.0538707,0.160063,0.147712,0.404098,0.311783,0.26886,0.474195,0.230806,0.201817,0.372491],
    weights: [-0.352371,0.202957,0.664989,0.124636,0.126455,-0.0493328,-0.476107,0.284853,-0.04997,-0.0271757,0.167489,0.0349429,-0.0271674,-0.368866,-0.243531,0.255671,0.105432,-0.0161383,0.145701,0.114297,0.344489,-0.239458,0.431593,0.074121,0.26593,0.256622,-0.0678656,0.0490076,-0.056781,-0.129364,0.0363939,-0.0958188,0.0213592,-0.0399634,0.0139238,-0.152488,-0.0409823,0.054,0.0964408,0.315113,-0.00225277,0.129314,0.132912,0.018368,-0.0463189,0.0929332,0.359147,-0.308136,0.100206,0.0610833,0.10388,-0.0460042,-0.321237],
    bias: -0.0687045,
  },
  threshold: 0.85,
  hedge: 0.13,
};
