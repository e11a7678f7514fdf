/**
 * The README and the guides as the package ships them: every relative link in README.md, and in
 * each Markdown file of docs/ that ships, leads to a file that is in the packed tarball (what
 * `npm pack --dry-run` lists), so that the links work in node_modules/qinqing as in the repository.
 * The npm website resolves none of them (it has no repository to resolve them against; see the
 * README's Documentation section).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/changelog.js';

/** The files of the tarball `npm pack` would write, relative to the package root. */
function packedFiles(): Set<string> {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const [pack] = JSON.parse(out) as { files: { path: string }[] }[];
  return new Set((pack?.files ?? []).map((f) => f.path.split(path.sep).join('/')));
}

/** The relative link targets of a Markdown text (outside code), without their #fragment. */
function relativeLinks(text: string): string[] {
  const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');
  return [...prose.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => (m[1] as string).split('#')[0] as string)
    .filter((t) => t !== '' && !/^[a-z][a-z0-9+.-]*:/i.test(t));
}

describe('links in the package', () => {
  const files = packedFiles();
  const markdown = [...files].filter((f) => f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md'))).sort();

  it('the tarball holds the README, the changelog and the guides', () => {
    expect(markdown).toContain('README.md');
    expect(markdown).toContain('docs/guides/getting-started.md');
    expect(files.has('CHANGELOG.md')).toBe(true);
    expect(relativeLinks(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).length).toBeGreaterThan(5);
  });

  it.each(markdown)('%s: every relative link leads to a file in the tarball', (file) => {
    const links = relativeLinks(readFileSync(path.join(repoRoot, file), 'utf8'));
    const missing = links.filter((link) => !files.has(path.posix.normalize(path.posix.join(path.posix.dirname(file), link))));
    expect(missing).toEqual([]);
  });
});
