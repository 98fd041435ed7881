// 首行缩进: the first line of every paragraph starts two characters in, as GB/T 9704 lays out a
// 公文's body. The rule is simply every paragraph — level-1 to level-4 headings (一、（一）1.（1）)
// are indented like the text under them in a 公文's body, so no paragraph is an exception.
// In text the indent is two full-width spaces; rich editors get their own indent instead
// (lib/domain/paragraphs.ts), so it is never typed into HTML as characters.

/** Two ideographic spaces (U+3000): two characters' width in any Chinese font. */
export const FIRST_LINE_INDENT = '\u3000\u3000';

/**
 * A paragraph that already starts with an indent of its own: a full-width space, a tab, or two
 * half-width spaces (or no-break spaces) — how people indent by hand. Adding ours would double it.
 */
const OWN_INDENT = /^[\u200b-\u200d\u2060\ufeff]*(?:[\u3000\t]|[ \u00a0]{2})/;

/** The blank run an indented paragraph starts with, whatever made it. */
const LEADING_BLANKS = /^[\u200b-\u200d\u2060\ufeff]*[\u3000\t \u00a0]+/;

// Zero-width characters copied along with text: a paragraph of nothing else is blank, and one in
// front of an indent hides it no more than it shows on the page.
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;

export function hasIndent(paragraph: string): boolean {
  return OWN_INDENT.test(paragraph);
}

/** Nothing a reader would see: spaces, tabs, no-break and zero-width characters only. */
export function isBlankParagraph(paragraph: string): boolean {
  return paragraph.replace(INVISIBLE, '').trim() === '';
}

/** Whether indenting would change the paragraph: not blank, not indented already. */
export function needsIndent(paragraph: string): boolean {
  return !isBlankParagraph(paragraph) && !hasIndent(paragraph);
}

/** The paragraph with two full-width spaces in front, unless it is blank or indented already. */
export function indentParagraph(paragraph: string): string {
  return needsIndent(paragraph) ? FIRST_LINE_INDENT + paragraph : paragraph;
}

export function indentParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map(indentParagraph);
}

/** Takes off the indent indentParagraph puts on (and only that): its inverse on unindented text. */
export function stripIndent(paragraph: string): string {
  return paragraph.startsWith(FIRST_LINE_INDENT) ? paragraph.slice(FIRST_LINE_INDENT.length) : paragraph;
}

/** The paragraph without whatever indent it starts with: for an editor that indents it itself. */
export function withoutOwnIndent(paragraph: string): string {
  return hasIndent(paragraph) ? paragraph.replace(LEADING_BLANKS, '') : paragraph;
}
