/**
 * CHANGELOG.md, generated: its `## Unreleased` section is written from the pending changesets
 * (`.changeset/*.md`, taken in file-name order) the way `changeset version` writes a release with
 * this project's changelog generator (`@changesets/cli/changelog`): a `### Major Changes`,
 * `### Minor Changes` and `### Patch Changes` list, one item per changeset (its first line after
 * `- `, the other lines indented by two spaces), and the whole file formatted by the prettier
 * that changesets formats it with. One difference, deliberate: no commit hash, since the commit
 * that adds a changeset is not known while it is being written, and the section must come out the
 * same on every branch.
 *
 * Everything else in the file (the `# qinqing` title and the released versions that
 * `changeset version` writes) is kept as it is. At release: `npx changeset version` writes
 * `## <version>` under the title and deletes the changesets, then `npm run changelog` removes the
 * now-empty Unreleased section.
 *
 * `npm run changelog` writes the file; `npm run changelog -- --check` fails when it is stale, and
 * so does test/package/changelog.test.ts (run by `npm test`).
 *
 * @module
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** A release type as changesets writes it in a changeset's front matter. */
export type BumpType = 'major' | 'minor' | 'patch' | 'none';

/** One pending changeset: its file, the release type for the package, and its summary. */
export interface Changeset {
  readonly file: string;
  readonly type: BumpType;
  readonly summary: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const RELEASE_LINE = /^\s*(?:"([^"]+)"|'([^']+)'|([^\s:'"]+))\s*:\s*(major|minor|patch|none)\s*$/;

/**
 * Parses a changeset file the way changesets does for this project's use: a front matter of
 * `"<package>": <type>` lines, then the summary (trimmed).
 *
 * @param text - The file's text.
 * @param file - Its name, for errors.
 * @param packageName - The package (this repository has one).
 * @returns The changeset; throws on a front matter it cannot read or that names another package.
 */
export function parseChangeset(text: string, file: string, packageName: string): Changeset {
  const m = FRONT_MATTER.exec(text.trimStart());
  if (m === null) throw new Error(`${file}: no front matter (--- "${packageName}": minor ---)`);
  let type: BumpType | undefined;
  for (const line of (m[1] as string).split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const r = RELEASE_LINE.exec(line);
    if (r === null) throw new Error(`${file}: cannot read the front matter line ${JSON.stringify(line)}`);
    const name = r[1] ?? r[2] ?? r[3];
    if (name !== packageName) throw new Error(`${file}: names the package ${name}; this repository publishes ${packageName} only`);
    type = r[4] as BumpType;
  }
  if (type === undefined) throw new Error(`${file}: the front matter names no release for ${packageName}`);
  return { file, type, summary: (m[2] as string).trim() };
}

/** The pending changesets of `dir`, sorted by file name (README.md is not one). */
export function readChangesets(dir: string, packageName: string): Changeset[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((f) => parseChangeset(readFileSync(path.join(dir, f), 'utf8'), f, packageName));
}

/** One changelog item, as `@changesets/changelog-git` writes it without a commit. */
function releaseLine(summary: string): string {
  const [first, ...rest] = summary.split('\n').map((l) => l.trimEnd());
  return [`- ${first ?? ''}`, ...rest.map((l) => `  ${l}`)].join('\n');
}

interface Prettier {
  format(source: string, options: { parser: string }): string;
}

/**
 * The prettier `changeset version` formats CHANGELOG.md with: the project's own if it had one,
 * else the one @changesets/apply-release-plan depends on (found through @changesets/cli, not by
 * hoisting).
 */
function changesetsPrettier(): Prettier {
  const own = createRequire(import.meta.url);
  const cli = own.resolve('@changesets/cli/package.json');
  const applyReleasePlan = createRequire(cli).resolve('@changesets/apply-release-plan');
  return createRequire(applyReleasePlan)('prettier') as Prettier;
}

/** The version `changeset version` gives `version` for the highest of `types`, or null for none. */
export function nextVersion(version: string, types: readonly BumpType[]): string | null {
  const m = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (m === null) throw new Error(`package.json version ${version} is not x.y.z`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (types.includes('major')) return `${major + 1}.0.0`;
  if (types.includes('minor')) return `${major}.${minor + 1}.0`;
  if (types.includes('patch')) return `${major}.${minor}.${patch + 1}`;
  return null;
}

/** The `## Unreleased` section for `changesets`, or '' when none releases anything. */
export function unreleasedSection(changesets: readonly Changeset[], version: string): string {
  const next = nextVersion(version, changesets.map((c) => c.type));
  if (next === null) return '';
  const groups = (['major', 'minor', 'patch'] as const)
    .map((type) => {
      const lines = changesets.filter((c) => c.type === type).map((c) => releaseLine(c.summary));
      return lines.length === 0 ? '' : `### ${type[0]?.toUpperCase()}${type.slice(1)} Changes\n\n${lines.join('\n')}\n`;
    })
    .filter((g) => g !== '');
  return [
    '## Unreleased',
    '',
    `<!-- Written by \`npm run changelog\` from the pending changesets in .changeset/; \`changeset version\` will release them as ${next}. -->`,
    '',
    ...groups.join('\n').trimEnd().split('\n'),
  ].join('\n');
}

const UNRELEASED = /^## Unreleased\n[\s\S]*?(?=^## |(?![\s\S]))/m;

/**
 * CHANGELOG.md as it should be: `current` (or a new file) with its Unreleased section, wherever
 * it is, replaced by one written from `changesets` just under the title.
 */
export function renderChangelog(current: string | null, changesets: readonly Changeset[], packageName: string, version: string): string {
  const base = (current ?? `# ${packageName}\n`).replace(UNRELEASED, '').replace(/\n{3,}/g, '\n\n').trimEnd();
  const newline = base.indexOf('\n');
  const title = newline === -1 ? base : base.slice(0, newline);
  const released = newline === -1 ? '' : base.slice(newline + 1).trim();
  const section = unreleasedSection(changesets, version);
  return changesetsPrettier().format(`${[title, section, released].filter((s) => s !== '').join('\n\n')}\n`, { parser: 'markdown' });
}

/** This repository's CHANGELOG.md: its current text (null when missing) and the text it should have. */
export function changelogFile(root = repoRoot): { file: string; current: string | null; expected: string } {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  const file = path.join(root, 'CHANGELOG.md');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
  const changesets = readChangesets(path.join(root, '.changeset'), pkg.name);
  return { file, current, expected: renderChangelog(current, changesets, pkg.name, pkg.version) };
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { file, current, expected } = changelogFile();
  if (current === expected) {
    console.log('changelog: CHANGELOG.md is up to date with .changeset/');
  } else if (process.argv.includes('--check')) {
    console.error('changelog: CHANGELOG.md is stale (its Unreleased section is not what .changeset/ holds): run npm run changelog');
    process.exitCode = 1;
  } else {
    writeFileSync(file, expected);
    console.log('changelog: wrote CHANGELOG.md');
  }
}
