// Shapes of copied reports the fifth corpus round found broken, each as a class: a PDF's full stop
// wrapped onto a line of its own; a long title repeated as every page's running header; a title as
// wide as the page's lines; 附件： alone above its list; units signing side by side; a 附注 after the
// date; a rectification list labelled 问题：/措施：/责任人：/时限：; slot names cut from the wrong words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSlotNamer, endingStart, importReport, isSignatureOrDate, joinWrappedLines, markdownStripper, numbersToSlots, parseLedger, parseOutline, placeholdersToSlots, stripNoise, topicHeading } from '../../../lib/domain/import/index.ts';
import { parseImport } from '../../../lib/import-files/parse.ts';

const hanChar = fc.constantFrom(...'党建工作会议群众服务社区管理机制问题落实责任制度学习教育安全生产项目资金网格治理'.split(''));
const words = (min: number, max: number) => fc.array(hanChar, { minLength: min, maxLength: max }).map((a) => a.join(''));
const clause = fc.tuple(words(6, 14), fc.constantFrom('，', '、')).map(([w, p]) => w + p);

describe('a PDF wraps a sentence’s closing mark onto a line of its own', () => {
  it('the mark ends the sentence above it: nothing removed, the paragraph whole', () => {
    fc.assert(
      fc.property(fc.array(clause, { minLength: 5, maxLength: 9 }), words(8, 20), fc.constantFrom('。', '；', '”。', '）。'), (clauses, last, mark) => {
        const body = `${clauses.join('')}${last}`;
        const width = 18;
        const lines = body.match(new RegExp(`.{1,${width}}`, 'gu'))!;
        fc.pre(lines.length >= 4);
        // The body fills its last line exactly, so the mark goes to the next.
        const padded = lines[lines.length - 1]!.padEnd(width, '党');
        const paragraph = [...lines.slice(0, -1), padded].join('') + mark;
        const text = ['某某局2024年工作总结', '一、主要工作', ...lines.slice(0, -1), padded, mark, '二、存在问题', '一是某某党建工作不够扎实，某某机制尚不健全，需要在下一步加以改进和完善。'].join('\n');
        const { noise, outline } = importReport(text);
        expect(noise.removed).toEqual([]);
        expect(outline.sections[0]!.body).toEqual([paragraph]);
      }),
    );
  });

  it('is glued to the line above even in a text with no wrapping', () => {
    expect(joinWrappedLines([{ text: '全年召开会议十次' }, { text: '。' }, { text: '二、问题' }]).map((l) => l.text)).toEqual(['全年召开会议十次。', '二、问题']);
  });
});

describe('a long title repeated as every page’s running header', () => {
  const title = fc.tuple(words(26, 50), fc.constantFrom('情况的报告', '工作总结', '工作情况汇报')).map(([w, kind]) => `县某某局关于${w}${kind}`.slice(-40));
  it('is removed beside each page number, kept once as the title, never glued to the line under it', () => {
    fc.assert(
      fc.property(title, fc.array(fc.array(clause, { minLength: 4, maxLength: 8 }), { minLength: 2, maxLength: 4 }), (name, pages) => {
        fc.pre(name.length > 30);
        const lines = [name, '县人大常委会：', '一、基本情况'];
        pages.forEach((page, n) => {
          lines.push(`${page.join('')}完成。`, `第 ${n + 1} 页`);
          if (n < pages.length - 1) lines.push(name);
        });
        const { noise, outline } = importReport(lines.join('\n'));
        expect(outline.title).toBe(name);
        expect(noise.kept.filter((l) => l.text === name)).toHaveLength(1);
        expect(noise.removed.filter((l) => l.reason === 'repeated')).toHaveLength(pages.length - 1);
        expect(outline.preamble).toEqual(['县人大常委会：']);
      }),
    );
  });

  it('stands alone when it is as wide as the wrapped lines under it', () => {
    const title = '县农业农村局关于全县农村集体经济发展壮大工作推进情况的报告';
    const wrapped = ['全县共有行政村一百六十八个，村级集体经济总收入持续增长，其中经营性', '收入占总收入的比重逐年提高，年经营性收入五十万元以上的村不断增多，所', '有村年经营性收入均超过二十万元，集体经济发展基础进一步夯实和巩固。'];
    const joined = joinWrappedLines([title, '县人大常委会：', ...wrapped].map((text) => ({ text }))).map((l) => l.text);
    expect(joined).toEqual([title, '县人大常委会：', wrapped.join('')]);
  });

  it('keeps a long line with a clause that repeats: a sentence, not a header', () => {
    const line = '全面落实河长制湖长制，推动全县河湖面貌持续改善和水环境质量稳步提升';
    const { kept } = stripNoise(['某某总结', line, '- 1 -', line, '- 2 -'].join('\n'));
    expect(kept.filter((l) => l.text === line)).toHaveLength(2);
  });
});

describe('a title broken over two lines', () => {
  it('is one title when the first line does not end as a document’s name and the second does', () => {
    fc.assert(
      fc.property(words(8, 20), words(2, 10), fc.constantFrom('情况的报告', '工作总结', '实施方案', '工作要点'), (first, rest, kind) => {
        const head = `县某某局关于${first}`;
        const doc = parseOutline([head, `${rest}${kind}`, '县人大常委会：', '一、基本情况', '全年完成任务。']);
        expect(doc.title).toBe(`${head}${rest}${kind}`);
        expect(doc.preamble).toEqual(['县人大常委会：']);
      }),
    );
  });

  it('is not joined to a subtitle, a salutation or a title that already ends as one', () => {
    expect(parseOutline(['县某某局2024年工作总结', '——在全县工作会议上的汇报', '一、成效', '全年完成任务。']).title).toBe('县某某局2024年工作总结');
    expect(parseOutline(['县某某局关于全县农村公路', '县人大常委会：', '一、成效', '全年完成任务。']).title).toBe('县某某局关于全县农村公路');
    expect(parseOutline(['县某某局工作总结', '工作情况的报告', '一、成效', '全年完成任务。']).title).toBe('县某某局工作总结');
  });
});

describe('the ending of a document', () => {
  it('holds 附件： alone and its numbered list, units signing side by side, the date and a 附注', () => {
    fc.assert(
      fc.property(fc.array(words(6, 16), { minLength: 1, maxLength: 4 }), fc.constantFrom('（此件公开发布）', '（此件主动公开）', '（此件不予公开）', '（联系人：周某某，联系电话：0573-87654321）', null), (items, note) => {
        const ending = ['附件：', ...items.map((item, i) => `${i + 1}.${item}表`), '中共某某县委组织部　　　　某某县财政局', '2025年2月20日', ...(note ? [note] : [])];
        const paragraphs = ['一、工作要求', '各单位要高度重视，按时报送。', ...ending];
        expect(endingStart(paragraphs)).toBe(2);
        expect(parseOutline(['关于做好某某工作的通知', ...paragraphs]).closing).toEqual(ending);
      }),
    );
  });

  it('reads units side by side as a 落款, but not a sentence or a table row', () => {
    expect(isSignatureOrDate('中共某某县委组织部　　某某县人力资源和社会保障局')).toBe(true);
    expect(isSignatureOrDate('县财政局  县农业农村局  县审计局')).toBe(true);
    expect(isSignatureOrDate('道路交通\t11\t6')).toBe(false);
    expect(isSignatureOrDate('县财政局  负责资金保障')).toBe(false);
  });

  it('does not take 附件： alone with nothing under it for a list', () => {
    expect(endingStart(['一、要求', '按时报送。', '附件：', '县财政局'])).toBe(4);
  });
});

describe('a rectification list labelled 问题：/措施：/责任人：/时限：', () => {
  it('makes one problem set per 问题, whatever the order of the labels after it', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words(8, 20), words(8, 20), fc.shuffledSubarray([0, 1, 2], { minLength: 0, maxLength: 3 })), { minLength: 2, maxLength: 5 }), (problems) => {
        const fields = [['责任人：', '分管副局长'], ['时限：', '2024年6月底前'], ['整改情况：', '已完成。']] as const;
        const lines = problems.flatMap(([problem, measure, order]) => [`问题：${problem}。`, `措施：${measure}。`, ...order.map((i) => fields[i]!.join(''))]);
        const ledger = parseLedger(lines);
        expect(ledger).toHaveLength(problems.length);
        ledger!.forEach((entry, i) => {
          expect(entry.problem).toEqual([`${problems[i]![0]}。`]);
          expect(entry.measures).toEqual([`${problems[i]![1]}。`]);
          expect(entry.owner).toBe(problems[i]![2].includes(0) ? '分管副局长' : '');
          expect(entry.deadline).toBe(problems[i]![2].includes(1) ? '2024年6月底前' : '');
        });
      }),
    );
  });
});

describe('a numbered item that is its own text', () => {
  it('is no topic for its figures: the heading above it tells them apart from the same figures elsewhere', async () => {
    expect(topicHeading(['工作思路', '确保项目按期推进', '完成改造提升50公里以上'], '完成改造提升50公里以上。')).toBe('确保项目按期推进');
    expect(topicHeading(['工作思路'], '全年完成改造提升54公里。')).toBe('工作思路');
    const text = ['某局工作总结', '一、工作成效', '1.公路建设。完成改造提升54公里。', '二、工作思路', '（一）确保项目按期推进', '1.完成改造提升50公里以上。', '2.新建站点10个。'].join('\n');
    const { proposals } = await parseImport({ kind: 'text', text }, { numbersToSlots: true });
    const names = proposals.flatMap((p) => p.slots.map((slot) => slot.name));
    expect(names.filter((name) => /之[二三四]/.test(name))).toEqual([]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('slot names read from the words around a figure', () => {
  const names = (text: string, heading = '') => placeholdersToSlots(text, createSlotNamer(), heading).slots.map((slot) => slot.name);

  it.each([
    ['将力争居民收入增长X%～X%。', ['居民收入增长(%)', '居民收入增长上限(%)']],
    ['每村配备网格员X—X人。', ['每村配备网格员(人)', '每村配备网格员上限(人)']],
    ['培训时长X至X小时。', ['培训时长(小时)', '培训时长上限(小时)']],
  ])('name the upper bound of a range after the lower: %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('never start with an item’s number, 的, 将 or a bound left from the figure before', () => {
    fc.assert(
      fc.property(fc.constantFrom('一是', '二是', '三要', '将', '的', '以上的', '及以上'), fc.constantFrom('党建活动', '网格员', '服务群众', '整改任务', '农村公路'), fc.constantFrom('个', '次', '万元', '%'), (lead, noun, unit) => {
        const [name] = names(`${lead}${noun}X${unit}。`);
        expect(name!.startsWith(noun)).toBe(true);
      }),
    );
  });

  it('keep a qualifier whole when it is only a little long: 社会消费品零售总额, not 会消费品零售总额', () => {
    const namer = createSlotNamer();
    numbersToSlots('同比增长6.2%。', namer);
    const { slots } = numbersToSlots('社会消费品零售总额142.36亿元，同比增长5.4%。', namer);
    expect(slots.map((slot) => slot.name)).toEqual(['社会消费品零售总额(亿元)', '社会消费品零售总额同比增长(%)']);
  });
});

describe('a report copied from an AI assistant’s Markdown answer', () => {
  it('loses its marks and keeps its outline and every word', () => {
    const text = ['# 某某局2024年工作总结', '', '全年工作总结如下：', '', '## 一、主要成效', '### （一）强化学习', '- 组织专题学法**4次**；', '1. **青少年**：开展活动142场次。', '> 以评估为抓手。', '## 二、存在问题', '形式仍较传统。'].join('\n');
    const { outline } = importReport(text);
    expect(outline.title).toBe('某某局2024年工作总结');
    expect(outline.sections.map((s) => s.heading)).toEqual(['主要成效', '存在问题']);
    expect(outline.sections[0]!.children[0]!.heading).toBe('强化学习');
    expect(outline.sections[0]!.children[0]!.body).toEqual(['组织专题学法4次；']);
    expect(outline.sections[0]!.children[0]!.children[0]!.body).toEqual(['青少年：开展活动142场次。', '以评估为抓手。']);
  });

  it('leaves a report alone that only once writes a mark of its own', () => {
    fc.assert(
      fc.property(words(4, 12), fc.constantFrom('**重点**', '# 注', '- 一项', '> 引'), (line, mark) => {
        const lines = ['某某局工作总结', '一、主要工作', `${mark}${line}。`, `${line}完成。`];
        expect(markdownStripper(lines)(lines[2]!)).toBe(lines[2]);
        expect(importReport(lines.join('\n')).outline.sections[0]!.body).toContain(`${mark}${line}。`);
      }),
    );
  });

  it('leaves a template’s ** blanks alone when no line is a # heading', () => {
    const lines = ['**镇**村工作总结', '一、主要工作', '**村全年召开会议**次。', '二、问题'];
    expect(lines.map(markdownStripper(lines))).toEqual(lines);
  });

  it('keeps - 1 - a page number and -2.1 a figure', () => {
    const unmark = markdownStripper(['## 一、成效', '**加粗**', '- 1 -', '-2.1个百分点']);
    expect(unmark('- 1 -')).toBe('- 1 -');
    expect(unmark('-2.1个百分点')).toBe('-2.1个百分点');
  });
});

describe('lines that start with a number but head nothing', () => {
  it('a table row whose first cell is numbered stays a row of the table', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(words(2, 8), fc.integer({ min: 1, max: 999 }), fc.constantFrom('\t', '    ', '　　')), { minLength: 2, maxLength: 5 }), (rows) => {
        const lines = rows.map(([name, n, gap], i) => `${'一二三四五'[i]}、${name}${gap}${n}${gap}${n + 1}`);
        const doc = parseOutline(['某某局工作通报', '一、总体情况', '完成情况见下表：', ...lines, '二、存在问题', '进度滞后。']);
        expect(doc.sections.map((s) => s.heading)).toEqual(['总体情况', '存在问题']);
        expect(doc.sections[0]!.body).toEqual(['完成情况见下表：', ...lines]);
      }),
    );
  });

  it('a heading numbered by Word with a tab after its number is still a heading, and so is one with gaps and no figure', () => {
    expect(parseOutline(['某某局工作总结', '一、\t主要工作', '全年完成任务。']).sections[0]!.heading).toBe('主要工作');
    expect(parseOutline(['某某局工作要点', '一、推进项目建设　　牵头单位：县发改局　　配合单位：县财政局', '全年完成任务。']).sections).toHaveLength(1);
  });

  it('② under a line that holds ① inside it goes on that list; ② after a ① heading is a heading', () => {
    const note = parseOutline(['某某局工作通报', '一、要求', '按期完成。', '注：①数据来源于统计报表；', '②完成率按年度计算。']);
    expect(note.sections[0]!.children).toEqual([]);
    expect(note.sections[0]!.body).toEqual(['按期完成。', '注：①数据来源于统计报表；', '②完成率按年度计算。']);
    const headings = parseOutline(['某某局工作总结', '一、工作', '①学习', '全年学习十次。', '②培训', '全年培训五次。']);
    expect(headings.sections[0]!.children.map((s) => s.heading)).toEqual(['学习', '培训']);
  });
});

describe('figures of a formula and numbered table rows', () => {
  it('a figure in a formula (×100%, ÷2, =50%) is no slot', () => {
    expect(numbersToSlots('完成率=完成投资÷计划投资×100%。').slots).toEqual([]);
    expect(numbersToSlots('得分=基础分×50%＋加分。').slots).toEqual([]);
  });

  it('a numbered row of a table is named by its words, not its number', () => {
    const { slots } = numbersToSlots('类别\t完成率\n一、产业项目\t108.5%\n（二）基础设施项目\t101.8%');
    expect(slots.map((slot) => slot.name)).toEqual(['产业项目完成率(%)', '基础设施项目完成率(%)']);
  });

  it('a count is named by the noun after it, not by the reason that follows', () => {
    expect(numbersToSlots('12个项目因用地手续未办结推迟开工。').slots.map((slot) => slot.name)).toEqual(['项目(个)']);
  });
});

describe('a PDF copy of Word’s automatic numbering', () => {
  it('puts a number alone on its line together with the heading under it', () => {
    fc.assert(
      fc.property(fc.array(words(1, 10), { minLength: 2, maxLength: 5 }), (headings) => {
        const lines = ['某某述职报告', ...headings.flatMap((h, i) => [`${'一二三四五'[i]}、`, h, `${h}工作全年完成。`])];
        const doc = parseOutline(lines);
        expect(doc.sections.map((s) => s.heading)).toEqual(headings);
        expect(doc.sections.map((s) => s.body)).toEqual(headings.map((h) => [`${h}工作全年完成。`]));
      }),
    );
  });

  it('does not glue a bare number to a numbered line under it', () => {
    const doc = parseOutline(['某某总结', '一、', '（一）学习', '全年学习。']);
    expect(doc.sections[0]!.children.map((s) => s.heading)).toEqual(['学习']);
  });
});

describe('a footer that prints the date of the 成文日期 on every page', () => {
  it('is removed on the pages, and the 成文日期 under the 落款 stays', () => {
    const text = ['某某述职报告', '一、学习', '全年参加集中学习二十四次。', '2024年12月', '- 1 -', '二、工作', '全年完成任务。', '述职人：刘某某', '2024年12月', '- 2 -'].join('\n');
    const { noise, outline } = importReport(text);
    expect(noise.removed.map((l) => l.text)).toEqual(['2024年12月', '- 1 -', '- 2 -']);
    expect(outline.closing).toEqual(['述职人：刘某某', '2024年12月']);
  });
});
