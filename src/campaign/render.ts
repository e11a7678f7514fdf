import type { BilingualText, CalendarDate, Locale } from '../core/schema.js';
import { inLocale } from '../core/schema.js';
import { nameOf, type ReportNames } from '../report/names.js';
import { batchReport } from '../report/summary.js';
import { mdLine, renderMarkdown, type ReportColumn, type ReportTable } from '../report/table.js';
import { RectificationGround } from '../supervision/rectification.js';
import { ActorRole } from '../vocabulary/actor.js';
import type { CampaignReport, ParticipationLine } from './report.js';
import { CampaignMeasure, CampaignTargetStatus } from './schema.js';

/**
 * Options of {@link renderCampaignReport}.
 *
 * @category Campaign
 */
export interface RenderCampaignOptions {
  /**
   * `'full'` (the default): every section with its sentences, lists and tables; `'summary'`: the
   * title and one paragraph of sentences — for an English summary beside the Chinese report.
   */
  readonly length?: 'full' | 'summary';
  /** Display names of departments (rectification orders) by id; ids are shown otherwise. */
  readonly names?: ReportNames;
}

const ZH_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** A small whole number in Chinese numerals (1 → 一, 10 → 十, 21 → 二十一), Arabic from 100 or below 1. */
function zhNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 0 ? '' : tens === 1 ? '十' : `${ZH_DIGITS[tens]}十`}${ones === 0 ? '' : ZH_DIGITS[ones]}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** A date in words: 2010年7月15日 / 15 July 2010, without the year when it is `year`; as it is when it cannot be read. */
function dateText(date: CalendarDate, locale: Locale, year?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof date === 'string' ? date : '');
  const month = m === null ? NaN : Number(m[2]);
  if (m === null || month < 1 || month > 12) return mdLine(String(date));
  const y = m[1] as string;
  const d = Number(m[3]);
  if (locale === 'en') return `${d} ${MONTHS[month - 1]}${y === year ? '' : ` ${y}`}`;
  return `${y === year ? '' : `${y}年`}${month}月${d}日`;
}

/** A count with its noun: 426名 / 426 cadres (1 cadre). */
function counted(n: number, locale: Locale, zhUnit: string, en: string, enPlural = `${en}s`): string {
  return locale === 'en' ? `${n} ${n === 1 ? en : enPlural}` : `${n}${zhUnit}`;
}

const t = (text: BilingualText, locale: Locale): string => mdLine(inLocale(text, locale));

const list = (items: readonly string[], locale: Locale): string => {
  if (locale !== 'en') return items.join('、');
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
};

const roleLabel = (role: string, locale: Locale): string => (Object.hasOwn(ActorRole.labels, role) ? inLocale(ActorRole.labels[role as ActorRole], locale) : mdLine(role));

/** The sentences about the phases: completed, in progress. */
function phaseSentence(r: CampaignReport, locale: Locale): string {
  const year = r.asOf.slice(0, 4);
  const head = locale === 'en'
    ? `The campaign runs from ${dateText(r.period.from, 'en')} to ${dateText(r.period.to, 'en')}.`
    : `${t(r.name, locale)}自${dateText(r.period.from, locale)}开始，至${dateText(r.period.to, locale)}结束。`;
  const done = r.phases.filter((p) => p.status === 'completed').map((p) => t(p.name, locale));
  const now = r.phases.filter((p) => p.status === 'inProgress').map((p) => t(p.name, locale));
  const next = r.phases.find((p) => p.status === 'upcoming');
  if (locale === 'en') {
    const parts: string[] = [];
    const q = (names: readonly string[]): string => list(names.map((d) => `“${d}”`), 'en');
    if (done.length > 0) parts.push(`the ${done.length === 1 ? 'phase' : 'phases'} ${q(done)} ${done.length === 1 ? 'is' : 'are'} completed`);
    if (now.length > 0) parts.push(`the phase ${q(now)} is in progress`);
    else if (next !== undefined) parts.push(`the phase ${q([t(next.name, 'en')])} begins on ${dateText(next.from, 'en', year)}`);
    return parts.length === 0 ? head : `${head} So far, ${parts.join('; ')}.`;
  }
  const parts: string[] = [];
  if (done.length > 0) parts.push(`已经完成${done.join('、')}阶段`);
  if (now.length > 0) parts.push(`已进入${now.join('、')}阶段`);
  else if (next !== undefined) parts.push(`${t(next.name, locale)}阶段将于${dateText(next.from, locale, year)}开始`);
  return parts.length === 0 ? head : `${head}目前，活动${parts.join('，')}。`;
}

/** One participant group in a sentence: 市直副县以上干部426名，联系企业426家. */
function groupPhrase(g: ParticipationLine, locale: Locale): string {
  const name = t(g.name, locale);
  const expectedPeople = g.expected.people !== null && g.expected.people !== g.people ? g.expected.people : null;
  const expectedEnterprises = g.expected.enterprises !== null && g.expected.enterprises !== g.enterprises ? g.expected.enterprises : null;
  if (locale === 'en') {
    let s = `${name}: ${counted(g.people, 'en', '', 'person', 'people')}${expectedPeople === null ? '' : ` (${expectedPeople} published)`}`;
    if (g.pairedPeople > 0 || g.expected.enterprises !== null) s += `, paired with ${counted(g.enterprises, 'en', '', 'enterprise')}${expectedEnterprises === null ? '' : ` (${expectedEnterprises} published)`}`;
    if (g.outsideRule > 0 && g.enterprisesPerPerson !== null) {
      const rule = g.enterprisesPerPerson.min === g.enterprisesPerPerson.max ? `${g.enterprisesPerPerson.min}` : `${g.enterprisesPerPerson.min} to ${g.enterprisesPerPerson.max}`;
      s += `, of whom ${g.outsideRule} ${g.outsideRule === 1 ? 'is' : 'are'} not paired with ${rule} as the campaign asks`;
    }
    return s;
  }
  let s = `${name}${g.people}名${expectedPeople === null ? '' : `（公布数为${expectedPeople}名）`}`;
  if (g.pairedPeople > 0 || g.expected.enterprises !== null) s += `，联系企业${g.enterprises}家${expectedEnterprises === null ? '' : `（公布数为${expectedEnterprises}家）`}`;
  if (g.outsideRule > 0 && g.enterprisesPerPerson !== null) {
    const rule = g.enterprisesPerPerson.min === g.enterprisesPerPerson.max ? `${g.enterprisesPerPerson.min}` : `${g.enterprisesPerPerson.min}—${g.enterprisesPerPerson.max}`;
    s += `，其中${g.outsideRule}名联系企业数不符合每人联系${rule}家的要求`;
  }
  return s;
}

function participationSentences(r: CampaignReport, locale: Locale): string[] {
  const out: string[] = [];
  if (r.participation.length > 0) {
    const groups = r.participation.map((g) => groupPhrase(g, locale));
    out.push(locale === 'en' ? `Taking part: ${groups.join('; ')}.` : `参与干部：${groups.join('；')}。`);
  }
  if (r.visits.visitsMade > 0) {
    out.push(
      locale === 'en'
        ? `${counted(r.visits.visitsMade, 'en', '', 'visit')} to ${counted(r.visits.enterprisesVisited, 'en', '', 'enterprise')} have been made.`
        : `活动开展以来共走访企业${r.visits.visitsMade}次，涉及企业${r.visits.enterprisesVisited}家。`,
    );
  }
  return out;
}

/** The sentence of one batch, in the words of 003 where its counts fit them. */
function batchPhrase(b: CampaignReport['batches'][number], locale: Locale, year: string): string {
  const due = b.dueOn === null ? null : dateText(b.dueOn, locale, year);
  if (locale === 'en') {
    const nth = `batch ${b.ordinal}`;
    const n = counted(b.total, 'en', '', 'problem');
    const be = (k: number): string => (k === 1 ? 'is' : 'are');
    if (b.status === 'readyToAssign') return `the ${n} of ${nth} have been sorted and are ready to be assigned`;
    if (b.answered === 0 && b.underSupervision === 0 && due !== null && !b.overdue) return `the ${n} of ${nth} have been assigned, to be completed by ${due}`;
    const parts = [`${b.answered} ${b.answered === 1 ? 'has' : 'have'} been handled and answered`];
    if (b.underSupervision > 0) parts.push(`${b.underSupervision} ${be(b.underSupervision)} under supervision`);
    if (b.inHand > 0) parts.push(`${b.inHand} ${be(b.inHand)} in hand${due === null ? '' : b.overdue ? ` (due ${due}, now overdue)` : ` (due by ${due})`}`);
    return `of the ${n} assigned in ${nth}, ${list(parts, 'en')}`;
  }
  const nth = `第${zhNumber(b.ordinal)}批`;
  if (b.status === 'readyToAssign') return `${nth}${b.total}件问题已梳理完毕，准备交办`;
  if (b.answered === 0 && b.underSupervision === 0 && due !== null && !b.overdue) return `${nth}${b.total}件问题已交办，要求${due}前完成`;
  let s = `${nth}交办的${b.total}件问题目前已经办理及答复的有${b.answered}件`;
  if (b.underSupervision > 0) s += `，还有${b.underSupervision}件正在督办中`;
  if (b.inHand > 0) s += `，${b.inHand}件正在办理${due === null ? '' : b.overdue ? `（期限${due}，已逾期）` : `（要求${due}前完成）`}`;
  return s;
}

function problemSentences(r: CampaignReport, locale: Locale): string[] {
  const p = r.problems;
  const year = r.asOf.slice(0, 4);
  const out: string[] = [];
  const batches = r.batches.map((b) => batchPhrase(b, locale, year));
  if (locale === 'en') {
    let s = `Cadres have helped enterprises solve ${counted(p.solvedOnTheSpot, 'en', '', 'problem')} on the spot. The problems that could not be solved on the spot were sorted: ${counted(p.collected, 'en', '', 'problem')} were collected.`;
    if (batches.length > 0) s += ` They were assigned in batches: ${batches.join('; ')}.`;
    out.push(s);
    if (p.outsideBatches > 0) out.push(`${counted(p.outsideBatches, 'en', '', 'collected problem')} belong to no batch.`);
    return out;
  }
  let s = `各单位领导及联络员已帮助企业当场解决问题${p.solvedOnTheSpot}件。对当场不能解决的问题，经梳理共征集到各类问题${p.collected}件。`;
  if (batches.length > 0) s += `其中，${batches.join('；')}。`;
  out.push(s);
  if (p.outsideBatches > 0) out.push(`另有${p.outsideBatches}件征集的问题未编入交办批次。`);
  return out;
}

function supervisionSentences(r: CampaignReport, locale: Locale): string[] {
  const p = r.problems;
  const out: string[] = [];
  const pairs = r.jointBodies.map((j) => ({
    names: locale === 'en' ? list(j.roles.map((role) => `the ${roleLabel(role, 'en').toLowerCase()}`), 'en') : j.roles.map((role) => roleLabel(role, locale)).join('和'),
    n: j.problems,
  }));
  if (locale === 'en') {
    if (p.underSupervision === 0) out.push('No problem is under supervision.');
    else {
      let s = `${counted(p.underSupervision, 'en', '', 'problem')} not handled in time ${p.underSupervision === 1 ? 'is' : 'are'} under supervision`;
      if (pairs.length > 0) s += `, ${list(pairs.map((x) => `${x.n} jointly by ${x.names}`), 'en')}`;
      out.push(`${s}.`);
    }
  } else if (p.underSupervision === 0) out.push('目前没有正在督办的问题。');
  else {
    let s = `对没有按时办理的问题，目前共有${p.underSupervision}件正在督办中`;
    if (pairs.length > 0) s += `，其中${pairs.map((x) => `${x.n}件由${x.names}联合督办`).join('，')}`;
    out.push(`${s}。`);
  }
  const rc = r.rectifications;
  if (rc.orders > 0) {
    const given = new Set<string>(rc.lines.flatMap((l) => l.grounds));
    const grounds = RectificationGround.values.filter((g) => given.has(g)).map((g) => inLocale(RectificationGround.labels[g], locale));
    if (locale === 'en') {
      const parts = [rc.rectified > 0 ? `${rc.rectified} rectified${rc.rectifiedLate > 0 ? ` (${rc.rectifiedLate} late)` : ''}` : '', rc.ordered > 0 ? `${rc.ordered} within the limit` : '', rc.notRectifiedInTime > 0 ? `${rc.notRectifiedInTime} not rectified in time` : ''].filter((x) => x !== '');
      out.push(`For ${list(grounds.map((g) => g.toLowerCase()), 'en') || 'poor service'}, ${counted(rc.departments, 'en', '', 'department')} ${rc.departments === 1 ? 'has' : 'have'} been ordered to rectify within a limit (${counted(rc.orders, 'en', '', 'order')}: ${list(parts, 'en')}).`);
    } else {
      const parts = [rc.rectified > 0 ? `已整改${rc.rectified}项${rc.rectifiedLate > 0 ? `（其中逾期整改${rc.rectifiedLate}项）` : ''}` : '', rc.ordered > 0 ? `正在整改${rc.ordered}项` : '', rc.notRectifiedInTime > 0 ? `逾期未整改${rc.notRectifiedInTime}项` : ''].filter((x) => x !== '');
      out.push(`对${grounds.join('、') || '服务不力'}的部门，已责令${rc.departments}个部门限期整改（共${rc.orders}项），其中${parts.join('，')}。`);
    }
  }
  return out;
}

function rectificationItems(r: CampaignReport, locale: Locale, names: ReportNames | undefined): string[] {
  const year = r.asOf.slice(0, 4);
  return r.rectifications.lines.map((l) => {
    const dept = mdLine(nameOf(names?.departments, l.departmentId));
    const grounds = l.grounds.filter((g) => Object.hasOwn(RectificationGround.labels, g)).map((g) => inLocale(RectificationGround.labels[g], locale));
    const due = dateText(l.dueOn, locale, year);
    if (locale === 'en') {
      const state = l.state === 'rectified'
        ? `rectified on ${dateText(l.rectifiedOn ?? '', 'en', year)}${l.onTime === false ? `, ${l.overdueWorkingDays} working days late` : ''}`
        : l.state === 'notRectifiedInTime'
          ? `not rectified in time (${counted(l.overdueWorkingDays, 'en', '', 'working day')} overdue)`
          : `${counted(l.workingDaysLeft, 'en', '', 'working day')} left`;
      return `- ${dept}: ${list(grounds.map((g) => g.toLowerCase()), 'en')}; ordered on ${dateText(l.orderedOn, 'en', year)}, due by ${due}; ${state}.`;
    }
    const state = l.state === 'rectified'
      ? `已于${dateText(l.rectifiedOn ?? '', locale, year)}整改到位${l.onTime === false ? `（逾期${l.overdueWorkingDays}个工作日）` : ''}`
      : l.state === 'notRectifiedInTime'
        ? `逾期未整改（已逾期${l.overdueWorkingDays}个工作日）`
        : `正在整改（剩余${l.workingDaysLeft}个工作日）`;
    return `- ${dept}：${grounds.join('、')}；${dateText(l.orderedOn, locale, year)}责令限期整改，期限至${due}；${state}。`;
  });
}

function categorySentences(r: CampaignReport, locale: Locale): string[] {
  const top = (key: 'collected' | 'solvedOnTheSpot'): string[] =>
    r.categories
      .filter((c) => c[key] > 0)
      .slice()
      .sort((a, b) => b[key] - a[key])
      .slice(0, 8)
      .map((c) => (locale === 'en' ? `${t(c.label, 'en').toLowerCase()} (${c[key]})` : `${t(c.label, locale)}（${c[key]}件）`));
  const collected = top('collected');
  const spot = top('solvedOnTheSpot');
  const out: string[] = [];
  if (locale === 'en') {
    if (collected.length > 0) out.push(`The problems collected concern above all ${list(collected, 'en')}.`);
    if (spot.length > 0) out.push(`Those solved on the spot concern ${list(spot, 'en')}.`);
  } else {
    if (collected.length > 0) out.push(`从梳理结果看，征集的问题主要涉及${collected.join('、')}等方面。`);
    if (spot.length > 0) out.push(`当场解决的问题主要包括${spot.join('、')}等。`);
  }
  return out;
}

function recurrenceSentences(r: CampaignReport, locale: Locale): string[] {
  const rc = r.recurrences;
  if (rc.count === 0) return [locale === 'en' ? 'No problem of the campaign repeats an earlier one.' : '未发现企业反复反映的问题。'];
  const cats = rc.byCategory.slice(0, 8).map((c) => (locale === 'en' ? `${t(c.label, 'en').toLowerCase()} (${c.count})` : `${t(c.label, locale)}（${c.count}件）`));
  if (locale === 'en') {
    return [`${counted(rc.count, 'en', '', 'problem')} repeat an earlier one (${rc.sameEnterprise} raised again by the same enterprise, ${rc.sameIndustry} in the same industry), above all in ${list(cats, 'en')}: common problems raised year after year.`];
  }
  return [`有${rc.count}件问题为企业反复反映的共性问题（同一企业再次反映${rc.sameEnterprise}件，同行业企业再次反映${rc.sameIndustry}件），主要涉及${cats.join('、')}，存在“年年提、年年得不到解决”的情况。`];
}

/** The Chinese measure word of each figure (名, 家, 次, 件, 个, 项). */
const zhUnits: { readonly [M in CampaignMeasure]: string } = {
  participants: '名',
  enterprisesPaired: '家',
  visitsMade: '次',
  enterprisesVisited: '家',
  solvedOnTheSpot: '件',
  problemsCollected: '件',
  problemsAssigned: '件',
  problemsAnswered: '件',
  underSupervision: '件',
  jointlySupervised: '件',
  awaitingAssignment: '件',
  unanswered: '件',
  recurringProblems: '件',
  departmentsOrderedToRectify: '个',
  rectificationsOverdue: '项',
};

function targetItems(r: CampaignReport, locale: Locale): string[] {
  const year = r.asOf.slice(0, 4);
  return r.targets.map((x) => {
    const measure = Object.hasOwn(CampaignMeasure.labels, x.measure) ? inLocale(CampaignMeasure.labels[x.measure], locale) : mdLine(x.measure);
    const status = Object.hasOwn(CampaignTargetStatus.labels, x.status) ? inLocale(CampaignTargetStatus.labels[x.status], locale) : mdLine(x.status);
    if (locale === 'en') {
      const goal = [x.atLeast === null ? '' : `at least ${x.atLeast}`, x.atMost === null ? '' : `at most ${x.atMost}`].filter((s) => s !== '').join(' and ');
      return `- ${t(x.label, 'en')}: ${measure.toLowerCase()} ${x.value} (target ${goal}, by ${dateText(x.by, 'en', year)}): ${status.toLowerCase()}.`;
    }
    const unit = Object.hasOwn(zhUnits, x.measure) ? zhUnits[x.measure] : '';
    const goal = [x.atLeast === null ? '' : `不少于${x.atLeast}${unit}`, x.atMost === null ? '' : `不超过${x.atMost}${unit}`].filter((s) => s !== '').join('、');
    return `- ${t(x.label, locale)}：${measure}${x.value}${unit}（目标${goal}，期限${dateText(x.by, locale, year)}），${status}。`;
  });
}

const categoryColumns: readonly ReportColumn[] = [
  { key: 'category', label: { zh: '问题类别', en: 'Category' }, kind: 'text' },
  { key: 'solvedOnTheSpot', label: { zh: '当场解决', en: 'Solved on the spot' }, kind: 'count' },
  { key: 'collected', label: { zh: '征集', en: 'Collected' }, kind: 'count' },
  { key: 'answered', label: { zh: '已办理答复', en: 'Answered' }, kind: 'count' },
];

function categoryTable(r: CampaignReport, locale: Locale): ReportTable {
  return {
    id: 'campaignCategories',
    title: { zh: '问题分类', en: 'Problems by category' },
    columns: categoryColumns,
    rows: r.categories.map((c) => ({ category: inLocale(c.label, locale), solvedOnTheSpot: c.solvedOnTheSpot, collected: c.collected, answered: c.answered })),
    notes: [],
  };
}

function figuresTable(r: CampaignReport): ReportTable {
  return {
    id: 'campaignFigures',
    title: { zh: '主要数据', en: 'Key figures' },
    columns: [
      { key: 'measure', label: { zh: '项目', en: 'Figure' }, kind: 'text' },
      { key: 'value', label: { zh: '数量', en: 'Number' }, kind: 'count' },
    ],
    rows: r.figures.map((f) => ({ measure: f.measure, value: f.value })),
    notes: [],
  };
}

/**
 * Writes a campaign report ({@link campaignReport}) as Markdown, in Chinese or English: a title and
 * the report's date, then numbered sections of sentences — in Chinese numbered 一、二、三… as an
 * office's 汇报 is — in the order of Lishui's outline (003): the campaign so far (phases,
 * participants, visits); the problems solved on the spot and collected, batch by batch in 003's
 * words where the counts fit them ("第一批交办的30件问题目前已经办理及答复的有23件，还有7件正在督办中；第二批75件问题
 * 已交办，要求7月15日前完成；第三批15件问题已梳理完毕，准备交办"), with the batch table of `batchReport`;
 * supervision, joint supervision and the departments ordered to rectify, one line per order;
 * the categories of problems, with a table; the problems that recur; the targets; the key figures.
 * Tables are rendered by `renderMarkdown` of `qinqing/report`. With `length: 'summary'` only the
 * title and one paragraph of the sentences (no lists or tables): e.g. an English summary under the
 * Chinese report. Text from the data (names, labels, ids) is escaped so that it cannot inject HTML
 * or links. Never throws.
 *
 * @param report - The report.
 * @param locale - `'zh-CN'` or `'en'`.
 * @param options - `length` (`'full'` or `'summary'`), and department names.
 * @returns The Markdown text, ending with a line feed.
 * @example
 * ```ts
 * const md = renderCampaignReport(report, 'zh-CN');
 * md.split('\n').filter((l) => l.startsWith('## ')); // ['## 一、活动开展基本情况', '## 二、帮助企业解决问题情况', '## 三、督办和限期整改情况', …]
 * renderCampaignReport(report, 'en', { length: 'summary' }).split('\n')[0]; // '# Lishui "Enterprise Service Year": progress report'
 * ```
 * @category Campaign
 */
export function renderCampaignReport(report: CampaignReport, locale: Locale, options: RenderCampaignOptions = {}): string {
  const en = locale === 'en';
  const summary = options?.length === 'summary';
  const title = en ? `# ${t(report.name, 'en')}: progress report` : `# ${t(report.name, locale)}开展情况汇报`;
  const asOf = en ? `As of ${dateText(report.asOf, 'en')}.` : `截至${dateText(report.asOf, locale)}。`;
  const sections: { readonly heading: BilingualText; readonly sentences: readonly string[]; readonly items?: readonly string[]; readonly tables?: readonly string[] }[] = [
    { heading: { zh: '活动开展基本情况', en: 'The campaign so far' }, sentences: [phaseSentence(report, locale), ...participationSentences(report, locale)] },
    {
      heading: { zh: '帮助企业解决问题情况', en: 'Problems solved and collected' },
      sentences: problemSentences(report, locale),
      tables: report.batches.length > 0 ? [renderMarkdown(batchReport(report.batches.map((b) => b.summary), locale), locale)] : [],
    },
    { heading: { zh: '督办和限期整改情况', en: 'Supervision and rectification' }, sentences: supervisionSentences(report, locale), items: rectificationItems(report, locale, options?.names) },
    { heading: { zh: '问题分类情况', en: 'Problems by category' }, sentences: categorySentences(report, locale), tables: report.categories.length > 0 ? [renderMarkdown(categoryTable(report, locale), locale)] : [] },
    { heading: { zh: '反复出现的问题', en: 'Problems that recur' }, sentences: recurrenceSentences(report, locale) },
  ];
  if (report.targets.length > 0) sections.push({ heading: { zh: '目标完成情况', en: 'Targets' }, sentences: [], items: targetItems(report, locale) });
  if (summary) {
    const heading = en ? '## Summary' : '## 摘要';
    return `${[title, '', asOf, '', heading, '', sections.flatMap((s) => s.sentences).join(en ? ' ' : '')].join('\n')}\n`;
  }
  if (report.figures.length > 0) {
    const figures = figuresTable(report);
    const rows = figures.rows.map((row) => ({ ...row, measure: Object.hasOwn(CampaignMeasure.labels, String(row['measure'])) ? inLocale(CampaignMeasure.labels[row['measure'] as CampaignMeasure], locale) : String(row['measure']) }));
    sections.push({ heading: { zh: '主要数据', en: 'Key figures' }, sentences: [], tables: [renderMarkdown({ ...figures, rows }, locale).split('\n').slice(2).join('\n')] });
  }
  const lines: string[] = [title, '', asOf];
  sections.forEach((s, i) => {
    lines.push('', en ? `## ${i + 1}. ${inLocale(s.heading, 'en')}` : `## ${zhNumber(i + 1)}、${s.heading.zh}`);
    for (const sentence of s.sentences) lines.push('', sentence);
    if (s.items !== undefined && s.items.length > 0) lines.push('', ...s.items);
    for (const table of s.tables ?? []) lines.push('', table.trimEnd());
  });
  lines.push('', en ? `Source: ${mdLine(report.source)}` : `来源：${mdLine(report.source)}`);
  return `${lines.join('\n')}\n`;
}
