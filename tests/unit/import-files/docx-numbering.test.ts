// A .docx whose headings carry Word's automatic numbering (w:numPr) instead of typed 一、/（一）:
// mammoth makes them list items and drops the numbers. The import gives the numbers back as Word
// showed them, so the outline survives — for any tree of headings and any of the usual formats.
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberedParagraphs } from '../../../lib/import-files/docx-numbering.ts';
import { parseImport } from '../../../lib/import-files/parse.ts';

type Format = (typeof LevelFormat)[keyof typeof LevelFormat];

interface LevelSpec {
  format: Format;
  text: string;
}

// The GB/T 9704 outline as a Word user sets it up: 一、 / （一） / 1. / （1）.
const OFFICIAL: readonly LevelSpec[] = [
  { format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
  { format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
  { format: LevelFormat.DECIMAL, text: '%3.' },
  { format: LevelFormat.DECIMAL, text: '（%4）' },
];

interface Line {
  text: string;
  level?: number;
}

async function docxOf(lines: readonly Line[], levels: readonly LevelSpec[] = OFFICIAL): Promise<Uint8Array> {
  const doc = new Document({
    numbering: {
      config: [{ reference: 'outline', levels: levels.map((l, level) => ({ level, format: l.format, text: l.text, alignment: AlignmentType.LEFT })) }],
    },
    sections: [{ children: lines.map((l) => new Paragraph(l.level === undefined ? { text: l.text } : { text: l.text, numbering: { reference: 'outline', level: l.level } })) }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const REPORT: Line[] = [
  { text: '县水利局2024年工作总结' },
  { text: '今年以来，县水利局围绕防汛保安和水利项目建设两项重点，扎实推进各项工作。' },
  { text: '主要工作', level: 0 },
  { text: '防汛保安全面加强', level: 1 },
  { text: '汛前排查水库、堤防隐患47处，全部整改到位。' },
  { text: '水利项目加快建设', level: 1 },
  { text: '完成投资3.2亿元，同比增长12.4%。', level: 2 },
  { text: '新建高标准农田灌溉渠道38公里。', level: 2 },
  { text: '存在问题', level: 0 },
  { text: '一是部分小型水库管护力量不足。二是项目前期工作进度偏慢。' },
  { text: '下步打算', level: 0 },
  { text: '抓好水毁工程修复', level: 1 },
  { text: '年底前完成全部水毁工程修复任务。' },
];

describe('a .docx numbered by Word', () => {
  it('gives each numbered paragraph the number Word shows', async () => {
    const numbered = await numberedParagraphs(await docxOf(REPORT));
    expect(numbered.map((p) => p.label + p.text)).toEqual([
      '一、主要工作',
      '（一）防汛保安全面加强',
      '（二）水利项目加快建设',
      '1.完成投资3.2亿元，同比增长12.4%。',
      '2.新建高标准农田灌溉渠道38公里。',
      '二、存在问题',
      '三、下步打算',
      '（一）抓好水毁工程修复',
    ]);
  });

  it('imports with its outline: the numbers are back and the headings are headings', async () => {
    const preview = await parseImport({ kind: 'file', name: '总结.docx', bytes: await docxOf(REPORT) });
    expect(preview.title).toBe('县水利局2024年工作总结');
    expect(preview.text.split('\n')).toEqual(expect.arrayContaining(['一、主要工作', '（一）防汛保安全面加强', '1.完成投资3.2亿元，同比增长12.4%。', '三、下步打算']));
    // 1. items are numbered content, as when typed; the headings above them are the outline.
    expect(preview.headings.filter((h) => h.depth <= 2)).toEqual([
      { depth: 1, text: '主要工作' },
      { depth: 2, text: '防汛保安全面加强' },
      { depth: 2, text: '水利项目加快建设' },
      { depth: 1, text: '存在问题' },
      { depth: 1, text: '下步打算' },
      { depth: 2, text: '抓好水毁工程修复' },
    ]);
    // No heading is proposed as a snippet of its own, and no body line is lost.
    const bodies = preview.proposals.flatMap((p) => p.original.split('\n'));
    expect(bodies).not.toContain('主要工作');
    expect(bodies).toEqual(expect.arrayContaining(['汛前排查水库、堤防隐患47处，全部整改到位。', '完成投资3.2亿元，同比增长12.4%。', '一是部分小型水库管护力量不足。二是项目前期工作进度偏慢。']));
  });

  it('keeps a number the writer typed before a numbered paragraph, and gives a bullet none', async () => {
    const levels: LevelSpec[] = [{ format: LevelFormat.BULLET, text: '•' }, ...OFFICIAL.slice(1)];
    const bytes = await docxOf([{ text: '工作要点' }, { text: '一、已经写好的序号', level: 0 }, { text: '没有序号的要点', level: 0 }], levels);
    const preview = await parseImport({ kind: 'file', name: '要点.docx', bytes });
    expect(preview.text.split('\n')).toEqual(['工作要点', '一、已经写好的序号', '没有序号的要点']);
  });

  it('restores any tree of numbered headings in any of the usual formats', async () => {
    const formats = fc.constantFrom<readonly LevelSpec[]>(
      OFFICIAL,
      [
        { format: LevelFormat.DECIMAL, text: '%1.' },
        { format: LevelFormat.DECIMAL, text: '（%2）' },
        { format: LevelFormat.DECIMAL_ENCLOSED_CIRCLE, text: '%3' },
      ],
      [
        { format: LevelFormat.CHINESE_COUNTING, text: '第%1部分' },
        { format: LevelFormat.CHINESE_COUNTING, text: '%2、' },
      ],
    );
    const word = fc.constantFrom(...'党建工作会议群众服务社区管理机制落实责任制度学习教育安全生产项目资金'.split(''));
    const heading = fc.array(word, { minLength: 4, maxLength: 10 }).map((w) => w.join(''));
    await fc.assert(
      fc.asyncProperty(formats, fc.array(fc.tuple(fc.nat(2), heading), { minLength: 1, maxLength: 12 }), async (levels, items) => {
        // A level deeper than the one above it by more than one is not a Word outline.
        let depth = -1;
        const lines: Line[] = items.map(([d, text], i) => {
          depth = Math.min(d, depth + 1, levels.length - 1);
          return { text: `${text}${i}`, level: depth };
        });
        const numbered = await numberedParagraphs(await docxOf([{ text: '标题' }, ...lines], levels));
        const counters: number[] = [];
        const expected = lines.map(({ text, level }) => {
          counters[level!] = (counters[level!] ?? 0) + 1;
          counters.length = level! + 1;
          const spec = levels[level!]!;
          return spec.text.replace(/%(\d)/g, (_, k: string) => show(counters[Number(k) - 1] ?? 1, levels[Number(k) - 1]!.format)) + text;
        });
        expect(numbered.map((p) => p.label + p.text)).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });
});

function show(n: number, format: Format): string {
  if (format === LevelFormat.DECIMAL_ENCLOSED_CIRCLE) return String.fromCodePoint(0x245f + n);
  if (format !== LevelFormat.CHINESE_COUNTING) return String(n);
  const digits = '〇一二三四五六七八九';
  if (n < 10) return digits[n]!;
  return `${n >= 20 ? digits[Math.floor(n / 10)] : ''}十${n % 10 ? digits[n % 10] : ''}`;
}

describe('a table in a .docx', () => {
  it('comes in as one line of tab-separated cells per row, a cell of two paragraphs on its row', async () => {
    const cell = (...texts: string[]) => new TableCell({ children: texts.map((text) => new Paragraph({ text })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: '完成情况' }),
            new Table({ rows: [new TableRow({ children: [cell('项目'), cell('目标'), cell('完成')] }), new TableRow({ children: [cell('户厕改造'), cell('1,200户'), cell('1,236户', '超额完成')] })] }),
            new Paragraph({ text: '全部任务按期完成。' }),
          ],
        },
      ],
    });
    const preview = await parseImport({ kind: 'file', name: '表.docx', bytes: new Uint8Array(await Packer.toBuffer(doc)) });
    expect(preview.text.split('\n')).toEqual(['完成情况', '项目\t目标\t完成', '户厕改造\t1,200户\t1,236户 超额完成', '全部任务按期完成。']);
  });
});
