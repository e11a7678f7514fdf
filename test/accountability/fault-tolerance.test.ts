import { describe, expect, it } from 'vitest';
import { label, safeParse, unwrap } from '../../src/index.js';
import {
  decideFaultTolerance,
  exampleFaultTolerancePolicy as example,
  FaultToleranceOutcome,
  FaultTolerancePolicySchema,
  SituationStatus,
  validateFaultTolerancePolicy,
  type FaultTolerancePolicy,
} from '../../src/scoring/index.js';

/** Every accountability situation of the example ruled out. */
const cleared = { personalGain: false, knowinglyViolated: false, colludedWithEnterprise: false, expresslyProhibited: false, neglectedReform: false, dilatory: false } as const;

describe('002 Haining: fault tolerance (容错免责) as data — the example list', () => {
  it('002: has 8 exemption and 6 accountability situations, as Haining counts them, and says it is qinqing’s example', () => {
    expect(example.exemptions).toHaveLength(8);
    expect(example.accountabilities).toHaveLength(6);
    expect(example.name.zh).toContain('示例');
    expect(example.name.en).toContain("not Haining's text");
    // The one situation of each side Haining names is marked as its own; the rest as qinqing's examples.
    const bySource = (s: { source?: string | undefined }): string => (s.source?.startsWith('002') ? '002' : s.source?.startsWith('000') ? '000' : 'example');
    expect(example.exemptions.map(bySource)).toEqual(['002', 'example', 'example', 'example', 'example', 'example', 'example', 'example']);
    expect(example.accountabilities.map(bySource)).toEqual(['002', 'example', 'example', 'example', 'example', '000']);
    expect(Object.isFrozen(example.exemptions[0]?.when.all)).toBe(true);
    expect(unwrap(validateFaultTolerancePolicy(example)).warnings).toEqual([]);
  });

  it('labels the outcomes and statuses in Chinese and English, and label() knows them', () => {
    expect(FaultToleranceOutcome.values).toEqual(['exempt', 'accountable', 'toBeDecided']);
    expect(label('toBeDecided', 'zh-CN')).toBe('待研究认定');
    expect(SituationStatus.labels.doesNotApply.en).toBe('Does not apply');
  });
});

describe('002 Haining: decideFaultTolerance', () => {
  it('002: exempts a cadre whose error came from solving an enterprise’s real difficulty, with every accountability situation ruled out', () => {
    const d = unwrap(decideFaultTolerance({ ...cleared, actedForEnterprise: true, tookInitiative: true }, example));
    expect(d.outcome).toBe('exempt');
    expect(d.conflict).toBe(false);
    expect(d.exemptions).toEqual(['solvingEnterpriseDifficulty']);
    expect(d.accountabilities).toEqual([]);
    expect(d.missingFacts).toEqual([]);
    expect(d.reason.zh).toBe('免责：适用免责情形“因解决企业现实困难，敢于担当、主动作为而造成一定失误偏差”；追责情形均已排除。');
    expect(d.reason.en).toMatch(/^Exempt: the exemption situation "An error made solving an enterprise's real difficulty/);
    const f = d.findings.find((x) => x.id === 'solvingEnterpriseDifficulty');
    expect(f).toMatchObject({ side: 'exempt', status: 'applies', met: ['actedForEnterprise', 'tookInitiative', 'personalGain', 'knowinglyViolated', 'colludedWithEnterprise'], failed: [], unknown: [] });
    expect(f?.reason.zh).toBe('适用：已认定为解决企业现实困难而作为、敢于担当、主动作为；已排除谋取私利、明知故犯、与企业串通或利益输送。');
    expect(d.policy).toBe('qinqing-example-fault-tolerance');
  });

  it('002: holds accountable a cadre who neglected the commitment reform, with every exemption ruled out', () => {
    const noExemption = {
      actedForEnterprise: false, pilotReform: false, noClearRule: false, unintentional: false, collectiveDecision: false,
      carryingOutHigherDecision: false, enterpriseBrokeCommitment: false,
    };
    const d = unwrap(decideFaultTolerance({ ...noExemption, neglectedReform: true }, example));
    expect([d.outcome, d.accountabilities, d.exemptions]).toEqual(['accountable', ['neglectedCommitmentReform'], []]);
    // Other accountability situations may still be open: they cannot turn the outcome.
    expect(d.findings.filter((f) => d.undetermined.includes(f.id)).every((f) => f.side === 'accountable')).toBe(true);
    expect(d.missingFacts).toEqual([]);
    expect(d.reason.zh).toBe('追责：适用追责情形“对企业投资项目承诺制改革不重视不落实不推进”；免责情形均已排除。');
  });

  it('000 Xingtai: dilatory handling with serious consequences is accountable — but to be decided while an exemption may still apply', () => {
    const d = unwrap(decideFaultTolerance({ dilatory: true, seriousConsequences: true, actedForEnterprise: true, tookInitiative: true }, example));
    expect(d.outcome).toBe('toBeDecided');
    expect(d.conflict).toBe(false);
    expect(d.accountabilities).toEqual(['dilatoryWithSeriousConsequences']);
    // The exemptions that could still apply, and the facts that would settle them, in the list's order.
    expect(d.undetermined).toContain('solvingEnterpriseDifficulty');
    expect(d.missingFacts.slice(0, 3)).toEqual(['pilotReform', 'noClearRule', 'unintentional']);
    expect(d.missingFacts).toContain('personalGain');
    expect(d.reason.zh).toMatch(/^待研究认定：适用追责情形“办事拖拉造成严重后果”，但免责情形“执行上级决策部署/);
    expect(d.reason.zh).toContain('“因解决企业现实困难，敢于担当、主动作为而造成一定失误偏差”');
    expect(d.reason.zh).toContain('须查明：');
    expect(d.reason.en).toMatch(/may apply too \(establish: /);
  });

  it('002: conflicting situations are to be decided, with both named', () => {
    const d = unwrap(decideFaultTolerance({ ...cleared, actedForEnterprise: true, tookInitiative: true, dilatory: true, seriousConsequences: true }, example));
    expect(d.outcome).toBe('toBeDecided');
    expect(d.conflict).toBe(true);
    expect(d.exemptions).toEqual(['solvingEnterpriseDifficulty']);
    expect(d.accountabilities).toEqual(['dilatoryWithSeriousConsequences']);
    expect(d.missingFacts).toEqual([]);
    expect(d.reason.zh).toBe('待研究认定：免责情形“因解决企业现实困难，敢于担当、主动作为而造成一定失误偏差”与追责情形“办事拖拉造成严重后果”同时适用，须集体研究认定。');
    expect(d.reason.en).toContain('both apply; the responsible body decides.');
  });

  it('personal gain rules out every exemption that excludes it, and holds the cadre accountable once the rest are ruled out', () => {
    const d = unwrap(decideFaultTolerance({ personalGain: true, actedForEnterprise: true, tookInitiative: true, enterpriseBrokeCommitment: false, pilotReform: false, noClearRule: false, collectiveDecision: false, carryingOutHigherDecision: false, unintentional: false }, example));
    expect([d.outcome, d.accountabilities]).toEqual(['accountable', ['personalGain']]);
    const f = d.findings.find((x) => x.id === 'solvingEnterpriseDifficulty');
    expect(f?.status).toBe('doesNotApply');
    expect(f?.reason.zh).toBe('不适用：存在排除事实谋取私利。');
    expect(f?.reason.en).toBe('Does not apply: established, which excludes it — Sought personal gain.');
  });

  it('with no facts, nothing applies and every situation is undetermined; with every fact false, the list does not cover the case', () => {
    const d = unwrap(decideFaultTolerance({}, example));
    expect(d.outcome).toBe('toBeDecided');
    expect(d.undetermined).toHaveLength(14);
    expect(d.missingFacts).toHaveLength(example.facts.length);
    const none = unwrap(decideFaultTolerance(Object.fromEntries(example.facts.map((f) => [f.key, false])), example));
    expect([none.outcome, none.undetermined, none.missingFacts]).toEqual(['toBeDecided', [], []]);
    expect(none.reason.zh).toBe('待研究认定：清单中没有适用的情形，须个案研究认定。');
    // Findings: exemptions first, each side by id.
    expect(none.findings.map((f) => f.side)).toEqual([...Array<string>(8).fill('exempt'), ...Array<string>(6).fill('accountable')]);
    expect(none.findings.slice(0, 8).map((f) => f.id)).toEqual([...example.exemptions.map((s) => s.id)].sort());
  });

  it('null is unknown, like an absent fact', () => {
    const a = unwrap(decideFaultTolerance({ personalGain: null }, example));
    const b = unwrap(decideFaultTolerance({}, example));
    expect(a).toEqual(b);
  });

  it('refuses an undeclared fact, a value that is not a boolean, and a broken list, at their paths', () => {
    const r = decideFaultTolerance({ bribery: true }, example);
    expect(r.ok ? null : [r.error.code, r.error.path, r.error.messageZh]).toEqual(['UNKNOWN_REFERENCE', ['facts', 'bribery'], 'facts.bribery 不是清单“qinqing-example-fault-tolerance”声明的事实。']);
    const v = decideFaultTolerance({ dilatory: 'yes' as unknown as boolean }, example);
    expect(v.ok ? null : [v.error.code, v.error.path]).toEqual(['INVALID_INPUT', ['facts', 'dilatory']]);
    const broken = { ...example, accountabilities: [{ id: 'x', label: { zh: '拖', en: 'Slow' }, when: { all: ['late'], none: [] } }] } as FaultTolerancePolicy;
    const p = decideFaultTolerance({}, broken);
    expect(p.ok ? null : [p.error.code, p.error.path]).toEqual(['UNKNOWN_REFERENCE', ['policy', 'accountabilities', 0, 'when', 'all', 0]]);
    expect(p.ok ? '' : p.error.message).toMatch(/^policy is not a valid fault-tolerance list/);
  });

  it('takes a list read from JSON that leaves out the defaults (when.none)', () => {
    const raw = { id: 'p', name: { zh: '清单', en: 'List' }, source: 'app', facts: [{ key: 'gain', label: { zh: '谋私', en: 'Gain' } }], exemptions: [], accountabilities: [{ id: 'x', label: { zh: '谋私', en: 'Gain' }, when: { all: ['gain'] } }] };
    expect(unwrap(decideFaultTolerance({ gain: true }, raw as unknown as FaultTolerancePolicy)).outcome).toBe('accountable');
  });

  it('does not change its arguments', () => {
    const facts = { ...cleared, actedForEnterprise: true, tookInitiative: true };
    const copy = structuredClone(facts);
    decideFaultTolerance(facts, example);
    expect(facts).toEqual(copy);
  });
});

describe('002 Haining: validating a fault-tolerance list', () => {
  const base = { id: 'p', name: { zh: '清单', en: 'List' }, source: 'test', facts: [{ key: 'a', label: { zh: '甲', en: 'A' } }, { key: 'b', label: { zh: '乙', en: 'B' } }] };

  it('refuses unknown facts, contradictions and repeated ids, all of them at once', () => {
    const r = validateFaultTolerancePolicy({
      ...base,
      facts: [...base.facts, { key: 'a', label: { zh: '甲', en: 'A' } }],
      exemptions: [{ id: 's', label: { zh: '一', en: 'One' }, when: { all: ['a'], none: ['a'] } }],
      accountabilities: [{ id: 's', label: { zh: '二', en: 'Two' }, when: { all: ['c'] } }],
    });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : (r.error.issues ?? [r.error]).map((i) => [i.code, i.path]);
    expect(issues).toEqual([
      ['DUPLICATE_ID', ['facts', 2, 'key']],
      ['SITUATION_CONTRADICTION', ['exemptions', 0, 'when', 'none', 0]],
      ['DUPLICATE_ID', ['accountabilities', 0, 'id']],
      ['UNKNOWN_REFERENCE', ['accountabilities', 0, 'when', 'all', 0]],
    ]);
    expect(safeParse(FaultTolerancePolicySchema, { ...base, exemptions: [], accountabilities: [], extra: 1 }).ok).toBe(false);
  });

  it('warns of a situation that never decides a case alone', () => {
    const r = unwrap(
      validateFaultTolerancePolicy({
        ...base,
        exemptions: [{ id: 'e', label: { zh: '一', en: 'One' }, when: { all: ['a', 'b'] } }],
        accountabilities: [{ id: 'x', label: { zh: '二', en: 'Two' }, when: { all: ['a'] } }],
      }),
    );
    expect(r.warnings.map((w) => [w.code, w.path, w.messageZh])).toEqual([['SITUATION_ALWAYS_CONFLICTS', ['exemptions', 0], '免责情形“e”永远不能单独决定结果：凡其适用时，追责情形“x”也同时适用。']]);
    expect(r.policy.exemptions[0]?.when.none).toEqual([]);
    // And the decision shows it: a case the exemption covers is a conflict.
    expect(unwrap(decideFaultTolerance({ a: true, b: true }, r.policy)).conflict).toBe(true);
  });
});
