/**
 * Runs before every test file (vitest.config.ts `setupFiles`): fast-check's global settings start
 * from its defaults in each file. The unit and property projects run with `isolate: false`, so one
 * worker runs many files in turn and keeps fast-check loaded between them; without this reset, a
 * file's `fc.configureGlobal(…)` (test/docs/examples.test.ts asks for 20 runs, a fixed seed and no
 * shrinking) would carry over to every file the worker runs after it.
 */
import { fc } from '@fast-check/vitest';

fc.resetConfigureGlobal();
