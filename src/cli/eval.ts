/**
 * `npm run eval [-- --sets bank-dev,bank-test,squad-test,old,fresh] [--data ../shared/data] [--json] [--failures]`
 *
 * Asks each question set of the knowledge base it belongs to (the open setting) and prints, per
 * set, by question type and by expected answer kind: right top-1 and top-3 citations, right short
 * answers, plain BM25's right top-1 over the same sentences (the baseline, same run), abstention on
 * unanswerable questions, false abstentions, confident-wrong answers (share of answers given), and
 * overall (answerable answered right + unanswerable abstained); then the abstention trade-off:
 * the precision of the answers given as the threshold moves.
 *
 * The bank's test split is sealed: it is read only here, to report.
 */
import { ANSWER_MODEL } from '../core/answer/model-weights.js';
import { formatRows, readBankSplit } from '../eval/bank.js';
import { closestShown, evaluateSet, formatClosest, formatCurve, rowsBy, tradeOff, TYPE_ORDER, type Outcome } from '../eval/evaluate.js';
import { newsSet, olderQuestions, squadSet, type QuestionSet } from '../eval/question-sets.js';
import { defaultBuildOptions } from '../io/load-knowledge-base.js';
import { cliOptions } from './options.js';

const ALL_SETS = ['bank-dev', 'bank-test', 'squad-dev', 'squad-test', 'old', 'fresh'];
const values = cliOptions(
  {
    sets: { type: 'string', default: 'bank-dev,bank-test,squad-test,old,fresh' },
    data: { type: 'string', default: '../shared/data' },
    knowledge: { type: 'string', default: 'knowledge' },
    json: { type: 'boolean', default: false },
    failures: { type: 'boolean', default: false },
  },
  'usage: npm run eval -- [--sets bank-dev,bank-test,squad-dev,squad-test,old,fresh] [--data DIR] [--knowledge DIR] [--json] [--failures]',
);
const wanted = values.sets.split(',').map((s) => s.trim());
for (const s of wanted) {
  if (!ALL_SETS.includes(s)) {
    process.stderr.write(`unknown set ${s}; sets: ${ALL_SETS.join(', ')}\n`);
    process.exit(2);
  }
}

const resources = defaultBuildOptions();
const reports: Array<{ set: string; questions: number; note?: string; byType: ReturnType<typeof rowsBy>; byKind: ReturnType<typeof rowsBy>; curve: ReturnType<typeof tradeOff>; closest: ReturnType<typeof closestShown> }> = [];
const failures: Outcome[] = [];
const CURVE = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

async function report(name: string, set: QuestionSet): Promise<void> {
  const outcomes = evaluateSet(set);
  failures.push(...outcomes.filter((o) => (o.answerable ? !o.top1 : o.answered)));
  const entry = {
    set: name,
    questions: outcomes.length,
    ...(set.note ? { note: set.note } : {}),
    byType: rowsBy(outcomes, (o) => o.type, TYPE_ORDER),
    byKind: rowsBy(outcomes, (o) => o.kind),
    curve: tradeOff(outcomes, [...new Set([...CURVE, ANSWER_MODEL.threshold])].sort((a, b) => a - b)),
    closest: closestShown(outcomes),
  };
  reports.push(entry);
  if (!values.json) {
    process.stdout.write(`\n## ${name}: ${outcomes.length} questions over ${set.articles.length} articles${set.note ? ` (${set.note})` : ''}\n\nby question type\n${formatRows(entry.byType)}\n\nby expected answer kind\n${formatRows(entry.byKind)}\n\nabstention trade-off (answered at threshold ${ANSWER_MODEL.threshold} now)\n${formatCurve(entry.curve)}\n\n${formatClosest(entry.closest)}\n`);
  }
}

const newsWanted = wanted.filter((s) => ['bank-dev', 'bank-test', 'old', 'fresh'].includes(s));
if (newsWanted.length > 0) {
  const news = await newsSet(['dev'], { knowledgeDir: values.knowledge, dataDir: values.data, resources });
  if (wanted.includes('bank-dev')) await report('bank dev', news);
  if (wanted.includes('bank-test')) {
    const stories = new Set(news.articles.map((a) => a.id));
    const test = (await readBankSplit('test')).filter((q) => [...stories].some((id) => id === q.story || id.startsWith(`${q.story}-`)));
    await report('bank test', { ...news, questions: test });
  }
  if (wanted.includes('old')) await report('old set (tests/fixtures/eval/questions.json; the model trains on it)', { ...news, questions: await olderQuestions('tests/fixtures/eval/questions.json', 'old') });
  if (wanted.includes('fresh')) await report('fresh set (questions-fresh.json; tuned on, and the model trains on it: not held out)', { ...news, questions: await olderQuestions('tests/fixtures/eval/questions-fresh.json', 'fresh') });
}
for (const split of ['dev', 'test'] as const) {
  if (!wanted.includes(`squad-${split}`)) continue;
  const squad = await squadSet([split], { dataDir: values.data, resources });
  if (!squad) process.stdout.write(`\n## squad ${split}: skipped (no ${values.data}/squad2-dev-a)\n`);
  else await report(`squad ${split}`, squad);
}
if (values.json) process.stdout.write(`${JSON.stringify({ threshold: ANSWER_MODEL.threshold, reports })}\n`);
if (values.failures) {
  for (const o of failures) {
    const got = o.result.kind === 'answer' ? `${o.result.answer.slice(0, 70)} | ${o.result.citations[0]?.sentence.slice(0, 120)}` : `I don't know (top ${o.topScore.toFixed(2)}, ${o.topRight ? 'right' : 'wrong'} sentence)`;
    process.stderr.write(`✗ ${o.question.id} [${o.type}/${o.kind}] ${o.question.question}\n    want: ${JSON.stringify(o.question.answers.length ? o.question.answers : (o.question.match ?? "I don't know"))}\n    got:  ${got}\n`);
  }
}
