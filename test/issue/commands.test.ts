import { describe, expect, it } from 'vitest';
import { QinqingError, type ErrorCode, type Result } from '../../src/index.js';
import {
  IssueCommandSchema,
  IssueCommandType,
  parseIssueCommand,
  safeParseIssue,
  safeParseIssueCommand,
  safeParseIssueEvents,
  TimeLimitSchema,
  type Issue,
} from '../../src/issue/index.js';
import { actors, assigned, run } from './fixtures.js';

const base = { issueId: 'i1', actor: { id: 'adviser-1', role: 'adviser' }, at: '2026-09-28T09:00:00+08:00' } as const;

/** One valid command of each of the 18 types. */
const valid = [
  { ...base, type: 'submit', enterpriseId: 'e1', title: '用电增容', description: '二期项目需增容', channel: 'hotline', origin: 'application', categoryId: 'power' },
  { ...base, type: 'classify', categoryId: 'financing', scope: 'outsideBureau', nature: 'ordinary', procedure: 'general', batchId: 'b1' },
  { ...base, type: 'requestApproval' },
  { ...base, type: 'approve', note: '同意按一般程序办理' },
  { ...base, type: 'refuseApproval' },
  { ...base, type: 'assign', departmentId: 'd-power', coHandlerIds: ['d-land'], timeLimit: { workingDays: 5 }, batchId: 'b1' },
  { ...base, type: 'returnAssignment', reason: '不属于本部门职责' },
  { ...base, type: 'requestExtension', workingDays: 3, reason: '需现场核查' },
  { ...base, type: 'decideExtension', grant: false },
  { ...base, type: 'supervise', step: 'publicListing' },
  { ...base, type: 'serve', mode: 'material', summary: '发放年报指南', outcome: 'explained' },
  { ...base, type: 'answer', outcome: 'unsolvable', summary: '用地指标不足', mode: 'writtenReply', measures: '报市政府研究' },
  { ...base, type: 'giveFeedback', level: 'basicallySatisfied' },
  { ...base, type: 'close' },
  { ...base, type: 'complain', reason: '问题仍未解决' },
  { ...base, type: 'withdraw' },
  { ...base, type: 'addToDossier', documents: ['批复.pdf'], records: [], evidence: ['照片'] },
  { ...base, type: 'escalate', holder: 'deputyMayorInCharge', portfolio: '工业经济', step: 'publicListing', rank: 35, ruleId: 'publicListing', ladderId: 'jiaozuo-001-time' },
  // Issue 17's commands.
  { ...base, type: 'signFor' },
  { ...base, type: 'contact' },
  { ...base, type: 'reply', note: '已电话告知正在协调' },
  { ...base, type: 'requestPause', reasonCode: 'awaitingMaterial', reason: '等待企业补充环评材料' },
  { ...base, type: 'decidePause', grant: true },
  { ...base, type: 'resume' },
  { ...base, type: 'disputeAssignment', reasonCode: 'notOurDuty' },
  { ...base, type: 'reviewDispute', uphold: true, departmentId: 'd-market', timeLimit: { hours: 24 } },
  { ...base, type: 'redispatch', departmentId: 'd-land', coHandlerIds: [] },
  { ...base, type: 'merge', parentId: 'i0' },
  { ...base, type: 'callBack', reached: false },
  { ...base, type: 'closeUnrated' },
] as const;

function fails(r: Result<unknown>, code: ErrorCode, path?: readonly (string | number)[]) {
  if (r.ok) throw new Error(`expected ${code}, got a value`);
  expect(r.error.code).toBe(code);
  expect(r.error.message).toMatch(/[A-Za-z]/);
  expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  if (path !== undefined) expect(r.error.path).toEqual(path);
  return r.error;
}

describe('safeParseIssueCommand', () => {
  it('accepts a valid command of each of the 30 types and returns it unchanged', () => {
    expect(new Set(valid.map((c) => c.type))).toEqual(new Set(IssueCommandType.schema.options));
    for (const c of valid) expect(safeParseIssueCommand(JSON.parse(JSON.stringify(c)))).toStrictEqual({ ok: true, value: c });
  });

  it('commands are strict: an unknown field is INVALID_INPUT', () => {
    for (const c of valid) fails(safeParseIssueCommand({ ...c, extra: 1 }), 'INVALID_INPUT');
  });

  it('an unknown type, a bad instant and a bad due date carry their codes and paths', () => {
    fails(safeParseIssueCommand({ ...base, type: 'transfer' }), 'INVALID_INPUT', ['type']);
    fails(safeParseIssueCommand({ ...base, type: 'close', at: '2026-09-28 09:00' }), 'INVALID_INSTANT', ['at']);
    fails(safeParseIssueCommand({ ...base, type: 'close', at: '2026-09-28T09:00:00' }), 'INVALID_INSTANT', ['at']);
    fails(safeParseIssueCommand({ ...base, type: 'assign', departmentId: 'd', timeLimit: { dueOn: '2026-02-30' } }), 'INVALID_DATE', ['timeLimit', 'dueOn']);
    fails(safeParseIssueCommand({ ...base, type: 'close', actor: { id: 'x', role: 'mayorOfTheWorld' } }), 'INVALID_INPUT', ['actor', 'role']);
  });

  it('"not supervised" is not a step one can take, and a direct service is never "unsolvable"', () => {
    fails(safeParseIssueCommand({ ...base, type: 'supervise', step: 'unsupervised' }), 'INVALID_INPUT', ['step']);
    fails(safeParseIssueCommand({ ...base, type: 'serve', mode: 'phone', summary: '电话', outcome: 'unsolvable' }), 'INVALID_INPUT', ['outcome']);
  });

  it('escalate: a holder and a whole rank ≥ 0 are required; portfolio, step, rule and ladder are optional', () => {
    const minimal = { ...base, type: 'escalate', holder: 'bureauLeader', rank: 0 } as const;
    expect(safeParseIssueCommand(minimal)).toStrictEqual({ ok: true, value: minimal });
    fails(safeParseIssueCommand({ ...base, type: 'escalate', holder: 'bureauLeader' }), 'INVALID_INPUT', ['rank']);
    fails(safeParseIssueCommand({ ...minimal, rank: -1 }), 'INVALID_INPUT', ['rank']);
    fails(safeParseIssueCommand({ ...minimal, rank: 2.5 }), 'INVALID_INPUT', ['rank']);
    fails(safeParseIssueCommand({ ...minimal, rank: '30' }), 'INVALID_INPUT', ['rank']);
    fails(safeParseIssueCommand({ ...minimal, holder: '' }), 'INVALID_INPUT', ['holder']);
    fails(safeParseIssueCommand({ ...minimal, holder: 'h'.repeat(65) }), 'INVALID_INPUT', ['holder']);
    fails(safeParseIssueCommand({ ...minimal, portfolio: '' }), 'INVALID_INPUT', ['portfolio']);
    fails(safeParseIssueCommand({ ...minimal, step: 'unsupervised' }), 'INVALID_INPUT', ['step']);
    fails(safeParseIssueCommand({ ...minimal, portfolio: null }), 'INVALID_INPUT', ['portfolio']);
  });

  it('a time limit is either working days (1–250) or a due date, not both', () => {
    expect(TimeLimitSchema.safeParse({ workingDays: 1 }).success).toBe(true);
    expect(TimeLimitSchema.safeParse({ workingDays: 250 }).success).toBe(true);
    expect(TimeLimitSchema.safeParse({ workingDays: 0 }).success).toBe(false);
    expect(TimeLimitSchema.safeParse({ workingDays: 251 }).success).toBe(false);
    expect(TimeLimitSchema.safeParse({ workingDays: 2.5 }).success).toBe(false);
    expect(TimeLimitSchema.safeParse({ dueOn: '2026-07-15' }).success).toBe(true);
    expect(TimeLimitSchema.safeParse({ workingDays: 5, dueOn: '2026-07-15' }).success).toBe(false);
    expect(TimeLimitSchema.safeParse({}).success).toBe(false);
  });

  it('parseIssueCommand returns the command or throws a QinqingError with the code', () => {
    expect(parseIssueCommand(valid[15])).toStrictEqual(valid[15]);
    expect(() => parseIssueCommand({ ...base, type: 'close', fee: 1 })).toThrow(QinqingError);
    try {
      parseIssueCommand({ ...base, type: 'close', fee: 1 });
    } catch (e) {
      expect((e as QinqingError).code).toBe('FEE_NOT_ALLOWED');
    }
  });

  it('IssueCommandSchema is discriminated on type', () => {
    expect(IssueCommandSchema.safeParse(valid[5]).success).toBe(true);
    expect(IssueCommandSchema.safeParse({ ...valid[5], type: 'close' }).success).toBe(false);
  });
});

describe('000: free of charge (义务不收费)', () => {
  it('000: free of charge — a fee field is rejected with FEE_NOT_ALLOWED, whatever it is called', () => {
    for (const key of ['fee', 'fees', 'Fee', 'serviceFee', 'charge', 'charges', 'price', 'cost', 'payment', 'feeAmount', '收费', '费用', '服务费', '收费标准']) {
      const error = fails(safeParseIssueCommand({ ...base, type: 'close', [key]: 200 }), 'FEE_NOT_ALLOWED', [key]);
      expect(error.messageZh).toContain('不收费');
    }
  });

  it('000: free of charge — even a zero fee is rejected', () => {
    fails(safeParseIssueCommand({ ...base, type: 'serve', mode: 'phone', summary: '电话', outcome: 'resolved', fee: 0 }), 'FEE_NOT_ALLOWED', ['fee']);
  });

  it('000: free of charge — a nested fee is found with its path', () => {
    fails(safeParseIssueCommand({ ...base, type: 'close', actor: { id: 'a', role: 'adviser', fee: 1 } }), 'FEE_NOT_ALLOWED', ['actor', 'fee']);
    fails(
      safeParseIssueCommand({ ...base, type: 'assign', departmentId: 'd', timeLimit: { workingDays: 5 }, coHandlerIds: ['d2', { price: 3 }] }),
      'FEE_NOT_ALLOWED',
      ['coHandlerIds', 1, 'price'],
    );
  });

  it("000: 'feedback' is not a fee: an unknown 'feedback' key is an ordinary INVALID_INPUT, and feedback on an issue is fine", () => {
    for (const key of ['feedback', 'feedbackNote', 'coffee', 'priceless']) {
      fails(safeParseIssueCommand({ ...base, type: 'giveFeedback', level: 'satisfied', [key]: 'x' }), 'INVALID_INPUT');
    }
    const issue = run(assigned(), [
      { type: 'answer', outcome: 'resolved', summary: '已协调', mode: 'phone', actor: actors.handler, at: '2026-09-28T10:00:00+08:00' },
      { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise, at: '2026-09-28T10:01:00+08:00' },
    ]);
    expect(issue.feedback).toBe('satisfied');
    expect(safeParseIssue(JSON.parse(JSON.stringify(issue)))).toStrictEqual({ ok: true, value: issue });
    expect(safeParseIssueEvents(JSON.parse(JSON.stringify(issue.history))).ok).toBe(true);
  });

  it('000: free of charge — safeParseIssue rejects a fee on the issue or inside its history', () => {
    const issue: Issue = assigned();
    fails(safeParseIssue({ ...issue, fee: 100 }), 'FEE_NOT_ALLOWED', ['fee']);
    const history = issue.history.map((e, i) => (i === 2 ? { ...e, changes: { ...e.changes, serviceFee: 5 } } : e));
    fails(safeParseIssue({ ...issue, history }), 'FEE_NOT_ALLOWED', ['history', 2, 'changes', 'serviceFee']);
    fails(safeParseIssueEvents(history), 'FEE_NOT_ALLOWED', [2, 'changes', 'serviceFee']);
  });
});

describe('safeParseIssue and safeParseIssueEvents', () => {
  it('reject data that is not an issue, with the path of the problem', () => {
    const issue = assigned();
    fails(safeParseIssue({ id: 'i1' }), 'INVALID_INPUT');
    fails(safeParseIssue({ ...issue, state: 'lost' }), 'INVALID_INPUT', ['state']);
    fails(safeParseIssue({ ...issue, deadline: '2026-13-01' }), 'INVALID_DATE', ['deadline']);
    const missing: Record<string, unknown> = { ...issue };
    delete missing['reopenCount'];
    fails(safeParseIssue(missing), 'INVALID_INPUT', ['reopenCount']);
    fails(safeParseIssueEvents([{ ...issue.history[0], seq: 0 }]), 'INVALID_INPUT', [0, 'seq']);
  });
});
