// Where the 落款 and the 成文日期 sit, per GB/T 9704-2012 7.3.5.2 (a document without a seal): the
// signature right-aligned two characters in from the right, the date on the next line starting two
// characters right of the signature's first character; a date longer than that allows sits two
// characters in from the right and pushes the signature left instead. Several signature lines
// share one right edge, set by the longest.
import { CHAR_PITCH } from './gbLayout.ts';

/** How many grid characters a line takes: a half-width character (a digit) takes half. */
export function widthInChars(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! <= 0xff ? 0.5 : 1;
  return width;
}

/** Right indents, in twips, for the signature lines and the date. */
export function signatureIndents(signature: readonly string[], date: string | null): { signature: number; date: number } {
  const sig = Math.max(0, ...signature.map(widthInChars));
  if (date === null) return { signature: Math.round(2 * CHAR_PITCH), date: 0 };
  const dateWidth = widthInChars(date);
  if (sig === 0) return { signature: 0, date: Math.round(2 * CHAR_PITCH) };
  // Signature 2 in from the right, so its first character is at R − 2 − sig; the date starts 2 further right.
  const dateRight = Math.max(2, sig - dateWidth);
  const signatureRight = dateRight + dateWidth + 2 - sig;
  return { signature: Math.round(signatureRight * CHAR_PITCH), date: Math.round(dateRight * CHAR_PITCH) };
}
