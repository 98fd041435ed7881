// A short fingerprint of an item's content, to tell "changed since it was taken from the pack" from
// "unchanged" without keeping a second copy of every text. The same content gives the same
// fingerprint on any computer: keys are sorted before hashing, and only content goes in (never
// use counts, stars or times). Two 32-bit FNV-1a lanes with different seeds: a chance collision
// among one library's items is negligible, and a collision can only make a change look absent,
// which the preview then shows as 没有变化 — it never overwrites anything.

export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}

function fnv1a(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function fingerprint(content: unknown): string {
  const text = canonicalJson(content);
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${hex(fnv1a(text, 0x811c9dc5))}${hex(fnv1a(text, 0x5bd1e995))}`;
}
