import { configDefaults, defineConfig } from 'vitest/config';

// Two projects, both run by `npm test`: `main`, and the fault suite (tests/faults: a real bot against
// the fake Discord under 429s, 5xx, gateway closes, SIGKILL, read-only files, load; about two
// minutes), which `npm run test:faults` runs alone.
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
