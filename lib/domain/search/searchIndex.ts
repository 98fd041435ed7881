// The snippet search index: built once, updated per snippet when it changes (keyed by its
// updatedAt), queried on every keystroke. Matches text, full pinyin and pinyin initials in title,
// folder/tags and body. Ranks title over folder/tags over body, then used over
// unused, favourites and recent first (see score.ts and order.ts). A keystroke over 10,000 snippets
// scores each term against whole fields at once (corpora.ts) — or, among a few hundred hits of the
// last keystroke, snippet by snippet — orders by a counting sort over entries kept in tie-break
// order, and leaves the highlights to the rows that are shown.
import type { Snippet } from '../schemas.ts';
import { BODY_KEYS_MAX, BODY_PINYIN_MIN, bodyKeys, bodyPattern, SyllableTable } from './bodyPinyin.ts';
import { Corpora } from './corpora.ts';
import { fieldKeys, latinLetters, type BodyKeys, type FieldKeys, type Fields } from './fields.ts';
import type { HitView } from './hit.ts';
import type { HitList } from './hitList.ts';
import { metaKeys, metaParts } from './metaKeys.ts';
import { isLatin } from './match.ts';
import { recentFirst, usageBoost, type Recency } from './order.ts';
import { orderByScore } from './orderByScore.ts';
import { RankedHits } from './rankedHits.ts';
import type { PinyinKeys } from './pinyinKeys.ts';
import { parseQuery, scoreFields, type Query } from './score.ts';

export type { SearchHit } from './hit.ts';
export * from './hitList.ts';
export { rankAll } from './order.ts';

/** Computes pinyin keys; passed in so the pinyin dictionary can load after the panel is up. */
export type PinyinKeyer = (text: string) => PinyinKeys;

interface Entry extends Fields, Recency {
  snippet: Snippet;
  version: number;
  /** What a hit needs for its highlights; a new one whenever the snippet or its keys change. */
  view: HitView;
  /** Its place in the corpora, -1 when added after they were made. */
  slot: number;
  // Fields.keys and Fields.bodyKeys are filled lazily: by warm() in background slices (every
  // title's and meta's first, then the bodies'), or on the first pinyin query that needs them.
}

/** How many entries' pinyin keys a search may compute on the spot (about 1 ms per 40 titles). */
const SYNC_KEYS = 400;
/**
 * The same for bodies' keys (0.1–0.3 ms for a body of 130 characters; 10,000 bodies took three
 * times as long as their titles and tags): enough for the snippets an edit or a small import adds,
 * so their bodies do not go without pinyin until the next warm-up.
 */
const SYNC_BODY_KEYS = 16;
/**
 * Below this share of the library, candidates are scored one by one: a pass over the corpora costs
 * about as much as scoring a quarter of the snippets one by one.
 */
const ONE_BY_ONE = 1 / 4;
/**
 * Edits do not remake the corpora (15–20 ms for 10,000 snippets) on the next keystroke: snippets
 * added since are scored one by one, until this many have piled up — or warm() runs in the background.
 */
const REMAKE_AFTER = 256;

export class SearchIndex {
  private readonly entries = new Map<string, Entry>();
  private keyer: PinyinKeyer | null = null;
  /** Keys of each meta (folder and tags, see metaKeys.ts) made so far: many snippets share one. */
  private metas = new Map<string, FieldKeys>();
  /** Entries without pinyin keys, and how many keys were ever made (a change means new matches). */
  private missing = 0;
  private keysMade = 0;
  /**
   * Entries without body keys. Bodies match by pinyin only while none is missing: a keystroke then
   * never remakes the bodies' corpus (keys are made in the background meanwhile), and a search
   * matches the same whichever way it scores (corpora or one by one).
   */
  private missingBody = 0;
  /** The syllables of bodies' keys, numbered (bodyPinyin.ts). */
  private readonly syllables = new SyllableTable();

  /**
   * The entries in tie-break order (recentFirst), so ranking a search only has to order by score;
   * a search works with their positions here (ranks), and keeps per rank the usage boost and slot
   * in typed arrays, read without visiting the entries.
   */
  private sorted: Entry[] = [];
  private boostOf = new Float64Array(0);
  private slotOf = new Int32Array(0);
  /**
   * The corpora, made from the entries then live (entry.slot is the place in them), and the count
   * of keys made for those entries when the pinyin corpora were made: keys made since mean remaking
   * these. `outside`: entries added or dropped since (see REMAKE_AFTER).
   */
  private corpora: { corpora: Corpora; size: number; keysInside: number; bodyInside: number } | null = null;
  private keysInside = 0;
  private bodyInside = 0;
  private outside = 0;

  /** The last query's terms and the ranks it matched: a longer query only looks among those. */
  private last: { terms: readonly string[]; ranks: Int32Array; keysMade: number } | null = null;
  /** Scratch reused so a keystroke allocates no big buffers: scores, matched ranks, their order. */
  private scores = new Float64Array(0);
  private ranks = new Int32Array(0);
  private order = new Int32Array(0);
  private termScores: Float64Array[] = [];

  /** Turns on pinyin matching. Without it, queries match text only. */
  usePinyin(keyer: PinyinKeyer): void {
    this.keyer = keyer;
    this.metas = new Map();
    this.last = null;
  }

  /**
   * Computes missing pinyin keys until `hasTime()` says stop, every title's and meta's before any
   * body's; true when every entry has them all.
   */
  warm(hasTime: () => boolean): boolean {
    if (!this.makeKeys(hasTime) || !this.makeBodyKeys(hasTime)) return false;
    // Warm-up ends in the background: the corpora are brought up to date then, not on a keystroke.
    this.currentCorpora(this.outside > 0);
    return true;
  }

  private makeKeys(hasTime: () => boolean): boolean {
    if (!this.keyer) return false;
    if (this.missing === 0) return true;
    for (const entry of this.entries.values()) {
      if (entry.keys) continue;
      if (!hasTime()) return false;
      this.keysOf(entry);
    }
    return true;
  }

  private makeBodyKeys(hasTime: () => boolean): boolean {
    if (!this.keyer) return false;
    if (this.missingBody === 0) return true;
    for (const entry of this.entries.values()) {
      if (entry.bodyKeys) continue;
      if (!hasTime()) return false;
      this.bodyKeysOf(entry, this.keyer);
    }
    return true;
  }

  /** True when every entry has all its pinyin keys, so pinyin queries see the whole library. */
  get pinyinComplete(): boolean {
    return this.keyer !== null && this.missing === 0 && this.missingBody === 0;
  }

  /** True when every entry's title and meta have their pinyin keys (bodies' may still be missing). */
  get titlePinyinComplete(): boolean {
    return this.keyer !== null && this.missing === 0;
  }

  /** Brings the index in line with the library: adds, refreshes and drops snippets. */
  sync(snippets: readonly Snippet[]): void {
    this.last = null;
    const live = new Set<string>();
    const added: Entry[] = [];
    let changed = false;
    for (const snippet of snippets) {
      live.add(snippet.id);
      const current = this.entries.get(snippet.id);
      if (current?.version === snippet.updatedAt) {
        if (current.snippet === snippet) continue;
        current.snippet = snippet;
        current.lastUsedAt = snippet.lastUsedAt ?? 0;
        current.view = viewOf(current);
        changed = true;
      } else {
        // The new entry has no keys yet; an entry it replaces without them was counted already.
        if (!current || current.keys) this.missing++;
        if (!current || current.bodyKeys) this.missingBody++;
        if (current) this.dropped(current);
        const entry = entryOf(snippet);
        this.entries.set(snippet.id, entry);
        added.push(entry);
      }
    }
    for (const entry of this.entries.values()) {
      if (live.has(entry.id)) continue;
      if (!entry.keys) this.missing--;
      if (!entry.bodyKeys) this.missingBody--;
      this.entries.delete(entry.id);
      this.dropped(entry);
    }
    const gone = this.sorted.length + added.length > this.entries.size; // some were replaced or deleted
    if (!changed && !gone && added.length === 0) return;
    // The last order, nearly right, is sorted again: TimSort takes it in about one pass.
    const all = [...this.sorted, ...added];
    this.sorted = (gone ? all.filter((entry) => this.entries.get(entry.id) === entry) : all).sort(recentFirst);
    this.boostOf = new Float64Array(this.sorted.length);
    this.sorted.forEach((entry, rank) => (this.boostOf[rank] = usageBoost(entry.snippet)));
    this.slotOf = slotsOf(this.sorted);
    this.outside += added.length;
  }

  /** An entry left the index: its place in the corpora stays, unused, until they are remade. */
  private dropped(entry: Entry): void {
    if (entry.slot !== -1) this.outside++;
  }

  /** All snippets matching every term of the query, best first; all snippets for an empty query. */
  search(query: string, limit = Infinity): HitList {
    const parsed = parseQuery(query);
    // Pinyin keys are used only where ready, so a keystroke never waits long: a few missing ones
    // are made now, many are left to warm() in the background.
    const latin = parsed.latin.includes(true);
    if (this.keyer && latin && this.missing <= SYNC_KEYS) this.makeKeys(() => true);
    if (this.keyer && latin && this.missingBody <= SYNC_BODY_KEYS) this.makeBodyKeys(() => true);
    if (this.keyer && this.missingBody === 0) parsed.body = parsed.terms.map((term, t) => bodyPattern(term, parsed.latin[t]!, this.syllables));
    const n = this.sorted.length;
    if (this.scores.length < n) [this.scores, this.ranks, this.order] = [new Float64Array(n), new Int32Array(n), new Int32Array(n)];
    const among = this.candidates(parsed.terms);
    let count: number;
    if (parsed.terms.length === 0) count = this.matchAll();
    else if ((among?.length ?? n) < n * ONE_BY_ONE) count = this.matchOneByOne(parsed, among);
    else count = this.matchByCorpora(parsed, among);
    const ranks = this.ranks.slice(0, count);
    this.last = { terms: parsed.terms, ranks, keysMade: this.keysMade };

    const ranked = orderByScore(this.scores, count, this.order);
    const shown = Number.isFinite(limit) ? ranked.subarray(0, limit) : ranked;
    // Per hit only its view and score: the hit objects are made as the list's rows read them.
    const views = new Array<HitView>(shown.length);
    const scores = new Float64Array(shown.length);
    for (let k = 0; k < shown.length; k++) {
      const i = shown[k]!;
      views[k] = this.sorted[ranks[i]!]!.view;
      scores[k] = this.scores[i]!;
    }
    return new RankedHits(views, scores, parsed);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Every entry, scored by its boost alone (0 + boost, as a match adds it). */
  private matchAll(): number {
    const { scores, ranks, boostOf } = this;
    for (let r = 0; r < boostOf.length; r++) {
      scores[r] = 0 + boostOf[r]!;
      ranks[r] = r;
    }
    return boostOf.length;
  }

  /** Candidates (ranks, or every entry) that match, scored entry by entry; returns how many. */
  private matchOneByOne(parsed: Query, among: Int32Array | null): number {
    const { scores, ranks, boostOf, sorted } = this;
    const count = among?.length ?? sorted.length;
    let m = 0;
    for (let j = 0; j < count; j++) {
      const r = among ? among[j]! : j;
      const score = scoreFields(sorted[r]!, parsed);
      if (score === -1) continue;
      scores[m] = score + boostOf[r]!;
      ranks[m++] = r;
    }
    return m;
  }

  /** The same, with each term scored for all entries at once over the corpora. */
  private matchByCorpora(parsed: Query, among: Int32Array | null): number {
    const corpora = this.currentCorpora();
    const byTerm = parsed.terms.map((term, t) => corpora.scoreTerm(term, parsed.latin[t]!, parsed.letters[t]!, parsed.body?.[t] ?? null, this.termScratch(t)));
    const { scores, ranks, boostOf, slotOf } = this;
    const count = among?.length ?? slotOf.length;
    let m = 0;
    for (let j = 0; j < count; j++) {
      const r = among ? among[j]! : j;
      const slot = slotOf[r]!;
      // The terms' scores added in the query's order, as scoreFields adds them.
      let score = 0;
      if (slot === -1) score = scoreFields(this.sorted[r]!, parsed);
      for (let t = 0; t < byTerm.length && score !== -1 && slot !== -1; t++) {
        const s = byTerm[t]![slot]!;
        score = s === -1 ? -1 : score + s;
      }
      if (score === -1) continue;
      scores[m] = score + boostOf[r]!;
      ranks[m++] = r;
    }
    return m;
  }

  /**
   * Ranks worth scoring, or null for all: when each term extends the last query's term in the
   * same place (typing d → dj → djz), only the last query's hits can match — if no pinyin keys
   * were made since.
   */
  private candidates(terms: readonly string[]): Int32Array | null {
    const last = this.last;
    const narrows =
      last !== null &&
      last.keysMade === this.keysMade &&
      last.terms.length > 0 &&
      last.terms.length <= terms.length &&
      last.terms.every((t, i) => extendsTerm(terms[i]!, t));
    return narrows ? last.ranks : null;
  }

  /**
   * The corpora, remade when `remake` or too many entries were added or dropped since, and their
   * pinyin part when keys were made since for entries inside them.
   */
  private currentCorpora(remake = false): Corpora {
    let current = this.corpora;
    if (!current || remake || this.outside > REMAKE_AFTER) {
      const bySlot = [...this.entries.values()];
      bySlot.forEach((entry, slot) => (entry.slot = slot));
      this.slotOf = slotsOf(this.sorted);
      this.outside = 0;
      current = { corpora: new Corpora(bySlot), size: bySlot.length, keysInside: -1, bodyInside: -1 };
    }
    // No keys made yet (pinyin off or not loaded): nothing for pinyin corpora to hold.
    if (current.keysInside !== this.keysInside) current = { ...current, corpora: this.keysMade > 0 ? current.corpora.withPinyin() : current.corpora, keysInside: this.keysInside };
    // Bodies' pinyin is only used once every body has keys (see missingBody): made then, once.
    if (this.missingBody === 0 && this.keyer && current.bodyInside !== this.bodyInside) current = { ...current, corpora: current.corpora.withBodyPinyin(this.syllables.size), bodyInside: this.bodyInside };
    this.corpora = current;
    return current.corpora;
  }

  private termScratch(t: number): Float64Array {
    const n = this.corpora!.size;
    if (!this.termScores[t] || this.termScores[t].length < n) this.termScores[t] = new Float64Array(n);
    return this.termScores[t];
  }

  private keysOf(entry: Entry): Entry['keys'] {
    if (!entry.keys && this.keyer) {
      // Keyed by the parts, not the joined text: a tag holding a space is one part.
      const parts = metaParts(entry.snippet.folder, entry.snippet.tags);
      const id = parts.join('\u0000');
      let meta = this.metas.get(id);
      if (!meta) this.metas.set(id, (meta = fieldKeys(metaKeys(parts, this.keyer))));
      entry.keys = { title: fieldKeys(this.keyer(entry.snippet.title)), meta };
      entry.view = viewOf(entry);
      this.missing--;
      this.keysMade++;
      if (entry.slot !== -1) this.keysInside++;
    }
    return entry.keys;
  }

  private bodyKeysOf(entry: Entry, keyer: PinyinKeyer): BodyKeys {
    const { body } = entry.snippet;
    const keys = (entry.bodyKeys = bodyKeys(body, keyer(body.slice(0, BODY_KEYS_MAX)), this.syllables));
    entry.view = viewOf(entry);
    this.missingBody--;
    this.keysMade++;
    if (entry.slot !== -1) this.bodyInside++;
    return keys;
  }
}

/**
 * Whether everything matching `term` also matches `before`. Text, initials and Chinese match any
 * substring of a match; full pinyin only where a syllable starts, so a Latin term must extend the
 * earlier one at its end (dang does not narrow an: 党 is dang but has no syllable starting "an").
 * Bodies' pinyin is looked at from BODY_PINYIN_MIN letters on: a shorter term narrows no term that long.
 */
function extendsTerm(term: string, before: string): boolean {
  if (!isLatin(term)) return term.includes(before);
  return term.startsWith(before) && (before.length >= BODY_PINYIN_MIN || term.length === before.length);
}

function slotsOf(sorted: readonly Entry[]): Int32Array<ArrayBuffer> {
  const slots = new Int32Array(sorted.length);
  sorted.forEach((entry, rank) => (slots[rank] = entry.slot));
  return slots;
}

/** Views are made in one place, so they all share one shape. */
function viewOf(entry: Entry): HitView {
  const { snippet } = entry;
  return { snippet, title: snippet.title, lower: entry.title, keys: entry.keys?.title, body: snippet.body, lowerBody: entry.body, bodyKeys: entry.bodyKeys };
}

function entryOf(snippet: Snippet): Entry {
  const [title, body] = [snippet.title.toLowerCase(), snippet.body.toLowerCase()];
  const meta = metaParts(snippet.folder, snippet.tags).join(' ');
  const entry: Entry = {
    snippet,
    version: snippet.updatedAt,
    title,
    titleLetters: latinLetters(title),
    meta,
    metaLetters: latinLetters(meta),
    body,
    keys: undefined,
    bodyKeys: undefined,
    view: undefined as unknown as HitView,
    lastUsedAt: snippet.lastUsedAt ?? 0,
    updatedAt: snippet.updatedAt,
    id: snippet.id,
    slot: -1,
  };
  entry.view = viewOf(entry);
  return entry;
}
