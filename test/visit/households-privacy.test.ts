/**
 * Part 14 (issue 19): a household visited is a person's data (004 Xuzhou: 走访家庭164户) — the same
 * rules as persons: masked in listings, in renders and in the public listing.
 */
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { helpTaskLedger, redactHelpTaskSheet, renderCsv, renderMarkdown } from '../../src/report/index.js';
import { createHelpTaskSheet, visitRoundSummary, type GrassrootsTarget, type HelpTaskSheet } from '../../src/visit/index.js';
import { directory, problems, rounds, taskSheets, workGroups, xuzhouVisits } from './xuzhou.js';

const wang: GrassrootsTarget = { kind: 'household', id: 'hh-0012', head: '王建国', villageId: 'v-01' };
const dir: readonly GrassrootsTarget[] = [
  wang,
  { kind: 'village', id: 'v-01', name: '塔山村', township: '塔山镇' },
  { kind: 'grassrootsOrganisation', id: 'o-01', name: '塔山村党支部', villageId: 'v-01' },
];
const sheetFor = (id: string, target: HelpTaskSheet['target'], title: string, measures: string): HelpTaskSheet =>
  unwrap(
    createHelpTaskSheet(
      { id, target, title, measures, problemIds: ['p1'], workGroupId: 'g1', responsibleIds: ['pm-01'], issuedOn: '2017-05-20', issuedBy: 'lead', workingDays: 20 },
      chinaCalendar,
    ),
  );
const household = sheetFor('t1', { kind: 'household', id: 'hh-0012' }, '王建国家大病救助', '联系王建国（电话 13912345678），协助申请大病救助');
const village = sheetFor('t2', { kind: 'village', id: 'v-01' }, '协调修建村道', '对接交通部门');
const org = sheetFor('t3', { kind: 'grassrootsOrganisation', id: 'o-01' }, '帮助加强支部建设', '组织党课');
const firm = sheetFor('t4', { kind: 'enterprise', id: 'e-01' }, '驰名商标申报辅导', '安排专人制定申报措施');

describe("households are persons' data (004 Xuzhou)", () => {
  it('004: the help task ledger masks a household head wherever it would show, and shows villages, organisations and enterprises by name', () => {
    const table = unwrap(helpTaskLedger([firm, org, village, household], { locale: 'zh-CN', directory: dir, names: { enterprises: { 'e-01': '徐州金彭车业有限公司' } }, asOf: '2017-07-01' }));
    const rows = Object.fromEntries(table.rows.map((r) => [r['id'], r]));
    expect(rows['t1']).toMatchObject({ targetKind: '家庭（农户）', target: '＊＊＊', village: '塔山村', title: '＊＊＊家大病救助', measures: '联系＊＊＊（电话 ＊＊＊），协助申请大病救助', overdue: '是' });
    expect(rows['t2']).toMatchObject({ target: '塔山村', village: '塔山村' });
    expect(rows['t3']).toMatchObject({ target: '塔山村党支部', village: '塔山村' });
    expect(rows['t4']).toMatchObject({ targetKind: '企业', target: '徐州金彭车业有限公司', village: null });
    for (const text of [renderMarkdown(table, 'zh-CN'), renderMarkdown(table, 'en'), renderCsv(table, 'zh-CN'), JSON.stringify(table)]) {
      expect(text).not.toContain('王建国');
      expect(text).not.toContain('13912345678');
    }
    expect(table.notes[0]?.zh).toMatch(/户主姓名/);
  });

  it('004: unsafeShowPersonalData shows the head, for a sheet that never leaves the work group', () => {
    const table = unwrap(helpTaskLedger([household], { locale: 'en', directory: dir, unsafeShowPersonalData: true }));
    expect(table.rows[0]).toMatchObject({ targetKind: 'Household', target: '王建国', title: '王建国家大病救助' });
    expect(renderMarkdown(table, 'en', { unsafeShowPersonalData: true })).toContain('王建国');
  });

  it('003/004: the public listing drops the household and the enterprise, keeps a village, and masks the title', () => {
    expect(unwrap(redactHelpTaskSheet(household, { directory: dir }))).toEqual({
      id: 't1',
      targetKind: 'household',
      targetId: null,
      title: '＊＊＊家大病救助',
      workGroupId: 'g1',
      status: 'open',
      issuedOn: '2017-05-20',
      dueOn: household.dueOn,
      supervisionStep: 'unsupervised',
      reopenCount: 0,
      completedOn: null,
    });
    expect(unwrap(redactHelpTaskSheet(firm)).targetId).toBeNull();
    expect(unwrap(redactHelpTaskSheet(village)).targetId).toBe('v-01');
    expect(JSON.stringify(unwrap(redactHelpTaskSheet(household, { directory: dir })))).not.toContain('联系');
  });

  it('004: the round summary holds ids and counts only, never a head of household', () => {
    const s = unwrap(visitRoundSummary({ rounds, workGroups, visits: xuzhouVisits, problems, taskSheets }, '2017-09-30'));
    const text = JSON.stringify(s);
    for (const entry of directory) if (entry.kind === 'household') expect(text).not.toContain(entry.head);
  });

  it('a directory the schemas refuse is an error, not a leak', () => {
    const bad = [{ kind: 'household', id: 'hh-1', head: '' }] as unknown as readonly GrassrootsTarget[];
    expect(helpTaskLedger([household], { locale: 'zh-CN', directory: bad })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['options', 'directory', 0, 'head'] } });
  });
});
