import { describe, expect, it } from 'vitest';
import { QinqingError, parse, safeParse } from '../../src/index.js';
import {
  defaultRecurrencePolicy,
  findRecurrences,
  RecurrencePolicySchema,
  RecurrenceBasis,
  type Issue,
} from '../../src/issue/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';
import { actors, assigned, at, run } from './fixtures.js';

/** An issue assigned a week before `closedOn` and closed at 09:02 on `closedOn`. */
function closed(issueId: string, enterpriseId: string, categoryId: string, closedOn: string): Issue {
  const a = assigned({ issueId, enterpriseId, categoryId, date: fromDayNumber(toDayNumber(closedOn) - 7) });
  return run(
    a,
    [
      { type: 'answer', outcome: 'resolved', summary: '已协调解决', mode: 'writtenReply', actor: actors.handler },
      { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise },
      { type: 'close', actor: actors.office },
    ],
    { date: closedOn },
  );
}

/** An issue submitted with a proposed category at `when`. */
function raised(issueId: string, enterpriseId: string, categoryId: string | null, when: string): Issue {
  return run(
    null,
    [
      {
        type: 'submit',
        enterpriseId,
        title: '基本电费过高',
        channel: 'visit',
        origin: 'application',
        actor: actors.enterprise,
        at: when,
        ...(categoryId === null ? {} : { categoryId }),
      },
    ],
    { issueId },
  );
}

const industryOf = { e1: 'C17', e2: 'C17', e3: 'C26' };
const a = closed('a', 'e1', 'power', '2025-03-10');

describe('findRecurrences (003: 共性问题企业年年提，年年得不到解决)', () => {
  it('labels the bases in Chinese and English', () => {
    expect(RecurrenceBasis.schema.options).toEqual(['sameEnterprise', 'sameIndustry']);
    expect(RecurrenceBasis.labels.sameEnterprise.zh).toMatch(/同一企业/);
  });

  it('003: the same kind of problem from the same enterprise within a year recurs', () => {
    const b = raised('b', 'e1', 'power', at('2026-02-02'));
    expect(findRecurrences([a, b], industryOf)).toEqual([
      { issueId: 'b', earlierIssueId: 'a', basis: 'sameEnterprise', categoryId: 'power', daysAfterClose: 329 },
    ]);
  });

  it('003: the same kind of problem from another enterprise of the same industry recurs; other industries and categories do not', () => {
    const c = raised('c', 'e2', 'power', at('2026-02-02'));
    const d = raised('d', 'e3', 'power', at('2026-02-02'));
    const e = raised('e', 'e1', 'tax', at('2026-02-02'));
    const unknown = raised('f', 'e9', 'power', at('2026-02-02'));
    expect(findRecurrences([a, c, d, e, unknown], industryOf)).toEqual([
      { issueId: 'c', earlierIssueId: 'a', basis: 'sameIndustry', categoryId: 'power', daysAfterClose: 329 },
    ]);
  });

  it('prefers the same enterprise, and reports the most recent earlier issue of the chosen basis', () => {
    const a2 = closed('a2', 'e1', 'power', '2025-09-01');
    const peer = closed('peer', 'e2', 'power', '2025-12-01');
    const b = raised('b', 'e1', 'power', at('2026-02-02'));
    expect(findRecurrences([peer, b, a2, a], industryOf).find((r) => r.issueId === 'b')).toMatchObject({ earlierIssueId: 'a2', basis: 'sameEnterprise' });
    const industryOnly = parse(RecurrencePolicySchema, { sameEnterprise: false });
    expect(findRecurrences([peer, b, a2, a], industryOf, industryOnly).find((r) => r.issueId === 'b')).toMatchObject({
      earlierIssueId: 'peer',
      basis: 'sameIndustry',
      daysAfterClose: 63,
    });
  });

  it('falls back to the industry when the enterprise’s own earlier issue is outside the window', () => {
    const old = closed('old', 'e1', 'power', '2024-06-03');
    const peer = closed('peer', 'e2', 'power', '2025-12-01');
    const b = raised('b', 'e1', 'power', at('2026-02-02'));
    expect(findRecurrences([old, peer, b], industryOf)).toEqual([
      { issueId: 'b', earlierIssueId: 'peer', basis: 'sameIndustry', categoryId: 'power', daysAfterClose: 63 },
    ]);
  });

  it('honours the switches: no industry match when sameIndustry is off', () => {
    const c = raised('c', 'e2', 'power', at('2026-02-02'));
    expect(findRecurrences([a, c], industryOf, parse(RecurrencePolicySchema, { sameIndustry: false }))).toEqual([]);
    expect(findRecurrences([a, c], industryOf, parse(RecurrencePolicySchema, { sameIndustry: false, sameEnterprise: false }))).toEqual([]);
  });

  it('003: counts a year back in local calendar days: 365 days recur, 366 do not, unless the window is wider', () => {
    const onTheDay = raised('b365', 'e1', 'power', at('2026-03-10'));
    const dayAfter = raised('b366', 'e1', 'power', at('2026-03-11'));
    expect(findRecurrences([a, onTheDay, dayAfter], industryOf).map((r) => [r.issueId, r.daysAfterClose])).toEqual([['b365', 365]]);
    expect(findRecurrences([a, onTheDay, dayAfter], industryOf, parse(RecurrencePolicySchema, { windowDays: 400 })).map((r) => r.issueId)).toEqual(['b365', 'b366']);
  });

  it('counts only issues closed at or before the submission, and still closed', () => {
    const sameDayBefore = raised('before', 'e1', 'power', at('2025-03-10', 1));
    const sameDayAfter = raised('after', 'e1', 'power', at('2025-03-10', 60));
    expect(findRecurrences([a, sameDayBefore, sameDayAfter], industryOf)).toEqual([
      { issueId: 'after', earlierIssueId: 'a', basis: 'sameEnterprise', categoryId: 'power', daysAfterClose: 0 },
    ]);
    const reopened = run(a, [{ type: 'complain', reason: '问题再次出现', actor: actors.enterprise, at: at('2025-04-01') }]);
    expect(reopened.closedAt).toBeNull();
    expect(findRecurrences([reopened, raised('b', 'e1', 'power', at('2026-02-02'))], industryOf)).toEqual([]);
  });

  it('skips issues without a category, sorts by issue id whatever the input order, and changes nothing it is given', () => {
    const uncategorised = raised('u', 'e1', null, at('2026-02-02'));
    const later = ['z', 'm', 'b'].map((id) => raised(id, 'e1', 'power', at('2026-02-02')));
    const input = deepFreeze([...later, uncategorised, a]);
    const out = findRecurrences(input, deepFreeze({ ...industryOf }));
    expect(out.map((r) => r.issueId)).toEqual(['b', 'm', 'z']);
    expect(findRecurrences([...input].reverse(), industryOf)).toEqual(out);
  });

  it('does not take inherited keys of industryOf for industries', () => {
    const p = closed('p', 'toString', 'power', '2025-12-01');
    const q = raised('q', 'constructor', 'power', at('2026-02-02'));
    expect(findRecurrences([p, q], {})).toEqual([]);
  });
});

describe('RecurrencePolicySchema', () => {
  it('has frozen defaults: a year, same enterprise and same industry, China time', () => {
    expect(defaultRecurrencePolicy).toEqual({ source: 'qinqing defaults', windowDays: 365, sameEnterprise: true, sameIndustry: true, utcOffsetMinutes: 480 });
    expect(Object.isFrozen(defaultRecurrencePolicy)).toBe(true);
  });

  it('rejects bad values with the path, and unknown fields', () => {
    for (const [input, path] of [
      [{ windowDays: -1 }, ['windowDays']],
      [{ windowDays: 1.5 }, ['windowDays']],
      [{ sameEnterprise: 'yes' }, ['sameEnterprise']],
      [{ utcOffsetMinutes: 1000 }, ['utcOffsetMinutes']],
    ] as const) {
      const r = safeParse(RecurrencePolicySchema, input);
      expect(r.ok || r.error, JSON.stringify(input)).toMatchObject({ code: 'INVALID_INPUT', path });
    }
    expect(safeParse(RecurrencePolicySchema, { window: 30 }).ok).toBe(false);
    expect(() => parse(RecurrencePolicySchema, { windowDays: 'a year' })).toThrow(QinqingError);
  });
});
