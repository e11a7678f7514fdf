// A/B: executeIssueCommand over the same command sequences, from SRC (argv[2]); and digest cost.
const src = process.argv[2]!;
const { executeIssueCommand, UNSAFE_NO_ACCESS_CHECK, verifyIssueChain } = await import(`${src}/issue/index.ts`);
const { chinaCalendar } = await import(`${src}/calendar/index.ts`);
const { arbValidCommandSequence } = await import(`${src}/testing/index.ts`);
const fc = (await import('fast-check')).default;
const seqs = fc.sample(arbValidCommandSequence({ maxCommands: 20 }), { numRuns: 2000, seed: 42 });
const ctx = { calendar: chinaCalendar, access: UNSAFE_NO_ACCESS_CHECK };
let ops = 0; const histories: any[] = [];
const runAll = (keep: boolean) => { for (const cs of seqs) { let issue = null; for (const c of cs) { const r = executeIssueCommand(issue, c, ctx); ops++; if (r.ok) issue = r.value.issue; } if (keep && issue) histories.push(issue.history); } };
runAll(true); runAll(false);
const times: number[] = [];
for (let k = 0; k < 7; k++) { ops = 0; const t = performance.now(); runAll(false); times.push((performance.now() - t) / ops * 1000); }
times.sort((a, b) => a - b);
console.log(src, 'executeIssueCommand µs/op (median of 7):', times[3]!.toFixed(2), '→', Math.round(1000 / times[3]!) * 1000, 'ops/s;', ops, 'ops per pass');
if (verifyIssueChain) {
  const vt: number[] = []; let n = 0;
  for (let k = 0; k < 7; k++) { n = 0; const t = performance.now(); for (const h of histories) { verifyIssueChain(h, { issueId: h[0].issueId }); n += h.length; } vt.push((performance.now() - t) / n * 1000); }
  vt.sort((a, b) => a - b);
  console.log('verifyIssueChain µs/event (median of 7):', vt[3]!.toFixed(2), 'over', n, 'events');
}
