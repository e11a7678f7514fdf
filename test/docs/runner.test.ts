/**
 * The docs runner's own rules (scripts/docs-examples.ts): which comments are results, how `…`
 * matches, and that a wrong or unreached result fails.
 */
import { describe, expect, it } from 'vitest';
import { Glob, markdownExamples, mismatch, parseExpected, REST, resultChecks, runnable, type DocExample } from '../../scripts/docs-examples.js';

const example = (code: string, kind: DocExample['kind'] = 'guide'): DocExample => ({
  file: 'docs/guides/x.md',
  line: 10,
  name: 'x',
  kind,
  code,
  lines: code.split('\n').map((_, i) => 10 + i),
});

async function runCode(code: string): Promise<{ reached: number; total: number }> {
  const { js, checks } = runnable(example(code), { api: new Map(), fixtures: new Map() });
  const fn = new Function(`${js}\nreturn __example;`)() as (i: unknown, c: (n: number, v: unknown) => unknown, console: unknown) => Promise<void>;
  const reached = new Set<number>();
  await fn(
    () => Promise.resolve({}),
    (n, v) => {
      reached.add(n);
      const m = mismatch(v, checks[n]?.pattern);
      if (m !== null) throw new Error(m);
      return v;
    },
    { log: () => undefined },
  );
  return { reached: reached.size, total: checks.length };
}

describe('parseExpected: a comment is a result when it starts with a literal', () => {
  it.each([
    [" 'done'", ['done']],
    [' [1, 2]', [[1, 2]]],
    [' true', [true]],
    [' -5', [-5]],
    [' null: nothing received', [null]],
    [' true: 4 departments > 3', [true]],
    [" { from: 'a', to: 'b' }", [{ from: 'a', to: 'b' }]],
    [" 'due' (dueDate '2026-04-30')", ['due']],
    [' 0.935, rendered as 93.5%', [0.935]],
    [" '\\u4e00\\n'", ['一\n']],
  ])('%s', (comment, expected) => {
    expect(parseExpected(comment)).toEqual(expected);
  });

  it.each([' e.g. 23', ' does not compile', ' 1-2-2-4', " { ok: true, value: issue }", ' National Day is off', ' 3 + 4', ' `as`: prose in code style', ' 09:00 in China', ' 12:00 sharp', ' 1,000 enterprises'])('%s is prose', (comment) => {
    expect(parseExpected(comment)).toBeNull();
  });

  it('reads one literal per console.log argument', () => {
    expect(parseExpected(" 'assigned' '2026-10-13'", 2)).toEqual(['assigned', '2026-10-13']);
    expect(parseExpected(" 'assigned'", 2)).toBeNull();
  });

  it('a comment on the next line must be a literal and nothing else', () => {
    expect(parseExpected(' [1, 2]', 1, true)).toEqual([[1, 2]]);
    expect(parseExpected(' 1 is the answer', 1, true)).toBeNull();
  });

  it('reads … as "anything more"', () => {
    const [p] = parseExpected(" { ok: true, value: ['a', …], text: '### T…' }") ?? [];
    expect(p).toMatchObject({ ok: true, value: ['a', REST] });
    expect((p as { text: unknown }).text).toBeInstanceOf(Glob);
  });
});

describe('mismatch', () => {
  const pattern = (c: string): unknown => (parseExpected(c) ?? [])[0];

  it('is null for deep-equal plain data, keys whose value is undefined counting as absent', () => {
    expect(mismatch({ a: [1, 'x'], b: null, c: undefined }, pattern(" { a: [1, 'x'], b: null }"))).toBeNull();
  });

  it('names the first difference', () => {
    expect(mismatch({ a: [1, 2] }, pattern(' { a: [1, 3] }'))).toBe('.a[1] is 2, expected 3');
    expect(mismatch({ a: 1, b: 2 }, pattern(' { a: 1 }'))).toBe('the value has unexpected keys b');
    expect(mismatch([1, 2, 3], pattern(' [1, 2]'))).toBe('the value has 3 items, expected 2');
  });

  it('lets … stand for more keys, more items and any text', () => {
    expect(mismatch({ a: 1, b: 2 }, pattern(' { a: 1, … }'))).toBeNull();
    expect(mismatch([1, 2, 3], pattern(' [1, …]'))).toBeNull();
    expect(mismatch([], pattern(' [1, …]'))).toBe('the value has 0 items, expected at least 1');
    expect(mismatch('### 台账\n\n| a |', pattern(" '### 台账\\n…'"))).toBeNull();
    expect(mismatch('## 台账', pattern(" '### …'"))).not.toBeNull();
  });
});

describe('resultChecks and runnable', () => {
  it('checks expression statements, declarations and console.log arguments, not statements inside functions', () => {
    const { checks } = resultChecks(
      example(
        [
          'const x = 1 + 1; // 2',
          'x * 3; // 6',
          "console.log(x, 'a'); // 2 'a'",
          'const f = () => {',
          '  x; // 99',
          '};',
          '[x];',
          '// [2]',
          'f(); // e.g. nothing',
        ].join('\n'),
      ),
    );
    expect(checks.map((c) => [c.line, c.pattern])).toEqual([
      [10, 2],
      [11, 6],
      [12, 2],
      [12, 'a'],
      [17, [2]],
    ]);
  });

  it('runs an example and its checks', async () => {
    expect(await runCode("const x = [1, 2].map((n) => n * 2); // [2, 4]\nx.length; // 2\nconsole.log(x[0], 'ok'); // 2 'ok'")).toEqual({ reached: 4, total: 4 });
  });

  it('fails on a wrong result', async () => {
    await expect(runCode('1 + 1; // 3')).rejects.toThrow('the value is 2, expected 3');
  });

  it('reports a result inside a branch that did not run as not reached', async () => {
    expect(await runCode('if (Math.max(1, 2) === 1) {\n  console.log(1); // 1\n}')).toEqual({ reached: 0, total: 1 });
  });

  it('turns imports into __import calls and drops type-only ones', () => {
    const { js } = runnable(example("import { unwrap, type Result } from 'qinqing';\nimport type { Issue } from 'qinqing/issue';\nconst r: Result<number> = { ok: true, value: 1 };\nunwrap(r);"), {
      api: new Map(),
      fixtures: new Map(),
    });
    expect(js).toContain(`const { unwrap } = await __import("qinqing");`);
    expect(js).not.toContain('qinqing/issue');
  });
});

describe('markdownExamples', () => {
  it('takes ts blocks, joins a "ts continued" block to the one before, and names each by its heading', () => {
    const md = ['# Guide', '```ts', 'const a = 1;', '```', '## Next', '```sh', 'npm test', '```', '```ts continued', 'a; // 1', '```', '```ts', 'const b = 2;', '```'].join('\n');
    expect(markdownExamples('docs/guides/g.md', md).map((e) => [e.name, e.line, e.code, e.lines])).toEqual([
      ['Guide', 3, 'const a = 1;\na; // 1', [3, 10]],
      ['Next', 13, 'const b = 2;', [13]],
    ]);
  });
});
