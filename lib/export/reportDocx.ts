// A rendered report (lib/domain/report) as a Word file in GB/T 9704-2012 layout, built with the
// docx package: A4 with the standard's margins, 22 lines of 28 characters, body 三号仿宋 indented
// two characters, title 二号小标宋 centred, headings 黑体 / 楷体 / 仿宋 by level, page numbers
// "— N —" in 四号宋体 on the outer side (odd pages right, even pages left), 落款 and 成文日期 on the
// right. The numbers and sizes are worked out in gbLayout.ts; the font names in fonts.ts.
import { AlignmentType, Document, DocumentGridType, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, TextRun, type IParagraphOptions } from 'docx';
import { documentLines, type ReportDocument, type ReportLine } from '../domain/report/index.ts';
import { FONT_SETS, allScripts, type FontSetName, type ReportFonts } from './fonts.ts';
import { CHAR_CONDENSE, CHAR_PITCH, LINES_PER_PAGE, FOOTER_DISTANCE, INDENT_TWO_CHARS, LINE_PITCH, MARGIN, PAGE, PAGE_NUMBER_LINE, SIZE_PT, halfPoints } from './gbLayout.ts';
import { lastParagraphLoosening, linesOf } from './closingFit.ts';
import { signatureIndents } from './signature.ts';
import { titleLines } from './titleLines.ts';

export interface ReportDocxOptions {
  fonts?: FontSetName;
  /** The file's author in its properties; empty by default. */
  creator?: string;
}

/** Every line of the page is the same height, so 22 fit whatever their size. */
const EXACT = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/**
 * Every paragraph of the body: widow control off, as the standard's 22-line page needs (it would
 * carry a paragraph's last line over with the one before and leave a page a line short); no extra
 * space between Chinese and figures (w:autoSpaceDN), which would widen a line past 28 characters
 * and move the date's first character off its place under the 落款. (LibreOffice 7.4 ignores the
 * switch and still adds a little space there.)
 */
const para = (options: IParagraphOptions = {}) => new Paragraph({ spacing: EXACT, widowControl: false, autoSpaceEastAsianText: false, ...options });

export function reportDocument(doc: ReportDocument, options: ReportDocxOptions = {}): Document {
  const fonts = FONT_SETS[options.fonts ?? 'gb2312'];
  const title = doc.lines.find((l) => l.kind === 'title')?.text ?? '';
  const bodyRun = { font: allScripts(fonts.body), size: halfPoints(SIZE_PT.body), language: { value: 'zh-CN', eastAsia: 'zh-CN' } };
  return new Document({
    title,
    creator: options.creator ?? '',
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: { document: { run: bodyRun, paragraph: { spacing: EXACT } } },
      // The Normal style carries the body's face and size itself: LibreOffice takes a document's
      // base size from the Normal style and not from the defaults.
      paragraphStyles: [{ id: 'Normal', name: 'Normal', run: bodyRun, paragraph: { spacing: EXACT } }, ...headingStyles(fonts)],
    },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...MARGIN, footer: FOOTER_DISTANCE, header: MARGIN.top / 2, gutter: 0 } },
          grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
        },
        footers: { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') },
        children: body(doc, fonts),
      },
    ],
  });
}

/** The .docx file's bytes; works alike in the panel and in Node (no DOM needed). */
export function reportDocx(doc: ReportDocument, options: ReportDocxOptions = {}): Promise<Uint8Array> {
  return Packer.pack(reportDocument(doc, options), 'uint8array');
}

function body(doc: ReportDocument, fonts: ReportFonts): Paragraph[] {
  // As the document writes them: a run-in heading's number before its paragraph (documentLines).
  const lines = documentLines(doc.lines).filter((l) => l.kind !== 'unresolved');
  const signature = lines.flatMap((l) => (l.kind === 'signature' ? [l.text] : []));
  const date = lines.find((l) => l.kind === 'date')?.text ?? null;
  const indents = signatureIndents(signature, date);
  const closing = lines.findIndex((l) => l.kind === 'signature' || l.kind === 'date');
  const tiesBody = closing > 0 && tiesLastParagraph(lines, closing);
  const loosen = lastParagraphLoosening(lines, closing, tiesBody);
  const out: Paragraph[] = [];
  lines.forEach((line, i) => {
    // GB/T 9704 7.3.5: the 落款 comes one blank line below the body, and the 成文日期 never stands on
    // a page without body text. The last body line, the blank and the 落款 keep with what follows.
    if (i === closing) out.push(para({ keepNext: true }));
    const keepNext = closing >= 0 && ((tiesBody && i === closing - 1) || (i >= closing && line.kind === 'signature'));
    out.push(...lineParagraphs(line, fonts, indents, keepNext, i === closing - 1 ? loosen : 0));
  });
  return out;
}

/**
 * Whether the last body paragraph can keep with the 落款. LibreOffice (7.4) takes "keep with next"
 * as "do not split" too: it moves the paragraph to a new page whole when the chain does not fit
 * where it starts — even a paragraph longer than a page, leaving the page before empty — and
 * breaks the chain before it anywhere. Rendered, that left a heading above a long last paragraph
 * alone on a page, or a page with one line. So the tie holds only while the paragraph, the
 * headings straight above it and the closing fit on one page; a longer last paragraph is split
 * across pages in any case, and the 落款 then has body lines above it unless the page happens to
 * break right after the paragraph.
 */
function tiesLastParagraph(lines: readonly Exclude<ReportLine, { kind: 'unresolved' }>[], closing: number): boolean {
  let i = closing - 1;
  let height = 1 + (lines.length - closing); // the blank, the 落款 lines and the date
  if (lines[i]?.kind === 'paragraph') height += linesOf(lines[i--]!.text);
  while (lines[i]?.kind === 'heading') height += linesOf(lines[i--]!.text);
  return height <= LINES_PER_PAGE;
}


/** `loosen`: twips more between the characters of a last paragraph that must run over to the 落款's page (closingFit.ts). */
function lineParagraphs(line: Exclude<ReportLine, { kind: 'unresolved' }>, fonts: ReportFonts, indents: { signature: number; date: number }, keepNext: boolean, loosen: number): Paragraph[] {
  switch (line.kind) {
    case 'title':
      // The title, then one blank line before the body.
      return [
        // Kept whole and with the body's first line, like the headings.
        // Broken into lines of about one length by titleLines (GB/T 9704 7.3.1), each centred.
        para({ alignment: AlignmentType.CENTER, keepNext: true, keepLines: true, children: titleLines(line.text).map((text, i) => run(text, fonts.title, SIZE_PT.title, fonts.titleBold, 0, i > 0)) }),
        para({ keepNext: true }),
      ];
    case 'heading':
      // In Word's own heading styles (headingStyles): the navigation pane lists them, and an
      // importer — this project's too — reads the levels back.
      return [para({ ...indented, heading: HEADINGS[line.level - 1], keepNext: true, keepLines: true, children: [run(line.text, headingFace(fonts, line.level), SIZE_PT.body)] })];
    case 'paragraph':
      return [para({ ...indented, ...(keepNext ? { keepNext } : {}), children: [run(line.text, fonts.body, SIZE_PT.body, false, loosen)] })];
    case 'signature':
      return [para({ alignment: AlignmentType.RIGHT, indent: { right: indents.signature }, ...(keepNext ? { keepNext } : {}), children: [run(line.text, fonts.body, SIZE_PT.body)] })];
    case 'date':
      return [para({ alignment: AlignmentType.RIGHT, indent: { right: indents.date }, children: [run(line.text, fonts.body, SIZE_PT.body)] })];
  }
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** GB/T 9704-2012 7.3.3: 第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字. Not bold: the standard does not ask for it. */
const headingFace = (fonts: ReportFonts, level: number) => (level === 1 ? fonts.heading1 : level === 2 ? fonts.heading2 : fonts.body);

/**
 * Word's Heading 1–4 made over to the standard: the body's size, black, not bold, on the body's
 * lines with no space around (Word's own heading styles are larger, blue and spaced), each at its
 * outline level, kept whole (a two-line heading does not split) and with the paragraph after it.
 */
function headingStyles(fonts: ReportFonts) {
  return HEADINGS.map((id, i) => ({
    id,
    name: `Heading ${i + 1}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: allScripts(headingFace(fonts, i + 1)), size: halfPoints(SIZE_PT.body), bold: false, italics: false, color: '000000' },
    paragraph: { spacing: EXACT, outlineLevel: i, keepNext: true, keepLines: true },
  }));
}

/** Body and headings: justified, the first line two characters in (in characters, and in twips for readers that ignore them). */
const indented = { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: INDENT_TWO_CHARS, firstLineChars: 200 } };

/** A run of text; at the body's size condensed so that 28 characters make a line (gbLayout.ts). */
function run(text: string, face: string, pt: number, bold = false, loosen = 0, newLine = false): TextRun {
  return new TextRun({ text, font: allScripts(face), size: halfPoints(pt), bold, ...(newLine ? { break: 1 } : {}), ...(pt === SIZE_PT.body ? { characterSpacing: CHAR_CONDENSE + loosen } : {}) });
}

/** "— N —" in 四号宋体, one character in from the outer edge: odd pages on the right, even on the left. */
function pageNumberFooter(fonts: ReportFonts, side: 'odd' | 'even'): Footer {
  const oneChar = Math.round(CHAR_PITCH);
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: oneChar } : { left: oneChar },
        spacing: { line: PAGE_NUMBER_LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: allScripts(fonts.pageNumber), size: halfPoints(SIZE_PT.pageNumber) }),
        ],
      }),
    ],
  });
}
