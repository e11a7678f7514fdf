import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/index.js';
import { ContactCardRole, ContactChannel, contactCards, DepartmentContactSchema, type ContactCardData } from '../../src/org/index.js';
import type { Pairing } from '../../src/pairing/index.js';

const pairing = (id: string, adviserId: string, enterpriseId: string, since = '2026-01-01', until: string | null = null): Pairing => ({ id, adviserId, enterpriseId, parkId: null, since, until, selection: 'appointed' });

/** Jiaozuo-shaped data (001): a city key enterprise with a contact leader and a liaison, a county one with a liaison only. */
const data: ContactCardData = {
  enterprises: [
    { id: 'e-mach', keyLevel: 'city' },
    { id: 'e-auto', keyLevel: 'county' },
    { id: 'e-small', keyLevel: 'none' },
  ],
  pairings: [
    pairing('p1', 'a-lead', 'e-mach'),
    pairing('p2', 'a-liaison', 'e-mach'),
    pairing('p3', 'a-liaison', 'e-auto'),
    pairing('p4', 'a-old', 'e-auto', '2025-01-01', '2025-12-31'), // ended
    pairing('p5', 'a-lead', 'e-small'),
  ],
  advisers: [
    { id: 'a-lead', name: '王强', kind: 'contactLeader', departmentId: 'd-ind', contact: { phone: '13800138000', email: 'wang@example.cn' } },
    { id: 'a-liaison', name: '赵敏', kind: 'liaison', departmentId: 'd-dev', contact: { phone: '0391-3561234' } },
    { id: 'a-old', name: '钱进', kind: 'contactLeader', departmentId: 'd-ind' },
  ],
  departments: [
    { departmentId: 'd-ind', departmentName: '市工业和信息化局', responsibleLeader: { name: '李明', post: '副局长', phone: '0391-3560001' }, consultationPhone: '0391-3568888' },
    { departmentId: 'd-dev', departmentName: '市企业发展服务局', responsibleLeader: { name: '孙丽', post: '局长' }, consultationPhone: '0391-3567777', hotline: '0391-12345' },
  ],
};

describe('001 Jiaozuo: contact cards (联系卡) for key enterprises', () => {
  it('001: one card per key enterprise, with the people paired on the date, their departments’ responsible leaders (职务) and consultation phones (咨询服务电话)', () => {
    const cards = unwrap(contactCards(data, '2026-03-01', { showPersonalData: true }));
    expect(cards.map((c) => [c.enterpriseId, c.keyLevel])).toEqual([['e-auto', 'county'], ['e-mach', 'city']]);
    const mach = cards[1];
    expect(mach?.lines).toEqual([
      { role: 'contactLeader', person: '王强', post: null, departmentId: 'd-ind', departmentName: '市工业和信息化局', channels: [{ kind: 'mobilePhone', value: '13800138000', personal: true }, { kind: 'emailAddress', value: 'wang@example.cn', personal: true }] },
      { role: 'liaison', person: '赵敏', post: null, departmentId: 'd-dev', departmentName: '市企业发展服务局', channels: [{ kind: 'mobilePhone', value: '0391-3561234', personal: true }] },
      { role: 'responsibleLeader', person: '李明', post: '副局长', departmentId: 'd-ind', departmentName: '市工业和信息化局', channels: [{ kind: 'officePhone', value: '0391-3560001', personal: true }] },
      { role: 'serviceDesk', person: null, post: null, departmentId: 'd-ind', departmentName: '市工业和信息化局', channels: [{ kind: 'consultationPhone', value: '0391-3568888', personal: false }] },
      { role: 'responsibleLeader', person: '孙丽', post: '局长', departmentId: 'd-dev', departmentName: '市企业发展服务局', channels: [] },
      { role: 'serviceDesk', person: null, post: null, departmentId: 'd-dev', departmentName: '市企业发展服务局', channels: [{ kind: 'consultationPhone', value: '0391-3567777', personal: false }, { kind: 'hotline', value: '0391-12345', personal: false }] },
    ]);
    expect(mach?.gaps).toEqual([]);
    expect(mach?.issuedOn).toBe('2026-03-01');
  });

  it('001: masks personal data by default — names, personal phones and e-mail — and keeps posts, departments and public numbers', () => {
    const [auto, mach] = unwrap(contactCards(data, '2026-03-01'));
    const text = JSON.stringify([auto, mach]);
    for (const secret of ['王强', '赵敏', '李明', '孙丽', '13800138000', 'wang@example.cn', '0391-3561234', '0391-3560001']) expect(text).not.toContain(secret);
    for (const kept of ['副局长', '局长', '市工业和信息化局', '0391-3568888', '0391-12345']) expect(text).toContain(kept);
    expect(mach?.lines[0]).toMatchObject({ role: 'contactLeader', person: '＊＊＊', channels: [{ kind: 'mobilePhone', value: '＊＊＊', personal: true }, { kind: 'emailAddress', value: '＊＊＊', personal: true }] });
  });

  it('001: a key enterprise without a contact leader (每个重点服务企业都要有一名…联系人) has the gap on its card; an ended pairing does not count', () => {
    const [auto] = unwrap(contactCards(data, '2026-03-01'));
    expect(auto?.lines.map((l) => l.role)).toEqual(['liaison', 'responsibleLeader', 'serviceDesk']);
    expect(auto?.gaps.map((g) => g.code)).toEqual(['noContactLeader']);
    expect(auto?.gaps[0]?.text.zh).toContain('原则上每个重点服务企业都要有一名市领导或职能部门领导作为联系人');
    // In 2025, the old contact leader was paired with it.
    expect(unwrap(contactCards(data, '2025-06-01'))[0]?.lines[0]).toMatchObject({ role: 'contactLeader', departmentId: 'd-ind' });
  });

  it('001: level "city" gives the city’s key enterprises only; everyCard adds the office that runs the 政企快线', () => {
    expect(unwrap(contactCards(data, '2026-03-01', { level: 'city' })).map((c) => c.enterpriseId)).toEqual(['e-mach']);
    const [auto] = unwrap(contactCards(data, '2026-03-01', { everyCard: ['d-dev', 'd-ind'] }));
    expect(auto?.lines.map((l) => `${l.role}:${l.departmentId}`)).toEqual(['liaison:d-dev', 'responsibleLeader:d-dev', 'serviceDesk:d-dev', 'responsibleLeader:d-ind', 'serviceDesk:d-ind']);
  });

  it('lists what it cannot show: an unknown adviser, a department without a contact entry', () => {
    const more: ContactCardData = { ...data, pairings: [...data.pairings, pairing('p9', 'a-ghost', 'e-auto')] };
    const [auto] = unwrap(contactCards(more, '2026-03-01', { everyCard: ['d-tax'] }));
    expect(auto?.gaps.map((g) => [g.code, g.id])).toEqual([['unknownAdviser', 'a-ghost'], ['noContactLeader', null], ['noDepartmentContact', 'd-tax']]);
  });

  it('refuses a bad date, a bad level and bad or repeated contact entries, with the path; never changes its arguments', () => {
    expect(contactCards(data, '2026-02-30')).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['asOf'] } });
    expect(contactCards(data, '2026-03-01', { level: 'province' as 'city' })).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'level'] } });
    const twice = { ...data, departments: [...data.departments, data.departments[0] as (typeof data.departments)[number]] };
    expect(contactCards(twice, '2026-03-01')).toMatchObject({ ok: false, error: { code: 'DUPLICATE_ID', path: ['data', 'departments', 2, 'departmentId'] } });
    const noPost = { ...data, departments: [{ departmentId: 'd', departmentName: 'X', responsibleLeader: { name: '某' } }] } as unknown as ContactCardData;
    expect(contactCards(noPost, '2026-03-01')).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', path: ['data', 'departments', 0, 'responsibleLeader', 'post'] } });
    const copy = JSON.parse(JSON.stringify(data)) as unknown;
    unwrap(contactCards(data, '2026-03-01', { showPersonalData: true }));
    expect(data).toEqual(copy);
  });

  it('labels: roles carry the adviser kinds’ labels, and the channels their own', () => {
    expect(ContactCardRole.labels.liaison).toEqual({ zh: '企业联络员', en: 'Enterprise liaison' });
    expect(ContactChannel.labels.hotline.zh).toBe('政企快线');
    expect(DepartmentContactSchema.safeParse({ ...data.departments[0], fax: '1' }).success).toBe(false);
  });
});
