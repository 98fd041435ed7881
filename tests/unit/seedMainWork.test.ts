// The model case: the seed report's 主要工作 section, imported as templates, renders from
// a metric store with every number filled — in Arabic figures and, where asked, in the other forms.
import { describe, expect, it } from 'vitest';
import { importReport } from '../../lib/domain/import/index.ts';
import { createLookup } from '../../lib/domain/metrics/index.ts';
import type { Metric, MetricValue } from '../../lib/domain/schemas.ts';
import { renderedParagraphs, renderTemplate } from '../../lib/domain/template/index.ts';
import { fixtureText, SEED_REPORT } from '../support/fixtures.ts';

const seed = fixtureText(SEED_REPORT);
const work = importReport(seed).proposals.filter((p) => p.role === 'work');

/** A store holding a value for every slot of the given proposals (text slots get a name). */
function storeFor(slots: { name: string; kind: 'value' | 'text' }[]) {
  const metrics: Metric[] = slots.map((s, i) => ({ id: `m${i}`, name: s.name, kind: s.kind, unit: '', note: '', tags: [], createdAt: 0, updatedAt: 0 }));
  const values: MetricValue[] = slots.map((s, i) => ({ metricId: `m${i}`, period: '2020', value: s.kind === 'text' ? `第${i}号` : 10 + i, note: '', updatedAt: 0 }));
  return { lookup: createLookup({ metrics, values, tallies: [] }), values };
}

describe('the seed report’s 主要工作, as templates', () => {
  it('imports as main-work snippets whose every X is a slot or a year that follows the period', () => {
    expect(work.length).toBeGreaterThanOrEqual(3);
    for (const p of work) {
      expect(p.body).not.toMatch(/X/);
      const years = (p.body.match(/\{\{(?:本年|上年|下年)\}\}/g) ?? []).length;
      expect(p.slots.length + years).toBe((p.original.match(/X/g) ?? []).length);
    }
  });

  it('renders with every number from the store, where the X’s stood', () => {
    for (const proposal of work) {
      const { lookup, values } = storeFor(proposal.slots);
      const result = renderTemplate(proposal.body, { period: '2020', lookup });
      expect(result.missing, proposal.title).toEqual([]);
      // Put the stored values where the X's were in the original: that is the expected text.
      let expected = proposal.original.replace('万兀', '万元');
      // Each X became one placeholder, in order: a slot filled from the store, or a year of 2020.
      const placeholders = [...proposal.body.matchAll(/\{\{([^{}|]+)/g)].map((m) => m[1]!);
      const years: Record<string, string> = { 本年: '2020', 上年: '2019', 下年: '2021' };
      let k = 0;
      let p = 0;
      expected = expected.replace(/X/g, () => years[placeholders[p++]!] ?? String(values[k++]!.value));
      expect(renderedParagraphs(result).join('\n')).toBe(expected.split('\n').map((l) => l.trim()).filter(Boolean).join('\n'));
    }
  });

  it('renders a slot in the other forms when asked: 中文, 大写, 千分位, 1位小数', () => {
    const slot = work[0]!.slots.find((s) => s.kind === 'value')!;
    const metric: Metric = { id: 'm', name: slot.name, kind: 'value', unit: '', note: '', tags: [], createdAt: 0, updatedAt: 0 };
    const lookup = createLookup({ metrics: [metric], values: [{ metricId: 'm', period: '2020', value: 12345, note: '', updatedAt: 0 }], tallies: [] });
    const render = (filter: string) => renderedParagraphs(renderTemplate(`{{${slot.name}|${filter}}}`, { period: '2020', lookup }))[0];
    expect([render('中文'), render('大写'), render('千分位'), render('1位小数')]).toEqual(['一万二千三百四十五', '壹万贰仟叁佰肆拾伍', '12,345', '12345.0']);
  });
});
