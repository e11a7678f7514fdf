import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { redactForPublicListing } from '../../src/access/index.js';
import { Open311ServiceRequestSchema, open311ClosedStates, toOpen311ServiceRequest } from '../../src/report/index.js';
import { arbIssue } from '../../src/testing/index.js';

const names = fc.array(fc.constantFrom('恒信机械', '王经理', '用电'), { maxLength: 2 });

describe('issue 17, Open311 export (GeoReport v2) laws', () => {
  test.prop([arbIssue(), names])('every service request matches the GeoReport v2 schema, and is open or closed by the closed states', (issue, maskNames) => {
    const r = toOpen311ServiceRequest(issue, { maskNames });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Open311ServiceRequestSchema.safeParse(r.value).success).toBe(true);
    expect(r.value.status).toBe(open311ClosedStates.includes(issue.state) ? 'closed' : 'open');
    expect(r.value.description).toBe(redactForPublicListing(issue, { names: maskNames }).title);
  });

  test.prop([arbIssue(), fc.string({ minLength: 1, maxLength: 20 })])(
    'no personal data leaks: the request depends on nothing the public listing drops (enterprise, description, actors, notes, answers, feedback)',
    (issue, secret) => {
      const scrambled = {
        ...issue,
        enterpriseId: `x-${secret}`,
        description: `身份证 33010219800101123X ${secret}`,
        answer: null,
        feedback: null,
        ledgerEntry: null,
        history: issue.history.map((e) => ({ at: e.at })),
      };
      expect(toOpen311ServiceRequest(scrambled)).toEqual(toOpen311ServiceRequest(issue));
    },
  );
});
