import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * The time zones `npm run test:tz` runs the unit and property tests in, besides UTC
 * (`npm run test:unit`): China itself, a zone with summer time, and both ends of the clock
 * (UTC+14 and UTC−11), where a local date and the UTC date differ for most of the day.
 */
const zones = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

/**
 * What the unit and property projects share.
 *
 * - `isolate: false`: a worker runs its project's files one after another and imports zod,
 *   fast-check and src/ once, instead of once per file (that re-import was about two thirds of the
 *   gate's CPU time). The library is pure and no test mocks, spies on or stubs a module, so a file
 *   cannot leave anything behind for the next one except fast-check's global settings, which
 *   test/setup/fast-check.ts resets before every file.
 * - `pool: 'forks'`: each zone project gets its own child process started with its `TZ`. Worker
 *   threads share one process and one zone, whatever `process.env.TZ` says inside them.
 * - test/setup/time-zone.ts fails every file that does not run in the `TZ` its project names.
 */
const shared = {
  isolate: false,
  pool: 'forks' as const,
  setupFiles: ['test/setup/time-zone.ts', 'test/setup/fast-check.ts'],
};

/** The unit and property projects, in `zone` if one is given and in the shell's `TZ` if not. */
function runtimeProjects(zone?: string): TestProjectInlineConfiguration[] {
  const name = (project: string): string => (zone === undefined ? project : `${project}@${zone}`);
  const env = zone === undefined ? {} : { env: { TZ: zone } };
  return [
    // PGlite starts a Postgres (seconds of CPU): once, in the UTC run, not once per zone; the store contract runs in every zone on SQLite and in memory.
    // The demo (test/examples/demo.test.ts) runs the whole worked example in a child process (seconds): once, in the UTC run.
    { test: { ...shared, ...env, name: name('unit'), include: ['test/**/*.test.ts'], ...(zone === undefined ? {} : { exclude: ['test/store/pglite.test.ts', 'test/examples/demo.test.ts'] }) } },
    // Property tests run thousands of cases: give them room on a shared, loaded CI machine.
    { test: { ...shared, ...env, name: name('prop'), include: ['test/**/*.test-prop.ts'], testTimeout: 120_000 } },
  ];
}

/**
 * By default the projects `unit`, `prop` and `types`, in the shell's time zone. With
 * `--mode zones` (`npm run test:tz`), `unit@<zone>` and `prop@<zone>` for each of `zones`, all
 * in one vitest run: select one with e.g. `--project 'unit@Pacific/Kiritimati'`.
 */
export default defineConfig(({ mode }) => ({
  test: {
    projects:
      mode === 'zones'
        ? zones.flatMap((zone) => runtimeProjects(zone))
        : [
            ...runtimeProjects(),
            {
              test: {
                name: 'types',
                include: [],
                typecheck: { enabled: true, only: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
              },
            },
          ],
  },
}));
