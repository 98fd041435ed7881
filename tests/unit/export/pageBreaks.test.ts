// @vitest-environment jsdom
// Page breaks in the exported .docx, read back from its XML: every heading and the title keep
// whole and with the paragraph after them, and the 落款 and 成文日期 keep together and with the body
// (GB/T 9704-2012 7.3.5), except where LibreOffice would then leave a heading alone on a page.
// What a reader lays out is looked at with `node scripts/render-docx.mjs --long`.
import { describe, expect, it } from 'vitest';
import { reportDocx } from '../../../lib/export/reportDocx.ts';
import type { ReportDocument, ReportLine } from '../../../lib/domain/report/index.ts';
import { attr, one, openDocx, paragraphs, type ParagraphView } from './docxParts.ts';
import { longDocument } from './longReport.ts';
import { sampleDocument } from './sampleReport.ts';

const on = (p: ParagraphView, tag: string) => one(p.el, tag) !== undefined && attr(p.el, tag, 'val') !== 'false';
const keeps = (p: ParagraphView) => on(p, 'w:keepNext');

async function exported(doc: ReportDocument): Promise<ParagraphView[]> {
  return paragraphs(await (await openDocx(await reportDocx(doc))).xml('word/document.xml'));
}

const body = (text: string): ReportLine => ({ kind: 'paragraph', partId: null, text, missing: [] });
const heading = (text: string): ReportLine => ({ kind: 'heading', partId: text, level: 2, marker: '（三）', heading: text, text: `（三）${text}` });
const closing: ReportLine[] = [{ kind: 'signature', text: '某某县农业农村局' }, { kind: 'date', text: '2025年11月3日' }];
const withLines = (lines: ReportLine[]): ReportDocument => ({ lines, missing: [], count: { total: 0, parts: {} } });

describe('page breaks', () => {
  it.each([
    ['sample', sampleDocument],
    ['long', longDocument],
  ])('keeps the title and every heading of the %s report whole and with the next paragraph', async (_, make) => {
    const doc = make();
    const paras = await exported(doc);
    const headings = doc.lines.flatMap((l) => (l.kind === 'heading' || l.kind === 'title' ? [l.text] : []));
    const found = paras.filter((p) => headings.includes(p.text));
    expect(found.length).toBe(headings.length);
    for (const p of found) expect([p.text, keeps(p), on(p, 'w:keepLines')]).toEqual([p.text, true, true]);
    // The blank line under the title too, so the title never ends a page.
    const title = paras.findIndex((p) => p.text === headings[0]);
    expect(keeps(paras[title + 1]!)).toBe(true);
  });

  it('chains the last body paragraph, the blank, every 落款 line to the date', async () => {
    const paras = await exported(withLines([body('第一段。'), body('最后一段。'), { kind: 'signature', text: '某某县' }, ...closing]));
    expect(paras.slice(-6).map((p) => [p.text, keeps(p)])).toEqual([
      ['第一段。', false],
      ['最后一段。', true],
      ['', true],
      ['某某县', true],
      ['某某县农业农村局', true],
      ['2025年11月3日', false],
    ]);
  });

  it('chains a last paragraph under a heading when heading, paragraph and closing fit on a page', async () => {
    const paras = await exported(withLines([heading('小节'), body('字'.repeat(28 * 16)), ...closing]));
    expect(paras.map(keeps)).toEqual([true, true, true, true, false]);
  });

  it('does not chain a last paragraph under a heading when that is longer than a page (LibreOffice would strand the heading)', async () => {
    // 2 + 28 × 18 characters: 19 lines, with the heading, the blank, the 落款 and the date 23 > 22.
    const paras = await exported(withLines([heading('小节'), body('字'.repeat(28 * 18)), ...closing]));
    expect(paras.map(keeps)).toEqual([true, false, true, true, false]);
  });

  it('does not chain a last paragraph longer than a page less the closing (LibreOffice would leave the page before empty)', async () => {
    // 2 + 28 × 19 characters: 20 lines, with the blank, the 落款 and the date 23 > 22.
    const paras = await exported(withLines([heading('小节'), body('前一段。'), body('字'.repeat(28 * 19)), ...closing]));
    expect(paras.map(keeps)).toEqual([true, false, false, true, true, false]);
    const fits = await exported(withLines([heading('小节'), body('前一段。'), body('字'.repeat(28 * 18)), ...closing]));
    expect(fits.map(keeps)).toEqual([true, false, true, true, true, false]);
  });
});
