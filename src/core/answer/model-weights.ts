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
    "trainCandidates": 375054
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
    "newsHandledRight": 0.356667,
    "squadHandledRight": 0.511599
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
    means: [0.422121,0.0892429,0.213736,0.265294,0.27993,0.584337,0.502507,0.175799,0.264816,0.29905,0.677482,0.532443,0.644122,0.312179,0.117074,0.904316,0.0530004,0.0202797,0.595893,0.0651938,0.0576684,0.0340264,0.03114,0.586412,0.129781,0.0122302,0.000854099,0.12702,0.188132,0.022946,0.0778779,0.15718,0.0847931,0.0080815,0.0130355,0.302947,0.0648002,0.283506,0.444145,0.0696067,0.0175966,0.635242,0.0144801,0.457485,0.145878,0.124113,0.0905123,0.438364,0.0394876,0.0468146,0.114831],
    scales: [0.188095,0.162919,0.165406,0.145663,0.160697,0.288259,0.16291,0.219772,0.135484,0.108831,0.154844,0.498946,0.451886,0.463382,0.321508,0.29239,0.224034,0.140956,0.303311,0.215259,0.176257,0.146285,0.125525,0.492476,0.336063,0.109912,0.0189218,0.244583,0.206406,0.149731,0.16908,0.36397,0.278574,0.0895332,0.113426,0.155481,0.133366,0.163221,0.129473,0.178147,0.0809759,0.296127,0.0718003,0.158662,0.352984,0.32971,0.286914,0.496186,0.194752,0.211242,0.318818],
    weights: [0.343854,0.0800641,0.0605132,-0.726751,0.55983,-0.217456,0.266988,0.00288282,-0.098542,0.0392778,0.0214623,6.38562e-16,0.0697908,-0.552257,-3.14742e-15,0.346538,-0.197254,0.091886,0.524463,-0.0193222,0.336842,0.0416348,0.190549,0.494716,1.88252e-14,0.0732758,0.0101905,-0.00844427,0.32041,-0.177454,0.242645,-0.0103381,0.00487749,-0.140142,-0.0414282,0.0754439,-0.00593302,0.734761,0.0368753,0.989765,0.0965648,1.73384,-4.88731e-15,5.29131e-16,-1.17076e-14,-4.95779e-17,-7.6046e-16,1.64176e-14,1.04107e-14,-1.54252e-14,-4.75055e-15],
    bias: 0,
  },
  gate: {
    features: ["rankScore","margin","softmaxTop","bm25Rel","rankRecip","covExact","covSentence","covNearby","covStory","covVector","vecWeakest","missingShare","missingExact","unmatchedShare","hasNames","namesInSentence","nameMissingStory","hasNumbers","numbersInSentence","numberMissingStory","numberReplaced","fit","fitWho","fitWhen","fitWhere","fitHowMany","kindPresent","headAsked","headFound","role","proximity","forms","lead","position","negationMismatch","negationNear","negationDropped","interrogative","length","previousCov","windowCov","alignBack","headVector","bigrams","storyBest","unknownShare","questionSize","isWho","isWhen","isWhere","isWhat","isWhy","isHow","isHowMany"],
    means: [7.46537,2.60233,0.714132,0.918975,0.786684,0.633658,0.659355,0.691092,0.853553,0.818448,0.524897,0.0944518,0.204718,0.323201,0.47908,0.946135,0.0445134,0.0880605,0.978435,0.00966342,0.0130559,0.740121,0.132451,0.0931287,0.053375,0.121322,0.759812,0.0975389,0.0175381,0.00707966,0.410054,0.605892,0.0724757,0.196286,0.138146,0.0570759,0.00326912,0.0131587,0.380905,0.144914,0.719956,0.531232,0.0603695,0.24154,0.985822,0.0708272,0.425779,0.208422,0.112815,0.0801036,0.331558,0.0564591,0.0425396,0.168102],
    scales: [2.26004,2.29279,0.257591,0.160336,0.336281,0.244991,0.232543,0.225416,0.180856,0.151908,0.3275,0.135605,0.135297,0.226431,0.499562,0.209587,0.206233,0.283383,0.143737,0.0978266,0.113514,0.297628,0.321585,0.278151,0.20597,0.307986,0.427197,0.29669,0.131265,0.0687847,0.317545,0.284978,0.259274,0.259237,0.345053,0.231988,0.0570827,0.113954,0.178806,0.208591,0.217221,0.158388,0.182321,0.275925,0.0570525,0.159288,0.147811,0.40618,0.316367,0.271454,0.470773,0.230806,0.201817,0.373957],
    weights: [-0.224838,0.168273,0.653541,0.112839,0.0824726,0.0239386,-0.545925,0.250693,-0.156387,0.0603189,0.123884,0.0124868,-0.0569665,-0.413192,-0.235225,0.164079,0.0867521,0.00531095,0.043364,-0.154605,0.0355594,0.37503,-0.217821,0.370412,0.109535,0.268052,0.190839,-0.0494188,0.0365472,-0.0467275,-0.108504,-0.0167929,-0.110558,0.0403743,-0.060699,0.075211,-0.166941,-0.0506218,0.0038014,0.0231773,0.30284,-0.0336321,0.0874313,0.123629,0.0621653,-0.0434631,0.0951142,0.363901,-0.294617,0.0691868,0.073305,0.104185,-0.0364665,-0.33314],
    bias: -0.0515459,
  },
  threshold: 0.86,
  hedge: 0.16,
};
