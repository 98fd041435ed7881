import { describe, expect, it } from 'vitest';
import { bodyKeys, bodyMatchKind, bodyMatchRange, bodyPattern, SyllableTable } from '../../../lib/domain/search/bodyPinyin.ts';
import { INITIALS, PINYIN } from '../../../lib/domain/search/match.ts';
import { pinyinKeys } from '../../../lib/domain/search/pinyinKeys.ts';

const keysOf = (body: string, table = new SyllableTable()) => bodyKeys(body, pinyinKeys(body), table);

describe('bodyKeys', () => {
  it('keeps one code unit per code unit of the body: an initial for each Chinese character, else a space', () => {
    const keys = keysOf('党建OA，组织\n〇1');
    expect(keys.initials).toBe('dj   zz l ');
    expect(keys.syllables).toHaveLength('党建OA，组织\n〇1'.length);
    expect(keys.syllables.charAt(2)).toBe(' ');
  });

  it('numbers each syllable once, so the same syllable is the same code unit', () => {
    const table = new SyllableTable();
    const keys = keysOf('党员党建', table);
    expect(keys.syllables.charCodeAt(0)).toBe(keys.syllables.charCodeAt(2));
    expect(keys.syllables.charCodeAt(1)).not.toBe(keys.syllables.charCodeAt(3));
  });

  it('leaves a character outside the BMP unkeyed, both of its code units', () => {
    expect(keysOf('𠀀党').initials).toBe('  d');
  });
});

describe('bodyPattern', () => {
  const table = new SyllableTable();
  const keys = keysOf('争当先进，赴西安学习', table);

  it('does not look for one or two letters, or for a term that is not Latin', () => {
    expect(bodyPattern('x', true, table)).toBeNull();
    expect(bodyPattern('xi', true, table)).toBeNull();
    expect(bodyPattern('西安', false, table)).toBeNull();
  });

  it('splits a term every way the syllables met so far allow, the last one unfinished', () => {
    const pattern = bodyPattern('xian', true, table)!;
    expect(pattern.full.map((g) => g.initials).sort()).toEqual(['x', 'xa']);
    expect(bodyMatchRange(keys, pattern)).toEqual({ start: 2, end: 3 });
    expect(bodyMatchRange(keys, bodyPattern('xia', true, table)!)).toEqual({ start: 2, end: 3 }); // 先 starts with xia
    expect(bodyMatchRange(keys, bodyPattern('xiang', true, table)!)).toBeNull();
  });

  it('prefers full pinyin over initials, and finds initials otherwise', () => {
    expect(bodyMatchKind(keys, bodyPattern('xuexi', true, table)!)).toBe(PINYIN);
    expect(bodyMatchKind(keys, bodyPattern('zdxj', true, table)!)).toBe(INITIALS);
    expect(bodyMatchKind(keys, bodyPattern('xxx', true, table)!)).toBe(-1); // 西安学习 is x a x x
    expect(bodyMatchRange(keys, bodyPattern('xaxx', true, table)!)).toEqual({ start: 6, end: 10 });
  });

  it('stops splitting a term that reads too many ways', () => {
    const local = new SyllableTable();
    keysOf('西安先啊', local);
    const pattern = bodyPattern('xian'.repeat(20), true, local)!;
    expect(pattern.full.reduce((n, g) => n + g.splits.length, 0)).toBeLessThanOrEqual(64);
  });
});
