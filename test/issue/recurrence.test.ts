import { describe, expect, it } from 'vitest';
import { QinqingError, parse, safeParse } from '../../src/index.js';
import {
  defaultRecurrencePolicy,
  findRecurrences,
  RecurrencePolicySchema,
  RecurrenceBasis,
  RecurrenceStatus,
  type Issue,
} from '../../src/issue/index.js';
import { deepFreeze } from '../../src/internal/freeze.js';
import { fromDayNumber, toDayNumber } from '../../src/internal/days.js';
import { actors, assigned, at, run } from './fixtures.js';

/** An issue assigned a week before `closedOn` and closed at 09:02 on `closedOn`; answered `resolved` unless told otherwise. */
function closed(issueId: string, enterpriseId: string, categoryId: string, closedOn: string, outcome: 'resolved' | 'unsolvable' = 'resolved'): Issue {
  const a = assigned({ issueId, enterpriseId, categoryId, date: fromDayNumber(toDayNumber(closedOn) - 7) });
  return run(
    a,
    [
      outcome === 'resolved'
        ? { type: 'answer', outcome, summary: '已协调解决', mode: 'writtenReply', actor: actors.handler }
        : { type: 'answer', outcome, summary: '受用地指标所限暂不能解决', mode: 'writtenReply', measures: '建议列入明年用地计划', actor: actors.handler },
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
  it('labels the bases and the statuses in Chinese and English', () => {
    expect(RecurrenceBasis.schema.options).toEqual(['sameEnterprise', 'sameIndustry']);
    expect(RecurrenceBasis.labels.sameEnterprise.zh).toMatch(/同一企业/);
    expect(RecurrenceStatus.values).toEqual(['answeredUnsolvable', 'stillOpen', 'closedRecently']);
    expect(RecurrenceStatus.labels.answeredUnsolvable.zh).toMatch(/暂不能解决/);
    expect(RecurrenceStatus.labels.stillOpen.en).toBe('Earlier issue still open');
  });

  it('issue 17 (003): the same kind of problem from the same enterprise after a recent close-out recurs as closedRecently', () => {
    const b = raised('b', 'e1', 'power', at('2026-02-02'));
    expect(findRecurrences([a, b], industryOf)).toEqual([
      { issueId: 'b', earlierIssueId: 'a', basis: 'sameEnterprise', status: 'closedRecently', categoryId: 'power', daysAfterRaised: 336, daysAfterClose: 329 },
    ]);
  });

  it('003: the same kind of problem from another enterprise of the same industry recurs; other industries and categories do not', () => {
    const c = raised('c', 'e2', 'power', at('2026-02-02'));
    const d = raised('d', 'e3', 'power', at('2026-02-02'));
    const e = raised('e', 'e1', 'tax', at('2026-02-02'));
    const unknown = raised('f', 'e9', 'power', at('2026-02-02'));
    expect(findRecurrences([a, c, d, e, unknown], industryOf)).toEqual([
      { issueId: 'c', earlierIssueId: 'a', basis: 'sameIndustry', status: 'closedRecently', categoryId: 'power', daysAfterRaised: 336, daysAfterClose: 329 },
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
      { issueId: 'b', earlierIssueId: 'peer', basis: 'sameIndustry', status: 'closedRecently', categoryId: 'power', daysAfterRaised: 70, daysAfterClose: 63 },
    ]);
  });

  it('honours the switches: no industry match when sameIndustry is off', () => {
    const c = raised('c', 'e2', 'power', at('2026-02-02'));
    expect(findRecurrences([a, c], industryOf, parse(RecurrencePolicySchema, { sameIndustry: false }))).toEqual([]);
    expect(findRecurrences([a, c], industryOf, parse(RecurrencePolicySchema, { sameIndustry: false, sameEnterprise: false }))).toEqual([]);
  });

  it('issue 17 (003): the default window covers next year’s survey some weeks later: closed 425 local days before recurs, 426 does not, unless the window is wider', () => {
    const closedOn = toDayNumber('2025-03-10');
    const onTheDay = raised('b425', 'e1', 'power', at(fromDayNumber(closedOn + 425)));
    const dayAfter = raised('b426', 'e1', 'power', at(fromDayNumber(closedOn + 426)));
    expect(findRecurrences([a, onTheDay], industryOf).map((r) => [r.issueId, r.status, r.daysAfterClose])).toEqual([['b425', 'closedRecently', 425]]);
    expect(findRecurrences([a, dayAfter], industryOf)).toEqual([]);
    expect(findRecurrences([a, dayAfter], industryOf, parse(RecurrencePolicySchema, { windowDays: 426 })).map((r) => r.daysAfterClose)).toEqual([426]);
    expect(findRecurrences([a, onTheDay], industryOf, parse(RecurrencePolicySchema, { windowDays: 365 }))).toEqual([]);
  });

  it('issue 17 (003: 年年提、年年得不到解决): an earlier issue still open at the new submission recurs as stillOpen, however long ago it was raised', () => {
    const open = assigned({ issueId: 'open', enterpriseId: 'e1', categoryId: 'power', date: '2023-01-05' });
    const b = raised('b', 'e1', 'power', at('2026-02-02'));
    expect(findRecurrences([open, b], industryOf)).toEqual([
      { issueId: 'b', earlierIssueId: 'open', basis: 'sameEnterprise', status: 'stillOpen', categoryId: 'power', daysAfterRaised: 1124, daysAfterClose: null },
    ]);
    // Open from its submission to its close-out: closed after the new submission, it was open then.
    const closedLater = closed('later', 'e1', 'power', '2026-02-05');
    expect(findRecurrences([closedLater, b], industryOf)).toMatchObject([{ issueId: 'b', earlierIssueId: 'later', status: 'stillOpen', daysAfterClose: null }]);
    // Reopened after close-out (complain clears closedAt): open again.
    const reopened = run(a, [{ type: 'complain', reason: '问题再次出现', actor: actors.enterprise, at: at('2025-04-01') }]);
    expect(reopened.closedAt).toBeNull();
    expect(findRecurrences([reopened, b], industryOf)).toMatchObject([{ issueId: 'b', earlierIssueId: 'a', status: 'stillOpen' }]);
  });

  it('issue 17: a withdrawn earlier issue is not open; issues raised later are not earlier', () => {
    const withdrawn = run(raised('w', 'e1', 'power', at('2025-06-02')), [{ type: 'withdraw', actor: actors.enterprise, at: at('2025-06-03') }]);
    expect(withdrawn.state).toBe('withdrawn');
    const b = raised('b', 'e1', 'power', at('2026-02-02'));
    expect(findRecurrences([withdrawn, b], industryOf)).toEqual([]);
    const later = raised('z', 'e1', 'power', at('2026-02-03'));
    expect(findRecurrences([later, b], industryOf).map((r) => [r.issueId, r.earlierIssueId])).toEqual([['z', 'b']]);
  });

  it('issue 17 (003: 年年得不到解决): an earlier issue answered as unsolvable recurs as answeredUnsolvable, even closed since and beyond the window, and is preferred', () => {
    const unsolvable = closed('u', 'e1', 'power', '2022-03-10', 'unsolvable');
    expect(unsolvable.answer?.outcome).toBe('unsolvable');
    const b = raised('b', 'e1', 'power', at('2026-02-02'));
    expect(findRecurrences([unsolvable, b], industryOf)).toEqual([
      { issueId: 'b', earlierIssueId: 'u', basis: 'sameEnterprise', status: 'answeredUnsolvable', categoryId: 'power', daysAfterRaised: 1432, daysAfterClose: null },
    ]);
    // Preferred to a still-open and a recently closed one of the same basis.
    const open = assigned({ issueId: 'open', enterpriseId: 'e1', categoryId: 'power', date: '2025-11-03' });
    expect(findRecurrences([a, open, unsolvable, b], industryOf).find((r) => r.issueId === 'b')).toMatchObject({ earlierIssueId: 'u', status: 'answeredUnsolvable' });
    // Answered and not yet closed.
    const answered = run(assigned({ issueId: 'v', enterpriseId: 'e2', categoryId: 'power', date: '2025-05-06' }), [
      { type: 'answer', outcome: 'unsolvable', summary: '暂不能解决', mode: 'writtenReply', measures: '提请领导协调', actor: actors.handler },
    ], { date: '2025-05-09' });
    expect(findRecurrences([answered, b], industryOf)).toMatchObject([{ issueId: 'b', earlierIssueId: 'v', basis: 'sameIndustry', status: 'answeredUnsolvable' }]);
  });

  it('counts closed issues only when closed at or before the submission', () => {
    const sameDayBefore = raised('before', 'e1', 'power', at('2025-03-10', 1));
    const sameDayAfter = raised('after', 'e1', 'power', at('2025-03-10', 60));
    expect(findRecurrences([a, sameDayBefore], industryOf)).toMatchObject([{ issueId: 'before', earlierIssueId: 'a', status: 'stillOpen' }]);
    expect(findRecurrences([a, sameDayAfter], industryOf)).toEqual([
      { issueId: 'after', earlierIssueId: 'a', basis: 'sameEnterprise', status: 'closedRecently', categoryId: 'power', daysAfterRaised: 7, daysAfterClose: 0 },
    ]);
  });

  it('skips issues without a category, sorts by issue id whatever the input order, and changes nothing it is given', () => {
    const uncategorised = raised('u', 'e1', null, at('2026-02-02'));
    const later = ['z', 'm', 'b'].map((id) => raised(id, 'e1', 'power', at('2026-02-02')));
    const input = deepFreeze([...later, uncategorised, a]);
    const out = findRecurrences(input, deepFreeze({ ...industryOf }));
    expect(out.map((r) => [r.issueId, r.earlierIssueId, r.status])).toEqual([
      ['b', 'z', 'stillOpen'],
      ['m', 'z', 'stillOpen'],
      ['z', 'm', 'stillOpen'],
    ]);
    expect(findRecurrences([...input].reverse(), industryOf)).toEqual(out);
  });

  it('does not take inherited keys of industryOf for industries', () => {
    const p = closed('p', 'toString', 'power', '2025-12-01');
    const q = raised('q', 'constructor', 'power', at('2026-02-02'));
    expect(findRecurrences([p, q], {})).toEqual([]);
  });
});

describe('RecurrencePolicySchema', () => {
  it('issue 17: has frozen defaults: 425 days (a year and two months), same enterprise and same industry, China time', () => {
    expect(defaultRecurrencePolicy).toEqual({ source: 'qinqing defaults', windowDays: 425, sameEnterprise: true, sameIndustry: true, utcOffsetMinutes: 480 });
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
