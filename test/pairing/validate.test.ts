import { describe, expect, it } from 'vitest';
import { errorCodes, parse, unwrap } from '../../src/index.js';
import { isKeyEnterprise, KeyEnterpriseLevel } from '../../src/enterprise/index.js';
import { type AdviserKind, type GovernmentLevel } from '../../src/org/index.js';
import {
  defaultPairingPolicy,
  isPairingActive,
  PairingPolicySchema,
  PairingSchema,
  validatePairings,
  type Pairing,
  type PairingAdviser,
  type PairingAudit,
  type PairingEnterprise,
  type PairingViolation,
  type QuotaIssue,
  type ValidatePairingsOptions,
} from '../../src/pairing/index.js';
import { actors, assigned, run } from '../issue/fixtures.js';

const adv = (id: string, kind: AdviserKind, level: GovernmentLevel = 'city'): PairingAdviser => ({ id, kind, level });
const ent = (id: string, keyLevel: KeyEnterpriseLevel = 'none'): PairingEnterprise => ({ id, keyLevel });
const pair = (id: string, adviserId: string, enterpriseId: string, extra: Partial<Pairing> = {}): Pairing =>
  PairingSchema.parse({ id, adviserId, enterpriseId, parkId: null, since: '2026-01-05', until: null, selection: 'appointed', ...extra });
const parkPair = (id: string, adviserId: string, parkId: string, extra: Partial<Pairing> = {}): Pairing =>
  PairingSchema.parse({ id, adviserId, enterpriseId: null, parkId, since: '2026-01-05', until: null, selection: 'appointed', ...extra });
const ents = (prefix: string, n: number, keyLevel: KeyEnterpriseLevel = 'none') => Array.from({ length: n }, (_, i) => ent(`${prefix}${i + 1}`, keyLevel));
const pairsFor = (adviserId: string, enterprises: readonly PairingEnterprise[]) => enterprises.map((e) => pair(`${adviserId}-${e.id}`, adviserId, e.id));

const check = (
  advisers: readonly PairingAdviser[],
  enterprises: readonly PairingEnterprise[],
  pairings: readonly Pairing[],
  options: ValidatePairingsOptions = {},
  policy = defaultPairingPolicy,
): readonly PairingViolation[] => unwrap(validatePairings(advisers, enterprises, pairings, policy, options)).violations;
const codes = (vs: readonly PairingViolation[]) => vs.map((v) => v.code);

describe('000: each bureau adviser pairs with one industrial park or 3–5 key enterprises', () => {
  const a = adv('a1', 'bureauAdviser', 'county');
  it('accepts 3, 4 or 5 enterprises, or one park', () => {
    for (const n of [3, 4, 5]) {
      const es = ents('e', n);
      expect(check([a], es, pairsFor('a1', es))).toEqual([]);
    }
    expect(check([a], [], [parkPair('p1', 'a1', 'park1')])).toEqual([]);
  });

  it('reports fewer than 3 enterprises, or none, as under capacity', () => {
    for (const n of [0, 1, 2]) {
      const es = ents('e', n);
      const vs = check([a], es, pairsFor('a1', es));
      expect(codes(vs)).toEqual(['PAIRING_UNDER_CAPACITY']);
      expect(vs[0]).toMatchObject({ adviserIds: ['a1'], enterpriseIds: es.map((e) => e.id), path: ['advisers', 0] });
      expect(vs[0]?.source).toMatch(/^000/);
    }
  });

  it('reports 6 enterprises, two parks, or a park and enterprises as over capacity', () => {
    const six = ents('e', 6);
    expect(codes(check([a], six, pairsFor('a1', six)))).toEqual(['PAIRING_OVER_CAPACITY']);
    expect(codes(check([a], [], [parkPair('p1', 'a1', 'park1'), parkPair('p2', 'a1', 'park2')]))).toEqual(['PAIRING_OVER_CAPACITY']);
    const three = ents('e', 3);
    const vs = check([a], three, [parkPair('p0', 'a1', 'park1'), ...pairsFor('a1', three)]);
    expect(codes(vs)).toEqual(['PAIRING_OVER_CAPACITY']);
    expect(vs[0]?.message).toBe('Adviser "a1" (bureau adviser) is paired with 3 enterprises and 1 park; the rule allows one park or 3–5 enterprises.');
    expect(vs[0]?.messageZh).toBe('包联人员“a1”（工商顾问）联系企业 3 家、园区 1 个，超出规则要求：一个园区或3—5家企业。');
  });
});

describe('003: senior and seconded cadres pair 1:1; county and department leaders contact 1–2 enterprises', () => {
  it('003: 426 cadres paired 1:1 with 426 enterprises is valid', () => {
    const advisers = Array.from({ length: 426 }, (_, i) => adv(`c${i}`, 'secondedCadre'));
    const enterprises = ents('e', 426);
    const pairings = advisers.map((a, i) => pair(`p${i}`, a.id, `e${i + 1}`));
    expect(check(advisers, enterprises, pairings)).toEqual([]);
  });

  it('003: a seconded cadre with two enterprises is over capacity; with none, under', () => {
    const es = ents('e', 2);
    expect(codes(check([adv('c1', 'secondedCadre')], es, pairsFor('c1', es)))).toEqual(['PAIRING_OVER_CAPACITY']);
    expect(codes(check([adv('c1', 'secondedCadre')], es, []))).toEqual(['PAIRING_UNDER_CAPACITY']);
  });

  it('003: an enterprise with two seconded cadres breaks 1:1 from the enterprise side', () => {
    const vs = check([adv('c1', 'secondedCadre'), adv('c2', 'secondedCadre')], [ent('e1')], [pair('p1', 'c1', 'e1'), pair('p2', 'c2', 'e1')]);
    expect(codes(vs)).toEqual(['PAIRING_ENTERPRISE_OVER_CAPACITY']);
    expect(vs[0]).toMatchObject({ adviserIds: ['c1', 'c2'], enterpriseIds: ['e1'], path: ['enterprises', 0] });
    expect(vs[0]?.source).toMatch(/^003/);
  });

  it('003: a contact leader contacts 1 or 2 enterprises, not 3, not none, and no park', () => {
    const leader = adv('l1', 'contactLeader', 'county');
    for (const n of [1, 2]) {
      const es = ents('e', n);
      expect(check([leader], es, pairsFor('l1', es))).toEqual([]);
    }
    const three = ents('e', 3);
    expect(codes(check([leader], three, pairsFor('l1', three)))).toEqual(['PAIRING_OVER_CAPACITY']);
    expect(codes(check([leader], [], []))).toEqual(['PAIRING_UNDER_CAPACITY']);
    expect(codes(check([leader], [ent('e1')], [pair('p1', 'l1', 'e1'), parkPair('p2', 'l1', 'park1')]))).toEqual(['PAIRING_OVER_CAPACITY']);
  });

  it('liaisons and grid-team members have no figure in the sources: any load is fine', () => {
    const es = ents('e', 40);
    expect(check([adv('x', 'liaison'), adv('g', 'gridTeamMember')], es, [...pairsFor('x', es), ...pairsFor('g', es)])).toEqual([]);
    expect(check([adv('x', 'liaison'), adv('g', 'gridTeamMember')], [], [])).toEqual([]);
  });
});

describe('001: every key enterprise has a city leader or department leader as its contact', () => {
  it('001: a key enterprise without any contact leader is reported; a non-key one is not', () => {
    const vs = check([], [ent('e1', 'county'), ent('e2'), ent('e3', 'city')], []);
    expect(codes(vs)).toEqual(['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER', 'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER']);
    expect(vs.map((v) => v.enterpriseIds)).toEqual([['e1'], ['e3']]);
    expect(vs[1]?.message).toBe('City key enterprise "e3" has 0 of the 1 contact it needs: contact leader at city level.');
    expect(vs[1]?.messageZh).toBe('市级重点服务企业“e3”须有市级联系领导 1 名作为联系人，现有 0 名。');
    expect(vs[0]?.source).toMatch(/^001/);
  });

  it('001: other kinds of adviser do not count as contact leaders', () => {
    const es = ents('e', 3, 'county');
    expect(codes(check([adv('a1', 'bureauAdviser')], es, pairsFor('a1', es)))).toEqual(Array(3).fill('KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER'));
  });

  it('001: a city key enterprise needs a city-level contact; a county key enterprise takes a city or county one', () => {
    const county = adv('l1', 'contactLeader', 'county');
    const city = adv('l2', 'contactLeader', 'city');
    expect(check([county], [ent('e1', 'county')], [pair('p1', 'l1', 'e1')])).toEqual([]);
    expect(check([city], [ent('e1', 'county')], [pair('p1', 'l2', 'e1')])).toEqual([]);
    expect(check([city], [ent('e1', 'city')], [pair('p1', 'l2', 'e1')])).toEqual([]);
    const vs = check([county], [ent('e1', 'city')], [pair('p1', 'l1', 'e1')]);
    expect(codes(vs)).toEqual(['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER']);
    expect(vs[0]?.adviserIds).toEqual(['l1']);
    expect(vs[0]?.messageZh).toContain('“l1”层级不符');
  });

  it('001: a city key enterprise is a county key enterprise too — one keyLevel cannot contradict it, so the rule is applied, not checked', () => {
    // The data model holds one key level per enterprise, and 'city' implies 'county'.
    expect(KeyEnterpriseLevel.schema.options).toEqual(['none', 'county', 'city']);
    for (const keyLevel of KeyEnterpriseLevel.schema.options) {
      if (isKeyEnterprise({ keyLevel }, 'city')) expect(isKeyEnterprise({ keyLevel }, 'county')).toBe(true);
    }
    // So there is no violation code for it, and the contact rule binds city key enterprises as key enterprises.
    expect(Object.keys(errorCodes).filter((c) => c.includes('COUNTY_KEY'))).toEqual([]);
    expect(codes(check([], [ent('e1', 'city')], []))).toEqual(['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER']);
  });

  it('a policy may ask for two contacts, or none', () => {
    const two = parse(PairingPolicySchema, { keyEnterpriseContact: { min: 2 } });
    const l = adv('l1', 'contactLeader');
    expect(codes(check([l], [ent('e1', 'city')], [pair('p1', 'l1', 'e1')], {}, two))).toEqual(['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER']);
    const off = parse(PairingPolicySchema, { keyEnterpriseContact: { min: 0 } });
    expect(check([], [ent('e1', 'city')], [], {}, off)).toEqual([]);
  });
});

describe('references, duplicates and periods', () => {
  const l = adv('l1', 'contactLeader');
  it('reports unknown advisers, enterprises and (when parks are given) parks, and otherwise ignores those pairings', () => {
    const vs = check([l], [ent('e1')], [pair('p1', 'l1', 'e1'), pair('p2', 'ghost', 'e1'), pair('p3', 'l1', 'nowhere'), parkPair('p4', 'l1', 'park9')], {
      parks: [{ id: 'park1' }],
    });
    expect(vs.map((v) => [v.code, v.path])).toEqual([
      ['PAIRING_UNKNOWN_ADVISER', ['pairings', 1, 'adviserId']],
      ['PAIRING_UNKNOWN_ENTERPRISE', ['pairings', 2, 'enterpriseId']],
      ['PAIRING_UNKNOWN_PARK', ['pairings', 3, 'parkId']],
    ]);
    // Without parks, a park id is not checked (and a contact leader may not pair a park).
    expect(codes(check([l], [ent('e1')], [pair('p1', 'l1', 'e1'), parkPair('p4', 'l1', 'park9')]))).toEqual(['PAIRING_OVER_CAPACITY']);
  });

  it('reports a second simultaneous pairing of the same adviser and enterprise once, and counts the enterprise once', () => {
    const vs = check([l], [ent('e1')], [pair('p1', 'l1', 'e1'), pair('p2', 'l1', 'e1', { selection: 'twoWaySelection' })]);
    expect(vs).toEqual([
      {
        code: 'PAIRING_DUPLICATE',
        adviserIds: ['l1'],
        enterpriseIds: ['e1'],
        pairingIds: ['p2', 'p1'],
        message: 'Adviser "l1" is paired with enterprise "e1" twice at the same time: pairings "p1" and "p2".',
        messageZh: '包联人员“l1”同时重复包联企业“e1”：包联关系“p1”与“p2”。',
        path: ['pairings', 1],
      },
    ]);
  });

  it('without asOf, the same pairing again at another time is no duplicate and counts once', () => {
    const ps = [pair('p1', 'l1', 'e1', { until: '2026-06-30' }), pair('p2', 'l1', 'e1', { since: '2026-07-01' })];
    expect(check([l], [ent('e1')], ps)).toEqual([]);
    expect(codes(check([l], [ent('e1')], [ps[0] as Pairing, pair('p3', 'l1', 'e1', { since: '2026-06-30' })]))).toEqual(['PAIRING_DUPLICATE']);
  });

  it('reports ids used twice (the first counts)', () => {
    const vs = check([l, adv('l1', 'liaison')], [ent('e1'), ent('e1', 'city')], [pair('p1', 'l1', 'e1', { until: '2026-12-31' }), pair('p1', 'l1', 'e1', { since: '2027-01-01' })]);
    expect(vs.map((v) => [v.code, v.path])).toEqual([
      ['DUPLICATE_ID', ['advisers', 1, 'id']],
      ['DUPLICATE_ID', ['enterprises', 1, 'id']],
      ['DUPLICATE_ID', ['pairings', 1, 'id']],
    ]);
  });

  it('reports a pairing that ends before it begins, and does not count it', () => {
    const vs = check([l], [ent('e1')], [pair('p1', 'l1', 'e1', { since: '2026-03-01', until: '2026-02-01' })]);
    expect(codes(vs)).toEqual(['PAIRING_INVALID_PERIOD', 'PAIRING_UNDER_CAPACITY']);
    expect(vs[0]?.messageZh).toBe('包联关系“p1”的结束日期 2026-02-01 早于开始日期 2026-03-01。');
  });
});

describe('asOf: only pairings active on the date count', () => {
  const l = adv('l1', 'contactLeader');
  const es = [ent('e1', 'city'), ent('e2'), ent('e3')];
  const ps = [
    pair('p1', 'l1', 'e1', { since: '2026-01-01', until: '2026-06-30' }),
    pair('p2', 'l1', 'e2', { since: '2026-03-01' }),
    pair('p3', 'l1', 'e3', { since: '2026-07-01' }),
    pair('p4', 'ghost', 'e1', { since: '2027-01-01' }),
  ];
  it('counts those active on the date and ignores the rest entirely', () => {
    expect(check([l], es, ps, { asOf: '2026-04-01' })).toEqual([]);
    expect(codes(check([l], es, ps, { asOf: '2026-07-01' }))).toEqual(['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER']);
    expect(codes(check([l], es, ps, { asOf: '2025-12-31' }))).toEqual(['PAIRING_UNDER_CAPACITY', 'KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER']);
    expect(codes(check([l], es, ps))).toEqual(['PAIRING_UNKNOWN_ADVISER', 'PAIRING_OVER_CAPACITY']);
  });

  it('isPairingActive includes the first and the last day', () => {
    const p = { since: '2026-01-01', until: '2026-06-30' };
    expect(['2025-12-31', '2026-01-01', '2026-06-30', '2026-07-01'].map((d) => isPairingActive(p, d))).toEqual([false, true, true, false]);
  });

  it('Part 8 / issue 13: a bad asOf or quota period is a Result error naming the option, never a throw', () => {
    const run = (options: ValidatePairingsOptions) => validatePairings([], [], [], defaultPairingPolicy, options);
    expect(run({ asOf: '2026-02-30' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['options', 'asOf'], value: '2026-02-30' } });
    expect(run({ asOf: '' })).toMatchObject({ ok: false, error: { code: 'INVALID_DATE', path: ['options', 'asOf'] } });
    expect(run({ quotaPeriod: { from: '2026-13-01', to: '2026-12-31' } })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE', path: ['options', 'quotaPeriod', 'from'], messageZh: expect.stringContaining('options.quotaPeriod.from') },
    });
    const reversed = run({ quotaPeriod: { from: '2026-12-31', to: '2026-01-01' } });
    expect(reversed).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', path: ['options', 'quotaPeriod'] } });
    expect(reversed.ok ? '' : reversed.error.message).toMatch(/options.quotaPeriod must not end/);
  });

  it('Part 8 / issue 13: the audit says in its type whether the pairings are valid', () => {
    const valid: PairingAudit = unwrap(validatePairings([l], es, ps, defaultPairingPolicy, { asOf: '2026-04-01' }));
    expect(valid).toEqual({ valid: true, violations: [] });
    const invalid = unwrap(validatePairings([l], es, ps, defaultPairingPolicy, { asOf: '2026-07-01' }));
    expect(invalid.valid).toBe(false);
    if (!invalid.valid) expect(invalid.violations[0].code).toBe('KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER'); // no `?.`: at least one
  });
});

describe('003: each contact cadre solves at least 2 real problems a year for its enterprise', () => {
  const year = { from: '2026-01-01', to: '2026-12-31' } as const;
  const solved = (enterpriseId: string, on: string, extra: Partial<QuotaIssue> = {}): QuotaIssue => ({
    enterpriseId,
    state: 'closed',
    answer: { outcome: 'resolved', on },
    closedAt: `${on}T10:00:00+08:00`,
    ...extra,
  });
  const l = adv('l1', 'contactLeader');
  const e = [ent('e1', 'city')];
  const ps = [pair('p1', 'l1', 'e1', { since: '2025-06-01' })];

  it('003: two problems solved in the year meet the quota; one does not', () => {
    expect(check([l], e, ps, { quotaPeriod: year, issues: [solved('e1', '2026-03-02'), solved('e1', '2026-11-20')] })).toEqual([]);
    const vs = check([l], e, ps, { quotaPeriod: year, issues: [solved('e1', '2026-03-02'), solved('e2', '2026-04-01')] });
    expect(vs).toEqual([
      {
        code: 'PROBLEM_QUOTA_UNMET',
        adviserIds: ['l1'],
        enterpriseIds: ['e1'],
        pairingIds: ['p1'],
        message: 'Contact leader "l1" solved 1 problem for enterprise "e1" from 2026-01-01 to 2026-12-31; the quota is 2 a year.',
        messageZh: '联系领导“l1”在 2026-01-01 至 2026-12-31 为企业“e1”解决实际问题 1 件，少于每年 2 件。',
        path: ['pairings', 0],
        source: defaultPairingPolicy.problemQuota.source,
      },
    ]);
  });

  it('003: only resolved problems that are answered, confirmed or closed count, dated by the China date of closing', () => {
    const issues: QuotaIssue[] = [
      solved('e1', '2026-05-01', { answer: { outcome: 'explained', on: '2026-05-01' } }),
      solved('e1', '2026-05-02', { state: 'reopened' }),
      solved('e1', '2026-05-03', { state: 'answered', closedAt: null }),
      // closed at 2027-01-01 01:00 in China: outside 2026
      solved('e1', '2026-12-30', { closedAt: '2026-12-31T17:00:00Z' }),
      solved('e1', '2025-12-31'),
    ];
    const vs = check([l], e, ps, { quotaPeriod: year, issues });
    expect(vs[0]?.message).toContain('solved 1 problem ');
  });

  it('003: a pairing that did not last the whole year, and kinds the quota does not bind, are not held to it', () => {
    expect(check([l], e, [pair('p1', 'l1', 'e1', { since: '2026-04-01' })], { quotaPeriod: year, issues: [] })).toEqual([]);
    expect(check([l], e, [pair('p1', 'l1', 'e1', { since: '2025-01-01', until: '2026-11-30' })], { quotaPeriod: year })).toEqual([]);
    const x = adv('x', 'liaison');
    expect(check([l, x], e, [...ps, pair('p2', 'x', 'e1', { since: '2025-01-01' })], { quotaPeriod: year, issues: [solved('e1', '2026-02-02'), solved('e1', '2026-02-03')] })).toEqual([]);
    expect(codes(check([l], e, ps, { quotaPeriod: year }))).toEqual(['PROBLEM_QUOTA_UNMET']);
    expect(check([l], e, ps)).toEqual([]);
  });

  it('003: every contact of the enterprise is credited with its solved problems; Lishui\'s service year runs from April', () => {
    const c = adv('c1', 'secondedCadre');
    const serviceYear = { from: '2009-04-01', to: '2010-03-31' };
    const both = [pair('p1', 'l1', 'e1', { since: '2009-04-01' }), pair('p2', 'c1', 'e1', { since: '2009-04-01' })];
    expect(check([l, c], e, both, { quotaPeriod: serviceYear, issues: [solved('e1', '2009-06-01'), solved('e1', '2010-03-31')] })).toEqual([]);
    expect(codes(check([l, c], e, both, { quotaPeriod: serviceYear, issues: [solved('e1', '2009-06-01'), solved('e1', '2010-04-01')] }))).toEqual([
      'PROBLEM_QUOTA_UNMET',
      'PROBLEM_QUOTA_UNMET',
    ]);
  });

  it('counts real issues closed through the lifecycle', () => {
    const closed = (issueId: string) =>
      run(
        run(assigned({ issueId, enterpriseId: 'e1', date: '2026-06-01' }), [{ type: 'answer', outcome: 'resolved', summary: '已协调解决', mode: 'writtenReply', actor: actors.handler }], {
          date: '2026-06-03',
        }),
        [
          { type: 'giveFeedback', level: 'satisfied', actor: actors.enterprise },
          { type: 'close', actor: actors.office },
        ],
        { date: '2026-06-04' },
      );
    const issues = [closed('i1'), closed('i2')];
    expect(issues.map((i) => i.state)).toEqual(['closed', 'closed']);
    expect(check([l], e, ps, { quotaPeriod: year, issues })).toEqual([]);
    expect(codes(check([l], e, ps, { quotaPeriod: year, issues: issues.slice(1) }))).toEqual(['PROBLEM_QUOTA_UNMET']);
  });
});

describe('the report', () => {
  it('lists every violation in a deterministic order, as plain JSON, with both languages', () => {
    const advisers = [adv('b1', 'bureauAdviser'), adv('l1', 'contactLeader', 'county'), adv('c1', 'secondedCadre'), adv('c2', 'secondedCadre')];
    const enterprises = [ent('e1', 'city'), ent('e2', 'county'), ent('e3')];
    const pairings = [pair('p1', 'b1', 'e1'), pair('p2', 'l1', 'e1'), pair('p3', 'c1', 'e3'), pair('p4', 'c2', 'e3'), pair('p5', 'x', 'e2'), pair('p6', 'l1', 'e1')];
    const vs = check(advisers, enterprises, pairings);
    expect(vs.map((v) => [v.code, v.path])).toEqual([
      ['PAIRING_UNKNOWN_ADVISER', ['pairings', 4, 'adviserId']],
      ['PAIRING_DUPLICATE', ['pairings', 5]],
      ['PAIRING_UNDER_CAPACITY', ['advisers', 0]],
      ['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER', ['enterprises', 0]],
      ['KEY_ENTERPRISE_WITHOUT_CONTACT_LEADER', ['enterprises', 1]],
      ['PAIRING_ENTERPRISE_OVER_CAPACITY', ['enterprises', 2]],
    ]);
    expect(JSON.parse(JSON.stringify(vs))).toEqual(vs);
    for (const v of vs) {
      expect(Object.hasOwn(errorCodes, v.code)).toBe(true);
      expect(v.messageZh).toMatch(/[\u4e00-\u9fff]/);
      expect(v.message).toMatch(/^[\x20-\x7e–]+$/);
    }
    expect(check(advisers, enterprises, pairings)).toEqual(vs);
  });

  it('checks a province at once: 100,000 enterprises and their pairings, no finding (its time budget is in npm run bench -- volumes)', () => {
    const n = 100_000;
    const enterprises = Array.from({ length: n }, (_, i) => ent(`e${i}`, i % 10 === 0 ? 'city' : i % 4 === 0 ? 'county' : 'none'));
    const advisers: PairingAdviser[] = [];
    const pairings: Pairing[] = [];
    for (let i = 0; i < n; i += 2) {
      advisers.push(adv(`l${i}`, 'contactLeader'));
      pairings.push(pair(`p${i}`, `l${i}`, `e${i}`), pair(`p${i + 1}`, `l${i}`, `e${i + 1}`));
    }
    for (let i = 0; i < n; i += 4) {
      advisers.push(adv(`b${i}`, 'bureauAdviser', 'county'));
      for (let k = 0; k < 4; k++) pairings.push(pair(`q${i + k}`, `b${i}`, `e${i + k}`));
    }
    const issues = enterprises.flatMap((e) => [0, 1].map((): QuotaIssue => ({ enterpriseId: e.id, state: 'closed', answer: { outcome: 'resolved', on: '2026-05-01' }, closedAt: '2026-05-02T10:00:00+08:00' })));
    const options = { asOf: '2026-06-01', quotaPeriod: { from: '2026-01-05', to: '2026-12-31' }, issues };
    expect(validatePairings(advisers, enterprises, pairings, defaultPairingPolicy, options)).toEqual({ ok: true, value: { valid: true, violations: [] } });
  }, 30_000);
});
