import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { redactForPublicListing, maskContactData as maskContactDataFromAccess } from '../../src/access/index.js';
import { maskContactData, maskPersonalData } from '../../src/privacy/index.js';
import { ledgerReport, renderCsv, renderMarkdown, type ReportTable } from '../../src/report/index.js';
import { reportIssues } from '../report/fixtures.js';
import { personalDataCorpus, type CorpusEntry } from './corpus.js';

const base = reportIssues().find((i) => i.id === 'q2');
if (base === undefined) throw new Error('fixture q2');
const options = (e: CorpusEntry) => (e.names === undefined ? undefined : { names: e.names });
const label = (e: CorpusEntry) => `${e.kind}: ${JSON.stringify(e.input)}`;

describe('Part 9 (issue 14): the personal-data corpus', () => {
  it('holds at least 150 texts, each group represented, the 46 formats of the probe among them', () => {
    expect(personalDataCorpus.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(personalDataCorpus.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(['bank-card', 'email', 'id-card', 'kept', 'landline', 'mixed', 'mobile', 'name', 'not caught', 'uscc']);
    expect(personalDataCorpus.filter((e) => e.kind === 'kept').length).toBeGreaterThanOrEqual(40);
    expect(new Set(personalDataCorpus.map((e) => `${e.input}|${(e.names ?? []).join('|')}`)).size).toBe(personalDataCorpus.length);
  });

  it.each(personalDataCorpus.map((e) => [label(e), e] as const))('maskPersonalData and maskContactData: %s', (_, e) => {
    expect(maskPersonalData(e.input, options(e))).toBe(e.masked);
    expect(maskContactData(e.input, options(e))).toBe(e.masked);
    expect(maskContactDataFromAccess(e.input, options(e))).toBe(e.masked);
  });

  it('the public listing masks each title as the corpus says (redactForPublicListing with names)', () => {
    for (const e of personalDataCorpus) expect(redactForPublicListing({ ...base, title: e.input }, options(e)).title, label(e)).toBe(e.masked);
  });

  it('the ledger masks each title as the corpus says, and renderMarkdown and renderCsv write exactly the masked text', () => {
    for (const e of personalDataCorpus) {
      const ledger = unwrap(ledgerReport([{ ...base, title: e.input }], { locale: 'zh-CN', ...(e.names === undefined ? {} : { maskNames: e.names }) }));
      expect(ledger.rows[0]?.['title'], label(e)).toBe(e.masked);
      // The same table with the input texts, and with the expected texts written unmasked.
      const raw: ReportTable = { ...ledger, rows: [{ ...ledger.rows[0], title: e.input }] };
      const want: ReportTable = { ...ledger, rows: [{ ...ledger.rows[0], title: e.masked }] };
      const unsafe = { unsafeShowPersonalData: true } as const;
      expect(renderMarkdown(ledger, 'zh-CN'), label(e)).toBe(renderMarkdown(want, 'zh-CN', unsafe));
      expect(renderMarkdown(raw, 'zh-CN', options(e)), label(e)).toBe(renderMarkdown(want, 'zh-CN', unsafe));
      expect(renderCsv(ledger, 'zh-CN'), label(e)).toBe(renderCsv(want, 'zh-CN', unsafe));
      expect(renderCsv(raw, 'zh-CN', { bom: true, ...options(e) }), label(e)).toBe(renderCsv(want, 'zh-CN', { bom: true, ...unsafe }));
    }
  });
});
