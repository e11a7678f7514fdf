import * as z from 'zod';
import { domainError, type DomainError } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import { FULL_REPORT_VALUES } from '../core/limits.js';
import { clip, defaultInputLimits, movedPaths, oneOrAll, parseChecked, safeParseWith } from '../internal/parse.js';
import { digestAfter, eventMajor, GENESIS_DIGEST, verifyIssueChain, versionError, type IssueChainHead } from './chain.js';
import { IssueEventSchema, IssueEventV1Schema, type IssueEvent, type IssueEventV1 } from './schema.js';

/**
 * A parsed version-1 event as version 2.0 wrote it: `schemaVersion` `'2.0'` and the digest chained
 * to `previous` (the digest of the event before, or 64 zeros for the first). The same content
 * written by version 2.0 would carry the same digest. Not the current version: a version-1
 * `addToDossier` event holds the whole dossier, which is version 2.0's form (2.1 records only the
 * items added), and the event's digest covers it as it stands.
 */
function upgraded(event: IssueEventV1, previous: string): IssueEvent | DomainError {
  const out = {
    schemaVersion: '2.0' as const,
    issueId: event.issueId,
    seq: event.seq,
    type: event.type,
    actor: event.actor,
    at: event.at,
    from: event.from,
    to: event.to,
    changes: event.changes,
    note: event.note,
    digest: '',
  };
  const digest = digestAfter(previous, out);
  if (typeof digest !== 'string') return digest;
  out.digest = digest;
  return out;
}

const isDigestHolder = (v: unknown): v is { readonly issueId: unknown; readonly seq: unknown; readonly digest: string } =>
  v !== null && typeof v === 'object' && typeof (v as { digest?: unknown }).digest === 'string' && /^[0-9a-f]{64}$/.test((v as { digest: string }).digest);

/**
 * Upgrades an audit event written by version 1 of qinqing (no `schemaVersion`, no `digest`) to
 * version 2.0, which the current version reads: the same fields, `schemaVersion` `'2.0'`, and the
 * digest that chains it to `previous`. The chain of an old history therefore starts at the upgrade:
 * its digests are computed when it is read, from the content as it is then, and they are the
 * digests version 2.0 would have written for that content (2.0, not 2.1: a version-1 dossier event
 * holds the whole dossier, as 2.0 wrote it). They prove nothing about what happened to version-1 events
 * before the upgrade (nothing recorded them); from the upgrade on — once the upgraded events, or
 * the first event written after them, or a head kept apart, are stored — any later change is found.
 * `safeParseIssueEvents` upgrades the version-1 events of a stored log for you.
 *
 * @param event - A version-1 event (checked against {@link IssueEventV1Schema}).
 * @param previous - The upgraded (or current) event before it, or null for the issue's first event.
 * @returns The current event, or `INVALID_INPUT` (with the path under `event`) for an event that
 *   is not a valid version-1 event, `ISSUE_MISMATCH` / `CHAIN_BROKEN` when it does not follow
 *   `previous` (another issue, or a `seq` that is not the next), `INVALID_ARGUMENT` for a
 *   `previous` without a digest.
 * @example
 * ```ts
 * const { schemaVersion, digest, ...v1 } = submitEvent; // as version 1 stored it
 * const up = upgradeIssueEventV1(v1, null);
 * up.ok && [up.value.schemaVersion, up.value.changes.title]; // ['2.0', '用电增容']
 * ```
 * @category Issue
 */
export function upgradeIssueEventV1(event: IssueEventV1, previous: IssueEvent | null): Result<IssueEvent> {
  const parsed = safeParseWith(IssueEventV1Schema, event);
  if (!parsed.ok) return err(movedPaths(parsed.error, (p) => ['event', ...p]));
  const v1 = parsed.value as IssueEventV1;
  if (previous !== null && !isDigestHolder(previous)) {
    return err(domainError('INVALID_ARGUMENT', { en: 'previous must be the event before (with its digest), or null for the first event.', zh: 'previous 应为前一个事件（含其摘要），首个事件时为 null。', path: ['previous'] }));
  }
  if (previous !== null && previous.issueId !== v1.issueId) {
    return err(domainError('ISSUE_MISMATCH', { en: `The event belongs to issue "${v1.issueId}", previous to "${clip(String(previous.issueId), 80)}".`, zh: `该事件属于诉求“${v1.issueId}”，previous 属于“${clip(String(previous.issueId), 80)}”。`, path: ['event', 'issueId'], value: v1.issueId }));
  }
  const expected = previous === null ? 1 : Number(previous.seq) + 1;
  if (v1.seq !== expected) {
    return err(domainError('CHAIN_BROKEN', { en: `The event has seq ${v1.seq}; after ${previous === null ? 'nothing' : `seq ${String(previous.seq)}`} comes ${expected}.`, zh: `该事件序号为 ${v1.seq}；${previous === null ? '首个事件' : `序号 ${String(previous.seq)} 之后`}应为 ${expected}。`, path: ['event', 'seq'], value: v1.seq }));
  }
  const out = upgraded(v1, previous === null ? GENESIS_DIGEST : previous.digest);
  return 'schemaVersion' in out ? ok(out) : err(movedPaths(out, (p) => ['event', ...p]));
}

const listOf = /* @__PURE__ */ (() => z.array(z.unknown()))();

/**
 * Options of the event readers: the issue the events must belong to (default: the first event's),
 * and the head of a snapshot they follow.
 */
export interface ReadEventsOptions {
  readonly issueId?: string;
  readonly after?: IssueChainHead;
}

/**
 * Stored events (already held to the input limits, `values` values in all, fee-checked) as current
 * events, paths from `input`: each parsed by its version — version 1 upgraded, `2.n` kept with the
 * fields of a newer minor, any other refused with `EVENT_VERSION_UNSUPPORTED` — then the chain
 * verified. A version-1 event after one with a digest is refused with `CHAIN_BROKEN`: this version
 * never writes one there, so its digest was stripped.
 */
export function readEvents(input: unknown, values: number, options: ReadEventsOptions = {}): Result<IssueEvent[]> {
  const list = parseChecked(listOf, input, undefined, values);
  if (!list.ok) return list;
  const out: IssueEvent[] = [];
  // Schema problems of every event, as one parse of the list would report them: the first 20 listed, the rest counted.
  const problems: DomainError[] = [];
  let total = 0;
  const early = values > FULL_REPORT_VALUES; // as zod's abortEarly: a large input stops at its first bad event
  const failed = (e: DomainError, i: number): void => {
    const moved = movedPaths(e, (p) => [i, ...p]);
    const listed = moved.issues !== undefined && moved.path === undefined ? moved.issues : [moved];
    for (const x of listed) if (problems.length < defaultInputLimits.maxIssues) problems.push(x);
    total += listed.length + (moved.moreIssues ?? 0);
  };
  const found = (): Result<never> => err(oneOrAll(problems, total, early));
  let previous = options.after?.digest ?? GENESIS_DIGEST;
  let digested = options.after !== undefined && options.after.seq > 0;
  for (let i = 0; i < list.value.length; i++) {
    const raw = list.value[i];
    const major = raw !== null && typeof raw === 'object' ? eventMajor(raw) : 2;
    if (major === null) return total > 0 ? found() : err(versionError([i], raw as object));
    if (major === 1 && digested) {
      if (total > 0) return found();
      return err(
        domainError('CHAIN_BROKEN', {
          en: `Event ${i + 1} has no schemaVersion and no digest but follows an event that has them: this version never writes one there, so its version and digest were removed.`,
          zh: `第 ${i + 1} 个事件没有 schemaVersion 与摘要，却位于有摘要的事件之后：本版本不会这样写入，其版本与摘要系被删除。`,
          path: [i],
        }),
      );
    }
    const parsed = major === 1 ? parseChecked(IssueEventV1Schema, raw, undefined, values) : parseChecked(IssueEventSchema, raw, undefined, values);
    if (!parsed.ok) {
      failed(parsed.error, i);
      if (early) return found();
      continue;
    }
    if (total > 0) continue; // only problems are collected now
    let event: IssueEvent;
    if (major === 1) {
      const up = upgraded(parsed.value as IssueEventV1, previous);
      if (!('schemaVersion' in up)) return err(movedPaths(up, (p) => [i, ...p]));
      event = up;
    } else {
      event = parsed.value as unknown as IssueEvent;
      digested = true;
    }
    previous = event.digest;
    out.push(event);
  }
  if (total > 0) return found();
  const issueId = options.issueId ?? options.after?.issueId ?? out[0]?.issueId;
  if (issueId === undefined) return ok(out);
  const verified = verifyIssueChain(out, options.after === undefined ? { issueId } : { issueId, after: options.after });
  if (verified.ok) return ok(out);
  return err(movedPaths(verified.error, (p) => (p[0] === 'events' ? p.slice(1) : p)));
}
