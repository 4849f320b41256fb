// Written by `npm run train`; never edit by hand. The model card says what it was fitted on.
import type { AnswerModel } from './model.js';

export const MODEL_CARD = {
  "command": "npm run train",
  "trainedOn": {
    "sha256": "0548b3b3b4e7ce10c926d76627a98d25fa4584a2e503631347a582eb8baf95c0",
    "files": [
      "eval/bank/train.jsonl",
      "eval/bank/dev.jsonl",
      "tests/fixtures/eval/questions.json",
      "tests/fixtures/eval/questions-fresh.json",
      "squad2-dev-a/dev-v2.0-a.json (train and dev articles)"
    ],
    "trainQuestions": 6624,
    "trainCandidates": 319433
  },
  "chosenOnDev": {
    "rankerL2": 1,
    "gateL2": 1,
    "squadWeight": 0.5,
    "targetPrecision": 0.9,
    "threshold": 0.73,
    "hedgePrecision": 0.5,
    "hedge": 0.24
  },
  "dev": {
    "newsTop1": 0.701961,
    "newsHandledRight": 0.436599,
    "squadHandledRight": 0.512226
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
    features: ["bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [0.417191,0.0865759,0.211301,0.262847,0.277711,0.592572,0.500515,0.172641,0.262775,0.296688,0.680859,0.532112,0.643639,0.305717,0.114443,0.905609,0.0684275,0.607602,0.0678925,0.0562481,0.0341893,0.0297756,0.609198,0.134952,0.0136116,0.00169676,0.12735,0.189946,0.0202922,0.069985,0.154367,0.0858177,0.0102244,0.308408,0.0650296,0.280824,0.443721,0.0739211,0.0174269,0.640002,0.0128442,0.461982,0.137068,0.123638,0.0941731,0.460003,0.0328676,0.0454055,0.106846],
    scales: [0.185716,0.159302,0.16257,0.142771,0.158914,0.28755,0.16151,0.217757,0.133855,0.107479,0.152743,0.498968,0.45247,0.46071,0.318349,0.290923,0.252478,0.293335,0.219453,0.171269,0.145459,0.123924,0.48793,0.341672,0.115872,0.0299554,0.243103,0.208516,0.140998,0.160359,0.3613,0.280095,0.100597,0.156153,0.132612,0.160965,0.126737,0.182456,0.0803732,0.293816,0.0665415,0.161413,0.343919,0.329168,0.292069,0.498398,0.17829,0.208192,0.308917],
    weights: [0.454463,0.0919147,0.154025,-1.03681,0.480862,0.172713,0.394733,-0.0132593,-0.0435554,-0.0827259,-0.146216,1.01719e-14,0.0492658,-0.666487,4.08553e-15,0.0940379,-0.0498429,0.0431799,0.153183,0.209428,0.102836,0.216141,0.72775,6.74278e-15,0.0626734,0.0326985,-0.0181669,0.283232,-0.112548,0.150242,-0.0400364,0.0228768,-0.0420328,0.147687,0.0241569,0.709939,0.0526778,0.79171,0.047001,1.38949,-1.27631e-14,-4.12221e-15,6.98643e-15,-4.29041e-15,-6.81455e-15,5.30455e-15,-9.53018e-15,8.38333e-16,-3.49698e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.48744,2.39214,0.687949,0.936351,0.814621,0.654097,0.679428,0.707283,0.878812,0.831569,0.539464,0.0874074,0.193884,0.306817,0.478357,0.96867,0.0188659,0.0954827,0.974723,0.0267268,0.740525,0.118698,0.0836757,0.0559323,0.10077,0.800231,0.115711,0.0240017,0.00876917,0.408254,0.64118,0.0532439,0.153663,0.126926,0.0666597,0.0109003,0.392231,0.157116,0.737164,0.542691,0.0717897,0.257532,0.987672,0.0522942,0.44182,0.172833,0.115606,0.0887748,0.401949,0.0408762,0.0420291,0.137931],
    scales: [2.02683,2.06061,0.260675,0.138063,0.320154,0.235685,0.224521,0.219484,0.168434,0.140825,0.321025,0.130372,0.131772,0.221908,0.499531,0.15665,0.136052,0.29388,0.154808,0.161284,0.265748,0.304454,0.255003,0.206538,0.283449,0.399827,0.319878,0.153054,0.0807848,0.301085,0.287447,0.224519,0.236325,0.33289,0.249432,0.103834,0.184755,0.206994,0.211208,0.151985,0.193821,0.278018,0.0510893,0.139063,0.157453,0.378103,0.319752,0.284418,0.490292,0.198003,0.200656,0.344828],
    weights: [-0.345031,0.122565,0.563999,0.0987434,0.0607562,-0.1512,-0.569363,0.458985,-0.217895,0.226479,0.0774784,0.0759304,-0.0993071,-0.347331,-0.174258,0.246251,0.0599342,-0.0811841,0.174814,0.103101,0.346192,-0.373261,-0.0850239,-0.185443,0.24525,0.297132,0.00279824,0.0329867,-0.0250143,-0.100522,0.0452954,-0.226733,0.245168,-0.0141474,-0.0992857,-0.127324,-0.0530804,0.0268188,0.284856,0.00451429,0.106004,0.115226,0.0678023,-0.0473672,0.166773,0.396378,0.0541542,0.258933,-0.158065,0.00250678,-0.158391,-0.382942],
    bias: -0.29288,
  },
  threshold: 0.73,
  hedge: 0.24,
};
