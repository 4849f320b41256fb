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
    "newsTop1": 0.696833,
    "newsHandledRight": 0.361667,
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
    means: [0.422008,0.0892922,0.212311,0.26378,0.278788,0.583572,0.501721,0.175421,0.264593,0.298954,0.679204,0.527625,0.646288,0.308894,0.107621,0.910782,0.0645063,0.597494,0.0682876,0.0555452,0.0318218,0.0314115,0.588813,0.129856,0.0122201,0.00129906,0.12764,0.189413,0.0230841,0.078107,0.157262,0.0848624,0.00824013,0.0129301,0.303184,0.0637036,0.28203,0.444994,0.0709067,0.0175391,0.634471,0.0146573,0.45773,0.144516,0.122371,0.0897365,0.442994,0.0394923,0.0468622,0.114027],
    scales: [0.187822,0.162995,0.163675,0.143841,0.159852,0.288445,0.162204,0.218617,0.135086,0.108303,0.153225,0.499236,0.451477,0.462037,0.309901,0.283763,0.245653,0.29847,0.219187,0.170395,0.139748,0.126621,0.492049,0.336145,0.109867,0.0254527,0.244912,0.206153,0.150171,0.169504,0.364047,0.278677,0.0904004,0.112973,0.155617,0.131725,0.161765,0.128641,0.179526,0.0808717,0.296346,0.072075,0.158617,0.351612,0.327714,0.285804,0.49674,0.194763,0.211344,0.317844],
    weights: [0.398358,0.0930831,0.188436,-0.850994,0.462536,-0.158269,0.304362,-0.0209531,-0.103393,-0.0277925,-0.0910188,-7.67901e-15,0.126689,-0.604374,-1.96933e-15,0.127068,-0.109619,0.404489,-0.00589228,0.278846,0.00391134,0.178206,0.572485,1.22372e-14,0.062343,0.0103695,-0.0407589,0.266848,-0.151082,0.196297,0.0013157,-0.0143098,-0.137227,-0.0378013,0.108202,0.00862292,0.687396,0.0411324,0.884957,0.051745,1.70128,1.6378e-14,1.27854e-14,5.11967e-15,-1.42508e-14,6.27694e-16,-6.11896e-15,-2.43372e-15,1.34782e-14,-1.4106e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.32829,2.5669,0.712999,0.930201,0.808674,0.635884,0.661257,0.690824,0.852957,0.825155,0.539226,0.0906561,0.204263,0.321811,0.454119,0.968899,0.0213007,0.0750663,0.979251,0.0227604,0.732244,0.132679,0.0884573,0.048605,0.11705,0.758558,0.0975389,0.0175175,0.00810768,0.410238,0.607886,0.0725991,0.194937,0.140202,0.0564591,0.0035364,0.0135699,0.380593,0.140517,0.720016,0.534012,0.0603691,0.238554,0.986075,0.0717196,0.426025,0.205543,0.109114,0.0784382,0.341448,0.0564591,0.0425396,0.166458],
    scales: [2.06315,2.22501,0.255723,0.147863,0.323752,0.241317,0.229463,0.224301,0.181043,0.143407,0.314922,0.133378,0.13484,0.224675,0.497891,0.155403,0.144385,0.263498,0.141208,0.149139,0.29572,0.321319,0.270479,0.195399,0.301507,0.427957,0.29669,0.131189,0.0768055,0.3156,0.282538,0.259477,0.258988,0.347196,0.230806,0.0593624,0.115697,0.178538,0.203863,0.216428,0.156212,0.181716,0.273981,0.0559069,0.160063,0.147712,0.404098,0.311783,0.26886,0.474195,0.230806,0.201817,0.372491],
    weights: [-0.294429,0.188279,0.655993,0.121312,0.123239,-0.0298042,-0.503436,0.27406,-0.0550027,0.00731892,0.138237,0.0290205,-0.0384972,-0.3752,-0.233129,0.258888,0.108317,-0.0246882,0.134468,0.112458,0.306588,-0.218356,0.402768,0.0848309,0.293782,0.244358,-0.059589,0.0394226,-0.0536672,-0.123165,0.0133262,-0.0995382,0.0181617,-0.0487036,0.0313425,-0.176709,-0.0462071,0.0423591,0.0619229,0.310677,-0.00868773,0.121431,0.115062,0.0280549,-0.0369016,0.0862323,0.347979,-0.28918,0.107272,0.0781032,0.111033,-0.0403065,-0.359274],
    bias: -0.0621655,
  },
  threshold: 0.85,
  hedge: 0.14,
};
