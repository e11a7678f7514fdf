/**
 * The enum-value part of the glossary (术语表), docs/guides/glossary.md: for every enum qinqing
 * defines (each `{ values, labels, schema }` value a subpath exports, such as `IntakeChannel`), its
 * values with their zh-CN and English labels, written between `<!-- glossary: enum values -->` and `<!-- /glossary -->` so that the page
 * cannot drift from the labels in the code.
 *
 * `tsx scripts/glossary.ts` writes the section; `tsx scripts/glossary.ts --check` fails when it is
 * stale. (`enumGlossaryMarkdown` has the shape of a generator of scripts/docs-guides.ts, should the
 * section become one of the guides' generated sections.)
 *
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as access from '../src/access/index.js';
import * as calendar from '../src/calendar/index.js';
import * as enterprise from '../src/enterprise/index.js';
import * as escalation from '../src/escalation/index.js';
import * as issue from '../src/issue/index.js';
import * as meeting from '../src/meeting/index.js';
import * as org from '../src/org/index.js';
import * as pairing from '../src/pairing/index.js';
import * as privacy from '../src/privacy/index.js';
import * as store from '../src/store/index.js';
import * as campaign from '../src/campaign/index.js';
import * as policy from '../src/policy/index.js';
import * as procedure from '../src/procedure/index.js';
import * as report from '../src/report/index.js';
import * as scoring from '../src/scoring/index.js';
import * as taxonomy from '../src/taxonomy/index.js';
import * as visit from '../src/visit/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** docs/guides/glossary.md. */
export const glossaryFile = path.join(repoRoot, 'docs/guides/glossary.md');
const SECTION = /(<!-- glossary: enum values -->\n)[\s\S]*?(<!-- \/glossary -->)/;

/** The subpaths that export enums, in the order of package.json `exports` (`qinqing/testing` has none). */
const subpaths: readonly (readonly [string, object])[] = [
  ['calendar', calendar],
  ['enterprise', enterprise],
  ['org', org],
  ['taxonomy', taxonomy],
  ['issue', issue],
  ['procedure', procedure],
  ['escalation', escalation],
  ['meeting', meeting],
  ['pairing', pairing],
  ['visit', visit],
  ['policy', policy],
  ['scoring', scoring],
  ['report', report],
  ['access', access],
  ['privacy', privacy],
  ['campaign', campaign],
  ['store', store],
];

{
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { exports: Record<string, unknown> };
  const listed = new Set(subpaths.map(([s]) => s));
  const missing = Object.keys(pkg.exports)
    .filter((k) => /^\.\/[a-z-]+$/.test(k) && k !== './testing')
    .filter((k) => !listed.has(k.slice(2)));
  if (missing.length > 0) throw new Error(`glossary: add ${missing.join(', ')} to the subpaths of scripts/glossary.ts`);
}

interface Label {
  readonly zh: string;
  readonly en: string;
}

/** An enum as qinqing exports it: its values, their labels and its schema. */
interface LabelledEnum {
  readonly values: readonly string[];
  readonly labels: Readonly<Record<string, Label>>;
  readonly schema: unknown;
}

const isEnum = (value: unknown): value is LabelledEnum =>
  typeof value === 'object' &&
  value !== null &&
  'values' in value &&
  Array.isArray(value.values) &&
  'schema' in value &&
  'labels' in value &&
  typeof value.labels === 'object' &&
  value.labels !== null &&
  Object.values(value.labels).every((v: unknown) => typeof v === 'object' && v !== null && 'zh' in v && 'en' in v);

const cell = (text: string): string => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/**
 * The generated Markdown: one heading and table per enum, in alphabetical order, each under the
 * first subpath (in the order of package.json `exports`) that exports it.
 *
 * @returns The section's text.
 */
export function enumGlossaryMarkdown(): string {
  const enums = new Map<string, { from: string; value: LabelledEnum }>();
  for (const [from, mod] of subpaths) {
    for (const [name, value] of Object.entries(mod)) if (/^[A-Z]/.test(name) && isEnum(value) && !enums.has(name)) enums.set(name, { from, value });
  }
  const blocks: string[] = [];
  for (const [name, { from, value }] of [...enums].sort(([a], [b]) => (a < b ? -1 : 1))) {
    blocks.push(
      [
        `### \`${name}\``,
        '',
        `\`qinqing/${from}\`: \`${name}\`, with \`${name}.values\`, \`${name}.labels\` and \`${name}.schema\`.`,
        '',
        '| 中文 | English | qinqing |',
        '|---|---|---|',
        ...value.values.map((v) => {
          const l = value.labels[v] as Label;
          return `| ${cell(l.zh)} | ${cell(l.en)} | \`'${v}'\` |`;
        }),
      ].join('\n'),
    );
  }
  return blocks.join('\n\n');
}

/**
 * The glossary's text with its enum-value section rewritten.
 *
 * @param text - The current text of docs/guides/glossary.md.
 * @returns The text it should have.
 */
export function renderGlossary(text: string): string {
  if (!SECTION.test(text)) throw new Error('glossary: docs/guides/glossary.md has no <!-- glossary: enum values --> section');
  const body = enumGlossaryMarkdown();
  return text.replace(SECTION, (_all, open: string, close: string) => `${open}\n${body}\n\n${close}`);
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const current = readFileSync(glossaryFile, 'utf8');
  const expected = renderGlossary(current);
  if (process.argv.includes('--check')) {
    if (current !== expected) {
      console.error('docs/guides/glossary.md: the enum values are stale; run tsx scripts/glossary.ts');
      process.exit(1);
    }
  } else if (current !== expected) {
    writeFileSync(glossaryFile, expected);
    console.log('docs/guides/glossary.md: wrote the enum values');
  }
}
