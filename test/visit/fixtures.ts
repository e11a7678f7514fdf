import { parse } from '../../src/index.js';
import { type Pairing } from '../../src/pairing/index.js';
import { VisitSchema, type Visit, type VisitMode } from '../../src/visit/index.js';

let seq = 0;

/** A visit by `visitorIds` to enterprise `enterpriseId` on `date`, on site unless said otherwise. */
export function visit(
  date: string,
  enterpriseId: string,
  visitorIds: readonly string[],
  more: { readonly mode?: VisitMode; readonly departmentIds?: readonly string[]; readonly id?: string } = {},
): Visit {
  seq += 1;
  return parse(VisitSchema, {
    id: more.id ?? `v${seq}`,
    date,
    visitorIds,
    departmentIds: more.departmentIds ?? ['d-amr'],
    enterpriseId,
    parkId: null,
    mode: more.mode ?? 'onSite',
    purpose: '走访企业',
    findings: '',
  });
}

/** A pairing of adviser `adviserId` with enterprise `enterpriseId` from `since` to `until`. */
export function pairing(id: string, adviserId: string, enterpriseId: string, since: string, until: string | null = null): Pairing {
  return { id, adviserId, enterpriseId, parkId: null, since, until, selection: 'appointed' };
}
