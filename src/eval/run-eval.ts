import type { AskResult, KnowledgeBase, QuestionType } from '../core/types.js';

/** One question of `tests/fixtures/eval/questions.json`. */
export interface EvalQuestion {
  id: string;
  split: 'dev' | 'test';
  corpus: string;
  type: QuestionType;
  question: string;
  /** `null`: nothing in the knowledge base answers it, so the right reply is "I don't know". */
  expect: { sentence?: string[]; sentence_any?: string[][]; answer?: string[] } | null;
}

export interface EvalOutcome {
  question: EvalQuestion;
  result: AskResult;
  top1: boolean;
  top3: boolean;
  /** undefined when the question has no crisp short answer to check. */
  shortAnswer: boolean | undefined;
  abstained: boolean;
}

export interface EvalRow {
  label: string;
  answerable: number;
  top1: number;
  top3: number;
  shortChecked: number;
  shortCorrect: number;
  unanswerable: number;
  abstained: number;
  /** Answerable questions it wrongly said "I don't know" to. */
  falseAbstentions: number;
}

export function sentenceMatches(sentence: string, expect: NonNullable<EvalQuestion['expect']>): boolean {
  const groups = expect.sentence_any ?? (expect.sentence ? [expect.sentence] : []);
  return groups.some((fragments) => fragments.every((f) => sentence.includes(f)));
}

/** Asks every question and judges the reply against what the question set expects. */
export function runEval(kb: KnowledgeBase, questions: readonly EvalQuestion[], askOptions: Parameters<KnowledgeBase['ask']>[1] = {}): EvalOutcome[] {
  return questions.map((question) => {
    const result = kb.ask(question.question, askOptions);
    const abstained = result.kind === 'unknown';
    const expect = question.expect;
    if (!expect) return { question, result, top1: false, top3: false, shortAnswer: undefined, abstained };
    const citations = result.kind === 'answer' ? result.citations : [];
    const top1 = citations[0] !== undefined && sentenceMatches(citations[0].sentence, expect);
    const top3 = citations.slice(0, 3).some((c) => sentenceMatches(c.sentence, expect));
    const shortAnswer =
      expect.answer && expect.answer.length > 0
        ? result.kind === 'answer' && expect.answer.some((a) => result.answer.toLowerCase().includes(a.toLowerCase()))
        : undefined;
    return { question, result, top1, top3, shortAnswer, abstained };
  });
}

/** Figures by question type, then in total. */
export function summarize(outcomes: readonly EvalOutcome[]): EvalRow[] {
  const rows = new Map<string, EvalRow>();
  const row = (label: string): EvalRow => {
    let r = rows.get(label);
    if (!r) {
      r = { label, answerable: 0, top1: 0, top3: 0, shortChecked: 0, shortCorrect: 0, unanswerable: 0, abstained: 0, falseAbstentions: 0 };
      rows.set(label, r);
    }
    return r;
  };
  for (const o of outcomes) {
    for (const r of [row(o.question.type), row('all')]) {
      if (o.question.expect) {
        r.answerable++;
        if (o.top1) r.top1++;
        if (o.top3) r.top3++;
        if (o.abstained) r.falseAbstentions++;
        if (o.shortAnswer !== undefined) {
          r.shortChecked++;
          if (o.shortAnswer) r.shortCorrect++;
        }
      } else {
        r.unanswerable++;
        if (o.abstained) r.abstained++;
      }
    }
  }
  const order = ['who', 'when', 'where', 'what', 'why', 'how', 'how-many', 'all'];
  return [...rows.values()].sort((a, b) => order.indexOf(a.label) - order.indexOf(b.label));
}

const pct = (n: number, d: number): string => (d === 0 ? '    –' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

/** The table `npm run eval` prints. */
export function formatTable(rows: readonly EvalRow[]): string {
  const lines = ['type      answerable   top-1   top-3  short-answer  unanswerable  abstained  false-abstain'];
  for (const r of rows) {
    lines.push(
      `${r.label.padEnd(9)} ${String(r.answerable).padStart(10)}  ${pct(r.top1, r.answerable)}  ${pct(r.top3, r.answerable)}  ${pct(r.shortCorrect, r.shortChecked).padStart(12)}  ${String(r.unanswerable).padStart(12)}  ${pct(r.abstained, r.unanswerable).padStart(9)}  ${pct(r.falseAbstentions, r.answerable).padStart(13)}`,
    );
  }
  return lines.join('\n');
}
