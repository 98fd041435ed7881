// What a part, the opening or the closing holds, and what a block is called where the writer sees
// it: shared by the outline (BlockList) and 校对全文, which points at the same places.
import { i18n } from '#i18n';
import type { BlockContainer, Report, ReportBlock } from '../../lib/domain/report/index.ts';
import { findPath, partAt } from '../../lib/domain/report/tree.ts';
import type { Library } from './useReportDocument.ts';

export function blocksIn(report: Report, container: BlockContainer): readonly ReportBlock[] {
  if (container === 'opening' || container === 'closing') return report[container];
  const path = findPath(report.parts, container.partId);
  return (path && partAt(report.parts, path)?.blocks) || [];
}

/** Names the container in element ids: `blocks:<key>-<index>` is a block's field or item. */
export const containerKey = (container: BlockContainer): string => (typeof container === 'string' ? container : container.partId);

/** A snippet's title, or the problem a problem set is about; '' for free text. */
export function blockName(block: ReportBlock, library: Library | undefined): string {
  if (block.kind === 'snippet') return library?.snippets.find((s) => s.id === block.snippetId)?.title ?? i18n.t('report.snippetGone');
  if (block.kind === 'problemSet') {
    const set = library?.sets.find((s) => s.id === block.id);
    const problem = set && library?.snippets.find((s) => s.id === set.problemId);
    return problem ? i18n.t('report.problemSetNamed', { title: problem.title }) : i18n.t('report.problemSetGone');
  }
  return '';
}
