import * as z from 'zod';
import { err, ok, type Result } from '../core/result.js';
import { IssueCommandSchema, safeParseIssueCommand, type IssueCommand } from '../issue/commands.js';
import { movedPaths, safeParseWith } from '../internal/parse.js';

/**
 * A command as a client sends it to a service that stores issues: the command itself, strict as
 * always (`IssueCommandSchema`: an unknown field or a fee is refused), and beside it, optionally,
 * the version of the issue the client decided on (`expectedVersion`: the number of events the
 * issue had when the client read it; 0 for a new issue). With it, {@link handleIssueCommand}
 * refuses the command with `CONFLICT` when the issue has moved on since, instead of deciding again
 * against a state the user never saw.
 *
 * @example
 * ```ts
 * safeParse(IssueCommandEnvelopeSchema, { command: { type: 'close', issueId: 'i1', actor: office, at }, expectedVersion: 5 }).ok; // true
 * safeParse(IssueCommandEnvelopeSchema, { command: { type: 'close', issueId: 'i1', actor: office, at, expectedVersion: 5 } }).ok; // false: the command stays strict
 * ```
 * @category Store
 */
export const IssueCommandEnvelopeSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The command (see `IssueCommandSchema`). */
  command: IssueCommandSchema,
  /** The version of the issue the client decided on (its number of events; 0 before it exists), if the client wants the command refused should the issue have changed since. */
  expectedVersion: z.int().min(0).optional(),
}))();

/**
 * A command with the version of the issue it was decided on; see {@link IssueCommandEnvelopeSchema}.
 *
 * @category Store
 */
export interface IssueCommandEnvelope {
  /** The command. */
  readonly command: IssueCommand;
  /** The version of the issue the client decided on, if any. */
  readonly expectedVersion?: number;
}

/** The envelope with its command left to {@link safeParseIssueCommand}, which also refuses fees and holds it to the input limits. */
const frame = /* @__PURE__ */ (() => IssueCommandEnvelopeSchema.extend({ command: z.unknown() }))();

/**
 * Validates a command envelope from outside (a request body) and returns it typed. The command is
 * checked as {@link safeParseIssueCommand} checks it, its errors under `command`; the envelope is
 * strict too: a field beside `command` and `expectedVersion` is refused (a fee-like one with
 * `FEE_NOT_ALLOWED`).
 *
 * @param input - The data to check.
 * @returns The envelope, or `FEE_NOT_ALLOWED`, `INVALID_INPUT`, `INVALID_DATE`, `INVALID_INSTANT`,
 *   `INPUT_TOO_DEEP` or `INPUT_TOO_LARGE` with the path of the problem (`command.at`,
 *   `expectedVersion`, …).
 * @example
 * ```ts
 * const body = { command: { type: 'withdraw', issueId: 'i1', actor: { id: 'e1', role: 'enterprise' }, at: '2026-10-09T09:00:00+08:00' }, expectedVersion: 2 };
 * safeParseIssueCommandEnvelope(body).ok; // true
 * const late = safeParseIssueCommandEnvelope({ ...body, expectedVersion: -1 });
 * late.ok || late.error.path; // ['expectedVersion']
 * const bad = safeParseIssueCommandEnvelope({ command: { ...body.command, at: 'tomorrow' } });
 * bad.ok || bad.error.path; // ['command', 'at']
 * ```
 * @category Store
 */
export function safeParseIssueCommandEnvelope(input: unknown): Result<IssueCommandEnvelope> {
  if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    const extra = Object.keys(input).filter((k) => k !== 'command' && k !== 'expectedVersion');
    if (extra.length > 0) {
      // The fee rule is the command parser's, checked before its schema: run it on the extra fields alone.
      const fee = safeParseIssueCommand(Object.fromEntries(extra.map((k) => [k, (input as Record<string, unknown>)[k]])));
      if (!fee.ok && fee.error.code === 'FEE_NOT_ALLOWED') return fee;
    }
  }
  const outer = safeParseWith(frame, input);
  if (!outer.ok) return outer;
  const command = safeParseIssueCommand(outer.value.command);
  if (!command.ok) return err(movedPaths(command.error, (p) => ['command', ...p]));
  const { expectedVersion } = outer.value;
  return ok(expectedVersion === undefined ? { command: command.value } : { command: command.value, expectedVersion });
}
