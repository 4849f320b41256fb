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
    "hedge": 0.15
  },
  "dev": {
    "newsTop1": 0.696833,
    "newsHandledRight": 0.3625,
    "squadHandledRight": 0.512853
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
    means: [0.421993,0.0892922,0.212355,0.263828,0.278915,0.583659,0.50109,0.174178,0.264866,0.299021,0.679155,0.532128,0.642149,0.312954,0.107621,0.910782,0.0645143,0.59523,0.0652406,0.0554143,0.0321229,0.0316488,0.587604,0.133745,0.0123322,0.00129995,0.127634,0.18942,0.0230868,0.0781152,0.157278,0.0848624,0.0082428,0.0129301,0.303219,0.0637202,0.282085,0.444859,0.0728401,0.0175406,0.634468,0.0144512,0.457657,0.1445,0.122179,0.089902,0.442308,0.0394923,0.0468622,0.114756],
    scales: [0.187818,0.162995,0.163697,0.14385,0.15989,0.288451,0.162246,0.218414,0.134998,0.108349,0.153234,0.498967,0.452626,0.463696,0.309901,0.283763,0.245667,0.301814,0.21455,0.170122,0.14134,0.12712,0.492266,0.340378,0.110363,0.0254585,0.244908,0.20617,0.150179,0.169512,0.364063,0.278677,0.0904149,0.112973,0.155647,0.131755,0.161785,0.128702,0.18155,0.0808751,0.296354,0.0716917,0.158607,0.351596,0.327493,0.286041,0.496661,0.194763,0.211344,0.318727],
    weights: [0.406151,0.0924342,0.18507,-0.836542,0.459787,-0.140002,0.282244,-0.00785036,-0.0980085,-0.0211867,-0.0823766,-1.60199e-14,0.121675,-0.613349,-1.68196e-14,0.129582,-0.103995,0.376538,0.0161894,0.320555,-0.00579864,0.199028,0.5783,2.71307e-14,0.0612244,0.00978238,-0.0397402,0.267915,-0.157476,0.198333,-0.0020327,-0.0118348,-0.138333,-0.0384619,0.112701,0.00792037,0.687706,0.0452253,0.883268,0.0507874,1.68546,9.4375e-15,-4.09267e-15,-1.20641e-14,-2.96159e-15,2.81933e-14,1.15536e-14,2.73701e-14,-3.15127e-14,-2.31804e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.31954,2.56478,0.71326,0.930516,0.809368,0.636029,0.661697,0.691996,0.85334,0.820045,0.526051,0.0949283,0.20422,0.321418,0.479491,0.946416,0.0450686,0.0750663,0.979272,0.0227604,0.730609,0.12971,0.0883021,0.0488178,0.118767,0.757469,0.107202,0.0183399,0.00810083,0.410321,0.607691,0.0736271,0.195878,0.139626,0.0558834,0.00355696,0.0131587,0.380677,0.140682,0.720293,0.532221,0.0656153,0.238334,0.986053,0.0712812,0.425861,0.205338,0.108703,0.0788494,0.340009,0.0564591,0.0425396,0.168102],
    scales: [2.13324,2.22734,0.255502,0.147354,0.322976,0.241705,0.229256,0.223619,0.181009,0.149736,0.325895,0.135483,0.134866,0.224271,0.499579,0.207746,0.207455,0.263498,0.141138,0.149139,0.299017,0.318112,0.270446,0.196152,0.303591,0.428614,0.30937,0.134177,0.0767914,0.315293,0.28333,0.261163,0.260367,0.346599,0.229696,0.0595341,0.113954,0.178917,0.204673,0.216475,0.157105,0.188117,0.273878,0.055727,0.159868,0.147657,0.403948,0.311267,0.269504,0.473712,0.230806,0.201817,0.373957],
    weights: [-0.281415,0.194764,0.661216,0.114247,0.119942,-0.0543043,-0.469235,0.262746,-0.0604052,-0.0104182,0.180683,0.0252784,-0.0374386,-0.367468,-0.241776,0.0966332,0.0503499,-0.0232565,0.118813,0.118971,0.364714,-0.228055,0.390902,0.0513299,0.24411,0.214419,-0.0582081,0.0378768,-0.0626996,-0.121379,0.0121887,-0.095484,0.00819439,-0.0392976,0.0255285,-0.178048,-0.0407543,0.0245789,0.0598402,0.317398,-0.0112767,0.0861105,0.123223,0.0123836,-0.00876561,0.0887482,0.347581,-0.29715,0.116513,0.0579481,0.112798,-0.04324,-0.331779],
    bias: -0.0563789,
  },
  threshold: 0.85,
  hedge: 0.15,
};
