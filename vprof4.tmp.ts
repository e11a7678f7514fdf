import * as fc from 'fast-check';
import { chinaCalendar } from './src/calendar/index.js';
import { arbIssue } from './src/testing/index.js';
import { verifyIssueHistory } from './src/issue/index.js';
const issues = fc.sample(arbIssue({ maxCommands: 20 }), { numRuns: 2000, seed: 1 });
const ctx = { calendar: chinaCalendar };
for (let r = 0; r < 15; r++) for (const i of issues) verifyIssueHistory(i.history, ctx);
