import { inLocale, type Locale } from '../core/schema.js';
import { IssueCommandType, IssueState } from '../vocabulary/issue.js';
import { IssueGuard, issueTransitions } from './transitions.js';

/**
 * Prints the lifecycle table as a Markdown table in one locale: from, command, to and guards.
 *
 * @param locale - `'zh-CN'` or `'en'`.
 * @returns The Markdown table, one row per transition.
 * @example
 * ```ts
 * issueTransitionTableMarkdown('en').split('\n')[2]; // '| (new) | Submit | Submitted |  |'
 * ```
 * @category Issue
 */
export function issueTransitionTableMarkdown(locale: Locale): string {
  const en = locale === 'en';
  const header = en ? '| From | Command | To | Guards |' : '| 当前环节 | 操作 | 下一环节 | 条件 |';
  const rows = issueTransitions.map((t) => {
    const from = t.from === null ? (en ? '(new)' : '（新建）') : inLocale(IssueState.labels[t.from], locale);
    const guards = t.guards.map((g) => inLocale(IssueGuard.labels[g], locale)).join(en ? '; ' : '；');
    return `| ${from} | ${inLocale(IssueCommandType.labels[t.command], locale)} | ${inLocale(IssueState.labels[t.to], locale)} | ${guards} |`;
  });
  return [header, '| --- | --- | --- | --- |', ...rows].join('\n');
}

/**
 * Draws the lifecycle table as a Mermaid state diagram (`stateDiagram-v2`), generated from the
 * table itself so the picture cannot drift from the code. Rows that share their ends are merged
 * into one arrow; guards appear in brackets.
 *
 * @param locale - The language of the labels, `'zh-CN'` or `'en'`.
 * @returns The Mermaid source.
 * @example
 * ```ts
 * issueLifecycleMermaid('en').startsWith('stateDiagram-v2'); // true
 * ```
 * @category Issue
 */
export function issueLifecycleMermaid(locale: Locale): string {
  const lines = ['stateDiagram-v2'];
  for (const [state, text] of Object.entries(IssueState.labels)) lines.push(`  ${state}: ${inLocale(text, locale)}`);
  const arrows = new Map<string, string[]>();
  for (const t of issueTransitions) {
    const key = `${t.from ?? '[*]'} --> ${t.to}`;
    const guard = t.guards.length === 0 ? '' : ` [${t.guards.join(', ')}]`;
    const labels = arrows.get(key) ?? [];
    labels.push(`${inLocale(IssueCommandType.labels[t.command], locale)}${guard}`);
    arrows.set(key, labels);
  }
  for (const [key, labels] of arrows) lines.push(`  ${key}: ${labels.join(' / ')}`);
  return lines.join('\n');
}
