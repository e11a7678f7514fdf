import { describe, expect, it } from 'vitest';
import { unwrap, parse } from '../../src/index.js';
import { type AdviserKind } from '../../src/org/index.js';
import {
  defaultPairingPolicy,
  PairingSchema,
  PairingPolicySchema,
  problemQuota,
  validatePairings,
  type Pairing,
  type PairingAdviser,
  type QuotaIssue,
  type QuotaLine,
} from '../../src/pairing/index.js';
import { quotaShortfallReport, renderCsv, renderMarkdown } from '../../src/report/index.js';
import { closedIssue } from './fixtures.js';

const year = { from: '2026-01-01', to: '2026-12-31' } as const;
const adv = (id: string, kind: AdviserKind): PairingAdviser => ({ id, kind, level: 'city' });
const pair = (id: string, adviserId: string, enterpriseId: string, extra: Partial<Pairing> = {}): Pairing =>
  PairingSchema.parse({ id, adviserId, enterpriseId, parkId: null, since: '2025-06-01', until: null, selection: 'appointed', ...extra });
const solved = (enterpriseId: string, on: string, extra: Partial<QuotaIssue> = {}): QuotaIssue => ({
  enterpriseId,
  state: 'closed',
  answer: { outcome: 'resolved', on },
  closedAt: `${on}T10:00:00+08:00`,
  ...extra,
});

describe('problemQuota (003: each contact cadre solves at least 2 problems a year for each paired enterprise)', () => {
  const l = adv('l1', 'contactLeader');

  it('003: gives one line per pairing held to the quota, with the problems solved in the year', () => {
    const lines = unwrap(problemQuota([l], [pair('p1', 'l1', 'e1'), pair('p2', 'l1', 'e2')], [solved('e1', '2026-03-02'), solved('e1', '2026-11-20'), solved('e2', '2026-04-01')], defaultPairingPolicy, year));
    expect(lines).toEqual([
      { pairingId: 'p1', adviserId: 'l1', enterpriseId: 'e1', solved: 2, required: 2, met: true },
      { pairingId: 'p2', adviserId: 'l1', enterpriseId: 'e2', solved: 1, required: 2, met: false },
    ]);
  });

  it('003: counts only resolved problems that are answered, confirmed or closed, dated by the China date of closing', () => {
    const issues = [
      solved('e1', '2026-05-01', { answer: { outcome: 'explained', on: '2026-05-01' } }),
      solved('e1', '2026-05-02', { state: 'reopened' }),
      solved('e1', '2026-05-03', { state: 'answered', closedAt: null }),
      solved('e1', '2026-12-30', { closedAt: '2026-12-31T17:00:00Z' }), // 2027-01-01 in China
      solved('e1', '2025-12-31'),
    ];
    expect(unwrap(problemQuota([l], [pair('p1', 'l1', 'e1')], issues, defaultPairingPolicy, year))[0]?.solved).toBe(1);
  });

  it('003: leaves out pairings that did not last the whole period, park pairings, unknown advisers and kinds not bound', () => {
    const x = adv('x', 'liaison');
    const pairings = [
      pair('late', 'l1', 'e1', { since: '2026-04-01' }),
      pair('ended', 'l1', 'e2', { until: '2026-11-30' }),
      PairingSchema.parse({ id: 'park', adviserId: 'l1', enterpriseId: null, parkId: 'k1', since: '2025-01-01', until: null, selection: 'appointed' }),
      pair('unknown', 'nobody', 'e1'),
      pair('liaison', 'x', 'e1'),
      pair('kept', 'l1', 'e3', { since: '2026-01-01', until: '2026-12-31' }),
    ];
    expect(unwrap(problemQuota([l, x], pairings, [], defaultPairingPolicy, year)).map((q) => q.pairingId)).toEqual(['kept']);
    expect(unwrap(problemQuota([l], pairings, [], parse(PairingPolicySchema, { problemQuota: { kinds: [] } }), year))).toEqual([]);
    expect(unwrap(problemQuota([l], pairings, [], parse(PairingPolicySchema, { problemQuota: { perYear: 0 } }), year))).toEqual([
      { pairingId: 'kept', adviserId: 'l1', enterpriseId: 'e3', solved: 0, required: 0, met: true },
    ]);
  });

  it('003: credits every held contact of the enterprise; the first of two pairings of one adviser and enterprise counts', () => {
    const c = adv('c1', 'secondedCadre');
    const lines = unwrap(problemQuota([l, c, adv('l1', 'liaison')], [pair('p1', 'l1', 'e1'), pair('p2', 'c1', 'e1'), pair('p3', 'l1', 'e1')], [solved('e1', '2026-06-01')], defaultPairingPolicy, year));
    expect(lines.map((q) => [q.pairingId, q.adviserId, q.solved])).toEqual([
      ['p1', 'l1', 1],
      ['p2', 'c1', 1],
    ]);
  });

  it('counts issues closed through the lifecycle', () => {
    const issues = [closedIssue('i1', 'e1', 'financing', '2026-06-01', '2026-06-03', '2026-06-04T09:00:00+08:00'), closedIssue('i2', 'e1', 'financing', '2026-06-01', '2026-06-03', '2026-06-04T09:30:00+08:00')];
    expect(unwrap(problemQuota([l], [pair('p1', 'l1', 'e1')], issues, defaultPairingPolicy, year))[0]).toMatchObject({ solved: 2, met: true });
  });

  it('is what validatePairings reports as PROBLEM_QUOTA_UNMET', () => {
    const advisers = [l, adv('c1', 'secondedCadre'), adv('c2', 'enterpriseAssistant')];
    const pairings = [pair('p1', 'l1', 'e1'), pair('p2', 'c1', 'e2'), pair('p3', 'c2', 'e3', { since: '2026-02-01' }), pair('p4', 'l1', 'e2')];
    const issues = [solved('e1', '2026-02-01'), solved('e1', '2026-03-01'), solved('e2', '2026-03-01')];
    const unmet = unwrap(problemQuota(advisers, pairings, issues, defaultPairingPolicy, year)).filter((q) => !q.met);
    const vs = unwrap(validatePairings(advisers, ['e1', 'e2', 'e3'].map((id) => ({ id, keyLevel: 'none' as const })), pairings, defaultPairingPolicy, { quotaPeriod: year, issues })).violations.filter(
      (v) => v.code === 'PROBLEM_QUOTA_UNMET',
    );
    expect(vs.map((v) => [v.pairingIds, v.adviserIds, v.enterpriseIds, v.path])).toEqual(
      unmet.map((q) => [[q.pairingId], [q.adviserId], [q.enterpriseId], ['pairings', pairings.findIndex((p) => p.id === q.pairingId)]]),
    );
    expect(unmet.map((q) => q.pairingId)).toEqual(['p2', 'p4']);
  });

  it('returns INVALID_ARGUMENT or INVALID_DATE for a bad period', () => {
    expect(problemQuota([l], [], [], defaultPairingPolicy, { from: '2026-12-31', to: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['period'] } });
    expect(problemQuota([l], [], [], defaultPairingPolicy, { from: '2026-01-01', to: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['period', 'to'] } });
  });
});

describe('quotaShortfallReport', () => {
  const line = (pairingId: string, adviserId: string, enterpriseId: string, solvedCount: number, required = 2): QuotaLine => ({
    pairingId,
    adviserId,
    enterpriseId,
    solved: solvedCount,
    required,
    met: solvedCount >= required,
  });
  const lines = [line('p1', 'b', 'e1', 1), line('p2', 'a', 'e2', 2), line('p3', 'c', 'e3', 0), line('p4', 'a', 'e4', 1), line('p5', 'a', 'e1', 1), line('p6', 'd', 'e5', 3, 5)];

  it('003: lists the pairings below quota, worst first, then by adviser, enterprise and pairing', () => {
    const t = quotaShortfallReport(lines, { locale: 'zh-CN' });
    expect(t.id).toBe('quotaShortfall');
    expect(t.rows).toEqual([
      { adviser: 'c', enterprise: 'e3', solved: 0, required: 2, shortfall: 2 },
      { adviser: 'd', enterprise: 'e5', solved: 3, required: 5, shortfall: 2 },
      { adviser: 'a', enterprise: 'e1', solved: 1, required: 2, shortfall: 1 },
      { adviser: 'a', enterprise: 'e4', solved: 1, required: 2, shortfall: 1 },
      { adviser: 'b', enterprise: 'e1', solved: 1, required: 2, shortfall: 1 },
    ]);
    expect(quotaShortfallReport([...lines].reverse(), { locale: 'zh-CN' })).toEqual(t);
  });

  it('shows names when given, and renders', () => {
    const t = quotaShortfallReport(lines.slice(2, 3), { locale: 'zh-CN', names: { advisers: { c: '王敏' }, enterprises: { e3: '丽水某阀门公司' } } });
    expect(renderMarkdown(t, 'zh-CN')).toContain('| 联系干部 | 联系企业 | 已解决问题 | 应解决问题 | 差额 |\n| --- | --- | ---: | ---: | ---: |\n| 王敏 | 丽水某阀门公司 | 0 | 2 | 2 |');
    expect(renderCsv(t, 'en')).toBe('Cadre,Enterprise,Problems solved,Required,Shortfall\r\n王敏,丽水某阀门公司,0,2,2\r\n');
  });

  it('is empty when every quota is met', () => {
    expect(quotaShortfallReport(lines.filter((l) => l.met), { locale: 'en' }).rows).toEqual([]);
  });
});
