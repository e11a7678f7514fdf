import { describe, expect, it } from 'vitest';
import { maskContactData, PublicIssueListingSchema, redactForPublicListing } from '../../src/access/index.js';
import { actors, assigned, at, run } from '../issue/fixtures.js';

describe('redactForPublicListing (003: 网上挂牌 — problems not handled on time are listed online)', () => {
  it('keeps what the public needs and nothing that names or reaches the enterprise', () => {
    const base = assigned({ enterpriseId: 'e-secret', departmentId: 'd-power' });
    const issue = run(base, [{ type: 'supervise', step: 'publicListing', actor: actors.efficiency, note: '请联系张经理 13800138000', at: at('2026-10-09') }]);
    const listing = redactForPublicListing(issue);
    expect(listing).toEqual({
      id: 'i1',
      title: '用电增容',
      categoryId: 'power',
      state: 'assigned',
      submittedOn: '2026-09-28',
      leadDepartmentId: 'd-power',
      coHandlerIds: [],
      assignedOn: '2026-09-28',
      deadline: issue.deadline,
      supervisionStep: 'publicListing',
      reopenCount: 0,
      closedOn: null,
    });
    expect(PublicIssueListingSchema.parse(listing)).toEqual(listing);
    const json = JSON.stringify(listing);
    for (const secret of ['e-secret', 'e-actor', '13800138000', '张经理', 'office-1', 'eff-1']) expect(json).not.toContain(secret);
  });

  it('masks contact data in the title and keeps the rest', () => {
    const issue = run(null, [
      { type: 'submit', enterpriseId: 'e1', title: '用电增容，联系王先生 138-0013-8000 或 wang@example.com', description: '身份证 33010219800101123X', channel: 'hotline', origin: 'application', actor: actors.enterprise },
    ]);
    const listing = redactForPublicListing(issue);
    expect(listing.title).toBe('用电增容，联系王先生 ＊＊＊ 或 ＊＊＊');
    expect(JSON.stringify(listing)).not.toContain('33010219800101123X');
  });
});

describe('maskContactData', () => {
  it.each([
    ['手机 13800138000', '手机 ＊＊＊'],
    ['电话 (0571) 8765-4321', '电话 ＊＊＊'],
    ['+86 138 0013 8000', '＊＊＊'],
    ['全角 １３８００１３８０００', '全角 ＊＊＊'],
    ['邮箱 li.si+1@mail.example.com.cn。', '邮箱 ＊＊＊。'],
    ['2026-10-09 前完成，增容 500 千伏安', '2026-10-09 前完成，增容 500 千伏安'],
    ['税号 913306001234567890', '税号 ＊＊＊'],
  ])('%s', (text, masked) => {
    expect(maskContactData(text)).toBe(masked);
  });
});

describe('Part 9 (issue 14): the public listing masks personal data through maskPersonalData, names included', () => {
  const base = assigned({ enterpriseId: 'e1', departmentId: 'd-power' });

  it('masks the names passed (enterprise, contact person) — which it could not before: redactForPublicListing took no names', () => {
    const issue = { ...base, title: '焦作某机械公司用电增容，联系王经理 0391-3561234' };
    expect(redactForPublicListing(issue, { names: ['焦作某机械公司', '王经理'] }).title).toBe('＊＊＊用电增容，联系＊＊＊ ＊＊＊');
    expect(redactForPublicListing(issue).title).toBe('焦作某机械公司用电增容，联系王经理 ＊＊＊');
  });

  it('masks a USCC whole (it used to leave MA2PBP2120), and numbers hidden by no-break spaces, en dashes or zero-width characters', () => {
    expect(redactForPublicListing({ ...base, title: '91340600MA2PBP2120 申请用电增容' }).title).toBe('＊＊＊ 申请用电增容');
    expect(redactForPublicListing({ ...base, title: '手机 138\u00a00013\u20138000 或 138\u200b0013\u200b8000' }).title).toBe('手机 ＊＊＊ 或 ＊＊＊');
    expect(redactForPublicListing({ ...base, title: '邮箱 张三＠例子．中国' }).title).toBe('邮箱 ＊＊＊');
  });

  it('keeps a masked title within the listing schema, however many short names it masks', () => {
    const title = Array.from({ length: 66 }, () => '张三').join('，').slice(0, 200);
    const listing = redactForPublicListing({ ...base, title }, { names: ['张三'] });
    expect(PublicIssueListingSchema.safeParse(listing).success).toBe(true);
    expect(listing.title.length).toBeGreaterThan(200);
  });
});
