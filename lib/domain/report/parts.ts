// Adding, removing, renaming and moving parts of a report's outline. Moves stay among siblings
// (up/down), go under the part above (indent) or out beside the parent (outdent), or go to any
// place (to: a parent and an index, as a drag drops it). A move that cannot be done is refused
// with a code, never half done.
import { done, refused, type ReportEdit } from './edit.ts';
import { headingText } from './numbering.ts';
import { MAX_PART_LEVEL, type Report, type ReportPart } from './schema.ts';
import { depthOf, findPath, partAt, siblingsAt, updatePart, updateSiblings, withIndex, withoutIndex, type PartPath } from './tree.ts';

export type PartMove =
  | { kind: 'up' }
  | { kind: 'down' }
  /** Becomes the last sub-part of the part just above it. */
  | { kind: 'indent' }
  /** Leaves its parent and comes right after it; the siblings below it stay where they are. */
  | { kind: 'outdent' }
  /** Under `parentId` (null: the top level) at `index`, counted among the siblings it lands in. */
  | { kind: 'to'; parentId: string | null; index: number };

export interface NewPart {
  id: string;
  heading: string;
  /** The parent part; null for the top level. */
  parentId: string | null;
  /** Where among the parent's parts; the end when left out. */
  index?: number;
}

export function addPart(report: Report, { id, heading, parentId, index }: NewPart): ReportEdit {
  if (findPath(report.parts, id)) return refused('report.duplicatePartId', { id });
  const parentPath = parentId === null ? [] : findPath(report.parts, parentId);
  if (!parentPath) return refused('report.partNotFound', { id: parentId ?? '' });
  if (parentPath.length + 1 > MAX_PART_LEVEL) return refused('report.tooDeep', { max: MAX_PART_LEVEL });
  const siblings = siblingsAt(report.parts, parentPath)!;
  const at = index ?? siblings.length;
  if (!isIndex(at, siblings.length)) return refused('report.indexOutOfRange', { index: at });
  const part: ReportPart = { id, heading: headingText(heading), blocks: [], children: [] };
  return done({ ...report, parts: updateSiblings(report.parts, parentPath, (list) => withIndex(list, at, part)) });
}

/** Removes the part with everything under it. */
export function removePart(report: Report, id: string): ReportEdit {
  const path = findPath(report.parts, id);
  if (!path) return refused('report.partNotFound', { id });
  const index = path[path.length - 1]!;
  return done({ ...report, parts: updateSiblings(report.parts, path.slice(0, -1), (list) => withoutIndex(list, index)) });
}

export function renamePart(report: Report, id: string, heading: string): ReportEdit {
  const path = findPath(report.parts, id);
  if (!path) return refused('report.partNotFound', { id });
  // A heading the writer words is a heading of its own: it no longer runs into its paragraph.
  return done({ ...report, parts: updatePart(report.parts, path, ({ runIn: _runIn, ...part }) => ({ ...part, heading: headingText(heading) })) });
}

export function movePart(report: Report, id: string, move: PartMove): ReportEdit {
  const path = findPath(report.parts, id);
  if (!path) return refused('report.partNotFound', { id });
  const parentPath = path.slice(0, -1);
  const index = path[path.length - 1]!;
  const count = siblingsAt(report.parts, parentPath)!.length;
  switch (move.kind) {
    case 'up':
      return index === 0 ? refused('report.alreadyFirst') : relocate(report, path, parentPath, index - 1);
    case 'down':
      return index === count - 1 ? refused('report.alreadyLast') : relocate(report, path, parentPath, index + 1);
    case 'indent': {
      if (index === 0) return refused('report.nothingToIndentUnder');
      const newParentPath = [...parentPath, index - 1];
      const above = partAt(report.parts, newParentPath)!;
      return relocate(report, path, newParentPath, above.children.length);
    }
    case 'outdent': {
      if (parentPath.length === 0) return refused('report.alreadyTopLevel');
      return relocate(report, path, parentPath.slice(0, -1), parentPath[parentPath.length - 1]! + 1);
    }
    case 'to': {
      const target = move.parentId === null ? [] : findPath(report.parts, move.parentId);
      if (!target) return refused('report.partNotFound', { id: move.parentId ?? '' });
      if (startsWith(target, path)) return refused('report.intoItself');
      return relocate(report, path, target, move.index);
    }
  }
}

/**
 * Takes the part at `from` out and puts it under `toParent` (a path in the outline as it was) at
 * `index` among the siblings it joins there, once it has left its old place.
 */
function relocate(report: Report, from: PartPath, toParent: PartPath, index: number): ReportEdit {
  const part = partAt(report.parts, from)!;
  if (toParent.length + depthOf(part) > MAX_PART_LEVEL) return refused('report.tooDeep', { max: MAX_PART_LEVEL });
  const fromIndex = from[from.length - 1]!;
  const fromParent = from.slice(0, -1);
  // Taking the part out shifts the target's path when the target sits after it among its siblings.
  const shifted = toParent.map((step, depth) => (depth === fromParent.length && startsWith(toParent, fromParent) && step > fromIndex ? step - 1 : step));
  const without = updateSiblings(report.parts, fromParent, (list) => withoutIndex(list, fromIndex));
  const siblings = siblingsAt(without, shifted)!;
  if (!isIndex(index, siblings.length)) return refused('report.indexOutOfRange', { index });
  return done({ ...report, parts: updateSiblings(without, shifted, (list) => withIndex(list, index, part)) });
}

const isIndex = (index: number, length: number) => Number.isInteger(index) && index >= 0 && index <= length;
const startsWith = (path: PartPath, prefix: PartPath) => prefix.length <= path.length && prefix.every((step, i) => path[i] === step);
