// Composing a report's three linked sections from problem sets: 存在问题 numbered （一）（二）…,
// 原因分析 as 一是…二是… (or another style), 下步措施 in the problems' order. A cause or measure
// shared by several problems appears once, where it is first needed.
import { levelOfStyle, renumber, type OutlineStyle } from './outline/index.ts';

/** A snippet already rendered to paragraphs. */
export interface ComposePart {
  id: string;
  paragraphs: string[];
}

export interface ComposeSet {
  problem: ComposePart;
  causes: ComposePart[];
  measures: ComposePart[];
  owner: string;
  deadline: string;
}

export interface ComposeStyles {
  problems: OutlineStyle;
  causes: OutlineStyle;
  measures: OutlineStyle;
  /** First number of each section, to continue a list the report already has. */
  start?: { problems?: number; causes?: number; measures?: number };
}

export interface ComposedSections {
  problems: string[];
  causes: string[];
  measures: string[];
}

export const DEFAULT_STYLES: ComposeStyles = { problems: 'han-paren', causes: 'han-shi', measures: 'han-paren' };

export function composeSections(sets: readonly ComposeSet[], styles: ComposeStyles = DEFAULT_STYLES): ComposedSections {
  const causes = uniqueById(sets.flatMap((s) => s.causes));
  const measures = measuresWithDuties(sets);
  return {
    problems: numberItems(sets.map((s) => s.problem.paragraphs), styles.problems, styles.start?.problems),
    causes: numberItems(causes.map((c) => c.paragraphs), styles.causes, styles.start?.causes),
    measures: numberItems(measures, styles.measures, styles.start?.measures),
  };
}

function uniqueById(parts: readonly ComposePart[]): ComposePart[] {
  const seen = new Set<string>();
  return parts.filter((p) => !seen.has(p.id) && seen.add(p.id) && p.paragraphs.length > 0);
}

/** Each set's measures, with its 责任单位 / 时限 after the last of them. */
function measuresWithDuties(sets: readonly ComposeSet[]): string[][] {
  const seen = new Set<string>();
  const items: string[][] = [];
  for (const set of sets) {
    const fresh = set.measures.filter((m) => !seen.has(m.id) && m.paragraphs.length > 0);
    fresh.forEach((m) => seen.add(m.id));
    const duty = dutyNote(set);
    fresh.forEach((m, i) => {
      const paragraphs = [...m.paragraphs];
      if (duty && i === fresh.length - 1) paragraphs[paragraphs.length - 1] += duty;
      items.push(paragraphs);
    });
  }
  return items;
}

function dutyNote(set: ComposeSet): string {
  const parts = [set.owner.trim() && `责任单位：${set.owner.trim()}`, set.deadline.trim() && `完成时限：${set.deadline.trim()}`].filter(Boolean);
  return parts.length ? `（${parts.join('；')}）` : '';
}

/**
 * Numbers each item's first paragraph. Block styles keep one paragraph per item; inline styles
 * (一是, 第一, 首先) run the items together in one paragraph, as reports write them.
 */
function numberItems(items: readonly string[][], style: OutlineStyle, start = 1): string[] {
  if (items.length === 0) return [];
  const firsts = renumber(items.map((paragraphs) => paragraphs[0]!), style, start);
  const numbered = items.map((paragraphs, i) => [firsts[i]!, ...paragraphs.slice(1)]);
  if (levelOfStyle(style) !== null) return numbered.flat();
  return [numbered.map((paragraphs) => paragraphs.join('')).join('')];
}
