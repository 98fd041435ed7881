// Splitting pasted or decoded text into lines. Text comes from Word, web pages, WPS and online
// document editors, so it may carry CRLF or lone CR, Unicode line and paragraph separators (an
// online editor's Shift+Enter and paragraph ends, U+2028/U+2029), a byte-order mark, zero-width,
// direction and soft-hyphen characters, and no-break or narrow spaces. None of them is text a
// writer typed: invisible ones go, odd spaces become plain spaces, every separator ends a line.

export interface SourceLine {
  /** 1-based, as an editor would show it. */
  lineNo: number;
  /** Trimmed text; indentation carries no meaning in an imported report. */
  text: string;
}

// Zero-width (space, joiners, word joiner), BOM, soft hyphen, direction marks and embeddings,
// invisible operators, the Mongolian vowel separator an editor's Unicode cleanup leaves behind.
const INVISIBLE = /[\uFEFF\u200B-\u200F\u2060-\u2064\u00AD\u202A-\u202E\u2066-\u2069\u180E]/g;
// No-break, figure, thin, hair, narrow no-break and medium mathematical spaces. The ideographic
// space U+3000 stays: Chinese writers use it on purpose (indentation, columns of a table).
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F]/g;
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u0085\v\f]/;

/** The text with invisible characters removed and odd spaces made plain, line breaks untouched. */
export function cleanInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
}

export function splitLines(text: string): SourceLine[] {
  return cleanInvisible(text)
    .split(LINE_BREAK)
    .map((raw, i) => ({ lineNo: i + 1, text: raw.trim() }));
}
