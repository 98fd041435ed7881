// What a reader of the composed text sees, for generated problem sets: the three headings with
// their own numbers, each section numbered from its start again, every problem's own 责任单位 and
// 时限, and items run together inline with exactly one punctuation mark between them.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeDocument, composeSections, HEADING_STYLES, SECTION_KEYS, SECTION_TITLES, type ComposeSet, type ComposeStyles } from '../../lib/domain/compose.ts';
import { joinInline, levelOfStyle, OUTLINE_STYLES, parseMarker, toChineseNumeral } from '../../lib/domain/outline/index.ts';

const ENDINGS = ['。', '；', '，', '！', '？', '', '、', '：', '。”', '”', '）'];
const word = fc.array(fc.constantFrom(...'督导不深入认识有差距方法统筹二季度亿元'), { minLength: 1, maxLength: 8 }).map((c) => c.join(''));
// Bodies that start with what merges with a marker: figures, enumerations, other markers.
const lead = fc.constantFrom('', '1.5', '一、二', '（1）', '2020年', '三是');
const sentence = fc.tuple(lead, word, fc.constantFrom(...ENDINGS)).map(([a, b, c]) => (c === '）' ? `${a}${b}（说明）` : a + b + c));

const POOL = 5;
const setArb = fc.record({
  problem: sentence,
  causes: fc.uniqueArray(fc.integer({ min: 0, max: POOL - 1 }), { maxLength: 3 }),
  measures: fc.uniqueArray(fc.integer({ min: 0, max: POOL - 1 }), { maxLength: 3 }),
  owner: fc.constantFrom('', '组织办', '宣传部', '各支部'),
  deadline: fc.constantFrom('', '年底前', '2027年3月底前', '长期坚持'),
});

/** Sets whose causes and measures come from small pools, so many are shared between problems. */
const setsArb = fc.tuple(fc.array(setArb, { minLength: 1, maxLength: 5 }), fc.array(sentence, { minLength: POOL, maxLength: POOL }), fc.array(sentence, { minLength: POOL, maxLength: POOL })).map(
  ([raw, causeTexts, measureTexts]): ComposeSet[] =>
    raw.map((r, i) => ({
      problem: { id: `p${i}`, paragraphs: [r.problem] },
      causes: r.causes.map((c) => ({ id: `c${c}`, paragraphs: [causeTexts[c]!] })),
      measures: r.measures.map((m) => ({ id: `m${m}`, paragraphs: [`措施${m}号${measureTexts[m]!}`] })),
      owner: r.owner,
      deadline: r.deadline,
    })),
);

const stylesArb: fc.Arbitrary<ComposeStyles> = fc.record({
  problems: fc.constantFrom(...OUTLINE_STYLES),
  causes: fc.constantFrom(...OUTLINE_STYLES),
  measures: fc.constantFrom(...OUTLINE_STYLES),
  headings: fc.constantFrom(...HEADING_STYLES),
  start: fc.record({ headings: fc.integer({ min: 1, max: 9 }) }),
});

describe('composeDocument', () => {
  it('puts a numbered heading before each section, and each section numbers from one again', () => {
    fc.assert(
      fc.property(setsArb, stylesArb, (sets, styles) => {
        const sections = composeSections(sets, styles);
        const doc = composeDocument(sections, styles);
        const present = SECTION_KEYS.filter((k) => sections[k].length > 0);
        let at = 0;
        present.forEach((key, i) => {
          const heading = parseMarker(doc[at]!);
          expect(heading).toMatchObject({ style: styles.headings, number: styles.start!.headings! + i, rest: SECTION_TITLES[key] });
          const body = doc.slice(at + 1, at + 1 + sections[key].length);
          expect(body).toEqual(sections[key]);
          // The first item of every section carries number one (首先 for the sequence style).
          expect(parseMarker(body[0]!)).toMatchObject({ style: styles[key], number: 1 });
          if (levelOfStyle(styles[key]) !== null) {
            // Block styles: one paragraph per item here (the generated items have one each).
            expect(body.map((p) => parseMarker(p)?.number)).toEqual(body.map((_, n) => n + 1));
          }
          at += 1 + sections[key].length;
        });
        expect(at).toBe(doc.length);
      }),
      { numRuns: 500 },
    );
  });
});

describe('composeSections', () => {
  it('keeps every problem’s own 责任单位 and 时限 beside one of its measures, and each measure once', () => {
    fc.assert(
      fc.property(setsArb, fc.constantFrom(...OUTLINE_STYLES), (sets, measureStyle) => {
        const { measures } = composeSections(sets, { problems: 'han-paren', causes: 'han-shi', measures: measureStyle });
        const text = measures.join('\n');
        const usedIds = new Set(sets.flatMap((s) => s.measures.map((m) => m.id)));
        for (const id of usedIds) expect(text.split(`措施${id.slice(1)}号`).length - 1).toBe(1);
        for (const set of sets) {
          if (set.measures.length === 0) continue;
          // The measure item that carries this problem's duty: the last of its measures in the text.
          const positions = set.measures.map((m) => text.indexOf(`措施${m.id.slice(1)}号`));
          const from = Math.max(...positions);
          const next = text.slice(from + 1).search(/措施\d号/);
          const item = next < 0 ? text.slice(from) : text.slice(from, from + 1 + next);
          if (set.owner) expect(item).toContain(`责任单位：${set.owner}`);
          if (set.deadline) expect(item).toContain(`完成时限：${set.deadline}`);
          // Shared with a problem whose duty differs: the note names this problem.
          const holder = set.measures.find((m) => text.indexOf(`措施${m.id.slice(1)}号`) === from)!;
          const duty = (s: ComposeSet) => `${s.owner}|${s.deadline}`;
          const differs = sets.some((other) => other !== set && duty(other) !== '|' && duty(other) !== duty(set) && other.measures.some((m) => m.id === holder.id));
          if (differs && duty(set) !== '|') expect(item).toMatch(new RegExp(`第[^个]*(?<![一二三四五六七八九十])${toChineseNumeral(sets.indexOf(set) + 1)}(?![十])[^个]*个问题——`));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('joinInline', () => {
  const items = fc.array(fc.tuple(word, fc.constantFrom(...ENDINGS)), { minLength: 1, maxLength: 6 });
  const PUNCT = '。；，！？、：';

  it('puts exactly one mark between items and ends on a sentence end, whatever each item ends with', () => {
    fc.assert(
      fc.property(items, (parts) => {
        const texts = parts.map(([w, end]) => (end === '）' ? `${w}。（说明）` : w + end));
        const out = joinInline(texts.map((t) => [t]));
        expect(out).not.toMatch(new RegExp(`[${PUNCT}][${PUNCT}]`));
        expect(out).toMatch(/[。！？][”）]?$|（说明）$/);
        // Every item is still there, in order, each followed by a mark before the next begins.
        let rest = out;
        for (const [w] of parts) {
          const at = rest.indexOf(w);
          expect(at).toBeGreaterThanOrEqual(0);
          rest = rest.slice(at + w.length);
          expect(rest === '' ? '' : rest[0]).toMatch(new RegExp(`^([${PUNCT}”（]|)$`));
        }
      }),
    );
  });

  it('adds ； between unpunctuated items and 。 at the end', () => {
    expect(joinInline([['一是认识有差距'], ['二是方法不新，'], ['三是统筹不够；']])).toBe('一是认识有差距；二是方法不新；三是统筹不够。');
    expect(joinInline([['一是认识有差距。'], ['二是方法不新']])).toBe('一是认识有差距。二是方法不新。');
    expect(joinInline([['第一，常态督导。（责任单位：组织办）'], ['第二，结对共建（年底前）']])).toBe('第一，常态督导。（责任单位：组织办）第二，结对共建（年底前）。');
  });
});
