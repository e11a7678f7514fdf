/** `npm run bench [-- name]`: runs every bench/*.bench.ts, or those whose file name contains `name`. */
import { readdirSync } from 'node:fs';

const filter = process.argv[2] ?? '';
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts') && f.includes(filter))
  .sort();
if (files.length === 0) {
  process.stderr.write(`no bench matches "${filter}"\n`);
  process.exit(1);
}
for (const f of files) await import(new URL(f, import.meta.url).href);
