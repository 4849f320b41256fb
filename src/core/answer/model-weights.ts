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
    "trainCandidates": 375030
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
    "newsTop1": 0.70362,
    "newsHandledRight": 0.358333,
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.422235,0.0892428,0.213804,0.265273,0.279911,0.584307,0.502481,0.17575,0.264821,0.299051,0.677541,0.532488,0.644088,0.31221,0.117081,0.904309,0.0530038,0.020281,0.5972,0.0648969,0.0567167,0.0337069,0.0310799,0.589217,0.133675,0.0123457,0.000838155,0.126923,0.18799,0.0229342,0.0778503,0.157185,0.0846412,0.00811135,0.013047,0.302909,0.0647823,0.283475,0.444094,0.0728232,0.0175371,0.635257,0.0144731,0.457479,0.144874,0.122246,0.0898061,0.441975,0.0394822,0.0468176,0.114799],
    scales: [0.188165,0.162921,0.16536,0.145615,0.160655,0.288241,0.162882,0.219729,0.135476,0.108828,0.154795,0.498943,0.451895,0.463395,0.321517,0.292399,0.224041,0.14096,0.302761,0.214954,0.174724,0.145353,0.125299,0.491976,0.340302,0.110423,0.0187501,0.244487,0.206201,0.149694,0.169036,0.363975,0.278347,0.089697,0.113476,0.155473,0.13334,0.163168,0.129458,0.181553,0.0809145,0.296112,0.0718015,0.158661,0.351973,0.32757,0.285904,0.496622,0.194739,0.211248,0.318779],
    weights: [0.351997,0.0808247,0.0679163,-0.747708,0.556263,-0.25224,0.244935,0.00731016,-0.0983446,0.0391796,0.0091974,1.13556e-14,0.0756124,-0.581129,2.77771e-15,0.344671,-0.194296,0.0893215,0.496068,-0.0197515,0.371054,0.0272191,0.192006,0.523747,1.90692e-15,0.071386,0.0111733,-0.00784016,0.318198,-0.175067,0.239203,-0.00958187,0.00373197,-0.13438,-0.0437273,0.0899134,-0.00423557,0.739534,0.0501613,1.0001,0.0971233,1.75868,1.11643e-14,6.45966e-15,-3.74432e-16,1.03116e-15,-5.49921e-15,1.51315e-15,1.99489e-14,-9.63666e-15,-9.35333e-16],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.47057,2.60092,0.71391,0.919116,0.786738,0.633399,0.659191,0.690754,0.853109,0.818458,0.524964,0.0946396,0.204811,0.323303,0.479491,0.945937,0.0448013,0.0880605,0.978435,0.00968399,0.013097,0.739912,0.130126,0.0895409,0.051578,0.12161,0.763842,0.107202,0.0187923,0.00707966,0.410668,0.60474,0.0724757,0.196515,0.136563,0.0538273,0.0035364,0.0133643,0.380982,0.144985,0.71989,0.530953,0.0660186,0.241235,0.985531,0.0709648,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.26767,2.2953,0.257479,0.160314,0.336115,0.245133,0.232404,0.225352,0.18135,0.151627,0.32713,0.135734,0.135265,0.226408,0.499579,0.209998,0.206867,0.283383,0.143737,0.0979296,0.11369,0.296253,0.319152,0.273124,0.201522,0.308437,0.42472,0.30937,0.135791,0.0687847,0.318061,0.285142,0.259274,0.259225,0.343385,0.225677,0.0593624,0.114829,0.178453,0.208146,0.217177,0.158065,0.189279,0.276238,0.0577544,0.159588,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.223715,0.159726,0.679819,0.102749,0.0701758,0.0220744,-0.517104,0.242788,-0.163388,0.059791,0.121694,0.0161784,-0.0572771,-0.413351,-0.245593,0.155068,0.0964662,0.00762179,0.0479235,-0.16018,0.0429571,0.371872,-0.232285,0.354077,0.0833434,0.260485,0.209688,-0.0373259,0.0416937,-0.0452988,-0.12361,-0.0253128,-0.109156,0.0350932,-0.0416811,0.0609385,-0.178133,-0.0534727,-0.00199255,0.0315062,0.317312,-0.0274765,0.0367253,0.133748,0.0423841,-0.030458,0.0935715,0.355382,-0.293486,0.0795261,0.0916572,0.0904847,-0.0454128,-0.344357],
    bias: -0.0510661,
  },
  threshold: 0.86,
  hedge: 0.16,
};
