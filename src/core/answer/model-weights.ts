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
    "hedge": 0.18
  },
  "dev": {
    "newsTop1": 0.701357,
    "newsHandledRight": 0.366667,
    "squadHandledRight": 0.515361
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
    means: [0.421993,0.0892922,0.212363,0.263836,0.278923,0.583667,0.501098,0.174194,0.264857,0.299013,0.679147,0.532128,0.642157,0.312938,0.117172,0.904209,0.0530844,0.0203588,0.5966,0.0660652,0.0554346,0.0324269,0.031567,0.587788,0.133745,0.0123322,0.000831932,0.127634,0.189426,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282093,0.444861,0.0728401,0.0175513,0.634468,0.014443,0.457656,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163724,0.143878,0.159914,0.288456,0.162258,0.218438,0.134998,0.108352,0.153256,0.498967,0.452628,0.463689,0.321625,0.292531,0.224202,0.141224,0.302066,0.216535,0.170201,0.142239,0.127028,0.492233,0.340378,0.110363,0.0187129,0.244908,0.206178,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161809,0.128698,0.18155,0.0809388,0.296354,0.0716641,0.15861,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.408565,0.0946383,0.178778,-0.827461,0.436955,-0.130996,0.287237,-0.0155953,-0.10394,-0.0223169,-0.0825073,-1.88266e-14,0.133444,-0.623036,3.90152e-15,0.289873,-0.230386,0.072255,0.456225,-0.0262026,0.289826,-0.0130182,0.20127,0.533241,-5.77564e-15,0.0611255,0.0158148,-0.0425994,0.257676,-0.159032,0.20314,-0.00204825,-0.00821596,-0.136439,-0.0384014,0.119455,0.00597676,0.687778,0.0443695,0.891031,0.0564625,1.68541,-2.12368e-14,-3.18843e-15,1.42845e-14,-4.57786e-15,3.29726e-15,-1.62433e-14,-5.5797e-15,1.14302e-14,9.77759e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.41424,2.58475,0.715013,0.930033,0.808551,0.635551,0.661105,0.691738,0.853438,0.81988,0.526091,0.0948566,0.204361,0.321885,0.479491,0.946262,0.0448835,0.0880605,0.978518,0.00945782,0.012912,0.735363,0.130102,0.0882425,0.0498705,0.120322,0.758723,0.107202,0.0181138,0.00714819,0.410385,0.607686,0.0736682,0.196079,0.139236,0.0554722,0.00355696,0.0129531,0.37978,0.141425,0.720119,0.532144,0.0656368,0.239359,0.985713,0.0708649,0.425779,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.15693,2.25027,0.255312,0.148332,0.323485,0.242485,0.229878,0.224023,0.18097,0.14978,0.325926,0.135217,0.134772,0.224571,0.499579,0.208435,0.207048,0.283383,0.143463,0.0967903,0.112895,0.298746,0.318601,0.270285,0.198643,0.306569,0.427858,0.30937,0.133363,0.0689435,0.31494,0.283157,0.26123,0.260444,0.346192,0.2289,0.0595341,0.113072,0.178113,0.205184,0.216914,0.157064,0.188169,0.274796,0.05695,0.159393,0.147811,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.27624,0.18149,0.690775,0.129365,0.101577,-0.0336414,-0.508251,0.257409,-0.110609,-0.00275448,0.139413,0.018382,-0.0578142,-0.404736,-0.255942,0.114268,0.0499081,0.00301989,0.0799782,-0.142692,0.0451964,0.373737,-0.239971,0.39254,0.0771079,0.301652,0.210373,-0.0599953,0.0447329,-0.0428483,-0.1217,0.0123184,-0.100159,0.0129011,-0.0437314,0.0339071,-0.179706,-0.045003,0.0330783,0.0627043,0.332314,0.00046516,0.0788892,0.119779,0.0175294,-0.02359,0.074694,0.360016,-0.293773,0.103058,0.0848332,0.116025,-0.0387469,-0.376798],
    bias: -0.0609836,
  },
  threshold: 0.85,
  hedge: 0.18,
};
