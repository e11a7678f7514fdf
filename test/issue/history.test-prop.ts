import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { evolveIssue, type Issue, type IssueEvent } from '../../src/issue/index.js';
import { arbIssue } from '../../src/testing/index.js';

/** One evolve: from which earlier version, with which event, reading histories and freezing first or not. */
const arbStep = fc.record({ parent: fc.nat(), event: fc.nat(), readFirst: fc.boolean(), freeze: fc.boolean() });

describe('issue 16: an issue history shared by its versions (O(1) amortised append)', () => {
  test.prop([arbIssue({ maxCommands: 8 }), fc.array(arbStep, { minLength: 1, maxLength: 40 })])(
    "evolving never changes an earlier version's history",
    (issue, steps) => {
      // evolveIssue trusts its events, so any of the issue's events will do: what is checked is the history alone.
      const pool = issue.history;
      const versions: (Issue | null)[] = [null];
      const model: IssueEvent[][] = [[]];
      for (const s of steps) {
        const k = s.parent % versions.length;
        const parent = versions[k] as Issue | null;
        if (parent !== null && s.readFirst) expect(parent.history).toEqual(model[k]);
        if (parent !== null && s.freeze) Object.freeze(parent);
        const event = pool[s.event % pool.length] as IssueEvent;
        versions.push(evolveIssue(parent, event));
        model.push([...(model[k] as IssueEvent[]), event]);
      }
      versions.forEach((v, k) => {
        if (v === null) return;
        expect(v.history).toEqual(model[k]);
        expect(Array.isArray(v.history)).toBe(true);
        expect((JSON.parse(JSON.stringify(v)) as Issue).history).toEqual(model[k]);
      });
    },
  );
});
