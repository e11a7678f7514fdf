import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { canonicalText } from '../core/canonical.js';
import { domainError, type DomainError, type ErrorPath } from '../core/errors.js';
import { err, ok, type Result } from '../core/result.js';
import type { Id } from '../core/schema.js';
import { clip } from '../internal/parse.js';
import type { Issue, IssueEvent } from './schema.js';

/**
 * Where an issue's hash chain stands: the issue, the `seq` of its last event and that event's
 * digest. An app that needs more than tamper evidence (non-repudiation) signs this with its own
 * key; one that reads a log after a snapshot passes the snapshot's head as `after`.
 *
 * @category Issue
 */
export interface IssueChainHead {
  /** The issue. */
  readonly issueId: Id;
  /** The `seq` of the last event (0 before the first). */
  readonly seq: number;
  /** The digest of the last event (64 zeros before the first). */
  readonly digest: string;
}

/** The digest the first event chains from: 64 zeros. */
export const GENESIS_DIGEST = '0'.repeat(64);

const DIGEST = /^[0-9a-f]{64}$/;

/** The version major of an event: 2 for `'2.n'`, 1 when it has no `schemaVersion`, else null (unknown). */
export function eventMajor(event: object): 1 | 2 | null {
  const v: unknown = (event as { readonly schemaVersion?: unknown }).schemaVersion;
  if (v === undefined) return 1;
  return typeof v === 'string' && /^2\.(?:0|[1-9][0-9]{0,5})$/.test(v) ? 2 : null;
}

/**
 * The digest `event` must carry after an event whose digest is `previous`: SHA-256 of
 * `previous + "\n" + canonical JSON of the event without its digest`, in lowercase hex; or the
 * error that keeps the event from having a canonical form (its path from the event).
 */
export function digestAfter(previous: string, event: object): string | DomainError {
  const text = canonicalText(event, 'digest');
  if (typeof text !== 'string') return text;
  return bytesToHex(sha256(utf8(`${previous}\n${text}`)));
}

/**
 * Scratch space for {@link utf8}: reused from call to call (the hash reads it at once and keeps
 * nothing), so that hashing an event allocates no buffer; it grows to the longest text seen.
 */
let scratch = /* @__PURE__ */ new Uint8Array(4096);

/**
 * The UTF-8 bytes of well-formed text (canonicalText refuses lone surrogates), written into
 * {@link scratch}: a view valid until the next call. Faster than a TextEncoder for the short,
 * mostly ASCII texts of events, and without one's per-call allocations.
 */
function utf8(s: string): Uint8Array {
  if (scratch.length < s.length * 3) scratch = new Uint8Array(s.length * 3);
  const out = scratch;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else if (c < 0x800) {
      out[n++] = 0xc0 | (c >> 6);
      out[n++] = 0x80 | (c & 0x3f);
    } else if (c >= 0xd800 && c < 0xdc00) {
      const p = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
      out[n++] = 0xf0 | (p >> 18);
      out[n++] = 0x80 | ((p >> 12) & 0x3f);
      out[n++] = 0x80 | ((p >> 6) & 0x3f);
      out[n++] = 0x80 | (p & 0x3f);
    } else {
      out[n++] = 0xe0 | (c >> 12);
      out[n++] = 0x80 | ((c >> 6) & 0x3f);
      out[n++] = 0x80 | (c & 0x3f);
    }
  }
  return out.subarray(0, n);
}

/**
 * The digest an audit event must carry when it follows an event whose digest is `previousDigest`
 * (64 zeros for an issue's first event): SHA-256, in lowercase hex, of the previous digest, a line
 * feed, and the event's canonical JSON (RFC 8785) without its `digest` member. Any program with
 * SHA-256 and a JSON canonicalizer can recompute it (see the audit-trail guide).
 *
 * @param event - The event; its own `digest`, if any, is left out.
 * @param previousDigest - The digest of the event before it, or 64 zeros for the first.
 * @returns The digest, or `INVALID_ARGUMENT` when `previousDigest` is not 64 lowercase hex digits,
 *   or `INVALID_INPUT` when the event is not JSON data (a lone surrogate in a text, NaN, …).
 * @example
 * ```ts
 * issueEventDigest(submitEvent, '0'.repeat(64)); // { ok: true, value: submitEvent.digest }
 * ```
 * @category Issue
 */
export function issueEventDigest(event: IssueEvent, previousDigest: string): Result<string> {
  if (typeof previousDigest !== 'string' || !DIGEST.test(previousDigest)) {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `previousDigest must be 64 lowercase hexadecimal digits (64 zeros before the first event); received ${typeof previousDigest === 'string' ? JSON.stringify(clip(previousDigest, 80)) : typeof previousDigest}.`,
        zh: `previousDigest 应为 64 位小写十六进制数字（首个事件之前为 64 个 0）；实际为 ${typeof previousDigest === 'string' ? JSON.stringify(clip(previousDigest, 80)) : typeof previousDigest}。`,
        path: ['previousDigest'],
        value: previousDigest,
      }),
    );
  }
  if (event === null || typeof event !== 'object') return err(notAnEvent(['event'], event));
  const digest = digestAfter(previousDigest, event);
  return typeof digest === 'string' ? ok(digest) : err(under(digest, ['event']));
}

/** The error with its path moved under `at`. */
function under(e: DomainError, at: ErrorPath): DomainError {
  return { ...e, path: [...at, ...(e.path ?? [])] };
}

function notAnEvent(path: ErrorPath, value: unknown): DomainError {
  return domainError('INVALID_INPUT', {
    en: `${path.join('.')} is not an audit event (an object); received ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}.`,
    zh: `${path.join('.')} 不是审计事件（对象）；实际为 ${value === null ? 'null' : Array.isArray(value) ? '列表' : typeof value}。`,
    path,
  });
}

/** `EVENT_VERSION_UNSUPPORTED` for an event at `path` that is not of version 2. */
export function versionError(path: ErrorPath, event: object): DomainError {
  const v: unknown = (event as { readonly schemaVersion?: unknown }).schemaVersion;
  if (v === undefined) {
    return domainError('EVENT_VERSION_UNSUPPORTED', {
      en: `The event at ${path.join('.')} has no schemaVersion: it was written by version 1, without a digest. Read stored events with safeParseIssueEvents, which upgrades them (or upgrade each with upgradeIssueEventV1).`,
      zh: `${path.join('.')} 处的事件没有 schemaVersion：为第 1 版写入，没有摘要。请用 safeParseIssueEvents 读取存储的事件，它会升级旧版事件（或逐个用 upgradeIssueEventV1 升级）。`,
      path: [...path, 'schemaVersion'],
    });
  }
  const shown = typeof v === 'string' ? JSON.stringify(clip(v, 40)) : typeof v;
  return domainError('EVENT_VERSION_UNSUPPORTED', {
    en: `The event at ${path.join('.')} has schemaVersion ${shown}; this version of qinqing reads events of version 2.n (and upgrades version 1). An event of a newer major version needs a newer qinqing.`,
    zh: `${path.join('.')} 处的事件 schemaVersion 为 ${shown}；本版 qinqing 只能读取 2.n 版事件（并可升级第 1 版）。更高主版本的事件需用更新版本的 qinqing 读取。`,
    path: [...path, 'schemaVersion'],
    value: v,
  });
}

/**
 * Options of {@link verifyIssueChain}.
 *
 * @category Issue
 */
export interface IssueChainOptions {
  /** The issue the events must all belong to. */
  readonly issueId: Id;
  /**
   * Where the events start: the head of a snapshot (or of the events already checked) that they
   * follow. The first event must then have `seq` `after.seq + 1` and chain from `after.digest`.
   * Default: the start of the issue (seq 0, 64 zeros).
   */
  readonly after?: IssueChainHead;
  /**
   * A head kept apart from the log (another table, a signed receipt, a report): the log must hold
   * it — the event with `head.seq` must carry `head.digest` — so that events deleted from the end,
   * or a log rewritten and hashed again, are found. Events after it are allowed (the log grew).
   */
  readonly head?: IssueChainHead;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function headProblem(head: unknown, name: 'after' | 'head'): DomainError | null {
  if (isObject(head) && typeof head['issueId'] === 'string' && Number.isSafeInteger(head['seq']) && (head['seq'] as number) >= 0 && typeof head['digest'] === 'string' && DIGEST.test(head['digest'])) return null;
  return domainError('INVALID_ARGUMENT', {
    en: `options.${name} must be a chain head { issueId, seq, digest }: seq a whole number from 0, digest 64 lowercase hexadecimal digits.`,
    zh: `options.${name} 应为链头 { issueId, seq, digest }：seq 为不小于 0 的整数，digest 为 64 位小写十六进制数字。`,
    path: ['options', name],
    value: head,
  });
}

const broken = (i: number, field: string, en: string, zh: string, value: unknown): DomainError =>
  domainError('CHAIN_BROKEN', { en, zh, path: ['events', i, field], value });

/**
 * Checks the hash chain of an issue's audit events: every event belongs to the issue, the `seq`s
 * count on by one, and each event carries the digest of its content chained to the event before
 * (see {@link issueEventDigest}). An event edited after it was written, deleted, inserted, or moved
 * is found, and the error names the first event that is not as written. Without `options.head`
 * events deleted from the end cannot be seen (the rest is still a valid chain), nor a log rewritten
 * whole with every digest computed again: the chain is tamper evidence, not a signature (see the
 * audit-trail guide). The events are trusted to be events (read stored data with
 * `safeParseIssueEvents`, which upgrades version 1 and calls this).
 *
 * @param events - The events, oldest first: a whole history, or the tail after `options.after`.
 * @param options - The issue, and optionally where the events start and a head kept apart.
 * @returns The head of the chain (the last event's seq and digest), or `CHAIN_BROKEN` at the first
 *   bad event (path `['events', i, 'seq' | 'digest']`), `ISSUE_MISMATCH` for an event of another
 *   issue, `EVENT_VERSION_UNSUPPORTED` for an event that is not of version 2, `CHAIN_HEAD_MISMATCH`
 *   when the log does not hold `options.head`, `INVALID_ARGUMENT` for malformed options.
 * @example
 * ```ts
 * const head = verifyIssueChain(issue.history, { issueId: issue.id });
 * head.ok && head.value.seq; // 3
 * const edited = issue.history.map((e, i) => (i === 1 ? { ...e, note: '改过' } : e));
 * const r = verifyIssueChain(edited, { issueId: issue.id });
 * r.ok || [r.error.code, r.error.path]; // ['CHAIN_BROKEN', ['events', 1, 'digest']]
 * ```
 * @category Issue
 */
export function verifyIssueChain(events: readonly IssueEvent[], options: IssueChainOptions): Result<IssueChainHead> {
  if (!isObject(options) || typeof options.issueId !== 'string') {
    return err(domainError('INVALID_ARGUMENT', { en: 'options must be { issueId, after?, head? } with the id of the issue.', zh: 'options 应为 { issueId, after?, head? }，并给出诉求编号。', path: ['options'], value: options }));
  }
  const { issueId } = options;
  for (const name of ['after', 'head'] as const) {
    const problem = options[name] === undefined ? null : headProblem(options[name], name);
    if (problem !== null) return err(problem);
  }
  if (!Array.isArray(events)) return err(domainError('INVALID_INPUT', { en: 'events must be a list of audit events.', zh: 'events 应为审计事件列表。', path: ['events'] }));
  const after = options.after ?? { issueId, seq: 0, digest: GENESIS_DIGEST };
  if (after.issueId !== issueId) {
    return err(domainError('ISSUE_MISMATCH', { en: `options.after is the head of issue "${clip(after.issueId, 80)}", not "${clip(issueId, 80)}".`, zh: `options.after 是诉求“${clip(after.issueId, 80)}”的链头，而非“${clip(issueId, 80)}”。`, path: ['options', 'after', 'issueId'], value: after.issueId }));
  }
  const head = options.head;
  if (head !== undefined && head.issueId !== issueId) {
    return err(domainError('ISSUE_MISMATCH', { en: `options.head is the head of issue "${clip(head.issueId, 80)}", not "${clip(issueId, 80)}".`, zh: `options.head 是诉求“${clip(head.issueId, 80)}”的链头，而非“${clip(issueId, 80)}”。`, path: ['options', 'head', 'issueId'], value: head.issueId }));
  }
  let seq = after.seq;
  let previous = after.digest;
  for (let i = 0; i < events.length; i++) {
    const e: unknown = events[i];
    if (!isObject(e)) return err(notAnEvent(['events', i], e));
    if (eventMajor(e) !== 2) return err(versionError(['events', i], e));
    if (e['issueId'] !== issueId) {
      return err(domainError('ISSUE_MISMATCH', { en: `Event ${i + 1} belongs to issue "${clip(String(e['issueId']), 80)}", not "${clip(issueId, 80)}".`, zh: `第 ${i + 1} 个事件属于诉求“${clip(String(e['issueId']), 80)}”，而非“${clip(issueId, 80)}”。`, path: ['events', i, 'issueId'], value: e['issueId'] }));
    }
    if (e['seq'] !== seq + 1) {
      return err(
        broken(
          i,
          'seq',
          `Event ${i + 1} has seq ${String(e['seq'])} where ${seq + 1} follows: an event before it was deleted, or this one was inserted or moved.`,
          `第 ${i + 1} 个事件的序号为 ${String(e['seq'])}，应为 ${seq + 1}：其前有事件被删除，或该事件系插入或移动而来。`,
          e['seq'],
        ),
      );
    }
    const digest = digestAfter(previous, e);
    if (typeof digest !== 'string') return err(under(digest, ['events', i]));
    if (e['digest'] !== digest) {
      return err(
        broken(
          i,
          'digest',
          `Event ${i + 1} (seq ${seq + 1}) does not carry the digest of its content after the event before: it, or the event before it, was changed after it was written.`,
          `第 ${i + 1} 个事件（序号 ${seq + 1}）的摘要与其内容及前一事件不符：该事件或其前一事件在写入后被改动。`,
          e['digest'],
        ),
      );
    }
    seq += 1;
    previous = digest;
    if (head !== undefined && seq === head.seq && digest !== head.digest) {
      return err(
        domainError('CHAIN_HEAD_MISMATCH', {
          en: `Event ${i + 1} (seq ${seq}) is not the head kept apart (options.head): the log was rewritten from there or before.`,
          zh: `第 ${i + 1} 个事件（序号 ${seq}）与另行保存的链头（options.head）不符：日志自此处或更早处被改写。`,
          path: ['events', i, 'digest'],
          value: digest,
        }),
      );
    }
  }
  if (head !== undefined) {
    const problem =
      head.seq > seq
        ? {
            en: `The log ends at seq ${seq}, but the head kept apart (options.head) is at seq ${head.seq}: events were deleted from the end.`,
            zh: `日志止于序号 ${seq}，而另行保存的链头（options.head）位于序号 ${head.seq}：末尾有事件被删除。`,
          }
        : head.seq < after.seq || (head.seq === after.seq && head.digest !== after.digest)
          ? {
              en: `The head kept apart (options.head, seq ${head.seq}) is not in the events checked, which start after seq ${after.seq}${head.seq === after.seq ? ' with another digest' : ''}.`,
              zh: `另行保存的链头（options.head，序号 ${head.seq}）不在所校验的事件之中（事件始于序号 ${after.seq} 之后${head.seq === after.seq ? '，且摘要不同' : ''}）。`,
            }
          : null;
    if (problem !== null) return err(domainError('CHAIN_HEAD_MISMATCH', { ...problem, path: ['events', events.length], value: head }));
  }
  return ok({ issueId, seq, digest: previous });
}

/**
 * The head of an issue's chain as its events record it: the issue, the last event's `seq` and
 * digest. It does not check the chain — {@link verifyIssueChain} does, and returns the same head.
 * Keep it apart from the log (or sign it) to find later deletions and rewrites.
 *
 * @param issueOrEvents - An issue, or its events oldest first.
 * @returns The head, or `INVALID_ARGUMENT` for no events, `EVENT_VERSION_UNSUPPORTED` when the last
 *   event has no digest (version 1: read it through `safeParseIssueEvents`).
 * @example
 * ```ts
 * const head = issueChainHead(issue);
 * head.ok && [head.value.seq, head.value.digest === issue.history.at(-1)?.digest]; // [3, true]
 * ```
 * @category Issue
 */
export function issueChainHead(issueOrEvents: Issue | readonly IssueEvent[]): Result<IssueChainHead> {
  const events: unknown = Array.isArray(issueOrEvents) ? issueOrEvents : isObject(issueOrEvents) ? (issueOrEvents as { readonly history?: unknown }).history : undefined;
  const at: ErrorPath = Array.isArray(issueOrEvents) ? ['issueOrEvents'] : ['issueOrEvents', 'history'];
  if (!Array.isArray(events) || events.length === 0) {
    return err(domainError('INVALID_ARGUMENT', { en: 'issueOrEvents has no events: a chain head is that of the last event.', zh: 'issueOrEvents 没有事件：链头取自最后一个事件。', path: at }));
  }
  const last: unknown = events[events.length - 1];
  const path = [...at, events.length - 1];
  if (!isObject(last)) return err(notAnEvent(path, last));
  if (eventMajor(last) !== 2) return err(versionError(path, last));
  const { issueId, seq, digest } = last;
  if (typeof issueId !== 'string' || typeof seq !== 'number' || typeof digest !== 'string') return err(notAnEvent(path, last));
  return ok({ issueId, seq, digest });
}

/**
 * Whether two issues are the same data, whatever the order of their keys: their canonical JSON
 * (RFC 8785, see `canonicalJson`) is equal. Compare an issue read back from a database with the
 * one the lifecycle returned this way, never with `JSON.stringify(a) === JSON.stringify(b)`:
 * Postgres `jsonb` (and other stores) reorder keys, so equal issues serialize differently.
 *
 * @param a - An issue.
 * @param b - Another.
 * @returns True when both are JSON data with equal canonical forms; false otherwise, and when
 *   either cannot be written as JSON (NaN, a cycle, a lone surrogate, …).
 * @example
 * ```ts
 * const fromJsonb = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(issue).reverse())));
 * sameIssue(fromJsonb, issue); // true
 * sameIssue({ ...issue, title: '另一个' }, issue); // false
 * ```
 * @category Issue
 */
export function sameIssue(a: Issue, b: Issue): boolean {
  const x = canonicalText(a);
  if (a === b) return typeof x === 'string';
  return typeof x === 'string' && x === canonicalText(b);
}
