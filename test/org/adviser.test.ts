import { describe, expect, it } from 'vitest';
import { parse, safeParse } from '../../src/index.js';
import {
  AdviserKind,
  ExperienceBasis,
  GovernmentLevel,
  AdviserSchema,
  GridTeamSchema,
  type Adviser,
} from '../../src/org/index.js';

const adviser = {
  id: 'a1',
  name: '王五',
  kind: 'bureauAdviser',
  level: 'county',
  departmentId: 'd-market',
  expertise: ['financing', 'brandBuilding'],
  experience: { basis: ['studied', 'managed'], notes: '曾任市场科科长' },
  contact: { phone: '0319-2222222' },
};

describe('advisers and cadres', () => {
  it('000: advisers sit at city, county or grassroots level', () => {
    expect(GovernmentLevel.schema.options).toEqual(['city', 'county', 'grassroots']);
    expect(GovernmentLevel.labels.city.zh).toBe('市级');
    expect(GovernmentLevel.labels.grassroots.zh).toContain('基层');
    for (const level of GovernmentLevel.schema.options) expect(parse(AdviserSchema, { ...adviser, level }).level).toBe(level);
  });

  it('000–003: the kinds are bureau adviser, liaison, enterprise assistant, seconded cadre, contact leader and grid-team member', () => {
    expect(AdviserKind.schema.options).toEqual([
      'bureauAdviser',
      'liaison',
      'enterpriseAssistant',
      'secondedCadre',
      'contactLeader',
      'gridTeamMember',
    ]);
    expect(AdviserKind.labels.bureauAdviser.zh).toBe('工商顾问');
    expect(AdviserKind.labels.liaison.zh).toBe('企业联络员');
    expect(AdviserKind.labels.enterpriseAssistant.zh).toBe('企业助理');
    expect(AdviserKind.labels.secondedCadre.zh).toBe('驻企挂职干部');
    expect(AdviserKind.labels.contactLeader.zh).toBe('联系领导');
    expect(AdviserKind.labels.gridTeamMember.zh).toBe('网格走访小组成员');
  });

  it('002: experience fit is "studied it, managed it, done it"', () => {
    expect(Object.values(ExperienceBasis.labels).map((l) => l.zh)).toEqual(['学过', '管过', '干过']);
    expect(parse(AdviserSchema, adviser).experience?.basis).toEqual(['studied', 'managed']);
  });

  it('parses an adviser; expertise defaults to none', () => {
    expect(parse(AdviserSchema, adviser)).toEqual(adviser);
    expect(parse(AdviserSchema, { id: 'a2', name: '李四', kind: 'liaison', level: 'city' })).toEqual({
      id: 'a2',
      name: '李四',
      kind: 'liaison',
      level: 'city',
      expertise: [],
    });
  });

  it('survives a JSON round trip and does not mutate its input', () => {
    const input = structuredClone(adviser);
    const a: Adviser = parse(AdviserSchema, input);
    expect(input).toEqual(adviser);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(parse(AdviserSchema, JSON.parse(JSON.stringify(a)))).toEqual(a);
  });

  it('an unknown kind is INVALID_INPUT with the path ["kind"] and both messages', () => {
    const r = safeParse(AdviserSchema, { ...adviser, kind: 'advisor' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT', path: ['kind'], value: 'advisor' });
    expect(r.error.message.length).toBeGreaterThan(0);
    expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a bad experience basis is reported at its path', () => {
    const r = safeParse(AdviserSchema, { ...adviser, experience: { basis: ['heard'] } });
    expect(r.ok ? null : r.error.path).toEqual(['experience', 'basis', 0]);
  });
});

describe('grid visit teams', () => {
  it('002: Haining formed 144 grid teams over 28 grids', () => {
    const teams = Array.from({ length: 144 }, (_, i) => parse(GridTeamSchema, { id: `t${i}`, gridId: `g${(i % 28) + 1}`, memberIds: [`a${i}`] }));
    expect(new Set(teams.map((t) => t.gridId)).size).toBe(28);
    expect(JSON.parse(JSON.stringify(teams))).toEqual(teams);
  });

  it('a team needs its grid', () => {
    const r = safeParse(GridTeamSchema, { id: 't1' });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['gridId']]);
    expect(parse(GridTeamSchema, { id: 't1', gridId: 'g1' }).memberIds).toEqual([]);
  });
});
