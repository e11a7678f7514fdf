import { describe, expectTypeOf, it } from 'vitest';
import type { AdviserKind, GovernmentLevel, Official, OfficialRole } from '../../src/org/index.js';
import { gridTeamStaffOwed, type Department, type GridStaffDecision } from '../../src/org/index.js';
import { unwrap, type Result } from '../../src/index.js';

describe('org types', () => {
  it('a deputy mayor in charge must have a portfolio; other roles need none', () => {
    const deputy: Official = { id: 'o1', name: '丙', role: 'deputyMayorInCharge', portfolio: ['financing'] };
    const mayor: Official = { id: 'o2', name: '甲', role: 'mayor' };
    expectTypeOf(deputy).toExtend<Official>();
    expectTypeOf(mayor).toExtend<Official>();
    // @ts-expect-error a deputy mayor in charge without a portfolio does not compile
    const missing: Official = { id: 'o3', name: '乙', role: 'deputyMayorInCharge' };
    void missing;
  });

  it('narrowing on the role gives the portfolio as a list', () => {
    const o = {} as Official;
    if (o.role === 'deputyMayorInCharge') expectTypeOf(o.portfolio).toEqualTypeOf<string[]>();
    else expectTypeOf(o.portfolio).toEqualTypeOf<string[] | undefined>();
  });

  it('enums are closed unions', () => {
    expectTypeOf<'mayor'>().toExtend<OfficialRole>();
    expectTypeOf<'governor'>().not.toExtend<OfficialRole>();
    expectTypeOf<GovernmentLevel>().toEqualTypeOf<'city' | 'county' | 'grassroots'>();
    expectTypeOf<'secondedCadre'>().toExtend<AdviserKind>();
  });

  it('gridTeamStaffOwed needs a known staff count', () => {
    const d = {} as Department;
    // @ts-expect-error a department whose staff count may be missing must be checked first
    gridTeamStaffOwed(d);
    if (d.staffCount !== undefined) {
      // Part 8: a Result, since the staff count and the class come from the app
      expectTypeOf(gridTeamStaffOwed({ ...d, staffCount: d.staffCount })).toEqualTypeOf<Result<GridStaffDecision>>();
      expectTypeOf(unwrap(gridTeamStaffOwed({ ...d, staffCount: d.staffCount })).owed).toEqualTypeOf<number>();
    }
  });
});
