/**
 * `npm run train [-- --data ../shared/data] [--target-precision 0.9] [--hedge-precision 0.5] [--out src/core/answer/model-weights.ts] [--dump FILE]`
 *
 * Fits the answer model — a ranker and a gate over the named features of
 * `src/core/answer/features.ts` — on the train splits (the news question bank's train stories and
 * SQuAD's train articles); chooses the regularisation, SQuAD's weight against the news bank and the
 * answer threshold on the dev splits; writes the weights file with its model card. It never reads
 * the bank's sealed test split. Same data, same file.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnswerOptions } from '../core/answer/answer-question.js';
import { featureArray } from '../core/answer/features.js';
import type { AnswerModel, LinearPart } from '../core/answer/model.js';
import { buildKnowledgeBase } from '../core/knowledge-base.js';
import { citationMatches, type BankQuestion } from '../eval/bank.js';
import { tradeOff } from '../eval/evaluate.js';
import { exists, newsSet, olderQuestions, squadSet, type QuestionSet } from '../eval/question-sets.js';
import { sha256 } from '../eval/splits.js';
import { defaultBuildOptions } from '../io/load-knowledge-base.js';
import { percentileInterval, storyBootstrap } from '../train/bootstrap.js';
import { fitGate, fitRankers, topOutcomes, type QuestionRows } from '../train/fit-answer-model.js';
import { cliOptions } from './options.js';

const values = cliOptions(
  {
    data: { type: 'string', default: '../shared/data' },
    knowledge: { type: 'string', default: 'knowledge' },
    out: { type: 'string', default: 'src/core/answer/model-weights.ts' },
    /**
     * The answers the threshold lets in at the margin must be right this often on dev: 90 %, the
     * issue's "say 90 %", and where a wrong answer that costs ten "I don't know"s (the brief) starts
     * to cost more than it gives. The threshold maximises right − 9 × wrong answers on dev (see
     * `chooseThreshold`). README, "The precision target".
     */
    'target-precision': { type: 'string', default: '0.9' },
    /** Sentences shown as "the closest the knowledge base comes" must be right at least this often on dev. */
    'hedge-precision': { type: 'string', default: '0.5' },
    /** Also write every candidate's features and label (JSON) for analysis. */
    dump: { type: 'string' },
  },
  'usage: npm run train -- [--data DIR] [--knowledge DIR] [--target-precision 0.9] [--hedge-precision 0.5] [--out FILE] [--dump FILE]',
);
const dataDir = values.data;
const targetPrecision = Number(values['target-precision']);
const hedgePrecision = Number(values['hedge-precision']);
for (const [name, value] of [['--target-precision', targetPrecision], ['--hedge-precision', hedgePrecision]] as const) {
  if (!(value > 0 && value < 1)) {
    process.stderr.write(`${name} takes a share between 0 and 1, such as 0.9\n`);
    process.exit(2);
  }
}
if (!(await exists(path.join(dataDir, 'squad2-dev-a')))) {
  process.stderr.write(`train needs the shared data folder (${dataDir}): pass --data DIR\n`);
  process.exit(2);
}
const log = (m: string): void => void process.stderr.write(`[train] ${m}\n`);

function collect(set: QuestionSet, questions: readonly BankQuestion[]): QuestionRows[] {
  const out: QuestionRows[] = [];
  for (const q of questions) {
    const entry: QuestionRows = { id: q.id, set: q.set ?? set.name, split: q.split, story: q.story || q.id, answerable: q.answers.length > 0 || (q.match?.length ?? 0) > 0, rows: [], labels: [] };
    const options: AnswerOptions = {
      inspect: (scored, _chosen, _analysis, textOf) => {
        // In retrieval order, so that the rows do not depend on the model being replaced.
        for (const s of [...scored].sort((a, b) => a.sentence - b.sentence)) {
          entry.rows.push(featureArray(s.features));
          entry.labels.push(citationMatches(q, textOf(s.sentence), set.kb.articles[s.article]?.id ?? '') ? 1 : 0);
        }
      },
    };
    set.kb.ask(q.question, options as Parameters<typeof set.kb.ask>[1]);
    out.push(entry);
  }
  return out;
}

const resources = defaultBuildOptions();
const news = await newsSet(['train', 'dev'], { knowledgeDir: values.knowledge, dataDir, resources });
if (news.note) log(news.note);
const squad = await squadSet(['train', 'dev'], { dataDir, resources });
if (!squad) throw new Error('no SQuAD data');
log(`news: ${news.questions.length} questions over ${news.articles.length} articles; squad: ${squad.questions.length} questions over ${squad.articles.length} articles`);
const started = Date.now();
// The earlier hand-made sets (tests/fixtures/eval) are labelled news questions too, many about the
// seed story; they were tuned on by hand long ago, so they train and are never used to choose.
const older = [...(await olderQuestions('tests/fixtures/eval/questions.json', 'old')), ...(await olderQuestions('tests/fixtures/eval/questions-fresh.json', 'old'))].map((q) => ({ ...q, split: 'train' as const }));
/**
 * The same bank questions asked of their own story alone (the closed setting): a curated knowledge
 * base can hold one article as well as ten thousand, and the model must mean the same on both.
 */
function collectClosed(): QuestionRows[] {
  const out: QuestionRows[] = [];
  const byStory = new Map<string, BankQuestion[]>();
  for (const q of news.questions) byStory.set(q.story, [...(byStory.get(q.story) ?? []), q]);
  for (const [story, questions] of [...byStory].sort(([a], [b]) => a.localeCompare(b))) {
    const own = news.articles.filter((a) => a.id.startsWith(`${story}-`));
    const kb = buildKnowledgeBase(own, resources);
    out.push(...collect({ ...news, name: 'bank-closed', kb, articles: own }, questions.map((q) => ({ ...q, set: 'bank-closed' }))));
  }
  return out;
}
const all = [...collect(news, news.questions), ...collectClosed(), ...collect(news, older), ...collect(squad, squad.questions)];
log(`features of ${all.reduce((s, q) => s + q.rows.length, 0)} candidates in ${Date.now() - started} ms`);
if (values.dump) await writeFile(values.dump, JSON.stringify(all));

const train = all.filter((q) => q.split === 'train');
// The threshold is chosen on the news dev questions, asked both of the whole bank and of their own story.
const devNews = all.filter((q) => q.split === 'dev' && (q.set === 'bank' || q.set === 'bank-closed'));
const devSquad = all.filter((q) => q.split === 'dev' && q.set === 'squad');
const GRID = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);

/**
 * Settings are compared on the mean of dev "handled right" over three precision targets up to the
 * chosen one (85 / 87.5 / 90 % at the margin), not on the one target alone: a single precision point moves with a
 * handful of questions (README, "Evaluation": the bootstrap intervals).
 */
const CHOICE_TARGETS = [targetPrecision - 0.05, targetPrecision - 0.025, targetPrecision].map((t) => Math.round(t * 1000) / 1000);
const BOOTSTRAP = { replicates: 500, seed: 9 };

/**
 * The threshold at which answering pays most when a wrong answer costs `target / (1 - target)` right
 * ones (9 at 90 %: the brief's "one wrong answer costs more trust than ten honest I-don't-knows"),
 * so that the answers it adds at the margin are right at least `target` of the time — not only on
 * average, which lets a band of answers far less sure than the target in on the strength of the
 * surer ones above it. The lowest such threshold when several tie. Also the share handled right.
 */
function chooseThreshold(points: ReturnType<typeof topOutcomes>, target = targetPrecision): { threshold: number; correct: number; rightTop1: number; answeredRight: number; confidentWrong: number } {
  const n = points.length;
  const answerable = points.filter((p) => p.answerable).length;
  const curve = tradeOff(points, GRID);
  const cost = target / (1 - target);
  const gain = (c: (typeof curve)[number]): number => {
    const answered = c.coverage * n;
    const right = c.recall * answerable;
    return right - cost * (answered - right);
  };
  const chosen = curve.reduce<(typeof curve)[number] | undefined>((top, c) => (top === undefined || gain(c) > gain(top) + 1e-9 ? c : top), undefined);
  if (!chosen) return { threshold: 0.5, correct: 0, rightTop1: 0, answeredRight: 0, confidentWrong: 0 };
  const correct = (chosen.recall * answerable + chosen.abstention * (n - answerable)) / Math.max(1, n);
  return {
    threshold: chosen.threshold,
    correct,
    rightTop1: points.filter((p) => p.answerable && p.topRight).length / Math.max(1, answerable),
    answeredRight: chosen.recall,
    confidentWrong: 1 - chosen.precision,
  };
}

/**
 * The lowest probability from which the best sentence of a question the model does not answer is
 * still shown as the closest the knowledge base comes: its top sentences between there and the
 * threshold are right at least `hedgePrecision` of the time on dev.
 */
function chooseHedge(points: ReturnType<typeof topOutcomes>, threshold: number): number {
  let hedge = threshold;
  for (const t of [...GRID].reverse().filter((g) => g < threshold)) {
    const band = points.filter((p) => p.topScore >= t && p.topScore < threshold);
    if (band.length > 0 && band.filter((p) => p.answerable && p.topRight).length / band.length >= hedgePrecision) hedge = t;
  }
  return hedge;
}

function correctAt(points: ReturnType<typeof topOutcomes>, threshold: number): number {
  const c = tradeOff(points, [threshold])[0];
  const answerable = points.filter((p) => p.answerable).length;
  return c ? (c.recall * answerable + c.abstention * (points.length - answerable)) / Math.max(1, points.length) : 0;
}

/** Handled right on dev, averaged over the choice targets (each with its own threshold). */
function choiceScore(points: ReturnType<typeof topOutcomes>): number {
  return CHOICE_TARGETS.reduce((sum, t) => sum + chooseThreshold(points, t).correct, 0) / CHOICE_TARGETS.length;
}

/** "a% (b–c)": a dev figure with its 95 % bootstrap interval over dev stories (threshold re-chosen in each draw). */
function withInterval(points: ReturnType<typeof topOutcomes>, figure: (p: ReturnType<typeof topOutcomes>) => number, baseline?: ReturnType<typeof topOutcomes>): string {
  const pct = (x: number): string => (100 * x).toFixed(1);
  const draws = storyBootstrap(devNews.map((q) => q.story), (picked) => figure(picked.map((i) => points[i] as (typeof points)[number])) - (baseline ? figure(picked.map((i) => baseline[i] as (typeof baseline)[number])) : 0), BOOTSTRAP);
  const { low, high } = percentileInterval(draws);
  return `${pct(figure(points) - (baseline ? figure(baseline) : 0))}% (${pct(low)}–${pct(high)})`;
}

interface Candidate {
  model: AnswerModel;
  settings: { rankerL2: number; gateL2: number; squadWeight: number; gateSquadWeight: number };
  objective: number;
  news: ReturnType<typeof chooseThreshold>;
  squad: number;
  points: ReturnType<typeof topOutcomes>;
}

/** The 95 % bootstrap interval over dev stories of `figure(points) − figure(baseline)`, paired by question. */
function pairedInterval(points: ReturnType<typeof topOutcomes>, baseline: ReturnType<typeof topOutcomes>, figure: (p: ReturnType<typeof topOutcomes>) => number): { low: number; high: number } {
  const draws = storyBootstrap(devNews.map((q) => q.story), (picked) => figure(picked.map((i) => points[i] as (typeof points)[number])) - figure(picked.map((i) => baseline[i] as (typeof baseline)[number])), BOOTSTRAP);
  return percentileInterval(draws);
}
let best: Candidate | undefined;
let firstPoints: ReturnType<typeof topOutcomes> | undefined;
const rankerL2 = 1;
/**
 * The gate decides whether to answer news questions; SQuAD's Wikipedia questions (and its
 * adversarial unanswerable ones) differ from them, so the gate weighs them lightly, as a prior
 * (the ranker's SQuAD weight is chosen on dev below). Measured on dev: README, "What was tried".
 */
const GATE_SQUAD_WEIGHT = 0.1;
for (const squadWeight of [0.25, 0.5, 1]) {
  const fitOptions = { rankerL2, gateL2: 1, setWeights: { bank: 1, 'bank-closed': 1, old: 1, squad: squadWeight } };
  const rankers = fitRankers(train, fitOptions);
  // The more regularised gate first: a looser one must earn its place (below).
  for (const gateL2 of [10, 1]) {
    const fitted = { ranker: rankers.main, gate: fitGate(train, rankers, { ...fitOptions, gateL2, setWeights: { ...fitOptions.setWeights, squad: GATE_SQUAD_WEIGHT } }) };
    // The threshold is chosen on the news dev questions: the product answers news.
    const points = topOutcomes(fitted, devNews);
    const newsDev = chooseThreshold(points);
    const squadCorrect = correctAt(topOutcomes(fitted, devSquad), newsDev.threshold);
    const choice = choiceScore(points);
    const objective = 0.75 * choice + 0.25 * squadCorrect;
    firstPoints ??= points;
    log(
      `squad weight ${squadWeight}, gate l2 ${gateL2}: news dev top-1 ${(100 * newsDev.rightTop1).toFixed(1)}%, handled right ${(100 * newsDev.correct).toFixed(1)}% at threshold ${newsDev.threshold} (right top-1 answered ${(100 * newsDev.answeredRight).toFixed(1)}%, confident-wrong ${(100 * newsDev.confidentWrong).toFixed(1)}%); squad dev handled right ${(100 * squadCorrect).toFixed(1)}%`,
    );
    log(
      `  over dev stories (95% bootstrap): handled right ${withInterval(points, (p) => chooseThreshold(p).correct)}, right top-1 answered ${withInterval(points, (p) => chooseThreshold(p).answeredRight)}; mean handled right over precision ${CHOICE_TARGETS.join('/')} ${withInterval(points, choiceScore)}, its difference to the first setting ${withInterval(points, choiceScore, firstPoints)}`,
    );
    // The ranker's mix (SQuAD's weight) is chosen by what the ranker does: the sentence it puts
    // first, which users see as the answer or as the closest sentence; ties keep the smaller weight.
    // The gate's regularisation by what the gate does, handled right: a looser gate replaces the
    // more regularised one of the same ranker only when it is better beyond doubt (the paired 95 %
    // bootstrap interval of the difference above zero). Within the noise of dev's 50 stories the
    // simpler gate is the safer bet on questions unlike the bank's, where a looser gate answers
    // more and more of it wrongly (README, "The gate's regularisation").
    const sameRanker = best !== undefined && best.settings.squadWeight === squadWeight;
    const better =
      !best ||
      (sameRanker
        ? pairedInterval(points, best.points, choiceScore).low > 0
        : newsDev.rightTop1 > best.news.rightTop1 + 1e-12 || (Math.abs(newsDev.rightTop1 - best.news.rightTop1) <= 1e-12 && objective > best.objective + 1e-12));
    if (better) best = { model: { ...fitted, threshold: newsDev.threshold, hedge: newsDev.threshold }, settings: { rankerL2, gateL2, squadWeight, gateSquadWeight: GATE_SQUAD_WEIGHT }, objective, news: newsDev, squad: squadCorrect, points };
  }
}
if (!best) throw new Error('no model fitted');

/**
 * The threshold the model answers from: the mean, on the grid, of the thresholds `chooseThreshold`
 * picks in the bootstrap draws of dev stories (bagging). Right − 9 × wrong is flat near its top, so
 * the one best threshold of dev jumps by several hundredths with a handful of questions (two
 * thresholds can tie); the mean over draws moves far less, and a threshold off by 0.01 shifts the
 * answers of about 2 % of the questions.
 */
function baggedThreshold(questions: readonly QuestionRows[], points: ReturnType<typeof topOutcomes>): number {
  const draws = storyBootstrap(questions.map((q) => q.story), (picked) => chooseThreshold(picked.map((i) => points[i] as (typeof points)[number])).threshold, BOOTSTRAP);
  return Math.round((100 * draws.reduce((sum, t) => sum + t, 0)) / draws.length) / 100;
}
// Chosen on the dev questions asked as users ask them, of the whole knowledge base: the same
// question asked of its own story alone meets fewer look-alike sentences, and its answers at a
// given probability are right more often than the product's.
const devOpen = devNews.filter((q) => q.set === 'bank');
const openPoints = topOutcomes(best.model, devOpen);
const threshold = baggedThreshold(devOpen, openPoints);
log(`threshold ${threshold}: the mean of the best thresholds over ${BOOTSTRAP.replicates} draws of dev stories, asked of the whole knowledge base (their own best: ${chooseThreshold(openPoints).threshold}; with the questions asked of their own story too: ${best.model.threshold}); handled right there ${(100 * correctAt(best.points, threshold)).toFixed(1)}%`);
best = { ...best, model: { ...best.model, threshold }, news: { ...best.news, threshold, correct: correctAt(best.points, threshold) }, squad: correctAt(topOutcomes(best.model, devSquad), threshold) };
const hedge = chooseHedge(openPoints, best.model.threshold);
log(`closest sentence shown from probability ${hedge} (right at least ${100 * hedgePrecision}% of the time on news dev)`);

const dataHash = sha256(
  [
    await readFile('eval/bank/train.jsonl', 'utf8'),
    await readFile('eval/bank/dev.jsonl', 'utf8'),
    await readFile('tests/fixtures/eval/questions.json', 'utf8'),
    await readFile('tests/fixtures/eval/questions-fresh.json', 'utf8'),
    await readFile(path.join(dataDir, 'squad2-dev-a', 'dev-v2.0-a.json'), 'utf8'),
  ].join('\u0000'),
);
const round = (x: number): number => Number(x.toPrecision(6));
const part = (p: LinearPart): string =>
  `{\n    features: ${JSON.stringify(p.features)},\n    means: ${JSON.stringify(p.means.map(round))},\n    scales: ${JSON.stringify(p.scales.map(round))},\n    weights: ${JSON.stringify(p.weights.map(round))},\n    bias: ${round(p.bias)},\n  }`;
const card = {
  command: 'npm run train',
  trainedOn: {
    sha256: dataHash,
    files: ['eval/bank/train.jsonl', 'eval/bank/dev.jsonl', 'tests/fixtures/eval/questions.json', 'tests/fixtures/eval/questions-fresh.json', 'squad2-dev-a/dev-v2.0-a.json (train and dev articles)'],
    trainQuestions: train.length,
    trainCandidates: train.reduce((s, q) => s + q.rows.length, 0),
  },
  chosenOnDev: { ...best.settings, choiceTargets: CHOICE_TARGETS, targetPrecision, threshold: best.model.threshold, hedgePrecision, hedge },
  dev: { newsTop1: round(best.news.rightTop1), newsHandledRight: round(best.news.correct), squadHandledRight: round(best.squad) },
  test: 'never read here: `npm run eval` reports the sealed test splits (README, "Evaluation")',
  knownLimits: [
    'cautious: at the chosen threshold it abstains on most answerable questions whose wording differs from the sentence',
    "cannot tell SQuAD's adversarial unanswerable questions from answerable ones",
    'trained on 1961 Brown press text, 16 modern pages and Wikipedia; modern news may differ',
  ],
  licence: 'SQuAD 2.0 questions and Wikipedia text: CC BY-SA 4.0 (Rajpurkar, Jia & Liang 2018).',
};
const text = `// Written by \`npm run train\`; never edit by hand. The model card says what it was fitted on.
import type { AnswerModel } from './model.js';

export const MODEL_CARD = ${JSON.stringify(card, null, 2)} as const;

export const ANSWER_MODEL: AnswerModel = {
  ranker: ${part(best.model.ranker)},
  gate: ${part(best.model.gate)},
  threshold: ${best.model.threshold},
  hedge: ${hedge},
};
`;
await writeFile(values.out, text);
log(`wrote ${values.out}: ${JSON.stringify(best.settings)}, threshold ${best.model.threshold}`);
