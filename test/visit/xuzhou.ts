/**
 * Data built to match 004 Xuzhou's figures: "截至目前，该局已开展5轮走访帮扶，参与党员总数170余人，走访家庭
 * 164户，企业10家，基层组织16家，发现查找问题35条，根据查找的问题已全部制定排查问题清单和帮扶任务书"; "成立了
 * …6个帮扶工作小组"; "与…16个村（社区）对接". The dates (2017) and the spread over rounds and groups are
 * made up; the counts are the source's (172 party members for "170余人").
 */
import { parse, unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import {
  createHelpTaskSheet,
  transitionHelpTaskSheet,
  VisitSchema,
  type GrassrootsTarget,
  type HelpTaskSheet,
  type ProblemListItem,
  type Visit,
  type VisitRound,
  type VisitTarget,
  type WorkGroup,
} from '../../src/visit/index.js';

const pad = (n: number, width = 3): string => String(n).padStart(width, '0');

export const rounds: readonly VisitRound[] = [
  { id: 'r1', number: 1, from: '2017-03-01', to: '2017-03-31', name: '第一轮走访帮扶' },
  { id: 'r2', number: 2, from: '2017-04-01', to: '2017-04-30' },
  { id: 'r3', number: 3, from: '2017-05-01', to: '2017-05-31' },
  { id: 'r4', number: 4, from: '2017-06-01', to: '2017-07-15' },
  { id: 'r5', number: 5, from: '2017-08-01', to: '2017-09-15' },
];

/** 172 party members, pm-001 … pm-172. */
export const members = Array.from({ length: 172 }, (_, i) => `pm-${pad(i + 1)}`);
/** 16 villages and communities. */
export const villages = Array.from({ length: 16 }, (_, i) => `v-${pad(i + 1, 2)}`);
/** Six work groups: members dealt round-robin, villages 3, 3, 3, 3, 2, 2. */
export const workGroups: readonly WorkGroup[] = Array.from({ length: 6 }, (_, g) => {
  const memberIds = members.filter((_, i) => i % 6 === g);
  const own = g < 4 ? villages.slice(g * 3, g * 3 + 3) : villages.slice(12 + (g - 4) * 2, 14 + (g - 4) * 2);
  return { id: `g${g + 1}`, name: `第${'一二三四五六'[g]}帮扶工作小组`, leaderId: memberIds[0] as string, memberIds, targets: own.map((id) => ({ kind: 'village' as const, id })) };
});
const groupOfVillage = (v: number): number => (v < 12 ? Math.floor(v / 3) : 4 + Math.floor((v - 12) / 2));

/** 164 households, ten and some in each village. */
export const households = Array.from({ length: 164 }, (_, i) => ({ id: `hh-${pad(i + 1)}`, village: i % 16 }));
export const enterprises = Array.from({ length: 10 }, (_, i) => `e-${pad(i + 1, 2)}`);
/** 16 grassroots organisations: each village's party branch. */
export const organisations = Array.from({ length: 16 }, (_, i) => ({ id: `o-${pad(i + 1, 2)}`, village: i }));

/** The directory: households (with made-up heads), villages and organisations. */
export const directory: readonly GrassrootsTarget[] = [
  ...households.map((h, i) => ({ kind: 'household' as const, id: h.id, head: `${'王李张刘陈杨赵黄'[i % 8]}${'建国秀英德明'[i % 6]}${'华军芳'[i % 3]}`, villageId: villages[h.village] as string })),
  ...villages.map((id, i) => ({ kind: 'village' as const, id, name: `塔山镇第${i + 1}村` })),
  ...organisations.map((o) => ({ kind: 'grassrootsOrganisation' as const, id: o.id, name: `塔山镇第${o.village + 1}村党支部`, villageId: villages[o.village] as string })),
];

const visits: Visit[] = [];
const memberCursor = Array.from({ length: 6 }, () => 0);
/** The next two members of group `g`, round-robin, so that every member goes out. */
function twoOf(g: number): string[] {
  const group = workGroups[g] as WorkGroup;
  const n = group.memberIds.length;
  const at = memberCursor[g] as number;
  const a = group.memberIds[at % n] as string;
  const b = group.memberIds[(at + 1) % n] as string;
  memberCursor[g] = at + 2;
  return [a, b];
}
function day(round: number, k: number): string {
  const r = rounds[round] as VisitRound;
  const [y, m] = r.from.split('-');
  return `${y}-${m}-${pad(1 + (k % 28), 2)}`;
}
function addVisit(target: { enterpriseId: string | null; parkId: null; target?: { kind: 'household' | 'grassrootsOrganisation' | 'village'; id: string } }, round: number, k: number, g: number): Visit {
  const v = parse(VisitSchema, {
    id: `xz-${visits.length + 1}`,
    date: day(round, k),
    visitorIds: twoOf(g),
    departmentIds: ['xz-amr'],
    ...target,
    workGroupId: `g${g + 1}`,
    mode: 'onSite',
    purpose: '“百千万”集中走访帮扶',
    findings: '',
  });
  visits.push(v);
  return v;
}
// Households: each once, in round (i mod 5) + 1; every seventh again in round 5.
households.forEach((h, i) => addVisit({ enterpriseId: null, parkId: null, target: { kind: 'household', id: h.id } }, i % 5, i, groupOfVillage(h.village)));
households.forEach((h, i) => {
  if (i % 7 === 0) addVisit({ enterpriseId: null, parkId: null, target: { kind: 'household', id: h.id } }, 4, i + 3, groupOfVillage(h.village));
});
// Enterprises (in the industrial park): rounds 2 and 4, groups by turn.
enterprises.forEach((e, i) => {
  addVisit({ enterpriseId: e, parkId: null }, 1, i, i % 6);
  addVisit({ enterpriseId: e, parkId: null }, 3, i + 10, i % 6);
});
// Grassroots organisations: rounds 1 and 3.
organisations.forEach((o, i) => {
  addVisit({ enterpriseId: null, parkId: null, target: { kind: 'grassrootsOrganisation', id: o.id } }, 0, i, groupOfVillage(o.village));
  addVisit({ enterpriseId: null, parkId: null, target: { kind: 'grassrootsOrganisation', id: o.id } }, 2, i + 5, groupOfVillage(o.village));
});

export const xuzhouVisits: readonly Visit[] = visits;

/** 35 problems: 25 of households (illness, roads), 6 of enterprises (financing), 4 of organisations (party building). */
export const problems: readonly ProblemListItem[] = (() => {
  const found: ProblemListItem[] = [];
  const firstVisitOf = (t: VisitTarget): Visit =>
    visits.find((v) => (t.kind === 'enterprise' ? v.enterpriseId === t.id : v.target?.kind === t.kind && v.target.id === t.id)) as Visit;
  const add = (target: VisitTarget, description: string, categoryId: string): void => {
    const v = firstVisitOf(target);
    found.push({ id: `p-${pad(found.length + 1, 2)}`, target, foundOn: v.date, description, categoryId, visitId: v.id, ...(v.workGroupId === undefined ? {} : { workGroupId: v.workGroupId }) });
  };
  for (let i = 0; i < 25; i++) add({ kind: 'household', id: (households[i * 6] as { id: string }).id }, i % 2 === 0 ? '因病致贫，新农合报销不足' : '村道破损，盼望修路搭桥', 'livingDifficulties');
  for (let i = 0; i < 6; i++) add({ kind: 'enterprise', id: enterprises[i] as string }, '中小企业融资难', 'enterpriseBottlenecks');
  for (let i = 0; i < 4; i++) add({ kind: 'grassrootsOrganisation', id: (organisations[i * 4] as { id: string }).id }, '基层党建薄弱', 'partyBuilding');
  return found;
})();

/** One help task sheet per problem, 20 working days each, issued a few days after it was found; some started, some done. */
export const taskSheets: readonly HelpTaskSheet[] = problems.map((p, i) => {
  const issuedOn = `${p.foundOn.slice(0, 8)}${pad(Math.min(28, Number(p.foundOn.slice(8)) + 2), 2)}`;
  let sheet = unwrap(
    createHelpTaskSheet(
      {
        id: `t-${pad(i + 1, 2)}`,
        target: p.target,
        title: p.categoryId === 'livingDifficulties' ? '协助解决生活困难' : p.categoryId === 'enterpriseBottlenecks' ? '组织银企对接' : '帮助加强支部建设',
        measures: '缺什么、帮什么、补什么',
        problemIds: [p.id],
        workGroupId: p.workGroupId ?? null,
        responsibleIds: [(workGroups.find((g) => g.id === p.workGroupId) as WorkGroup).leaderId as string],
        issuedOn,
        issuedBy: 'xz-amr-party-secretary',
        workingDays: 20,
      },
      chinaCalendar,
    ),
  );
  if (i % 3 !== 0) sheet = unwrap(transitionHelpTaskSheet(sheet, { type: 'start', on: issuedOn, actorId: 'pm-001' })).sheet;
  if (i % 3 === 1) sheet = unwrap(transitionHelpTaskSheet(sheet, { type: 'complete', on: sheet.dueOn, actorId: 'pm-001' })).sheet;
  return sheet;
});
