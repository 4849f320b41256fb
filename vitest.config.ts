import { configDefaults, defineConfig } from 'vitest/config';

// Two projects: `npm test` runs `main`; the fault suite (tests/faults: a real bot against the fake
// Discord under 429s, 5xx, gateway closes, SIGKILL, read-only files, load) takes about two minutes
// on its own, so it is `npm run test:faults` (also run by .ci/run). `npx vitest run` runs both once.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'main',
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/faults/**'],
        },
      },
      { extends: true, test: { name: 'faults', include: ['tests/faults/**/*.test.ts'] } },
    ],
  },
});
