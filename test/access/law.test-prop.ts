/**
 * Part 9 (issue 14), "secure by default": the role law holds in the lifecycle whatever the app
 * passes. For every command the law reserves (`issueRoleLaw`: 001 feedback and complaints, 000
 * approval, 003 交办销号) and every role it does not allow, `decideIssue`, `executeIssueCommand`
 * refuse with `FORBIDDEN` — first, before the state or the time is looked at — and the issue is
 * left unchanged: with no policy (the explicit opt-out), with qinqing's default policy, and with an
 * app policy that allows every role everything everywhere.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  ActorRole,
  decideIssue,
  executeIssueCommand,
  IssueCommandType,
  UNSAFE_NO_ACCESS_CHECK,
  type Actor,
  type Issue,
  type IssueCommand,
  type IssueContext,
} from '../../src/issue/index.js';
import {
  AccessAction,
  defaultAccessPolicy,
  issueRoleLaw,
  ownEnterpriseLaw,
  parseAccessPolicy,
  type AccessSubject,
} from '../../src/access/index.js';
import { arbIssue, arbIssueCommand } from '../../src/testing/index.js';

/** An app policy that contradicts the law: every role may do everything, anywhere. */
const allowEverything = parseAccessPolicy({
  id: 'allow-everything',
  name: { zh: '全部允许', en: 'Allow everything' },
  source: 'test: an app policy that contradicts the law',
  rules: [{ id: 'all', effect: 'allow', roles: ActorRole.schema.options, actions: AccessAction.schema.options, scope: 'anywhere', source: 'test' }],
});

/** The subject of an actor: city level, speaking for `enterpriseId`, paired with it, in department `d-power`. */
const subjectOf = (actor: Actor, enterpriseId: string): AccessSubject => ({
  id: actor.id,
  role: actor.role,
  level: 'city',
  enterpriseId,
  pairedEnterpriseIds: [enterpriseId],
  departmentId: 'd-power',
});

/** The three ways an app may call the lifecycle: no policy (opt-out), the default policy, a policy that allows everything. */
const contexts = (actor: Actor, enterpriseId: string): readonly (readonly [string, IssueContext])[] => [
  ['no policy (UNSAFE_NO_ACCESS_CHECK)', { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK }],
  ['defaultAccessPolicy', { calendar: chinaCalendar, access: { policy: defaultAccessPolicy, subject: subjectOf(actor, enterpriseId) } }],
  ['an allow-everything app policy', { calendar: chinaCalendar, access: { policy: allowEverything, subject: subjectOf(actor, enterpriseId) } }],
];

/** Issues in any state, or none yet. */
const issueOrNull: fc.Arbitrary<Issue | null> = fc.option(arbIssue({ maxCommands: 12 }), { freq: 6 });

/** A schema-valid command of `type` for the issue (or a new one), drawn by the testing kit, sent by `actor`. */
function commandOf(type: IssueCommandType, issue: Issue | null, actor: Actor): fc.Arbitrary<IssueCommand> {
  return arbIssueCommand()
    .filter((c) => c.type === type)
    .map((c) => ({ ...c, issueId: issue?.id ?? c.issueId, actor }) as IssueCommand);
}

const reserved = Object.entries(issueRoleLaw) as [IssueCommandType, NonNullable<(typeof issueRoleLaw)[IssueCommandType]>][];

describe('Part 9 (issue 14): the role law holds in the lifecycle whatever the app passes', () => {
  for (const [type, law] of reserved) {
    const forbidden = ActorRole.schema.options.filter((r) => !law.roles.includes(r));
    test.prop(
      [
        issueOrNull.chain((issue) =>
          fc.constantFrom(...forbidden).chain((role) => commandOf(type, issue, { id: `${role}-9`, role }).map((command) => [issue, command] as const)),
        ),
      ],
      { numRuns: 60 },
    )(
      `law "${law.id}" (${law.source.slice(0, 3)}): a role it does not allow to "${type}" is refused with FORBIDDEN, checked first, and the issue is unchanged — with no policy, the default policy and an allow-everything policy`,
      ([issue, command]) => {
        const before = JSON.stringify(issue);
        for (const [how, context] of contexts(command.actor, issue?.enterpriseId ?? 'e1')) {
          for (const r of [decideIssue(issue, command, context), executeIssueCommand(issue, command, context)]) {
            expect(r.ok, how).toBe(false);
            if (r.ok) return;
            expect(r.error.code, how).toBe('FORBIDDEN');
            expect(r.error.path, how).toEqual(['command', 'actor', 'role']);
            expect(r.error.value, how).toBe(command.actor.role);
            // The reason names the role and the command, in both languages, and the law with its source.
            expect(r.error.message).toContain(ActorRole.labels[command.actor.role].en.toLowerCase());
            expect(r.error.message).toContain(`"${IssueCommandType.labels[type].en}"`);
            expect(r.error.message).toContain(law.id);
            expect(r.error.messageZh).toContain(ActorRole.labels[command.actor.role].zh);
            expect(r.error.messageZh).toContain(`“${IssueCommandType.labels[type].zh}”`);
            expect(r.error.messageZh).toContain(law.source);
          }
          expect(JSON.stringify(issue), how).toBe(before);
        }
      },
    );
  }

  test.prop(
    [
      arbIssue({ maxCommands: 12 }).chain((issue) =>
        fc
          .constantFrom(...IssueCommandType.schema.options.filter((t) => issueRoleLaw[t]?.roles.includes('enterprise') ?? true))
          .chain((type) => commandOf(type, issue, { id: 'zhang', role: 'enterprise', enterpriseId: `${issue.enterpriseId}-other` }))
          .map((command) => [issue, command] as const),
      ),
    ],
    { numRuns: 200 },
  )(
    `law "${ownEnterpriseLaw.id}" (001, 002): an enterprise actor that carries another enterprise is refused every command the role law leaves it on the issue with FORBIDDEN at command.actor.enterpriseId, whatever the policy`,
    ([issue, command]) => {
      const before = JSON.stringify(issue);
      for (const [how, context] of contexts(command.actor, `${issue.enterpriseId}-other`)) {
        const r = executeIssueCommand(issue, command, context);
        expect(r.ok || r.error.code, how).toBe('FORBIDDEN');
        expect(r.ok || r.error.path, how).toEqual(['command', 'actor', 'enterpriseId']);
      }
      expect(JSON.stringify(issue)).toBe(before);
    },
  );

  test.prop(
    [
      arbIssue({ maxCommands: 12 }).chain((issue) =>
        fc.constantFrom('giveFeedback', 'complain', 'withdraw', 'submit' as const).chain((type) =>
          commandOf(type, type === 'submit' ? null : issue, { id: 'li', role: 'enterprise' }).map((command) => [issue, command] as const),
        ),
      ),
    ],
    { numRuns: 150 },
  )(
    `law "${ownEnterpriseLaw.id}": an enterprise subject of the access speaks for its own enterprise only, even under an allow-everything policy`,
    ([issue, command]) => {
      const target = command.type === 'submit' ? null : issue;
      const own = command.type === 'submit' ? (command as Extract<IssueCommand, { type: 'submit' }>).enterpriseId : issue.enterpriseId;
      const subject: AccessSubject = { id: 'li', role: 'enterprise', level: 'city', enterpriseId: `${own}-other` };
      const r = decideIssue(target, command, { calendar: chinaCalendar, access: { policy: allowEverything, subject } });
      expect(r.ok || r.error.code).toBe('FORBIDDEN');
      expect(r.ok || r.error.path).toEqual(['context', 'access', 'subject', 'enterpriseId']);
    },
  );
});
