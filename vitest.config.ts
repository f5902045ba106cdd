// Vitest configuration: unit tests run in parallel, browser tests share one fork at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests run the built bin/cvpress.js: rebuild dist/ first when the sources are newer.
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // --expose-gc: the linear-time checks collect garbage before each timed run (tests/redos-linear.test.ts).
    poolOptions: { forks: { maxForks: 2, minForks: 1, execArgv: ['--expose-gc'] } },
  },
});
