import { describe, expect, it } from 'vitest';
import { unwrap, parse, safeParse } from '../../src/index.js';
import { type Issue } from '../../src/issue/index.js';
import {
  classifyProcedure,
  MatterKind,
  MatterSchema,
  ProcedurePolicySchema,
  ProcedureRule,
  xingtaiProcedurePolicy,
  type Matter,
  type ProcedureContext,
  type ProcedureDecision,
  type ProcedurePolicy,
} from '../../src/procedure/index.js';
import { actors, at, run, type Step } from '../issue/fixtures.js';

const TODAY = '2026-10-09';

/** A matter of enterprise e1 (industry C3411) in category 'financing', sorted on 9 October 2026. */
const matter = (overrides: Partial<Matter> = {}): Matter =>
  MatterSchema.parse({ enterpriseId: 'e1', industry: 'C3411', categoryId: 'financing', kind: 'other', affectsPublicInterest: false, on: TODAY, ...overrides });

const industryOf = { e1: 'C3411', e2: 'C3411', e3: 'C3411', e4: 'F5211', e5: 'C3411' };

let counter = 0;
/** An issue raised through real commands: submitted on `on` (09:00 China time, or the instant `at`), then brought to `state`. */
function issue(enterpriseId: string, on: string, options: { categoryId?: string; state?: 'submitted' | 'accepted' | 'closed' | 'withdrawn'; at?: string } = {}): Issue {
  const state = options.state ?? 'submitted';
  const categoryId = options.categoryId ?? 'financing';
  const classify: Step = { type: 'classify', categoryId, scope: 'ownFunction', nature: 'ordinary', procedure: 'simple', actor: actors.office };
  const later: readonly Step[] = ({
    submitted: [],
    accepted: [classify],
    closed: [
      classify,
      { type: 'serve', mode: 'phone', summary: '电话答复', outcome: 'resolved' },
      { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise },
      { type: 'close', actor: actors.office },
    ],
    withdrawn: [{ type: 'withdraw', actor: actors.enterprise }],
  } satisfies Record<typeof state, readonly Step[]>)[state];
  const submittedAt = options.at ?? at(on);
  const steps: Step[] = [
    { type: 'submit', enterpriseId, title: '融资难', channel: 'visit', origin: 'application', categoryId, actor: actors.enterprise, at: submittedAt },
    ...later.map((s, i) => ({ ...s, at: at(TODAY, i + 1) })),
  ];
  return run(null, steps, { issueId: `i${++counter}` });
}

const context = (issues: readonly Issue[]): ProcedureContext => ({ issues, industryOf });
const reason = (d: ProcedureDecision, rule: string) => d.reasons.find((r) => r.rule === rule);

describe('classifyProcedure: the simple procedure (000)', () => {
  it('000: routine licensing, approval, consultation and minor violations are simple', () => {
    for (const kind of ['licensing', 'approval', 'consultation', 'minorViolation'] as const) {
      const d = unwrap(classifyProcedure(matter({ kind }), context([])));
      expect(d.procedure, kind).toBe('simple');
      expect(d.decidedBy).toBe('routineMatter');
      expect(reason(d, 'routineMatter')?.holds).toBe(true);
      expect(reason(d, 'routineMatter')?.text.zh).toContain(MatterKind.labels[kind].zh);
    }
  });

  it('000: a matter no rule decides takes the policy’s `otherwise` (simple by default, general if configured)', () => {
    const d = unwrap(classifyProcedure(matter({ kind: 'other' }), context([])));
    expect(d).toMatchObject({ procedure: 'simple', decidedBy: 'otherwise' });
    expect(d.reasons.at(-1)).toMatchObject({ rule: 'otherwise', holds: true });
    const strict = parse(ProcedurePolicySchema, { otherwise: 'general' });
    expect(unwrap(classifyProcedure(matter({ kind: 'other' }), context([]), strict))).toMatchObject({ procedure: 'general', decidedBy: 'otherwise' });
    expect(unwrap(classifyProcedure(matter({ kind: 'licensing' }), context([]), strict))).toMatchObject({ procedure: 'simple', decidedBy: 'routineMatter' });
  });
});

describe('classifyProcedure: the general procedure (000)', () => {
  it('000: an enterprise with many demands is general — 3 open issues in 90 days, not 2', () => {
    const two = [issue('e1', '2026-09-01'), issue('e1', '2026-10-09', { state: 'accepted' })];
    const below = unwrap(classifyProcedure(matter(), context(two)));
    expect(below.procedure).toBe('simple');
    expect(reason(below, 'manyDemands')).toMatchObject({ holds: false });
    expect(reason(below, 'manyDemands')?.text.en).toContain('2 open issue(s)');
    const three = unwrap(classifyProcedure(matter(), context([...two, issue('e1', '2026-08-01')])));
    expect(three).toMatchObject({ procedure: 'general', decidedBy: 'manyDemands' });
    expect(reason(three, 'manyDemands')?.text.zh).toContain('3 件');
  });

  it('000: many demands — closed and withdrawn issues, other enterprises’ and later ones are not counted', () => {
    const issues = [
      issue('e1', '2026-09-01'),
      issue('e1', '2026-09-02'),
      issue('e1', '2026-09-03', { state: 'closed' }),
      issue('e1', '2026-09-04', { state: 'withdrawn' }),
      issue('e2', '2026-09-05'),
      issue('e1', '2026-10-10'),
    ];
    const d = unwrap(classifyProcedure(matter(), context(issues)));
    expect(reason(d, 'manyDemands')?.holds).toBe(false);
    expect(reason(d, 'manyDemands')?.text.en).toContain('2 open issue(s)');
  });

  it('000: many demands — the 90-day window ends on the matter’s date and counts China dates', () => {
    const two = [issue('e1', '2026-09-01'), issue('e1', '2026-09-02')];
    // 12 July is the 90th day back from 9 October (inclusive); 11 July is outside.
    expect(unwrap(classifyProcedure(matter(), context([...two, issue('e1', '2026-07-12')]))).decidedBy).toBe('manyDemands');
    expect(unwrap(classifyProcedure(matter(), context([...two, issue('e1', '2026-07-11')]))).decidedBy).toBe('otherwise');
    // 16:30 UTC on 11 July is 00:30 on 12 July in China.
    expect(unwrap(classifyProcedure(matter(), context([...two, issue('e1', '2026-07-11', { at: '2026-07-11T16:30:00Z' })]))).decidedBy).toBe('manyDemands');
  });

  it('000: conduct that may affect the public interest is general, even for a routine kind', () => {
    const d = unwrap(classifyProcedure(matter({ kind: 'licensing', affectsPublicInterest: true }), context([])));
    expect(d).toMatchObject({ procedure: 'general', decidedBy: 'publicInterest' });
    expect(reason(d, 'publicInterest')?.text.zh).toContain('公共利益');
    expect(reason(unwrap(classifyProcedure(matter(), context([]))), 'publicInterest')?.holds).toBe(false);
  });

  it('000: a problem common to an industry is general — 3 enterprises of the industry, the matter’s own included', () => {
    const peers = [issue('e2', '2026-09-01'), issue('e3', '2026-10-01')];
    const d = unwrap(classifyProcedure(matter(), context(peers)));
    expect(d).toMatchObject({ procedure: 'general', decidedBy: 'industryCommon' });
    expect(reason(d, 'industryCommon')?.text.en).toContain('3 enterprise(s) of industry C3411');
    const one = unwrap(classifyProcedure(matter(), context([peers[0] as Issue])));
    expect(reason(one, 'industryCommon')).toMatchObject({ holds: false });
    expect(reason(one, 'industryCommon')?.text.en).toContain('2 enterprise(s)');
  });

  it('000: industry — only distinct enterprises of the same industry and category within the window count', () => {
    const e2 = issue('e2', '2026-09-01');
    const cases: readonly [string, Issue][] = [
      ['the same enterprise twice', issue('e2', '2026-09-02')],
      ['the matter’s own enterprise again', issue('e1', '2026-09-02')],
      ['another industry', issue('e4', '2026-09-02')],
      ['another category', issue('e3', '2026-09-02', { categoryId: 'marketEntry' })],
      ['a withdrawn issue', issue('e3', '2026-09-02', { state: 'withdrawn' })],
      ['outside the window', issue('e3', '2026-07-11')],
      ['after the matter', issue('e3', '2026-10-10')],
      ['an enterprise of unknown industry', issue('e9', '2026-09-02')],
    ];
    for (const [label, extra] of cases) {
      expect(reason(unwrap(classifyProcedure(matter(), context([e2, extra]))), 'industryCommon')?.holds, label).toBe(false);
    }
    // A closed issue still shows the problem is common; only withdrawn ones are ignored.
    expect(unwrap(classifyProcedure(matter(), context([e2, issue('e3', '2026-09-02', { state: 'closed' })]))).decidedBy).toBe('industryCommon');
    expect(unwrap(classifyProcedure(matter(), context([e2, issue('e5', '2026-07-12')]))).decidedBy).toBe('industryCommon');
  });

  it('000: industry — a matter without a category is never an industry’s common problem', () => {
    const d = unwrap(classifyProcedure(matter({ categoryId: null }), context([issue('e2', '2026-09-01'), issue('e3', '2026-09-01'), issue('e5', '2026-09-01')])));
    expect(reason(d, 'industryCommon')?.holds).toBe(false);
    expect(reason(d, 'industryCommon')?.text.en).toContain('0 enterprise(s)');
    // Not even under a policy for which the enterprise alone would make it common.
    const one = parse(ProcedurePolicySchema, { industryCommon: { count: 1 } });
    expect(unwrap(classifyProcedure(matter(), context([]), one)).decidedBy).toBe('industryCommon');
    expect(reason(unwrap(classifyProcedure(matter({ categoryId: null }), context([]), one)), 'industryCommon')?.holds).toBe(false);
  });

  it('000: the general rules take precedence over a routine kind, in the order many demands, public interest, industry', () => {
    const many = [issue('e1', '2026-09-01'), issue('e1', '2026-09-02'), issue('e1', '2026-09-03')];
    const peers = [issue('e2', '2026-09-01'), issue('e3', '2026-09-01')];
    const licensing = (o: Partial<Matter> = {}) => matter({ kind: 'licensing', ...o });
    expect(unwrap(classifyProcedure(licensing(), context(many)))).toMatchObject({ procedure: 'general', decidedBy: 'manyDemands' });
    expect(unwrap(classifyProcedure(licensing(), context(peers)))).toMatchObject({ procedure: 'general', decidedBy: 'industryCommon' });
    expect(unwrap(classifyProcedure(licensing({ affectsPublicInterest: true }), context(peers)))).toMatchObject({ decidedBy: 'publicInterest' });
    const all = unwrap(classifyProcedure(licensing({ affectsPublicInterest: true }), context([...many, ...peers])));
    expect(all).toMatchObject({ procedure: 'general', decidedBy: 'manyDemands' });
    expect(all.reasons.map((r) => r.holds)).toEqual([true, true, true, true]);
  });

  it('custom ProcedurePolicy thresholds and kinds', () => {
    const policy: ProcedurePolicy = parse(ProcedurePolicySchema, {
      manyDemands: { count: 1, windowDays: 7 },
      industryCommon: { count: 2, windowDays: 30 },
      simpleKinds: ['consultation'],
    });
    // One open issue within 7 days (3 October is the 7th day back), not on the 8th day back.
    expect(unwrap(classifyProcedure(matter({ categoryId: null }), context([issue('e1', '2026-10-03')]), policy)).decidedBy).toBe('manyDemands');
    expect(unwrap(classifyProcedure(matter({ categoryId: null }), context([issue('e1', '2026-10-02')]), policy)).decidedBy).toBe('otherwise');
    // Two enterprises of the industry within 30 days, not 31.
    expect(unwrap(classifyProcedure(matter(), context([issue('e2', '2026-09-10')]), policy)).decidedBy).toBe('industryCommon');
    expect(unwrap(classifyProcedure(matter(), context([issue('e2', '2026-09-09')]), policy)).decidedBy).toBe('otherwise');
    // Licensing is no longer a simple kind under this policy.
    expect(unwrap(classifyProcedure(matter({ kind: 'licensing' }), context([]), policy)).decidedBy).toBe('otherwise');
    expect(unwrap(classifyProcedure(matter({ kind: 'consultation' }), context([]), policy)).decidedBy).toBe('routineMatter');
  });

  it('every decision lists every rule in order, with bilingual text, and is consistent with the rule that decided', () => {
    const contexts = [
      context([]),
      context([issue('e1', '2026-09-01'), issue('e1', '2026-09-02'), issue('e1', '2026-09-03')]),
      context([issue('e2', '2026-09-01'), issue('e3', '2026-09-01')]),
    ];
    const policies = [xingtaiProcedurePolicy, parse(ProcedurePolicySchema, { otherwise: 'general', simpleKinds: [] })];
    const general = ['manyDemands', 'publicInterest', 'industryCommon'];
    for (const kind of MatterKind.schema.options as readonly MatterKind[]) {
      for (const affectsPublicInterest of [false, true]) {
        for (const ctx of contexts) {
          for (const policy of policies) {
            const d = unwrap(classifyProcedure(matter({ kind, affectsPublicInterest }), ctx, policy));
            const rules = d.reasons.map((r) => r.rule);
            expect(rules.slice(0, 4)).toEqual(['manyDemands', 'publicInterest', 'industryCommon', 'routineMatter']);
            expect(rules.length).toBe(d.decidedBy === 'otherwise' ? 5 : 4);
            for (const r of d.reasons) {
              expect(r.text.en).toMatch(/[A-Za-z]/);
              expect(r.text.zh).toMatch(/[\u4e00-\u9fff]/);
            }
            const at = rules.indexOf(d.decidedBy);
            expect(d.reasons[at]?.holds).toBe(true);
            expect(d.reasons.slice(0, at).every((r) => !r.holds)).toBe(true);
            const expected = general.includes(d.decidedBy) ? 'general' : d.decidedBy === 'routineMatter' ? 'simple' : policy.otherwise;
            expect(d.procedure).toBe(expected);
          }
        }
      }
    }
  });

  it('rules and kinds have labels in both languages', () => {
    for (const r of ProcedureRule.schema.options) expect(ProcedureRule.labels[r].zh).toMatch(/[\u4e00-\u9fff]/);
    for (const k of MatterKind.schema.options) expect(MatterKind.labels[k].en).toMatch(/[A-Za-z]/);
  });
});

describe('classifyProcedure reads an app-supplied matter (Part 8: a Result, never a TypeError)', () => {
  it('an unknown kind or a bad date is an error at its path under matter', () => {
    const base = { enterpriseId: 'e1', industry: 'C3411', categoryId: null, kind: 'consultation', affectsPublicInterest: false, on: '2026-10-09' };
    const kind = classifyProcedure({ ...base, kind: 'fishing' } as unknown as Matter, { issues: [], industryOf: {} });
    expect(kind).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['matter', 'kind'] } });
    const date = classifyProcedure({ ...base, on: '2026-02-30' } as Matter, { issues: [], industryOf: {} });
    expect(date).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['matter', 'on'] } });
  });
});

describe('procedure policy', () => {
  it('xingtaiProcedurePolicy: the four routine kinds, 3 in 90 days for both general thresholds, otherwise simple; frozen', () => {
    expect(xingtaiProcedurePolicy).toMatchObject({
      simpleKinds: ['licensing', 'approval', 'consultation', 'minorViolation'],
      manyDemands: { count: 3, windowDays: 90 },
      industryCommon: { count: 3, windowDays: 90 },
      otherwise: 'simple',
    });
    expect(xingtaiProcedurePolicy.source).toContain('000');
    expect(Object.isFrozen(xingtaiProcedurePolicy.manyDemands)).toBe(true);
    expect(safeParse(ProcedurePolicySchema, {})).toStrictEqual({ ok: true, value: xingtaiProcedurePolicy });
  });

  it('fills in the defaults of a partial policy', () => {
    const r = safeParse(ProcedurePolicySchema, { manyDemands: { count: 5 } });
    expect(r.ok && r.value.manyDemands).toEqual({ count: 5, windowDays: 90 });
    expect(ProcedurePolicySchema.parse({ industryCommon: { windowDays: 30 } }).industryCommon).toEqual({ count: 3, windowDays: 30 });
  });

  it('safeParse(ProcedurePolicySchema) rejects bad input with the path of the problem', () => {
    const cases: readonly [unknown, readonly (string | number)[]][] = [
      [{ manyDemands: { count: 0 } }, ['manyDemands', 'count']],
      [{ manyDemands: { count: 2.5 } }, ['manyDemands', 'count']],
      [{ industryCommon: { windowDays: 0 } }, ['industryCommon', 'windowDays']],
      [{ simpleKinds: ['licensing', 'fees'] }, ['simpleKinds', 1]],
      [{ otherwise: 'fast' }, ['otherwise']],
      [{ source: '' }, ['source']],
      [{ manyDemands: { count: 3, extra: true } }, ['manyDemands']],
      ['policy', []],
    ];
    for (const [input, path] of cases) {
      const r = safeParse(ProcedurePolicySchema, input);
      if (r.ok) throw new Error(`${JSON.stringify(input)} was accepted`);
      expect(r.error.code).toBe('INVALID_INPUT');
      expect(r.error.path, JSON.stringify(input)).toEqual(path);
      expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(() => parse(ProcedurePolicySchema, { otherwise: 'fast' })).toThrow();
  });
});
