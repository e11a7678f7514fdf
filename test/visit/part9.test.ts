/**
 * Part 9 (issue 14), visits: a pairing that ends before it starts threw RangeError in
 * visitCompliance (found by the unseeded no-throw law); a checklist answer keyed "__proto__" was
 * dropped silently; a hand-built calendar that does not hold was taken for "no working day";
 * errors named a bare `answers` or `enterpriseId` instead of the caller's `visit` or `problem`.
 */
import { describe, expect, it } from 'vitest';
import { parse, safeParse, unwrap } from '../../src/index.js';
import type { Pairing } from '../../src/pairing/index.js';
import { chinaCalendar, type WorkCalendar } from '../../src/calendar/index.js';
import { coordinateVisits, defaultVisitBurdenPolicy, requireCompleteVisitRecord, visitCompliance, visitIssueCommand, VisitSchema } from '../../src/visit/index.js';

const visit = parse(VisitSchema, {
  id: 'v1',
  date: '2026-03-10',
  visitorIds: ['a1'],
  departmentIds: ['d1'],
  enterpriseId: 'e1',
  parkId: null,
  mode: 'onSite',
  purpose: '走访',
  findings: '',
});

describe('Part 9 (issue 14): visits', () => {
  it('visitCompliance with a pairing that ends before it starts: that pairing owes nothing (it threw RangeError)', () => {
    const reversed: Pairing = { id: 'p88', adviserId: 'a2', enterpriseId: 'e3', parkId: null, since: '2201-01-01', until: '2026-06-30', selection: 'twoWaySelection' };
    const c = unwrap(visitCompliance([reversed], [], { from: '2025-01-01', to: '2201-01-01' }));
    expect(c.total).toEqual({ due: 0, done: 0, rate: null });
  });

  it('a checklist answer keyed "__proto__" is refused, not dropped', () => {
    const r = safeParse(VisitSchema, { ...visit, answers: JSON.parse('{ "__proto__": "x", "operations": "ok" }') });
    expect(r.ok ? Object.keys(r.value.answers) : r.error).toMatchObject({ code: 'INVALID_INPUT', path: ['answers', '__proto__'] });
  });

  it('coordinateVisits returns the error of a calendar that does not hold', () => {
    const broken = { ...chinaCalendar, lastYear: 1e21 } as WorkCalendar;
    const plan = [
      { id: 'tax-1', date: '2026-03-13', departmentIds: ['tax'], enterpriseId: 'e1' },
      { id: 'env-1', date: '2026-03-10', departmentIds: ['env'], enterpriseId: 'e1' },
    ];
    const r = coordinateVisits(plan, defaultVisitBurdenPolicy, broken);
    expect(r.ok ? null : r.error.code).toBe('INVALID_INPUT');
    expect(r.ok ? null : r.error.issues?.[0]?.path?.slice(0, 2)).toEqual(['calendar', 'lastYear']);
  });

  it('errors name visit and problem', () => {
    const incomplete = requireCompleteVisitRecord(visit);
    expect(incomplete.ok ? null : incomplete.error.path).toEqual(['visit', 'answers']);
    const other = visitIssueCommand(visit, { issueId: 'i1', title: '融资难', at: '2026-03-10T16:00:00+08:00', enterpriseId: 'e2' });
    expect(other.ok ? null : other.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['problem', 'enterpriseId'] });
    const untitled = visitIssueCommand(visit, { issueId: 'i1', title: '', at: '2026-03-10T16:00:00+08:00' });
    expect(untitled.ok ? null : untitled.error.path?.slice(0, 2)).toEqual(['problem', 'title']);
    const park = visitIssueCommand({ ...visit, enterpriseId: null, parkId: 'park1' }, { issueId: 'i1', title: '融资难', at: '2026-03-10T16:00:00+08:00' });
    expect(park.ok ? null : park.error).toMatchObject({ code: 'VISIT_ENTERPRISE_REQUIRED', path: ['problem', 'enterpriseId'] });
  });
});
