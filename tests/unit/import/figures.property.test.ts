// One figure is one slot, whatever its form, and a slot made from a real number writes it back as
// the report wrote it: text → figures become slots → fill the slots with their values → same text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersToSlots, placeholdersToSlots } from '../../../lib/domain/import/index.ts';
import { renderedParagraphs, renderTemplate } from '../../../lib/domain/template/index.ts';

const units = fc.constantFrom('万元', '亿元', '元', '人次', '人', '户', '个', '项', '%', '次', '公里', '批次');
const hanChar = fc.constantFrom(...'全年完成投资收入支出服务群众开展活动培训党员覆盖率达到'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));

/** A figure as reports write them: 12, 1,234, 1,234.5, 3.50, 0.85, 98.6. */
const writtenFigure = fc
  .tuple(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 3 }), fc.boolean(), fc.integer({ min: 0, max: 999 }))
  .map(([whole, places, thousands, fraction]) => {
    const integer = thousands ? whole.toLocaleString('en-US') : String(whole);
    return places === 0 ? integer : `${integer}.${String(fraction).padStart(3, '0').slice(0, places)}`;
  });

/** A placeholder in every form a template uses: X, XX, X.X, XX.XX, X,XXX, X,XXX.X. */
const placeholder = fc
  .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('X', 'Ｘ', 'x'))
  .map(([lead, groups, places, x]) => x.repeat(lead) + `,${x.repeat(3)}`.repeat(groups) + (places ? `.${x.repeat(places)}` : ''));

describe('figures become slots that write them back as written', () => {
  it('any sentence of figures, filled back with its values, reads as before', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words(2, 8), writtenFigure, units), { minLength: 1, maxLength: 5 }), (parts) => {
        const text = `${parts.map(([w, figure, unit]) => `${w}${figure}${unit}`).join('，')}。`;
        const { template, slots } = numbersToSlots(text);
        expect(slots).toHaveLength(parts.length);
        const values = new Map(slots.map((s) => [s.name, s.value!]));
        const rendered = renderTemplate(template, { period: '2024', lookup: (name) => (values.has(name) ? { kind: 'number', value: values.get(name)! } : undefined) });
        expect(renderedParagraphs(rendered)).toEqual([text]);
      }),
    );
  });
});

describe('placeholders', () => {
  it('one figure written with a point or a separator is one slot, and keeps that form', () => {
    fc.assert(
      fc.property(words(2, 8), placeholder, units, words(0, 6), (before, x, unit, after) => {
        const text = `${before}${x}${unit}${after}。`;
        const { template, slots } = placeholdersToSlots(text);
        expect(slots.map((s) => s.source)).toEqual([x]);
        expect(template).not.toMatch(/\}\}[.,．]\{\{/);
        const places = [...(/[.．](.+)$/u.exec(x)?.[1] ?? '')].length;
        const value = places > 0 ? 1234.5 : 1234;
        const rendered = renderedParagraphs(renderTemplate(template, { period: '2024', lookup: () => ({ kind: 'number', value }) }))[0]!;
        const written = x.includes(',') ? value.toLocaleString('en-US', { minimumFractionDigits: places, maximumFractionDigits: places }) : value.toFixed(places);
        expect(rendered).toBe(`${before}${written}${unit}${after}。`);
      }),
    );
  });

  it.each(['落实“1+X”政策', '构建“X+N”服务体系', '1+X证书制度'])('%s stays text', (text) => {
    expect(placeholdersToSlots(text).slots).toEqual([]);
  });
});
