/**
 * A naive reference for policy matching, written straight from the documentation of
 * `PolicyConditionsSchema` and `matchPolicies` with nothing compiled: each condition read off the
 * policy's JSON and the enterprise's fields, three-valued (met / failed / missing), combined with
 * Kleene logic. The compiled matcher must agree with it on every status and on every condition's
 * outcome (named by its path in the policy).
 */
import type { EnterpriseFacts, Policy, PolicyConditions, PolicyMatchStatus } from '../../src/policy/index.js';

export type Outcome = 'met' | 'failed' | 'missing';

/** Each condition's path (dotted) and outcome, and the status. */
export interface ReferenceMatch {
  readonly status: PolicyMatchStatus;
  readonly outcomes: ReadonlyMap<string, Outcome>;
}

const and = (xs: readonly Outcome[]): Outcome => (xs.includes('failed') ? 'failed' : xs.includes('missing') ? 'missing' : 'met');
const or = (xs: readonly Outcome[]): Outcome => (xs.includes('met') ? 'met' : xs.includes('missing') ? 'missing' : 'failed');
const bool = (b: boolean): Outcome => (b ? 'met' : 'failed');
const inRange = (x: number, r: { readonly min?: number | undefined; readonly max?: number | undefined }): boolean => (r.min === undefined || x >= r.min) && (r.max === undefined || x <= r.max);

/** Whole years from `from` to `to`, by counting anniversaries one by one. */
function yearsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const anniversary = (y: number): string => `${String(y).padStart(4, '0')}-${String(fm).padStart(2, '0')}-${String(fd).padStart(2, '0')}`;
  let years = 0;
  if (to >= from) {
    while (anniversary(fy + years + 1) <= to) years++;
  } else {
    while (anniversary(fy + years) > to) years--;
  }
  return years;
}

function conditionOutcomes(when: PolicyConditions, e: EnterpriseFacts, asOf: string, at: string): [string, Outcome][] {
  const out: [string, Outcome][] = [];
  const division = e.uscc.slice(2, 8);
  if (when.industry !== undefined) out.push([`${at}.industry`, bool(when.industry.some((p) => e.industry.startsWith(p)))]);
  if (when.scale !== undefined) out.push([`${at}.scale`, e.scale === undefined ? 'missing' : bool(when.scale.includes(e.scale))]);
  if (when.countyId !== undefined) out.push([`${at}.countyId`, bool(when.countyId.includes(e.countyId))]);
  if (when.divisionCode !== undefined) out.push([`${at}.divisionCode`, bool(/^\d{6}$/.test(division) && when.divisionCode.some((p) => division.startsWith(p)))]);
  if (when.keyLevel !== undefined) out.push([`${at}.keyLevel`, bool(when.keyLevel.includes(e.keyLevel ?? 'none'))]);
  if (when.parkId !== undefined) out.push([`${at}.parkId`, bool(e.parkId !== undefined && when.parkId.includes(e.parkId))]);
  if (when.yearsSinceRegistration !== undefined) {
    out.push([`${at}.yearsSinceRegistration`, e.establishedOn === undefined ? 'missing' : bool(inRange(yearsBetween(e.establishedOn, asOf), when.yearsSinceRegistration))]);
  }
  if (when.marketEntityType !== undefined) out.push([`${at}.marketEntityType`, bool(when.marketEntityType.includes(e.marketEntityType))]);
  if (when.aboveDesignatedSize !== undefined) out.push([`${at}.aboveDesignatedSize`, e.aboveDesignatedSize === undefined ? 'missing' : bool(e.aboveDesignatedSize === when.aboveDesignatedSize)]);
  if (when.tags !== undefined) out.push([`${at}.tags`, e.tags === undefined ? 'missing' : bool(when.tags.every((t) => e.tags?.includes(t)))]);
  if (when.withoutTags !== undefined) out.push([`${at}.withoutTags`, e.tags === undefined ? 'missing' : bool(!when.withoutTags.some((t) => e.tags?.includes(t)))]);
  for (const [key, r] of Object.entries(when.numbers ?? {})) {
    const x = e.numbers !== undefined && Object.hasOwn(e.numbers, key) ? e.numbers[key] : undefined;
    out.push([`${at}.numbers.${key}`, x === undefined ? 'missing' : bool(inRange(x, r))]);
  }
  return out;
}

/** The reference match of one enterprise with one policy at `asOf`. */
export function referenceMatch(policy: Policy, e: EnterpriseFacts, asOf: string): ReferenceMatch {
  const outcomes = new Map<string, Outcome>();
  const level: Outcome[] = [];
  const validity = bool(asOf >= policy.validFrom && (policy.validUntil === undefined || asOf <= policy.validUntil));
  outcomes.set('validFrom', validity);
  level.push(validity);
  const region = policy.region;
  if (region !== undefined && (region.countyIds !== undefined || region.divisionCodes !== undefined)) {
    const division = e.uscc.slice(2, 8);
    const inRegion = (region.countyIds ?? []).includes(e.countyId) || (/^\d{6}$/.test(division) && (region.divisionCodes ?? []).some((p) => division.startsWith(p)));
    outcomes.set('region', bool(inRegion));
    level.push(bool(inRegion));
  }
  for (const [path, o] of conditionOutcomes(policy.when ?? {}, e, asOf, 'when')) {
    outcomes.set(path, o);
    level.push(o);
  }
  let alternatives: Outcome = 'met';
  if (policy.anyOf !== undefined) {
    alternatives = or(
      policy.anyOf.map((alt, g) => {
        const own = conditionOutcomes(alt, e, asOf, `anyOf.${g}`);
        for (const [path, o] of own) outcomes.set(path, o);
        return and(own.map(([, o]) => o));
      }),
    );
  }
  const overall = and([and(level), alternatives]);
  return { status: overall === 'met' ? 'eligible' : overall === 'failed' ? 'notEligible' : 'unknown', outcomes };
}
