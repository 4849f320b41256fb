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
    means: [0.422008,0.0892922,0.212311,0.26378,0.278788,0.583572,0.501721,0.175421,0.264593,0.298954,0.679204,0.527625,0.646288,0.308894,0.107621,0.910782,0.0645063,0.597494,0.0682876,0.0555452,0.0318218,0.0314115,0.5888,0.129856,0.0122201,0.00129906,0.12764,0.189413,0.0230841,0.078107,0.157262,0.0848624,0.00824013,0.0129301,0.303184,0.0637036,0.28203,0.444994,0.0709067,0.0175391,0.634471,0.0146573,0.45773,0.144516,0.122371,0.0897365,0.442994,0.0394923,0.0468622,0.114027],
    scales: [0.187822,0.162995,0.163675,0.143841,0.159852,0.288445,0.162204,0.218617,0.135086,0.108303,0.153225,0.499236,0.451477,0.462037,0.309901,0.283763,0.245653,0.29847,0.219187,0.170395,0.139748,0.126621,0.492051,0.336145,0.109867,0.0254527,0.244912,0.206153,0.150171,0.169504,0.364047,0.278677,0.0904004,0.112973,0.155617,0.131725,0.161765,0.128641,0.179526,0.0808717,0.296346,0.072075,0.158617,0.351612,0.327714,0.285804,0.49674,0.194763,0.211344,0.317844],
    weights: [0.398183,0.0931069,0.18834,-0.850751,0.46258,-0.157858,0.304148,-0.0208217,-0.103285,-0.0278133,-0.0908135,8.07295e-15,0.126795,-0.604928,-2.93249e-15,0.127088,-0.109623,0.40395,-0.00529951,0.278911,0.00398678,0.178321,0.572934,1.08263e-14,0.0623339,0.0103445,-0.0407627,0.266935,-0.151071,0.196246,0.0011497,-0.0141917,-0.137212,-0.0377879,0.108331,0.00857877,0.687445,0.0411955,0.884904,0.0517652,1.70088,-7.70999e-16,4.53196e-16,8.7746e-16,9.91254e-16,8.44433e-15,2.79082e-15,-3.34919e-15,-5.27234e-15,-5.73919e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.32854,2.56687,0.71301,0.930201,0.808674,0.635884,0.661257,0.690824,0.852957,0.825155,0.539226,0.0906561,0.204263,0.321811,0.454119,0.968899,0.0213007,0.0750663,0.979251,0.0227604,0.732244,0.132679,0.0884573,0.048605,0.11705,0.758558,0.0975389,0.0175175,0.00810768,0.410238,0.607886,0.0725991,0.194937,0.140202,0.0564591,0.0035364,0.0135699,0.380593,0.140517,0.720016,0.534012,0.0603691,0.238554,0.986075,0.0717196,0.426025,0.205543,0.109114,0.0784382,0.341448,0.0564591,0.0425396,0.166458],
    scales: [2.06328,2.22506,0.255717,0.147863,0.323752,0.241317,0.229463,0.224301,0.181043,0.143407,0.314922,0.133378,0.13484,0.224675,0.497891,0.155403,0.144385,0.263498,0.141208,0.149139,0.29572,0.321319,0.270479,0.195399,0.301507,0.427957,0.29669,0.131189,0.0768055,0.3156,0.282538,0.259477,0.258988,0.347196,0.230806,0.0593624,0.115697,0.178538,0.203863,0.216428,0.156212,0.181716,0.273981,0.0559069,0.160063,0.147712,0.404098,0.311783,0.26886,0.474195,0.230806,0.201817,0.372491],
    weights: [-0.294964,0.1882,0.65621,0.12144,0.123237,-0.0299287,-0.503625,0.274164,-0.0548283,0.00734214,0.138201,0.0288745,-0.0385449,-0.375254,-0.233231,0.258873,0.108298,-0.0246861,0.134463,0.112436,0.306837,-0.218459,0.402903,0.0848364,0.293858,0.244279,-0.0595559,0.0394435,-0.0536317,-0.123194,0.0134428,-0.0995452,0.0181585,-0.0486301,0.0313129,-0.176728,-0.0462043,0.0423554,0.0619889,0.310793,-0.00868082,0.121575,0.115195,0.0281141,-0.0368917,0.0862129,0.347995,-0.289248,0.107285,0.0781267,0.110988,-0.040283,-0.359258],
    bias: -0.0621882,
  },
  threshold: 0.85,
  hedge: 0.14,
};
