/**
 * The personal-data corpus of Part 9 (issue 14, "Privacy by design"): texts as they reach a title,
 * a ledger or a CSV cell, each with what `maskPersonalData` must make of it. It holds the 46
 * formats the issue's probe used (numbers separated by no-break spaces, en dashes, dots, slashes,
 * commas, 、 or zero-width characters; full-width ＠ and ．; e-mail with a Chinese local part or an
 * internationalised domain; the USCC masked only in part) and more, and the texts that must NOT be
 * masked (dates, amounts, short numbers, issue ids), and what masking cannot catch (documented in
 * `maskPersonalData`'s TSDoc and docs/guides/privacy.md), pinned so that a change is seen.
 */

/** One text of the corpus. */
export interface CorpusEntry {
  /** The group it belongs to. */
  readonly kind: 'mobile' | 'landline' | 'id-card' | 'bank-card' | 'uscc' | 'email' | 'name' | 'mixed' | 'kept' | 'not caught';
  /** The text. */
  readonly input: string;
  /** What masking must give. */
  readonly masked: string;
  /** Names passed to mask. */
  readonly names?: readonly string[];
}

const M = '＊＊＊';

const masked = (kind: CorpusEntry['kind'], pairs: readonly (readonly [string, string, (readonly string[])?])[]): CorpusEntry[] =>
  pairs.map(([input, out, names]) => (names === undefined ? { kind, input, masked: out } : { kind, input, masked: out, names }));

const kept = (kind: 'kept' | 'not caught', inputs: readonly string[]): CorpusEntry[] => inputs.map((input) => ({ kind, input, masked: input }));

export const personalDataCorpus: readonly CorpusEntry[] = [
  ...masked('mobile', [
    ['手机 13800138000', `手机 ${M}`],
    ['手机13800138000', `手机${M}`],
    ['138 0013 8000', M],
    ['138-0013-8000', M],
    ['138\u00a00013\u00a08000', M], // no-break space
    ['138\u20130013\u20138000', M], // en dash
    ['138\u20140013\u20148000', M], // em dash
    ['138\u20100013\u20108000', M], // hyphen ‐
    ['138\u20110013\u20118000', M], // non-breaking hyphen
    ['138－0013－8000', M], // full-width hyphen-minus
    ['138\u22120013\u22128000', M], // minus sign
    ['138.0013.8000', M],
    ['138。0013。8000', M],
    ['138·0013·8000', M],
    ['138/0013/8000', M],
    ['138／0013／8000', M],
    ['138,0013,8000', M],
    ['138，0013，8000', M],
    ['138、0013、8000', M],
    ['138\u200b0013\u200b8000', M], // zero-width space
    ['1\u200c3\u200d8\u20600\ufeff0138000', M], // ZWNJ, ZWJ, word joiner, BOM
    ['138\u00ad0013\u00ad8000', M], // soft hyphen
    ['138\u202f0013\u202f8000', M], // narrow no-break space
    ['138\u20090013\u20098000', M], // thin space
    ['138\u30000013\u30008000', M], // ideographic space
    ['138\t0013\t8000', M],
    ['138 - 0013 - 8000', M],
    ['1 3 8 0 0 1 3 8 0 0 0', M],
    ['１３８００１３８０００', M], // full-width digits
    ['１３８ ００１３ ８０００', M],
    ['𝟏𝟑𝟖𝟎𝟎𝟏𝟑𝟖𝟎𝟎𝟎', M], // mathematical bold digits
    ['①③⑧⓪⓪①③⑧⓪⓪⓪', M], // circled digits
    ['٠١٣٨٠٠١٣٨٠٠٠', M], // Arabic-Indic digits
    ['+86 138 0013 8000', M],
    ['+8613800138000', M],
    ['＋86-138-0013-8000', M],
    ['0086 138 0013 8000', M],
    ['(+86) 13800138000', M],
    ['电话：13800138000。', `电话：${M}。`],
    ['Tel:13800138000', `Tel:${M}`],
    ['TEL 8765 4321', `TEL ${M}`],
    ['WX13800138000', `WX${M}`],
    ['QQ 12345678', `QQ ${M}`],
    ['QQ12345678', `QQ${M}`],
    ['No.13800138000', `No.${M}`],
    ['手机号码为13800138000，请联系', `手机号码为${M}，请联系`],
    ['13800138000和13900139000', `${M}和${M}`],
    ['13800138000、13900139000', M],
  ]),
  ...masked('landline', [
    ['0391-2345678', M],
    ['(0391)2345678', M],
    ['（0391）2345678', M],
    ['【0391】2345678', M],
    ['0391 234 5678', M],
    ['010-8765 4321', M],
    ['0391—2345678', M],
    ['0571-87654321 转 123', M],
    ['0571-87654321转123', M],
    ['0571-87654321 分机 8001', M],
    ['0571-87654321分机号:8001', M],
    ['0571-87654321 ext. 12', M],
    ['0571-87654321-123', M],
    ['0571-87654321x123', M],
    ['0571-87654321 #123', M],
    ['（备用 0391-3561234 转 8001），li@example.cn', `（备用 ${M}），${M}`],
    ['0391-3561234 转 8001 2026-12-05', `${M} 2026-12-05`],
    ['2345678', M],
    ['电话 8765-4321', `电话 ${M}`],
    ['电话 (0571) 8765-4321', `电话 ${M}`],
    ['传真：0391-2345679', `传真：${M}`],
    ['TEL-8765-4321', `TEL-${M}`],
    ['400-800-8888', M],
  ]),
  ...masked('id-card', [
    ['身份证 33010219800101123X', `身份证 ${M}`],
    ['33010219800101123x', M],
    ['33010219800101123Ｘ', M],
    ['330102198001011234', M],
    ['330102 19800101 123X', M],
    ['330102-19800101-123X', M],
    ['330102 1980 0101 123X', M],
    ['330102-1980-01-01-123X', M],
    ['330102 1980-01-01 123X', M],
    ['330102 1980-01-01 1234', M],
    ['３３０１０２１９８００１０１１２３Ｘ', M],
    ['330102800101123', M],
    ['身份证号:330102198001011234。', `身份证号:${M}。`],
    ['ID330102198001011234', `I${M}`], // D3301021980010112 3 has the shape of a USCC (I is not in its alphabet): masked with the digits after it
    ['NO330102198001011234', `NO${M}`],
    ['身份证 ID 330102198001011234', `身份证 ID ${M}`],
  ]),
  ...masked('bank-card', [
    ['6222021234567890123', M],
    ['6222 0212 3456 7890 123', M],
    ['6222-0212-3456-7890', M],
    ['卡号：6222 0212 3456 7890', `卡号：${M}`],
    ['6222.0212.3456.7890', M],
    ['6222\u00a00212\u00a03456\u00a07890', M],
    ['６２２２ ０２１２ ３４５６ ７８９０', M],
    ['GD-6222021234567890', `GD-${M}`],
    ['GD6222021234567890', M], // 18 characters with the shape of a USCC: masked whole
  ]),
  ...masked('uscc', [
    ['91340600MA2PBP2120', M],
    ['统一社会信用代码：91340600MA2PBP2120', `统一社会信用代码：${M}`],
    ['91340600ma2pbp2120', M],
    ['９１３４０６００ＭＡ２ＰＢＰ２１２０', M],
    ['91340600 MA2PBP212 0', M],
    ['9134 0600 MA2P BP21 20', M],
    ['91340600-MA2PBP212-0', M],
    ['913306001234567890', M],
    ['税号91340600MA2PBP2120，', `税号${M}，`],
    ['USCC 91340600MA2PBP2120', `USCC ${M}`],
    ['ID91340600MA2PBP2120', `I${M}`],
    ['USCC:91340600MA2PBP2120', `USCC:${M}`],
    ['91340600MA2P\u200bBP2120', M],
  ]),
  ...masked('email', [
    ['wang@example.com', M],
    ['邮箱 wang@example.com', `邮箱 ${M}`],
    ['wang＠example．com', M],
    ['wang﹫example.com', M],
    ['wang ＠ example．com', M],
    ['wang @ example.com', M],
    ['张三@例子.中国', M],
    ['邮箱：张三@例子.中国。', `邮箱：${M}。`],
    ['li.si+1@mail.example.com.cn。', `${M}。`],
    ['wang@xn--fsqu00a.xn--0zwm56d', M],
    ['wang@例子.公司', M],
    ['wang@例子。中国', M],
    ['wang#qq.com', M],
    ['wang(at)example(dot)com', M],
    ['wang [at] example [dot] com', M],
    ['邮箱wang@example.com请回复', `邮箱${M}请回复`],
    ['WANG@EXAMPLE.COM', M],
    ['ｗａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ', M],
    ['wang\u200b@example.com', M],
    ['иван@пример.рф', M],
    ['user_name-1@sub.example.co.uk', M],
    ['123456@qq.com', M],
    ['wang＠１２６．ｃｏｍ', M],
    ['wang@example.com，li@example.org', `${M}，${M}`],
    ['mailto:wang@example.com', `mailto:${M}`],
  ]),
  ...masked('name', [
    ['焦作某机械公司反映用电增容', `${M}反映用电增容`, ['焦作某机械公司']],
    ['联系人张伟，电话 13800138000', `联系人${M}，电话 ${M}`, ['张伟']],
    ['焦作某机械有限公司与焦作某机械', `${M}与${M}`, ['焦作某机械', '焦作某机械有限公司']],
    ['张\u200b伟反映', `${M}反映`, ['张伟']],
    ['ＡＣＭＥ Ltd 反映', `${M} 反映`, ['Acme Ltd']],
    ['acme ltd反映', `${M}反映`, ['ACME LTD']],
    ['王伟和王伟国', `${M}和${M}`, ['王伟', '王伟国']],
    ['王经理张经理', M, ['王经理', '张经理']],
    ['修武某铝业公司的李四', `${M}的${M}`, ['修武某铝业公司', '李四']],
    ['王先生来电', '王先生来电', ['王']], // a one-character name is left out
    ['沁阳某造纸公司', '沁阳某造纸公司', []],
    ['某某公司', '某某公司', ['', '某']],
  ]),
  ...masked('mixed', [
    ['用电增容，联系王先生 138-0013-8000 或 wang@example.com', `用电增容，联系王先生 ${M} 或 ${M}`],
    ['焦作某机械公司（91410800MA44XXXX1X）张经理 13800138000 反映 2026-10-09 停电', `${M}（${M}）${M} ${M} 反映 2026-10-09 停电`, ['焦作某机械公司', '张经理']],
    ['2026-12-05 13800138000', `2026-12-05 ${M}`],
    ['13800138000 2026-12-05', `${M} 2026-12-05`],
    ['2026-12-05 13800138000 前回电', `2026-12-05 ${M} 前回电`],
    ['IP 192.168.100.200', `IP ${M}`],
    ['订单 20261205', `订单 ${M}`],
    ['投资 1,234,567.89 元，电话 0391-2345678', `投资 1,234,567.89 元，电话 ${M}`],
    ['JZ-2026-0001：wang@example.com', `JZ-2026-0001：${M}`],
  ]),
  ...kept('kept', [
    '2026-12-05 前完成',
    '2026/12/05',
    '2026.12.05',
    '05/12/2026',
    '12/25/2026',
    '2026-12-05 10:30',
    '2026-12-01—2026-12-05',
    '2026-12-01 至 2026-12-05',
    '2026.12.01-2026.12.05',
    '2026年12月5日',
    '2025-2026 年度',
    '1,234,567.89 元',
    '1,234,567 元',
    '投资 13,800,138,000 元',
    '投资 12345678.90 元',
    '￥1500000',
    '1500000 元',
    '1500000元',
    '50万元',
    '增长 1234567%',
    '增容 500 千伏安',
    '第 3 批',
    '共 15 家企业',
    '第1、2、3项',
    'Q-03',
    'i-2026-07',
    'JZ-2026-0001',
    'GD2026120500123',
    'ISSUE-2026-000123',
    '#12345',
    '12345 热线',
    '95598',
    '邮编 454000',
    '3.1415926',
    '0.1234567',
    '版本 2.0.1',
    '100%',
    '93.5%',
    '12:30',
    '10:00-12:00',
    '2026-12',
    'C919',
    '@焦作发布',
    'wang@localhost',
    '用电增容',
    '',
    '＊＊＊',
  ]),
  ...kept('not caught', [
    '一三八〇〇一三八〇〇〇', // Chinese numerals
    '幺三八 零零幺三 八零零零',
    'wang at example dot com', // words for @ and . without brackets
    '张伟反映', // a name not supplied
    '焦作市解放区民主路 123 号', // an address
    '豫H12345', // a licence plate
    'A1B2C3D4E5F6G7', // digits split by letters
  ]),
];
