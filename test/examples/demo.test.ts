/**
 * `npm run demo`'s script, run as a reader runs it: examples/demo.ts on the built package (dist/,
 * which `npm test` builds before the unit tests). It must run to the end without a word on
 * standard error, print its sections numbered 1, 2, 3, … in order, and tell each section's story;
 * for the hotline section (Part 12, issue 17), that the call went through every hotline step,
 * that the dispute, the merge and the scoreboard are there. Figures are not pinned here: they are
 * the library's results, checked by its own tests. The script takes seconds (section 11 measures
 * itself), so it runs once, in the UTC project only (vitest.config.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/changelog.js';

let stdout = '';
let stderr = '';
let status: number | null = null;

/** The lines of section `n`, from its heading to the next section's heading. */
function section(n: number): string[] {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${n}. `));
  const end = lines.findIndex((l, i) => i > start && /^\d+\. .* · /.test(l) && /^═+$/.test(lines[i + 1] ?? ''));
  return start < 0 ? [] : lines.slice(start, end < 0 ? undefined : end);
}

beforeAll(() => {
  if (!existsSync(path.join(repoRoot, 'dist', 'index.js'))) throw new Error('examples/demo.ts imports the built package: run `npm run build` first.');
  const r = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), ['examples/demo.ts'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  stdout = r.stdout;
  stderr = r.stderr;
  status = r.status;
}, 180_000);

describe('npm run demo', () => {
  it('runs to the end without an error', () => {
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });

  it('prints its sections numbered in order, each heading underlined', () => {
    const lines = stdout.split('\n');
    const numbers = lines.flatMap((l, i) => (/^═+$/.test(lines[i + 1] ?? '') ? [Number(/^(\d+)\. /.exec(l)?.[1])] : []));
    expect(numbers.length).toBeGreaterThanOrEqual(11);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
  });

  describe('section 4: the 12345 enterprise line (issue 17)', () => {
    const text = (): string => section(4).join('\n');

    it('comes right after the issues section, with its four parts', () => {
      expect(section(3)[0]).toContain('企业诉求办理');
      expect(section(4)[0]).toContain('12345');
      for (const sub of ['时限从何而来', 'H-01：一次企业来电的全过程', '挂起前后的时钟', '派单争议：退单审核', '重复诉求并单', '热线标准计分']) expect(text()).toContain(sub);
    });

    it('names the preset the limits come from, and its source', () => {
      expect(text()).toContain('山东省企业诉求“接诉即办”时限');
      expect(text()).toMatch(/^Source: 山东省/m);
    });

    it('takes the call through every step, in order, to close-out', () => {
      const lines = section(4);
      const from = lines.findIndex((l) => l.startsWith('时间 when'));
      const rows = lines.slice(from + 2).filter((l) => /^\d\d-\d\d \d\d:\d\d /.test(l));
      const what = rows.map((l) => l.split(/ {2,}/)[2]?.split('：')[0]);
      expect(what).toEqual([
        '提交诉求', '受理分类', '交办', '签收', '首次联系企业', '申请挂起', '审批挂起', '恢复办理', '办理答复', '回访', '企业反馈',
        '交办', '签收', '首次联系企业', '办理答复', '回访', '企业反馈', '销号',
      ]);
      expect(rows.find((l) => l.includes('审批挂起'))).toMatch(/已挂起$/);
      expect(rows.find((l) => l.includes('企业反馈：不满意'))).toMatch(/整改期限 \d{4}-\d\d-\d\d\s+重新梳理$/);
      expect(rows.at(-1)).toMatch(/已销号$/);
    });

    it('shows the clocks before and after the pause, the answer and handling clocks moved', () => {
      expect(text()).toMatch(/Due dates moved: .*答复 (\d\d-\d\d \d\d:\d\d) → (?!\1)\d\d-\d\d \d\d:\d\d .*办结 (\d\d-\d\d \d\d:\d\d) → (?!\2)\d\d-\d\d/);
      expect(text()).toContain('🟢');
    });

    it('shows one dispute upheld and re-dispatched, one overruled', () => {
      expect(text()).toMatch(/^H-02 .*退单成立 → 市住建局/m);
      expect(text()).toMatch(/^H-03 .*退单不成立/m);
    });

    it('finds the two repeated complaints, merges the child, and shows it following the parent', () => {
      expect(text()).toContain('主单 parent H-04 ← 子单 H-05');
      expect(text()).toMatch(/^H-05 .*→ H-04\s+已答复\s+\S/m);
    });

    it('prints the hotline scheme scoreboard with every department ranked', () => {
      expect(text()).toContain('热线标准：按时签收、按时办结、满意度');
      for (const d of ['市供电公司', '市住建局', '市自然资源局', '市生态环境局', '市人社局']) expect(text()).toMatch(new RegExp(`^\\d+\\s+${d}\\s+`, 'm'));
    });
  });

  describe('section 12: policies to enterprises and foresight (issue 18)', () => {
    const text = (): string => section(12).join('\n');

    it('has the four parts the issue asks for, and the NBS size of every firm', () => {
      expect(section(12)[0]).toContain('惠企政策直达与未诉先办');
      for (const sub of ['企业规模', '政策与兑现时限', '匹配结果', '政策知晓率（按顾问）', '本月热点与未诉先办']) expect(text()).toContain(sub);
      expect(text()).toMatch(/^修武机械\s+C3411\s+420\s+38000\s+中型/m);
    });

    it('matches the five example policies with reasons, met and failed', () => {
      expect(text()).toMatch(/^企业 Firm\s+P1\s+P2\s+P3\s+P4\s+P5$/m);
      expect(text()).toMatch(/不符合条件：不具有标签：严重失信主体/);
      expect(text()).toMatch(/信息不足，需补充：/);
      expect(text()).toMatch(/满足 met: .*研发费用占营业收入比例 ≥ 3 %/);
    });

    it('gives the awareness rate per adviser and the firms nobody told', () => {
      expect(text()).toMatch(/^顾问张华\s+\d+\s+\d+\s+\d+\s+\d+\.\d%$/m);
      expect(text()).toMatch(/^全县 county\s+\d+/m);
      expect(text()).toMatch(/Eligible firms nobody has told yet \(\d+\)/);
    });

    it("lists the month's hotspots, with an owner from the ladder", () => {
      expect(text()).toMatch(/高频问题 · hotspots: [1-9]/);
      expect(text()).toMatch(/^ {2}power × C × 修武县: .* owner 牵头 \S+/m);
    });
  });

  describe('section 13: the campaign progress report (issue 19, 003 Lishui)', () => {
    const text = (): string => section(13).join('\n');

    it("reproduces the Lishui outline's figures from the demo's data, in Chinese with an English summary", () => {
      expect(section(13)[0]).toContain('专项活动进展汇报');
      expect(text()).toContain('已帮助企业当场解决问题90件');
      expect(text()).toContain('共征集到各类问题120件');
      expect(text()).toContain('第一批交办的30件问题目前已经办理及答复的有23件，还有7件正在督办中');
      expect(text()).toContain('第二批75件问题已交办，要求7月15日前完成');
      expect(text()).toContain('第三批15件问题已梳理完毕，准备交办');
      expect(text()).toMatch(/5件由效能办和领导小组办公室联合督办/);
      expect(text()).toMatch(/^- 市国土资源局：办事拖拉；.*限期整改/m);
      expect(text()).toMatch(/^# Lishui "Enterprise Service Year": progress report$/m);
    });
  });

  describe('section 14: households and villages, fault tolerance, the people around the work (issue 19)', () => {
    const text = (): string => section(14).join('\n');

    it('shows a Xuzhou round to households and a village with help task sheets, household heads masked (004)', () => {
      expect(text()).toMatch(/visited household 2, village 1/);
      expect(text()).toMatch(/^\| t1 \| 家庭（农户） \| ＊＊＊ \|/m);
      expect(text()).not.toContain('王建国');
      expect(text()).not.toContain('139 1234 5678');
    });

    it('decides fault-tolerance cases with their reasons (002), and counts training and outcomes (002, 000)', () => {
      expect(text()).toMatch(/→ 免责 exempt\n {2}免责：适用免责情形/);
      expect(text()).toMatch(/→ 待研究认定 toBeDecided \(conflict\)/);
      expect(text()).toContain('累计举办培训 38 场，培训 4011 人次');
      expect(text()).toContain('帮助企业融资 5.265 亿元');
    });

    it("puts Haining's two rates side by side (93.5% and over 90%, 002) and sends an unsolvable major problem to the mayor (001)", () => {
      const rates = /^(\d+\.\d)%\s+(\d+\.\d)%$/m.exec(text());
      expect(rates?.[1]).toBe('93.5');
      expect(Number(rates?.[2])).toBeGreaterThan(90);
      expect(text()).toMatch(/规则“majorOrWidespread”适用.*→ 市长/);
    });
  });
});
