/**
 * The labelled question bank (`eval/bank/{train,dev,test}.jsonl`): questions written blind by people
 * who saw the stories and a writing guide, never the engine. One JSON object a line. The test split
 * is sealed: its sha256 is recorded in `eval/bank/test.sha256`, checked before every read, and the
 * training command refuses it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import type { AskResult, QuestionType } from '../core/types.js';
import { sha256, type Split } from './splits.js';

export const BankQuestionSchema = z.object({
  id: z.string().min(1),
  question: z.string().min(1),
  type: z.enum(['who', 'when', 'where', 'what', 'why', 'how', 'how-many']).optional(),
  kind: z.string().optional(),
  /** The story (article id prefix) the answer is in; '' when any article may answer. */
  story: z.string(),
  /** Verbatim substrings of an answering sentence; any one suffices. `[]`: unanswerable. */
  answers: z.array(z.string().min(1)),
  /** Acceptable short answers; null when none is crisp. */
  short: z.array(z.string().min(1)).nullable(),
  split: z.enum(['train', 'dev', 'test']),
  unanswerable: z.enum(['near-miss', 'absent']).optional(),
  /** Which set it belongs to: `bank`, `squad`, `old`, `fresh`. */
  set: z.string().optional(),
  /** For the older sets: every fragment of one group must be in the sentence (any group). */
  match: z.array(z.array(z.string())).optional(),
});
export type BankQuestion = z.infer<typeof BankQuestionSchema> & { type?: QuestionType | undefined };

export const BANK_DIR = 'eval/bank';

/** Reads one split's JSON Lines, naming the file and line of any bad entry. */
export async function readBankSplit(split: Split, dir = BANK_DIR): Promise<BankQuestion[]> {
  const file = path.join(dir, `${split}.jsonl`);
  const text = await readFile(file, 'utf8');
  if (split === 'test') await checkSealed(text, dir);
  return parseBank(text, file);
}

export function parseBank(text: string, file: string): BankQuestion[] {
  const out: BankQuestion[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${i + 1}: not JSON: ${(error as Error).message}`);
    }
    const parsed = BankQuestionSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    out.push({ set: 'bank', ...parsed.data });
  });
  return out;
}

/** Throws unless the test split's bytes still hash to the recorded sha256. */
export async function checkSealed(testText: string, dir = BANK_DIR): Promise<void> {
  const recorded = (await readFile(path.join(dir, 'test.sha256'), 'utf8')).trim().split(/\s+/)[0];
  const actual = sha256(testText);
  if (recorded !== actual) throw new Error(`${dir}/test.jsonl changed after it was sealed (sha256 ${actual}, recorded ${recorded})`);
}

/** Is this sentence, of this article, a right citation for the question? */
export function citationMatches(q: BankQuestion, sentence: string, articleId: string): boolean {
  if (q.story !== '' && articleId !== q.story && !articleId.startsWith(`${q.story}-`)) return false;
  if (q.match) return q.match.some((group) => group.every((f) => sentence.includes(f)));
  return q.answers.some((a) => sentence.includes(a));
}

export interface Judged {
  question: BankQuestion;
  answerable: boolean;
  answered: boolean;
  top1: boolean;
  top3: boolean;
  short: boolean | undefined;
  /** Answered, and wrong (an unanswerable question answered, or a wrong citation). */
  confidentWrong: boolean;
}

/** Judges one reply against the bank's labels. */
export function judge(q: BankQuestion, result: AskResult): Judged {
  const answerable = q.answers.length > 0 || (q.match?.length ?? 0) > 0;
  const answered = result.kind === 'answer';
  const citations = result.kind === 'answer' ? result.citations : [];
  const top1 = answerable && citations[0] !== undefined && citationMatches(q, citations[0].sentence, citations[0].article.id);
  const top3 = answerable && citations.slice(0, 3).some((c) => citationMatches(q, c.sentence, c.article.id));
  const short =
    answerable && q.short && q.short.length > 0 ? result.kind === 'answer' && q.short.some((s) => result.answer.toLowerCase().includes(s.toLowerCase())) : undefined;
  return { question: q, answerable, answered, top1, top3, short, confidentWrong: answered && !top1 };
}

export interface Row {
  label: string;
  answerable: number;
  top1: number;
  top3: number;
  shortChecked: number;
  shortRight: number;
  unanswerable: number;
  abstained: number;
  falseAbstained: number;
  answered: number;
  confidentWrong: number;
  /** Plain BM25's right top-1 citations on the answerable questions of this row. */
  baselineTop1?: number;
  /** The engine's own first-ranked sentence is right, answered or not (ranking before the gate). */
  rankedTop1?: number;
}

export function emptyRow(label: string): Row {
  return { label, answerable: 0, top1: 0, top3: 0, shortChecked: 0, shortRight: 0, unanswerable: 0, abstained: 0, falseAbstained: 0, answered: 0, confidentWrong: 0, baselineTop1: 0, rankedTop1: 0 };
}

export function addToRow(r: Row, j: Judged, baselineTop1?: boolean, rankedTop1?: boolean): void {
  if (j.answered) r.answered++;
  if (j.confidentWrong) r.confidentWrong++;
  if (j.answerable) {
    r.answerable++;
    if (j.top1) r.top1++;
    if (j.top3) r.top3++;
    if (!j.answered) r.falseAbstained++;
    if (j.short !== undefined) {
      r.shortChecked++;
      if (j.short) r.shortRight++;
    }
    if (baselineTop1) r.baselineTop1 = (r.baselineTop1 ?? 0) + 1;
    if (rankedTop1) r.rankedTop1 = (r.rankedTop1 ?? 0) + 1;
  } else {
    r.unanswerable++;
    if (!j.answered) r.abstained++;
  }
}

const pct = (n: number, d: number): string => (d === 0 ? '     –' : `${((100 * n) / d).toFixed(1)}%`.padStart(6));

/** The table `npm run eval` prints: one row per label. */
export function formatRows(rows: readonly Row[]): string {
  const head = 'group         answerable  top-1  top-3  short  ranked-1  BM25-top-1  unanswerable  abstained  false-abst  conf-wrong  overall';
  const lines = [head];
  for (const r of rows) {
    const overall = pct(r.top1 + r.abstained, r.answerable + r.unanswerable);
    lines.push(
      [
        r.label.padEnd(13),
        String(r.answerable).padStart(10),
        pct(r.top1, r.answerable),
        pct(r.top3, r.answerable),
        pct(r.shortRight, r.shortChecked),
        pct(r.rankedTop1 ?? 0, r.answerable).padStart(8),
        pct(r.baselineTop1 ?? 0, r.answerable).padStart(10),
        String(r.unanswerable).padStart(12),
        pct(r.abstained, r.unanswerable).padStart(9),
        pct(r.falseAbstained, r.answerable).padStart(10),
        pct(r.confidentWrong, r.answered).padStart(10),
        overall.padStart(7),
      ].join('  '),
    );
  }
  return lines.join('\n');
}
