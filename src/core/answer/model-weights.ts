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
    "trainCandidates": 374631
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
    means: [0.42198,0.0892921,0.212322,0.263794,0.278805,0.583635,0.501736,0.175435,0.26459,0.298954,0.679188,0.527623,0.64632,0.308848,0.107621,0.91079,0.0645008,0.5978,0.0682561,0.0559449,0.031796,0.0313749,0.58898,0.129856,0.0122227,0.00131774,0.127643,0.189425,0.0230921,0.0781128,0.157358,0.0848755,0.00824278,0.0129327,0.30326,0.0637037,0.282048,0.444957,0.07091,0.0175397,0.63454,0.0146572,0.45773,0.144516,0.122371,0.0897363,0.442993,0.0394922,0.0468621,0.11403],
    scales: [0.187821,0.162995,0.16367,0.143837,0.159849,0.288429,0.1622,0.218623,0.135089,0.108304,0.153223,0.499236,0.451466,0.462018,0.309901,0.283751,0.245643,0.298372,0.219102,0.171539,0.139587,0.126461,0.492019,0.336145,0.109879,0.0255854,0.244907,0.206149,0.150196,0.169525,0.364138,0.278696,0.0904148,0.112984,0.15563,0.131722,0.161766,0.128631,0.179532,0.080872,0.296327,0.0720748,0.158617,0.351612,0.327714,0.285804,0.49674,0.194763,0.211343,0.317847],
    weights: [0.446065,0.0860268,0.199634,-0.895467,0.444234,-0.00978195,0.308108,-0.0204009,-0.129763,-0.0440708,-0.0880231,8.21457e-15,0.132185,-0.708161,5.33866e-15,0.0987986,-0.0933637,0.397764,-0.0322967,0.201536,-0.0353989,0.1673,0.55485,-1.79114e-14,0.0554892,0.0178927,-0.034151,0.264219,-0.138642,0.177758,0.00701405,-0.0255171,-0.141046,-0.0382641,0.143725,-0.00288396,0.670741,0.0385407,0.751458,0.049656,1.61384,-6.56425e-15,-7.0833e-15,-1.61301e-14,-1.29607e-14,2.71159e-15,4.44263e-15,-2.33806e-15,4.18264e-15,1.31246e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.34921,2.54188,0.710227,0.933456,0.813599,0.637635,0.662986,0.691434,0.853414,0.826378,0.540768,0.0896675,0.203407,0.320566,0.454119,0.969005,0.0206633,0.0750663,0.978573,0.0231717,0.728333,0.131388,0.0881716,0.0469838,0.116457,0.754241,0.0975389,0.0172502,0.00839553,0.412431,0.6093,0.0741205,0.195938,0.138187,0.0560479,0.00384481,0.0131587,0.379991,0.137684,0.719839,0.534471,0.0601938,0.239159,0.986624,0.0717195,0.426025,0.205543,0.109114,0.0784382,0.341448,0.0564591,0.0425396,0.166458],
    scales: [1.98759,2.21287,0.256251,0.143053,0.320406,0.240248,0.228356,0.223564,0.180587,0.142086,0.314523,0.132307,0.134125,0.224162,0.497891,0.154453,0.142254,0.263498,0.143849,0.150448,0.297349,0.319521,0.269845,0.190514,0.300651,0.430537,0.29669,0.130202,0.0774265,0.315471,0.281728,0.261967,0.260878,0.345096,0.230014,0.0618872,0.113954,0.179114,0.200348,0.216452,0.156388,0.181246,0.273815,0.053873,0.160062,0.147712,0.404098,0.311783,0.26886,0.474195,0.230806,0.201817,0.372491],
    weights: [-0.345905,0.196051,0.665065,0.117264,0.126083,-0.0268485,-0.494762,0.27081,-0.0503201,-0.0295076,0.160476,0.0277703,-0.0252763,-0.372835,-0.245402,0.258457,0.107456,-0.0177987,0.148416,0.116897,0.32142,-0.239852,0.426413,0.0791717,0.276079,0.271568,-0.0739086,0.0448637,-0.055674,-0.128827,0.0295911,-0.0898407,0.0130787,-0.039043,0.0208691,-0.149417,-0.0440715,0.0521951,0.0930366,0.331101,-0.00484001,0.139922,0.132457,0.0194361,-0.044279,0.0960293,0.353453,-0.305888,0.098369,0.0660741,0.117507,-0.0435761,-0.331727],
    bias: -0.0645918,
  },
  threshold: 0.85,
  hedge: 0.13,
};
