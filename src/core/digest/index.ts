export * from './build-digest.js';
export * from './digest-words.js';
export * from './digest-text.js';
