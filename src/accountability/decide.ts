import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { BilingualText, Id } from '../core/schema.js';
import { byCodeUnit } from '../internal/compare.js';
import { argumentError, checkedOnce, movedPaths, safeParseWith } from '../internal/parse.js';
import {
  FaultToleranceFactsSchema,
  FaultTolerancePolicySchema,
  type FaultToleranceFacts,
  type FaultToleranceOutcome,
  type FaultTolerancePolicy,
  type FaultToleranceSituation,
  type SituationStatus,
} from './schema.js';

/**
 * The side of a fault-tolerance list a situation is on: an exemption (`'exempt'`) or an
 * accountability situation (`'accountable'`).
 *
 * @category Accountability
 */
export type SituationSide = Exclude<FaultToleranceOutcome, 'toBeDecided'>;

/**
 * How one situation stands against a case's facts, and why.
 *
 * @category Accountability
 */
export interface SituationFinding {
  /** The situation's id. */
  readonly id: Id;
  /** Exemption (`'exempt'`) or accountability (`'accountable'`). */
  readonly side: SituationSide;
  /** The situation in words. */
  readonly label: BilingualText;
  /** Applies, undetermined or does not apply. */
  readonly status: SituationStatus;
  /** Its conditions the facts meet: required facts that are true, excluded facts that are false. */
  readonly met: readonly Id[];
  /** Its conditions the facts break: required facts that are false, excluded facts that are true. */
  readonly failed: readonly Id[];
  /** Its facts the case leaves unknown. */
  readonly unknown: readonly Id[];
  /** The finding in words. */
  readonly reason: BilingualText;
}

/**
 * What {@link decideFaultTolerance} decides: the outcome, the situations that apply on each side,
 * those still undetermined, the facts to establish, every situation's finding and the reason.
 *
 * @category Accountability
 */
export interface FaultToleranceDecision {
  /** Exempt, accountable, or to be decided. */
  readonly outcome: FaultToleranceOutcome;
  /** True when an exemption and an accountability situation both apply. */
  readonly conflict: boolean;
  /** The exemption situations that apply, by id. */
  readonly exemptions: readonly Id[];
  /** The accountability situations that apply, by id. */
  readonly accountabilities: readonly Id[];
  /** The situations that may apply once facts are known, by id (exemptions first). */
  readonly undetermined: readonly Id[];
  /** The unknown facts that keep the outcome open, in the list's order; empty when it is settled. */
  readonly missingFacts: readonly Id[];
  /** Every situation of the list, exemptions first, each side by id. */
  readonly findings: readonly SituationFinding[];
  /** The decision in words. */
  readonly reason: BilingualText;
  /** The list's id. */
  readonly policy: Id;
  /** Where the list comes from. */
  readonly source: string;
}

const zhList = (xs: readonly string[]): string => xs.join('、');
const enList = (xs: readonly string[]): string => xs.join(', ');
const zhQuoted = (xs: readonly BilingualText[]): string => xs.map((x) => `“${x.zh}”`).join('');
const enQuoted = (xs: readonly BilingualText[]): string => xs.map((x) => `"${x.en}"`).join('; ');

/** One situation against the facts. */
function finding(s: FaultToleranceSituation, side: SituationSide, facts: FaultToleranceFacts, labels: ReadonlyMap<Id, BilingualText>): SituationFinding {
  const met: Id[] = [];
  const failed: Id[] = [];
  const unknown: Id[] = [];
  const distinct = (xs: Id[]): Id[] => [...new Set(xs)];
  for (const key of s.when.all) {
    const v = Object.hasOwn(facts, key) ? facts[key] : null;
    (v === true ? met : v === false ? failed : unknown).push(key);
  }
  // A list checked but not parsed (e.g. read from JSON) may leave out `none`, which parsing defaults to [].
  const excluded: readonly Id[] = s.when.none ?? [];
  for (const key of excluded) {
    const v = Object.hasOwn(facts, key) ? facts[key] : null;
    (v === false ? met : v === true ? failed : unknown).push(key);
  }
  const status: SituationStatus = failed.length > 0 ? 'doesNotApply' : unknown.length > 0 ? 'undetermined' : 'applies';
  const zh = (keys: readonly Id[]): string => zhList(keys.map((k) => labels.get(k)?.zh ?? k));
  const en = (keys: readonly Id[]): string => enList(keys.map((k) => labels.get(k)?.en ?? k));
  const required = new Set(s.when.all);
  const split = (keys: readonly Id[]): [Id[], Id[]] => [keys.filter((k) => required.has(k)), keys.filter((k) => !required.has(k))];
  let reason: BilingualText;
  if (status === 'applies') {
    const [held, ruledOut] = split(met);
    reason = {
      zh: `适用：已认定${zh(held)}${ruledOut.length === 0 ? '' : `；已排除${zh(ruledOut)}`}。`,
      en: `Applies: established — ${en(held)}${ruledOut.length === 0 ? '' : `; ruled out — ${en(ruledOut)}`}.`,
    };
  } else if (status === 'doesNotApply') {
    const [notHeld, present] = split(failed);
    const zhParts = [notHeld.length === 0 ? '' : `不具备${zh(notHeld)}`, present.length === 0 ? '' : `存在排除事实${zh(present)}`].filter((x) => x !== '');
    const enParts = [notHeld.length === 0 ? '' : `ruled out — ${en(notHeld)}`, present.length === 0 ? '' : `established, which excludes it — ${en(present)}`].filter((x) => x !== '');
    reason = { zh: `不适用：${zhParts.join('；')}。`, en: `Does not apply: ${enParts.join('; ')}.` };
  } else {
    reason = { zh: `待查明：${zh(unknown)}尚不明确。`, en: `Undetermined: unknown — ${en(unknown)}.` };
  }
  return { id: s.id, side, label: s.label, status, met: distinct(met), failed: distinct(failed), unknown: distinct(unknown), reason };
}

/**
 * Decides a fault-tolerance case (容错免责, 002) from its facts by a list of exemption and
 * accountability situations, and says why.
 *
 * Each situation **applies** when every fact of `when.all` is true and every fact of `when.none`
 * is false, **does not apply** when one of them is the other way, and is **undetermined** otherwise
 * (facts unknown). Then:
 *
 * - an exemption and an accountability situation both apply → `'toBeDecided'` with `conflict: true`,
 *   both named: the responsible body decides;
 * - only exemptions apply and every accountability situation is ruled out → `'exempt'`;
 * - only accountabilities apply and every exemption situation is ruled out → `'accountable'`;
 * - otherwise `'toBeDecided'`: `missingFacts` lists the unknown facts of the undetermined situations
 *   that could change the outcome (of the other side when one side applies), or, when nothing
 *   applies or is undetermined, the list does not cover the case.
 *
 * The decision does not depend on the order of the situations or of the facts (findings are listed
 * by side and id, missing facts in the list's order), a fact no situation names never changes it,
 * and an `'exempt'` or `'accountable'` outcome never changes when more facts become known.
 * Time O(S · F) for S situations of at most F facts each.
 *
 * @param facts - The case's facts by key: true, false, or null / absent for unknown.
 * @param policy - The list, e.g. your own or {@link exampleFaultTolerancePolicy} (checked once per
 *   object against {@link FaultTolerancePolicySchema}).
 * @returns The decision with every situation's finding; or `INVALID_INPUT` under `['facts']` (a
 *   value that is not true, false or null), `UNKNOWN_REFERENCE` at `['facts', key]` for a fact the
 *   list does not declare, or the list's problem under `['policy']` (`INVALID_INPUT`,
 *   `DUPLICATE_ID`, `UNKNOWN_REFERENCE`, `SITUATION_CONTRADICTION`).
 * @example
 * ```ts
 * const cleared = { personalGain: false, knowinglyViolated: false, colludedWithEnterprise: false, expresslyProhibited: false, neglectedReform: false, dilatory: false };
 * const d = unwrap(decideFaultTolerance({ ...cleared, actedForEnterprise: true, tookInitiative: true }, exampleFaultTolerancePolicy));
 * [d.outcome, d.exemptions]; // ['exempt', ['solvingEnterpriseDifficulty']]
 * unwrap(decideFaultTolerance({ actedForEnterprise: true, tookInitiative: true, dilatory: true, seriousConsequences: true }, exampleFaultTolerancePolicy)).conflict; // false: some exclusions are unknown
 * decideFaultTolerance({ bribery: true }, exampleFaultTolerancePolicy); // { ok: false, error: { code: 'UNKNOWN_REFERENCE', path: ['facts', 'bribery'], … } }
 * ```
 * @category Accountability
 */
export function decideFaultTolerance(facts: FaultToleranceFacts, policy: FaultTolerancePolicy): Result<FaultToleranceDecision> {
  const bad = checkedOnce(FaultTolerancePolicySchema, policy);
  if (bad !== null) return err(argumentError(bad, ['policy'], { en: 'a valid fault-tolerance list', zh: '有效的容错免责清单' }));
  const parsed = safeParseWith(FaultToleranceFactsSchema, facts);
  if (!parsed.ok) return err(movedPaths(parsed.error, (path) => ['facts', ...path]));
  const labels = new Map<Id, BilingualText>(policy.facts.map((f) => [f.key, f.label]));
  for (const key of Object.keys(parsed.value)) {
    if (!labels.has(key)) {
      return err(
        domainError('UNKNOWN_REFERENCE', {
          en: `facts.${key} is not a fact the list "${policy.id}" declares.`,
          zh: `facts.${key} 不是清单“${policy.id}”声明的事实。`,
          path: ['facts', key],
          value: parsed.value[key],
        }),
      );
    }
  }
  const bySide = (side: SituationSide): SituationFinding[] =>
    (side === 'exempt' ? policy.exemptions : policy.accountabilities).map((s) => finding(s, side, parsed.value, labels)).sort((a, b) => byCodeUnit(a.id, b.id));
  const exempt = bySide('exempt');
  const accountable = bySide('accountable');
  const applying = (fs: readonly SituationFinding[]): SituationFinding[] => fs.filter((f) => f.status === 'applies');
  const open = (fs: readonly SituationFinding[]): SituationFinding[] => fs.filter((f) => f.status === 'undetermined');
  const [E, A, UE, UA] = [applying(exempt), applying(accountable), open(exempt), open(accountable)];
  const factOrder = new Map<Id, number>(policy.facts.map((f, i) => [f.key, i]));
  const missing = (fs: readonly SituationFinding[]): Id[] =>
    [...new Set(fs.flatMap((f) => f.unknown))].sort((a, b) => (factOrder.get(a) ?? 0) - (factOrder.get(b) ?? 0));
  const labelsOf = (fs: readonly SituationFinding[]): BilingualText[] => fs.map((f) => f.label);
  const factsText = (keys: readonly Id[]): BilingualText => ({
    zh: zhList(keys.map((k) => labels.get(k)?.zh ?? k)),
    en: enList(keys.map((k) => labels.get(k)?.en ?? k)),
  });

  let outcome: FaultToleranceOutcome;
  let missingFacts: Id[] = [];
  let reason: BilingualText;
  if (E.length > 0 && A.length > 0) {
    outcome = 'toBeDecided';
    reason = {
      zh: `待研究认定：免责情形${zhQuoted(labelsOf(E))}与追责情形${zhQuoted(labelsOf(A))}同时适用，须集体研究认定。`,
      en: `To be decided: the exemption situation ${enQuoted(labelsOf(E))} and the accountability situation ${enQuoted(labelsOf(A))} both apply; the responsible body decides.`,
    };
  } else if (A.length > 0 || E.length > 0) {
    const [side, other] = A.length > 0 ? [A, UE] : [E, UA];
    const sideZh = A.length > 0 ? '追责' : '免责';
    const otherZh = A.length > 0 ? '免责' : '追责';
    const sideEn = A.length > 0 ? 'accountability' : 'exemption';
    const otherEn = A.length > 0 ? 'exemption' : 'accountability';
    if (other.length === 0) {
      outcome = A.length > 0 ? 'accountable' : 'exempt';
      reason = {
        zh: `${sideZh}：适用${sideZh}情形${zhQuoted(labelsOf(side))}；${otherZh}情形均已排除。`,
        en: `${A.length > 0 ? 'Accountable' : 'Exempt'}: the ${sideEn} situation ${enQuoted(labelsOf(side))} applies; every ${otherEn} situation is ruled out.`,
      };
    } else {
      outcome = 'toBeDecided';
      missingFacts = missing(other);
      const f = factsText(missingFacts);
      reason = {
        zh: `待研究认定：适用${sideZh}情形${zhQuoted(labelsOf(side))}，但${otherZh}情形${zhQuoted(labelsOf(other))}尚待查明（须查明：${f.zh}）。`,
        en: `To be decided: the ${sideEn} situation ${enQuoted(labelsOf(side))} applies, but the ${otherEn} situation ${enQuoted(labelsOf(other))} may apply too (establish: ${f.en}).`,
      };
    }
  } else if (UE.length > 0 || UA.length > 0) {
    outcome = 'toBeDecided';
    missingFacts = missing([...UE, ...UA]);
    const f = factsText(missingFacts);
    reason = {
      zh: `待研究认定：尚无情形适用；情形${zhQuoted(labelsOf([...UE, ...UA]))}尚待查明（须查明：${f.zh}）。`,
      en: `To be decided: no situation applies yet; ${enQuoted(labelsOf([...UE, ...UA]))} may apply (establish: ${f.en}).`,
    };
  } else {
    outcome = 'toBeDecided';
    reason = { zh: '待研究认定：清单中没有适用的情形，须个案研究认定。', en: 'To be decided: no situation of the list applies; the case is decided on its own.' };
  }
  return ok({
    outcome,
    conflict: E.length > 0 && A.length > 0,
    exemptions: E.map((f) => f.id),
    accountabilities: A.map((f) => f.id),
    undetermined: [...UE, ...UA].map((f) => f.id),
    missingFacts,
    findings: [...exempt, ...accountable],
    reason,
    policy: policy.id,
    source: policy.source,
  });
}

/**
 * A fault-tolerance list checked, with its warnings.
 *
 * @category Accountability
 */
export interface FaultTolerancePolicyReport {
  /** The list as parsed (`when.none` filled in). */
  readonly policy: FaultTolerancePolicy;
  /** `SITUATION_ALWAYS_CONFLICTS` for each situation that never decides a case alone. */
  readonly warnings: readonly DomainError[];
}

/** Whether every element of `a` is in `b`. */
const subset = (a: readonly Id[], b: ReadonlySet<Id>): boolean => a.every((x) => b.has(x));

/**
 * Validates a fault-tolerance list and warns of situations that can never decide a case alone:
 * one whose every application brings a situation of the other side with it (that situation's
 * required facts are among its own, and its excluded facts too), so a case it covers always comes
 * out `'toBeDecided'` as a conflict. The errors are those of {@link FaultTolerancePolicySchema}:
 * a fact declared twice or a situation id used twice (`DUPLICATE_ID`), a situation naming a fact
 * the list does not declare (`UNKNOWN_REFERENCE`), a situation that requires and excludes the same
 * fact (`SITUATION_CONTRADICTION`). Time O(E · A · F) for E exemption and A accountability
 * situations of at most F facts.
 *
 * @param input - The list, e.g. from the app's configuration.
 * @returns The list and its warnings; or every error at its path in the input (several in `issues`).
 * @example
 * ```ts
 * validateFaultTolerancePolicy(exampleFaultTolerancePolicy); // { ok: true, value: { policy: { … }, warnings: [] } }
 * const p = { ...exampleFaultTolerancePolicy, exemptions: [{ id: 'x', label: { zh: '拖拉', en: 'Slow' }, when: { all: ['dilatory', 'seriousConsequences'] } }] };
 * unwrap(validateFaultTolerancePolicy(p)).warnings[0]?.code; // 'SITUATION_ALWAYS_CONFLICTS'
 * validateFaultTolerancePolicy({ ...p, exemptions: [{ id: 'x', label: { zh: '拖拉', en: 'Slow' }, when: { all: ['late'] } }] });
 * // { ok: false, error: { code: 'UNKNOWN_REFERENCE', path: ['exemptions', 0, 'when', 'all', 0], … } }
 * ```
 * @category Accountability
 */
export function validateFaultTolerancePolicy(input: unknown): Result<FaultTolerancePolicyReport> {
  const parsed = safeParseWith(FaultTolerancePolicySchema, input);
  if (!parsed.ok) return parsed;
  const policy = parsed.value;
  const warnings: DomainError[] = [];
  const sides = [
    ['exemptions', policy.exemptions, policy.accountabilities, '免责', '追责', 'exemption', 'accountability'],
    ['accountabilities', policy.accountabilities, policy.exemptions, '追责', '免责', 'accountability', 'exemption'],
  ] as const;
  for (const [name, own, others, zh, otherZh, en, otherEn] of sides) {
    own.forEach((s, i) => {
      const all = new Set(s.when.all);
      const none = new Set(s.when.none);
      const t = others.find((o) => subset(o.when.all, all) && subset(o.when.none, none));
      if (t === undefined) return;
      warnings.push(
        domainError('SITUATION_ALWAYS_CONFLICTS', {
          en: `The ${en} situation "${s.id}" never decides a case alone: whenever it applies, the ${otherEn} situation "${t.id}" applies too.`,
          zh: `${zh}情形“${s.id}”永远不能单独决定结果：凡其适用时，${otherZh}情形“${t.id}”也同时适用。`,
          path: [name, i],
          value: s.id,
        }),
      );
    });
  }
  return ok({ policy, warnings });
}
