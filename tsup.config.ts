import { defineConfig } from 'tsup';
import { buildDts } from './scripts/build-dts.js';

/** One entry per public subpath; keep in step with `exports` in package.json. */
export const entries = {
  index: 'src/index.ts',
  'calendar/index': 'src/calendar/index.ts',
  'enterprise/index': 'src/enterprise/index.ts',
  'org/index': 'src/org/index.ts',
  'taxonomy/index': 'src/taxonomy/index.ts',
  'issue/index': 'src/issue/index.ts',
  'procedure/index': 'src/procedure/index.ts',
  'escalation/index': 'src/escalation/index.ts',
  'meeting/index': 'src/meeting/index.ts',
  'pairing/index': 'src/pairing/index.ts',
  'visit/index': 'src/visit/index.ts',
  'policy/index': 'src/policy/index.ts',
  'scoring/index': 'src/scoring/index.ts',
  'report/index': 'src/report/index.ts',
  'access/index': 'src/access/index.ts',
  'privacy/index': 'src/privacy/index.ts',
  'campaign/index': 'src/campaign/index.ts',
  'store/index': 'src/store/index.ts',
  'testing/index': 'src/testing/index.ts',
};

export default defineConfig({
  entry: entries,
  format: ['esm', 'cjs'],
  // Declarations are not tsup's `dts` (which splits them into hashed chunks re-exported under
  // one-letter aliases) but one self-contained file per entry and format, under real names:
  // scripts/build-dts.ts, run once the JavaScript is built.
  dts: false,
  onSuccess: () => buildDts(entries),
  sourcemap: true,
  clean: true,
  target: 'node20',
  treeshake: true,
  splitting: true,
});
