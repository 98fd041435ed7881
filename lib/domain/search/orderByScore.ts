// Ranking thousands of hits on every keystroke: the hits arrive already in tie-break order (the
// index keeps its entries sorted that way), so only the score is left to order by, and scores take
// few distinct values (a sum of a handful of field weights plus a usage boost). A stable counting
// sort over those values costs two passes, where a comparator sort made ~130,000 calls for 10,000
// hits.

// Buffers reused across calls, so a keystroke allocates no big arrays; typed, so their element
// kinds never change under the optimised code.
let groupOf = new Int32Array(0);
let values = new Float64Array(64);
let starts = new Int32Array(64);

/**
 * Fills `out[0 … count)` with the positions of `scores[0 … count)`, highest score first, equal
 * scores in their given order, and returns that part of `out`.
 */
export function orderByScore(scores: Float64Array, count: number, out: Int32Array): Int32Array {
  if (groupOf.length < count) groupOf = new Int32Array(Math.max(count, groupOf.length * 2));
  const groups = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const score = scores[i]!;
    let g = groups.get(score);
    if (g === undefined) {
      g = groups.size;
      groups.set(score, g);
      if (g === values.length) grow();
      values[g] = score;
      starts[g] = 0;
    }
    starts[g]!++;
    groupOf[i] = g;
  }
  // Turn each group's size into where it starts in the output, groups by score, highest first.
  const byScore = Array.from({ length: groups.size }, (_, g) => g).sort((a, b) => values[b]! - values[a]!);
  let at = 0;
  for (const g of byScore) {
    const size = starts[g]!;
    starts[g] = at;
    at += size;
  }
  for (let i = 0; i < count; i++) out[starts[groupOf[i]!]!++] = i;
  return out.subarray(0, count);
}

/** Room for twice as many distinct scores. */
function grow(): void {
  const [moreValues, moreStarts] = [new Float64Array(values.length * 2), new Int32Array(values.length * 2)];
  moreValues.set(values);
  moreStarts.set(starts);
  [values, starts] = [moreValues, moreStarts];
}
