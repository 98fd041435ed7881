// An old report whose 成文日期 is followed by a 附注 ((此件公开发布), (联系人：…)) or a 版记 (抄送：…,
// …印发, 报：/送：/发：, 共印N份) and a page number: rebuilt as a whole report, its 落款 is the
// document's 落款, its old date is gone, and every 附注 and 版记 line is written once, on its own
// line, under the ending — never the 落款 and date left as body paragraphs above them. Generated
// endings plus the corpus texts that end so. Original text written for this test.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport, type ImportPreview } from '../../../lib/import-files/parse.ts';
import { isDate, isDistribution, isSignatureOrDate } from '../../../lib/domain/import/ending.ts';
import { parsePeriod } from '../../../lib/domain/period.ts';
import { insertParagraphs, renderReport, reportFromImport, reportInsertBlocks } from '../../../lib/domain/report/index.ts';
import { fixtureText } from '../../support/fixtures.ts';
import { CORPUS_DIR, expectations } from '../import/corpus/measure.ts';

/** The document a page receives from the whole report made from the import: its lines and their styles. */
function rebuilt(imported: ImportPreview): { paragraphs: string[]; styles: string[] } {
  let n = 0;
  const report = reportFromImport(
    { title: imported.title, headings: imported.headings, snippets: imported.proposals.map((p, i) => ({ snippetId: `s${i}`, place: p.place })) },
    { id: 'r', newId: () => `p${++n}`, period: parsePeriod('2026')!, author: { unit: '', name: '', post: '' }, now: 1 },
  );
  const doc = renderReport(report, { snippet: (id) => ({ paragraphs: imported.proposals[Number(id.slice(1))]!.original.split('\n') }), problemSet: () => null });
  return insertParagraphs(reportInsertBlocks(doc)!.blocks);
}

const BODY = [
  '2025年城区环境整治工作总结',
  '今年以来，我们围绕城区环境整治目标，统筹推进各项工作，取得了阶段性成效。',
  '一、主要工作',
  '全年整治背街小巷27条，新增停车泊位1,460个，群众满意度明显提升。',
  '二、下步打算',
  '继续抓好长效管理，推动环境整治由集中攻坚转向常态长效。',
];

const unit = fc.constantFrom('县妇女联合会', '县委政法委员会', '中共××县委组织部', '县财政局', '某某镇人民政府');
const signature = fc.oneof(
  fc.uniqueArray(unit, { minLength: 1, maxLength: 2 }),
  fc.tuple(unit, unit).filter(([a, b]) => a !== b).map(([a, b]) => [`${a}${'\u3000'.repeat(4)}${b}`]),
  fc.constant(['述职人：张某某']),
  // A 述职's writer: the name and the post on two lines, either way round, or on one line.
  fc.constantFrom(['张某某', '县农业农村局副局长'], ['县农业农村局副局长', '张某某'], ['县农业农村局副局长　张某某'], ['李建国'], ['××镇党委书记', '王某']),
);
// The 成文日期 as people type it: 年月日 in any numerals, a month alone, dots, slashes, hyphens.
const date = fc.constantFrom('2025年3月1日', '2025年12月30日', '二〇二五年三月一日', '２０２５年３月１日', '二〇二五年三月', '2024/11/29', '2025.3.1', '2025-03-01', '2025／03／01');
const backLine = fc.constantFrom(
  '（此件公开发布）',
  '（此件主动公开）',
  '（联系人：周某某，联系电话：0573-87654321）',
  '抄送：县委办公室，县人大常委会办公室，县政协办公室。',
  '×××办公室　　　　　　2025年3月1日印发',
  '县人民政府办公室 2025年3月13日印发',
  '中共××县委办公室2025年3月1日印发',
  '××县人民政府办公室　　二〇二五年三月一日印发',
  '县委组织部办公室　　２０２５年３月１日 印发',
  '（此件依申请公开）',
  '（联系人：李某，电话：13800001234）',
  '抄报：市人力资源和社会保障局',
  '报：市委办公室，市政府办公室',
  '送：县直各单位',
  '发：各乡镇人民政府',
  '报送：县委、县政府领导，市农业农村局',
  '二〇二五年三月一日印发',
  '（共印60份）',
  '共印30份',
);
const pageNumber = fc.constantFrom('- 2 -', '— 3 —', '第 2 页 共 2 页');

describe('an ending typed in traditional characters (繁体)', () => {
  it('is the 落款 as the simplified one is, with its sign-off kept in the closing', async () => {
    for (const [sign, off] of [[['××鎮人民政府辦公室'], '特此報告。'], [['述職人：張某某'], '以上述職，請予評議。'], [['××縣農業農村局', '抄送：縣委辦公室'], '特此報告。']] as const) {
      const text = [...BODY, off, ...sign.slice(0, 1), '2024年12月28日', ...sign.slice(1)].join('\n');
      const imported = await parseImport({ kind: 'text', text }, { numbersToSlots: false });
      expect(imported.proposals.find((p) => p.role === 'closing')?.original.split('\n')[0]).toBe(off);
      const { paragraphs, styles } = rebuilt(imported);
      expect(paragraphs.filter((_, i) => styles[i] === 'signature')).toEqual([sign[0]]);
      expect(paragraphs).not.toContain('2024年12月28日');
    }
  });
});

describe('a 附注 or 版记 under the date of an imported report', () => {
  it('leaves a 简报 item’s source above its 版记 where it stands when no date goes with it', async () => {
    const text = [...BODY, '县农机推广站', '报：市委办公室', '送：县直各单位', '（共印60份）'].join('\n');
    const { paragraphs, styles } = rebuilt(await parseImport({ kind: 'text', text }, { numbersToSlots: false }));
    expect(paragraphs.slice(-4)).toEqual(['县农机推广站', '报：市委办公室', '送：县直各单位', '（共印60份）']);
    expect(styles.slice(-4)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('leaves neither the 落款 nor the old date in the body, and writes each of its lines once, alone', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.boolean(),
        signature,
        date,
        fc.uniqueArray(backLine, { minLength: 0, maxLength: 5 }),
        fc.option(pageNumber, { nil: undefined }),
        fc.nat(),
        async (signOff, sign, day, back, page, at) => {
          const tail: string[] = [...back];
          if (page !== undefined) tail.splice(at % (tail.length + 1), 0, page);
          const text = [...BODY, ...(signOff ? ['特此报告。'] : []), ...sign, day, ...tail].join('\n');
          const { paragraphs, styles } = rebuilt(await parseImport({ kind: 'text', text }, { numbersToSlots: false }));
          const body = paragraphs.filter((_, i) => styles[i] !== 'signature');
          for (const line of [...sign, day]) expect(body, line).not.toContain(line);
          expect(paragraphs.filter((p) => isDate(p))).toEqual([]);
          expect(paragraphs.filter((_, i) => styles[i] === 'signature')).toEqual(sign);
          for (const line of back) expect(paragraphs.filter((p) => p === line), line).toHaveLength(1);
          // Nothing glued: every line of the document is a line of the source.
          for (const p of paragraphs) expect(text.split('\n').some((l) => l === p || l.endsWith(p)), p).toBe(true);
          // The ending comes after the body, the 版记 after the ending.
          const lastSignature = styles.lastIndexOf('signature');
          expect(paragraphs.slice(lastSignature + 1).every((p) => (back as readonly string[]).includes(p))).toBe(true);
        },
      ),
      { numRuns: 120 },
    );
  });
});

// The corpus texts whose expected ending has a 附注 or 版记 line after the date.
const endings = Object.entries(expectations()).filter(([, e]) => {
  const closing = e.closing ?? [];
  const day = closing.findIndex((line) => isDate(line));
  return day >= 0 && closing.slice(day + 1).some((line) => isDistribution(line));
});

describe.each(endings)('%s', (name, expected) => {
  it('rebuilt whole: its 落款 is the document’s, no old date, the 附注/版记 kept line for line', async () => {
    const { paragraphs, styles } = rebuilt(await parseImport({ kind: 'text', text: fixtureText(`${CORPUS_DIR}/${name}`) }, { numbersToSlots: false }));
    const closing = expected.closing!;
    const day = closing.findIndex((line) => isDate(line));
    let first = day;
    while (first > 0 && isSignatureOrDate(closing[first - 1]!)) first--;
    expect(paragraphs.filter((_, i) => styles[i] === 'signature')).toEqual(closing.slice(first, day));
    expect(paragraphs.filter((p) => isDate(p))).toEqual([]);
    for (const line of closing.slice(day + 1)) expect(paragraphs.filter((p) => p === line), line).toHaveLength(1);
  });
});

it('the corpus holds texts whose date is followed by a 附注 or 版记', () => {
  expect(endings.length).toBeGreaterThanOrEqual(2);
});
