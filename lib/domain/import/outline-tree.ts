// Building a section tree from a report's lines by their outline markers (一、/（一）/1./（1）/①).
// Inline markers (一是, 第一，, 首先) number items inside a section, so their lines stay body text.
import type { OutlineLevel, OutlineStyle } from '../outline/index.ts';
import { attachmentListItem, attachmentListNext, endingStart, isDate, isSignatureOrDate } from './ending.ts';
import { simplified } from './traditional.ts';
import { attachmentHeading, importMarker, isTitleBlockLine, partHeading, TITLE_KIND } from './markers.ts';

export interface OutlineSection {
  level: OutlineLevel;
  style: OutlineStyle;
  number: number;
  /** The marker as written in the source, e.g. `(二)`. */
  marker: string;
  heading: string;
  /**
   * True when the heading is the first sentence of a paragraph that goes on (（一）落实责任。作为…);
   * that paragraph, without its marker, is then body[0]. False for a heading on its own line.
   */
  headingRunIn: boolean;
  /** Paragraphs before the first child, markers removed. */
  body: string[];
  children: OutlineSection[];
  /** Paragraphs after the children that sum them up (以上问题的存在…). */
  after: string[];
  /** True for a part (第一部分 …), which holds 一、 sections as its children. */
  part?: boolean;
  /** True for an attachment after the 落款 (附件1 and its title), a part of its own. */
  attachment?: boolean;
  /** True for a heading known by its Word heading style, not by a marker. */
  styled?: boolean;
  /** The heading is the start of its run-in paragraph cut short, not a sentence of its own. */
  clipped?: boolean;
  /** The heading as written when its line ended with a full stop (the heading has none). */
  written?: string;
}

export interface OutlineDocument {
  /** A short first line with no marker and no sentence in it. */
  title: string | null;
  /**
   * Lines under the title that belong to it, not to the opening: a subtitle (——在…会议上), the
   * speaker or writer (××街道党工委书记 李某某), the date in brackets. Absent when there are none.
   */
  titleBlock?: string[];
  /** Paragraphs before the first section: the opening. */
  preamble: string[];
  sections: OutlineSection[];
  /** From 以上是我的述职报告 / 不妥之处 / 述职人： to the end. */
  closing: string[];
}

const TITLE_MAX_LENGTH = 40;
const STYLE_OF_LEVEL: Record<OutlineLevel, OutlineStyle> = { 1: 'han', 2: 'han-paren', 3: 'arabic', 4: 'arabic-paren', 5: 'circled' };
// A heading sentence longer than this is a paragraph that happens to be numbered.
const HEADING_MAX_LENGTH = 40;
// A half-width full stop counts too (加强党建,召开X次会议.), but not the point in 1.5.
const SENTENCE_END = /[。！？!?；;：:]|\.(?!\d)/;
const SUMMARY_START = /^(?:以上|上述|综上|总之|总的来看|总体来看|总的来说|总体来讲)/;
// After the last heading, a speech turns to its audience once more (同志们，…！) to end.
const SPEECH_END = /^同志们[，,！!]/;
const CLOSING = /^特此(?:报告|汇报)|^(?:以上|上述)(?:是|就是|为|即为)?(?:我|本人|我们)?.{0,12}(?:述职|述廉|报告|汇报|发言|对照检查|检视剖析|剖析|材料)|不妥之处|批评指正|请.{0,4}审议|^(?:述职人|汇报人|报告人)\s*[:：]/;

/**
 * `styleLevels`, for a .docx, gives each line's Word heading level (null for body text): a heading
 * without a marker takes its level from its style, the highest style used being level 1.
 */
export function parseOutline(lines: readonly string[], styleLevels: readonly (number | null)[] = []): OutlineDocument {
  const doc: OutlineDocument = { title: null, preamble: [], sections: [], closing: [] };
  const kept = joinBareMarkers(lines.map((line, i) => ({ text: line.trim(), style: styleLevels[i] ?? null })).filter((line) => line.text !== ''));
  const paragraphs = kept.map((line) => line.text);
  // Attachments after the 落款 (附件1 …) are parts of their own; the report's ending comes before them.
  const attached = attachmentsStart(paragraphs);
  const styles = inferHeadlines(paragraphs, bracketLevels(paragraphs, kept.map((line) => line.style), attached), attached);
  const topStyle = Math.min(...styles.filter((s): s is number => s !== null));
  // 特此报告, the signature and the date after the last paragraph are the closing, whatever precedes.
  const ending = endingStart(paragraphs.slice(0, attached));
  const lastHeading = lastHeadingIndex(paragraphs, styles, attached);
  const stack: OutlineSection[] = [];
  // Where the next unnumbered paragraph goes.
  let target: string[] = doc.preamble;
  let attachmentTitle = false;
  // The number the next item of a list of attachments (附件：1.… 2.…) would have.
  let listNext: number | null = null;
  // The number the next item of the notes under 注释： would have.
  let noteNext: number | null = null;
  // The next item of a list led in by a sentence ending in ：.
  let itemNext: { number: number; style: OutlineStyle } | null = null;
  paragraphs.forEach((text, i) => {
    const listed: boolean = listNext !== null && attachmentListItem(text) === listNext;
    listNext = attachmentListNext(text) ?? (listed ? listNext! + 1 : null);
    if (i >= attached) {
      const attachment = attachmentHeading(text);
      if (attachment) {
        const section: OutlineSection = { level: 1, style: 'han', number: attachment.number, marker: attachment.marker, heading: attachment.title || attachment.marker, headingRunIn: false, body: [], children: [], after: [], part: true, attachment: true };
        stack.length = 0;
        doc.sections.push(section);
        stack.push(section);
        target = section.body;
        attachmentTitle = attachment.title === '';
        return;
      }
      // The line under 附件1 names the attachment: its heading.
      if (attachmentTitle && isAttachmentTitle(text)) {
        stack[0]!.heading = text;
        attachmentTitle = false;
        return;
      }
      attachmentTitle = false;
    } else {
      if (i >= ending && i > 0) target = doc.closing;
      if (target === doc.closing) return void doc.closing.push(text);
    }
    // 2.…情况表 under 附件：1.… is the list's next line, not a heading.
    if (listed) return void target.push(text);
    // ① ② … (or 1. 2. …) under 注释： alone on its line are the notes' items, never headings.
    const noted: boolean = noteNext !== null && importMarker(text)?.number === noteNext;
    noteNext = NOTE_LABEL.test(text) ? 1 : noted ? noteNext! + 1 : null;
    if (noted) return void target.push(text);
    // (1)…； (2)…； or 1) 2) after a sentence that ends in ： (做好以下工作：) are that sentence's
    // items, each ending in ； or 。 — lines of the paragraph, not headings of the outline.
    const item = importMarker(text);
    const itemOf = item !== null && item.level !== null && item.level >= ITEM_LEVEL && ITEM_END.test(text) ? item : null;
    const itemed: boolean = itemOf !== null && (itemOf.number === 1 ? leadsIn(paragraphs[i - 1] ?? '') : itemNext !== null && itemOf.number === itemNext.number && itemOf.style === itemNext.style);
    itemNext = itemed ? { number: itemOf!.number! + 1, style: itemOf!.style } : null;
    if (itemed) return void target.push(text);
    const part = partHeading(text);
    const marker = part ? null : importMarker(text);
    if (i === 0 && !part && isTitle(text, marker !== null) && paragraphs.length > 1) {
      doc.title = text;
      return;
    }
    if (i === 1 && doc.title !== null && continuesTitle(doc.title, text, marker !== null)) {
      doc.title += text;
      return;
    }
    if (doc.title !== null && i === 1 + (doc.titleBlock?.length ?? 0) && i < ending && isTitleBlockLine(text)) {
      (doc.titleBlock ??= []).push(text);
      return;
    }
    const style = styles[i];
    if (!part && !(marker && marker.level !== null) && style !== null && style !== undefined) {
      const level = Math.min(5, Math.max(1, style - topStyle + 1)) as OutlineLevel;
      const section: OutlineSection = { level, style: STYLE_OF_LEVEL[level], number: 0, marker: '', heading: bracketed(text) ?? text, headingRunIn: false, body: [], children: [], after: [], styled: true };
      while (stack.length > 0 && !stack[stack.length - 1]!.part && stack[stack.length - 1]!.level >= section.level) stack.pop();
      (stack[stack.length - 1]?.children ?? doc.sections).push(section);
      stack.push(section);
      target = section.body;
      return;
    }
    if (part) {
      // A part holds the 一、 sections that follow until the next part.
      const section: OutlineSection = { level: 1, style: 'han', number: part.number, marker: part.marker, heading: part.rest || part.marker, headingRunIn: false, body: [], children: [], after: [], part: true };
      stack.length = 0;
      doc.sections.push(section);
      stack.push(section);
      target = section.body;
      return;
    }
    if (marker && marker.level !== null && marker.number !== null && !continuesInlineList(marker.markerText, marker.number, paragraphs[i - 1])) {
      const section = newSection(marker.level, marker.style, marker.number, marker.markerText, marker.rest);
      while (stack.length > 0 && !stack[stack.length - 1]!.part && stack[stack.length - 1]!.level >= section.level) stack.pop();
      (stack[stack.length - 1]?.children ?? doc.sections).push(section);
      stack.push(section);
      target = section.body;
      return;
    }
    if (i < attached && doc.sections.length > 0 && (CLOSING.test(simplified(text)) || (i > lastHeading && SPEECH_END.test(text)))) {
      target = doc.closing;
      return void doc.closing.push(text);
    }
    if (stack.length > 1 && !stack[stack.length - 2]!.part && SUMMARY_START.test(text)) {
      // A summary closes the current subsection and speaks for its parent.
      stack.pop();
      target = stack[stack.length - 1]!.after;
    }
    target.push(text);
  });
  for (const section of doc.sections) foldDeepSections(section, 1);
  return doc;
}

/**
 * A number alone on its line (一、 / 德): a copy of Word's automatic numbering from a PDF puts the
 * number and its heading on lines of their own. The number goes with the line after it.
 */
function joinBareMarkers(lines: { text: string; style: number | null }[]): { text: string; style: number | null }[] {
  const out: { text: string; style: number | null }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const marker = importMarker(lines[i]!.text);
    const next = lines[i + 1];
    const bare = marker !== null && marker.level !== null && marker.rest.trim() === '' && partHeading(lines[i]!.text) === null;
    if (bare && next && importMarker(next.text) === null && partHeading(next.text) === null) {
      out.push({ text: `${lines[i]!.text}${next.text}`, style: lines[i]!.style ?? next.style });
      i++;
    } else out.push(lines[i]!);
  }
  return out;
}

// A list's items are numbered 1. (1) 1) ①, the levels below （一）; each ends as a clause does.
const ITEM_LEVEL = 3;
const ITEM_END = /[；;。]$/;
// A sentence that leads in a list: 主要做了以下工作： (not a heading 一、主要做法：, whose marker says so)
// — a Chinese character, at least four more, a colon at the end. Tested piece by piece: as one
// pattern (Han, .{4,}, colon, end) it backtracked over every paragraph, and made an import of
// 100,000 characters twice as slow.
const HAN = /\p{Script=Han}/u;
const leadsIn = (text: string) => (text.endsWith('：') || text.endsWith(':')) && HAN.test(text.slice(0, -5));

// 注：/注释：/备注： alone on its line heads the notes at a report's end (①数据来源…).
const NOTE_LABEL = /^(?:注|注释|备注|说明|资料来源|数据来源)\s*[:：]$/;

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

/**
 * ② on the line after 注：①… (or any line with ① inside it) goes on the list that line opened: a
 * note's items, not a heading.
 */
function continuesInlineList(marker: string, number: number, previous: string | undefined): boolean {
  const at = CIRCLED.indexOf(marker.trim());
  if (at < 1 || previous === undefined || number !== at + 1) return false;
  const before = previous.indexOf(CIRCLED[at - 1]!);
  return before > 0;
}

// GB/T 9704 numbers four levels, and a report holds no more (a 第一部分 above 一、 takes one of them).
const MAX_DEPTH = 4;

/**
 * A section deeper than a report can number ((1) under 1. under (一) under 一、 under 第一部分) is
 * a line of its parent's text, with its number as written: made a heading, it would be written as
 * a line of text above its own paragraph, the words twice.
 */
function foldDeepSections(section: OutlineSection, depth: number): void {
  if (depth < MAX_DEPTH) {
    for (const child of section.children) foldDeepSections(child, depth + 1);
    return;
  }
  if (section.children.length === 0) return;
  section.body.push(...section.children.flatMap(linesOf), ...section.after);
  section.children = [];
  section.after = [];
}

/** A section's lines as the report wrote them: its numbered line, its text, its children's. */
function linesOf(section: OutlineSection): string[] {
  const [first, ...rest] = section.headingRunIn ? section.body : [section.written ?? section.heading, ...section.body];
  return [`${section.marker}${first ?? ''}`, ...rest, ...section.children.flatMap(linesOf), ...section.after];
}

/**
 * Where the attachments start: the first 附件1 / 附表 line right after a signature or a date (the
 * 落款), or paragraphs.length when the report has none after its ending.
 */
function attachmentsStart(paragraphs: readonly string[]): number {
  for (let i = 2; i < paragraphs.length; i++) {
    if (attachmentHeading(paragraphs[i]!) && isSignatureOrDate(paragraphs[i - 1]!) && endingStart(paragraphs.slice(0, i)) < i) return i;
  }
  return paragraphs.length;
}

function isAttachmentTitle(text: string): boolean {
  return text.length <= TITLE_MAX_LENGTH && !/[。；;！？!?]/.test(text) && importMarker(text) === null;
}

/** The index of the last heading line (numbered, a part or styled) before `end`; -1 if none. */
function lastHeadingIndex(paragraphs: readonly string[], styles: readonly (number | null)[], end: number): number {
  for (let i = Math.min(end, paragraphs.length) - 1; i >= 0; i--) {
    const marker = importMarker(paragraphs[i]!);
    if ((marker && marker.level !== null) || partHeading(paragraphs[i]!) || styles[i] !== null) return i;
  }
  return -1;
}

// A headline of a bulletin or a news item: short, no sentence in it, right before a paragraph.
const HEADLINE_MAX_LENGTH = 40;
const HEADLINE_MIN_LENGTH = 6;
const NOT_A_HEADLINE = /[。；;：:！？!?，,]$|[。；;！？!?]/;
const PROSE = /[。；;！？!?]/;
const MIN_HEADLINES = 2;

/**
 * A text with no outline marker at all (a 工作动态 or 简报 of several items) still has headings:
 * each item's headline, alone on its line between paragraphs. They get the top level, as Word's
 * heading styles would give them; a text with markers or styles is left as it is.
 */
// Headings written in brackets on a line of their own, with no number: 【党建引领，夯实基础】 over
// 〖健全组织体系〗. The brackets are the heading's marks, as ## is Markdown's.
const BRACKETED = /^(?:【([^【】]{2,30})】|〖([^〖〗]{2,30})〗|［([^［］]{2,30})］)$/;
const MIN_BRACKETED = 2;

/** The words of a heading written in brackets (【…】, 〖…〗, ［…］); null for any other line. */
function bracketed(text: string): string | null {
  const match = BRACKETED.exec(text.trim());
  if (!match) return null;
  const words = (match[1] ?? match[2] ?? match[3]!).trim();
  return /[。；;！？!?]/.test(words) ? null : words;
}

/**
 * Levels for headings in brackets, when the text has no others: the kind of bracket seen first is
 * the first level, the next kind the second. A lone 【编者按】 is no outline.
 */
function bracketLevels(paragraphs: readonly string[], styles: readonly (number | null)[], end: number): (number | null)[] {
  if (styles.some((s) => s !== null)) return [...styles];
  const kinds: string[] = [];
  const counts = new Map<string, number>();
  paragraphs.slice(0, end).forEach((text) => {
    if (bracketed(text) === null) return;
    const kind = text.trim()[0]!;
    if (!kinds.includes(kind)) kinds.push(kind);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  });
  const levels = kinds.filter((kind) => (counts.get(kind) ?? 0) >= MIN_BRACKETED);
  if (levels.length === 0) return [...styles];
  return paragraphs.map((text, i) => (i < end && bracketed(text) !== null && levels.includes(text.trim()[0]!) ? levels.indexOf(text.trim()[0]!) + 1 : (styles[i] ?? null)));
}

function inferHeadlines(paragraphs: readonly string[], styles: readonly (number | null)[], end: number): (number | null)[] {
  if (styles.some((s) => s !== null)) return [...styles];
  const body = paragraphs.slice(0, end);
  if (body.some((text) => partHeading(text) !== null || importMarker(text)?.level != null)) return [...styles];
  const headline = (i: number) => {
    const text = body[i]!;
    if (text.length < HEADLINE_MIN_LENGTH || text.length > HEADLINE_MAX_LENGTH || NOT_A_HEADLINE.test(text)) return false;
    // A headline may end as a unit's name does (…分析会): only a date is never one.
    if (isTitleBlockLine(text) || isDate(text) || CLOSING.test(simplified(text))) return false;
    const next = body[i + 1];
    const previous = body[i - 1];
    // Between two paragraphs: after the title (or a paragraph that ends), before prose.
    return next !== undefined && PROSE.test(next) && next.length > HEADLINE_MAX_LENGTH && (previous === undefined || i === 1 || PROSE.test(previous) || /[)）]$/.test(previous) || isTitleBlockLine(previous));
  };
  const found = body.map((_, i) => i > 0 && headline(i));
  if (found.filter(Boolean).length < MIN_HEADLINES) return [...styles];
  return styles.map((s, i) => (found[i] ? 1 : s));
}

function newSection(level: OutlineLevel, style: OutlineStyle, number: number, marker: string, rest: string): OutlineSection {
  const section: OutlineSection = { level, style, number, marker, heading: rest, headingRunIn: false, body: [], children: [], after: [] };
  const end = rest.search(SENTENCE_END);
  // 一、主要工作 — a heading on its own line; the paragraphs under it are its body.
  if (end < 0 && rest.length <= HEADING_MAX_LENGTH) return section;
  // （三）注重学用结合，推动成果转化。 alone on its line: a heading with a full stop, not a paragraph.
  if (end === rest.length - 1 && /[。！？!?]$/.test(rest) && end <= HEADING_MAX_LENGTH) {
    section.heading = rest.slice(0, end);
    section.written = rest;
    return section;
  }
  // （一）落实责任，夯实党建基础。作为… — the first sentence heads the paragraph it belongs to.
  const sentence = end >= 0 && end <= HEADING_MAX_LENGTH;
  section.heading = sentence ? rest.slice(0, end) : clip(rest);
  section.headingRunIn = true;
  // 1.全年完成投资12.5亿元，同比增长8%…: no sentence to head it, so the heading is cut from the
  // paragraph's start; a document made from it writes the number before the whole paragraph.
  if (!sentence) section.clipped = true;
  section.body.push(rest);
  return section;
}

// A long title breaks over two lines (县住房和城乡建设局关于2024年度城镇老旧小区 / 改造工作情况的报告):
// the first does not end as a document's name does, the second does.
const TWO_LINE_TITLE_MAX_LENGTH = 60;
const TITLE_TAIL_MAX_LENGTH = 24;

function continuesTitle(title: string, text: string, numbered: boolean): boolean {
  if (numbered || TITLE_KIND.test(title) || !TITLE_KIND.test(text) || text.length > TITLE_TAIL_MAX_LENGTH) return false;
  return title.length + text.length <= TWO_LINE_TITLE_MAX_LENGTH && !/[。，,；;！？!?：:]/.test(text) && !isTitleBlockLine(text) && !isSignatureOrDate(text);
}

function isTitle(text: string, numbered: boolean): boolean {
  return !numbered && text.length <= TITLE_MAX_LENGTH && !/[。，,；;！？!?]/.test(text);
}

/** A heading made from the start of a long sentence: cut at a comma if there is one early. */
function clip(text: string): string {
  const comma = text.slice(0, 24).search(/[，,、]/);
  if (comma >= 6) return text.slice(0, comma);
  return text.slice(0, 20) + '…';
}
