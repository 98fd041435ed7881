// Spans no rule looks into: web addresses, e-mail, versions, standards' numbers, times and model
// numbers follow their own conventions (GB/T 9704-2012, v2.1, 8:30, A3-2).

const PROTECTED = [
  /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“”‘’《》]+/g,
  /www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff“”‘’《》]*)?/g,
  // Each starts only where its run of letters starts: tried inside a long run, it reads the run again at every character.
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g,
  /[vV]\d+(?:\.\d+)+/g,
  /[A-Z]{1,4}(?:\/[A-Z])? ?\d+(?:\.\d+)*[-—]\d{4}/g,
  /\d{1,2}:\d{2}(?::\d{2})?/g,
  /(?<![A-Za-z])[A-Za-z]+[-_]?\d[\dA-Za-z-]*/g,
];

/** The protected spans, sorted by start. */
export function protectedSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const re of PROTECTED) for (const m of text.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  return spans.sort((a, b) => a[0] - b[0]);
}

export function overlapsAny(spans: readonly [number, number][], start: number, end: number): boolean {
  for (const [s, e] of spans) {
    if (s >= Math.max(end, start + 1)) return false;
    if (e > start) return true;
  }
  return false;
}
