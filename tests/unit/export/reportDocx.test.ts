// @vitest-environment jsdom
// The exported .docx read back: unzipped and its XML checked for the GB/T 9704-2012 layout a
// 办公室 expects (page, margins, fonts, sizes, lines, numbering, footers), then read by mammoth —
// through this project's own importer — as a user's Word would show the text.
import { beforeAll, describe, expect, it } from 'vitest';
import { docxToText } from '../../../lib/import-files/docx.ts';
import { reportDocx } from '../../../lib/export/reportDocx.ts';
import type { ReportDocument } from '../../../lib/domain/report/index.ts';
import { all, attr, one, openDocx, paragraphs, type DocxParts, type ParagraphView } from './docxParts.ts';
import { sampleDocument } from './sampleReport.ts';

let doc: ReportDocument;
let parts: DocxParts;
let body: Document;
let paras: ParagraphView[];
let bytes: Uint8Array;

beforeAll(async () => {
  doc = sampleDocument();
  bytes = await reportDocx(doc);
  parts = await openDocx(bytes);
  body = await parts.xml('word/document.xml');
  paras = paragraphs(body);
});

const find = (text: string) => {
  const p = paras.find((x) => x.text === text);
  if (!p) throw new Error(`no paragraph ${text}`);
  return p;
};

describe('the page', () => {
  it('is A4 with the standard margins, in twips', () => {
    const sect = one(body, 'w:sectPr')!;
    expect([attr(sect, 'w:pgSz', 'w'), attr(sect, 'w:pgSz', 'h')]).toEqual(['11906', '16838']);
    // 37, 35, 28 and 26 mm.
    expect(['top', 'bottom', 'left', 'right'].map((side) => attr(sect, 'w:pgMar', side))).toEqual(['2098', '1984', '1587', '1474']);
  });

  it('has 22 lines of 28.95 pt, every paragraph on exactly that line', () => {
    const sect = one(body, 'w:sectPr')!;
    expect([attr(sect, 'w:docGrid', 'type'), attr(sect, 'w:docGrid', 'linePitch')]).toEqual(['lines', '579']);
    for (const p of paras) {
      expect([attr(p.el, 'w:spacing', 'line'), attr(p.el, 'w:spacing', 'lineRule')], p.text).toEqual(['579', 'exact']);
      expect(attr(p.el, 'w:widowControl', 'val'), p.text).toBe('false');
    }
  });

  it('sets 28 characters a line: every 三号 run condensed by 5 twips; the defaults and Normal style in 三号仿宋', async () => {
    const styles = await parts.xml('word/styles.xml');
    const normal = all(styles, 'w:style').find((s) => s.getAttribute('w:styleId') === 'Normal')!;
    for (const rPr of [one(styles, 'w:rPrDefault')!, one(normal, 'w:rPr')!]) {
      expect([attr(rPr, 'w:rFonts', 'eastAsia'), attr(rPr, 'w:sz', 'val')]).toEqual(['仿宋_GB2312', '32']);
    }
    const runs = all(body, 'w:r').map((r) => one(r, 'w:rPr')!);
    const condensed = runs.filter((r) => attr(r, 'w:sz', 'val') === '32').map((r) => attr(r, 'w:spacing', 'val'));
    expect(condensed.length).toBeGreaterThan(20);
    expect(new Set(condensed)).toEqual(new Set(['-5']));
    // The title is not condensed.
    expect(runs.filter((r) => attr(r, 'w:sz', 'val') === '44').map((r) => one(r, 'w:spacing'))).toEqual([undefined]);
  });
});

describe('the text', () => {
  it('has the title in 二号小标宋, centred, a blank line below it', () => {
    expect(paras[0]).toMatchObject({ text: '2025年度述职报告', jc: 'center', eastAsia: ['方正小标宋简体'], sizes: ['44'], bold: ['false'] });
    expect(paras[1]!.text).toBe('');
  });

  it('numbers the headings in GB/T 9704 style, level 1 黑体, level 2 楷体, levels 3–4 仿宋, none bold', () => {
    const headings = paras.filter((p) => p.style?.startsWith('Heading'));
    expect(headings.map((h) => [h.style, h.text, h.eastAsia[0]])).toEqual([
      ['Heading1', '一、履职尽责情况', '黑体'],
      ['Heading2', '（一）加强学习，提升能力', '楷体_GB2312'],
      ['Heading2', '（二）围绕中心，推动工作', '楷体_GB2312'],
      ['Heading3', '1.重点项目推进', '仿宋_GB2312'],
      ['Heading4', '（1）投资完成情况', '仿宋_GB2312'],
      ['Heading4', '（2）工程质量管理', '仿宋_GB2312'],
      ['Heading3', '2.服务基层群众', '仿宋_GB2312'],
      ['Heading2', '（三）严于律己，廉洁自守', '楷体_GB2312'],
      ['Heading1', '二、存在的不足', '黑体'],
      ['Heading1', '三、今后努力方向', '黑体'],
    ]);
    for (const h of headings) expect([h.sizes, h.bold, one(h.el, 'w:keepNext') !== undefined && attr(h.el, 'w:keepNext', 'val') !== 'false']).toEqual([['32'], ['false'], true]);
  });

  it('makes over Word’s heading styles: body size, black, not bold, at their outline level', async () => {
    const styles = await parts.xml('word/styles.xml');
    const heading = (n: number) => all(styles, 'w:style').find((s) => s.getAttribute('w:styleId') === `Heading${n}`)!;
    expect([1, 2, 3, 4].map((n) => [attr(heading(n), 'w:rFonts', 'eastAsia'), attr(heading(n), 'w:sz', 'val'), attr(heading(n), 'w:b', 'val'), attr(heading(n), 'w:color', 'val'), attr(heading(n), 'w:outlineLvl', 'val')])).toEqual([
      ['黑体', '32', 'false', '000000', '0'],
      ['楷体_GB2312', '32', 'false', '000000', '1'],
      ['仿宋_GB2312', '32', 'false', '000000', '2'],
      ['仿宋_GB2312', '32', 'false', '000000', '3'],
    ]);
  });

  it('sets the body in 三号仿宋, justified, the first line two characters in', () => {
    const p = find('以上报告，请予审议。');
    expect(p).toMatchObject({ jc: 'both', eastAsia: ['仿宋_GB2312'], sizes: ['32'] });
    expect([attr(p.el, 'w:ind', 'firstLine'), attr(p.el, 'w:ind', 'firstLineChars')]).toEqual(['632', '200']);
    // 一是/二是 in a paragraph stay as written, and an unfilled slot shows for the writer to fill.
    expect(paras.some((x) => x.text.includes('一是抓统筹') && x.text.includes('二是抓进度'))).toBe(true);
    expect(paras.some((x) => x.text.includes('【重点项目个数】'))).toBe(true);
  });

  it('puts the 落款 and the date on the right, the date in Arabic numerals, one blank line below the body', () => {
    const at = paras.findIndex((p) => p.text === '王某某');
    expect(paras[at - 1]!.text).toBe('');
    expect(paras[at - 2]!.text).toBe('以上报告，请予审议。');
    const [signature, date] = [paras[at]!, paras[at + 1]!];
    expect([signature.jc, date.jc, date.text]).toEqual(['right', 'right', '2026年1月5日']);
    // The date two characters in from the right; the signature so that the date starts two
    // characters right of its first character (3 + 7 = 6 + 2 + 2 characters of 315.9 twips).
    expect([attr(signature.el, 'w:ind', 'right'), attr(date.el, 'w:ind', 'right')]).toEqual(['2211', '632']);
    // The body's last line, the blank and the signature keep with the date.
    const keeps = (p: ParagraphView) => one(p.el, 'w:keepNext') !== undefined && attr(p.el, 'w:keepNext', 'val') !== 'false';
    expect([paras[at - 3]!, paras[at - 2]!, paras[at - 1]!, signature, date].map(keeps)).toEqual([false, true, true, true, false]);
  });

  it('leaves out a snippet that no longer exists', () => {
    expect(doc.lines.some((l) => l.kind === 'unresolved')).toBe(true);
    expect(paras.map((p) => p.text).filter((t) => t === '')).toHaveLength(2);
  });
});

describe('the page numbers', () => {
  it('are "— N —" in 四号宋体, right on odd pages and left on even pages, one character in', async () => {
    const settings = await parts.xml('word/settings.xml');
    expect(one(settings, 'w:evenAndOddHeaders')).toBeDefined();
    const rels = await parts.xml('word/_rels/document.xml.rels');
    const target = (id: string) => all(rels, 'Relationship').find((r) => r.getAttribute('Id') === id)!.getAttribute('Target')!;
    const refs = Object.fromEntries(all(one(body, 'w:sectPr')!, 'w:footerReference').map((r) => [r.getAttribute('w:type'), target(r.getAttribute('r:id')!)]));
    expect(Object.keys(refs).sort()).toEqual(['default', 'even']);
    const footer = async (type: string) => (await parts.xml(`word/${refs[type]}`)).documentElement;
    const odd = await footer('default');
    const even = await footer('even');
    for (const [f, side, jc] of [
      [odd, 'right', 'right'],
      [even, 'left', 'left'],
    ] as const) {
      expect(attr(f, 'w:jc', 'val')).toBe(jc);
      expect(attr(f, 'w:ind', side)).toBe('316');
      // The field: — , then PAGE between begin and end, then —.
      const pieces = all(f, 'w:r').map((r) => one(r, 'w:t')?.textContent ?? one(r, 'w:instrText')?.textContent?.trim() ?? one(r, 'w:fldChar')?.getAttribute('w:fldCharType'));
      expect(pieces).toEqual(['— ', 'begin', 'PAGE', 'separate', 'end', ' —']);
      for (const r of all(f, 'w:r')) expect([attr(r, 'w:rFonts', 'eastAsia'), attr(r, 'w:sz', 'val')]).toEqual(['宋体', '28']);
    }
    // 7 mm below the text area: 28 mm above the page's edge, less half the 14 pt line.
    expect(attr(one(body, 'w:sectPr')!, 'w:pgMar', 'footer')).toBe('1447');
  });
});

describe('read back as a reader opens it', () => {
  it('mammoth reads every line in order, and the headings at their levels', async () => {
    const { text, headingLevels } = await docxToText(bytes);
    const expected = doc.lines.flatMap((l) => (l.kind === 'unresolved' ? [] : [l.text]));
    expect(text.split('\n')).toEqual(expected);
    const levels = doc.lines.flatMap((l) => (l.kind === 'unresolved' ? [] : [l.kind === 'heading' ? l.level : null]));
    expect([...headingLevels.entries()]).toEqual(levels.flatMap((level, i) => (level === null ? [] : [[i + 1, level]])));
  });
});

describe('the common font set', () => {
  it('names the faces every Windows has, and a bold 宋体 title', async () => {
    const file = await reportDocx(doc, { fonts: 'common' });
    const p = paragraphs(await (await openDocx(file)).xml('word/document.xml'));
    expect(p[0]).toMatchObject({ eastAsia: ['宋体'], bold: ['true'] });
    expect(p.find((x) => x.text === '一、履职尽责情况')!.eastAsia).toEqual(['黑体']);
    expect(p.find((x) => x.text.startsWith('（一）'))!.eastAsia).toEqual(['楷体']);
    expect(p.find((x) => x.text === '以上报告，请予审议。')!.eastAsia).toEqual(['仿宋']);
  });
});
