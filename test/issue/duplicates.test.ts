/**
 * Issue 17, "Merge duplicates (并单)": 国办函〔2025〕66号 asks for repeated complaints (重复诉求) to be
 * merged into one order and handled once (合并办理). `suggestDuplicates` proposes the groups with
 * their reasons; `mergedView` is what a merged order shows its own enterprise; `mergedChildren`
 * lists each parent's children.
 */
import { describe, expect, it } from 'vitest';
import { label } from '../../src/index.js';
import {
  DuplicateBasis,
  mergedChildren,
  mergedView,
  suggestDuplicates,
  type DuplicateCandidate,
  type DuplicateOptions,
  type DuplicateSuggestions,
  type Issue,
} from '../../src/issue/index.js';
import { assigned, submitted } from './fixtures.js';

const SOURCE = '国办函〔2025〕66号: 重复诉求合并办理 / 并单';

/** An open order of enterprise `enterpriseId` in category `categoryId`, submitted on day `day` of March 2026 at 09:00 China time. */
function order(id: string, day: number, title: string, over: Partial<DuplicateCandidate> = {}): DuplicateCandidate {
  return {
    id,
    enterpriseId: 'e1',
    categoryId: 'power',
    title,
    description: '',
    submittedAt: `2026-03-${String(day).padStart(2, '0')}T09:00:00+08:00`,
    state: 'assigned',
    ...over,
  };
}

function suggest(issues: readonly DuplicateCandidate[], options?: DuplicateOptions): DuplicateSuggestions {
  const r = suggestDuplicates(issues, options);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const groupsOf = (s: DuplicateSuggestions): [string, readonly string[]][] => s.groups.map((g) => [g.parentId, g.childIds]);

const OUTAGE = '厂区周边道路停电，影响生产';
const OUTAGE_AGAIN = '厂区周边道路停电影响生产，请尽快恢复';

describe(`suggestDuplicates (issue 17: ${SOURCE})`, () => {
  it('labels its bases in Chinese and English, and label() knows them', () => {
    expect(DuplicateBasis.values).toEqual(['enterpriseAndCategory', 'parkAndCategory', 'enterpriseAndTitle']);
    expect(DuplicateBasis.labels.enterpriseAndCategory.zh).toBe('同一企业同类诉求');
    expect(label('parkAndCategory', 'en')).toBe('Same park, same category');
  });

  it('groups two similar orders of one enterprise and category, the earliest as parent (首单), with reasons in both languages', () => {
    const s = suggest([order('i2', 3, OUTAGE_AGAIN), order('i1', 2, OUTAGE), order('i3', 4, '申请电力增容')]);
    expect(groupsOf(s)).toEqual([['i1', ['i2']]]);
    const [p] = s.groups[0]?.pairs ?? [];
    expect(p).toMatchObject({ earlierId: 'i1', laterId: 'i2', basis: 'enterpriseAndCategory', categoryId: 'power', enterpriseIds: ['e1', 'e1'], parkId: null, daysApart: 1 });
    expect(p?.similarity).toBeGreaterThanOrEqual(0.5);
    expect(p?.reason.zh).toBe(`同一企业（e1）反映同类问题（power），内容相似度 ${p?.similarity}（标题 ${p?.titleSimilarity}），提交相隔 1 天`);
    expect(p?.reason.en).toContain('Same enterprise (e1) and category (power)');
    expect(s.truncated).toEqual([]);
  });

  it('reads the description too: different titles, the same long description', () => {
    const text = '我公司位于工业园区纬三路，自本月起每天下午停电两至三小时，生产线被迫停工，请供电公司尽快排查线路';
    const s = suggest([order('i1', 2, '停电', { description: text }), order('i2', 5, '生产线停工', { description: `${text}。` })]);
    expect(groupsOf(s)).toEqual([['i1', ['i2']]]);
    expect(s.groups[0]?.pairs[0]?.titleSimilarity).toBe(0);
    expect(s.groups[0]?.pairs[0]?.similarity).toBeGreaterThan(0.9);
  });

  it('normalises the text: full-width forms, case, spaces and punctuation do not count (Chinese has no spaces)', () => {
    const s = suggest([order('i1', 2, '办理 ABC 营业执照！'), order('i2', 2, '办理ａｂｃ营业执照')]);
    expect(s.groups[0]?.pairs[0]?.similarity).toBe(1);
  });

  it('does not pair different categories, different enterprises without parks, or dissimilar texts', () => {
    expect(suggest([order('i1', 2, OUTAGE), order('i2', 3, OUTAGE, { categoryId: 'tax' })]).groups).toEqual([]);
    expect(suggest([order('i1', 2, OUTAGE), order('i2', 3, OUTAGE, { enterpriseId: 'e2' })]).groups).toEqual([]);
    expect(suggest([order('i1', 2, OUTAGE), order('i2', 3, '申请电力增容')]).groups).toEqual([]);
  });

  it('pairs enterprises of the same park (parkOf as a record or a function), naming the park', () => {
    const issues = [order('i1', 2, OUTAGE), order('i2', 3, OUTAGE_AGAIN, { enterpriseId: 'e2' }), order('i3', 3, OUTAGE, { enterpriseId: 'e3' })];
    const byRecord = suggest(issues, { parkOf: { e1: 'p1', e2: 'p1', e3: 'p2' } });
    expect(groupsOf(byRecord)).toEqual([['i1', ['i2']]]);
    expect(byRecord.groups[0]?.pairs[0]).toMatchObject({ basis: 'parkAndCategory', parkId: 'p1', enterpriseIds: ['e1', 'e2'] });
    expect(byRecord.groups[0]?.pairs[0]?.reason.zh).toContain('同一园区（p1）的企业 e1、e2');
    const byFunction = suggest(issues, { parkOf: (e) => (e === 'e3' ? null : 'p1') });
    expect(byFunction).toEqual(byRecord);
  });

  it('compares an order without a category only with orders of its enterprise, by a near-identical title (default 0.8)', () => {
    const s = suggest([order('i1', 2, OUTAGE), order('i2', 3, '厂区周边道路停电，影响生产！', { categoryId: null }), order('i3', 3, OUTAGE, { categoryId: null, enterpriseId: 'e2' })], {
      parkOf: { e1: 'p1', e2: 'p1' },
    });
    expect(groupsOf(s)).toEqual([['i1', ['i2']]]);
    expect(s.groups[0]?.pairs[0]).toMatchObject({ basis: 'enterpriseAndTitle', categoryId: null, similarity: 1 });
    expect(s.groups[0]?.pairs[0]?.reason.en).toContain('compared by enterprise and title only');
    // Title similarity 0.593: enough for one category (0.5), not without one (0.8).
    const somewhat = '厂区周边停电影响生产，请尽快恢复供电';
    expect(groupsOf(suggest([order('i1', 2, OUTAGE), order('i2', 3, somewhat)]))).toEqual([['i1', ['i2']]]);
    expect(suggest([order('i1', 2, OUTAGE, { categoryId: null }), order('i2', 3, somewhat)]).groups).toEqual([]);
    expect(groupsOf(suggest([order('i1', 2, OUTAGE, { categoryId: null }), order('i2', 3, somewhat)], { titleThreshold: 0.55 }))).toEqual([['i1', ['i2']]]);
  });

  it('looks within the submission window (default 30 days), or without one (windowDays: null)', () => {
    const far = [order('i1', 1, OUTAGE), { ...order('i2', 1, OUTAGE), submittedAt: '2026-04-01T09:00:00+08:00' }];
    expect(suggest(far).groups).toEqual([]);
    expect(groupsOf(suggest(far, { windowDays: 31 }))).toEqual([['i1', ['i2']]]);
    expect(groupsOf(suggest(far, { windowDays: null }))).toEqual([['i1', ['i2']]]);
  });

  it("skips closed, withdrawn and merged orders ('merged' is the new state of a merged child)", () => {
    for (const state of ['closed', 'withdrawn', 'merged']) expect(suggest([order('i1', 2, OUTAGE, { state }), order('i2', 3, OUTAGE)]).groups).toEqual([]);
    expect(groupsOf(suggest([order('i1', 2, OUTAGE, { state: 'answered' }), order('i2', 3, OUTAGE, { state: 'submitted' })]))).toEqual([['i1', ['i2']]]);
  });

  it('joins pairs into one group whose parent is the earliest, even when not every two are a pair', () => {
    const s = suggest([order('c', 4, '厂区停电影响生产线运行'), order('a', 2, '厂区道路停电'), order('b', 3, '厂区道路停电影响生产')], { threshold: 0.55 });
    expect(groupsOf(s)).toEqual([['a', ['b', 'c']]]);
    expect(s.groups[0]?.pairs.map((p) => [p.earlierId, p.laterId])).toEqual([['a', 'b'], ['b', 'c']]);
  });

  it('caps the pairs looked at per bucket, nearest in time first, and lists the bucket cut short', () => {
    const ten = Array.from({ length: 10 }, (_, i) => order(`i${i}`, i + 1, OUTAGE));
    const s = suggest(ten, { maxComparisonsPerBucket: 9 });
    // The nine neighbours in time are looked at first: they link all ten.
    expect(groupsOf(s)).toEqual([['i0', ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i7', 'i8', 'i9']]]);
    expect(s.groups[0]?.pairs.every((p) => Number(p.laterId.slice(1)) - Number(p.earlierId.slice(1)) === 1)).toBe(true);
    expect(s.truncated).toEqual([{ basis: 'enterpriseAndCategory', categoryId: 'power', key: 'e1', orders: 10, pairsInWindow: 45, pairsLookedAt: 9 }]);
    expect(s.pairsLookedAt).toBe(9);
    expect(suggest(ten).groups[0]?.pairs).toHaveLength(45);
  });

  it('takes issues as the lifecycle makes them', () => {
    const issues: Issue[] = [assigned({ issueId: 'a1', categoryId: 'power' }), assigned({ issueId: 'a2', categoryId: 'power', date: '2026-09-29' }), submitted('s1', 'e2')];
    const s = suggest(issues);
    expect(groupsOf(s)).toEqual([['a1', ['a2']]]);
  });

  it('refuses bad options and bad orders with bilingual errors naming the argument', () => {
    const bad = suggestDuplicates([], { threshold: 2 });
    expect(bad.ok || bad.error).toMatchObject({ code: 'INVALID_INPUT', path: ['options', 'threshold'] });
    expect(bad.ok || bad.error.messageZh).toMatch(/有效的重复诉求比对选项/);
    const window = suggestDuplicates([], { windowDays: -1 });
    expect(window.ok || window.error.path).toEqual(['options', 'windowDays']);
    const cap = suggestDuplicates([], { maxComparisonsPerBucket: 0.5 });
    expect(cap.ok).toBe(false);
    const dup = suggestDuplicates([order('i1', 2, OUTAGE), order('i1', 3, OUTAGE)]);
    expect(dup.ok || dup.error).toMatchObject({ code: 'DUPLICATE_ID', path: ['issues', 1, 'id'] });
    const instant = suggestDuplicates([order('i1', 2, OUTAGE, { submittedAt: '2026-03-02T09:00:00' })]);
    expect(instant.ok || instant.error).toMatchObject({ code: 'INVALID_INSTANT', path: ['issues', 0, 'submittedAt'] });
    const title = suggestDuplicates([{ ...order('i1', 2, OUTAGE), title: 7 } as unknown as DuplicateCandidate]);
    expect(title.ok || title.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['issues', 0, 'title'] });
    const notList = suggestDuplicates('i1' as unknown as DuplicateCandidate[]);
    expect(notList.ok || notList.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['issues'] });
    const throws = suggestDuplicates([order('i1', 2, OUTAGE)], {
      parkOf: () => {
        throw new Error('boom');
      },
    });
    expect(throws.ok || throws.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['options', 'parkOf'] });
  });

  it('defaults to qinqing’s own figures: threshold 0.5, window 30 days, 20,000 pairs per bucket', () => {
    const pair = [order('i1', 2, OUTAGE), order('i2', 3, '厂区周边停电影响生产，请尽快恢复供电')]; // similarity 0.593
    expect(suggest(pair)).toEqual(suggest(pair, { threshold: 0.5, titleThreshold: 0.8, windowDays: 30, maxComparisonsPerBucket: 20_000 }));
    expect(suggest(pair, { threshold: 0.6 }).groups).toEqual([]);
  });

  it('reads a bounded part of a hostile text', () => {
    const huge = '停电'.repeat(100_000);
    const s = suggest([order('i1', 2, huge, { description: huge }), order('i2', 3, huge, { description: huge })]);
    expect(s.groups[0]?.pairs[0]?.similarity).toBe(1);
  });
});

describe(`mergedView and mergedChildren (issue 17: ${SOURCE}: children follow the parent, keep their own enterprise and channel)`, () => {
  const parent = { id: 'p1', state: 'answered', answer: { outcome: 'resolved', summary: '已恢复供电' }, feedback: 'satisfied', rating: 'verySatisfied' } as const;
  const child = { id: 'c1', enterpriseId: 'e2', channel: 'hotline', title: '停电', state: 'merged', mergedInto: 'p1', answer: null, feedback: null, rating: null } as const;

  it("shows the parent's state, answer, feedback and rating with the child's own id, enterprise, channel and title", () => {
    const r = mergedView(child, parent);
    expect(r).toEqual({
      ok: true,
      value: { id: 'c1', enterpriseId: 'e2', channel: 'hotline', title: '停电', mergedInto: 'p1', state: 'answered', answer: parent.answer, feedback: 'satisfied', rating: 'verySatisfied' },
    });
    for (const state of ['assigned', 'paused', 'closed', 'reopened']) expect(mergedView(child, { ...parent, state }).ok && mergedView(child, { ...parent, state })).toMatchObject({ value: { state } });
    expect(mergedView(child, { id: 'p1', state: 'assigned', answer: null, feedback: null })).toMatchObject({ ok: true, value: { rating: null, answer: null } });
  });

  it('refuses with MERGE_PARENT_MISMATCH a child not merged into that parent, or a parent that cannot carry it', () => {
    for (const [c, p, path] of [
      [{ ...child, mergedInto: 'p2' }, parent, ['child', 'mergedInto']],
      [{ ...child, mergedInto: null }, parent, ['child', 'mergedInto']],
      [{ ...child, id: 'p1' }, parent, ['child', 'mergedInto']],
      [child, { ...parent, state: 'withdrawn' }, ['parent', 'state']],
      [child, { ...parent, state: 'merged' }, ['parent', 'state']],
    ] as const) {
      const r = mergedView(c, p);
      expect(r.ok || r.error).toMatchObject({ code: 'MERGE_PARENT_MISMATCH', path });
      expect(r.ok || r.error.messageZh).toMatch(/并/);
    }
    const bad = mergedView(null as unknown as typeof child, parent);
    expect(bad.ok || bad.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['child'] });
  });

  it('lists the children of each parent, each once, by id', () => {
    expect(mergedChildren([{ id: 'p1', mergedInto: null }, { id: 'c2', mergedInto: 'p1' }, { id: 'c1', mergedInto: 'p1' }, { id: 'c3', mergedInto: 'p0' }])).toEqual({
      ok: true,
      value: { p0: ['c3'], p1: ['c1', 'c2'] },
    });
    const r = mergedChildren([{ id: 'c1', mergedInto: 5 as unknown as string }]);
    expect(r.ok || r.error).toMatchObject({ code: 'INVALID_ARGUMENT', path: ['issues', 0] });
  });
});

describe('suggestDuplicates on hostile values (no throw)', () => {
  it('a circular or BigInt field is refused with INVALID_ARGUMENT naming it, not thrown', () => {
    const circular: Record<string, unknown> = {};
    circular['self'] = circular;
    for (const bad of [circular, 10n]) {
      const issue = { id: 'i1', enterpriseId: 'e1', categoryId: 'power', title: bad, description: '', submittedAt: '2026-10-09T09:00:00+08:00', state: 'submitted' };
      const r = suggestDuplicates([issue as never]);
      expect(r.ok || [r.error.code, r.error.path]).toEqual(['INVALID_ARGUMENT', ['issues', 0, 'title']]);
    }
  });
});
