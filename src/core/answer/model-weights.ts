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
    "hedge": 0.14
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
    means: [0.422008,0.0892922,0.212311,0.26378,0.278788,0.583572,0.501721,0.175421,0.264593,0.298954,0.679204,0.527625,0.646288,0.308894,0.107621,0.910782,0.0645063,0.597434,0.0682277,0.0555452,0.0318218,0.0314115,0.588813,0.129856,0.0122201,0.00129906,0.12764,0.189413,0.0230841,0.078107,0.157262,0.0848624,0.00824013,0.0129301,0.303184,0.0637036,0.28203,0.444994,0.0709067,0.0175391,0.634471,0.0146573,0.45773,0.144516,0.122371,0.0897365,0.442994,0.0394923,0.0468622,0.114027],
    scales: [0.187822,0.162995,0.163675,0.143841,0.159852,0.288445,0.162204,0.218617,0.135086,0.108303,0.153225,0.499236,0.451477,0.462037,0.309901,0.283763,0.245653,0.298458,0.219026,0.170395,0.139748,0.126621,0.492049,0.336145,0.109867,0.0254527,0.244912,0.206153,0.150171,0.169504,0.364047,0.278677,0.0904004,0.112973,0.155617,0.131725,0.161765,0.128641,0.179526,0.0808717,0.296346,0.072075,0.158617,0.351612,0.327714,0.285804,0.49674,0.194763,0.211344,0.317844],
    weights: [0.398299,0.0930241,0.190704,-0.852989,0.462665,-0.160297,0.303832,-0.0206031,-0.103591,-0.0276599,-0.0918896,-3.10818e-15,0.126458,-0.604599,3.54731e-15,0.126863,-0.109614,0.404928,-0.00801572,0.278903,0.00389892,0.178154,0.571978,-1.95051e-15,0.0623236,0.0104244,-0.0408044,0.26659,-0.150873,0.196199,0.00115309,-0.014227,-0.137358,-0.0378304,0.108213,0.00862514,0.687292,0.0414673,0.885042,0.0516424,1.70273,1.18417e-15,7.39293e-16,3.74536e-16,-1.66994e-14,7.20392e-15,1.01688e-14,-9.70586e-15,5.73691e-15,-1.53516e-16],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.3282,2.56704,0.712991,0.930201,0.808674,0.635884,0.661257,0.690824,0.852957,0.825155,0.539226,0.0906561,0.204263,0.321811,0.454119,0.968899,0.0213007,0.0750663,0.979251,0.0227604,0.731977,0.132412,0.0884573,0.048605,0.11705,0.758558,0.0975389,0.0175175,0.00810768,0.410238,0.607886,0.0725991,0.194937,0.140202,0.0564591,0.0035364,0.0135699,0.380593,0.140517,0.720016,0.534012,0.0603691,0.238554,0.986075,0.0717196,0.426025,0.205543,0.109114,0.0784382,0.341448,0.0564591,0.0425396,0.166458],
    scales: [2.06378,2.22524,0.255732,0.147863,0.323752,0.241317,0.229463,0.224301,0.181043,0.143407,0.314922,0.133378,0.13484,0.224675,0.497891,0.155403,0.144385,0.263498,0.141208,0.149139,0.295843,0.320934,0.270479,0.195399,0.301507,0.427957,0.29669,0.131189,0.0768055,0.3156,0.282538,0.259477,0.258988,0.347196,0.230806,0.0593624,0.115697,0.178538,0.203863,0.216428,0.156212,0.181716,0.273981,0.0559069,0.160063,0.147712,0.404098,0.311783,0.26886,0.474195,0.230806,0.201817,0.372491],
    weights: [-0.292317,0.187944,0.655521,0.120656,0.123427,-0.0295266,-0.502804,0.273514,-0.055323,0.00718596,0.137896,0.0290554,-0.0387085,-0.375169,-0.23317,0.258776,0.108395,-0.0245976,0.134295,0.112713,0.304351,-0.220961,0.402696,0.0851571,0.294275,0.245494,-0.0597049,0.0393112,-0.0532768,-0.123117,0.0129492,-0.0991518,0.0179649,-0.048772,0.0313644,-0.176584,-0.0461614,0.0423907,0.0618718,0.310018,-0.00843936,0.120687,0.114444,0.0279371,-0.0368211,0.0861079,0.35011,-0.289393,0.106721,0.0776114,0.110991,-0.040592,-0.360203],
    bias: -0.0621744,
  },
  threshold: 0.85,
  hedge: 0.14,
};
