/**
 * The glossary (术语表, docs/guides/glossary.md) lists every enum's values with the labels the code
 * has today (Part 8 / issue 13: "a Chinese glossary page"); `tsx scripts/glossary.ts` rewrites it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { glossaryFile, renderGlossary } from '../../scripts/glossary.js';
import { IntakeChannel } from '../../src/issue/index.js';

describe('the glossary page (Part 8 / issue 13)', () => {
  const text = readFileSync(glossaryFile, 'utf8');

  it('is up to date with the labels (else run tsx scripts/glossary.ts)', () => {
    expect(renderGlossary(text)).toBe(text);
  });

  it('would show a changed label: the section is generated from the enums', () => {
    expect(text).toContain(`| ${IntakeChannel.labels.hotline.zh} | ${IntakeChannel.labels.hotline.en} | \`'hotline'\` |`);
    const row = `| ${IntakeChannel.labels.hotline.zh} | ${IntakeChannel.labels.hotline.en} | \`'hotline'\` |`;
    expect(renderGlossary(text.replace(row, row.replace(IntakeChannel.labels.hotline.zh, '旧名')))).toBe(text);
  });
});
