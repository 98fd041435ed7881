// How well one snippet matches every term of a query, as a number: title over folder/tags over
// body, text over full pinyin over initials, plus 10 for a match at the first character of the
// title or the folder/tags.
// Only numbers are made here — the field, the kind and "at character 0" are all a score needs —
// because it runs for every snippet on every keystroke; highlight ranges are made later, for the
// few rows shown (see hit.ts).
import { bodyMatchKind, type BodyPattern } from './bodyPinyin.ts';
import { latinLetters, type FieldKeys, type Fields } from './fields.ts';
import { isLatin, locatePinyin } from './match.ts';

/** A query split into lowercased terms, each looked at once per query rather than per snippet. */
export interface Query {
  terms: readonly string[];
  /** Whether each term is Latin letters only, so can match pinyin. */
  latin: readonly boolean[];
  /** The Latin letters of each term (see fields.ts). */
  letters: readonly number[];
  /**
   * How each term can match bodies' pinyin (null for a term that cannot); null for the whole query
   * while bodies' keys are not all made, so that no body matches by pinyin (see SearchIndex).
   */
  body: readonly (BodyPattern | null)[] | null;
}

export function parseQuery(query: string): Query {
  const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
  return { terms, latin: terms.map(isLatin), letters: terms.map(latinLetters), body: null };
}

const FIELD_WEIGHT = { title: 100, meta: 50, body: 20 } as const;
const KIND_WEIGHT = { text: 1, pinyin: 0.9, initials: 0.8 } as const;

/** field weight × kind weight + 10 at the start: the same expression as before, so sums stay bit-identical. */
const weight = (field: 'title' | 'meta', kind: keyof typeof KIND_WEIGHT, atStart: boolean) => FIELD_WEIGHT[field] * KIND_WEIGHT[kind] + (atStart ? 10 : 0);
/** A field's weights by match: [kind * 2 + at start], kind TEXT, PINYIN or INITIALS (match.ts). */
const weights = (field: 'title' | 'meta') => (['text', 'pinyin', 'initials'] as const).flatMap((kind) => [weight(field, kind, false), weight(field, kind, true)]);
export const TITLE = weights('title');
export const META = weights('meta');
/** The body counts the same wherever it matches: a paragraph's first character is nothing special. */
export const BODY = (['text', 'pinyin', 'initials'] as const).flatMap((kind) => [FIELD_WEIGHT.body * KIND_WEIGHT[kind], FIELD_WEIGHT.body * KIND_WEIGHT[kind]]);

/**
 * The match score of a field for one term, or -1. A text match at code unit 0 is at character 0;
 * a pinyin match is at character 0 when its first kept character is. `keys` only for Latin terms.
 */
function fieldScore(lower: string, lowerLetters: number, keys: FieldKeys | undefined, term: string, letters: number, weights: readonly number[]): number {
  if ((lowerLetters & letters) === letters) {
    const at = lower.indexOf(term);
    if (at !== -1) return weights[at === 0 ? 1 : 0]!;
  }
  // The initials' letters are among the full pinyin's, so one test rules out both.
  if (!keys || (keys.fullLetters & letters) !== letters) return -1;
  const found = locatePinyin(keys, term);
  if (found === -1) return -1;
  return weights[(found & 3) * 2 + (keys.chars[found >> 2] === 0 ? 1 : 0)]!;
}

/** The sum of each term's best field score, or -1 when some term matches nowhere. */
export function scoreFields(fields: Fields, query: Query): number {
  let score = 0;
  const { terms, latin, letters, body } = query;
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i]!;
    const need = letters[i]!;
    // Pinyin keys are only looked at for Latin-letter terms.
    const keys = latin[i] ? fields.keys : undefined;
    let s = fieldScore(fields.title, fields.titleLetters, keys?.title, term, need, TITLE);
    if (s === -1) s = fieldScore(fields.meta, fields.metaLetters, keys?.meta, term, need, META);
    if (s === -1) s = fields.body.includes(term) ? BODY[0]! : -1;
    if (s === -1 && body !== null) {
      const pattern = body[i];
      const kind = pattern && fields.bodyKeys ? bodyMatchKind(fields.bodyKeys, pattern) : -1;
      if (kind !== -1) s = BODY[kind * 2]!;
    }
    if (s === -1) return -1;
    score += s;
  }
  return score;
}
