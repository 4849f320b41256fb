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
    "trainCandidates": 375119
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
    "threshold": 0.87,
    "hedgePrecision": 0.5,
    "hedge": 0.15
  },
  "dev": {
    "newsTop1": 0.70362,
    "newsHandledRight": 0.3525,
    "squadHandledRight": 0.507837
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
    means: [0.421838,0.0892355,0.214046,0.265554,0.280133,0.585407,0.503041,0.176777,0.264678,0.299065,0.677371,0.529683,0.646486,0.30995,0.117056,0.904312,0.0529912,0.0202896,0.593505,0.0648328,0.0572741,0.0340627,0.0311678,0.585689,0.133672,0.0123268,0.00088683,0.127143,0.187836,0.0229554,0.0779252,0.157203,0.0847731,0.00812809,0.0131025,0.30294,0.0648653,0.283786,0.444155,0.0715361,0.0176187,0.63542,0.0135235,0.457331,0.147276,0.124414,0.0908378,0.436336,0.0394835,0.0468278,0.114825],
    scales: [0.18788,0.162907,0.165532,0.145897,0.160884,0.288387,0.16306,0.220025,0.135724,0.108995,0.155157,0.499118,0.451279,0.462473,0.321487,0.292394,0.224016,0.140989,0.304586,0.214632,0.174933,0.146604,0.125659,0.492603,0.3403,0.11034,0.0194055,0.244769,0.206483,0.149761,0.169142,0.363992,0.278544,0.0897888,0.113714,0.155382,0.1335,0.163448,0.129721,0.180191,0.0810742,0.296037,0.0694274,0.158747,0.354381,0.330053,0.287378,0.49593,0.194742,0.21127,0.318811],
    weights: [0.346357,0.0810375,0.0736938,-0.759898,0.534718,-0.164721,0.292213,-0.0161958,-0.103438,0.0355213,-0.00205995,2.71429e-14,0.0911281,-0.548921,-1.04391e-15,0.340905,-0.190914,0.0884813,0.531474,-0.0254006,0.352953,0.0195914,0.193595,0.503071,9.61354e-15,0.0734914,0.0182508,-0.0102051,0.319584,-0.173354,0.234936,-0.0117234,0.00670194,-0.138327,-0.0438233,0.0781431,-0.00555022,0.741936,0.0447872,0.957003,0.0947949,1.68979,1.97085e-14,1.02236e-14,8.83543e-16,1.49045e-14,-1.42324e-14,1.53976e-14,-1.86851e-14,-1.66083e-14,-5.07153e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.50628,2.60973,0.714686,0.918922,0.78712,0.634484,0.660338,0.691281,0.855236,0.823005,0.535504,0.0915624,0.204181,0.322623,0.462796,0.960243,0.0293604,0.0880605,0.978435,0.00968399,0.0130765,0.738873,0.132913,0.0927699,0.0537574,0.121427,0.759833,0.107202,0.0181549,0.00744975,0.410103,0.605105,0.0732775,0.197067,0.138557,0.0562535,0.00324856,0.0133643,0.380937,0.145945,0.721586,0.532709,0.0653287,0.242089,0.985791,0.0695888,0.425563,0.210786,0.112815,0.0805148,0.328783,0.0564591,0.0425396,0.168102],
    scales: [2.24508,2.30453,0.257544,0.160371,0.335853,0.244725,0.232325,0.225596,0.180192,0.146639,0.319911,0.13428,0.135353,0.226656,0.498614,0.180166,0.168814,0.283383,0.143737,0.0979296,0.113602,0.299648,0.321723,0.277774,0.207323,0.307949,0.427185,0.30937,0.133511,0.0709371,0.317376,0.284839,0.260592,0.26008,0.345484,0.230411,0.0569034,0.114829,0.178502,0.209496,0.217117,0.156848,0.188026,0.276654,0.057221,0.158422,0.14787,0.407867,0.316367,0.272089,0.469771,0.230806,0.201817,0.373957],
    weights: [-0.22431,0.174247,0.653058,0.11444,0.0778034,0.00690014,-0.551789,0.221915,-0.136165,0.0787694,0.0831718,-0.00442679,-0.074164,-0.426637,-0.255544,0.283626,0.160729,0.00189759,0.0738249,-0.143307,0.0581839,0.376859,-0.201172,0.345776,0.0928686,0.239982,0.219329,-0.0510839,0.0307457,-0.0501463,-0.115881,-0.0201976,-0.113336,0.0433042,-0.0505693,0.0687674,-0.166508,-0.0546699,0.00500965,0.025698,0.314675,-0.0235092,0.0592476,0.131836,0.0546607,-0.0578173,0.0780267,0.333831,-0.268221,0.0803703,0.0748881,0.0903162,-0.0559353,-0.315296],
    bias: -0.0450979,
  },
  threshold: 0.87,
  hedge: 0.15,
};
