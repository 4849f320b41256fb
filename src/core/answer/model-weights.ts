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
    means: [0.417187,0.0865759,0.211299,0.26284,0.277704,0.592552,0.500503,0.172631,0.262788,0.296698,0.680861,0.532112,0.643614,0.305745,0.114443,0.905609,0.0684275,0.607597,0.0678925,0.0562481,0.0341848,0.0297756,0.609195,0.134952,0.0136116,0.00169676,0.12735,0.189946,0.0202922,0.0699863,0.154364,0.0858239,0.0102244,0.308409,0.0650298,0.280818,0.443718,0.0739211,0.0174269,0.639982,0.0128442,0.461982,0.137068,0.123638,0.0941731,0.460003,0.0328676,0.0454055,0.106846],
    scales: [0.185716,0.159302,0.162567,0.142769,0.158913,0.287563,0.161514,0.217754,0.133866,0.107493,0.15274,0.498968,0.452478,0.460722,0.318349,0.290923,0.252478,0.293336,0.219453,0.171269,0.145444,0.123924,0.487931,0.341672,0.115872,0.0299554,0.243103,0.208516,0.140998,0.160359,0.361297,0.280104,0.100597,0.156157,0.132613,0.160964,0.126737,0.182456,0.0803732,0.29383,0.0665415,0.161413,0.343919,0.329168,0.292069,0.498398,0.17829,0.208192,0.308917],
    weights: [0.454475,0.0919155,0.154052,-1.03691,0.480887,0.172717,0.394788,-0.013268,-0.0435485,-0.0827432,-0.146247,3.00658e-15,0.0492509,-0.666484,-4.04735e-15,0.0940327,-0.0498483,0.0431937,0.153179,0.209425,0.102823,0.216148,0.727739,7.85113e-16,0.0626736,0.0326985,-0.0181622,0.283235,-0.112544,0.150235,-0.0400346,0.0228763,-0.0420336,0.147701,0.0241514,0.709943,0.0526841,0.791707,0.0469977,1.38953,-7.01945e-15,-3.67644e-15,-2.11198e-15,-1.11054e-14,2.14013e-14,6.00904e-15,1.26573e-14,-1.58779e-14,-1.60467e-14],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.48761,2.39202,0.687948,0.936351,0.814621,0.654085,0.679424,0.70728,0.878809,0.831566,0.539464,0.0874074,0.193886,0.306817,0.478357,0.96867,0.0188659,0.0954827,0.974723,0.0267268,0.740525,0.118698,0.0836757,0.0559323,0.10077,0.800231,0.115711,0.0240017,0.00876917,0.408254,0.64118,0.0532439,0.153663,0.126926,0.0666597,0.0109003,0.392231,0.157126,0.737162,0.542691,0.0717897,0.257532,0.987672,0.0522942,0.44182,0.172833,0.115606,0.0887748,0.401949,0.0408762,0.0420291,0.137931],
    scales: [2.0268,2.06043,0.260674,0.138063,0.320154,0.23569,0.224519,0.219482,0.168434,0.140824,0.321025,0.130373,0.131773,0.221908,0.499531,0.15665,0.136052,0.29388,0.154808,0.161284,0.265748,0.304454,0.255003,0.206538,0.283449,0.399827,0.319878,0.153054,0.0807848,0.301085,0.287447,0.224519,0.236325,0.33289,0.249432,0.103834,0.184755,0.207003,0.211207,0.151985,0.193821,0.278018,0.0510893,0.139063,0.157453,0.378103,0.319752,0.284418,0.490292,0.198003,0.200656,0.344828],
    weights: [-0.344967,0.122246,0.564231,0.0987861,0.0607541,-0.151454,-0.569443,0.459145,-0.217945,0.226552,0.077544,0.0759658,-0.0992731,-0.347396,-0.174269,0.246231,0.0599475,-0.0811813,0.174808,0.103109,0.34621,-0.373292,-0.0850562,-0.185474,0.2453,0.297121,0.00280135,0.0329819,-0.0250118,-0.100502,0.0453115,-0.226713,0.245137,-0.0141552,-0.0992833,-0.127315,-0.0530715,0.0268235,0.284842,0.00447071,0.105979,0.115242,0.0678049,-0.0474188,0.166783,0.39639,0.0541783,0.258942,-0.158073,0.00250709,-0.158395,-0.382972],
    bias: -0.292895,
  },
  threshold: 0.73,
  hedge: 0.24,
};
