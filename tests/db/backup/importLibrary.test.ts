// Writing a confirmed import: snippets and new metrics in one transaction; existing metrics reused.
import { describe, expect, it } from 'vitest';
import { problemText } from '../../../components/common/problemText.ts';
import { importSnippets, undoImport } from '../../../lib/db/importLibrary.ts';
import { writeProblems } from '../../../lib/db/writeFailure.ts';
import { createMetric } from '../../../lib/db/metrics.ts';
import { firstLiveSnippets } from '../../../lib/db/snippets.ts';
import { parseImport } from '../../../lib/import-files/parse.ts';
import { freshDatabase } from '../support.ts';
import { dump } from './library.ts';
import { fixtureBytes, SEED_REPORT } from '../../support/fixtures.ts';

const seed = () => fixtureBytes(SEED_REPORT);

describe('importSnippets', () => {
  it('writes the seed report as snippets and a metric per new slot, reusing an existing metric', async () => {
    const preview = await parseImport({ kind: 'file', name: 'seed.txt', bytes: seed() });
    const db = freshDatabase();
    const existing = await createMetric(db, { name: '党建专题会议(次)', kind: 'value', unit: '次', note: '我的', tags: [] });
    const slots = preview.proposals.flatMap((p) => p.slots.map((s) => ({ name: s.name, kind: s.kind, unit: s.unit, note: '导入' })));
    const outcome = await importSnippets(db, { snippets: preview.proposals, slots });
    expect(outcome.snippetIds).toHaveLength(preview.proposals.length);
    expect(outcome.reusedMetricNames).toEqual(['党建专题会议(次)']);
    expect(await db.metrics.get(existing.id)).toEqual(existing);
    expect(await db.metrics.count()).toBe(new Set(slots.map((s) => s.name)).size);
    expect((await db.snippets.toArray()).every((s) => s.deletedAt === null && s.folder === '述职报告/党建')).toBe(true);

    await undoImport(db, outcome);
    expect(await db.snippets.count()).toBe(0);
    expect(await db.metrics.toArray()).toEqual([existing]);
  });

  it('stores figures for new metrics in the chosen period', async () => {
    const db = freshDatabase();
    const outcome = await importSnippets(db, {
      snippets: [{ title: '会议', body: '召开{{会议(次)}}次', role: 'work', folder: '' }],
      slots: [{ name: '会议(次)', kind: 'value', unit: '次', note: '', value: 12 }],
      valuesPeriod: '2024',
    });
    expect(await db.metricValues.get([outcome.createdMetricIds[0]!, '2024'])).toMatchObject({ value: 12 });
  });

  it('keeps the report’s order in the library', async () => {
    const preview = await parseImport({ kind: 'file', name: 'seed.txt', bytes: seed() });
    const db = freshDatabase();
    await importSnippets(db, { snippets: preview.proposals, slots: [] }, 1_000_000);
    const listed = await firstLiveSnippets(db, 1000);
    expect(listed.map((s) => s.title)).toEqual(preview.proposals.map((p) => p.title));
  });

  it('uses an existing metric spelled differently (unit, bracket width, spaces) instead of a duplicate', async () => {
    const spellings = [
      ['矛盾纠纷化解率', '矛盾纠纷化解率(%)'],
      ['矛盾纠纷化解率（%）', '矛盾纠纷化解率(%)'],
      ['党建 专题会议', '党建专题会议(次)'],
      ['投入资金(万元)', '投入资金'],
    ] as const;
    for (const [existingName, slotName] of spellings) {
      const db = freshDatabase();
      const existing = await createMetric(db, { name: existingName, kind: 'value', unit: '', note: '', tags: [] });
      const outcome = await importSnippets(db, {
        snippets: [{ title: '一段', body: `达到{{${slotName}|1位小数}}。`, role: 'work', folder: '' }],
        slots: [{ name: slotName, kind: 'value', unit: '', note: '' }],
      });
      expect(outcome.createdMetricIds).toEqual([]);
      expect(outcome.reusedMetricNames).toEqual([existing.name]);
      expect((await db.snippets.toArray())[0]!.body).toBe(`达到{{${existing.name}|1位小数}}。`);
    }
  });

  it('writes a 整改台账 as problem sets, and undo takes them back', async () => {
    const preview = await parseImport({ kind: 'file', name: 'ledger.txt', bytes: fixtureBytes('corpus/04-zhenggai-taizhang.txt') });
    expect(preview.problemSets).toHaveLength(3);
    const db = freshDatabase();
    const outcome = await importSnippets(db, { snippets: preview.proposals, slots: [], problemSets: preview.problemSets });
    const byId = new Map((await db.snippets.toArray()).map((s) => [s.id, s]));
    // In the report's order: the first problem is the newest snippet.
    const sets = (await db.problemSets.toArray()).sort((a, b) => byId.get(b.problemId)!.createdAt - byId.get(a.problemId)!.createdAt);
    expect(sets.map((s) => [s.owner, s.deadline])).toEqual([
      ['局党组书记；办公室', '长期坚持'],
      ['分管副局长；财务股', '2024年6月底前'],
      ['局党组书记；人事股', '长期坚持'],
    ]);
    expect(sets.map((s) => byId.get(s.problemId)!.title)).toEqual(['理论学习中心组学习不够规范', '项目资金管理不严格', '干部作风不够扎实']);
    expect(sets.map((s) => s.measureIds.map((id) => byId.get(id)!.body))).toEqual([
      ['制定年度学习计划，每季度至少开展一次专题研讨。'],
      ['开展项目资金专项清理，建立资金拨付台账。'],
      ['开展作风建设专项整治，建立群众评议机制。'],
    ]);
    await undoImport(db, outcome);
    expect(await db.problemSets.count()).toBe(0);
  });

  it('writes nothing when one row is bad', async () => {
    const db = freshDatabase();
    const before = await dump(db);
    const bad = { snippets: [{ title: '好', body: '', role: 'work' as const, folder: '' }, { title: ' ', body: '', role: 'work' as const, folder: '' }], slots: [] };
    await expect(importSnippets(db, bad)).rejects.toThrow();
    await expect(importSnippets(db, { snippets: [{ title: '好', body: '', role: 'work', folder: '' }], slots: [{ name: 'a{b', kind: 'value', unit: '', note: '' }] })).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});

describe('importSnippets messages', () => {
  it('names which snippet is too long, by how much it may hold', async () => {
    const db = freshDatabase();
    const error = await importSnippets(db, { snippets: [{ title: '长', body: '字'.repeat(200_001), role: 'work', folder: '' }], slots: [] }).catch((e: unknown) => e);
    expect((error as { issues?: { path: unknown[] }[] }).issues?.[0]?.path).toEqual(['snippets', 0, 'body']);
    const [problem] = writeProblems(error);
    expect(problem).toEqual({ code: 'schema.tooLong', params: { maximum: 200_000 } });
    expect(problemText(problem!)).toBe('太长：最多 200000 个字');
    expect(await db.snippets.count()).toBe(0);
  });

  it('refuses an import with nothing ticked', async () => {
    const db = freshDatabase();
    const error = await importSnippets(db, { snippets: [], slots: [] }).catch((e: unknown) => e);
    expect(writeProblems(error)).toEqual([{ code: 'db.importNothingChosen', params: { minimum: 1 } }]);
    expect(problemText(writeProblems(error)[0]!)).toBe('没有勾选要导入的片段');
  });
});
