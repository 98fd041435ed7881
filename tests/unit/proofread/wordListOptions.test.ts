// The word lists as proofreading reads them (lib/domain/wordList.ts wordListOptions): every live
// list's entries, none from the trash; a finding carries its entry's note, and the plain
// `{ terms, banned: string[] }` form still works without one.
import { describe, expect, it } from 'vitest';
import { proofread } from '../../../lib/domain/proofread/index.ts';
import { editEntries, wordListOptions, type WordEntry } from '../../../lib/domain/wordList.ts';

const TERM: WordEntry = { kind: 'term', wrong: '三务公开', right: '党务、政务、财务公开', note: '第一次写全' };
const BANNED: WordEntry = { kind: 'banned', word: '据说', note: '写明依据' };
const FULL: WordEntry = { kind: 'fullName', short: '县发改局', full: '县发展和改革局' };

describe('wordListOptions', () => {
  it('takes every live list’s entries, by kind, and none from a trashed list', () => {
    const options = wordListOptions([
      { entries: [TERM, BANNED], deletedAt: null },
      { entries: [{ kind: 'banned', word: '大概', note: '' }], deletedAt: 5 },
      { entries: [FULL], deletedAt: null },
    ]);
    expect(options).toEqual({
      terms: [{ wrong: '三务公开', right: '党务、政务、财务公开', note: '第一次写全' }],
      banned: [{ word: '据说', note: '写明依据' }],
      fullNames: [{ short: '县发改局', full: '县发展和改革局' }],
    });
  });

  it('gives each finding its entry’s note; the plain form gives none', () => {
    const text = '据说县发改局推行三务公开';
    const found = proofread(text, wordListOptions([{ entries: [TERM, BANNED, FULL], deletedAt: null }]));
    expect(found.map((f) => [f.rule, text.slice(f.start, f.end), f.fix, f.note])).toEqual([
      ['words.banned', '据说', undefined, '写明依据'],
      ['words.fullName', '县发改局', '县发展和改革局', undefined],
      ['words.term', '三务公开', '党务、政务、财务公开', '第一次写全'],
    ]);
    const plain = proofread(text, { terms: [{ wrong: '三务公开', right: '党务、政务、财务公开' }], banned: ['据说'] });
    expect(plain.map((f) => [f.rule, f.note])).toEqual([
      ['words.banned', undefined],
      ['words.term', undefined],
    ]);
  });
});

describe('editEntries', () => {
  it('adds at the end, changes and removes the entry it names, and puts one back where it was', () => {
    const entries = [TERM, BANNED];
    expect(editEntries(entries, { kind: 'add', entry: FULL })).toEqual([TERM, BANNED, FULL]);
    expect(editEntries(entries, { kind: 'replace', before: BANNED, after: { ...BANNED, note: '' } })).toEqual([TERM, { ...BANNED, note: '' }]);
    expect(editEntries(entries, { kind: 'remove', entry: TERM })).toEqual([BANNED]);
    expect(editEntries([BANNED], { kind: 'insert', entry: TERM, at: 0 })).toEqual([TERM, BANNED]);
    expect(editEntries([], { kind: 'insert', entry: TERM, at: 3 })).toEqual([TERM]);
  });

  it('gives null for an entry that is not there (another window changed it)', () => {
    expect(editEntries([TERM], { kind: 'remove', entry: BANNED })).toBeNull();
    expect(editEntries([TERM], { kind: 'replace', before: { ...TERM, note: '别的' }, after: BANNED })).toBeNull();
  });
});
