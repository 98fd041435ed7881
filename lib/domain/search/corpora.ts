// Every searchable field of the library as a Corpus, for scoring one term against all snippets at
// once: field by field in score.ts's order of preference (title text, title full pinyin, title
// initials, meta likewise, body likewise), each field only where no earlier one matched. The result is the
// same number scoreFields gives per snippet, without visiting 10,000 snippets' strings one by one.
// Folders and tags repeat across many snippets, so meta is searched once per distinct value.
import { BodyCorpus } from './bodyCorpus.ts';
import type { BodyPattern } from './bodyPinyin.ts';
import { Corpus } from './corpus.ts';
import type { FieldKeys, Fields } from './fields.ts';
import { INITIALS, PINYIN, TEXT } from './match.ts';
import { BODY, META, TITLE } from './score.ts';

/** Letters unknown: every term is looked for. */
const ANY_LETTERS = (1 << 26) - 1;

interface PinyinCorpora {
  full: Corpus;
  initials: Corpus;
}

function pinyinCorpora(keys: readonly (FieldKeys | undefined)[]): PinyinCorpora {
  let fullLetters = 0;
  let initialsLetters = 0;
  const char0 = new Uint8Array(keys.length);
  keys.forEach((k, i) => {
    fullLetters |= k?.fullLetters ?? 0;
    initialsLetters |= k?.initialsLetters ?? 0;
    char0[i] = k?.chars[0] === 0 ? 1 : 0;
  });
  return {
    full: new Corpus(keys.map((k) => k?.full ?? ''), fullLetters, { char0, fullStarts: keys.map((k) => k?.fullStarts) }),
    initials: new Corpus(keys.map((k) => k?.initials ?? ''), initialsLetters, { char0 }),
  };
}

/** Distinct values, and for each item the index of its value among them (-1 for undefined). */
function distinct<T>(items: readonly (T | undefined)[]): { values: T[]; of: Int32Array } {
  const ids = new Map<T, number>();
  const of = new Int32Array(items.length);
  items.forEach((item, i) => {
    if (item === undefined) return void (of[i] = -1);
    let id = ids.get(item);
    if (id === undefined) ids.set(item, (id = ids.size));
    of[i] = id;
  });
  return { values: [...ids.keys()], of };
}

/** Scratch of at least `n` numbers, reused across calls. */
function scratch(buffer: Float64Array<ArrayBuffer>, n: number): Float64Array<ArrayBuffer> {
  return buffer.length >= n ? buffer : new Float64Array(n);
}

export class Corpora {
  private readonly title: Corpus;
  private readonly body: Corpus;
  /** Distinct metas, and each snippet's: its text, and its pinyin keys (-1 without keys). */
  private readonly meta: Corpus;
  private readonly metaOf: Int32Array;
  private readonly metaCount: number;
  private titlePinyin: PinyinCorpora | null = null;
  private metaPinyin: { corpora: PinyinCorpora; of: Int32Array; count: number } | null = null;
  private bodyPinyin: BodyCorpus | null = null;
  private noKeysOf: Int32Array | null = null;
  private metaText: Float64Array<ArrayBuffer> = new Float64Array(0);
  private metaPinyinScores: Float64Array<ArrayBuffer> = new Float64Array(0);

  /** Corpora of `fields` (the snippet in slot i at index i), text only until withPinyin(). */
  constructor(private readonly fields: readonly Fields[]) {
    const union = (letters: number[]) => letters.reduce((all, l) => all | l, 0);
    this.title = new Corpus(fields.map((f) => f.title), union(fields.map((f) => f.titleLetters)));
    // Bodies are long: finding their letters would cost more than the searches it saves.
    this.body = new Corpus(fields.map((f) => f.body), ANY_LETTERS);
    const metas = distinct(fields.map((f) => f.meta));
    this.meta = new Corpus(metas.values, union(fields.map((f) => f.metaLetters)));
    this.metaOf = metas.of;
    this.metaCount = metas.values.length;
  }

  /** A pinyin index of -1 for every snippet: for terms that cannot match pinyin. */
  private noKeys(): Int32Array {
    return (this.noKeysOf ??= new Int32Array(this.fields.length).fill(-1));
  }

  /** (Re)builds the pinyin corpora from the keys the snippets have now. */
  withPinyin(): this {
    this.titlePinyin = pinyinCorpora(this.fields.map((f) => f.keys?.title));
    const metas = distinct(this.fields.map((f) => f.keys?.meta));
    // Snippets with the same meta share its keys (SearchIndex makes them once), so these are few.
    this.metaPinyin = { corpora: pinyinCorpora(metas.values), of: metas.of, count: metas.values.length };
    return this;
  }

  /** (Re)builds the bodies' pinyin corpus from the keys the snippets have now, `syllableCount` syllables numbered. */
  withBodyPinyin(syllableCount: number): this {
    this.bodyPinyin = new BodyCorpus(this.fields.map((f) => f.bodyKeys), syllableCount);
    return this;
  }

  /**
   * Fills scores[slot] with each snippet's score for one term, -1 where it matches nowhere. `body`:
   * how the term can match bodies' pinyin, null when it cannot (or bodies' keys are not all made).
   */
  scoreTerm(term: string, latin: boolean, letters: number, body: BodyPattern | null, scores: Float64Array): Float64Array {
    const n = this.fields.length;
    scores.fill(-1, 0, n);
    this.title.mark(term, letters, scores, TITLE, TEXT);
    if (latin && this.titlePinyin) markPinyin(this.titlePinyin, term, letters, scores, TITLE);

    const metaText = (this.metaText = scratch(this.metaText, this.metaCount)).fill(-1, 0, this.metaCount);
    this.meta.mark(term, letters, metaText, META, TEXT);
    const pinyin = latin ? this.metaPinyin : null;
    const metaPinyin = (this.metaPinyinScores = scratch(this.metaPinyinScores, pinyin?.count ?? 0));
    if (pinyin) markPinyin(pinyin.corpora, term, letters, metaPinyin.fill(-1, 0, pinyin.count), META);
    const open = fillMeta(scores, n, metaText, this.metaOf, metaPinyin, pinyin?.of ?? this.noKeys());
    if (open > 0) this.body.mark(term, letters, scores, BODY, TEXT);
    if (open > 0 && body && this.bodyPinyin) this.bodyPinyin.mark(body, scores, BODY[PINYIN * 2]!, BODY[INITIALS * 2]!);
    return scores;
  }
}

/**
 * Where the title did not match, the meta's score: its text, else (with keys) its pinyin. Returns
 * how many snippets are still unmatched. One loop with no optional steps, so it stays optimised.
 */
function fillMeta(scores: Float64Array, n: number, text: Float64Array, textOf: Int32Array, pinyin: Float64Array, pinyinOf: Int32Array): number {
  let open = 0;
  for (let i = 0; i < n; i++) {
    if (scores[i] !== -1) continue;
    const t = text[textOf[i]!]!;
    const k = pinyinOf[i]!;
    const s = t !== -1 || k === -1 ? t : pinyin[k]!;
    scores[i] = s;
    if (s === -1) open++;
  }
  return open;
}

/** Full pinyin, then initials; one letter is matched as an initial only (see locatePinyin). */
function markPinyin(pinyin: PinyinCorpora, term: string, letters: number, scores: Float64Array, weights: readonly number[]): void {
  if (term.length > 1) pinyin.full.mark(term, letters, scores, weights, PINYIN);
  pinyin.initials.mark(term, letters, scores, weights, INITIALS);
}
