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
export function createWordVectors(words: readonly string[], codes: Int8Array, dimensions: number): WordVectors {
  const rows = new Map<string, number>();
  words.forEach((w, i) => {
    if (!rows.has(w)) rows.set(w, i);
  });
  const norms = new Float32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    let s = 0;
    for (let d = 0, o = i * dimensions; d < dimensions; d++, o++) s += (codes[o] as number) * (codes[o] as number);
    norms[i] = Math.sqrt(s) || 1;
  }
  return {
    dimensions,
    row: (word) => rows.get(word) ?? -1,
    similarity(a, b) {
      if (a < 0 || b < 0) return 0;
      if (a === b) return 1;
      let s = 0;
      const oa = a * dimensions;
      const ob = b * dimensions;
      for (let d = 0; d < dimensions; d++) s += (codes[oa + d] as number) * (codes[ob + d] as number);
      return s / ((norms[a] as number) * (norms[b] as number));
    },
  };
}
