/**
 * Writes every public zod schema of qinqing as a JSON Schema (draft 2020-12) into `schemas/`,
 * for back ends that are not TypeScript (Java, Go, …). Run by `npm run build`; the files ship in
 * the package as `qinqing/schemas/<name>.json`.
 *
 * The schemas are read from every entry point but `qinqing/testing`: each `XxxSchema` export, and
 * the `schema` of each enum (`IntakeChannel.schema` is written as `intake-channel.json`).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { entries } from '../tsup.config.js';

const outDir = new URL('../schemas/', import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const kebab = (name: string): string =>
  name
    .replace(/Schema$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase();

/** An enum as qinqing exports it: `{ values, labels, schema }`. */
const isEnum = (value: unknown): value is { schema: z.ZodType } =>
  typeof value === 'object' && value !== null && 'values' in value && 'labels' in value && 'schema' in value && value.schema instanceof z.ZodEnum;

const found = new Map<string, z.ZodType>();
for (const [key, file] of Object.entries(entries)) {
  if (key.startsWith('testing/')) continue;
  const api = (await import(new URL(`../${file}`, import.meta.url).href)) as Record<string, unknown>;
  for (const [name, value] of Object.entries(api)) {
    if (name.endsWith('Schema') && value instanceof z.ZodType) found.set(name.replace(/Schema$/, ''), value);
    else if (/^[A-Z]/.test(name) && isEnum(value)) found.set(name, value.schema);
  }
}

const written: Record<string, string> = {};
// In the order of the `XxxSchema` names (an enum's schema was `IntakeChannelSchema`), as always.
const byName = ([a]: [string, unknown], [b]: [string, unknown]): number => (`${a}Schema` < `${b}Schema` ? -1 : 1);
for (const [title, value] of [...found].sort(byName)) {
  const file = `${kebab(title)}.json`;
  const schema = z.toJSONSchema(value, { io: 'input', target: 'draft-2020-12' });
  const { $schema, ...body } = schema;
  const withId = { $schema, $id: `qinqing/schemas/${file}`, title, ...body };
  writeFileSync(new URL(file, outDir), `${JSON.stringify(withId, null, 2)}\n`);
  written[title] = file;
}
writeFileSync(new URL('index.json', outDir), `${JSON.stringify(written, null, 2)}\n`);
process.stdout.write(`json-schemas: wrote ${Object.keys(written).length} schemas to schemas/\n`);
