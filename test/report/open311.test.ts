import { describe, expect, it } from 'vitest';
import { jiaozuoServiceAreas } from '../../src/taxonomy/index.js';
import { Open311ServiceRequestSchema, open311ClosedStates, toOpen311ServiceRequest, toOpen311ServiceRequests } from '../../src/report/index.js';
import { actors, assigned, at, run, submitted } from '../issue/fixtures.js';
import { closedIssue } from './fixtures.js';

describe('issue 17, Open311 export: issues as Open311 GeoReport v2 service requests (wiki.open311.org/GeoReport_v2)', () => {
  it('maps an assigned issue to the GeoReport v2 fields, snake_case, datetimes at +08:00', () => {
    const issue = assigned({ enterpriseId: 'e-secret', categoryId: 'productionFactors', departmentId: 'd-power' });
    const r = toOpen311ServiceRequest(issue, { taxonomy: jiaozuoServiceAreas, departments: { 'd-power': '国网焦作供电公司' } });
    expect(r).toEqual({
      ok: true,
      value: {
        service_request_id: 'i1',
        status: 'open',
        status_notes: '已交办',
        service_name: '生产要素协调',
        service_code: 'productionFactors',
        description: '用电增容',
        agency_responsible: '国网焦作供电公司',
        service_notice: null,
        requested_datetime: '2026-09-28T09:00:00+08:00',
        updated_datetime: issue.history[issue.history.length - 1]?.at,
        expected_datetime: `${issue.deadline}T23:59:59+08:00`,
      },
    });
    if (r.ok) expect(Open311ServiceRequestSchema.parse(r.value)).toEqual(r.value);
    expect(JSON.stringify(r)).not.toContain('e-secret');
  });

  it('expected_datetime is the end of the deadline\'s China local day (国办发〔2020〕53号 限时办理: the deadline is the last day on time)', () => {
    const issue = assigned({ date: '2026-09-28', workingDays: 5 });
    const r = toOpen311ServiceRequest(issue);
    expect(r.ok && r.value.expected_datetime).toBe(`${issue.deadline}T23:59:59+08:00`);
    expect(toOpen311ServiceRequest(submitted()).ok && (toOpen311ServiceRequest(submitted()) as { value: { expected_datetime: unknown } }).value.expected_datetime).toBeNull();
  });

  it('status: closed and withdrawn are closed; confirmed-but-not-closed-out and every other state are open; closedStates overrides', () => {
    expect(open311ClosedStates).toEqual(['closed', 'withdrawn']);
    const closed = closedIssue('q2', 'e1', 'financing', '2026-07-01', '2026-07-03', '2026-07-10T17:00:00Z');
    const withdrawn = run(submitted('q4'), [{ type: 'withdraw', actor: actors.enterprise, at: at('2026-09-29') }]);
    const r = toOpen311ServiceRequests([closed, withdrawn, assigned()]);
    expect(r.ok && r.value.map((x) => x.status)).toEqual(['closed', 'closed', 'open']);
    // updated_datetime: for a closed request, when it was closed, re-expressed at +08:00 without the machine's time zone
    expect(r.ok && r.value[0]?.updated_datetime).toBe('2026-07-11T01:00:00+08:00');
    const custom = toOpen311ServiceRequests([withdrawn], { closedStates: ['closed'] });
    expect(custom.ok && custom.value[0]?.status).toBe('open');
  });

  it('status_notes names the supervision step and reopenings; service_notice the co-handling departments, in the locale', () => {
    const issue = { ...assigned(), supervisionStep: 'publicListing' as const, reopenCount: 2, coHandlerIds: ['d-land', 'd-tax'] };
    const zh = toOpen311ServiceRequest(issue, { departments: { 'd-land': '自然资源局' } });
    expect(zh.ok && [zh.value.status_notes, zh.value.service_notice]).toEqual(['已交办；网上挂牌；重新办理 2 次', '协办单位：自然资源局、d-tax']);
    const en = toOpen311ServiceRequest(issue, { locale: 'en', taxonomy: jiaozuoServiceAreas });
    expect(en.ok && [en.value.status_notes, en.value.service_notice, en.value.service_name]).toEqual(['Assigned; Listed publicly online; reopened 2 time(s)', 'Co-handling departments: d-land, d-tax', 'power']);
  });

  it('goes through the public-listing redaction: personal data in the title masked, the description and history never published', () => {
    const base = run(null, [
      { type: 'submit', enterpriseId: 'e1', title: '恒信机械用电增容，联系王经理 13800138000', description: '身份证 33010219800101123X', channel: 'hotline', origin: 'application', actor: actors.enterprise, at: at('2026-09-28') },
    ]);
    const r = toOpen311ServiceRequest(base, { maskNames: ['恒信机械', '王经理'] });
    expect(r.ok && r.value.description).toBe('＊＊＊用电增容，联系＊＊＊ ＊＊＊');
    const json = JSON.stringify(r);
    for (const secret of ['13800138000', '33010219800101123X', '王经理', '恒信机械', 'e1', actors.enterprise.id]) expect(json).not.toContain(secret);
  });

  it('bad input gives typed errors under the parameter, never an exception', () => {
    const issue = assigned();
    expect(toOpen311ServiceRequest(issue, { closedStates: ['done' as never] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['options', 'closedStates', 0] } });
    expect(toOpen311ServiceRequest({ ...issue, state: 'lost' as never })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['issue', 'state'] } });
    expect(toOpen311ServiceRequest({ ...issue, submittedAt: '2026-09-28' })).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT', path: ['issue', 'submittedAt'] } });
    expect(toOpen311ServiceRequests([issue, { ...issue, deadline: '2026-02-30' }])).toMatchObject({ ok: false, error: { path: ['issues', 1, 'deadline'] } });
    const late = { ...submitted(), submittedAt: '9999-12-31T20:00:00Z', history: [] };
    expect(toOpen311ServiceRequest(late)).toMatchObject({ ok: false, error: { code: 'INVALID_INSTANT', path: ['issue', 'submittedAt'] } });
    expect(toOpen311ServiceRequest({ ...issue, history: undefined } as never)).toMatchObject({ ok: true, value: { updated_datetime: '2026-09-28T09:00:00+08:00' } });
  });
});
