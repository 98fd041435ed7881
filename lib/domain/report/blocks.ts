// Adding, removing, replacing and moving the blocks (snippets, problem sets, free text) a report
// holds: in a part, or in the unnumbered opening and closing around the parts.
import { done, refused, type ReportEdit } from './edit.ts';
import type { Report, ReportBlock } from './schema.ts';
import { findPath, partAt, updatePart, withIndex, withoutIndex } from './tree.ts';

export type BlockContainer = 'opening' | 'closing' | { partId: string };

export interface BlockAt {
  in: BlockContainer;
  index: number;
}

function blocksOf(report: Report, container: BlockContainer): readonly ReportBlock[] | undefined {
  if (container === 'opening' || container === 'closing') return report[container];
  const path = findPath(report.parts, container.partId);
  return path ? partAt(report.parts, path)!.blocks : undefined;
}

function withBlocks(report: Report, container: BlockContainer, blocks: ReportBlock[]): Report {
  if (container === 'opening' || container === 'closing') return { ...report, [container]: blocks };
  const path = findPath(report.parts, container.partId)!;
  return { ...report, parts: updatePart(report.parts, path, (part) => ({ ...part, blocks })) };
}

const notFound = (container: BlockContainer) => refused('report.partNotFound', { id: typeof container === 'string' ? container : container.partId });
const isIndex = (index: number, length: number) => Number.isInteger(index) && index >= 0 && index <= length;

/** Inserts `block` at `at.index` (0 … the number of blocks there). */
export function addBlock(report: Report, at: BlockAt, block: ReportBlock): ReportEdit {
  const blocks = blocksOf(report, at.in);
  if (!blocks) return notFound(at.in);
  if (!isIndex(at.index, blocks.length)) return refused('report.indexOutOfRange', { index: at.index });
  return done(withBlocks(report, at.in, withIndex(blocks, at.index, block)));
}

export function removeBlock(report: Report, at: BlockAt): ReportEdit {
  const blocks = blocksOf(report, at.in);
  if (!blocks) return notFound(at.in);
  if (!isIndex(at.index, blocks.length - 1)) return refused('report.blockNotFound', { index: at.index });
  return done(withBlocks(report, at.in, withoutIndex(blocks, at.index)));
}

/** Puts `block` in the place of the one at `at` (free text edited, another snippet chosen). */
export function replaceBlock(report: Report, at: BlockAt, block: ReportBlock): ReportEdit {
  const blocks = blocksOf(report, at.in);
  if (!blocks) return notFound(at.in);
  if (!isIndex(at.index, blocks.length - 1)) return refused('report.blockNotFound', { index: at.index });
  return done(withBlocks(report, at.in, blocks.map((b, i) => (i === at.index ? block : b))));
}

/**
 * Moves the block at `from` to `to`. `to.index` counts the blocks of the target once the block
 * has left its old place, so within one list 0 … length − 1, and into another 0 … its length.
 */
export function moveBlock(report: Report, from: BlockAt, to: BlockAt): ReportEdit {
  const source = blocksOf(report, from.in);
  if (!source) return notFound(from.in);
  if (!isIndex(from.index, source.length - 1)) return refused('report.blockNotFound', { index: from.index });
  if (!blocksOf(report, to.in)) return notFound(to.in);
  const block = source[from.index]!;
  const taken = withBlocks(report, from.in, withoutIndex(source, from.index));
  const target = blocksOf(taken, to.in)!;
  if (!isIndex(to.index, target.length)) return refused('report.indexOutOfRange', { index: to.index });
  return done(withBlocks(taken, to.in, withIndex(target, to.index, block)));
}
