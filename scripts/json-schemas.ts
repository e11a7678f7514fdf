/**
 * Writes every public zod schema of qinqing as a JSON Schema (draft 2020-12) into `schemas/`,
 * for back ends that are not TypeScript (Java, Go, …). Run by `npm run build`; the files ship in
 * the package as `qinqing/schemas/<name>.json`, with `qinqing/schemas/qinqing.schema.json`, all
 * of them in one file, and `qinqing/schemas/index.json`, the file of each name.
 *
 * The schemas are read from every entry point but `qinqing/testing`: each `XxxSchema` export, and
 * the `schema` of each enum (`IntakeChannel.schema` is written as `intake-channel.json`). What the
 * files hold is described in scripts/schemas/build.ts and docs/guides/json-schemas.md.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { entries } from '../tsup.config.js';
import { BUNDLE_FILE, buildJsonSchemas, collectSchemas } from './schemas/build.js';
import { readSourceDocs } from './schemas/docs.js';

const modules: Record<string, Record<string, unknown>> = {};
for (const [key, file] of Object.entries(entries)) {
  if (key.startsWith('testing/')) continue;
  modules[key] = (await import(new URL(`../${file}`, import.meta.url).href)) as Record<string, unknown>;
}
const built = buildJsonSchemas(collectSchemas(modules), readSourceDocs(new URL('../src/', import.meta.url)));

const outDir = new URL('../schemas/', import.meta.url);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const write = (file: string, value: unknown): void => writeFileSync(new URL(file, outDir), `${JSON.stringify(value, null, 2)}\n`);
for (const [file, schema] of built.files) write(file, schema);
write(BUNDLE_FILE, built.bundle);
write('index.json', built.index);
process.stdout.write(`json-schemas: wrote ${built.files.size} schemas and ${BUNDLE_FILE} to schemas/\n`);
