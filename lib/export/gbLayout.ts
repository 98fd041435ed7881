// The page of GB/T 9704-2012 (党政机关公文格式), in the units Word files use: twips, 1/20 pt,
// 1440 to the inch. A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm, which leaves the
// standard's 156 × 225 mm text area; 22 lines a page, 28 characters a line, body 三号 (16 pt).

export const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

export const PAGE = { width: mmToTwips(210), height: mmToTwips(297) }; // 11906 × 16838
export const MARGIN = { top: mmToTwips(37), bottom: mmToTwips(35), left: mmToTwips(28), right: mmToTwips(26) }; // 2098, 1984, 1587, 1474

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** 三号, 二号, 四号 in points; Word counts run sizes in half-points. */
export const SIZE_PT = { body: 16, title: 22, pageNumber: 14 } as const;
export const halfPoints = (pt: number) => pt * 2;

const TEXT_HEIGHT = PAGE.height - MARGIN.top - MARGIN.bottom; // 12756 twips = 225 mm
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right; // 8845 twips = 156 mm

/**
 * The fixed line height: 12756 / 22 = 579.8 twips, rounded down so that 22 whole lines fit
 * (22 × 579 = 12738 ≤ 12756; 22 × 580 = 12760 would not): 579 twips = 28.95 pt.
 */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/** One character of the line: 8845 / 28 = 315.9 twips = 15.79 pt, a little under the 16 pt font. */
export const CHAR_PITCH = TEXT_WIDTH / CHARS_PER_LINE;

/**
 * 28 characters a line come from the characters' own width, condensed by whole twips: 315.9 twips
 * a character against the font's 320, so −5 (28 × 315 = 8820 ≤ 8845, and 29 would not fit).
 *
 * Not from Word's character grid (w:docGrid linesAndChars, charSpace −842 = (15.79 − 16) × 4096,
 * rounded down), though Word lays characters on that pitch: LibreOffice gives a character wider
 * than one grid cell two cells and breaks lines early — rendered (scripts/render-docx.mjs), its
 * lines held anything from 12 to 28 characters. Condensed characters on a line-only grid
 * (w:docGrid lines, for the 22 lines) rendered 28 a line there, and Word and WPS honour condensed
 * spacing the same way.
 */
export const CHAR_CONDENSE = Math.floor(CHAR_PITCH - SIZE_PT.body * 20);

/** Body paragraphs start two characters in. */
export const INDENT_TWO_CHARS = Math.round(2 * CHAR_PITCH); // 632 twips

/**
 * Page numbers: "一字线上距版心下边缘7mm" — the dashes sit 7 mm below the text area, so 35 − 7 = 28 mm
 * above the page's bottom edge. Word measures the footer distance to the bottom of the footer's
 * line; the line is exactly 14 pt (280 twips) and the dash sits at its middle, so the footer
 * distance is 28 mm less half a line: 1587 − 140 = 1447 twips (25.5 mm).
 */
export const PAGE_NUMBER_LINE = SIZE_PT.pageNumber * 20;
export const FOOTER_DISTANCE = mmToTwips(35 - 7) - PAGE_NUMBER_LINE / 2;
