/**
 * `npm run bench [-- name]`: runs every bench/*.bench.ts (e.g. `-- scaling`: bench/scaling.bench.ts), or those whose file name contains `name`,
 * each in its own Node.js process, so that one bench's fixtures and compiled code do not weigh on
 * the next one's time and heap figures.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const filter = process.argv[2] ?? '';
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
if (files.length === 0) {
  process.stderr.write(`no bench matches "${filter}"\n`);
  process.exit(1);
}
let failed = 0;
for (const f of files) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL(f, import.meta.url))], { stdio: 'inherit' });
  if (r.status !== 0) {
    process.stderr.write(`${f} failed (exit ${r.status ?? r.signal})\n`);
    failed++;
  }
}
process.exit(failed === 0 ? 0 : 1);
