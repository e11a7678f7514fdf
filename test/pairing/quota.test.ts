import { describe, expect, it } from 'vitest';
import { type DateRange } from '../../src/index.js';
import { defaultPairingPolicy, problemQuota, type Pairing, type QuotaIssue } from '../../src/pairing/index.js';

const leader = { id: 'l1', kind: 'contactLeader' } as const;
const pairing: Pairing = { id: 'p1', adviserId: 'l1', enterpriseId: 'e1', parkId: null, since: '2025-06-01', until: null, selection: 'appointed' };
const issue: QuotaIssue = { enterpriseId: 'e1', state: 'closed', answer: { outcome: 'resolved', on: '2026-03-02' }, closedAt: '2026-03-03T10:00:00+08:00' };

describe('problemQuota reads the app\'s period into a Result', () => {
  it('Part 8: problemQuota returns INVALID_DATE or INVALID_ARGUMENT at the period instead of throwing', () => {
    const quota = (period: DateRange) => problemQuota([leader], [pairing], [issue], defaultPairingPolicy, period);
    expect(quota({ from: '2026-12-31', to: '2026-01-01' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['period'] } });
    const bad = quota({ from: '2026-01-01', to: '2026-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['period', 'to'], value: '2026-02-30' } });
    if (!bad.ok) {
      expect(bad.error.message).toMatch(/^period\.to /);
      expect(bad.error.messageZh).toMatch(/^period\.to /);
    }
    expect(quota(null as unknown as DateRange)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['period'], value: null } });
    expect(quota({ from: '2026-01-01', to: '2026-12-31' })).toEqual({
      ok: true,
      value: [{ pairingId: 'p1', adviserId: 'l1', enterpriseId: 'e1', solved: 1, required: 2, met: false }],
    });
  });
});
