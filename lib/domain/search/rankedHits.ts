// A search's hits as the list shows them (see hitList.ts): what the search found is kept per hit as
// two plain entries — the snippet as it saw it and the score — and a hit object is made when a row
// first reads it.
import type { Snippet } from '../schemas.ts';
import { LazyHit, type HitView, type SearchHit } from './hit.ts';
import { BaseHits } from './hitList.ts';
import type { Query } from './score.ts';

/**
 * A search's hits, best first: per hit the snippet as the search saw it (its view, so keys made
 * later add no highlights) and its score. The hit objects are made as rows read them.
 */
export class RankedHits extends BaseHits {
  private readonly made = new Map<number, LazyHit>();

  constructor(
    private readonly views: readonly HitView[],
    private readonly scores: Float64Array,
    private readonly query: Query,
  ) {
    super();
  }
  get length(): number {
    return this.views.length;
  }
  at(i: number): SearchHit | undefined {
    const view = this.views[i];
    if (!view) return undefined;
    let hit = this.made.get(i);
    if (!hit) this.made.set(i, (hit = new LazyHit(view, this.scores[i]!, this.query)));
    return hit;
  }
  snippetAt(i: number): Snippet | undefined {
    return this.views[i]?.snippet;
  }
  scoreAt(i: number): number {
    return this.views[i] ? this.scores[i]! : NaN;
  }
}
