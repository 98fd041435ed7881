// Properties of the office's word lists (lib/domain/wordList.ts, proofread/words.ts) over generated
// lists and texts: a text holding none of the listed words gets no finding from the lists; a right
// form that contains the wrong one (县人社局 for 人社局) is never flagged, nor a full name that
// contains its short one; and every finding from a list carries that entry's note.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';
import { wordListOptions, type WordEntry } from '../../../lib/domain/wordList.ts';

const LIST_RULES = new Set(['words.term', 'words.banned', 'words.fullName']);
const fromLists = (text: string, entries: WordEntry[]) => proofread(text, wordListOptions([{ entries, deletedAt: null }])).filter((f) => LIST_RULES.has(f.rule));

/** A small alphabet, so generated words and texts share characters and near-misses are common. */
const CHARS = ['县', '人', '社', '局', '发', '改', '委', '做', '的', '工', '作', '，', '。', 'A', '1'];
const wordArb = (chars = CHARS) => fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 4 }).map((c) => c.join(''));
const noteArb = fc.constantFrom('', '按办公室通知', '加引号');
const entryArb: fc.Arbitrary<WordEntry> = fc.oneof(
  fc.record({ kind: fc.constant('term' as const), wrong: wordArb(), right: wordArb(), note: noteArb }),
  fc.record({ kind: fc.constant('banned' as const), word: wordArb(), note: noteArb }),
  fc.record({ kind: fc.constant('fullName' as const), short: wordArb(), full: wordArb() }),
);

/** The words an entry flags when they appear. */
const listed = (e: WordEntry) => (e.kind === 'term' ? e.wrong : e.kind === 'banned' ? e.word : e.short);

describe('word lists: properties', () => {
  it('a text with none of the listed words gets no finding from the lists', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { maxLength: 6 }), fc.array(fc.constantFrom(...CHARS), { maxLength: 30 }), (entries, chars) => {
        const text = chars.join('');
        fc.pre(entries.every((e) => !text.includes(listed(e))));
        expect(fromLists(text, entries)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('a text with a listed word gets a finding from the lists on it, with the entry’s note', () => {
    fc.assert(
      fc.property(fc.array(entryArb, { minLength: 1, maxLength: 4 }), fc.nat(), wordArb(['，', '的', '工']), (entries, pick, filler) => {
        const entry = entries[pick % entries.length]!;
        fc.pre(entry.kind !== 'term' || entry.wrong !== entry.right);
        fc.pre(entry.kind !== 'fullName' || (entry.short !== entry.full && !entry.full.includes(entry.short)));
        fc.pre(entry.kind !== 'term' || !entry.right.includes(entry.wrong));
        const text = filler + listed(entry) + filler;
        // A full name written anywhere may come first: the short one is then right.
        fc.pre(entry.kind !== 'fullName' || !text.includes(entry.full));
        const found = fromLists(text, [entry]);
        expect(found.length).toBeGreaterThan(0);
        for (const f of found) {
          expect(text.slice(f.start, f.end)).toBe(listed(entry));
          if ('note' in entry) expect(f.note ?? '').toBe(entry.note);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a right form that contains the wrong one is never flagged, nor a full name containing its short one', () => {
    // The pieces between right forms share no character with them, so every wrong in the text is
    // inside a right form.
    const inside = ['人', '社', '局', '发', '改'];
    const between = ['，', '的', '工', '作', 'A'];
    fc.assert(
      fc.property(
        wordArb(inside),
        wordArb(inside),
        wordArb(inside),
        fc.boolean(),
        fc.array(wordArb(between), { minLength: 1, maxLength: 5 }),
        (wrong, before, after, asFullName, fillers) => {
          const right = before + wrong + after;
          const entry: WordEntry = asFullName ? { kind: 'fullName', short: wrong, full: right } : { kind: 'term', wrong, right, note: '' };
          const text = fillers.join(right);
          expect(fromLists(text, [entry])).toEqual([]);
          // The same text with the wrong form standing alone once is flagged there, and only there.
          const alone = `${text}，${wrong}`;
          const found = fromLists(alone, [entry]);
          if (asFullName && text.includes(right)) expect(found).toEqual([]);
          else expect(found.map((f) => [f.start, f.end])).toEqual([[alone.length - wrong.length, alone.length]]);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
