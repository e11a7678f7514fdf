/**
 * CHANGELOG.md is generated from the pending changesets (scripts/changelog.ts, in file-name order):
 * it is up to date, and the generator keeps what `changeset version` wrote.
 */
import { describe, expect, it } from 'vitest';
import { changelogFile, nextVersion, parseChangeset, renderChangelog, type Changeset } from '../../scripts/changelog.js';

describe('CHANGELOG.md', () => {
  it('is what the pending changesets give (else run npm run changelog)', () => {
    const { current, expected } = changelogFile();
    expect(current).toBe(expected);
  });

  const a: Changeset = { file: 'a.md', type: 'minor', summary: 'A feature.\n\n- one\n- two' };
  const b: Changeset = { file: 'b.md', type: 'patch', summary: 'A fix.' };

  it('writes the Unreleased section under the title, keeps the released versions and drops a stale section', () => {
    const released = '# qinqing\n\n## 0.1.0\n\n### Minor Changes\n\n- abc1234: Old.\n';
    const text = renderChangelog(released, [a, b], 'qinqing', '0.1.0');
    expect(text).toContain('# qinqing\n\n## Unreleased\n');
    expect(text).toContain('release them as 0.2.0');
    expect(text).toContain('### Minor Changes\n\n- A feature.\n\n  - one\n  - two\n\n### Patch Changes\n\n- A fix.\n\n## 0.1.0\n');
    // After `changeset version` the old Unreleased section sits below the new version; it goes.
    const afterVersion = '# qinqing\n\n## 0.2.0\n\n### Minor Changes\n\n- A feature.\n\n## Unreleased\n\nold\n\n## 0.1.0\n\n- Old.\n';
    expect(renderChangelog(afterVersion, [], 'qinqing', '0.2.0')).toBe('# qinqing\n\n## 0.2.0\n\n### Minor Changes\n\n- A feature.\n\n## 0.1.0\n\n- Old.\n');
    expect(renderChangelog(null, [], 'qinqing', '0.0.0')).toBe('# qinqing\n');
  });

  it('reads the front matter changesets writes and refuses what it cannot read', () => {
    expect(parseChangeset('---\n"qinqing": patch\n---\n\nFixed.\n', 'x.md', 'qinqing')).toEqual({ file: 'x.md', type: 'patch', summary: 'Fixed.' });
    expect(parseChangeset("---\nqinqing: major\n---\nGone.", 'x.md', 'qinqing').type).toBe('major');
    expect(() => parseChangeset('Fixed.', 'x.md', 'qinqing')).toThrow('no front matter');
    expect(() => parseChangeset('---\n"other": patch\n---\nFixed.', 'x.md', 'qinqing')).toThrow('names the package other');
    expect(() => parseChangeset('---\n"qinqing": huge\n---\nFixed.', 'x.md', 'qinqing')).toThrow('cannot read');
  });

  it('bumps the version as changesets does', () => {
    expect(nextVersion('0.0.0', ['minor', 'patch'])).toBe('0.1.0');
    expect(nextVersion('1.2.3', ['patch'])).toBe('1.2.4');
    expect(nextVersion('1.2.3', ['patch', 'major'])).toBe('2.0.0');
    expect(nextVersion('1.2.3', ['none'])).toBeNull();
  });
});
