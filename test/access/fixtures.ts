/**
 * Fixtures for access: one subject per role with every attribute set (so each jurisdiction can
 * hold), and the targets that tell the jurisdictions apart.
 */
import { ActorRole } from '../../src/issue/index.js';
import { type AccessSubject, type AccessTarget } from '../../src/access/index.js';

/** A county-level subject of a role: county c1, department d1, enterprise e1, paired with e1. */
export function countySubject(role: ActorRole, id = `${role}-1`): AccessSubject {
  return { id, role, level: 'county', countyId: 'c1', departmentId: 'd1', enterpriseId: 'e1', pairedEnterpriseIds: ['e1'] };
}

/** The same subject at city level: no county. */
export function citySubject(role: ActorRole, id = `${role}-1`): AccessSubject {
  return { id, role, level: 'city', departmentId: 'd1', enterpriseId: 'e1', pairedEnterpriseIds: ['e1'] };
}

/**
 * The jurisdiction cases of the matrix, each a subject and a target:
 *
 * - `O` own: the subject's county, enterprise (own and paired) and department (lead);
 * - `C` co-handled: same county, another enterprise, the subject's department only as co-handler;
 * - `S` same county: another enterprise and another department;
 * - `X` other county: another county, enterprise and department, for the county-level subject;
 * - `T` city level: the same far target, for the city-level subject.
 */
export const jurisdictionCases: readonly { readonly key: string; readonly subject: (role: ActorRole) => AccessSubject; readonly target: AccessTarget }[] = [
  { key: 'O', subject: countySubject, target: { countyId: 'c1', enterpriseId: 'e1', departmentId: 'd1', coHandlerIds: [] } },
  { key: 'C', subject: countySubject, target: { countyId: 'c1', enterpriseId: 'e2', departmentId: 'd2', coHandlerIds: ['d1'] } },
  { key: 'S', subject: countySubject, target: { countyId: 'c1', enterpriseId: 'e2', departmentId: 'd2', coHandlerIds: [] } },
  { key: 'X', subject: countySubject, target: { countyId: 'c2', enterpriseId: 'e3', departmentId: 'd3', coHandlerIds: [] } },
  { key: 'T', subject: citySubject, target: { countyId: 'c2', enterpriseId: 'e3', departmentId: 'd3', coHandlerIds: [] } },
];

/** Every role. */
export const roles = ActorRole.schema.options;
