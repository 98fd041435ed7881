// A long report for the page-break checks (reportDocx.test.ts and `node scripts/render-docx.mjs
// --long`): thirteen pages of sections whose paragraphs run from one line to a page and a half, so
// that headings of every level fall on a page's last lines somewhere, then two headings straight
// above a paragraph longer than a page, and a last paragraph that has to move with the 落款. The
// text is written for this project.
import type { ReportDocument, ReportLine } from '../../../lib/domain/report/index.ts';
import type { PartLevel } from '../../../lib/domain/report/numbering.ts';

const SENTENCES = [
  '围绕年度目标细化工作台账，明确责任人和完成时限，每月对照检查进度。',
  '坚持问题导向，对群众反映较多的事项逐件登记、逐件回复、逐件销号。',
  '加强与相关部门的沟通衔接，形成工作合力，推动难点问题有序解决。',
  '注重总结经验做法，把行之有效的措施固定下来，形成长效工作机制。',
];

/** About `lines` lines of 28 characters of running text. */
function text(lines: number, seed: number): string {
  let out = '';
  for (let i = seed; out.length < lines * 28 - 6; i++) out += SENTENCES[i % SENTENCES.length];
  return out.slice(0, lines * 28 - 6).replace(/[，、。]$/, '') + '。';
}

const MARKERS: Record<PartLevel, (n: number) => string> = {
  1: (n) => `${'一二三四五六七八九十'[n % 10]}、`,
  2: (n) => `（${'一二三四五六七八九十'[n % 10]}）`,
  3: (n) => `${(n % 9) + 1}.`,
  4: (n) => `（${(n % 9) + 1}）`,
};

export function longDocument(): ReportDocument {
  const lines: ReportLine[] = [{ kind: 'title', text: '关于推进重点工作情况的报告' }];
  const paragraph = (n: number, seed: number) => lines.push({ kind: 'paragraph', partId: null, text: text(n, seed), missing: [] });
  paragraph(2, 0);
  // Paragraph lengths that walk the headings through every line of the page.
  const lengths = [3, 5, 1, 8, 2, 13, 4, 30, 6, 1, 9, 2, 7, 11, 3, 1, 5, 17, 2, 4, 6, 33, 1, 3, 10, 2, 5, 8];
  lengths.forEach((n, i) => {
    const level = ((i % 4) + 1) as PartLevel;
    const marker = MARKERS[level](i);
    const heading = `推进第${i + 1}项重点任务的情况`;
    lines.push({ kind: 'heading', partId: `p${i}`, level, marker, heading, text: `${marker}${heading}` });
    paragraph(n, i);
  });
  // A level-1 heading straight above a level-2 one and a paragraph longer than a page (LibreOffice
  // left such headings alone on a page), then the last paragraph, which keeps with the 落款.
  lines.push({ kind: 'heading', partId: 'last', level: 1, marker: '二、', heading: '下一步工作打算', text: '二、下一步工作打算' });
  lines.push({ kind: 'heading', partId: 'last3', level: 2, marker: '（三）', heading: '持续改进工作作风', text: '（三）持续改进工作作风' });
  paragraph(24, 3);
  paragraph(6, 1);
  lines.push({ kind: 'signature', text: '某某县发展和改革局' }, { kind: 'date', text: '2025年12月20日' });
  return { lines, missing: [], count: { total: 0, parts: {} } };
}

/**
 * A two-page report whose last paragraph, longer than a page, ends on the last line of page 2: the
 * 落款 would stand alone on page 3 (closingFit.ts; `node scripts/render-docx.mjs --long-end`).
 */
export function longEndDocument(): ReportDocument {
  const lines: ReportLine[] = [{ kind: 'title', text: '关于推进重点工作情况的报告' }];
  const paragraph = (n: number, seed: number) => lines.push({ kind: 'paragraph', partId: null, text: text(n, seed), missing: [] });
  paragraph(3, 0);
  lines.push({ kind: 'heading', partId: 'a', level: 1, marker: '一、', heading: '主要工作', text: '一、主要工作' });
  paragraph(8, 1);
  lines.push({ kind: 'heading', partId: 'b', level: 2, marker: '（一）', heading: '抓好工作落实', text: '（一）抓好工作落实' });
  paragraph(5, 2);
  // 2 + 3 + 1 + 8 + 1 + 5 = 20 lines so far: 24 more end page 2 exactly.
  paragraph(24, 3);
  lines.push({ kind: 'signature', text: '某某县发展和改革局' }, { kind: 'date', text: '2025年12月20日' });
  return { lines, missing: [], count: { total: 0, parts: {} } };
}
