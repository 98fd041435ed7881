// Kinds of old report the first corpus lacked, generated: text from an online editor (line and
// paragraph separators, invisible marks), cited document numbers, tables pasted as text, attachments
// after the 落款, a speech's ending, a bulletin's masthead, contents, headlines, credits and 版记.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numbersToSlots, parseOutline, placeholdersToSlots, proposeSnippetsAndSets, stripNoise } from '../../../lib/domain/import/index.ts';
import { parseImport } from '../../../lib/import-files/parse.ts';

// No 理: a short line ending 整理 is a compiler's signature (笔杆子整理), tested in noise.test.ts.
const hanChar = fc.constantFrom(...'党建工作会议群众服务社区管机制落实责任制度学习教育安全生产项目资金网格治环境整'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
const sentence = fc.tuple(words(8, 20), words(6, 16)).map(([a, b]) => `${a}，${b}。`);
const paragraph = fc.array(sentence, { minLength: 3, maxLength: 5 }).map((s) => s.join(''));
const kept = (text: string) => stripNoise(text).kept.map((l) => l.text);

describe('a text copied from an online document editor', () => {
  const separator = fc.constantFrom('\n', '\r\n', '\r', '\u2028', '\u2029');
  const invisible = fc.constantFrom('\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u200e', '\u200f', '\u202a', '\u202c');

  it('ends a line at every kind of line break, and no invisible mark changes a line', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(paragraph, words(6, 14)), separator, fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 4 })), { minLength: 2, maxLength: 8 }), (lines) => {
        const text = lines
          .map(([line, sep, marks]) => {
            let out = line;
            for (const [at, mark] of marks) out = out.slice(0, at % (out.length + 1)) + mark + out.slice(at % (out.length + 1));
            return out + sep;
          })
          .join('');
        expect(kept(text)).toEqual(lines.map(([line]) => line));
      }),
    );
  });

  it('reads no-break, thin and narrow spaces as plain spaces, and keeps the ideographic space', () => {
    fc.assert(
      fc.property(words(4, 10), fc.constantFrom('\u00a0', '\u2002', '\u2009', '\u202f', '\u205f'), words(4, 10), (a, space, b) => {
        expect(kept(`${a}${space}${b}\n${b}\u3000\u3000${a}。`)).toEqual([`${a} ${b}`, `${b}\u3000\u3000${a}。`]);
      }),
    );
  });
});

describe('a document number cited in a sentence', () => {
  const citation = fc
    .tuple(fc.constantFrom('×政办发', 'X农发', '××办字', '国办发', '×政函', 'XX财预'), fc.constantFrom(['〔', '〕'], ['[', ']'], ['［', '］'], ['（', '）']), fc.constantFrom('2025', '20XX', 'XXXX', '2024'), fc.constantFrom('12', 'X', 'XX', '3'))
    .map(([prefix, [open, close], year, number]) => `${prefix}${open}${year}${close}${number}号`);

  it('stays as written; a blank elsewhere in the sentence is still a slot', () => {
    fc.assert(
      fc.property(words(4, 10), citation, words(4, 8), (title, cited, activity) => {
        const text = `根据《${title}》（${cited}）要求，全年开展${activity}X次。`;
        const { template, slots } = placeholdersToSlots(text);
        expect(template).toContain(`（${cited}）`);
        expect(slots).toHaveLength(1);
        expect(slots[0]!.unit).toBe('次');
      }),
    );
  });
});

describe('a table pasted as text', () => {
  const unit = fc.constantFrom('户', '个', '座', '公里', '万元', '%');
  const figure = fc.oneof(fc.integer({ min: 1, max: 99999 }).map((n) => n.toLocaleString('en-US')), fc.integer({ min: 1, max: 9999 }).map((n) => (n / 10).toFixed(1)));
  const gap = fc.constantFrom('\t', '    ', '\u3000\u3000');

  it('names each figure by its row and its column, every name different and meaningful', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(words(3, 8), { minLength: 2, maxLength: 4 }),
        fc.uniqueArray(words(4, 8), { minLength: 2, maxLength: 5 }),
        gap,
        fc.array(fc.tuple(figure, unit), { minLength: 20, maxLength: 20 }),
        (columns, rows, sep, cells) => {
          const header = ['序号', '项目名称', ...columns].join(sep);
          const lines = rows.map((row, r) => [String(r + 1), row, ...columns.map((_, c) => cells[(r * columns.length + c) % cells.length]!.join(''))].join(sep));
          const { slots } = numbersToSlots([header, ...lines].join('\n'));
          expect(slots).toHaveLength(rows.length * columns.length);
          const expected = rows.flatMap((row, r) => columns.map((column, c) => `${row}${column}(${unitName(cells[(r * columns.length + c) % cells.length]![1])})`));
          expect(slots.map((s) => s.name)).toEqual(expected);
        },
      ),
    );
  });
});

const unitName = (unit: string) => unit;

describe('attachments after the 落款', () => {
  const attachment = fc.oneof(
    fc.tuple(words(6, 12), fc.array(fc.tuple(words(3, 6), fc.integer({ min: 1, max: 999 })), { minLength: 2, maxLength: 4 })).map(([title, rows]) => ({
      title: `${title}情况表`,
      lines: ['序号\t项目\t数量', ...rows.map(([name, n], i) => `${i + 1}\t${name}\t${n}个`)],
      problems: 0,
    })),
    fc.tuple(words(6, 12), fc.uniqueArray(words(4, 10), { minLength: 2, maxLength: 4 })).map(([title, problems]) => ({
      title: `${title}整改台账`,
      lines: problems.flatMap((p, i) => [`问题${i + 1}：${p}`, `问题表现：${p}，影响群众生活。`, `整改措施：逐项整改${p}。`, '责任单位：办公室', '整改时限：长期坚持']),
      problems: problems.length,
    })),
    fc.tuple(words(6, 12), paragraph).map(([title, text]) => ({ title: `${title}工作方案`, lines: [text], problems: 0 })),
  );

  it('the 落款 is the ending; each attachment is a part of its own with its title as heading', () => {
    fc.assert(
      fc.property(paragraph, paragraph, fc.array(attachment, { minLength: 1, maxLength: 3 }), fc.boolean(), (work, problem, attachments, titled) => {
        const lines = [
          '关于全年工作情况的报告',
          '一、工作开展情况',
          work,
          '二、存在问题',
          problem,
          '特此报告。',
          `附件：${attachments.map((a, i) => `${i + 1}.${a.title}`).join('　')}`,
          '县城市管理局',
          '2024年12月10日',
          ...attachments.flatMap((a, i) => [...(titled ? [`附件${i + 1}：${a.title}`] : [`附件${i + 1}`, a.title]), ...a.lines]),
        ];
        const doc = parseOutline(lines);
        expect(doc.closing).toEqual(['特此报告。', lines[6], '县城市管理局', '2024年12月10日']);
        expect(doc.sections.map((s) => s.heading)).toEqual(['工作开展情况', '存在问题', ...attachments.map((a) => a.title)]);
        const { proposals, problemSets } = proposeSnippetsAndSets(doc);
        expect(problemSets).toHaveLength(attachments.reduce((n, a) => n + (a.problems >= 2 ? a.problems : 0), 0));
        // The library keeps the report's order: the closing before the attachments.
        const closing = proposals.findIndex((p) => p.role === 'closing');
        expect(proposals.slice(closing + 1).every((p) => attachments.some((a) => p.path[0] === a.title))).toBe(true);
      }),
    );
  });
});

describe('a speech', () => {
  const heading = fc.tuple(fc.constantFrom('一、', '二、', '三、'), words(6, 12), words(6, 12)).map(([m, a, b]) => [m, `${a}，${b}`] as const);

  it('ends on its last word to the audience and its thanks; a 同志们 inside a part stays there', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(heading, paragraph), { minLength: 2, maxLength: 3 }), paragraph, paragraph, fc.constantFrom('谢谢大家！', '谢谢！', '谢谢各位。'), (parts, inside, last, thanks) => {
        const lines = [
          '在全县工作会议上的讲话',
          '县委副书记、县长　王某某',
          '同志们：',
          '今天召开会议，主要任务是总结工作、部署任务。',
          ...parts.flatMap(([[, words], text], i) => [`${'一二三'[i]}、${words}`, text, ...(i === 0 ? [`同志们，${inside}`] : [])]),
          `同志们，${last}`,
          thanks,
        ];
        const doc = parseOutline(lines);
        expect(doc.titleBlock).toEqual(['县委副书记、县长　王某某']);
        expect(doc.closing).toEqual([`同志们，${last}`, thanks]);
        expect(doc.sections[0]!.body).toContain(`同志们，${inside}`);
      }),
    );
  });
});

describe('a bulletin', () => {
  const item = fc.tuple(words(8, 16), fc.array(paragraph, { minLength: 1, maxLength: 3 }), words(3, 6));

  it('its masthead goes with the title, its contents and credits go, its headlines are headings, its 版记 ends it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(item, { minLength: 2, maxLength: 4, selector: ([h]) => h }), fc.boolean(), fc.boolean(), async (items, contents, stars) => {
        const lines = [
          '工　作　动　态',
          '第12期',
          '县委办公室编印　　　　　　2025年3月20日',
          ...(contents ? ['本期要目', ...items.map(([h]) => (stars ? `★${h}` : h))] : []),
          ...items.flatMap(([h, ps, unit]) => [h, ...ps, `（来源：县${unit}局\u3000编辑：刘某\u3000审核：陈某）`]),
          '报：市委办公室',
          '送：县委各部门',
          '（共印50份）',
        ];
        const preview = await parseImport({ kind: 'text', text: lines.join('\n') });
        expect(preview.title).toBe('工　作　动　态');
        expect(preview.headings.map((h) => h.text)).toEqual(items.map(([h]) => h));
        const originals = preview.proposals.flatMap((p) => p.original.split('\n'));
        expect(originals.some((l) => l.includes('编辑：'))).toBe(false);
        expect(preview.removed.filter((l) => l.reason === 'contents')).toHaveLength(contents ? items.length + 1 : 0);
        expect(preview.proposals.find((p) => p.role === 'closing')?.original.split('\n')).toEqual(['报：市委办公室', '送：县委各部门', '（共印50份）']);
        for (const [, ps] of items) for (const p of ps) expect(originals).toContain(p);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a line that only looks like a compiler\'s signature', () => {
  it('stays when it tells of tidying files; a long one is only marked', () => {
    const result = stripNoise(['我县开展档案集中整理', '组织开展档案清查整理，共整理各类档案1,200卷。', '笔杆子整理', '老王笔记整理，转发请注明出处并保持文本完整'].join('\n'));
    expect(result.kept.map((l) => [l.text, l.doubt ?? null])).toEqual([
      ['我县开展档案集中整理', null],
      ['组织开展档案清查整理，共整理各类档案1,200卷。', null],
      ['老王笔记整理，转发请注明出处并保持文本完整', 'compiled-by'],
    ]);
    expect(result.removed.map((l) => l.text)).toEqual(['笔杆子整理']);
  });
});

describe('a blank before a one-character unit the unit list lacks', () => {
  it('is a figure named by the words before it, not a name', () => {
    fc.assert(
      fc.property(words(4, 10), fc.constantFrom('X', 'XX', 'XXXX', '×'), fc.constantFrom('分', '部', '枚', '株'), fc.constantFrom('。', '，', '；', ''), (what, blank, unit, end) => {
        const { slots } = placeholdersToSlots(`全年${what}不低于${blank}${unit}${end}`);
        expect(slots.map((s) => [s.kind, s.unit])).toEqual([['value', unit]]);
        expect(slots[0]!.name).toContain(what.slice(-2));
      }),
    );
  });
});
