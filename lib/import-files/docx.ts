// A .docx file's paragraphs as plain text lines, read by mammoth, with the outline level of each
// paragraph in a Word heading style (标题 1 → 1). Raw text would lose those levels, so mammoth's HTML
// is read — here, as text: its tags only split paragraphs and name heading levels, and no markup
// from the file ever reaches the panel. Runs in the worker, which has no DOM.
import mammoth from 'mammoth';
import { numberedParagraphs, type NumberedParagraph } from './docx-numbering.ts';
import { importError } from './problems.ts';
import { parseMarker } from '../domain/outline/index.ts';

export interface DocxText {
  text: string;
  /** Heading level (1–6, as Word's heading styles number them) by 1-based line number. */
  headingLevels: Map<number, number>;
}

const HEADING_OPEN = /<h([1-6])\b[^>]*>/g;
const BLOCK = /<\/?(?:h[1-6]|p|li|td|th|tr|table|ul|ol|thead|tbody)\b[^>]*>|<br\s*\/?>/g;
const TAG = /<[^>]*>/g;
const HEADING_MARK = '\u0001';
// A list item: a paragraph Word numbered by itself, whose number mammoth dropped.
const LIST_ITEM = /<li\b[^>]*>/g;
const ITEM_MARK = '\u0002';
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const squeeze = (text: string) => text.replace(/\s+/g, '');

// A table row is one line of tab-separated cells, as a table copied from Word or Excel is; the
// paragraphs of one cell stay on it, joined by a space.
const TABLE_ROW = /<tr\b[^>]*>([\s\S]*?)<\/tr>/g;
const TABLE_CELL = /<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/g;

function cellsOf(row: string): string {
  return [...row.matchAll(TABLE_CELL)].map((cell) => cell[1]!.replace(/<\/p>\s*<p\b[^>]*>|<br\s*\/?>/g, ' ').replace(TAG, '').replace(/[\t\n]+/g, ' ').trim()).join('\t');
}

// Footnotes and endnotes: mammoth writes a reference as <sup><a …>[1]</a></sup> inside the text and
// the notes as a list after everything, each with a ↑ link back. A [1] glued to a figure is no word
// of the report, and a note after the 落款 would hide the ending: each note's text goes on a line of
// its own right after the paragraph that cites it, as written.
const NOTE_LIST = /<ol>(?:\s*<li id="(?:footnote|endnote)-\d+">[\s\S]*?<\/li>)+\s*<\/ol>/g;
const NOTE_ITEM = /<li id="(footnote|endnote)-(\d+)">([\s\S]*?)<\/li>/g;
const NOTE_BACK = /<a href="#(?:footnote|endnote)-ref-\d+">[^<]*<\/a>/g;
const NOTE_REF = /<sup>\s*<a href="#(footnote|endnote)-(\d+)"[^>]*>[^<]*<\/a>\s*<\/sup>/g;
const NOTE_MARK = '\u0003';
const NOTE_MARKS = new RegExp(`${NOTE_MARK}([fe]\\d+)${NOTE_MARK}`, 'g');

function notesOf(html: string): { body: string; notes: Map<string, string[]> } {
  const notes = new Map<string, string[]>();
  for (const list of html.match(NOTE_LIST) ?? []) {
    for (const [, kind, id, inner] of list.matchAll(NOTE_ITEM)) {
      const text = inner!.replace(NOTE_BACK, '').split(/<\/p>|<br\s*\/?>/).map((t) => decodeEntities(t.replace(TAG, '')).trim()).filter((t) => t !== '');
      notes.set(`${kind![0]}${id}`, text);
    }
  }
  const body = html.replace(NOTE_LIST, '').replace(NOTE_REF, (_, kind: string, id: string) => `${NOTE_MARK}${kind[0]}${id}${NOTE_MARK}`);
  return { body, notes };
}

/**
 * mammoth's HTML → one line per paragraph, and which lines were headings of which level. A list
 * item gets back the number Word showed before it (一、主要工作), matched by its words to the
 * numbered paragraphs read from the package, in order; an item that already starts with a number
 * of its own, or has no match, stays as it is.
 */
export function docxHtmlToLines(html: string, numbered: readonly NumberedParagraph[] = []): DocxText {
  const { body, notes } = notesOf(html);
  const marked = body
    .replace(TABLE_ROW, (_, row: string) => `\n${cellsOf(row)}\n`)
    .replace(HEADING_OPEN, (_, level: string) => `\n${HEADING_MARK}${level}`)
    .replace(LIST_ITEM, `\n${ITEM_MARK}`)
    .replace(BLOCK, '\n')
    .replace(TAG, '');
  const lines: string[] = [];
  const headingLevels = new Map<number, number>();
  let next = 0;
  const labelOf = (text: string): string => {
    const key = squeeze(text);
    for (let k = next; k < numbered.length; k++) {
      if (squeeze(numbered[k]!.text) !== key) continue;
      next = k + 1;
      return numbered[k]!.label;
    }
    return '';
  };
  for (const raw of marked.split('\n')) {
    const heading = raw.startsWith(HEADING_MARK) ? Number(raw[1]) : null;
    const item = raw.startsWith(ITEM_MARK);
    let text = decodeEntities(heading !== null ? raw.slice(2) : item ? raw.slice(1) : raw).trim();
    if (text === '') continue;
    if (item) {
      const label = labelOf(text);
      if (label !== '' && parseMarker(text) === null) text = label + text;
    }
    const cited = [...text.matchAll(NOTE_MARKS)].flatMap((m) => notes.get(m[1]!) ?? []);
    text = text.replace(NOTE_MARKS, '').trim();
    if (text !== '') lines.push(text);
    if (text !== '' && heading !== null) headingLevels.set(lines.length, heading);
    lines.push(...cited);
  }
  return { text: lines.join('\n'), headingLevels };
}

export async function docxToText(bytes: Uint8Array): Promise<DocxText> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let value: string;
  try {
    // The browser build reads `arrayBuffer`, the Node build (tests) reads `buffer`.
    const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    ({ value } = await mammoth.convertToHtml(input));
  } catch {
    throw importError('import.damagedDocx');
  }
  // Word's own numbers (一、 （一） 1.) are read from the package; without them the outline is lost.
  const numbered = await numberedParagraphs(bytes).catch(() => []);
  return docxHtmlToLines(value, numbered);
}
