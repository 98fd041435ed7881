// Version 2 packs: one office publishes, a colleague takes the pack, edits an item, and takes the
// next version: what the colleague did not touch follows the pack, their edit is never overwritten
// unless they choose so, and the undo puts every row back.
import { describe, expect, it } from 'vitest';
import { backupToJson, exportLibrary, exportPack, restoreBackup, importPackFile, previewPackFile, readLibraryFile, undoPackFileImport, type PackFile, type PackFilePreview } from '../../../lib/db/backup/index.ts';
import { writeAuthorProfile } from '../../../lib/db/author.ts';
import type { DrafterDatabase } from '../../../lib/db/database.ts';
import { updateMetric } from '../../../lib/db/metrics.ts';
import { saveReport } from '../../../lib/db/reports.ts';
import { readSetting } from '../../../lib/db/settings.ts';
import { createSnippet, trashSnippet, updateSnippet } from '../../../lib/db/snippets.ts';
import { freshDatabase } from '../support.ts';
import { dump, populate } from './library.ts';

const FOLDER = '述职报告/党建';

/** Through the file, as a colleague receives it. */
async function packOf(db: DrafterDatabase, now: number): Promise<PackFile> {
  const read = readLibraryFile(backupToJson(await exportPack(db, FOLDER, { name: '党建资料' }, now)));
  if (!read.ok || read.value.kind !== 'pack') throw new Error('unreadable pack');
  return read.value.file;
}

const byTitle = async (db: DrafterDatabase, title: string) => (await db.snippets.toArray()).filter((s) => s.title === title && s.deletedAt === null);
const decisions = (preview: PackFilePreview) => (preview.version === 2 ? Object.fromEntries(preview.plan.items.map((i) => [`${i.kind}:${i.title}`, i.decision])) : {});

describe('version 2 packs', () => {
  it('carry the pack id (kept from one export to the next), name, publisher, last change, item revisions and the reports built from them', async () => {
    const office = freshDatabase();
    await populate(office);
    const first = await exportPack(office, FOLDER, { name: '党建资料' }, 5000);
    const second = await exportPack(office, FOLDER, { name: '别的名字' }, 6000);
    expect(first.version).toBe(2);
    expect(second.pack.id).toBe(first.pack.id);
    expect(second.pack.name).toBe('党建资料');
    expect(first.pack.publisher).toEqual({ unit: '某某县发展和改革局', name: '张三' });
    expect(first.pack.updatedAt).toBe(Math.max(...[...first.snippets, ...first.metrics, ...first.problemSets, ...first.reports].map((r) => r.updatedAt)));
    expect(first.snippets.every((s) => s.revision !== undefined && s.origin === undefined)).toBe(true);
    expect(first.snippets.find((s) => s.title === '强化督查')!.revision).toBe(2);
    // The live report names a 党建 snippet and the problem set: it goes in; the trashed one does not.
    expect(first.reports).toHaveLength(1);
    expect((await exportPack(office, '工作总结')).reports).toEqual([]);
  });

  it('the first import adds everything, linked to the pack; taking the same file again changes nothing', async () => {
    const office = freshDatabase();
    await populate(office);
    const pack = await packOf(office, 5000);
    const me = freshDatabase();
    const preview = await previewPackFile(me, pack);
    if (preview.version !== 2) throw new Error('expected v2');
    expect(preview.plan.previous).toBeNull();
    expect(new Set(preview.plan.items.map((i) => i.decision))).toEqual(new Set(['add']));
    const done = await importPackFile(me, preview);
    if (done.version !== 2) throw new Error('expected v2');
    expect(done.outcome.done.added).toBe(preview.plan.items.length);
    const report = (await me.reports.toArray())[0]!;
    const snippetIds = new Set((await me.snippets.toArray()).map((s) => s.id));
    // The report's references resolve to this computer's copies of the pack's snippets and set.
    const blocks = report.parts.flatMap((p) => p.blocks);
    expect(blocks.filter((b) => b.kind === 'snippet').every((b) => snippetIds.has(b.snippetId))).toBe(true);
    const set = blocks.find((b) => b.kind === 'problemSet');
    expect(set && (await me.problemSets.get(set.id))).toBeTruthy();
    expect((await me.snippets.toArray()).every((s) => s.origin?.pack === (pack as { pack: { id: string } }).pack.id)).toBe(true);
    expect((await readSetting(me, 'takenPacks'))?.[(pack as { pack: { id: string } }).pack.id]?.publisher.name).toBe('张三');

    const before = await dump(me);
    const again = await previewPackFile(me, pack);
    expect(new Set(Object.values(decisions(again)))).toEqual(new Set(['unchanged']));
    await importPackFile(me, again);
    expect(await dump(me)).toEqual(before);
  });

  it('the first import links a snippet of the user’s own that is word for word the pack’s, instead of adding it twice; a different one of the same title is asked about, kept both by default', async () => {
    const office = freshDatabase();
    await populate(office);
    const pack = await packOf(office, 5000);
    const me = freshDatabase();
    const [same, other] = [pack.snippets.find((s) => s.title === '主要工作1')!, pack.snippets.find((s) => s.title === '主要工作2')!];
    const mine = await createSnippet(me, { title: same.title, body: same.body, role: same.role, folder: same.folder, tags: same.tags, favorite: false }, 100);
    await createSnippet(me, { title: other.title, body: '我自己写的另一种说法。', role: other.role, folder: other.folder, tags: other.tags, favorite: false }, 101);
    const preview = await previewPackFile(me, pack);
    expect(decisions(preview)).toMatchObject({ 'snippet:主要工作1': 'unchanged', 'snippet:主要工作2': 'sameTitle' });
    if (preview.version !== 2) throw new Error('expected v2');
    expect(preview.plan.items.find((i) => i.title === '主要工作2')!.choices).toEqual(['both', 'mine', 'theirs']);
    const done = await importPackFile(me, preview, {}, 6000);
    expect((await byTitle(me, '主要工作1')).map((s) => s.id)).toEqual([mine.id]);
    expect((await me.snippets.get(mine.id))!.origin?.item).toBe(same.id);
    expect(await byTitle(me, '主要工作2')).toHaveLength(2);
    // The pack's report points at the user's own copy of the snippet it names.
    const blocks = (await me.reports.toArray())[0]!.parts.flatMap((p) => p.blocks);
    expect(blocks.some((b) => b.kind === 'snippet' && b.snippetId === mine.id)).toBe(true);
    await undoPackFileImport(me, done);
    expect((await me.snippets.get(mine.id))!.origin).toBeUndefined();
    // The library that publishes the pack is made of those very snippets: taken back there, copies stand beside them.
    expect(new Set(Object.values(decisions(await previewPackFile(office, pack))))).toEqual(new Set(['add']));
  });

  it('a snippet of the user’s own with the pack’s title and other words: 用新的 writes the pack’s words over it (history keeps the old), 保留我的 keeps it and links it', async () => {
    const office = freshDatabase();
    await populate(office);
    const pack = await packOf(office, 5000);
    const me = freshDatabase();
    const [one, two] = [pack.snippets.find((s) => s.title === '主要工作1')!, pack.snippets.find((s) => s.title === '主要工作2')!];
    // A title typed with a space after it is still the same title.
    const a = await createSnippet(me, { title: `${one.title} `, body: '我自己的第一条。', role: one.role, folder: '我的', tags: [], favorite: false }, 100);
    const b = await createSnippet(me, { title: two.title, body: '我自己的第二条。', role: two.role, folder: '我的', tags: [], favorite: false }, 100);
    const preview = await previewPackFile(me, pack);
    if (preview.version !== 2) throw new Error('expected v2');
    expect(decisions(preview)).toMatchObject({ 'snippet:主要工作1': 'sameTitle', 'snippet:主要工作2': 'sameTitle' });
    const key = (title: string) => preview.plan.items.find((i) => i.title === title)!.key;
    const before = await dump(me);
    const done = await importPackFile(me, preview, { items: { [key('主要工作1')]: 'theirs', [key('主要工作2')]: 'mine' } }, 6000);
    const taken = (await me.snippets.get(a.id))!;
    expect(taken.body).toBe(one.body);
    expect(taken.origin?.item).toBe(one.id);
    expect((await me.snippetRevisions.where('snippetId').equals(a.id).toArray()).map((r) => r.body)).toContain('我自己的第一条。');
    expect((await me.snippets.get(b.id))!.body).toBe('我自己的第二条。');
    expect((await me.snippets.get(b.id))!.origin?.item).toBe(two.id);
    const titled = async (title: string) => (await me.snippets.toArray()).filter((s) => s.title.trim() === title && s.deletedAt === null);
    expect(await titled('主要工作1')).toHaveLength(1);
    expect(await titled('主要工作2')).toHaveLength(1);
    // Taken again: nothing is asked about twice.
    const again = await previewPackFile(me, pack);
    expect(decisions(again)).toMatchObject({ 'snippet:主要工作1': 'unchanged', 'snippet:主要工作2': 'keptEdit' });
    await undoPackFileImport(me, done);
    expect((await dump(me)).snippets).toEqual(before.snippets);
  });

  it('a newer version: untouched items follow, the edited one is kept both ways by default, removed ones are kept, and undo puts it all back', async () => {
    const office = freshDatabase();
    await populate(office);
    const v1 = await packOf(office, 5000);
    const me = freshDatabase();
    await importPackFile(me, await previewPackFile(me, v1));

    // Here: the writer edits one item. There: the office changes that item and another, drops one, renames nothing.
    const [mine] = await byTitle(me, '主要工作1');
    await updateSnippet(me, mine!.id, { body: '我自己改过的文字。' }, 7000);
    const there = async (title: string) => (await byTitle(office, title))[0]!;
    await updateSnippet(office, (await there('主要工作1')).id, { body: '办公室改过的第一条。' }, 7100);
    await updateSnippet(office, (await there('主要工作2')).id, { body: '办公室改过的第二条。' }, 7200);
    await trashSnippet(office, (await there('主要工作5')).id, 7300);
    const members = (await office.metrics.where('name').equals('发展党员').first())!;
    await updateMetric(office, members.id, { note: '组织部新口径' }, 7400);
    const v2 = await packOf(office, 8000);

    const preview = await previewPackFile(me, v2);
    if (preview.version !== 2) throw new Error('expected v2');
    expect(decisions(preview)).toMatchObject({
      'snippet:主要工作1': 'conflict',
      'snippet:主要工作2': 'update',
      'snippet:主要工作3': 'unchanged',
      'snippet:主要工作5': 'removed',
      'metric:发展党员': 'update',
    });
    expect(preview.plan.items.find((i) => i.title === '主要工作1')!.choices).toEqual(['both', 'mine', 'theirs']);
    expect(preview.plan.previous?.id).toBe(preview.plan.header.id);

    const before = await dump(me);
    const done = await importPackFile(me, preview, {}, 9000);
    if (done.version !== 2) throw new Error('expected v2');
    expect(done.outcome.done).toMatchObject({ updated: 2, both: 1, kept: 1 });
    const ones = await byTitle(me, '主要工作1');
    expect(ones.map((s) => s.body).sort()).toEqual(['办公室改过的第一条。', '我自己改过的文字。'].sort());
    expect(ones.find((s) => s.body === '我自己改过的文字。')!.origin).toBeUndefined();
    expect((await byTitle(me, '主要工作2'))[0]!.body).toBe('办公室改过的第二条。');
    expect((await byTitle(me, '主要工作2'))[0]!.revision).toBe(2);
    expect((await byTitle(me, '主要工作5'))[0]!.origin).toBeUndefined();
    expect((await me.metrics.where('name').equals('发展党员').first())!.note).toBe('组织部新口径');

    // Taking the same version again writes nothing more.
    const after = await dump(me);
    await importPackFile(me, await previewPackFile(me, v2), {}, 9500);
    expect(await dump(me)).toEqual(after);

    await undoPackFileImport(me, done);
    const undone = await dump(me);
    expect(undone.snippets).toEqual(before.snippets);
    expect(undone.metrics).toEqual(before.metrics);
    expect(undone.reports).toEqual(before.reports);
    expect(undone.problemSets).toEqual(before.problemSets);
  });

  it('用新的 replaces the edit, keeping it in the snippet history; 保留我的 keeps it and is not asked again', async () => {
    const office = freshDatabase();
    await populate(office);
    const me = freshDatabase();
    await importPackFile(me, await previewPackFile(me, await packOf(office, 5000)));
    const [a] = await byTitle(me, '主要工作1');
    const [b] = await byTitle(me, '主要工作2');
    await updateSnippet(me, a!.id, { body: '我改的一。' }, 7000);
    await updateSnippet(me, b!.id, { body: '我改的二。' }, 7000);
    for (const title of ['主要工作1', '主要工作2']) await updateSnippet(office, (await byTitle(office, title))[0]!.id, { body: `办公室的${title}。` }, 7100);
    const preview = await previewPackFile(me, await packOf(office, 8000));
    if (preview.version !== 2) throw new Error('expected v2');
    const key = (title: string) => preview.plan.items.find((i) => i.title === title)!.key;
    await importPackFile(me, preview, { items: { [key('主要工作1')]: 'theirs', [key('主要工作2')]: 'mine' } });
    expect((await me.snippets.get(a!.id))!.body).toBe('办公室的主要工作1。');
    expect((await me.snippetRevisions.where('snippetId').equals(a!.id).toArray()).map((r) => r.body)).toContain('我改的一。');
    expect((await me.snippets.get(b!.id))!.body).toBe('我改的二。');
    const next = await previewPackFile(me, await packOf(office, 8000));
    expect(decisions(next)).toMatchObject({ 'snippet:主要工作1': 'unchanged', 'snippet:主要工作2': 'keptEdit' });
  });

  it('a report edited here is offered as keep both; a snippet in the trash here stays there', async () => {
    const office = freshDatabase();
    await populate(office);
    const me = freshDatabase();
    await importPackFile(me, await previewPackFile(me, await packOf(office, 5000)));
    const mine = (await me.reports.toArray())[0]!;
    await saveReport(me, { ...mine, title: '我改的标题' }, { now: 7000 });
    const theirs = (await office.reports.toArray()).find((r) => r.deletedAt === null)!;
    await saveReport(office, { ...theirs, title: '办公室的新标题' }, { now: 7100 });
    const [three] = await byTitle(me, '主要工作3');
    await trashSnippet(me, three!.id, 7200);
    await updateSnippet(office, (await byTitle(office, '主要工作3'))[0]!.id, { body: '新的第三条。' }, 7300);
    const preview = await previewPackFile(me, await packOf(office, 8000));
    expect(decisions(preview)).toMatchObject({ 'report:办公室的新标题': 'conflict', 'snippet:主要工作3': 'inTrash' });
    await importPackFile(me, preview);
    expect((await me.reports.toArray()).map((r) => r.title).sort()).toEqual(['办公室的新标题', '我改的标题'].sort());
    expect((await me.snippets.get(three!.id))!.deletedAt).toBe(7200);
  });

  it('a backup keeps each record’s revision and pack link, so a restored library still merges the next version', async () => {
    const office = freshDatabase();
    await populate(office);
    const me = freshDatabase();
    await importPackFile(me, await previewPackFile(me, await packOf(office, 5000)));
    const read = readLibraryFile(backupToJson(await exportLibrary(me)));
    if (!read.ok || read.value.kind !== 'backup') throw new Error('unreadable backup');
    const elsewhere = freshDatabase();
    await restoreBackup(elsewhere, read.value.file, 'replace');
    const strip = (rows: { orderKey?: unknown }[]) => rows.map(({ orderKey: _k, ...r }) => r);
    expect(strip(await elsewhere.snippets.toArray())).toEqual(strip(await me.snippets.toArray()));
    expect((await elsewhere.snippets.toArray()).every((s) => s.origin !== undefined && s.revision === 1)).toBe(true);
    expect(new Set(Object.values(decisions(await previewPackFile(elsewhere, await packOf(office, 5000)))))).toEqual(new Set(['unchanged']));
  });

  it('version 1 packs still import, adding copies only', async () => {
    const office = freshDatabase();
    await populate(office);
    const v2 = await exportPack(office, FOLDER);
    const { pack: _header, reports: _reports, ...rest } = v2;
    const read = readLibraryFile(backupToJson({ ...rest, version: 1, snippets: rest.snippets.map(({ revision: _r, ...s }) => s) }));
    if (!read.ok || read.value.kind !== 'pack') throw new Error('unreadable v1 pack');
    const me = freshDatabase();
    await createSnippet(me, { title: '主要工作1', body: '我的', role: 'work', folder: FOLDER, tags: [], favorite: false });
    const preview = await previewPackFile(me, read.value.file);
    if (preview.version !== 1) throw new Error('expected v1');
    expect(preview.legacy.sameTitles).toEqual(['主要工作1']);
    const done = await importPackFile(me, preview, { legacy: 'rename' });
    expect((await me.snippets.toArray()).every((s) => s.origin === undefined)).toBe(true);
    await undoPackFileImport(me, done);
    expect(await me.snippets.count()).toBe(1);
  });

  it('refuses a pack whose report names a snippet it does not carry, and a newer version it cannot read', async () => {
    const office = freshDatabase();
    await populate(office);
    await writeAuthorProfile(office, { unit: '', name: '', post: '' });
    const pack = await exportPack(office, FOLDER);
    // The snippet the report names is taken out of the file.
    const named = new Set(pack.reports.flatMap((r) => r.parts.flatMap((p) => p.blocks.flatMap((b) => (b.kind === 'snippet' ? [b.snippetId] : [])))));
    expect(named.size).toBeGreaterThan(0);
    const broken = { ...pack, snippets: pack.snippets.filter((s) => !named.has(s.id)) };
    const read = readLibraryFile(backupToJson(broken));
    expect(read.ok).toBe(false);
    expect(readLibraryFile(backupToJson({ ...pack, version: 3 }))).toMatchObject({ ok: false, error: { code: 'backup.newerVersion' } });
  });
});

describe('word lists in packs', () => {
  it('travel when asked for, follow the next version, and an edit here is kept both ways', async () => {
    const { createWordList, saveWordList } = await import('../../../lib/db/wordLists.ts');
    const office = freshDatabase();
    await populate(office);
    const list = await createWordList(office, '街道规范用语', [{ kind: 'banned', word: '有关部门', note: '写明部门' }], 100);
    const pack = async (now: number) => {
      const read = readLibraryFile(backupToJson(await exportPack(office, FOLDER, { includeWordLists: true }, now)));
      if (!read.ok || read.value.kind !== 'pack') throw new Error('unreadable pack');
      return read.value.file;
    };
    expect((await exportPack(office, FOLDER)).wordLists).toEqual([]);
    const me = freshDatabase();
    await importPackFile(me, await previewPackFile(me, await pack(5000)));
    const named = async () => (await me.wordLists.toArray()).filter((l) => l.name === '街道规范用语');
    const [taken] = await named();
    expect(taken).toMatchObject({ name: '街道规范用语', revision: 1, origin: { item: list.id } });

    await saveWordList(office, { id: list.id, name: '街道规范用语', entries: [...list.entries, { kind: 'banned', word: '相关领导', note: '' }] }, { now: 6000 });
    const next = await previewPackFile(me, await pack(7000));
    expect(decisions(next)).toMatchObject({ 'wordList:街道规范用语': 'update' });
    await importPackFile(me, next);
    expect((await me.wordLists.get(taken!.id))!).toMatchObject({ revision: 2, entries: [{ word: '有关部门' }, { word: '相关领导' }] });

    await saveWordList(me, { id: taken!.id, name: '街道规范用语', entries: [] }, { now: 8000 });
    await saveWordList(office, { id: list.id, name: '街道规范用语', entries: [{ kind: 'banned', word: '某某', note: '' }] }, { now: 8100 });
    const third = await previewPackFile(me, await pack(9000));
    expect(decisions(third)).toMatchObject({ 'wordList:街道规范用语': 'conflict' });
    await importPackFile(me, third);
    expect((await named()).map((l) => l.entries.length).sort()).toEqual([0, 1]);
  });
});
