// The fill-ins' storage: included snippets found by title (and those they include), the word last
// picked for each choice of a snippet, and inclusions following a renamed snippet.
import { describe, expect, it } from 'vitest';
import { liveSnippetTitles, loadIncluded, readLastChoices, rememberChoices } from '../../lib/db/fillIns.ts';
import { listRevisions } from '../../lib/db/revisions.ts';
import { createSnippet, trashSnippet, updateSnippet } from '../../lib/db/snippets.ts';
import { freshDatabase } from './support.ts';

const draft = (title: string, body: string) => ({ title, body, role: 'work' as const, folder: '', tags: [], favorite: false });

describe('included snippets', () => {
  it('are read by title, with what they include in turn, never from the trash', async () => {
    const db = freshDatabase();
    await createSnippet(db, draft('开头', '{{单位}}{{>称谓}}'));
    await createSnippet(db, draft('称谓', '同志们'));
    const gone = await createSnippet(db, draft('旧稿', '不要'));
    await trashSnippet(db, gone.id);
    expect(await loadIncluded(db, ['开头', '旧稿', '没有'])).toEqual({ 开头: '{{单位}}{{>称谓}}', 称谓: '同志们' });
    expect(await loadIncluded(db, [])).toEqual({});
    expect((await liveSnippetTitles(db, undefined)).sort()).toEqual(['开头', '称谓']);
  });
});

describe('the last word picked', () => {
  it('is remembered per snippet, and the newest picks replace the older', async () => {
    const db = freshDatabase();
    await rememberChoices(db, 'a', { '增长|下降': '下降' });
    await rememberChoices(db, 'b', { '增长|下降': '增长' });
    expect(await readLastChoices(db, 'a')).toEqual({ '增长|下降': '下降' });
    await rememberChoices(db, 'a', { '有|无': '无' });
    expect(await readLastChoices(db, 'a')).toEqual({ '有|无': '无' });
    expect(await readLastChoices(db, 'c')).toEqual({});
  });
});

describe('renaming an included snippet', () => {
  it('rewrites every inclusion of the old title, keeps the text before as a revision, leaves other titles alone', async () => {
    const db = freshDatabase();
    const inner = await createSnippet(db, draft('开头', '同志们'), 1);
    const outer = await createSnippet(db, draft('讲话', '{{>开头}}，{{?致辞:{{ >开头 }}}}{{>开头语}}'), 1);
    const other = await createSnippet(db, draft('无关', '开头两个字'), 1);
    await updateSnippet(db, inner.id, { title: '开场' }, 5);
    expect((await db.snippets.get(outer.id))!.body).toBe('{{>开场}}，{{?致辞:{{>开场}}}}{{>开头语}}');
    expect((await db.snippets.get(outer.id))!.updatedAt).toBe(5);
    expect((await listRevisions(db, outer.id)).map((r) => r.body)).toEqual(['{{>开头}}，{{?致辞:{{ >开头 }}}}{{>开头语}}']);
    expect((await db.snippets.get(other.id))!.body).toBe('开头两个字');
  });
});
