import { defineConfig } from 'vitest/config';

/**
 * The vitest set-up StrykerJS uses (see stryker.config.mjs): the unit and property projects of
 * vitest.config.ts, with the unit tests run first. Stryker stops at a mutant's first failing test,
 * and the fast unit tests kill most mutants long before the property tests (thousands of cases
 * each) would finish; vitest otherwise runs projects by name, `prop` before `unit`.
 */
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'], sequence: { groupOrder: 0 } } },
      { test: { name: 'prop', include: ['test/**/*.test-prop.ts'], testTimeout: 120_000, sequence: { groupOrder: 1 } } },
    ],
  },
});
