import { validateLadder, type LadderReport, type ValidateLadderOptions } from '../../src/escalation/index.js';

/**
 * The whole report of validateLadder, valid or not: the value when the ladder is valid, the
 * rejection's report when it has errors; throws (a test failure) when the input is not a ladder.
 */
export function ladderReport(input: unknown, options?: ValidateLadderOptions): LadderReport {
  const r = validateLadder(input, options);
  if (r.ok) return r.value;
  if (r.error.report === null) throw new Error(`not a ladder: ${r.error.message}`);
  return r.error.report;
}
