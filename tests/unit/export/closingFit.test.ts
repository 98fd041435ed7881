// @vitest-environment jsdom
// A long last paragraph and the 落款 (GB/T 9704-2012 7.3.5): where the 22-line pages would end right
// after the paragraph, leaving the 落款 and date alone at the top of the last page, the paragraph's
// characters are spaced a little wider so its last lines run over with them. Rendered by LibreOffice
// (scripts/render-docx.mjs --long-end), the last page then opens with body text.
import { describe, expect, it } from 'vitest';
import type { ReportDocument, ReportLine } from '../../../lib/domain/report/index.ts';
import { bodyEndsAt, lastParagraphLoosening } from '../../../lib/export/closingFit.ts';
import { CHAR_CONDENSE } from '../../../lib/export/gbLayout.ts';
import { reportDocx } from '../../../lib/export/reportDocx.ts';
import { all, attr, openDocx, paragraphs } from './docxParts.ts';
import { longEndDocument } from './longReport.ts';

type Line = Exclude<ReportLine, { kind: 'unresolved' }>;
/** A paragraph of exactly `n` lines, two characters indented. */
const body = (n: number): Line => ({ kind: 'paragraph', partId: null, text: '字'.repeat(28 * n - 2), missing: [] });
const title: Line = { kind: 'title', text: '关于推进重点工作情况的报告' };
const heading: Line = { kind: 'heading', partId: 'h', level: 1, marker: '一、', heading: '主要工作', text: '一、主要工作' };
const closing: Line[] = [{ kind: 'signature', text: '某某县农业农村局' }, { kind: 'date', text: '2025年11月3日' }];

async function spacings(doc: ReportDocument): Promise<number[]> {
  const xml = await (await openDocx(await reportDocx(doc))).xml('word/document.xml');
  return paragraphs(xml)
    .filter((p) => p.text !== '')
    .map((p) => Number(attr(all(p.el, 'w:r')[0]!, 'w:spacing', 'val') ?? NaN));
}

describe('where the body ends on its page', () => {
  it('counts the title and its blank, splits paragraphs anywhere and moves a heading that would end a page', () => {
    expect(bodyEndsAt([title, body(5), body(6)], 3)).toBe(13);
    expect(bodyEndsAt([title, body(20)], 2)).toBe(0);
    // 21 lines used: the heading and the line after it do not fit, so it starts the next page.
    expect(bodyEndsAt([title, body(19), heading, body(2)], 4)).toBe(3);
  });
});

describe('a long last paragraph', () => {
  it.each([29, 30, 31])('ending %i lines after 13: the 落款 would stand alone, so the paragraph runs over', (n) => {
    const lines = [title, body(5), body(6), body(n), ...closing];
    expect(lastParagraphLoosening(lines, 4, false)).toBeGreaterThan(0);
  });

  it('leaves the paragraph as it is where the 落款 has room after it, or keeps with it anyway', () => {
    expect(lastParagraphLoosening([title, body(5), body(6), body(32), ...closing], 4, false)).toBe(0);
    expect(lastParagraphLoosening([title, body(5), body(6), body(29), ...closing], 4, true)).toBe(0);
  });

  it('spaces only the last paragraph wider, and at most a fifth of a character', async () => {
    const found = await spacings({ lines: [title, body(5), body(6), body(30), ...closing], missing: [], count: { total: 0, parts: {} } });
    expect(found.slice(1, 3)).toEqual([CHAR_CONDENSE, CHAR_CONDENSE]);
    expect(found[3]).toBeGreaterThan(CHAR_CONDENSE);
    expect(found[3]! - CHAR_CONDENSE).toBeLessThanOrEqual(64);
    expect(found.slice(4)).toEqual([CHAR_CONDENSE, CHAR_CONDENSE]);
  });

  it('the report rendered for the look (render-docx --long-end) is such a case', () => {
    const lines = longEndDocument().lines.filter((l): l is Line => l.kind !== 'unresolved');
    const closingAt = lines.findIndex((l) => l.kind === 'signature');
    expect(bodyEndsAt(lines, closingAt)).toBe(0);
    expect(lastParagraphLoosening(lines, closingAt, false)).toBeGreaterThan(0);
  });
});
