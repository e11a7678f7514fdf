import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/**/*.test.ts'] } },
      // Property tests run thousands of cases: give them room on a shared, loaded CI machine.
      { test: { name: 'prop', include: ['test/**/*.test-prop.ts'], testTimeout: 120_000 } },
      {
        test: {
          name: 'types',
          include: [],
          typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
        },
      },
    ],
  },
});
