import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { escalationCommand, executeIssueCommand, UNSAFE_NO_ACCESS_CHECK } from '../../src/issue/index.js';
import {
  compileLadder,
  EscalationLadderSchema,
  explainRoute,
  HolderChoiceSchema,
  jiaozuoLadder,
  jiaozuoMayorChoice,
  jiaozuoTimeLadder,
  route,
  validateLadder,
  type EscalationLadder,
} from '../../src/escalation/index.js';
import { actors, at } from '../issue/fixtures.js';
import { answeredUnsolvable, assignedAs, facts } from './fixtures.js';
import { GOLDEN_HASH, goldenHash, goldenLadders } from './golden.js';

const cal = chinaCalendar;

describe('001 Jiaozuo: a major problem goes to the executive deputy mayor or the mayor (由常务副市长或市长协调解决)', () => {
  it('001: a major problem stays with the executive deputy mayor, the route saying no alternative applies and why', () => {
    const r = unwrap(route(assignedAs({ nature: 'major' }), jiaozuoLadder, '2026-09-29', cal));
    expect(r).toMatchObject({ ruleId: 'majorOrWidespread', target: { holder: 'executiveDeputyMayor' }, rank: 30, held: ['nature'] });
    expect(r.choice).toEqual({
      alternativeId: null,
      held: [],
      skipped: [
        { alternativeId: 'declaredUnsolvable', failedOn: 'declaredUnsolvable' },
        { alternativeId: 'largeAmount', failedOn: 'amountInvolved' },
        { alternativeId: 'manyEnterprises', failedOn: 'enterprisesAffected' },
      ],
      reason: jiaozuoMayorChoice.otherwise,
    });
  });

  it('001: a major problem declared unsolvable for now goes to the mayor, who heads the leading group (组长由市长担任), with the reason', () => {
    const issue = answeredUnsolvable(assignedAs({ nature: 'major' }));
    const r = unwrap(route(issue, jiaozuoLadder, '2026-09-30', cal));
    expect(r).toMatchObject({ ruleId: 'majorOrWidespread', target: { holder: 'mayor' }, rank: 30 });
    expect(r.choice).toMatchObject({ alternativeId: 'declaredUnsolvable', held: ['declaredUnsolvable'], skipped: [] });
    expect(r.choice?.reason.zh).toBe('重大问题经办理仍暂不能解决，由市长（市服务企业领导小组组长）协调解决');
    expect(explainRoute(r, jiaozuoLadder, 'zh-CN').at(-1)).toBe(
      '规则“majorOrWidespread”适用（问题性质）：→ 市长，层级 30。重大问题或具有倾向性、普遍性问题，由常务副市长或市长协调解决。' +
        '协调主体：备选“declaredUnsolvable”适用（暂不能解决）。重大问题经办理仍暂不能解决，由市长（市服务企业领导小组组长）协调解决。',
    );
  });

  it('001: the money involved and the enterprises affected choose the mayor at qinqing’s thresholds (1 亿元, 10 enterprises)', () => {
    const issue = assignedAs({ nature: 'widespread' });
    const holder = (extra: { amountInvolved?: number; enterprisesAffected?: number }) => unwrap(route(issue, jiaozuoLadder, '2026-09-29', cal, extra));
    expect(holder({ amountInvolved: 99_999_999 }).target).toEqual({ holder: 'executiveDeputyMayor' });
    expect(holder({ amountInvolved: 100_000_000 })).toMatchObject({ target: { holder: 'mayor' }, choice: { alternativeId: 'largeAmount', skipped: [{ alternativeId: 'declaredUnsolvable', failedOn: 'declaredUnsolvable' }] } });
    expect(holder({ enterprisesAffected: 9 }).target).toEqual({ holder: 'executiveDeputyMayor' });
    expect(holder({ enterprisesAffected: 10 })).toMatchObject({ target: { holder: 'mayor' }, choice: { alternativeId: 'manyEnterprises' } });
    expect(explainRoute(holder({ enterprisesAffected: 12 }), jiaozuoLadder, 'en').at(-1)).toMatch(
      /→ Mayor, rank 30\. .* Holder: alternative "manyEnterprises" \(enterprises affected\)\. A trend or widespread problem of 10 enterprises or more: the mayor \(qinqing’s threshold\)\.$/,
    );
  });

  it('001: ordinary and policy problems are not touched by the choice, and carry no choice', () => {
    const ordinary = compileLadder(jiaozuoLadder).routeFacts(facts({ nature: 'ordinary', declaredUnsolvable: true, amountInvolved: 1e9 }));
    expect(ordinary).toEqual({ ladderId: 'jiaozuo-001', ruleId: 'ordinary', target: { holder: 'deputyMayorInCharge', portfolio: '工业经济' }, rank: 20, held: ['nature'], skipped: [{ ruleId: 'policy', failedOn: 'nature' }, { ruleId: 'majorOrWidespread', failedOn: 'nature' }] });
    expect('choice' in ordinary).toBe(false);
    expect('choice' in compileLadder(jiaozuoLadder).routeFacts(facts({ nature: 'policy' }))).toBe(false);
  });

  it('001: the time ladder makes the same choice, and lateness still lifts the problem above it', () => {
    const issue = answeredUnsolvable(assignedAs({ nature: 'major' }));
    expect(unwrap(route(issue, jiaozuoTimeLadder, '2026-09-30', cal)).target).toEqual({ holder: 'mayor' });
    const late = compileLadder(jiaozuoTimeLadder).routeFacts(facts({ nature: 'major', declaredUnsolvable: true, overdueWorkingDays: 10 }));
    expect(late).toMatchObject({ ruleId: 'accountability', target: { holder: 'leadingGroup' } });
  });

  it('001: the escalate command records the choice and its reason in its note, and the move is audited', () => {
    const issue = answeredUnsolvable(assignedAs({ nature: 'major' }));
    const r = unwrap(route(issue, jiaozuoLadder, '2026-09-30', cal));
    const command = unwrap(escalationCommand(issue.id, r, actors.office, at('2026-09-30', 60)));
    expect(command).toMatchObject({ type: 'escalate', holder: 'mayor', rank: 30, ruleId: 'majorOrWidespread', ladderId: 'jiaozuo-001' });
    expect(command.note).toBe(
      '协调主体择定：备选“declaredUnsolvable”；重大问题经办理仍暂不能解决，由市长（市服务企业领导小组组长）协调解决 / Holder choice: alternative "declaredUnsolvable"; A major problem still declared unsolvable for now: the mayor, who heads the leading group',
    );
    const moved = unwrap(executeIssueCommand(issue, command, { calendar: cal, access: UNSAFE_NO_ACCESS_CHECK }));
    expect(moved.issue.escalation).toMatchObject({ holder: 'mayor', rank: 30 });
    expect(moved.event.note).toBe(command.note);
    // A route without a choice makes a command without a note, as before.
    const plain = unwrap(escalationCommand('i1', unwrap(route(assignedAs({ nature: 'ordinary' }), jiaozuoLadder, '2026-09-29', cal)), actors.office, at('2026-09-29')));
    expect('note' in plain).toBe(false);
  });

  it('001: the built-in Jiaozuo ladders are valid, with no warning', () => {
    for (const l of [jiaozuoLadder, jiaozuoTimeLadder]) expect(unwrap(validateLadder(l)).warnings).toEqual([]);
  });
});

describe('Part 14: ladders without holder choices route, explain and validate exactly as before them', () => {
  it('the routes, explanations (both languages) and validation reports of the built-in ladders and 30 generated ones on 2,000 seeded facts hash as before', () => {
    expect(goldenHash(goldenLadders())).toBe(GOLDEN_HASH);
  });
});

describe('validateLadder on holder choices', () => {
  const withChoice = (holderChoice: unknown, extra: object = {}): unknown => ({
    id: 'city',
    name: { zh: '某市', en: 'A city' },
    source: 'test',
    ...extra,
    rules: [
      { id: 'policy', when: { nature: ['policy'] }, target: { holder: 'executiveMeeting' }, rank: 40 },
      { id: 'major', when: { nature: ['major', 'widespread'] }, target: { holder: 'executiveDeputyMayor' }, rank: 30, holderChoice },
      { id: 'rest', when: {}, target: { holder: 'departmentHead' }, rank: 10 },
    ],
  });
  const reason = { zh: '理由', en: 'Reason' };
  const alt = (id: string, when: object, holder = 'mayor', more: object = {}) => ({ id, when, target: { holder, ...more }, reason });
  const report = (input: unknown) => {
    const r = validateLadder(input);
    if (r.ok) return r.value;
    if (r.error.report === null) throw new Error(r.error.message);
    return r.error.report;
  };
  const codes = (input: unknown) => {
    const r = report(input);
    return [...r.errors, ...r.warnings].map((f) => `${f.code} ${f.path.join('.')}`);
  };

  it('accepts a sound choice without a finding', () => {
    expect(codes(withChoice(jiaozuoMayorChoice))).toEqual([]);
  });

  it('reports duplicate alternative ids, unknown holders, portfolios and contradictions at their paths', () => {
    const findings = codes(
      withChoice({
        alternatives: [alt('a', { amountInvolved: { min: 10, max: 1 } }), alt('a', { reopenCount: { min: 2 } }, 'governor'), alt('b', { declaredUnsolvable: true }, 'mayor', { portfolio: '工业' })],
        otherwise: reason,
      }),
    );
    expect(findings).toEqual([
      'DUPLICATE_ID rules.1.holderChoice.alternatives.1.id',
      'LADDER_CONTRADICTION rules.1.holderChoice.alternatives.0.when.amountInvolved',
      'LADDER_UNKNOWN_HOLDER rules.1.holderChoice.alternatives.1.target.holder',
      'LADDER_UNEXPECTED_PORTFOLIO rules.1.holderChoice.alternatives.2.target.portfolio',
    ]);
    const r = validateLadder(withChoice({ alternatives: [alt('x', {}, 'governor')], otherwise: reason }));
    expect(r.ok ? null : r.error.code).toBe('LADDER_INVALID');
    // A declared holder is known.
    expect(codes(withChoice({ alternatives: [alt('x', { reopenCount: { min: 1 } }, 'governor')], otherwise: reason }, { holders: [{ id: 'governor', label: { zh: '省长', en: 'Governor' } }] }))).toEqual([]);
  });

  it('warns of alternatives never chosen, and of a rule’s own target never chosen (LADDER_UNREACHABLE_CHOICE)', () => {
    const findings = report(
      withChoice({
        alternatives: [
          alt('ordinaryOnly', { nature: ['ordinary'] }), // the rule takes major and widespread only
          alt('big', { amountInvolved: { min: 1000 } }),
          alt('bigger', { amountInvolved: { min: 5000 } }), // big takes all of it
          alt('always', { nature: ['major', 'widespread', 'policy'] }), // holds whenever the rule applies
          alt('after', { reopenCount: { min: 1 } }), // after one that always holds
        ],
        otherwise: reason,
      }),
    ).warnings;
    expect(findings.map((f) => `${f.code} ${f.path.join('.')}`)).toEqual([
      'LADDER_UNREACHABLE_CHOICE rules.1.holderChoice.alternatives.0.when',
      'LADDER_UNREACHABLE_CHOICE rules.1.holderChoice.alternatives.2.when',
      'LADDER_UNREACHABLE_CHOICE rules.1.holderChoice.alternatives.4.when',
      'LADDER_UNREACHABLE_CHOICE rules.1.target',
    ]);
    expect(findings.map((f) => f.value)).toEqual([{ nature: ['ordinary'] }, { coveredBy: 'big' }, { coveredBy: 'always' }, { coveredBy: 'always' }]);
    expect(findings[0]?.messageZh).toBe('规则“major”（第 2 条）的备选协调主体“ordinaryOnly”（第 1 个）永远不会被选中：其条件与规则本身的条件不可能同时成立。');
    expect(findings.every((f) => f.ruleId === 'major' && f.severity === 'warning')).toBe(true);
  });

  it('refuses a wrong shape: no alternative, more than 10, a reason without English, an unknown field', () => {
    expect(HolderChoiceSchema.safeParse({ alternatives: [], otherwise: reason }).success).toBe(false);
    expect(HolderChoiceSchema.safeParse({ alternatives: Array.from({ length: 11 }, (_, i) => alt(`a${i}`, {})), otherwise: reason }).success).toBe(false);
    expect(HolderChoiceSchema.safeParse({ alternatives: [{ ...alt('a', {}), reason: { zh: '理由' } }], otherwise: reason }).success).toBe(false);
    expect(validateLadder(withChoice({ alternatives: [alt('a', {})], otherwise: reason, default: 'mayor' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', report: null } });
  });

  it('compiles a ladder of many rules with choices in one pass, and the shared decisions are frozen values', () => {
    const ladder: EscalationLadder = EscalationLadderSchema.parse({
      id: 'many',
      name: { zh: '多', en: 'Many' },
      source: 'test',
      rules: Array.from({ length: 2000 }, (_, i) => ({
        id: `r${i}`,
        when: { reopenCount: { min: i, max: i } },
        target: { holder: 'executiveDeputyMayor' },
        rank: 10,
        holderChoice: { alternatives: [alt('big', { amountInvolved: { min: 100 } }), alt('many', { enterprisesAffected: { min: 5 }, declaredUnsolvable: true })], otherwise: reason },
      })),
    });
    const routeFacts = compileLadder(ladder).routeFacts;
    const a = routeFacts(facts({ reopenCount: 3, amountInvolved: 500 }));
    expect(a).toMatchObject({ ruleId: 'r3', target: { holder: 'mayor' }, choice: { alternativeId: 'big' } });
    expect(routeFacts(facts({ reopenCount: 3, amountInvolved: 700 }))).toBe(a); // the same frozen route
    expect(Object.isFrozen(a.choice)).toBe(true);
    const b = routeFacts(facts({ reopenCount: 1999, enterprisesAffected: 5 }));
    expect(b.choice).toEqual({
      alternativeId: null,
      held: [],
      skipped: [
        { alternativeId: 'big', failedOn: 'amountInvolved' },
        { alternativeId: 'many', failedOn: 'declaredUnsolvable' },
      ],
      reason,
    });
  });
});
