// Circled numbers ① … ㊿. Unicode splits them over three blocks, so they are mapped by range.

const RANGES: ReadonlyArray<readonly [first: number, codePoint: number, count: number]> = [
  [1, 0x2460, 20], // ①–⑳
  [21, 0x3251, 15], // ㉑–㉟
  [36, 0x32b1, 15], // ㊱–㊿
];

export const MAX_CIRCLED = 50;

export function toCircled(n: number): string | null {
  for (const [first, codePoint, count] of RANGES) {
    if (Number.isInteger(n) && n >= first && n < first + count) return String.fromCodePoint(codePoint + n - first);
  }
  return null;
}

export function fromCircled(char: string): number | null {
  const code = char.codePointAt(0);
  if (code === undefined || char.length !== 1) return null;
  for (const [first, codePoint, count] of RANGES) {
    if (code >= codePoint && code < codePoint + count) return first + code - codePoint;
  }
  return null;
}
