import { describe, expect, it } from 'vitest';
import { parseTemplate, renderTemplate, renderedParagraphs, type SlotValue } from '../../../lib/domain/template/index.ts';

function contextOf(values: Record<string, SlotValue>) {
  return { period: '2025', lookup: (name: string) => values[name] };
}

describe('renderTemplate', () => {
  it('fills slots from the store and keeps the surrounding text', () => {
    const result = renderTemplate('全年召开{{党建专题会议}}次会议，覆盖{{社区名称}}。', contextOf({
      党建专题会议: { kind: 'number', value: 12 },
      社区名称: { kind: 'text', value: '东风社区' },
    }));
    expect(renderedParagraphs(result)).toEqual(['全年召开12次会议，覆盖东风社区。']);
    expect(result.missing).toEqual([]);
  });

  it('shows an unfilled slot as 【名称】 and lists it once', () => {
    const result = renderTemplate('{{甲}}和{{乙}}，再次{{甲}}', contextOf({ 乙: { kind: 'number', value: 0 } }));
    expect(renderedParagraphs(result)).toEqual(['【甲】和0，再次【甲】']);
    expect(result.missing).toEqual(['甲']);
  });

  it('splits paragraphs on newlines and drops blank lines', () => {
    const result = renderTemplate('第一段\r\n\n  第二段{{x}}  \n', contextOf({ x: { kind: 'number', value: 3 } }));
    expect(renderedParagraphs(result)).toEqual(['第一段', '第二段3']);
  });

  it('reports an unclosed slot with its position and renders its text', () => {
    const parsed = parseTemplate('开头{{未完成');
    expect(parsed.errors).toEqual([{ problem: { code: 'template.unclosedSlot' }, span: { start: 2, end: 7 } }]);
    expect(renderedParagraphs(renderTemplate('开头{{未完成', contextOf({})))).toEqual(['开头{{未完成']);
  });

  it('recovers after an unclosed slot at the line break or next {{', () => {
    const result = renderTemplate('a{{坏\n{{x}}b{{c{{x}}', contextOf({ x: { kind: 'number', value: 1 } }));
    expect(renderedParagraphs(result)).toEqual(['a{{坏', '1b{{c1']);
    expect(result.errors.map((e) => e.span)).toEqual([{ start: 1, end: 4 }, { start: 11, end: 14 }]);
  });

  it('reports an empty slot', () => {
    expect(parseTemplate('a{{  }}b').errors[0]?.span).toEqual({ start: 1, end: 7 });
  });
});

describe('sample figures', () => {
  const sample = (value: number): SlotValue => ({ kind: 'number', value, sample: true });
  const stored: Record<string, SlotValue> = {
    '会议@2025': sample(12),
    '会议@2024': { kind: 'number', value: 10 },
    '社区@2025': { kind: 'text', value: '滨河社区', sample: true },
    '经费@2025': { kind: 'number', value: 30 },
  };
  const context = { period: '2025', lookup: (name: string, period: string) => stored[`${name}@${period}`] };
  const valueSegments = (source: string) => renderTemplate(source, context).paragraphs.flat().filter((s) => s.kind === 'value');

  it('names, on each value, the metrics whose sample figure it was made from, and lists them once', () => {
    const result = renderTemplate('召开{{会议}}次，{{社区}}；经费{{经费}}万元，又{{会议|中文}}次。', context);
    expect(renderedParagraphs(result)).toEqual(['召开12次，滨河社区；经费30万元，又十二次。']);
    expect(result.paragraphs.flat().map((s) => (s.kind === 'value' ? (s.samples ?? []) : null))).toEqual([null, ['会议'], null, ['社区'], null, [], null, ['会议'], null]);
    expect(result.samples).toEqual(['会议', '社区']);
  });

  it('carries the mark through a computation when any operand is a sample, in either period', () => {
    expect(valueSegments('{{=同比(会议)}}').map((s) => s.kind === 'value' && s.samples)).toEqual([['会议']]);
    expect(valueSegments('{{=会议@去年+经费}}').map((s) => s.kind === 'value' && s.samples)).toEqual([undefined]);
    expect(renderTemplate('{{=会议@去年+经费}}', context).samples).toEqual([]);
  });
});
