/**
 * Part 14 (issue 19): joint supervision (联合督办, 003: "对没有按时办理的问题，当地效能办和'企业服务年'领导小组办公室
 * 联合进行督办") — two bodies on one supervision step, recorded on the `supervise` event (version 2.3),
 * backward compatible: a step without a second body is recorded as before.
 */
import { describe, expect, it } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import { unwrap } from '../../src/index.js';
import {
  decideIssue,
  executeIssueCommand,
  IssueEventSchema,
  replayIssue,
  safeParseIssueCommand,
  safeParseIssueEvents,
  supervisionSteps,
  verifyIssueHistory,
  type IssueEvent,
} from '../../src/issue/index.js';
import { actors, assigned, at, ctx, run } from './fixtures.js';

const office = actors.office;
const jointly = run(assigned(), [
  { type: 'supervise', step: 'urge', actor: office, at: at('2026-10-09') },
  { type: 'supervise', step: 'supervision', actor: actors.efficiency, jointWith: office, at: at('2026-10-12') },
]);
const codeAndPath = (r: { ok: boolean; error?: { code: string; path?: readonly (string | number)[] } }) => (r.ok ? 'ok' : [r.error?.code, r.error?.path]);

describe('003 Lishui: joint supervision by the efficiency office and the leading-group office', () => {
  it('003 Lishui: a supervise step names its second body (jointWith); the event records it on its own field, version 2.3', () => {
    const e = jointly.history.at(-1) as IssueEvent;
    expect([e.type, e.schemaVersion, e.actor.role, e.jointWith]).toEqual(['supervise', '2.3', 'efficiencyOffice', { id: office.id, role: 'leadingGroupOffice' }]);
    expect(e.changes).toEqual({ supervisionStep: 'supervision' });
    expect(jointly.supervisionStep).toBe('supervision');
  });

  it('003 Lishui: supervisionSteps lists the steps of the current assignment with their bodies', () => {
    expect(supervisionSteps(jointly).map((r) => [r.step, r.by.role, r.jointWith?.role ?? null])).toEqual([
      ['urge', 'leadingGroupOffice', null],
      ['supervision', 'efficiencyOffice', 'leadingGroupOffice'],
    ]);
    // A re-dispatch resets supervision with the assignment: no steps on the new one.
    const redispatched = run(jointly, [{ type: 'redispatch', departmentId: 'd-grid', actor: office, at: at('2026-10-12', 30) }]);
    expect(redispatched.supervisionStep).toBe('unsupervised');
    expect(supervisionSteps(redispatched)).toEqual([]);
  });

  it('backward compatible: a step without a second body writes no jointWith, and histories with joint steps verify and replay', () => {
    const alone = jointly.history.at(-2) as IssueEvent;
    expect(Object.hasOwn(alone, 'jointWith')).toBe(false);
    expect(verifyIssueHistory(jointly.history, { calendar: chinaCalendar }).ok).toBe(true);
    const stored = JSON.parse(JSON.stringify(jointly.history)) as unknown;
    const read = unwrap(safeParseIssueEvents(stored));
    expect(unwrap(replayIssue(read, ctx)).supervisionStep).toBe('supervision');
  });

  it('a joint step is taken by two bodies: the actor cannot be its own second body (JOINT_SUPERVISION_SAME_BODY)', () => {
    const r = decideIssue(jointly, { type: 'supervise', issueId: jointly.id, step: 'publicListing', actor: office, jointWith: office, at: at('2026-10-13') }, ctx);
    expect(codeAndPath(r)).toEqual(['JOINT_SUPERVISION_SAME_BODY', ['command', 'jointWith', 'id']]);
    expect(r.ok || r.error.messageZh).toBe(`联合督办须由两个不同单位进行：jointWith 所列“${office.id}”即操作人本身。`);
  });

  it('only a supervising body stands beside the actor: a department or an enterprise is refused by the command schema', () => {
    const command = { type: 'supervise', issueId: 'i1', step: 'supervision', actor: office, at: at('2026-10-13') };
    expect(safeParseIssueCommand({ ...command, jointWith: { id: 'xiaoneng', role: 'efficiencyOffice' } }).ok).toBe(true);
    expect(codeAndPath(safeParseIssueCommand({ ...command, jointWith: { id: 'd-tax', role: 'departmentHead' } }))).toEqual(['INVALID_INPUT', ['jointWith', 'role']]);
  });

  it('the digest covers the second body: removing jointWith from a stored event breaks the chain', () => {
    const stored = JSON.parse(JSON.stringify(jointly.history)) as Record<string, unknown>[];
    delete (stored.at(-1) as Record<string, unknown>)['jointWith'];
    expect(codeAndPath(safeParseIssueEvents(stored))).toEqual(['CHAIN_BROKEN', [stored.length - 1, 'digest']]);
  });

  it('jointWith only on a supervise event, and only from version 2.3 (a 2.2 label is refused)', () => {
    const e = jointly.history.at(-1) as IssueEvent;
    expect(IssueEventSchema.safeParse({ ...e, schemaVersion: '2.2' }).success).toBe(false);
    expect(IssueEventSchema.safeParse({ ...e, type: 'reply' }).success).toBe(false);
    expect(IssueEventSchema.safeParse({ ...e, schemaVersion: '2.4' }).success).toBe(true);
  });

  it('a step taken alone records no jointWith, as before 2.3', () => {
    const r = executeIssueCommand(assigned(), { type: 'supervise', issueId: 'i1', step: 'urge', actor: office, at: at('2026-10-09') }, ctx);
    expect(r.ok && r.value.event.jointWith).toBe(undefined);
  });
});
