import * as z from 'zod';
import type { EnumValue } from '../core/enum.js';
import { domainError, type DomainError } from '../core/errors.js';
import type { DeepReadonly } from '../core/readonly.js';
import { err, ok, type Result } from '../core/result.js';
import { IdSchema, type BilingualText, type CalendarDate, type Id } from '../core/schema.js';
import { readDay } from '../internal/args.js';
import { byCodeUnit } from '../internal/compare.js';
import { defineEnum } from '../internal/enum.js';
import { deepFreeze } from '../internal/freeze.js';
import { AdviserKind } from './adviser.js';

/**
 * What a contact card reads of a pairing (a `Pairing` of `qinqing/pairing` will do: org sits below
 * pairing, so the shape is restated here).
 *
 * @category Org
 */
export interface ContactCardPairing {
  /** The adviser or cadre. */
  readonly adviserId: Id;
  /** The enterprise, or null for a park. */
  readonly enterpriseId: Id | null;
  /** The first day. */
  readonly since: CalendarDate;
  /** The last day, or null while it lasts. */
  readonly until: CalendarDate | null;
}

/** What replaces personal data on a card: the mask `maskPersonalData` (`qinqing/privacy`) writes. */
const MASK = '＊＊＊';

/**
 * Who a line of a contact card (联系卡, 001) names: the person paired with the enterprise, by
 * adviser kind (联系领导, 企业联络员, 企业助理, 驻企挂职干部, …, with the labels of `AdviserKind`), the
 * responsible leader of a department (责任领导, 001: 将责任领导的职务、联系方式等制作成联系卡), or a service
 * desk — the department's consultation service (咨询服务) or the office's hotline.
 *
 * `ContactCardRole.values` lists the values in order, `ContactCardRole.labels` gives each a zh-CN
 * and an English label, and `ContactCardRole.schema` validates one.
 *
 * @example
 * ```ts
 * ContactCardRole.labels.responsibleLeader.zh; // '责任领导'
 * ContactCardRole.labels.contactLeader.zh; // '联系领导'
 * ```
 * @category Org
 */
export const ContactCardRole = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    ...AdviserKind.labels,
    responsibleLeader: { zh: '责任领导', en: 'Responsible leader' },
    serviceDesk: { zh: '咨询服务', en: 'Consultation service' },
  }),
))();

export type ContactCardRole = EnumValue<typeof ContactCardRole>;

/**
 * How a card's line can be reached: a department's consultation phone (咨询服务电话, 001: 设立咨询服务电话),
 * the office's government–enterprise hotline (政企快线, 001), an office phone, a mobile phone or an
 * e-mail address. A consultation phone and a hotline are public numbers; the others belong to a
 * person and are personal data.
 *
 * `ContactChannel.values` lists the values in order, `ContactChannel.labels` gives each a zh-CN and
 * an English label, and `ContactChannel.schema` validates one.
 *
 * @example
 * ```ts
 * ContactChannel.labels.consultationPhone.zh; // '咨询服务电话'
 * ContactChannel.values; // ['consultationPhone', 'hotline', 'officePhone', 'mobilePhone', 'emailAddress']
 * ```
 * @category Org
 */
export const ContactChannel = /* @__PURE__ */ (() => defineEnum(
  deepFreeze({
    consultationPhone: { zh: '咨询服务电话', en: 'Consultation phone' },
    hotline: { zh: '政企快线', en: 'Government–enterprise hotline' },
    officePhone: { zh: '办公电话', en: 'Office phone' },
    mobilePhone: { zh: '手机', en: 'Mobile phone' },
    emailAddress: { zh: '电子邮箱', en: 'E-mail address' },
  }),
))();

export type ContactChannel = EnumValue<typeof ContactChannel>;

const phone = /* @__PURE__ */ (() => z.string().min(3).max(40))();

/**
 * What a department puts on the contact cards it hands to enterprises (联系卡, 001: 市直部门要根据各自的
 * 工作职责（业务范围），将责任领导的职务、联系方式等制作成联系卡发至各相关企业 … 设立咨询服务电话): its name, its
 * responsible leader — name and phone are personal data, the post (职务, e.g. 副局长) is not — and
 * its public numbers: the consultation phone, and for the office that runs it, the hotline (政企快线).
 *
 * @example
 * ```ts
 * DepartmentContactSchema.parse({ departmentId: 'd-ind', departmentName: '市工业和信息化局',
 *   responsibleLeader: { name: '李明', post: '副局长', phone: '0391-3560001' }, consultationPhone: '0391-3568888' }).responsibleLeader.post; // '副局长'
 * DepartmentContactSchema.safeParse({ departmentId: 'd', departmentName: 'X', responsibleLeader: { name: '李明' } }).success; // false: no post
 * ```
 * @category Org
 */
export const DepartmentContactSchema = /* @__PURE__ */ (() => z.strictObject({
  /** The department. */
  departmentId: IdSchema,
  /** Its name, as printed on the card. */
  departmentName: z.string().min(1).max(200),
  /** The responsible leader (责任领导). */
  responsibleLeader: z.strictObject({
    /** The leader's name: personal data. */
    name: z.string().min(1).max(100),
    /** The leader's post (职务), e.g. 副局长. */
    post: z.string().min(1).max(100),
    /** The leader's phone (办公电话): personal data. */
    phone: phone.optional(),
    /** The leader's e-mail address: personal data. */
    email: z.string().min(3).max(200).optional(),
  }),
  /** The department's consultation phone (咨询服务电话): a public number. */
  consultationPhone: phone.optional(),
  /** The government–enterprise hotline (政企快线) the department runs, if any: a public number. */
  hotline: phone.optional(),
}))();

/**
 * What a department puts on its contact cards; see {@link DepartmentContactSchema}.
 *
 * @category Org
 */
export type DepartmentContact = DeepReadonly<z.infer<typeof DepartmentContactSchema>>;

/**
 * The first problem of the departments' contact entries that would make a card wrong: an entry that
 * is not an object, a department id, name, leader's name or post that is not a non-empty string, a
 * phone or e-mail that is not a string, or a department listed twice. Checked by hand, not with the
 * schema, so that `qinqing/org` does not carry the parsing machinery (the app validates entries at
 * its boundary with {@link DepartmentContactSchema}).
 */
function departmentsProblem(list: readonly DepartmentContact[]): DomainError | null {
  const seen = new Map<string, number>();
  const text = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
  const optional = (v: unknown): boolean => v === undefined || typeof v === 'string';
  for (let i = 0; i < list.length; i++) {
    const d = list[i] as DepartmentContact | null;
    const l = d !== null && typeof d === 'object' ? (d.responsibleLeader as DepartmentContact['responsibleLeader'] | null) : null;
    const bad: (string | number)[] | null =
      d === null || typeof d !== 'object' ? [] :
      !text(d.departmentId) ? ['departmentId'] :
      !text(d.departmentName) ? ['departmentName'] :
      l === null || typeof l !== 'object' ? ['responsibleLeader'] :
      !text(l.name) ? ['responsibleLeader', 'name'] :
      !text(l.post) ? ['responsibleLeader', 'post'] :
      !optional(l.phone) ? ['responsibleLeader', 'phone'] :
      !optional(l.email) ? ['responsibleLeader', 'email'] :
      !optional(d.consultationPhone) ? ['consultationPhone'] :
      !optional(d.hotline) ? ['hotline'] : null;
    if (bad !== null) {
      const where = ['departments', i, ...bad].join('.');
      return domainError('INVALID_INPUT', {
        en: `data.${where} is not as DepartmentContactSchema asks (a department id, its name, the responsible leader's name and post as non-empty text; phones and e-mail as text).`,
        zh: `data.${where} 不符合 DepartmentContactSchema 的要求（部门编号、名称、责任领导姓名和职务须为非空文本，电话、邮箱须为文本）。`,
        path: ['data', 'departments', i, ...bad],
        value: bad.length === 0 ? d : (bad as string[]).reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], d),
      });
    }
    const first = seen.get((d as DepartmentContact).departmentId);
    if (first !== undefined) {
      const id = (d as DepartmentContact).departmentId;
      return domainError('DUPLICATE_ID', {
        en: `The department "${id}" has two contact entries (data.departments.${first} and ${i}).`,
        zh: `部门“${id}”有两条联系卡信息（data.departments 第 ${first} 条与第 ${i} 条）。`,
        path: ['data', 'departments', i, 'departmentId'],
        value: id,
      });
    }
    seen.set((d as DepartmentContact).departmentId, i);
  }
  return null;
}

/**
 * One way to reach a line of a card: the channel and its value, and whether it is personal data
 * (masked unless the card is made with `showPersonalData`).
 *
 * @category Org
 */
export interface ContactCardChannel {
  /** The channel. */
  readonly kind: ContactChannel;
  /** The number or address; `＊＊＊` when it is personal data and masked. */
  readonly value: string;
  /** Whether it is personal data. */
  readonly personal: boolean;
}

/**
 * One line of a contact card: who (the role, the person — masked by default — and the post), for
 * which department, and how to reach them.
 *
 * @category Org
 */
export interface ContactCardLine {
  /** The role. */
  readonly role: ContactCardRole;
  /** The person's name, `＊＊＊` when masked, or null for a service desk. */
  readonly person: string | null;
  /** The post (职务) of a responsible leader, or null. */
  readonly post: string | null;
  /** The department, or null. */
  readonly departmentId: Id | null;
  /** The department's name, or null when unknown. */
  readonly departmentName: string | null;
  /** How to reach them, in the order of {@link ContactChannel}. */
  readonly channels: readonly ContactCardChannel[];
}

/**
 * What a card lacks or could not show:
 * - `noContactLeader`: no contact leader is paired with the enterprise on the date (001: 原则上每个重点
 *   服务企业都要有一名市领导或职能部门领导作为联系人; `validatePairings` checks the rule itself);
 * - `unknownAdviser`: a pairing names an adviser the data does not hold;
 * - `noDepartmentContact`: a paired person's department (or one of `everyCard`) has no contact entry.
 *
 * @category Org
 */
export type ContactCardGapCode = 'noContactLeader' | 'unknownAdviser' | 'noDepartmentContact';

/**
 * A gap of a contact card, with the id it is about and a bilingual text.
 *
 * @category Org
 */
export interface ContactCardGap {
  /** What is missing; see {@link ContactCardGapCode}. */
  readonly code: ContactCardGapCode;
  /** The adviser or department it is about, or null. */
  readonly id: Id | null;
  /** What is missing, in both languages. */
  readonly text: BilingualText;
}

/**
 * A contact card (联系卡) of a key enterprise: its lines — the people paired with it, the responsible
 * leaders of their departments, the service desks — and its gaps.
 *
 * @category Org
 */
export interface ContactCard {
  /** The enterprise the card is for. */
  readonly enterpriseId: Id;
  /** Its key-enterprise level. */
  readonly keyLevel: 'city' | 'county';
  /** The date the card shows the pairings of. */
  readonly issuedOn: CalendarDate;
  /** The lines: paired people (contact leaders first), then each department's responsible leader and service desk. */
  readonly lines: readonly ContactCardLine[];
  /** What the card lacks. */
  readonly gaps: readonly ContactCardGap[];
}

/**
 * The data contact cards are made from: the enterprises (an `Enterprise` will do), the pairings, the
 * advisers (an `Adviser` will do) and the departments' contact entries.
 *
 * @category Org
 */
export interface ContactCardData {
  /** The enterprises; only key enterprises get a card. */
  readonly enterprises: readonly { readonly id: Id; readonly keyLevel: 'none' | 'county' | 'city' }[];
  /** The pairings (a `Pairing` will do); those active on the date and naming an enterprise count. */
  readonly pairings: readonly ContactCardPairing[];
  /** The advisers and cadres the pairings name. */
  readonly advisers: readonly {
    readonly id: Id;
    readonly name: string;
    readonly kind: AdviserKind;
    readonly departmentId?: Id | undefined;
    readonly contact?: { readonly phone?: string | undefined; readonly email?: string | undefined } | undefined;
  }[];
  /** The departments' contact entries (as {@link DepartmentContactSchema} validates them; one per department). */
  readonly departments: readonly DepartmentContact[];
}

/**
 * Options of {@link contactCards}.
 *
 * @category Org
 */
export interface ContactCardOptions {
  /** Which key enterprises get a card: `'city'` only the city's, `'county'` (default) every key enterprise (a city key enterprise is a county one too, 001). */
  readonly level?: 'city' | 'county';
  /** Departments on every card (e.g. the office that runs the 政企快线 hotline), after the paired people's departments. */
  readonly everyCard?: readonly Id[];
  /**
   * Show personal data — names, personal phones and e-mail addresses — unmasked: for the card printed
   * for the enterprise itself. False by default: a card listed or exported elsewhere is masked.
   */
  readonly showPersonalData?: boolean;
}

/** The order of people on a card: contact leaders first (001: the key enterprise's contact person), then the adviser kinds in their order. */
const kindOrder: Readonly<Record<string, number>> = /* @__PURE__ */ (() => Object.fromEntries(AdviserKind.values.map((k, i) => [k, k === 'contactLeader' ? -1 : i])))();

/**
 * Makes the contact cards (联系卡) of key enterprises from data (001: 市直部门要根据各自的工作职责（业务范围），
 * 将责任领导的职务、联系方式等制作成联系卡发至各相关企业 … 设立咨询服务电话; 原则上每个重点服务企业都要有一名市领导或
 * 职能部门领导作为联系人). For each key enterprise, on the date:
 *
 * 1. every person paired with it (pairings active on `asOf`), contact leaders first, then by adviser
 *    kind and id — the role, the name, the department and their phone and e-mail;
 * 2. for each of those people's departments (in order of first appearance), then each department of
 *    `everyCard`: the department's responsible leader (role `'responsibleLeader'`, the post and the
 *    leader's phone and e-mail) and, when it has one, its service desk (`'serviceDesk'`: the
 *    consultation phone and the hotline).
 *
 * Personal data is masked by default, as in the public listing and the reports (`qinqing/privacy`,
 * `qinqing/access`): a person's name, phone and e-mail address are each replaced whole by `＊＊＊`
 * (the mask of `maskPersonalData`), whatever their form; the post, the department and the public
 * numbers (consultation phone, hotline) are kept. Pass
 * `showPersonalData: true` for the card handed to the enterprise itself. Gaps are listed, not
 * refused: a key enterprise without a contact leader, a pairing naming an unknown adviser, a
 * department without a contact entry. A pure function: the arguments are not changed.
 *
 * @param data - The enterprises, pairings, advisers and departments' contact entries.
 * @param asOf - The date of the cards, `YYYY-MM-DD`.
 * @param options - Which key enterprises, the departments on every card, and whether to show personal data.
 * @returns One card per key enterprise, by enterprise id; or `INVALID_DATE` at `['asOf']`,
 *   `INVALID_INPUT` / `DUPLICATE_ID` at `['data', 'departments', …]` for a contact entry without
 *   the text a card needs, or a department listed twice (validate the whole entry at your boundary
 *   with {@link DepartmentContactSchema}), or
 *   `INVALID_ARGUMENT` at `['options', 'level']` for a level other than city or county.
 * @example
 * ```ts
 * const data = {
 *   enterprises: [{ id: 'e1', keyLevel: 'city' as const }, { id: 'e2', keyLevel: 'none' as const }],
 *   pairings: [{ id: 'p1', adviserId: 'a1', enterpriseId: 'e1', parkId: null, since: '2026-01-01', until: null, selection: 'appointed' as const }],
 *   advisers: [{ id: 'a1', name: '王强', kind: 'contactLeader' as const, departmentId: 'd-ind', contact: { phone: '13800138000' } }],
 *   departments: [{ departmentId: 'd-ind', departmentName: '市工业和信息化局', responsibleLeader: { name: '李明', post: '副局长', phone: '0391-3560001' }, consultationPhone: '0391-3568888' }],
 * };
 * const [card] = unwrap(contactCards(data, '2026-03-01'));
 * card?.lines.map((l) => [l.role, l.person, l.post, l.channels.map((c) => c.value)]);
 * // [['contactLeader', '＊＊＊', null, ['＊＊＊']], ['responsibleLeader', '＊＊＊', '副局长', ['＊＊＊']], ['serviceDesk', null, null, ['0391-3568888']]]
 * unwrap(contactCards(data, '2026-03-01', { showPersonalData: true }))[0]?.lines[0]?.person; // '王强'
 * ```
 * @category Org
 */
export function contactCards(data: ContactCardData, asOf: CalendarDate, options: ContactCardOptions = {}): Result<ContactCard[]> {
  const day = readDay(asOf, 'asOf');
  if (!day.ok) return day;
  const level = options.level ?? 'county';
  if (level !== 'city' && level !== 'county') {
    return err(
      domainError('INVALID_ARGUMENT', {
        en: `options.level must be 'city' or 'county'; received ${JSON.stringify(level)}.`,
        zh: `options.level 应为 'city'（市）或 'county'（县），实际为 ${JSON.stringify(level)}。`,
        path: ['options', 'level'],
        value: level,
      }),
    );
  }
  const bad = departmentsProblem(data.departments);
  if (bad !== null) return err(bad);
  const show = options.showPersonalData === true;
  // A name, a personal phone or e-mail is personal data as a whole: masked whole, whatever its form.
  const personal = (text: string): string => (show ? text : MASK);
  const departments = new Map(data.departments.map((d) => [d.departmentId, d]));
  const advisers = new Map<Id, ContactCardData['advisers'][number]>();
  for (const a of data.advisers) if (!advisers.has(a.id)) advisers.set(a.id, a);
  const pairedWith = new Map<Id, Id[]>();
  for (const p of data.pairings) {
    if (p.enterpriseId === null || !(p.since <= asOf && (p.until === null || asOf <= p.until))) continue;
    const list = pairedWith.get(p.enterpriseId);
    if (list === undefined) pairedWith.set(p.enterpriseId, [p.adviserId]);
    else if (!list.includes(p.adviserId)) list.push(p.adviserId);
  }
  const keys = data.enterprises.filter((e) => (level === 'city' ? e.keyLevel === 'city' : e.keyLevel === 'city' || e.keyLevel === 'county'));
  const seen = new Set<Id>();
  const cards: ContactCard[] = [];
  for (const e of [...keys].sort((a, b) => byCodeUnit(a.id, b.id))) {
    if (seen.has(e.id)) continue;
    seen.add(e.id);
    const lines: ContactCardLine[] = [];
    const gaps: ContactCardGap[] = [];
    const deptIds: Id[] = [];
    const people = (pairedWith.get(e.id) ?? []).flatMap((id) => {
      const a = advisers.get(id);
      if (a === undefined) {
        gaps.push({ code: 'unknownAdviser', id, text: { zh: `包联关系中的人员“${id}”不在人员数据中，联系卡未列出。`, en: `The pairing names "${id}", who is not in the advisers: not on the card.` } });
        return [];
      }
      return [a];
    });
    people.sort((a, b) => (kindOrder[a.kind] ?? 99) - (kindOrder[b.kind] ?? 99) || byCodeUnit(a.id, b.id));
    for (const a of people) {
      const dept = a.departmentId === undefined ? undefined : departments.get(a.departmentId);
      const channels: ContactCardChannel[] = [];
      if (a.contact?.phone !== undefined) channels.push({ kind: 'mobilePhone', value: personal(a.contact.phone), personal: true });
      if (a.contact?.email !== undefined) channels.push({ kind: 'emailAddress', value: personal(a.contact.email), personal: true });
      lines.push({ role: a.kind, person: personal(a.name), post: null, departmentId: a.departmentId ?? null, departmentName: dept?.departmentName ?? null, channels });
      if (a.departmentId !== undefined && !deptIds.includes(a.departmentId)) deptIds.push(a.departmentId);
    }
    if (!people.some((a) => a.kind === 'contactLeader')) {
      gaps.push({
        code: 'noContactLeader',
        id: null,
        text: { zh: `${asOf} 无联系领导与该重点企业结对（原则上每个重点服务企业都要有一名市领导或职能部门领导作为联系人）。`, en: `No contact leader is paired with this key enterprise on ${asOf} (001: each key enterprise has a city or department leader as its contact).` },
      });
    }
    for (const id of options.everyCard ?? []) if (!deptIds.includes(id)) deptIds.push(id);
    for (const id of deptIds) {
      const d = departments.get(id);
      if (d === undefined) {
        gaps.push({ code: 'noDepartmentContact', id, text: { zh: `部门“${id}”没有联系卡信息（责任领导、咨询电话）。`, en: `The department "${id}" has no contact entry (responsible leader, consultation phone).` } });
        continue;
      }
      const l = d.responsibleLeader;
      const leaderChannels: ContactCardChannel[] = [];
      if (l.phone !== undefined) leaderChannels.push({ kind: 'officePhone', value: personal(l.phone), personal: true });
      if (l.email !== undefined) leaderChannels.push({ kind: 'emailAddress', value: personal(l.email), personal: true });
      lines.push({ role: 'responsibleLeader', person: personal(l.name), post: l.post, departmentId: id, departmentName: d.departmentName, channels: leaderChannels });
      const desk: ContactCardChannel[] = [];
      if (d.consultationPhone !== undefined) desk.push({ kind: 'consultationPhone', value: d.consultationPhone, personal: false });
      if (d.hotline !== undefined) desk.push({ kind: 'hotline', value: d.hotline, personal: false });
      if (desk.length > 0) lines.push({ role: 'serviceDesk', person: null, post: null, departmentId: id, departmentName: d.departmentName, channels: desk });
    }
    cards.push({ enterpriseId: e.id, keyLevel: e.keyLevel as 'city' | 'county', issuedOn: asOf, lines, gaps });
  }
  return ok(cards);
}
