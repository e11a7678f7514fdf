import { describe, expect, it } from 'vitest';
import { type Issue } from '../../src/issue/index.js';
import { archiveCheck, ArchiveItem } from '../../src/procedure/index.js';
import { actors, assigned, run, submitted } from '../issue/fixtures.js';

/** A simple-procedure matter served directly (000: 简易程序) and confirmed by the enterprise. */
const served: Issue = run(submitted(), [
  { type: 'classify', categoryId: 'lawsAndRegulations', scope: 'ownFunction', nature: 'ordinary', procedure: 'simple', actor: actors.office, at: '2026-09-28T09:10:00+08:00' },
  { type: 'serve', mode: 'phone', summary: '电话解答年报问题', outcome: 'explained', at: '2026-09-28T09:20:00+08:00' },
  { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise, at: '2026-09-28T09:30:00+08:00' },
]);

/** A general-procedure matter, approved, assigned and answered, with an empty dossier. */
const general: Issue = run(assigned({ procedure: 'general' }), [
  { type: 'answer', outcome: 'resolved', summary: '已协调解决', mode: 'writtenReply', actor: actors.handler, at: '2026-09-29T09:00:00+08:00' },
]);

const dossier = { documents: ['批复.pdf'], records: ['协调会记录'], evidence: ['现场照片'] };

describe('archiveCheck (000: 立卷归档 / 台账)', () => {
  it('000: a simple-procedure matter needs only its answer and its ledger entry', () => {
    expect(served.procedure).toBe('simple');
    expect(archiveCheck(served)).toEqual({ complete: true, missing: [] });
    expect(archiveCheck({ ...served, ledgerEntry: null })).toEqual({ complete: false, missing: ['ledgerEntry'] });
    expect(archiveCheck({ ...served, answer: null, ledgerEntry: null })).toEqual({ complete: false, missing: ['answer', 'ledgerEntry'] });
    // No approval and no dossier are asked of it.
    expect(served.approval).toBeNull();
    expect(served.dossier).toEqual({ documents: [], records: [], evidence: [] });
  });

  it('000: a general-procedure matter needs the approval and a dossier with documents, records and evidence', () => {
    expect(general.approval).not.toBeNull();
    expect(archiveCheck(general)).toEqual({ complete: false, missing: ['documents', 'records', 'evidence'] });
    expect(archiveCheck({ ...general, dossier })).toEqual({ complete: true, missing: [] });
    expect(archiveCheck({ ...general, dossier: { ...dossier, records: [] } }).missing).toEqual(['records']);
    expect(archiveCheck({ ...general, dossier: { ...dossier, documents: [], evidence: [] } }).missing).toEqual(['documents', 'evidence']);
    expect(archiveCheck({ ...general, dossier, approval: null })).toEqual({ complete: false, missing: ['approvalRecord'] });
    expect(archiveCheck({ ...general, dossier, answer: null }).missing).toEqual(['answer']);
  });

  it('000: a general-procedure matter does not get by with a ledger entry', () => {
    const withLedger = { ...general, ledgerEntry: { on: '2026-09-29', mode: 'phone' as const, summary: '电话' } };
    expect(archiveCheck(withLedger).missing).toEqual(['documents', 'records', 'evidence']);
  });

  it('an issue not yet classified counts as general and lacks everything', () => {
    const fresh = submitted();
    expect(fresh.procedure).toBeNull();
    expect(archiveCheck(fresh)).toEqual({ complete: false, missing: ['answer', 'approvalRecord', 'documents', 'records', 'evidence'] });
  });

  it('the missing items come in the order of ArchiveItem.labels, each labelled in both languages', () => {
    const missing = archiveCheck({ ...general, answer: null, approval: null }).missing;
    const order = ArchiveItem.schema.options;
    expect([...missing]).toEqual(order.filter((i) => missing.includes(i)));
    for (const item of order) {
      expect(ArchiveItem.labels[item].zh).toMatch(/[\u4e00-\u9fff]/);
      expect(ArchiveItem.labels[item].en).toMatch(/[A-Za-z]/);
    }
    expect(ArchiveItem.labels.evidence.zh).toBe('证明材料');
  });

  it('does not change the issue it checks', () => {
    const before = structuredClone(general);
    archiveCheck(general);
    expect(general).toStrictEqual(before);
  });
});
