// Guessing a snippet's role and folder from the words of its heading or the report's title.
import type { SnippetRole } from '../schemas.ts';

const ROLE_WORDS: ReadonlyArray<readonly [SnippetRole, RegExp]> = [
  ['cause', /原因|根源|根子|剖析|症结/],
  ['measure', /措施|下步|下一步|打算|整改|思路|努力方向|改进|计划|对策|建议/],
  ['problem', /问题|不足|差距|短板|薄弱|弱项/],
  ['work', /主要工作|工作情况|履职|成效|做法|成绩|亮点|经验|完成情况|开展情况/],
  ['closing', /结尾|结束语|结语/],
  ['opening', /开头|引言|前言/],
];
const COORDINATOR = /[及和与、]|以及/;

/**
 * Every role the heading's words suggest, the one it is about first; empty when it says nothing.
 * A Chinese phrase ends on its head (问题产生的原因 is about causes, 问题整改措施 about measures),
 * but in a list the first item leads (存在的问题及原因 is about problems).
 */
export function rolesInHeading(heading: string): SnippetRole[] {
  const found = ROLE_WORDS.flatMap(([role, words]) => {
    const match = words.exec(heading);
    return match ? [{ role, start: match.index, end: match.index + match[0].length }] : [];
  }).sort((a, b) => a.start - b.start);
  if (found.length < 2) return found.map(({ role }) => role);
  const listed = COORDINATOR.test(heading.slice(found[0]!.end, found[1]!.start));
  return (listed ? found : found.reverse()).map(({ role }) => role);
}

/**
 * The role of a paragraph with no heading, judged by its first sentence only: a cause paragraph
 * opens by naming causes (以上问题的存在…主观原因造成的), though its body may mention anything.
 */
export function roleOfParagraph(paragraph: string): SnippetRole | null {
  const first = paragraph.split(/[。：:！？]/, 1)[0] ?? '';
  return rolesInHeading(first)[0] ?? null;
}

const KINDS = ['述职述廉报告', '述职报告', '工作总结', '整改报告', '对照检查材料', '检视剖析材料', '调研报告', '工作报告', '工作汇报', '讲话', '发言'];
const TOPICS: ReadonlyArray<readonly [string, RegExp]> = [
  ['党风廉政', /党风廉政|廉政|廉洁/],
  ['意识形态', /意识形态/],
  ['党建', /党建|党工委|党支部|党组织|党委|党总支/],
  ['安全生产', /安全生产/],
];

/** A folder such as 述职报告/党建 from the report's title; undefined when the title names no kind. */
export function folderOfTitle(title: string | null): string | undefined {
  if (!title) return undefined;
  const kind = KINDS.find((k) => title.includes(k));
  if (!kind) return undefined;
  const topic = TOPICS.find(([, words]) => words.test(title))?.[0];
  return topic ? `${kind}/${topic}` : kind;
}
