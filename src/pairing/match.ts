import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { IdSchema, type Id } from '../core/schema.js';
import { byCodeUnit } from '../internal/compare.js';
import type { EnumValue } from '../core/enum.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { clip, MAX_MESSAGE, safeParseWith } from '../internal/parse.js';
import { defaultInputLimits } from '../core/limits.js';
import { deferredAcceptance } from './deferred-acceptance.js';
import { PreferenceTableWriter, type PreferenceTable } from './preference-table.js';

/**
 * The side that proposes in a two-way selection (双向选择, 003): the cadres or the enterprises. The
 * proposing side gets the best stable outcome it can.
 *
 * `MatchProposers.values` lists the values in order, `MatchProposers.labels` gives each a zh-CN and
 * an English label, and `MatchProposers.schema` validates one. The type `MatchProposers` is the
 * proposing side of a two-way selection: `'cadres'` or `'enterprises'`.
 *
 * @example
 * ```ts
 * MatchProposers.labels.enterprises.zh; // '企业发起选择'
 * MatchProposers.values; // ['cadres', 'enterprises']
 * ```
 * @category Pairing
 */
export const MatchProposers = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    cadres: { zh: '干部发起选择', en: 'Cadres propose' },
    enterprises: { zh: '企业发起选择', en: 'Enterprises propose' },
  }),
))();

export type MatchProposers = EnumValue<typeof MatchProposers>;

const PreferenceTableSchema = /* @__PURE__ */ (() => z
  .record(IdSchema, z.array(IdSchema))
  .describe('Each id with the ids of the other side it accepts, most preferred first'))();
const CapacityTableSchema = /* @__PURE__ */ (() => z
  .record(IdSchema, z.int().min(1))
  .describe('How many partners an id may take (1 when not listed)'))();

/**
 * Validates the input of {@link stableMatch}: each cadre's and each enterprise's preference list
 * (most preferred first; whoever is not listed is unacceptable), optional capacities (whole numbers
 * of at least 1; 1 for an id not listed), and the proposing side. It checks the shape only;
 * {@link stableMatch} also rejects duplicates within a list and ids the other side does not have.
 *
 * @example
 * ```ts
 * StableMatchInputSchema.safeParse({ cadrePreferences: {}, enterprisePreferences: {}, proposers: 'cadres' }).success; // true
 * ```
 * @category Pairing
 */
export const StableMatchInputSchema = /* @__PURE__ */ (() => z.strictObject({
  /** Each cadre's acceptable enterprises, most preferred first. */
  cadrePreferences: PreferenceTableSchema,
  /** Each enterprise's acceptable cadres, most preferred first. */
  enterprisePreferences: PreferenceTableSchema,
  /** How many enterprises a cadre, and how many cadres an enterprise, may take; 1 by default. */
  capacities: z
    .strictObject({
      /** Capacities of cadres, by cadre id. */
      cadres: CapacityTableSchema.optional(),
      /** Capacities of enterprises, by enterprise id. */
      enterprises: CapacityTableSchema.optional(),
    })
    .optional(),
  /** The side that proposes, and so gets its best stable outcome. */
  proposers: MatchProposers.schema,
}))();

/**
 * The input of {@link stableMatch}; see {@link StableMatchInputSchema}. Plain JSON.
 *
 * @category Pairing
 */
export type StableMatchInput = DeepReadonly<z.input<typeof StableMatchInputSchema>>;

/**
 * One pair of a stable matching: a cadre and an enterprise that accepted each other.
 *
 * @category Pairing
 */
export interface MatchedPair {
  /** The cadre. */
  readonly cadreId: Id;
  /** The enterprise. */
  readonly enterpriseId: Id;
}

/**
 * A cadre left with places after the matching: unmatched, or matched to fewer enterprises than its
 * capacity allows.
 *
 * @category Pairing
 */
export interface UnmatchedCadre {
  /** The cadre. */
  readonly cadreId: Id;
  /** Its capacity minus the enterprises it was matched with (at least 1). */
  readonly remainingCapacity: number;
}

/**
 * An enterprise left with places after the matching: unmatched, or matched to fewer cadres than its
 * capacity allows.
 *
 * @category Pairing
 */
export interface UnmatchedEnterprise {
  /** The enterprise. */
  readonly enterpriseId: Id;
  /** Its capacity minus the cadres it was matched with (at least 1). */
  readonly remainingCapacity: number;
}

/**
 * The outcome of {@link stableMatch}. Plain JSON.
 *
 * @category Pairing
 */
export interface StableMatching {
  /** The pairs, sorted by cadre id and then enterprise id (code-unit order). */
  readonly pairs: readonly MatchedPair[];
  /** Cadres with places left, by id. */
  readonly unmatchedCadres: readonly UnmatchedCadre[];
  /** Enterprises with places left, by id. */
  readonly unmatchedEnterprises: readonly UnmatchedEnterprise[];
  /** The side that proposed. */
  readonly proposers: MatchProposers;
  /**
   * Rounds of proposals: in each, every proposer with a free place and someone left to ask
   * proposes once per free place (with capacities 1, the rounds of Gale and Shapley's paper).
   */
  readonly rounds: number;
  /** Proposals made, each to a mutually acceptable partner. */
  readonly proposals: number;
}

/** Most problems one error lists (qinqing's default `InputLimits.maxIssues`); the message and `moreIssues` give the rest. */
const MAX_ISSUES = defaultInputLimits.maxIssues;

type Side = 'cadre' | 'enterprise';
const sideZh: Record<Side, string> = { cadre: '干部', enterprise: '企业' };
const tableKey: Record<Side, 'cadrePreferences' | 'enterprisePreferences'> = {
  cadre: 'cadrePreferences',
  enterprise: 'enterprisePreferences',
};
const otherSide: Record<Side, Side> = { cadre: 'enterprise', enterprise: 'cadre' };

const isId = (v: unknown): v is string => typeof v === 'string' && v.length >= 1 && v.length <= 128;

/** Whether `v` is an object zod's records and objects take as such, by the strictest reading. */
function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** A table of lists keyed by ids; the lists' entries are checked by {@link readPreferences}. */
function isPreferenceTable(v: unknown): boolean {
  if (!isPlainObject(v)) return false;
  for (const key of Object.keys(v)) if (!isId(key) || !Array.isArray(v[key])) return false;
  return true;
}

function isCapacityTable(v: unknown): boolean {
  if (v === undefined) return true;
  if (!isPlainObject(v)) return false;
  for (const key of Object.keys(v)) {
    const c = v[key];
    if (!isId(key) || typeof c !== 'number' || !Number.isSafeInteger(c) || c < 1) return false;
  }
  return true;
}

/**
 * A fast check that `input` has the shape of {@link StableMatchInputSchema}, but for the entries of
 * the lists, which {@link readPreferences} checks as it reads them. It may say no where zod says yes (zod
 * then decides), never the reverse.
 */
function hasShape(input: unknown): boolean {
  if (!isPlainObject(input)) return false;
  for (const key of Object.keys(input)) {
    if (key !== 'cadrePreferences' && key !== 'enterprisePreferences' && key !== 'capacities' && key !== 'proposers') return false;
  }
  if (input['proposers'] !== 'cadres' && input['proposers'] !== 'enterprises') return false;
  if (!isPreferenceTable(input['cadrePreferences']) || !isPreferenceTable(input['enterprisePreferences'])) return false;
  const caps = input['capacities'];
  if (caps === undefined) return true;
  if (!isPlainObject(caps)) return false;
  for (const key of Object.keys(caps)) if (key !== 'cadres' && key !== 'enterprises') return false;
  return isCapacityTable(caps['cadres']) && isCapacityTable(caps['enterprises']);
}

/** Collects the problems found, keeping the first {@link MAX_ISSUES}. */
class Issues {
  readonly list: DomainError[] = [];
  total = 0;
  add(e: DomainError): void {
    this.total++;
    if (this.list.length < MAX_ISSUES) this.list.push(e);
  }
  error(): DomainError | undefined {
    if (this.total === 0) return undefined;
    if (this.total === 1) return this.list[0];
    const shown = this.total > this.list.length ? ` (the first ${this.list.length} listed)` : '';
    const shownZh = this.total > this.list.length ? `（列出前 ${this.list.length} 处）` : '';
    return domainError('INVALID_INPUT', {
      en: clip(`The two-way selection has ${this.total} problems${shown}: ${this.list.map((i) => `(${i.path?.join('.') ?? ''}) ${i.message}`).join(' ')}`, MAX_MESSAGE),
      zh: clip(`双向选择数据有 ${this.total} 处问题${shownZh}：${this.list.map((i) => `（${i.path?.join('.') ?? ''}）${i.messageZh}`).join('')}`, MAX_MESSAGE),
      issues: this.list,
      moreIssues: this.total - this.list.length,
    });
  }
}

/** A cadre or an enterprise of the selection. */
interface SelectionAgent {
  readonly id: Id;
  /** Its number in its side's {@link PreferenceTable}: its place among the side's ids. */
  readonly number: number;
  /** Its preference list as given. */
  readonly listed: readonly string[];
  /** How many partners it may take: 1, or its entry in the capacities. */
  capacity: number;
  /** How many partners it has in the matching. */
  matched: number;
}

/** One side of the selection: its agents in id order (code units), so that nothing depends on the order of the table's keys. */
interface SelectionSide {
  readonly agents: readonly SelectionAgent[];
  readonly byId: ReadonlyMap<Id, SelectionAgent>;
}

function sideOf(table: Readonly<Record<string, readonly string[]>>): SelectionSide {
  const agents = Object.keys(table)
    .sort() // code-unit order
    .map((id, number): SelectionAgent => ({ id, number, listed: table[id] ?? [], capacity: 1, matched: 0 }));
  return { agents, byId: new Map(agents.map((agent) => [agent.id, agent])) };
}

/** `UNKNOWN_REFERENCE` for entry `i` of an agent's list, an id the other side does not have. */
const unknownInList = (side: Side, id: Id, target: string, i: number): DomainError =>
  domainError('UNKNOWN_REFERENCE', {
    en: `The ${side} ${id} lists the ${otherSide[side]} ${target}, which has no preference list.`,
    zh: `${sideZh[side]}「${id}」的意向名单中的${sideZh[otherSide[side]]}「${target}」不在${sideZh[otherSide[side]]}意向表中。`,
    path: [tableKey[side], id, i],
    value: target,
  });

/** `DUPLICATE_ID` for entry `i` of an agent's list, an id it listed before. */
const listedTwice = (side: Side, id: Id, target: string, i: number): DomainError =>
  domainError('DUPLICATE_ID', {
    en: `The ${side} ${id} lists the ${otherSide[side]} ${target} more than once.`,
    zh: `${sideZh[side]}「${id}」的意向名单重复列出${sideZh[otherSide[side]]}「${target}」。`,
    path: [tableKey[side], id, i],
    value: target,
  });

/**
 * Reads a side's lists into a {@link PreferenceTable}, reporting ids the other side does not have
 * and ids listed twice. An entry that is not found and is not an id at all (not a string of 1–128
 * characters) makes it return `undefined`: the input's shape is wrong, and zod says how.
 */
function readPreferences(side: Side, own: SelectionSide, other: SelectionSide, issues: Issues): PreferenceTable | undefined {
  const writer = new PreferenceTableWriter(own.agents.length, own.agents.reduce((n, agent) => n + agent.listed.length, 0), other.agents.length);
  for (const agent of own.agents) {
    writer.nextAgent();
    let i = 0;
    for (const target of agent.listed) {
      const listed = other.byId.get(target);
      if (listed === undefined) {
        if (!isId(target)) return undefined;
        issues.add(unknownInList(side, agent.id, target, i));
      } else if (!writer.add(listed.number)) {
        issues.add(listedTwice(side, agent.id, target, i));
      }
      i++;
    }
  }
  return writer.table();
}

/** Sets the capacities given, reporting ids the side does not have. */
function readCapacities(side: Side, own: SelectionSide, table: Readonly<Record<string, number>> | undefined, issues: Issues): void {
  for (const [id, capacity] of Object.entries(table ?? {}).sort(([a], [b]) => byCodeUnit(a, b))) {
    const agent = own.byId.get(id);
    if (agent !== undefined) {
      agent.capacity = capacity;
      continue;
    }
    issues.add(
      domainError('UNKNOWN_REFERENCE', {
        en: `A capacity is given for the ${side} ${id}, which has no preference list.`,
        zh: `为${sideZh[side]}「${id}」设定了名额，但${sideZh[side]}意向表中没有该${sideZh[side]}。`,
        path: ['capacities', side === 'cadre' ? 'cadres' : 'enterprises', id],
        value: id,
      }),
    );
  }
}

/** The agents with places left, and how many. */
const withPlacesLeft = (agents: readonly SelectionAgent[]): { readonly id: Id; readonly remainingCapacity: number }[] =>
  agents.flatMap(({ id, capacity, matched }) => (matched < capacity ? [{ id, remainingCapacity: capacity - matched }] : []));

/**
 * Matches cadres with enterprises by two-way selection (双向选择, 003) with Gale and Shapley's
 * deferred acceptance: the proposing side asks down its preference list, the other side holds the
 * best offers up to its capacity and lets the rest go, until no one can ask anyone more. The
 * matching is stable — no cadre and enterprise that are not paired both accept each other and
 * each has a free place or prefers the other to one of its partners — and it is the best stable
 * matching for every member of the proposing side and the worst for the other side (Gale and
 * Shapley 1962; with capacities, Roth 1984). A pair is only made when each lists the other. The
 * result does not depend on the order of the tables' keys: ids are taken in sorted (code-unit)
 * order. Time O(L log c + n log n) for L preference entries, n agents and capacities up to c.
 *
 * @param input - The preference lists, optional capacities (1 by default) and the proposing side;
 *   see {@link StableMatchInputSchema}. Checked at run time, so parsed JSON can be passed as is.
 * @returns The matching, or an error with the path of the problem: `INVALID_INPUT` for a shape the
 *   schema refuses (a capacity that is not a whole number of at least 1, …), `DUPLICATE_ID` for an
 *   id listed twice by one agent, `UNKNOWN_REFERENCE` for an id in a list or in the capacities that
 *   has no preference list of its own; several problems come as one `INVALID_INPUT` listing them.
 * @example
 * ```ts
 * const r = stableMatch({
 *   cadrePreferences: { c1: ['e1', 'e2'], c2: ['e1'] },
 *   enterprisePreferences: { e1: ['c2', 'c1'], e2: ['c1'] },
 *   proposers: 'cadres',
 * });
 * r.ok && r.value.pairs; // [{ cadreId: 'c1', enterpriseId: 'e2' }, { cadreId: 'c2', enterpriseId: 'e1' }]
 * ```
 * @category Pairing
 */
export function stableMatch(input: StableMatchInput): Result<StableMatching> {
  let data: StableMatchInput = input;
  if (!hasShape(input)) {
    const parsed = safeParseWith(StableMatchInputSchema, input);
    if (!parsed.ok) return parsed;
    data = parsed.value;
  }
  const cadres = sideOf(data.cadrePreferences);
  const enterprises = sideOf(data.enterprisePreferences);
  const issues = new Issues();
  const cadreLists = readPreferences('cadre', cadres, enterprises, issues);
  const enterpriseLists = cadreLists && readPreferences('enterprise', enterprises, cadres, issues);
  if (cadreLists === undefined || enterpriseLists === undefined) {
    const parsed = safeParseWith(StableMatchInputSchema, input);
    if (!parsed.ok) return parsed;
    throw new Error('qinqing: a list entry that is not an id passed the schema'); // cannot happen
  }
  readCapacities('cadre', cadres, data.capacities?.cadres, issues);
  readCapacities('enterprise', enterprises, data.capacities?.enterprises, issues);
  const problem = issues.error();
  if (problem !== undefined) return err(problem);

  const byCadres = data.proposers === 'cadres';
  const run = byCadres
    ? deferredAcceptance(cadres.agents, cadreLists, enterprises.agents, enterpriseLists)
    : deferredAcceptance(enterprises.agents, enterpriseLists, cadres.agents, cadreLists);
  const matched = run.pairs.map(({ proposer, receiver }) => (byCadres ? { cadre: proposer, enterprise: receiver } : { cadre: receiver, enterprise: proposer }));
  for (const { cadre, enterprise } of matched) {
    cadre.matched++;
    enterprise.matched++;
  }
  // by cadre id, then enterprise id: the agents' numbers follow their ids
  matched.sort((a, b) => a.cadre.number - b.cadre.number || a.enterprise.number - b.enterprise.number);
  const pairs = matched.map(({ cadre, enterprise }): MatchedPair => ({ cadreId: cadre.id, enterpriseId: enterprise.id }));
  return ok({
    pairs,
    unmatchedCadres: withPlacesLeft(cadres.agents).map(({ id, remainingCapacity }) => ({ cadreId: id, remainingCapacity })),
    unmatchedEnterprises: withPlacesLeft(enterprises.agents).map(({ id, remainingCapacity }) => ({ enterpriseId: id, remainingCapacity })),
    proposers: data.proposers,
    rounds: run.rounds,
    proposals: run.proposals,
  });
}
