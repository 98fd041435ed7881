// Search results as a list that makes a hit object only when a row reads it. A keystroke over
// 10,000 snippets matches thousands, and the panel shows about twenty: an object per match made the
// first keystrokes after a quiet spell spend as long collecting garbage as searching. Filters and
// orders work on positions in the list, so they make no hits either.
import type { Snippet } from '../schemas.ts';
import type { SearchHit } from './hit.ts';

export interface HitList extends Iterable<SearchHit> {
  readonly length: number;
  /** The i-th hit, made when first read and the same object after; undefined past the end. */
  at(i: number): SearchHit | undefined;
  /** The i-th hit's snippet and score, read without making the hit. */
  snippetAt(i: number): Snippet | undefined;
  scoreAt(i: number): number;
}

/** What a list of hits shares: iteration through at(). */
export abstract class BaseHits implements HitList {
  abstract readonly length: number;
  abstract at(i: number): SearchHit | undefined;
  abstract snippetAt(i: number): Snippet | undefined;
  abstract scoreAt(i: number): number;

  *[Symbol.iterator](): Iterator<SearchHit> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }
}

/** Hits already made, e.g. the whole library before there is an index. */
export class ArrayHits extends BaseHits {
  constructor(private readonly hits: readonly SearchHit[]) {
    super();
  }
  get length(): number {
    return this.hits.length;
  }
  at(i: number): SearchHit | undefined {
    return this.hits[i];
  }
  snippetAt(i: number): Snippet | undefined {
    return this.hits[i]?.snippet;
  }
  scoreAt(i: number): number {
    return this.hits[i]?.score ?? NaN;
  }
}

/** Some of another list's hits, in the order of `positions` (indexes into `base`). */
class PickedHits extends BaseHits {
  constructor(
    private readonly base: HitList,
    private readonly positions: Int32Array,
  ) {
    super();
  }
  get length(): number {
    return this.positions.length;
  }
  private place(i: number): number {
    return i >= 0 && i < this.positions.length ? this.positions[i]! : -1;
  }
  at(i: number): SearchHit | undefined {
    return this.base.at(this.place(i));
  }
  snippetAt(i: number): Snippet | undefined {
    return this.base.snippetAt(this.place(i));
  }
  scoreAt(i: number): number {
    return this.base.scoreAt(this.place(i));
  }
}

/** The hits whose snippet `keep` accepts, in the list's order. */
export function filterHits(list: HitList, keep: (snippet: Snippet) => boolean): HitList {
  const positions: number[] = [];
  for (let i = 0; i < list.length; i++) if (keep(list.snippetAt(i)!)) positions.push(i);
  return new PickedHits(list, Int32Array.from(positions));
}

/** The hits in the order `compare` gives their positions; equal ones keep the list's order. */
export function reorderHits(list: HitList, compare: (a: number, b: number) => number): HitList {
  const positions = Array.from({ length: list.length }, (_, i) => i).sort((a, b) => compare(a, b) || a - b);
  return new PickedHits(list, Int32Array.from(positions));
}

/** Where the snippet with this id is in the list, or -1. */
export function indexOfSnippet(list: HitList, id: string | null): number {
  if (id === null) return -1;
  for (let i = 0; i < list.length; i++) if (list.snippetAt(i)!.id === id) return i;
  return -1;
}

/** The ids in the list's order. */
export function idsOf(list: HitList): string[] {
  return Array.from({ length: list.length }, (_, i) => list.snippetAt(i)!.id);
}
