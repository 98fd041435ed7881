// Writing markers and renumbering a run of paragraphs.
import { toCircled, MAX_CIRCLED } from './circled.ts';
import { toChineseNumeral, MAX_CHINESE_NUMERAL } from './numerals.ts';
import { parseMarker } from './parse.ts';
import { resolveStyle, type OutlineLevel, type OutlineStyle } from './styles.ts';

export interface RenderOptions {
  /** How many items the list has; lets the sequence style end on 最后. */
  total?: number;
}

/**
 * The marker for item `n` (1-based): han 一、, han-paren （一）, arabic 1., arabic-paren （1）,
 * circled ①, han-shi 一是, di-han 第一，, sequence 首先，/其次，/再次，(/最后， for the last of
 * `total`). Throws RangeError for n < 1, n > 9999, or circled beyond ㊿: a caller bug, not input.
 * parseMarker reads Arabic markers up to three digits, so 1000. and beyond do not read back.
 */
export function renderMarker(styleOrLevel: OutlineStyle | OutlineLevel, n: number, options: RenderOptions = {}): string {
  const style = resolveStyle(styleOrLevel);
  if (!Number.isInteger(n) || n < 1 || n > MAX_CHINESE_NUMERAL) {
    throw new RangeError(`renderMarker: item ${n} is outside 1–${MAX_CHINESE_NUMERAL}`);
  }
  switch (style) {
    case 'han':
      return `${toChineseNumeral(n)}、`;
    case 'han-paren':
      return `（${toChineseNumeral(n)}）`;
    case 'arabic':
      return `${n}.`;
    case 'arabic-paren':
      return `（${n}）`;
    case 'circled': {
      const circled = toCircled(n);
      if (circled === null) throw new RangeError(`renderMarker: circled numbers stop at ${MAX_CIRCLED}`);
      return circled;
    }
    case 'han-shi':
      return `${toChineseNumeral(n)}是`;
    case 'di-han':
      return `第${toChineseNumeral(n)}，`;
    case 'sequence':
      if (n > 1 && n === options.total) return '最后，';
      return n === 1 ? '首先，' : n === 2 ? '其次，' : '再次，';
  }
}

/**
 * Numbers the paragraphs in `style` from `start` (continue a list after 三 with start = 4),
 * replacing whatever leading marker each had. Blank paragraphs stay as they are and take no
 * number; indentation before a marker is kept. What is written always reads back as the same
 * marker and the same text (see numberedLine).
 */
export function renumber(paragraphs: readonly string[], styleOrLevel: OutlineStyle | OutlineLevel, start = 1): string[] {
  const style = resolveStyle(styleOrLevel);
  const numbered = paragraphs.filter((p) => p.trim() !== '').length;
  const total = start - 1 + numbered;
  let n = start;
  return paragraphs.map((paragraph) => {
    if (paragraph.trim() === '') return paragraph;
    const parsed = parseMarker(paragraph);
    const indent = parsed ? parsed.indent : (/^\s*/.exec(paragraph)?.[0] ?? '');
    const rest = parsed ? parsed.rest : paragraph.slice(indent.length);
    const number = n++;
    return indent + numberedLine(style, number, rest, renderMarker(style, number, { total }));
  });
}

/**
 * The marker and the text, joined so that parseMarker reads them back unchanged. Written next to
 * each other they sometimes merge into something else: 34. before 1.5亿元 reads as one figure
 * (34.1.5), 一、 before 二季度 as 一、二季度 (the first and second quarters), （一） before 、 swallows
 * the 、. Then one space keeps them apart, as a writer would type it.
 */
export function numberedLine(style: OutlineStyle, number: number, rest: string, marker: string): string {
  for (const line of [marker + rest, `${marker} ${rest}`]) {
    const back = parseMarker(line);
    if (back && back.style === style && (back.number === null || back.number === number) && back.rest === rest) return line;
  }
  return `${marker} ${rest}`;
}
