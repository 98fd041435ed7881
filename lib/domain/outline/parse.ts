// Reading the marker at the start of a line. Imported reports mix full- and half-width forms
// ((一) and （一）, 1. and 1． and 1、), so every variant a writer might type is accepted here and
// the renderer writes only the standard one.
import { fromCircled } from './circled.ts';
import { parseChineseNumeral } from './numerals.ts';
import { levelOfStyle, type OutlineLevel, type OutlineStyle } from './styles.ts';

export interface ParsedMarker {
  style: OutlineStyle;
  level: OutlineLevel | null;
  /** The item's number; null only for 最后, whose number depends on the list's length. */
  number: number | null;
  /** The marker as written, e.g. `(一)` or `1．`. */
  markerText: string;
  /** Whitespace before the marker (often full-width spaces used as indentation). */
  indent: string;
  /** The line after the marker and any spaces following it. */
  rest: string;
}

const HAN = '[零〇一二三四五六七八九十百千]+';
// Three digits at most, so a year (2020.) or a figure never reads as a marker.
const DIGITS = '[0-9０-９]{1,3}';

type Reader = (match: RegExpExecArray) => { style: OutlineStyle; number: number | null } | null;

// Order matters: parentheses before bare numerals, and 1.5 (a figure) is refused by the lookahead.
const PATTERNS: ReadonlyArray<readonly [RegExp, Reader]> = [
  [new RegExp(`^[（(]\\s*(${HAN})\\s*[）)][、.．]?`), (m) => withNumber('han-paren', han(m[1]))],
  [new RegExp(`^[（(]\\s*(${DIGITS})\\s*[）)][、.．]?`), (m) => withNumber('arabic-paren', arabic(m[1]))],
  [/^[⑴-⒇]/, (m) => withNumber('arabic-paren', offset(m[0], 0x2474))],
  [/^[⒈-⒛]/, (m) => withNumber('arabic', offset(m[0], 0x2488))],
  [/^[①-⑳㉑-㉟㊱-㊿]/, (m) => withNumber('circled', fromCircled(m[0]))],
  [new RegExp(`^(${HAN})\\s*[、.．]`), (m) => withNumber('han', han(m[1]))],
  [new RegExp(`^(${DIGITS})\\s*[.．、](?![0-9０-９])`), (m) => withNumber('arabic', arabic(m[1]))],
  [new RegExp(`^(${DIGITS})\\s*[）)]`), (m) => withNumber('arabic-paren', arabic(m[1]))],
  [new RegExp(`^(${HAN})是`), (m) => withNumber('han-shi', han(m[1]))],
  [new RegExp(`^第(${HAN})\\s*[，,、：:.．]`), (m) => withNumber('di-han', han(m[1]))],
  // 首先/其次 often run straight into the sentence (首先要…); 再次/最后 do so as ordinary words
  // (再次强调, 最后一公里), so those two count only with punctuation after them.
  [/^(首先|其次)(?:\s*[，,、：:])?/, (m) => ({ style: 'sequence', number: m[1] === '首先' ? 1 : 2 })],
  [/^(再次|最后)\s*[，,、：:]/, (m) => ({ style: 'sequence', number: m[1] === '再次' ? 3 : null })],
];

// Every marker starts with one of these; most lines of a report are prose and leave at once.
// Zero-width spaces and joiners copied in front of a line hide nothing: they count as indentation.
const MARKER_START = /^[\s\u200b-\u200d\u2060]*[（(0-9０-９⑴-⒇⒈-⒛①-⑳㉑-㉟㊱-㊿零〇一二三四五六七八九十百千第首其再最]/;

/** The outline marker that starts `line`, or null when it has none. */
export function parseMarker(line: string): ParsedMarker | null {
  if (!MARKER_START.test(line)) return null;
  const indent = /^[\s\u200b-\u200d\u2060]*/.exec(line)?.[0] ?? '';
  const body = line.slice(indent.length);
  for (const [pattern, read] of PATTERNS) {
    const match = pattern.exec(body);
    if (!match) continue;
    const found = read(match);
    if (!found) continue;
    const markerText = match[0];
    // 一、二季度 (the first and second quarters), 第一、二批: the 、 joins two numbers
    // of one enumeration, and the line has no marker at all. Only the next number counts, and
    // only written right after the 、, so a heading 一、二〇二五年工作 or 一、 二季度 stays one.
    if (found.number !== null && continuesEnumeration(found.style, found.number, markerText, body.slice(markerText.length))) return null;
    const rest = body.slice(markerText.length).replace(/^\s+/, '');
    // Fields listed one by one: an object spread here made the whole parse ten times slower.
    return { style: found.style, level: levelOfStyle(found.style), number: found.number, markerText, indent, rest };
  }
  return null;
}

/** The line without its leading marker (and the indentation before it); unchanged if it has none. */
export function stripMarker(line: string): string {
  return parseMarker(line)?.rest ?? line;
}

const NEXT_NUMBER: Partial<Record<OutlineStyle, RegExp>> = {
  han: new RegExp(`^${HAN}`),
  'di-han': new RegExp(`^第?${HAN}`),
  // Arabic needs none: 1、2月份 is already refused because a digit follows the 、.
};

function continuesEnumeration(style: OutlineStyle, number: number, markerText: string, after: string): boolean {
  const next = NEXT_NUMBER[style];
  if (!next || !markerText.endsWith('、')) return false;
  const run = next.exec(after)?.[0].replace(/^第/, '');
  if (run === undefined) return false;
  return han(run) === number + 1;
}

function withNumber(style: OutlineStyle, number: number | null) {
  return number === null || number < 1 ? null : { style, number };
}

function han(text: string | undefined): number | null {
  return text === undefined ? null : parseChineseNumeral(text);
}

function arabic(text: string | undefined): number | null {
  if (text === undefined) return null;
  // Full-width digits ０–９ sit 0xFEE0 above ASCII.
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    value = value * 10 + (code >= 0xff10 ? code - 0xff10 : code - 0x30);
  }
  return value;
}

function offset(char: string, first: number): number {
  return char.charCodeAt(0) - first + 1;
}
