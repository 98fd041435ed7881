// The page arithmetic of GB/T 9704-2012 and where the 落款 and the date go.
import { describe, expect, it } from 'vitest';
import { CHAR_CONDENSE, CHAR_PITCH, FOOTER_DISTANCE, INDENT_TWO_CHARS, LINE_PITCH, MARGIN, PAGE, mmToTwips } from '../../../lib/export/gbLayout.ts';
import { signatureIndents, widthInChars } from '../../../lib/export/signature.ts';

const textHeight = PAGE.height - MARGIN.top - MARGIN.bottom;
const textWidth = PAGE.width - MARGIN.left - MARGIN.right;

describe('the GB/T 9704 page', () => {
  it('leaves the standard 156 × 225 mm text area', () => {
    // Each margin is rounded to a whole twip on its own, so the area may differ by one.
    expect(Math.abs(textWidth - mmToTwips(156))).toBeLessThanOrEqual(1);
    expect(Math.abs(textHeight - mmToTwips(225))).toBeLessThanOrEqual(1);
  });

  it('fits exactly 22 lines', () => {
    expect(22 * LINE_PITCH).toBeLessThanOrEqual(textHeight);
    expect(23 * LINE_PITCH).toBeGreaterThan(textHeight);
    // and no smaller pitch than needed: one twip more would not fit 22.
    expect(22 * (LINE_PITCH + 1)).toBeGreaterThan(textHeight);
  });

  it('fits exactly 28 condensed 三号 characters a line', () => {
    const advance = 16 * 20 + CHAR_CONDENSE;
    expect(CHAR_CONDENSE).toBe(-5);
    expect(28 * advance).toBeLessThanOrEqual(textWidth);
    expect(29 * advance).toBeGreaterThan(textWidth);
    expect(INDENT_TWO_CHARS).toBe(Math.round(2 * CHAR_PITCH));
  });

  it('puts the page number’s dash 7 mm below the text area', () => {
    const dashFromBottom = FOOTER_DISTANCE + (14 * 20) / 2;
    expect(Math.abs(MARGIN.bottom - dashFromBottom - mmToTwips(7))).toBeLessThanOrEqual(1);
  });
});

describe('the 落款 and the date', () => {
  const chars = (twips: number) => Math.round((twips / CHAR_PITCH) * 2) / 2;

  it('measures digits as half a character', () => {
    expect(widthInChars('2026年1月5日')).toBe(6);
    expect(widthInChars('某某县发展和改革局')).toBe(9);
  });

  it('a long signature: two characters in from the right, the date starting two characters right of it', () => {
    const { signature, date } = signatureIndents(['某某县发展和改革局'], '2026年1月5日');
    expect([chars(signature), chars(date)]).toEqual([2, 3]);
    // First characters: signature at R − 2 − 9 = R − 11, date at R − 3 − 6 = R − 9: two apart.
  });

  it('a date longer than that allows: the date two in from the right, the signature moved left', () => {
    const { signature, date } = signatureIndents(['王某某'], '2026年10月15日');
    expect([chars(signature), chars(date)]).toEqual([8, 2]);
    // The date, 7 wide at R − 2, starts at R − 9; the signature, 3 wide at R − 8, starts at R − 11.
  });

  it('several signature lines share the right edge the longest needs; no date or no signature', () => {
    expect(signatureIndents(['某某局', '某某县发展和改革局'], '2026年1月5日')).toEqual(signatureIndents(['某某县发展和改革局'], '2026年1月5日'));
    expect(chars(signatureIndents(['王某某'], null).signature)).toBe(2);
    expect(chars(signatureIndents([], '2026年1月5日').date)).toBe(2);
  });
});
