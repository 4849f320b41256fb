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
    "newsTop1": 0.707014,
    "newsHandledRight": 0.363333,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.421774,0.0891767,0.2141,0.265711,0.280085,0.585513,0.503203,0.177081,0.264654,0.298966,0.677253,0.529497,0.646654,0.30982,0.117091,0.904258,0.0530265,0.020321,0.593613,0.0647219,0.0572429,0.0341026,0.0311483,0.585748,0.129769,0.0122219,0.000895154,0.127126,0.18792,0.0229638,0.0778998,0.157421,0.0847934,0.00812572,0.0123313,0.303093,0.0649766,0.283883,0.444059,0.0696044,0.0176601,0.635439,0.0135256,0.45737,0.147124,0.124438,0.0906897,0.436661,0.0394819,0.0468422,0.114763],
    scales: [0.187893,0.162851,0.165631,0.146361,0.161013,0.288443,0.16324,0.220188,0.135699,0.108998,0.155557,0.499129,0.451198,0.462419,0.321529,0.292472,0.224086,0.141096,0.30453,0.214434,0.174794,0.146961,0.125607,0.492592,0.336049,0.109875,0.0194925,0.24474,0.206561,0.149788,0.169127,0.364197,0.278574,0.0897758,0.110359,0.155376,0.133577,0.163594,0.129603,0.178144,0.0811624,0.296071,0.0694343,0.158735,0.35423,0.330081,0.287167,0.495972,0.194738,0.211301,0.318736],
    weights: [0.198188,0.0910643,-0.0775094,-0.369332,0.49769,-0.217534,0.306915,-0.032561,-0.113232,0.0869464,0.0523674,-5.48541e-15,0.0902567,-0.558371,-6.09234e-15,0.342716,-0.209687,0.0885548,0.578829,-0.0589758,0.322366,0.0115566,0.17234,0.512463,-7.97792e-15,0.07431,0.0165314,-0.0129549,0.322687,-0.17088,0.236572,-0.00977622,0.00797005,-0.137534,-0.0132176,-0.0137088,0.0130442,0.71656,0.0301292,0.974959,0.101466,1.75669,7.04693e-15,6.76274e-17,-4.94953e-15,1.38786e-15,-1.72473e-14,2.29798e-14,-1.79893e-14,1.84466e-14,-4.34662e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.49927,2.61809,0.713793,0.91935,0.787625,0.635009,0.666067,0.691356,0.855066,0.826239,0.542791,0.0912743,0.200969,0.316793,0.46259,0.960394,0.0291959,0.0880605,0.97897,0.00945782,0.0128297,0.74049,0.132803,0.0933178,0.0540268,0.121531,0.76304,0.0975389,0.0173325,0.00730582,0.41117,0.606072,0.0735037,0.196996,0.140243,0.0566647,0.00328968,0.0119251,0.381971,0.145415,0.722329,0.532232,0.0602254,0.242741,0.985302,0.0695901,0.425563,0.21058,0.112815,0.0801036,0.329399,0.0564591,0.0425396,0.168102],
    scales: [2.31246,2.32187,0.258546,0.159346,0.335029,0.246542,0.232982,0.226562,0.180657,0.144795,0.317254,0.133971,0.135588,0.227495,0.498599,0.179778,0.168355,0.283383,0.141764,0.0967903,0.112539,0.29906,0.321918,0.278919,0.208346,0.3079,0.425217,0.29669,0.130507,0.0696359,0.317122,0.285216,0.260962,0.26031,0.347239,0.231201,0.0572613,0.108549,0.177949,0.207946,0.217544,0.156608,0.181992,0.277156,0.0584074,0.158423,0.14787,0.407721,0.316367,0.271454,0.469995,0.230806,0.201817,0.373957],
    weights: [-0.32761,0.167874,0.645752,0.0732948,0.0978172,0.025489,-0.397256,0.146845,-0.149981,0.0690483,0.0587127,-0.0249652,-0.0852555,-0.415493,-0.252453,0.290488,0.148279,0.00406602,0.0761468,-0.148665,0.0564382,0.404862,-0.220154,0.388622,0.0611526,0.271592,0.221608,-0.0519548,0.0429752,-0.0427293,-0.102394,0.00503665,-0.136543,0.0669074,-0.0534923,0.0709958,-0.171759,-0.0150792,-0.0128429,0.0527543,0.299462,-0.0449552,0.113754,0.134055,0.08329,-0.0512797,0.0782222,0.348977,-0.29144,0.0996672,0.0740482,0.100284,-0.0582763,-0.329785],
    bias: -0.0294751,
  },
  threshold: 0.86,
  hedge: 0.16,
};
