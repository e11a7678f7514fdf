import { describe, expect, it } from 'vitest';
import {
  allLabels,
  label,
  QinqingError,
  parse,
  safeParse,
} from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { decideIssue, defaultLifecyclePolicy, ServiceMode, IntakeChannel, UNSAFE_NO_ACCESS_CHECK } from '../../src/issue/index.js';
import {
  checkVisitRecord,
  VisitChecklistSchema,
  requireCompleteVisitRecord,
  visitIssueCommand,
  VisitMode,
  VisitSchema,
  xuzhouVisitRecordForm,
  type Visit,
} from '../../src/visit/index.js';

const base = {
  id: 'v1',
  date: '2026-03-10',
  visitorIds: ['a1', 'a2'],
  departmentIds: ['d-amr'],
  enterpriseId: 'e1',
  parkId: null,
  mode: 'onSite',
  purpose: '月度走访',
  findings: '企业反映流动资金紧张',
};

const fullAnswers = Object.fromEntries(xuzhouVisitRecordForm.items.filter((i) => i.required).map((i) => [i.id, '已了解']));

describe('visit records', () => {
  it('parses a visit with defaults and survives JSON', () => {
    const v = parse(VisitSchema, base);
    expect(v.answers).toEqual({});
    expect(v.issueIds).toEqual([]);
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });

  it('001/002: the modes are on site, phone, video, symposium and questionnaire, bilingual', () => {
    expect(VisitMode.schema.options).toEqual(['onSite', 'phone', 'video', 'symposium', 'questionnaire']);
    expect(VisitMode.labels.symposium).toEqual({ zh: '座谈会', en: 'Symposium' });
    // values shared with other enums keep one label everywhere
    expect(VisitMode.labels.phone).toEqual(ServiceMode.labels.phone);
    expect(VisitMode.labels.onSite).toEqual(ServiceMode.labels.onSite);
    expect(VisitMode.labels.questionnaire).toEqual(IntakeChannel.labels.questionnaire);
    expect(allLabels.video).toEqual(VisitMode.labels.video);
    expect(label('symposium', 'zh-CN')).toBe('座谈会');
  });

  it('goes to exactly one of an enterprise, a park and (004 Xuzhou, Part 14) a household, village or grassroots organisation', () => {
    for (const target of [
      { enterpriseId: null, parkId: null },
      { enterpriseId: 'e1', parkId: 'p1' },
      { enterpriseId: 'e1', parkId: null, target: { kind: 'household', id: 'hh-1' } },
      { enterpriseId: null, parkId: 'p1', target: { kind: 'village', id: 'v-1' } },
    ]) {
      const r = safeParse(VisitSchema, { ...base, ...target });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.path).toEqual(['enterpriseId']);
        expect(r.error.messageZh).toBe('走访对象须且只能是一家企业、一个园区或一个家庭、村（社区）、基层组织（target）。');
      }
    }
    expect(safeParse(VisitSchema, { ...base, enterpriseId: null, parkId: 'p1' }).ok).toBe(true);
    expect(safeParse(VisitSchema, { ...base, enterpriseId: null, parkId: null, target: { kind: 'grassrootsOrganisation', id: 'o-1' } }).ok).toBe(true);
    expect(safeParse(VisitSchema, { ...base, enterpriseId: null, parkId: null, target: { kind: 'enterprise', id: 'e1' } }).ok).toBe(false);
  });

  it('needs at least one visitor and one department, each listed once', () => {
    expect(safeParse(VisitSchema, { ...base, visitorIds: [] }).ok).toBe(false);
    expect(safeParse(VisitSchema, { ...base, departmentIds: [] }).ok).toBe(false);
    const r = safeParse(VisitSchema, { ...base, visitorIds: ['a1', 'a1'] });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'DUPLICATE_ID', path: ['visitorIds', 1] });
    expect(safeParse(VisitSchema, { ...base, departmentIds: ['d-tax', 'd-amr', 'd-env'] }).ok).toBe(true);
  });

  it('is strict, and rejects a date that does not exist with INVALID_DATE', () => {
    expect(safeParse(VisitSchema, { ...base, fee: 100 }).ok).toBe(false);
    const r = safeParse(VisitSchema, { ...base, date: '2026-02-30' });
    expect(r.ok ? null : r.error.code).toBe('INVALID_DATE');
    expect(() => parse(VisitSchema, { ...base, mode: 'letter' })).toThrow(QinqingError);
  });
});

describe('the "10+1" visit record form (004)', () => {
  it('004: Xuzhou fills in a "10+1" visit record form: ten required items and one free item', () => {
    expect(xuzhouVisitRecordForm.items).toHaveLength(11);
    expect(xuzhouVisitRecordForm.items.filter((i) => i.required)).toHaveLength(10);
    expect(xuzhouVisitRecordForm.items.at(-1)).toMatchObject({ id: 'otherMatters', required: false });
    expect(xuzhouVisitRecordForm.source).toMatch(/^004/);
    expect(Object.isFrozen(xuzhouVisitRecordForm.items[0])).toBe(true);
    for (const i of xuzhouVisitRecordForm.items) expect(i.label.zh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('004: checkVisitRecord lists the required items left unanswered, blank answers included', () => {
    const v = parse(VisitSchema, { ...base, answers: { ...fullAnswers, financing: '  ', bottlenecks: '' } });
    const c = checkVisitRecord(v);
    expect(c.complete).toBe(false);
    expect(c.missing.map((i) => i.id)).toEqual(['bottlenecks', 'financing']);
    expect(c.unknownItemIds).toEqual([]);
  });

  it('004: a record answering the ten required items is complete; the "+1" item may stay empty', () => {
    const v = parse(VisitSchema, { ...base, answers: fullAnswers });
    expect(checkVisitRecord(v)).toEqual({ complete: true, missing: [], unknownItemIds: [] });
    expect(requireCompleteVisitRecord(v)).toEqual({ ok: true, value: v });
  });

  it('reports answers to items the form does not hold', () => {
    const v = parse(VisitSchema, { ...base, answers: { ...fullAnswers, finanzing: 'x', aaa: 'y' } });
    expect(checkVisitRecord(v).unknownItemIds).toEqual(['aaa', 'finanzing']);
  });

  it('requireCompleteVisitRecord refuses an incomplete record with VISIT_RECORD_INCOMPLETE per missing item', () => {
    const v = parse(VisitSchema, { ...base, answers: { basicSituation: '正常' } });
    const r = requireCompleteVisitRecord(v);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VISIT_RECORD_INCOMPLETE');
    expect(r.error.issues).toHaveLength(9);
    expect(r.error.issues?.[0]).toMatchObject({ code: 'VISIT_RECORD_INCOMPLETE', path: ['visit', 'answers', 'operations'] });
    expect(r.error.messageZh).toContain('生产经营状况');
  });

  it('a checklist is configurable: its own items, each required or not', () => {
    const form = parse(VisitChecklistSchema, {
      id: 'mini',
      name: { zh: '简易走访记录', en: 'Short visit record' },
      source: 'app',
      items: [
        { id: 'needs', label: { zh: '企业诉求', en: 'Needs' } },
        { id: 'photo', label: { zh: '现场照片', en: 'Photo' }, required: false },
      ],
    });
    expect(checkVisitRecord(parse(VisitSchema, base), form).missing.map((i) => i.id)).toEqual(['needs']);
    const dup = safeParse(VisitChecklistSchema, { ...form, items: [...form.items, form.items[0]] });
    expect(dup.ok ? null : dup.error).toMatchObject({ code: 'DUPLICATE_ID', path: ['items', 2] });
  });
});

describe('issues raised on a visit (Part 2, channel "visit")', () => {
  const at = '2026-03-10T16:00:00+08:00';

  it('builds a submit command with channel "visit" and origin "proactive" that the lifecycle accepts', () => {
    const v = parse(VisitSchema, base);
    const r = visitIssueCommand(v, { issueId: 'i1', title: '流动资金贷款难', at, description: '需贷款 500 万元', categoryId: 'financing' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      type: 'submit',
      issueId: 'i1',
      enterpriseId: 'e1',
      channel: 'visit',
      origin: 'proactive',
      actor: { id: 'a1', role: 'adviser' },
      categoryId: 'financing',
    });
    expect(r.value.note).toContain('v1');
    const decided = decideIssue(null, r.value, { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK, policy: defaultLifecyclePolicy });
    expect(decided.ok).toBe(true);
  });

  it('a park visit needs the enterprise that raised the problem', () => {
    const v: Visit = parse(VisitSchema, { ...base, enterpriseId: null, parkId: 'park-1' });
    const r = visitIssueCommand(v, { issueId: 'i2', title: '园区道路破损', at });
    expect(r.ok ? null : r.error.code).toBe('VISIT_ENTERPRISE_REQUIRED');
    const ok = visitIssueCommand(v, { issueId: 'i2', title: '园区道路破损', at, enterpriseId: 'e9' });
    expect(ok.ok && ok.value.type === 'submit' ? ok.value.enterpriseId : null).toBe('e9');
  });

  it('refuses another enterprise than the one visited, and passes on the command validation', () => {
    const v = parse(VisitSchema, base);
    const other = visitIssueCommand(v, { issueId: 'i3', title: 'x', at, enterpriseId: 'e2' });
    expect(other.ok ? null : other.error.code).toBe('INVALID_ARGUMENT');
    const empty = visitIssueCommand(v, { issueId: 'i3', title: '', at });
    expect(empty.ok ? null : empty.error.code).toBe('INVALID_INPUT');
    const actor = visitIssueCommand(v, { issueId: 'i4', title: '用地', at, actor: { id: 'h1', role: 'departmentHandler' } });
    expect(actor.ok ? actor.value.actor : null).toEqual({ id: 'h1', role: 'departmentHandler' });
  });

  it('the schema keeps the issues raised on the visit', () => {
    expect(VisitSchema.parse({ ...base, issueIds: ['i1', 'i2'] }).issueIds).toEqual(['i1', 'i2']);
  });
});
