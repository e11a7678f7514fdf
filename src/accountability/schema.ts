import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import type { DeepReadonly } from '../core/readonly.js';
import { BilingualTextSchema, IdSchema } from '../core/schema.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { ownKeyRecord } from '../internal/record.js';

/**
 * What a fault-tolerance decision (容错免责, 002) says of a case: the cadre is exempt from blame
 * (免责), must be held accountable (追责), or the case is to be decided by the responsible body
 * (待研究认定) — because situations of both kinds apply, because facts are missing, or because no
 * situation of the list covers it.
 *
 * `FaultToleranceOutcome.values` lists the values in order, `FaultToleranceOutcome.labels` gives
 * each a zh-CN and an English label, and `FaultToleranceOutcome.schema` validates one. The type
 * `FaultToleranceOutcome` is an outcome: `'exempt'`, `'accountable'` or `'toBeDecided'`.
 *
 * @example
 * ```ts
 * FaultToleranceOutcome.labels.exempt.zh; // '免责'
 * FaultToleranceOutcome.values; // ['exempt', 'accountable', 'toBeDecided']
 * ```
 * @category Accountability
 */
export const FaultToleranceOutcome = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    exempt: { zh: '免责', en: 'Exempt' },
    accountable: { zh: '追责', en: 'Accountable' },
    toBeDecided: { zh: '待研究认定', en: 'To be decided' },
  }),
))();

export type FaultToleranceOutcome = EnumValue<typeof FaultToleranceOutcome>;

/**
 * How one situation of a fault-tolerance list stands against a case's facts: it applies (every
 * fact it requires holds and none it excludes does), it does not apply (a required fact is false
 * or an excluded one is true), or it is undetermined (nothing rules it out, but some of its facts
 * are unknown).
 *
 * `SituationStatus.values` lists the values in order, `SituationStatus.labels` gives each a zh-CN
 * and an English label, and `SituationStatus.schema` validates one.
 *
 * @example
 * ```ts
 * SituationStatus.labels.undetermined.zh; // '待查明'
 * SituationStatus.values; // ['applies', 'undetermined', 'doesNotApply']
 * ```
 * @category Accountability
 */
export const SituationStatus = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    applies: { zh: '适用', en: 'Applies' },
    undetermined: { zh: '待查明', en: 'Undetermined (facts missing)' },
    doesNotApply: { zh: '不适用', en: 'Does not apply' },
  }),
))();

export type SituationStatus = EnumValue<typeof SituationStatus>;

/**
 * A fact a fault-tolerance list reasons about, e.g. "sought personal gain" (谋取私利): its key and
 * its label. A case states each fact as true, false or unknown.
 *
 * @example
 * ```ts
 * FaultToleranceFactSchema.parse({ key: 'personalGain', label: { zh: '谋取私利', en: 'Sought personal gain' } }).key; // 'personalGain'
 * ```
 * @category Accountability
 */
export const FaultToleranceFactSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The fact's key, unique in its list. */
  key: IdSchema,
  /** What the fact says, in both languages. */
  label: BilingualTextSchema,
}))();

/**
 * A fact a fault-tolerance list reasons about; see {@link FaultToleranceFactSchema}.
 *
 * @category Accountability
 */
export type FaultToleranceFact = DeepReadonly<z.infer<typeof FaultToleranceFactSchema>>;

/**
 * One situation of a fault-tolerance list (容错免责情形 or 追责情形): it applies to a case when every
 * fact of `when.all` is true and every fact of `when.none` is false. At most 50 facts each
 * (qinqing's bound). `source` says where the situation's wording comes from.
 *
 * @example
 * ```ts
 * FaultToleranceSituationSchema.parse({ id: 'gain', label: { zh: '谋取私利', en: 'Personal gain' }, when: { all: ['personalGain'] } }).when.none; // []
 * ```
 * @category Accountability
 */
export const FaultToleranceSituationSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The situation's id, unique in its list (both sides together). */
  id: IdSchema,
  /** The situation in words, in both languages. */
  label: BilingualTextSchema,
  /** The facts that make it apply. */
  when: z.strictObject({
    /** Facts that must all be true. */
    all: z.array(IdSchema).min(1).max(50).describe('Facts that must all be true'),
    /** Facts that must all be false. */
    none: z.array(IdSchema).max(50).default(() => []).describe('Facts that must all be false'),
  }),
  /** Where the wording comes from (a source document, or "qinqing example"). */
  source: z.string().min(1).max(2000).optional().describe('Where the wording comes from'),
}))();

/**
 * One situation of a fault-tolerance list; see {@link FaultToleranceSituationSchema}.
 *
 * @category Accountability
 */
export type FaultToleranceSituation = DeepReadonly<z.output<typeof FaultToleranceSituationSchema>>;

/**
 * A fault-tolerance list as data (容错免责, 002): the facts it reasons about, the situations in which a
 * cadre who acted is exempt from blame (`exemptions`) and those in which the cadre must be held
 * accountable (`accountabilities`). Haining counts 8 of the first and 6 of the second but does not
 * publish them: each place configures its own (see {@link exampleFaultTolerancePolicy} for
 * qinqing's example). Checked in code: fact keys are unique and situation ids are unique across
 * both sides (`DUPLICATE_ID`); every fact a situation names is declared (`UNKNOWN_REFERENCE`); no
 * situation requires and excludes the same fact (`SITUATION_CONTRADICTION`: it could never apply).
 * At most 200 facts and 100 situations per side (qinqing's bounds).
 *
 * @example
 * ```ts
 * const p = { id: 'p', name: { zh: '清单', en: 'List' }, source: 'test', facts: [{ key: 'gain', label: { zh: '谋取私利', en: 'Gain' } }],
 *   exemptions: [], accountabilities: [{ id: 'a1', label: { zh: '谋私', en: 'Gain' }, when: { all: ['gain'], none: ['gain'] } }] };
 * safeParse(FaultTolerancePolicySchema, p); // { ok: false, error: { code: 'SITUATION_CONTRADICTION', path: ['accountabilities', 0, 'when', 'none', 0], … } }
 * ```
 * @category Accountability
 */
export const FaultTolerancePolicySchema = /* @__PURE__ */ (() => z
  .strictObject({
    /** The list's id. */
    id: IdSchema,
    /** Its name in both languages. */
    name: BilingualTextSchema,
    /** Where it comes from (the local measures, or "example"). */
    source: z.string().min(1).max(2000),
    /** The facts the situations reason about. */
    facts: z.array(FaultToleranceFactSchema).min(1).max(200),
    /** Situations in which the cadre is exempt (可免责情形). */
    exemptions: z.array(FaultToleranceSituationSchema).max(100).describe('Situations in which the cadre is exempt (可免责情形)'),
    /** Situations in which the cadre must be held accountable (须追责情形). */
    accountabilities: z.array(FaultToleranceSituationSchema).max(100).describe('Situations in which the cadre must be held accountable (须追责情形)'),
  })
  .superRefine((p, ctx) => {
    const facts = new Map<string, number>();
    p.facts.forEach((f, i) => {
      const first = facts.get(f.key);
      if (first === undefined) facts.set(f.key, i);
      else {
        ctx.addIssue({
          code: 'custom',
          message: `The fact key "${f.key}" is declared twice (facts ${first} and ${i}).`,
          path: ['facts', i, 'key'],
          input: f.key,
          params: { code: 'DUPLICATE_ID', messageZh: `事实“${f.key}”重复声明（第 ${first} 项与第 ${i} 项）。` },
        });
      }
    });
    const ids = new Map<string, string>();
    for (const side of ['exemptions', 'accountabilities'] as const) {
      p[side].forEach((s, i) => {
        const first = ids.get(s.id);
        if (first === undefined) ids.set(s.id, `${side}[${i}]`);
        else {
          ctx.addIssue({
            code: 'custom',
            message: `The situation id "${s.id}" is used twice (${first} and ${side}[${i}]).`,
            path: [side, i, 'id'],
            input: s.id,
            params: { code: 'DUPLICATE_ID', messageZh: `情形编号“${s.id}”重复使用（${first} 与 ${side}[${i}]）。` },
          });
        }
        const required = new Set(s.when.all);
        for (const part of ['all', 'none'] as const) {
          s.when[part].forEach((key, j) => {
            if (!facts.has(key)) {
              ctx.addIssue({
                code: 'custom',
                message: `The situation "${s.id}" names the fact "${key}", which the list does not declare.`,
                path: [side, i, 'when', part, j],
                input: key,
                params: { code: 'UNKNOWN_REFERENCE', messageZh: `情形“${s.id}”引用了清单未声明的事实“${key}”。` },
              });
            } else if (part === 'none' && required.has(key)) {
              ctx.addIssue({
                code: 'custom',
                message: `The situation "${s.id}" both requires and excludes the fact "${key}", so it can never apply.`,
                path: [side, i, 'when', part, j],
                input: key,
                params: { code: 'SITUATION_CONTRADICTION', messageZh: `情形“${s.id}”既要求又排除事实“${key}”，永远不能适用。` },
              });
            }
          });
        }
      });
    }
  }))();

/**
 * A fault-tolerance list; see {@link FaultTolerancePolicySchema}.
 *
 * @category Accountability
 */
export type FaultTolerancePolicy = DeepReadonly<z.output<typeof FaultTolerancePolicySchema>>;

/**
 * The facts of a case, by key: `true` (established), `false` (ruled out), or `null` / absent
 * (unknown). Every key must be a fact the list declares.
 *
 * @example
 * ```ts
 * FaultToleranceFactsSchema.parse({ personalGain: false, dilatory: null })['dilatory']; // null
 * ```
 * @category Accountability
 */
export const FaultToleranceFactsSchema = /* @__PURE__ */ (() => ownKeyRecord(IdSchema, z.boolean().nullable()))();

/**
 * The facts of a case; see {@link FaultToleranceFactsSchema}.
 *
 * @category Accountability
 */
export type FaultToleranceFacts = Readonly<Record<string, boolean | null>>;
