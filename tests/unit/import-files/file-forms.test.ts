// The same report in the files it arrives in: GB18030 with CRLF (a 公众号 text with emoji, whose
// bytes run four to a character), UTF-16 with a byte-order mark either way round, and a Word
// document with automatic numbering, a table, a footnote, a text box and tracked changes. Each
// imports line for line as the text does; Word's notes and revisions leave no mark in the text.
import { AlignmentType, Document, FootnoteReferenceRun, DeletedTextRun, InsertedTextRun, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, Textbox } from 'docx';
import { describe, expect, it } from 'vitest';
import { parseImport, type ImportPreview } from '../../../lib/import-files/parse.ts';
import { fixtureBytes, fixtureText } from '../../support/fixtures.ts';

const shape = (p: ImportPreview) => ({ title: p.title, headings: p.headings, removed: p.removed.map((l) => l.text), originals: p.proposals.map((x) => x.original), bodies: p.proposals.map((x) => x.body) });

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (order === 'le') return new Uint8Array(le);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return new Uint8Array(be);
}

describe('a text file in another encoding', () => {
  const text = fixtureText('corpus/28-gongzhonghao.txt');

  it('GB18030 with CRLF imports as the UTF-8 text does, emoji and all', async () => {
    const fromFile = await parseImport({ kind: 'file', name: '团县委工作回眸.txt', bytes: fixtureBytes('gongzhonghao.gb18030.txt') });
    expect(fromFile.encoding).toBe('gb18030');
    expect(shape(fromFile)).toEqual(shape(await parseImport({ kind: 'text', text })));
  });

  it.each(['le', 'be'] as const)('UTF-16 %s with a byte-order mark imports as the text does', async (order) => {
    for (const name of ['corpus/23-gongzuo-yaodian.txt', 'corpus/26-tongzhi-fujian.txt', 'corpus/27-daqi-pdf.txt']) {
      const source = fixtureText(name);
      const fromFile = await parseImport({ kind: 'file', name: 'report.txt', bytes: utf16(source.replace(/\n/g, '\r\n'), order) });
      expect(fromFile.encoding).toBe(order === 'le' ? 'utf-16le' : 'utf-16be');
      expect(shape(fromFile)).toEqual(shape(await parseImport({ kind: 'text', text: source })));
    }
  });
});

describe('a Word document with numbering, a table, a footnote, a text box and tracked changes', () => {
  const when = '2025-01-08T09:00:00Z';
  async function report(): Promise<Uint8Array> {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('数据来源：县统计局2024年快报。')] } },
      numbering: {
        config: [
          {
            reference: 'outline',
            levels: [
              { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT },
              { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT },
            ],
          },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph('县发展改革局2024年工作总结'),
            new Paragraph('2024年，县发展改革局围绕中心、服务大局，各项工作取得新成效。'),
            new Paragraph({ text: '主要工作成效', numbering: { reference: 'outline', level: 0 } }),
            new Paragraph({ text: '项目投资稳中有进', numbering: { reference: 'outline', level: 1 } }),
            new Paragraph({ children: [new TextRun('全年完成固定资产投资86.5亿元'), new FootnoteReferenceRun(1), new TextRun('，同比增长7.2%。')] }),
            new Paragraph({
              children: [
                new TextRun('争取中央预算内投资'),
                new DeletedTextRun({ text: '1.8', id: 1, author: '办公室', date: when }),
                new InsertedTextRun({ text: '2.1', id: 2, author: '办公室', date: when }),
                new TextRun('亿元，完成年度目标的105%。'),
              ],
            }),
            new Table({
              rows: [
                new TableRow({ children: ['指标', '目标值', '完成值'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
                new TableRow({ children: ['固定资产投资（亿元）', '80', '86.5'].map((t) => new TableCell({ children: [new Paragraph(t)] })) }),
              ],
            }),
            new Paragraph({ text: '存在的问题', numbering: { reference: 'outline', level: 0 } }),
            new Textbox({ alignment: 'center', style: { width: '200pt', height: '40pt' }, children: [new Paragraph('专栏：项目审批提速三成')] }),
            new Paragraph('项目储备不足，前期工作深度不够。'),
            new Paragraph('县发展改革局'),
            new Paragraph('2025年1月10日'),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  it('reads the text as the document shows it: numbers back, no [1] in a sentence, the note after its paragraph, the revision taken', async () => {
    const preview = await parseImport({ kind: 'file', name: '工作总结.docx', bytes: await report() });
    expect(preview.text.split('\n')).toEqual([
      '县发展改革局2024年工作总结',
      '2024年，县发展改革局围绕中心、服务大局，各项工作取得新成效。',
      '一、主要工作成效',
      '（一）项目投资稳中有进',
      '全年完成固定资产投资86.5亿元，同比增长7.2%。',
      '数据来源：县统计局2024年快报。',
      '争取中央预算内投资2.1亿元，完成年度目标的105%。',
      '指标\t目标值\t完成值',
      '固定资产投资（亿元）\t80\t86.5',
      '二、存在的问题',
      '专栏：项目审批提速三成',
      '项目储备不足，前期工作深度不够。',
      '县发展改革局',
      '2025年1月10日',
    ]);
    expect(preview.title).toBe('县发展改革局2024年工作总结');
    expect(preview.headings.map((h) => h.text)).toEqual(['主要工作成效', '项目投资稳中有进', '存在的问题']);
    // The 落款 and date stay the ending: no note comes after them.
    expect(preview.proposals.at(-1)).toMatchObject({ role: 'closing', original: '县发展改革局\n2025年1月10日' });
  });
});
