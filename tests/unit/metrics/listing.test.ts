import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metricMatches, metricSearchKeys, orderMetrics } from '../../../lib/domain/metrics/index.ts';
import type { Metric } from '../../../lib/domain/schemas.ts';

const metric = (name: string, id = name, extra: Partial<Metric> = {}): Metric => ({ id, name, kind: 'value', unit: '', note: '', tags: [], createdAt: 0, updatedAt: 0, ...extra });
const NAMES = ['党建工作经费', '发展党员', '主题党日活动', '基层调研', '志愿服务队', '培训党员人次', '矛盾纠纷化解率'];

describe('the metric list’s order', () => {
  it('is the same whatever order the metrics are read in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(NAMES, { minLength: 2 }), fc.nat(), (names, seed) => {
        const metrics = names.map((n) => metric(n));
        const shuffled = [...metrics].sort((a, b) => ((a.name.charCodeAt(0) * seed) % 7) - ((b.name.charCodeAt(0) * seed) % 7));
        expect(orderMetrics(shuffled).map((m) => m.id)).toEqual(orderMetrics(metrics).map((m) => m.id));
      }),
    );
  });

  it('is by name in pinyin order, so a new metric lands where one would look for it', () => {
    expect(orderMetrics(['发展党员', '党建工作经费', '志愿服务队', '基层调研'].map((n) => metric(n))).map((m) => m.name)).toEqual(['党建工作经费', '发展党员', '基层调研', '志愿服务队']);
  });
});

describe('searching the metric list', () => {
  it('finds every metric by its whole name, any part of it, its initials and its full pinyin', () => {
    const keys = metricSearchKeys(metric('发展党员'));
    for (const query of ['发展党员', '党员', 'fzdy', 'dy', 'fazhan', 'dangyuan']) expect(metricMatches(keys, query), query).toBe(true);
    for (const query of ['经费', 'jf', 'zzz']) expect(metricMatches(keys, query), query).toBe(false);
  });

  it('finds by tag and unit too, and needs every term', () => {
    const keys = metricSearchKeys(metric('党建工作经费', 'a', { unit: '万元', tags: ['经费'] }));
    expect(metricMatches(keys, '万元')).toBe(true);
    expect(metricMatches(keys, 'djgz 万元')).toBe(true);
    expect(metricMatches(keys, 'djgz 名')).toBe(false);
  });

  it('finds any name by any run of its characters', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.nat(), fc.nat(), (name, a, b) => {
        const chars = Array.from(name);
        const from = a % chars.length;
        const to = from + 1 + (b % (chars.length - from));
        expect(metricMatches(metricSearchKeys(metric(name)), chars.slice(from, to).join(''))).toBe(true);
      }),
    );
  });
});
