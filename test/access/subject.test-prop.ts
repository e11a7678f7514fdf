/**
 * Part 9 (issue 14): the law "a malformed subject is never allowed" over every role, action and
 * jurisdiction case, and every way an attribute can go missing or wrong.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { AccessAction, authorize, defaultAccessPolicy, parseAccessPolicy, type AccessSubject } from '../../src/access/index.js';
import { ActorRole } from '../../src/issue/index.js';
import { citySubject, countySubject, jurisdictionCases } from './fixtures.js';

const allowEverything = parseAccessPolicy({
  id: 'allow-everything',
  name: { zh: '全部允许', en: 'Allow everything' },
  source: 'test',
  rules: [{ id: 'all', effect: 'allow', roles: ActorRole.schema.options, actions: AccessAction.schema.options, scope: 'anywhere', source: 'test' }],
});

/** Ways to spoil a well-formed subject, each with the attribute the refusal must name. */
const spoilers: readonly { readonly attribute: string; readonly spoil: (s: AccessSubject) => unknown }[] = [
  { attribute: 'level', spoil: ({ level: _level, ...rest }) => rest },
  { attribute: 'level', spoil: (s) => ({ ...s, level: undefined }) },
  { attribute: 'level', spoil: (s) => ({ ...s, level: 'grassroots' }) },
  { attribute: 'countyId', spoil: ({ countyId: _c, ...rest }) => ({ ...rest, level: 'county' }) },
  { attribute: 'countyId', spoil: (s) => ({ ...s, level: 'county', countyId: undefined }) },
  { attribute: 'countyId', spoil: (s) => ({ ...s, level: 'county', countyId: null }) },
  { attribute: 'countyId', spoil: (s) => ({ ...s, level: 'city', countyId: 'c1' }) },
  { attribute: 'id', spoil: (s) => ({ ...s, id: '' }) },
  { attribute: 'role', spoil: (s) => ({ ...s, role: 'mayor' }) },
  { attribute: 'departmentId', spoil: (s) => ({ ...s, departmentId: ['d1'] }) },
  { attribute: 'enterpriseId', spoil: (s) => ({ ...s, enterpriseId: 1 }) },
  { attribute: 'pairedEnterpriseIds', spoil: (s) => ({ ...s, pairedEnterpriseIds: 'e1' }) },
];

describe('Part 9 (issue 14): missing or malformed subject attributes fail closed', () => {
  test.prop([
    fc.constantFrom(...ActorRole.schema.options),
    fc.constantFrom(countySubject, citySubject),
    fc.constantFrom(...spoilers),
    fc.constantFrom(...AccessAction.schema.options),
    fc.constantFrom(...jurisdictionCases.map((c) => c.target)),
    fc.constantFrom(defaultAccessPolicy, allowEverything),
  ])('a spoiled subject is never allowed, under any policy, and the refusal names the attribute', (role, make, { attribute, spoil }, action, target, policy) => {
    const d = authorize(spoil(make(role)) as AccessSubject, action, target, policy);
    expect(d.allowed).toBe(false);
    expect(d.allowed || d.reason.en).toContain(attribute);
    expect(d.allowed || d.reason.zh).toContain(attribute);
  });
});
