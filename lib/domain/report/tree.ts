// Reading and rebuilding the outline by path (the indices from the top level down). Every rebuild
// copies only the parts on the path and shares the rest, so a report is never changed in place.
import type { ReportPart } from './schema.ts';

export type PartPath = readonly number[];

/** The path to the part with `id`, or null. */
export function findPath(parts: readonly ReportPart[], id: string): number[] | null {
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (part.id === id) return [i];
    const below = findPath(part.children, id);
    if (below) return [i, ...below];
  }
  return null;
}

export function partAt(parts: readonly ReportPart[], path: PartPath): ReportPart | undefined {
  let list = parts;
  let part: ReportPart | undefined;
  for (const i of path) {
    part = list[i];
    if (!part) return undefined;
    list = part.children;
  }
  return part;
}

/** The list of siblings `path` points into (the top level for a one-step path). */
export function siblingsAt(parts: readonly ReportPart[], parentPath: PartPath): readonly ReportPart[] | undefined {
  return parentPath.length === 0 ? parts : partAt(parts, parentPath)?.children;
}

/** The outline with the sibling list under `parentPath` replaced by what `change` makes of it. */
export function updateSiblings(parts: readonly ReportPart[], parentPath: PartPath, change: (siblings: readonly ReportPart[]) => ReportPart[]): ReportPart[] {
  if (parentPath.length === 0) return change(parts);
  const [head, ...rest] = parentPath as [number, ...number[]];
  return parts.map((part, i) => (i === head ? { ...part, children: updateSiblings(part.children, rest, change) } : part));
}

/** The outline with the part at `path` replaced by what `change` makes of it. */
export function updatePart(parts: readonly ReportPart[], path: PartPath, change: (part: ReportPart) => ReportPart): ReportPart[] {
  const index = path[path.length - 1]!;
  return updateSiblings(parts, path.slice(0, -1), (siblings) => siblings.map((p, i) => (i === index ? change(p) : p)));
}

/** How many levels a part and its sub-parts take: 1 for a part without children. */
export function depthOf(part: ReportPart): number {
  return 1 + Math.max(0, ...part.children.map(depthOf));
}

/** Every part, in reading order, with its path. */
export function* walkParts(parts: readonly ReportPart[], parentPath: PartPath = []): Generator<{ part: ReportPart; path: number[] }> {
  for (let i = 0; i < parts.length; i++) {
    const path = [...parentPath, i];
    yield { part: parts[i]!, path };
    yield* walkParts(parts[i]!.children, path);
  }
}

export const withoutIndex = <T>(list: readonly T[], index: number): T[] => [...list.slice(0, index), ...list.slice(index + 1)];
export const withIndex = <T>(list: readonly T[], index: number, item: T): T[] => [...list.slice(0, index), item, ...list.slice(index)];
