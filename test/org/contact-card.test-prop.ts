import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { contactCards, type ContactCardData } from '../../src/org/index.js';
import { arbPairing } from '../../src/testing/index.js';

const enterpriseIds = ['e1', 'e2', 'e3', 'e4'] as const;
const adviserIds = ['a1', 'a2', 'a3'] as const;
const names: Readonly<Record<string, string>> = { a1: '王强', a2: '赵敏', a3: '钱进', 'd-ind': '李明', 'd-dev': '孙丽' };
const dataArb: fc.Arbitrary<ContactCardData> = fc.record({
  enterprises: fc.uniqueArray(fc.record({ id: fc.constantFrom(...enterpriseIds), keyLevel: fc.constantFrom('city' as const, 'county' as const, 'none' as const) }), { selector: (e) => e.id, maxLength: 4 }),
  pairings: fc.array(arbPairing({ adviserIds: [...adviserIds], enterpriseIds: [...enterpriseIds], parkIds: ['park1'], from: '2025-06-01', to: '2026-12-31' }), { maxLength: 8 }),
  advisers: fc.tuple(...adviserIds.map((id) => fc.record({ id: fc.constant(id), name: fc.constant(names[id] as string), kind: fc.constantFrom('contactLeader' as const, 'liaison' as const, 'secondedCadre' as const), departmentId: fc.constantFrom('d-ind', 'd-dev'), contact: fc.constant({ phone: `1390000000${id.slice(1)}` }) }))),
  departments: fc.constant([
    { departmentId: 'd-ind', departmentName: '市工业和信息化局', responsibleLeader: { name: '李明', post: '副局长', phone: '0391-3560001' }, consultationPhone: '0391-3568888' },
    { departmentId: 'd-dev', departmentName: '市企业发展服务局', responsibleLeader: { name: '孙丽', post: '局长', email: 'sun@example.cn' } },
  ]),
});

describe('laws of contact cards (联系卡, 001)', () => {
  test.prop([dataArb])('a masked card holds no name, personal phone or e-mail of anyone', (data) => {
    const text = JSON.stringify(unwrap(contactCards(data, '2026-03-01')));
    for (const secret of [...Object.values(names), '13900000001', '13900000002', '13900000003', '0391-3560001', 'sun@example.cn']) expect(text).not.toContain(secret);
  });

  test.prop([dataArb])('showing personal data changes only the personal values: the same cards, lines, roles, posts, departments and public numbers', (data) => {
    const masked = unwrap(contactCards(data, '2026-03-01'));
    const shown = unwrap(contactCards(data, '2026-03-01', { showPersonalData: true }));
    const strip = (cards: typeof masked) => cards.map((c) => ({ ...c, lines: c.lines.map((l) => ({ ...l, person: l.person === null ? null : '·', channels: l.channels.map((ch) => (ch.personal ? { ...ch, value: '·' } : ch)) })) }));
    expect(strip(shown)).toEqual(strip(masked));
  });

  test.prop([dataArb])('one card per key enterprise, by id; every person on a card is paired with it on the date', (data) => {
    const cards = unwrap(contactCards(data, '2026-03-01'));
    expect(cards.map((c) => c.enterpriseId)).toEqual(data.enterprises.filter((e) => e.keyLevel !== 'none').map((e) => e.id).sort());
    const shown = unwrap(contactCards(data, '2026-03-01', { showPersonalData: true }));
    for (const card of shown) {
      const paired = new Set(data.pairings.filter((p) => p.enterpriseId === card.enterpriseId && p.since <= '2026-03-01' && (p.until === null || p.until >= '2026-03-01')).map((p) => names[p.adviserId]));
      for (const l of card.lines) if (l.role !== 'responsibleLeader' && l.role !== 'serviceDesk') expect(paired.has(l.person as string)).toBe(true);
      expect(card.gaps.some((g) => g.code === 'noContactLeader')).toBe(!card.lines.some((l) => l.role === 'contactLeader'));
    }
  });
});
