// @vitest-environment jsdom
// The import, trash and revision-history views in jsdom on fake-indexeddb (no Worker here, so the
// parse runs in the page's thread): what a writer sees and what ends up in the library.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportView } from '../../../components/import/ImportView.tsx';
import { StatusProvider } from '../../../components/app/Status.tsx';
import { RevisionHistory } from '../../../components/trash/RevisionHistory.tsx';
import { TrashView } from '../../../components/trash/TrashView.tsx';
import { database } from '../../../lib/db/database.ts';
import { createSnippet, trashSnippet, updateSnippet } from '../../../lib/db/snippets.ts';

afterEach(async () => {
  cleanup();
  const db = database();
  await Promise.all(db.tables.map((t) => t.clear()));
});

const draft = (title: string, body = '正文') => ({ title, body, role: 'work' as const, folder: '', tags: [], favorite: false });
const withStatus = (ui: React.ReactNode) => render(<StatusProvider>{ui}</StatusProvider>);
// The first parse loads the parser (mammoth with it): on a busy machine that takes longer than
// findBy's one second, which says nothing about the view.
const previewShown = () => screen.findByRole('heading', { name: '检查后导入' }, { timeout: 10_000 });

describe('ImportView', () => {
  it('pasted text → preview → import writes the snippets and a metric per slot', async () => {
    withStatus(<ImportView />);
    fireEvent.change(screen.getByLabelText('或者粘贴正文'), { target: { value: '一、主要工作\n全年召开X次专题会议，发展党员X名。\n二、存在问题\n学习不够深入。' } });
    fireEvent.click(screen.getByRole('button', { name: '识别粘贴的文字' }));
    await previewShown();
    expect(screen.getByText(/^从“粘贴的文字”识别出/)).toBeTruthy(); // pasted text is named in the panel's words
    const slots = screen.getByRole('list', { name: '空位列表' });
    expect(within(slots).getAllByRole('combobox').length).toBeGreaterThanOrEqual(2);
    const count = within(screen.getByRole('list', { name: '识别出的片段' })).getAllByRole('listitem').length;
    fireEvent.click(screen.getByRole('button', { name: `导入所选的 ${count} 段` }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain(`已导入 ${count} 段`));
    expect(await database().snippets.count()).toBe(count);
    expect((await database().metrics.toArray()).map((m) => m.unit).sort()).toEqual(['名', '次']);
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: '撤销导入' }));
    await waitFor(async () => expect(await database().snippets.count()).toBe(0));
    expect(await database().metrics.count()).toBe(0);
  });

  it('a slot renamed to a bad name blocks the import and says why; nothing is written', async () => {
    withStatus(<ImportView />);
    fireEvent.change(screen.getByLabelText('或者粘贴正文'), { target: { value: '一、主要工作\n召开X次专题会议。' } });
    fireEvent.click(screen.getByRole('button', { name: '识别粘贴的文字' }));
    await previewShown();
    const input = within(screen.getByRole('list', { name: '空位列表' })).getAllByRole('combobox')[0]!;
    fireEvent.change(input, { target: { value: '会议{次}' } });
    fireEvent.click(screen.getByRole('button', { name: /^导入所选的/ }));
    expect((await screen.findByRole('alert')).textContent).toBe('空位名称“会议{次}”不能用：名称不能包含 { } | @ = 或换行。');
    expect(await database().snippets.count()).toBe(0);
  });

  it('a file that is not a report: the alert says what users saw before, and nothing is written', async () => {
    withStatus(<ImportView />);
    const doc = new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])], '旧报告.doc', { type: 'application/msword' });
    fireEvent.change(screen.getByLabelText('选择文件（文本文件、Word 文档或保存下来的网页）'), { target: { files: [doc] } });
    expect((await screen.findByRole('alert')).textContent).toBe(
      '这是旧版 Word/WPS 文件（.doc/.wps），无法直接读取。请在 Word 或 WPS 中“另存为” .docx 后再导入，或复制粘贴正文。 片段库没有任何改动。',
    );
    expect(await database().snippets.count()).toBe(0);
  });

  it('shows a doubtful line as kept for checking, and the sentence each slot comes from', async () => {
    withStatus(<ImportView />);
    const cited = '我们在本单位网站www.example.com上开设了意见征集专栏，共收集群众意见建议二百余条。';
    fireEvent.change(screen.getByLabelText('或者粘贴正文'), { target: { value: `工作总结\n一、主要工作\n全年召开X次专题会议，发展党员X名。\n${cited}` } });
    fireEvent.click(screen.getByRole('button', { name: '识别粘贴的文字' }));
    await previewShown();
    expect(within(screen.getByRole('list', { name: '保留待核对的行' })).getByText(cited)).toBeTruthy();
    expect(screen.getByRole('list', { name: '识别出的片段' }).textContent).toContain('意见征集专栏');
    expect(within(screen.getByRole('list', { name: '空位列表' })).getAllByText('出自：全年召开X次专题会议，发展党员X名。').length).toBe(2);
  });

  it('removes a doubtful line when asked, and lists it with the removed lines', async () => {
    withStatus(<ImportView />);
    const cited = '我们在本单位网站www.example.com上开设了意见征集专栏，共收集群众意见建议二百余条。';
    fireEvent.change(screen.getByLabelText('或者粘贴正文'), { target: { value: `工作总结\n一、主要工作\n全年召开X次专题会议，发展党员X名。\n${cited}` } });
    fireEvent.click(screen.getByRole('button', { name: '识别粘贴的文字' }));
    await previewShown();
    fireEvent.click(screen.getByRole('button', { name: '去掉第 4 行' }));
    const removed = await screen.findByRole('list', { name: '去掉的行' }, { timeout: 10_000 });
    expect(within(removed).getByText(cited)).toBeTruthy();
    expect(within(removed).getByText('网址/网站名')).toBeTruthy();
    expect(screen.queryByRole('list', { name: '保留待核对的行' })).toBeNull();
    expect(screen.getByRole('list', { name: '识别出的片段' }).textContent).not.toContain('意见征集专栏');
  });
});

describe('TrashView', () => {
  it('lists trashed snippets, restores one, and deletes one for good after confirming', async () => {
    const db = database();
    const a = await createSnippet(db, draft('甲'));
    const b = await createSnippet(db, draft('乙'));
    await trashSnippet(db, a.id);
    await trashSnippet(db, b.id);
    withStatus(<TrashView />);
    fireEvent.click(await screen.findByRole('button', { name: '恢复「甲」' }));
    await waitFor(async () => expect((await db.snippets.get(a.id))!.deletedAt).toBeNull());
    fireEvent.click(await screen.findByRole('button', { name: '永久删除「乙」' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确定删除' }));
    await waitFor(async () => expect(await db.snippets.get(b.id)).toBeUndefined());
    await screen.findByText('回收站是空的。');
  });
});

describe('RevisionHistory', () => {
  it('shows earlier versions and puts one back; the restore can be undone', async () => {
    const db = database();
    const s = await createSnippet(db, draft('落实责任', '第一版'));
    await updateSnippet(db, s.id, { body: '第二版' });
    withStatus(<RevisionHistory snippetId={s.id} />);
    const restore = await screen.findByRole('button', { name: /^恢复 .* 之前的版本$/ });
    fireEvent.click(restore);
    await waitFor(async () => expect((await db.snippets.get(s.id))!.body).toBe('第一版'));
    fireEvent.click(await within(screen.getByRole('status')).findByRole('button', { name: '撤销' }));
    await waitFor(async () => expect((await db.snippets.get(s.id))!.body).toBe('第二版'));
  });
});
