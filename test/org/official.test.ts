import { describe, expect, it } from 'vitest';
import { parse, safeParse } from '../../src/index.js';
import {
  ExpertKind,
  GoverningBodyKind,
  OfficialRole,
  ExpertSchema,
  GoverningBodySchema,
  OfficialSchema,
  type Official,
} from '../../src/org/index.js';

describe('officials', () => {
  it('001: the mayor, the executive deputy mayor and the deputy mayor in charge coordinate problems', () => {
    expect(OfficialRole.labels.mayor.zh).toBe('市长');
    expect(OfficialRole.labels.executiveDeputyMayor.zh).toBe('常务副市长');
    expect(OfficialRole.labels.deputyMayorInCharge.zh).toBe('分管副市长');
    expect(parse(OfficialSchema, { id: 'o1', name: '市长甲', role: 'mayor' }).role).toBe('mayor');
  });

  it('000: bureau leaders coordinate problems outside the bureau’s functions', () => {
    expect(OfficialRole.labels.bureauLeader.zh).toBe('局领导');
    expect(parse(OfficialSchema, { id: 'o2', name: '局长乙', role: 'bureauLeader', departmentId: 'd-market' }).departmentId).toBe('d-market');
  });

  it('001/003: department heads and county leaders contact enterprises', () => {
    expect(OfficialRole.labels.departmentHead.zh).toBe('部门负责人');
    expect(OfficialRole.labels.countyLeader.zh).toBe('县区领导');
  });

  it('001: a deputy mayor in charge needs a portfolio of category ids', () => {
    const ok = parse(OfficialSchema, { id: 'o3', name: '副市长丙', role: 'deputyMayorInCharge', portfolio: ['productionFactors', 'financing'] });
    expect(ok.portfolio).toEqual(['productionFactors', 'financing']);

    const missing = safeParse(OfficialSchema, { id: 'o3', name: '副市长丙', role: 'deputyMayorInCharge' });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.error).toMatchObject({ code: 'INVALID_INPUT', path: ['portfolio'] });
      expect(missing.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    }

    const empty = safeParse(OfficialSchema, { id: 'o3', name: '副市长丙', role: 'deputyMayorInCharge', portfolio: [] });
    expect(empty.ok).toBe(false);
    if (!empty.ok) {
      expect(empty.error).toMatchObject({ code: 'INVALID_INPUT', path: ['portfolio'], value: [] });
      expect(empty.error.message).toContain('portfolio');
      expect(empty.error.messageZh).toContain('分管领域');
    }
  });

  it('other roles may have a portfolio but need none', () => {
    expect(parse(OfficialSchema, { id: 'o4', name: '常务', role: 'executiveDeputyMayor' })).toEqual({ id: 'o4', name: '常务', role: 'executiveDeputyMayor' });
    expect(parse(OfficialSchema, { id: 'o5', name: '部长', role: 'departmentHead', portfolio: ['financing'] }).portfolio).toEqual(['financing']);
  });

  it('an unknown role is INVALID_INPUT at ["role"]', () => {
    const r = safeParse(OfficialSchema, { id: 'o6', name: '某', role: 'governor' });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['role']]);
  });

  it('officials survive a JSON round trip, contact details included', () => {
    const o: Official = parse(OfficialSchema, {
      id: 'o3',
      name: '副市长丙',
      role: 'deputyMayorInCharge',
      portfolio: ['financing'],
      contact: { phone: '0391-3333333' },
    });
    expect(parse(OfficialSchema, JSON.parse(JSON.stringify(o)))).toEqual(o);
  });
});

describe('governing bodies', () => {
  it('001: a leading group with an office, an executive meeting and a joint meeting', () => {
    expect(GoverningBodyKind.schema.options).toEqual(['leadingGroup', 'leadingGroupOffice', 'efficiencyOffice', 'executiveMeeting', 'jointMeeting']);
    expect(GoverningBodyKind.labels.leadingGroup.zh).toBe('领导小组');
    expect(GoverningBodyKind.labels.leadingGroupOffice.zh).toBe('领导小组办公室');
    expect(GoverningBodyKind.labels.executiveMeeting.zh).toBe('市政府常务会议');
    expect(GoverningBodyKind.labels.jointMeeting.zh).toBe('联席会议');
  });

  it('001: Jiaozuo’s leading group: the mayor chairs, two deputy mayors deputise, 21 member departments', () => {
    const members = Array.from({ length: 21 }, (_, i) => `d${i + 1}`);
    const group = parse(GoverningBodySchema, {
      id: 'lg',
      name: '焦作市服务工业企业长效机制领导小组',
      kind: 'leadingGroup',
      level: 'city',
      chairId: 'mayor',
      deputyChairIds: ['exec-deputy', 'deputy-industry'],
      memberDepartmentIds: members,
    });
    const office = parse(GoverningBodySchema, { id: 'lgo', name: '市服务企业办公室', kind: 'leadingGroupOffice', parentId: 'lg', hostDepartmentId: 'd1' });
    expect(group.memberDepartmentIds).toHaveLength(21);
    expect(office.parentId).toBe(group.id);
    expect(JSON.parse(JSON.stringify([group, office]))).toEqual([group, office]);
  });

  it('003: the efficiency office co-supervises overdue matters', () => {
    expect(GoverningBodyKind.labels.efficiencyOffice.zh).toBe('效能办');
    expect(parse(GoverningBodySchema, { id: 'eo', name: '市效能办', kind: 'efficiencyOffice' })).toEqual({
      id: 'eo',
      name: '市效能办',
      kind: 'efficiencyOffice',
      deputyChairIds: [],
      memberDepartmentIds: [],
    });
  });

  it('an unknown kind is INVALID_INPUT with both messages', () => {
    const r = safeParse(GoverningBodySchema, { id: 'x', name: 'x', kind: 'efficiency' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'INVALID_INPUT', path: ['kind'] });
    expect(r.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('expert team', () => {
  it('002: expert team members are professors, accountants, consultants, lawyers and engineers', () => {
    expect(ExpertKind.schema.options).toEqual(['professor', 'accountant', 'consultant', 'lawyer', 'engineer']);
    expect(Object.values(ExpertKind.labels).map((l) => l.zh)).toEqual(['大学教授', '会计师', '咨询师', '律师', '工程师']);
  });

  it('002: Haining’s team of 15 experts parses and survives JSON', () => {
    const team = Array.from({ length: 15 }, (_, i) =>
      parse(ExpertSchema, { id: `x${i}`, name: `专家${i}`, kind: ExpertKind.schema.options[i % 5], expertise: ['financing'] }),
    );
    expect(team).toHaveLength(15);
    expect(JSON.parse(JSON.stringify(team))).toEqual(team);
  });

  it('an unknown expert kind is INVALID_INPUT', () => {
    const r = safeParse(ExpertSchema, { id: 'x', name: '某', kind: 'astrologer' });
    expect(r.ok ? null : [r.error.code, r.error.path]).toEqual(['INVALID_INPUT', ['kind']]);
  });
});
