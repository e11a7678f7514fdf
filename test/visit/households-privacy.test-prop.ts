/**
 * Part 14 (issue 19): law — a household head's name never leaves the help task ledger unmasked
 * (004 Xuzhou: 走访家庭164户; the same rules as for persons).
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { unwrap } from '../../src/index.js';
import { chinaCalendar } from '../../src/calendar/index.js';
import { helpTaskLedger, renderCsv, renderMarkdown } from '../../src/report/index.js';
import { createHelpTaskSheet, type GrassrootsTarget, type HelpTaskSheet } from '../../src/visit/index.js';

const sheetFor = (id: string, target: HelpTaskSheet['target'], title: string, measures: string): HelpTaskSheet =>
  unwrap(
    createHelpTaskSheet(
      { id, target, title, measures, problemIds: ['p1'], workGroupId: 'g1', responsibleIds: ['pm-01'], issuedOn: '2017-05-20', issuedBy: 'lead', workingDays: 20 },
      chinaCalendar,
    ),
  );

const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄'];
const given = ['建国', '秀英', '德明', '桂兰', '志强', '玉梅'];
const head = fc.tuple(fc.constantFrom(...surnames), fc.constantFrom(...given)).map(([s, g]) => s + g);
const filler = fc.constantFrom('因病致贫', '危房改造', '，', '协助', ' ', '申请低保', '（户主）');

describe("households are persons' data: law (004 Xuzhou)", () => {
  test.prop([fc.uniqueArray(head, { minLength: 1, maxLength: 4 }), fc.array(fc.tuple(fc.nat({ max: 3 }), filler, filler), { minLength: 1, maxLength: 5 }), fc.constantFrom('zh-CN' as const, 'en' as const)])(
    "no household head of the directory appears in the ledger's Markdown or CSV, wherever the sheets mention one",
    (heads, mentions, locale) => {
      const entries: GrassrootsTarget[] = heads.map((h, i) => ({ kind: 'household', id: `hh-${i}`, head: h }));
      const sheets = mentions.map(([k, a, b], i) => {
        const h = heads[k % heads.length] as string;
        return sheetFor(`t${i}`, { kind: 'household', id: `hh-${k % heads.length}` }, `${a}${h}${b}`, `${b}${h}家${a}`);
      });
      const table = unwrap(helpTaskLedger(sheets, { locale, directory: entries }));
      const out = [renderMarkdown(table, locale), renderCsv(table, locale), JSON.stringify(table)].join('\n');
      for (const h of heads) expect(out).not.toContain(h);
    },
  );
});
