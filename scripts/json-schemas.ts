/**
 * Writes every public zod schema of qinqing as a JSON Schema (draft 2020-12) into `schemas/`,
 * for back ends that are not TypeScript (Java, Go, …). Run by `npm run build`; the files ship in
 * the package as `qinqing/schemas/<name>.json`.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import * as api from '../src/index.js';

const outDir = new URL('../schemas/', import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const kebab = (name: string): string =>
  name
    .replace(/Schema$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

const written: Record<string, string> = {};
for (const [name, value] of Object.entries(api)) {
  if (!name.endsWith('Schema') || !(value instanceof z.ZodType)) continue;
  const file = `${kebab(name)}.json`;
  const schema = z.toJSONSchema(value, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...body } = schema;
  const withId = { $schema, $id: `qinqing/schemas/${file}`, title: name.replace(/Schema$/, ''), ...body };
  writeFileSync(new URL(file, outDir), `${JSON.stringify(withId, null, 2)}\n`);
  written[name.replace(/Schema$/, '')] = file;
}
writeFileSync(new URL('index.json', outDir), `${JSON.stringify(written, null, 2)}\n`);
process.stdout.write(`json-schemas: wrote ${Object.keys(written).length} schemas to schemas/\n`);
