/**
 * Word vectors for paraphrase ("offer" ~ "proposal"): a fixed table of quantised unit vectors,
 * injected by the edges so the core does no I/O.
 */
export interface WordVectors {
  readonly dimensions: number;
  /** Row of a lower-case word, or -1 when it has no vector. */
  row(word: string): number;
  /** Cosine similarity of two rows (-1 … 1); 0 when either is -1. */
  similarity(a: number, b: number): number;
}

/**
 * Wraps a vocabulary and its int8 codes (row-major, `dimensions` per word).
 *
 * @example
 * const v = createWordVectors(['pay', 'salary'], new Int8Array([127, 0, 100, 20]), 2);
 * v.similarity(v.row('pay'), v.row('salary')); // ≈ 0.98
 */
export function createWordVectors(vocabulary: readonly string[] | (() => readonly string[]), codes: Int8Array, dimensions: number): WordVectors {
  // Both tables are filled on demand, and the vocabulary may be too (a function giving it): a start
  // would otherwise spend ~0.2 s on 100,000 words before the first question needs any of them.
  let rows: Map<string, number> | undefined;
  const rowsOf = (): Map<string, number> => {
    if (rows) return rows;
    const words = typeof vocabulary === 'function' ? vocabulary() : vocabulary;
    rows = new Map<string, number>();
    for (let i = 0; i < words.length; i++) if (!rows.has(words[i] as string)) rows.set(words[i] as string, i);
    return rows;
  };
  /** Per row, its vector's length; 0 until first needed (a length is never 0: an empty vector counts 1). */
  const norms = new Float32Array(Math.floor(codes.length / dimensions));
  const normOf = (i: number): number => {
    let norm = norms[i] as number;
    if (norm === 0) {
      let s = 0;
      for (let d = 0, o = i * dimensions; d < dimensions; d++, o++) s += (codes[o] as number) * (codes[o] as number);
      norms[i] = Math.sqrt(s) || 1;
      norm = norms[i] as number;
    }
    return norm;
  };
  return {
    dimensions,
    row: (word) => rowsOf().get(word) ?? -1,
    similarity(a, b) {
      if (a < 0 || b < 0) return 0;
      if (a === b) return 1;
      let s = 0;
      const oa = a * dimensions;
      const ob = b * dimensions;
      for (let d = 0; d < dimensions; d++) s += (codes[oa + d] as number) * (codes[ob + d] as number);
      return s / (normOf(a) * normOf(b));
    },
  };
}
