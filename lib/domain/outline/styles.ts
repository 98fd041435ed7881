// The numbering styles of official documents. GB/T 9704-2012 fixes four block levels
// (一、 → （一） → 1. → （1）); reports also number items inline (一是…二是…, 第一，…, 首先…最后).

export const OUTLINE_STYLES = [
  'han', // 一、
  'han-paren', // （一）
  'arabic', // 1.
  'arabic-paren', // （1）
  'circled', // ①
  'han-shi', // 一是
  'di-han', // 第一，
  'sequence', // 首先，其次，再次，最后，
] as const;
export type OutlineStyle = (typeof OUTLINE_STYLES)[number];

/** Block levels: 1–4 are GB/T 9704's; circled numbers sit below them. */
export type OutlineLevel = 1 | 2 | 3 | 4 | 5;

const LEVEL_OF: Record<OutlineStyle, OutlineLevel | null> = {
  han: 1,
  'han-paren': 2,
  arabic: 3,
  'arabic-paren': 4,
  circled: 5,
  // Inline styles number items inside running text, so they are not a level of the outline.
  'han-shi': null,
  'di-han': null,
  sequence: null,
};

const STYLE_OF_LEVEL: Record<OutlineLevel, OutlineStyle> = { 1: 'han', 2: 'han-paren', 3: 'arabic', 4: 'arabic-paren', 5: 'circled' };

/** How each style looks, for pickers in the UI. */
export const STYLE_EXAMPLES: Record<OutlineStyle, string> = {
  han: '一、',
  'han-paren': '（一）',
  arabic: '1.',
  'arabic-paren': '（1）',
  circled: '①',
  'han-shi': '一是',
  'di-han': '第一，',
  sequence: '首先，',
};

export function levelOfStyle(style: OutlineStyle): OutlineLevel | null {
  return LEVEL_OF[style];
}

export function styleOfLevel(level: OutlineLevel): OutlineStyle {
  return STYLE_OF_LEVEL[level];
}

/** Accepts a level where a style is expected, so callers can say "level 2" or "han-paren". */
export function resolveStyle(styleOrLevel: OutlineStyle | OutlineLevel): OutlineStyle {
  return typeof styleOrLevel === 'number' ? STYLE_OF_LEVEL[styleOrLevel] : styleOrLevel;
}
