import { describe, expect, it } from 'vitest';
import { excerpt, occurrences, rangeTexts } from '../../../lib/domain/search/excerpt.ts';

const marked = (e: ReturnType<typeof excerpt>) => (e ? e.ranges.map((r) => Array.from(e.text).slice(r.start, r.end).join('')) : null);

describe('excerpt', () => {
  it('shows a few characters before the match and the rest of the window, with … where the body goes on', () => {
    const body = '每月召开支部委员会，按时过好组织生活，党员参加率百分之百，并且如实记录每一次活动的时间地点和参加人员。';
    const e = excerpt(body, [{ start: 14, end: 18 }], 6, 16);
    expect(e?.text).toBe('…会，按时过好组织生活，党员参加率…');
    expect(marked(e)).toEqual(['组织生活']);
  });

  it('starts at the body start when the match is near it, and marks every range in the window', () => {
    const e = excerpt('组织生活会，谈心谈话', [{ start: 6, end: 8 }, { start: 0, end: 2 }]);
    expect(e?.text).toBe('组织生活会，谈心谈话');
    expect(marked(e)).toEqual(['组织', '谈心']);
  });

  it('reads slots as the preview marks them and line breaks as spaces', () => {
    const e = excerpt('发展党员{{发展党员}}名\n其中', [{ start: 6, end: 8 }]);
    expect(e?.text).toBe('…员【发展党员】名 其中');
    expect(marked(e)).toEqual(['发展']);
  });

  it('counts characters outside the BMP as one', () => {
    const e = excerpt('𠀀组织生活', [{ start: 1, end: 5 }]);
    expect(e?.text).toBe('𠀀组织生活');
    expect(marked(e)).toEqual(['组织生活']);
  });

  it('gives nothing without a match', () => {
    expect(excerpt('组织生活', [])).toBeNull();
  });
});

describe('rangeTexts and occurrences', () => {
  it('gives the text a body range covers, counting characters', () => {
    expect(rangeTexts('𠀀过好组织生活', [{ start: 3, end: 7 }, { start: 0, end: 1 }])).toEqual(['组织生活', '𠀀']);
  });

  it('finds every place a matched text occurs, merging overlaps', () => {
    expect(occurrences('组织生活，组织', ['组织', '织生'])).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 7 },
    ]);
    expect(occurrences('组织', [''])).toEqual([]);
  });
});
