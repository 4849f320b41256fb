/**
 * Retrieval alone, factdesk against what a user would pick instead, on the same sentences and the
 * same analysis: every engine gets factdesk's own tokens, stems and stopwords (each stem as an
 * opaque word, so no engine's own tokenizer or stemmer changes what matches), and returns its 60
 * best sentences for the question's stems. Recall@60 = share of questions whose source sentence
 * (or a verbatim copy) is among them: the candidates factdesk's answer stage would see.
 */
import Database from 'better-sqlite3';
import { Index } from 'flexsearch';
import type { QueryGroup } from '../core/answer/query-terms.js';
import { CANDIDATES, createScratch, retrieve } from '../core/answer/rank.js';
import { isIndexed } from '../core/index/article-analysis.js';
import { retrievePruned } from '../core/index/pruned-retrieval.js';
import { buildSentenceIndex, type IndexedSentence } from '../core/index/sentence-index.js';
import { tokenize, tokenizeOnce } from '../core/text/tokenize.js';
import type { BenchQuestion, SourceSentence } from './questions.js';
import { percentile, round } from './stats.js';

export interface PeerFigures {
  factdesk_retrieval_p50_ms: number;
  factdesk_retrieval_p99_ms: number;
  factdesk_recall_at_60: number;
  factdesk_pruned_p50_ms: number;
  factdesk_pruned_p99_ms: number;
  flexsearch_p50_ms: number;
  flexsearch_p99_ms: number;
  flexsearch_recall_at_60: number;
  fts5_p50_ms: number;
  fts5_p99_ms: number;
  fts5_recall_at_60: number;
}

/** Build times, logged but not part of the JSON contract. */
export interface PeerBuild {
  factdesk_ms: number;
  flexsearch_ms: number;
  fts5_ms: number;
  /** Questions whose pruned top 60 differed from the exhaustive one (must be 0). */
  pruned_mismatches: number;
}

interface Engine {
  name: string;
  top(stems: readonly string[]): number[];
}

const WARMUP = 30;

function timeEngine(engine: Engine, queries: ReadonlyArray<{ stems: string[]; source: string }>, texts: readonly string[]) {
  for (const q of queries.slice(0, WARMUP)) engine.top(q.stems);
  const latencies: number[] = [];
  let hits = 0;
  const results: number[][] = [];
  for (const q of queries) {
    const start = performance.now();
    const top = engine.top(q.stems);
    latencies.push(performance.now() - start);
    results.push(top);
    if (top.some((s) => texts[s] === q.source)) hits++;
  }
  return {
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    recall: round(hits / Math.max(1, queries.length), 3),
    results,
  };
}

/**
 * Runs every engine over the same sentences and questions.
 *
 * @example
 * const { figures } = runPeers(sentences, questions);
 * figures.flexsearch_recall_at_60; // 0.71
 */
export function runPeers(sentences: readonly SourceSentence[], questions: readonly BenchQuestion[]): { figures: PeerFigures; build: PeerBuild } {
  const texts = sentences.map((s) => s.text);
  // Opaque token per stem: t0, t1, … — the same vocabulary for every engine.
  const tokenOf = new Map<string, string>();
  const token = (stem: string): string => {
    let t = tokenOf.get(stem);
    if (t === undefined) {
      t = `t${tokenOf.size}`;
      tokenOf.set(stem, t);
    }
    return t;
  };
  const documents = texts.map((text) => tokenizeOnce(text).filter(isIndexed).map((t) => token(t.stem)).join(' '));
  const queries = questions.map((q) => ({
    stems: [...new Set(tokenize(q.question).filter(isIndexed).map((t) => t.stem))],
    source: q.source.text,
  }));

  let start = performance.now();
  const indexed: IndexedSentence[] = texts.map((text, i) => ({ article: 0, paragraph: 0, index: i, text }));
  const index = buildSentenceIndex(indexed);
  const scratch = createScratch(index.idLimit);
  const factdeskMs = performance.now() - start;
  const groupsOf = (stems: readonly string[]): QueryGroup[] => {
    const groups: QueryGroup[] = [];
    for (const stem of stems) {
      const term = index.termId(stem);
      if (term === undefined) continue;
      groups.push({ word: stem, importance: index.idf(term), isName: false, alternatives: [{ terms: [term], weight: 1, via: 'exact', word: stem }] });
    }
    return groups;
  };

  start = performance.now();
  const flex = new Index({ tokenize: 'strict', encode: (text: string) => text.split(' ').filter((w) => w !== '') });
  documents.forEach((doc, i) => flex.add(i, doc));
  const flexMs = performance.now() - start;

  start = performance.now();
  const db = new Database(':memory:');
  db.exec("CREATE VIRTUAL TABLE sentences USING fts5(stems, tokenize = 'unicode61')");
  const insert = db.prepare('INSERT INTO sentences (rowid, stems) VALUES (?, ?)');
  db.transaction(() => documents.forEach((doc, i) => insert.run(i + 1, doc)))();
  const search = db.prepare('SELECT rowid FROM sentences WHERE sentences MATCH ? ORDER BY rank LIMIT ?').pluck();
  const ftsMs = performance.now() - start;

  const engines: Engine[] = [
    { name: 'factdesk', top: (stems) => retrieve(groupsOf(stems), index, scratch, CANDIDATES).map((c) => c.sentence) },
    { name: 'pruned', top: (stems) => retrievePruned(groupsOf(stems), index, CANDIDATES).map((c) => c.sentence) },
    { name: 'flexsearch', top: (stems) => flex.search(stems.map(token).join(' '), { limit: CANDIDATES, suggest: true }) as number[] },
    {
      name: 'fts5',
      top: (stems) => {
        const known = stems.filter((s) => tokenOf.has(s));
        if (known.length === 0) return [];
        return (search.all(known.map(token).join(' OR '), CANDIDATES) as number[]).map((rowid) => rowid - 1);
      },
    },
  ];
  const [ours, pruned, flexsearch, fts5] = engines.map((engine) => timeEngine(engine, queries, texts)) as [
    ReturnType<typeof timeEngine>,
    ReturnType<typeof timeEngine>,
    ReturnType<typeof timeEngine>,
    ReturnType<typeof timeEngine>,
  ];
  db.close();
  const mismatches = ours.results.filter((r, i) => r.join(',') !== (pruned.results[i] ?? []).join(',')).length;
  return {
    figures: {
      factdesk_retrieval_p50_ms: ours.p50,
      factdesk_retrieval_p99_ms: ours.p99,
      factdesk_recall_at_60: ours.recall,
      factdesk_pruned_p50_ms: pruned.p50,
      factdesk_pruned_p99_ms: pruned.p99,
      flexsearch_p50_ms: flexsearch.p50,
      flexsearch_p99_ms: flexsearch.p99,
      flexsearch_recall_at_60: flexsearch.recall,
      fts5_p50_ms: fts5.p50,
      fts5_p99_ms: fts5.p99,
      fts5_recall_at_60: fts5.recall,
    },
    build: { factdesk_ms: round(factdeskMs, 0), flexsearch_ms: round(flexMs, 0), fts5_ms: round(ftsMs, 0), pruned_mismatches: mismatches },
  };
}
