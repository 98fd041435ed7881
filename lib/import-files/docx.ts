// A .docx file's paragraphs as plain text lines, read by mammoth, with the outline level of each
// paragraph in a Word heading style (标题 1 → 1). Raw text would lose those levels, so mammoth's HTML
// is read — here, as text: its tags only split paragraphs and name heading levels, and no markup
// from the file ever reaches the panel. Runs in the worker, which has no DOM.
import mammoth from 'mammoth';
import { importError } from './problems.ts';

export interface DocxText {
  text: string;
  /** Heading level (1–6, as Word's heading styles number them) by 1-based line number. */
  headingLevels: Map<number, number>;
}

const HEADING_OPEN = /<h([1-6])\b[^>]*>/g;
const BLOCK = /<\/?(?:h[1-6]|p|li|td|th|tr|table|ul|ol|thead|tbody)\b[^>]*>|<br\s*\/?>/g;
const TAG = /<[^>]*>/g;
const HEADING_MARK = '\u0001';
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

/** mammoth's HTML → one line per paragraph, and which lines were headings of which level. */
export function docxHtmlToLines(html: string): DocxText {
  const marked = html.replace(HEADING_OPEN, (_, level: string) => `\n${HEADING_MARK}${level}`).replace(BLOCK, '\n').replace(TAG, '');
  const lines: string[] = [];
  const headingLevels = new Map<number, number>();
  for (const raw of marked.split('\n')) {
    const heading = raw.startsWith(HEADING_MARK) ? Number(raw[1]) : null;
    const text = decodeEntities(heading === null ? raw : raw.slice(2)).trim();
    if (text === '') continue;
    lines.push(text);
    if (heading !== null) headingLevels.set(lines.length, heading);
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
  return docxHtmlToLines(value);
}
