// Splitting pasted or decoded text into lines. Text comes from Word, web pages and WPS, so it may
// carry CRLF or lone CR, a byte-order mark, zero-width characters and non-breaking spaces.

export interface SourceLine {
  /** 1-based, as an editor would show it. */
  lineNo: number;
  /** Trimmed text; indentation carries no meaning in an imported report. */
  text: string;
}

const INVISIBLE = /[\uFEFF\u200B-\u200D\u2060]/g;

export function splitLines(text: string): SourceLine[] {
  return text
    .replace(INVISIBLE, '')
    .replace(/\u00A0/g, ' ')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ lineNo: i + 1, text: raw.trim() }));
}
