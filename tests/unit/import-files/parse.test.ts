// The import parse on the seed report, from all three files and from pasted text.
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_CHARS, parseImport } from '../../../lib/import-files/parse.ts';
import type { ImportProgress } from '../../../lib/import-files/progress.ts';
import { fixtureText, fixtureBytes, SEED_REPORT } from '../../support/fixtures.ts';
import { failureOf } from './failure.ts';

const fixture = (name: string) => fixtureBytes(name);
const seedText = fixtureText(SEED_REPORT);
const summary = (p: Awaited<ReturnType<typeof parseImport>>) => p.proposals.map((s) => [s.role, s.title, s.body]);

describe('parseImport', () => {
  it('proposes the same snippets from the .txt, the GBK .txt, the .docx and pasted text', async () => {
    const progress: ImportProgress[] = [];
    const txt = await parseImport({ kind: 'file', name: 'seed.txt', bytes: fixture('seed-report-party-building.txt') }, {}, (p) => progress.push(p));
    const gbk = await parseImport({ kind: 'file', name: 'seed.gbk.txt', bytes: fixture('seed-report-party-building.gbk.txt') });
    const docx = await parseImport({ kind: 'file', name: 'seed.docx', bytes: fixture('seed-report-party-building.docx') });
    const pasted = await parseImport({ kind: 'text', text: seedText });
    expect(txt.encoding).toBe('utf-8');
    expect(gbk.encoding).toBe('gb18030');
    expect(summary(gbk)).toEqual(summary(txt));
    expect(summary(docx)).toEqual(summary(txt));
    expect(summary(pasted)).toEqual(summary(txt));
    expect(progress.at(-1)).toEqual({ percent: 100, stage: 'done' });
    expect([...new Set(progress.map((p) => p.stage))]).toEqual(['reading', 'cleaning', 'outline', 'splitting', 'done']);
    expect(txt.sourceName).toBe('seed.txt');
    expect(pasted.sourceName).toBeNull(); // the panel names pasted text in the writer's language
    expect(progress.map((p) => p.percent)).toEqual([...progress.map((p) => p.percent)].sort((a, b) => a - b));
  });

  it('keeps the report, drops the advertising, and turns X into named slots', async () => {
    const preview = await parseImport({ kind: 'text', text: seedText });
    expect(preview.title).toContain('述职报告');
    expect(preview.removed.some((l) => l.text.includes('QQ'))).toBe(true);
    expect(preview.proposals.some((p) => /QQ|酷乐文行/.test(p.body))).toBe(false);
    const roles = new Set(preview.proposals.map((p) => p.role));
    for (const role of ['opening', 'work', 'problem', 'cause', 'measure'] as const) expect(roles).toContain(role);
    const work = preview.proposals.find((p) => p.title.includes('落实责任'))!;
    expect(work.body).toContain('{{党建专题会议(次)}}次党建专题会议');
    expect(work.body).not.toMatch(/[XＸ×]/);
    expect(work.slots.find((s) => s.name === '党建专题会议(次)')).toMatchObject({ unit: '次', kind: 'value' });
  });

  it('takes back a removed line when asked', async () => {
    const first = await parseImport({ kind: 'text', text: seedText });
    const line = first.removed.find((l) => l.text.startsWith('【会员资料'))!;
    const again = await parseImport({ kind: 'text', text: seedText }, { keepLines: [line.lineNo] });
    expect(again.removed.map((l) => l.lineNo)).not.toContain(line.lineNo);
  });

  it('turns figures into slots on request, without clashing with placeholder names', async () => {
    const text = '一、主要工作\n召开X次党建专题会议，另召开12次党建专题会议，投入3.5万元。\n二、存在问题\n问题。';
    const plain = await parseImport({ kind: 'text', text });
    expect(plain.proposals[0]!.body).toContain('12次');
    const preview = await parseImport({ kind: 'text', text }, { numbersToSlots: true });
    const p = preview.proposals.find((x) => x.role === 'work')!;
    const names = p.slots.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(p.body).not.toMatch(/12次|3\.5万元/);
    expect(p.slots.find((s) => s.value === 12)).toBeDefined();
    for (const slot of p.slots) expect(p.body).toContain(`{{${slot.name}${slot.format}}}`);
    expect(p.slots.find((s) => s.value === 3.5)?.format).toBe('|1位小数');
  });

  it('takes outline levels from Word heading styles, and proposes no heading as a snippet', async () => {
    const preview = await parseImport({ kind: 'file', name: 'styles.docx', bytes: fixtureBytes('heading-styles.docx') });
    expect(preview.title).toBe('2024年社区工作总结');
    expect(preview.proposals.map((p) => [p.role, p.path.join(' › '), p.original])).toEqual([
      ['opening', '', '今年以来，社区党委围绕服务群众这条主线，扎实推进各项工作。'],
      ['work', '主要工作 › 党建引领', '全年召开党委会X次，开展主题党日活动X次。'],
      ['work', '主要工作 › 便民服务', '为居民代办事项X件，走访困难群众X户。'],
      ['problem', '存在问题', '网格员队伍不够稳定，服务的精细化水平还有差距。'],
      ['measure', '下步打算 › 加强网格员培训', '一、二季度各开展一次集中培训，提升网格员的业务能力。'],
    ]);
  });

  it('says what is wrong with an empty file or text', async () => {
    expect(await failureOf(() => parseImport({ kind: 'text', text: '  \n ' }))).toEqual({ code: 'import.noText', words: '没有读到任何文字。' });
    expect(await failureOf(() => parseImport({ kind: 'file', name: 'a.txt', bytes: new Uint8Array() }))).toEqual({ code: 'import.emptyFile', words: '这个文件是空的。' });
  });

  it('refuses a text too long to import, with its length and the limit', async () => {
    const text = '甲'.repeat(MAX_IMPORT_CHARS + 1);
    expect(await failureOf(() => parseImport({ kind: 'text', text }))).toEqual({
      code: 'import.tooLong',
      params: { chars: 2_000_001, max: 2_000_000 },
      words: '文字太长（2000001 字），一次最多导入 2000000 字。请分几次导入。',
    });
  });

  it('asks for a web page to be read in the panel (it needs a DOM the worker lacks)', async () => {
    expect(await failureOf(() => parseImport({ kind: 'file', name: 'a.htm', bytes: new TextEncoder().encode('<p>甲</p>') }))).toEqual({
      code: 'import.pageNeedsPanel',
      words: '网页文件需要先在面板中转换成文字，请重新选择文件，或复制粘贴正文。',
    });
  });
});
