export * from './time-of-day.js';
export * from './time-zone.js';
export * from './local-time.js';
export * from './plan-digest.js';
