/** Part 14 (issue 19): campaigns as data — Lishui's 企业服务年 (003) and the rules a campaign must keep. */
import { describe, expect, it } from 'vitest';
import { CampaignSchema, lishuiServiceYear, validateCampaign, type Campaign } from '../../src/campaign/index.js';

const problems = (input: unknown): [string, readonly (string | number)[] | undefined][] => {
  const r = validateCampaign(input);
  if (r.ok) return [];
  const all = r.error.issues ?? [r.error];
  return all.map((e) => [e.code, e.path]);
};
const phases = lishuiServiceYear.phases;

describe('003 Lishui: the Enterprise Service Year as a campaign', () => {
  it('003 Lishui: a year from April in three phases, 组织宣传发动 → 调查摸底梳理问题 → 协调落实, valid and frozen', () => {
    expect(validateCampaign(lishuiServiceYear).ok).toBe(true);
    expect(Object.isFrozen(lishuiServiceYear.phases[0])).toBe(true);
    expect(lishuiServiceYear.period).toEqual({ from: '2010-04-01', to: '2011-03-31' });
    expect(phases.map((p) => p.name.zh)).toEqual(['组织宣传发动', '调查摸底梳理问题', '协调落实']);
  });

  it('003 Lishui: its participants as published — 426 ↔ 426 (1 to 1), 50 assistants, 376 liaisons, 750 ↔ 1,115 (1 to 2 each)', () => {
    expect(lishuiServiceYear.participants.map((g) => [g.kind, g.level, g.expected.people, g.expected.enterprises, g.enterprisesPerPerson])).toEqual([
      ['contactLeader', 'city', 426, 426, { min: 1, max: 1 }],
      ['enterpriseAssistant', 'city', 50, null, null],
      ['liaison', 'city', 376, null, null],
      ['contactLeader', 'county', 750, 1115, { min: 1, max: 2 }],
    ]);
  });

  it('003 Lishui: the target 事事有回音，件件有落实 — no collected problem left unanswered by the end', () => {
    expect(lishuiServiceYear.targets.map((t) => [t.measure, t.atMost, t.by])).toEqual([['unanswered', 0, null]]);
  });
});

describe('validateCampaign: phases ordered, inside the period, no overlaps — with codes and both languages', () => {
  it('refuses phases out of order or overlapping (CAMPAIGN_PHASE_ORDER)', () => {
    expect(problems({ ...lishuiServiceYear, phases: [phases[1], phases[0], phases[2]] })).toEqual([['CAMPAIGN_PHASE_ORDER', ['phases', 1, 'from']]]);
    const overlap = { ...lishuiServiceYear, phases: [phases[0], { ...phases[1], from: '2010-04-30' }, phases[2]] };
    const r = validateCampaign(overlap);
    expect(r.ok || [r.error.code, r.error.path, r.error.message, r.error.messageZh]).toEqual([
      'CAMPAIGN_PHASE_ORDER',
      ['phases', 1, 'from'],
      'The phase "survey" begins (2010-04-30) before the phase before it, "mobilisation", has ended (2010-04-30): phases follow one another without overlapping.',
      '活动阶段“survey”的开始日期（2010-04-30）早于或等于上一阶段“mobilisation”的结束日期（2010-04-30）：各阶段应依次衔接、不得重叠。',
    ]);
  });

  it('allows gaps between phases', () => {
    expect(validateCampaign({ ...lishuiServiceYear, phases: [phases[0], { ...phases[1], from: '2010-05-10' }, phases[2]] }).ok).toBe(true);
  });

  it('refuses a phase outside the period, a phase or period that ends before it begins (CAMPAIGN_OUTSIDE_PERIOD, INVALID_ARGUMENT)', () => {
    expect(problems({ ...lishuiServiceYear, phases: [{ ...phases[0], from: '2010-03-01' }, phases[1], phases[2]] })).toEqual([['CAMPAIGN_OUTSIDE_PERIOD', ['phases', 0, 'from']]]);
    expect(problems({ ...lishuiServiceYear, phases: [phases[0], phases[1], { ...phases[2], to: '2011-04-01' }] })).toEqual([['CAMPAIGN_OUTSIDE_PERIOD', ['phases', 2, 'to']]]);
    expect(problems({ ...lishuiServiceYear, phases: [{ ...phases[0], to: '2010-03-31' }] })).toEqual([['INVALID_ARGUMENT', ['phases', 0, 'to']]]);
    expect(problems({ ...lishuiServiceYear, period: { from: '2010-04-01', to: '2010-03-01' } })[0]).toEqual(['INVALID_ARGUMENT', ['period', 'to']]);
  });

  it('refuses repeated ids and figures, a target without a bound, a bound upside down or due outside the period', () => {
    const [g] = lishuiServiceYear.participants;
    const [t] = lishuiServiceYear.targets;
    expect(problems({ ...lishuiServiceYear, participants: [g, g] })).toEqual([['DUPLICATE_ID', ['participants', 1, 'id']]]);
    expect(problems({ ...lishuiServiceYear, figures: ['participants', 'participants'] })).toEqual([['DUPLICATE_ID', ['figures', 1]]]);
    expect(problems({ ...lishuiServiceYear, targets: [{ ...t, atMost: undefined }] })).toEqual([['INVALID_ARGUMENT', ['targets', 0]]]);
    expect(problems({ ...lishuiServiceYear, targets: [{ ...t, atLeast: 5, atMost: 1 }] })).toEqual([['INVALID_ARGUMENT', ['targets', 0, 'atLeast']]]);
    expect(problems({ ...lishuiServiceYear, targets: [{ ...t, by: '2012-01-01' }] })).toEqual([['CAMPAIGN_OUTSIDE_PERIOD', ['targets', 0, 'by']]]);
    expect(problems({ ...lishuiServiceYear, participants: [{ ...g, enterprisesPerPerson: { min: 3, max: 2 } }] })).toEqual([['INVALID_ARGUMENT', ['participants', 0, 'enterprisesPerPerson', 'min']]]);
  });

  it('is strict and bounded: unknown fields, no phase, too many phases are refused', () => {
    expect(CampaignSchema.safeParse({ ...lishuiServiceYear, budget: 1 }).success).toBe(false);
    expect(CampaignSchema.safeParse({ ...lishuiServiceYear, phases: [] }).success).toBe(false);
    const many = Array.from({ length: 21 }, (_, i) => ({ id: `p${i}`, name: { zh: '阶段', en: 'Phase' }, from: `2010-05-${String(i + 1).padStart(2, '0')}`, to: `2010-05-${String(i + 1).padStart(2, '0')}` }));
    expect(CampaignSchema.safeParse({ ...lishuiServiceYear, phases: many }).success).toBe(false);
  });

  it('returns the campaign frozen; the input is not changed', () => {
    const input = JSON.parse(JSON.stringify(lishuiServiceYear)) as Campaign;
    const r = validateCampaign(input);
    expect(r.ok && Object.isFrozen(r.value)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
  });
});
