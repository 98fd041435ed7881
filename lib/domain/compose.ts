// Composing a report's three linked sections from problem sets: 存在问题 numbered （一）（二）…,
// 原因分析 as 一是…二是… (or another style), 下步措施 in the problems' order. A cause or measure
// shared by several problems appears once, where it is first needed. Put together, the sections
// go under their own headings (一、存在问题 …), so two lists numbered （一）（二）（三） never run
// into each other and read as one.
import { isBlankParagraph } from './indent.ts';
import { joinInline, levelOfStyle, renumber, toChineseNumeral, type OutlineStyle } from './outline/index.ts';

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

/** Headings are block levels only: an inline style (一是) cannot stand alone as a heading. */
export const HEADING_STYLES = ['han', 'han-paren', 'arabic', 'arabic-paren'] as const satisfies readonly OutlineStyle[];
export type HeadingStyle = (typeof HEADING_STYLES)[number];

export interface ComposeStyles {
  problems: OutlineStyle;
  causes: OutlineStyle;
  measures: OutlineStyle;
  /** The headings' level when the sections are put together; 一、 by default. */
  headings?: HeadingStyle;
  /** First number of each section, to continue a list the report already has. */
  start?: { problems?: number; causes?: number; measures?: number; headings?: number };
}

export interface ComposedSections {
  problems: string[];
  causes: string[];
  measures: string[];
}

export const SECTION_KEYS = ['problems', 'causes', 'measures'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** The headings' words; they go into the document, which is written in Chinese. */
export const SECTION_TITLES: Record<SectionKey, string> = { problems: '存在问题', causes: '原因分析', measures: '下步措施' };

export const DEFAULT_STYLES: ComposeStyles = { problems: 'han-paren', causes: 'han-shi', measures: 'han-paren', headings: 'han' };

export function composeSections(input: readonly ComposeSet[], styles: ComposeStyles = DEFAULT_STYLES): ComposedSections {
  const sets = input.map(cleanSet);
  const causes = uniqueById(sets.flatMap((s) => s.causes));
  const measures = measuresWithDuties(sets, styles.start?.problems ?? 1);
  return {
    problems: numberItems(sets.map((s) => s.problem.paragraphs), styles.problems, styles.start?.problems),
    causes: numberItems(causes.map((c) => c.paragraphs), styles.causes, styles.start?.causes),
    measures: numberItems(measures, styles.measures, styles.start?.measures),
  };
}

/**
 * The sections as one run of paragraphs, each under its numbered heading. An empty section is
 * left out with its heading, and the headings after it close up (一、存在问题 二、下步措施).
 */
export function composeDocument(sections: ComposedSections, styles: ComposeStyles = DEFAULT_STYLES): string[] {
  return sectionHeadings(sections, styles).flatMap(({ key, heading }) => [heading, ...sections[key]]);
}

/** The numbered heading of each section that has something in it, in order. */
export function sectionHeadings(sections: ComposedSections, styles: ComposeStyles = DEFAULT_STYLES): { key: SectionKey; heading: string }[] {
  const present = SECTION_KEYS.filter((key) => sections[key].length > 0);
  const headings = renumber(present.map((key) => SECTION_TITLES[key]), styles.headings ?? 'han', styles.start?.headings ?? 1);
  return present.map((key, i) => ({ key, heading: headings[i]! }));
}

/**
 * Sections whose items are numbered at the headings' level or above it (（一）存在问题 over
 * （一）…): put together, a reader cannot tell heading from item. Inline styles never clash.
 */
export function clashingSections(styles: ComposeStyles): SectionKey[] {
  const heading = levelOfStyle(styles.headings ?? 'han')!;
  return SECTION_KEYS.filter((key) => {
    const level = levelOfStyle(styles[key]);
    return level !== null && level <= heading;
  });
}

// A snippet's text may come with line breaks inside a paragraph (CR LF from a paste), blank lines,
// or zero-width characters in front of its own number. Each line is a paragraph; a blank one (only
// spaces, no-break or zero-width characters) is dropped, so it can neither take a number nor push
// the next item's; zero-width characters in front are dropped, so the item's own number is seen.
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;
const LEADING_INVISIBLE = /^[\u200b-\u200d\u2060\ufeff]+/;

function cleanParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs
    .flatMap((p) => p.split(LINE_BREAK))
    .map((p) => p.replace(LEADING_INVISIBLE, ''))
    .filter((p) => !isBlankParagraph(p));
}

function cleanSet(set: ComposeSet): ComposeSet {
  const clean = (part: ComposePart) => ({ ...part, paragraphs: cleanParagraphs(part.paragraphs) });
  return { ...set, problem: clean(set.problem), causes: set.causes.map(clean), measures: set.measures.map(clean) };
}

function uniqueById(parts: readonly ComposePart[]): ComposePart[] {
  const seen = new Set<string>();
  return parts.filter((p) => !seen.has(p.id) && seen.add(p.id) && p.paragraphs.length > 0);
}

/**
 * Each measure once, in the problems' order. A problem's 责任单位 / 时限 go after the last of its
 * measures — also when all of them were already listed for an earlier problem, so no problem
 * loses its own duty. On a measure several problems share, a duty says which problem it is for,
 * unless every problem sharing it has the same one.
 */
function measuresWithDuties(sets: readonly ComposeSet[], firstProblem: number): string[][] {
  const position = new Map<string, number>();
  const items: { paragraphs: string[]; users: Set<number>; duties: Duty[] }[] = [];
  sets.forEach((set, index) => {
    const problem = firstProblem + index;
    let last = -1;
    for (const measure of set.measures) {
      if (measure.paragraphs.length === 0) continue;
      let at = position.get(measure.id);
      if (at === undefined) {
        at = items.push({ paragraphs: [...measure.paragraphs], users: new Set(), duties: [] }) - 1;
        position.set(measure.id, at);
      }
      items[at]!.users.add(problem);
      last = Math.max(last, at);
    }
    const text = dutyText(set);
    if (text && last >= 0) items[last]!.duties.push({ problem, text });
  });
  const dutyOf = new Map(sets.map((set, index) => [firstProblem + index, dutyText(set)]));
  return items.map(({ paragraphs, users, duties }) => {
    const note = dutyNote(duties, [...users].map((p) => dutyOf.get(p) ?? ''));
    return note ? [...paragraphs.slice(0, -1), paragraphs[paragraphs.length - 1] + note] : paragraphs;
  });
}

interface Duty {
  problem: number;
  text: string;
}

function dutyText(set: ComposeSet): string {
  const owner = set.owner.trim();
  const deadline = set.deadline.trim();
  return [owner && `责任单位：${owner}`, deadline && `完成时限：${deadline}`].filter(Boolean).join('；');
}

/** `（责任单位：…；完成时限：…）`, or per problem `（第一、三个问题——责任单位：…，完成时限：…；…）`. */
function dutyNote(duties: readonly Duty[], usersDuties: readonly string[]): string {
  if (duties.length === 0) return '';
  const texts = [...new Set(duties.map((d) => d.text))];
  // A problem with no duty of its own leaves nothing to confuse.
  if (texts.length === 1 && usersDuties.every((t) => t === '' || t === texts[0])) return `（${texts[0]}）`;
  const groups = texts.map((text) => {
    const problems = duties.filter((d) => d.text === text).map((d) => toChineseNumeral(d.problem));
    return `第${problems.join('、')}个问题——${text.replace('；', '，')}`;
  });
  return `（${groups.join('；')}）`;
}

const EMPTY_ITEM = '\u0001';

/**
 * Numbers each item's first paragraph. Block styles keep one paragraph per item; inline styles
 * (一是, 第一, 首先) run the items together in one paragraph, as reports write them.
 */
function numberItems(items: readonly string[][], style: OutlineStyle, start = 1): string[] {
  if (items.length === 0) return [];
  // An item with no text left (a problem that was only blank lines) keeps its number, alone, so the
  // items after it and the measures' 第X个问题 still count right.
  const firsts = renumber(items.map((paragraphs) => paragraphs[0] ?? EMPTY_ITEM), style, start).map((line) => line.replace(EMPTY_ITEM, '').trimEnd());
  const numbered = items.map((paragraphs, i) => [firsts[i]!, ...paragraphs.slice(1)]);
  if (levelOfStyle(style) !== null) return numbered.flat();
  return [joinInline(numbered)];
}
