import { label, safeParseUscc, unwrap, safeParse } from 'qinqing';
import {
  checkKeyEnterpriseQuota,
  isKeyEnterprise,
  normalizeUscc,
  EnterpriseSchema,
  usccCheckCharacter,
  type Enterprise,
} from 'qinqing/enterprise';
import { gridTeamStaffOwed } from 'qinqing/org';
import { jiaozuoServiceAreas, lishuiProblemKinds, xingtaiServiceAreas } from 'qinqing/taxonomy';
import { heading, line, subheading, table } from '../report.js';

/** A valid code for a demo enterprise: 17 characters plus the computed check character. */
const code = (first17: string): string => first17 + unwrap(usccCheckCharacter(first17));

/** Section 2: enterprise identity, organisations and taxonomies. */
export function identitySection(): void {
  heading('2', '企业身份与组织', 'Enterprise identity and organisations');

  subheading('统一社会信用代码校验', 'Unified Social Credit Codes (GB 32100-2015)');
  const batch = [
    '91110000600037341L',
    '121200004013590816',
    '91310115MA1K3BTP2B',
    '91340600MA2PBP2120',
    '91620105773422168Y',
    '91110000600037341N',
    '9111000060003734',
    '91110000600O37341L',
    ' 91310115ma1k3btp2b ',
  ];
  table(
    ['输入 input', '结果 result', '说明 detail'],
    batch.map((input) => {
      const r = safeParseUscc(input);
      if (r.ok) {
        const kind = r.value.entityKind === undefined ? r.value.entityType : label(r.value.entityKind, 'zh-CN');
        return [JSON.stringify(input), '✓ valid', `区划 ${r.value.divisionCode} · ${kind} · 校验码 ${r.value.checkCharacter}`];
      }
      const fixed = safeParseUscc(normalizeUscc(input));
      const hint = fixed.ok ? ` → normalizeUscc gives ${fixed.value.code} ✓` : '';
      return [JSON.stringify(input), `✗ ${r.error.code}`, `${r.error.messageZh}${hint}`];
    }),
  );

  subheading('重点服务企业', 'Key enterprises (Jiaozuo, source 001)');
  const raw: unknown[] = [
    { id: 'e1', name: '焦作示例机械有限公司', uscc: code('91410800MA3X00001'), marketEntityType: 'privateEnterprise', industry: 'C34', countyId: 'xiuwu', keyLevel: 'city' },
    { id: 'e2', name: '修武示例食品有限公司', uscc: code('91410821MA3X00002'), marketEntityType: 'domesticEnterprise', industry: 'C14', countyId: 'xiuwu', keyLevel: 'county' },
    { id: 'e3', name: '博爱示例农民专业合作社', uscc: code('93410822MA3X00003'), marketEntityType: 'farmersCooperative', industry: 'A01', countyId: 'boai' },
    { id: 'e4', name: '示例错误代码企业', uscc: '91410800MA3X00004X', marketEntityType: 'privateEnterprise', industry: 'C34', countyId: 'boai' },
  ];
  const enterprises: Enterprise[] = [];
  for (const r of raw.map((r) => safeParse(EnterpriseSchema, r))) {
    if (r.ok) enterprises.push(r.value);
    else line(`Rejected at the boundary: ${r.error.code} at ${r.error.path?.join('.')} — ${r.error.messageZh}`);
  }
  table(
    ['企业 enterprise', '类型 type', '市重点 city key', '县重点 county key'],
    enterprises.map((e) => [
      e.name,
      label(e.marketEntityType, 'zh-CN'),
      isKeyEnterprise(e, 'city') ? '✓' : '·',
      isKeyEnterprise(e, 'county') ? '✓' : '·',
    ]),
  );
  line('A city key enterprise is also a key enterprise of its county (001).');
  const quota = checkKeyEnterpriseQuota(enterprises);
  for (const l of [quota.city, ...quota.counties]) line(`  ${l.exceeded ? '✗' : '✓'} ${l.reason.zh} / ${l.reason.en}`);

  subheading('网格走访人员', 'Grid-team staff (Haining, source 002)');
  table(
    ['部门 department', '类别 class', '在编 staff', '下沉网格 owed'],
    [
      { name: '市经信局', enterpriseRelatedClass: 'class1' as const, staffCount: 30 },
      { name: '市市场监管局', enterpriseRelatedClass: 'class1' as const, staffCount: 44 },
      { name: '市教育局', enterpriseRelatedClass: 'class2' as const, staffCount: 20 },
    ].map((d) => [d.name, label(d.enterpriseRelatedClass, 'zh-CN'), String(d.staffCount), String(unwrap(gridTeamStaffOwed(d)).owed)]),
  );

  subheading('服务领域分类（可配置）', 'Service-area taxonomies (configurable data)');
  table(
    ['分类 taxonomy', '条目 items', '示例 examples'],
    [xingtaiServiceAreas, jiaozuoServiceAreas, lishuiProblemKinds].map((t) => [
      `${t.name.zh} (${t.source})`,
      String(t.categories.length),
      t.categories
        .slice(0, 3)
        .map((c) => `${c.label.zh}/${c.label.en}`)
        .join('; '),
    ]),
  );
}
