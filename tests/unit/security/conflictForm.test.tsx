// @vitest-environment jsdom
// The snippet form when the same snippet was saved elsewhere (another window's side panel) while
// it was being edited: no silent overwrite; the writer picks 保留我的 or 采用对方的.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SnippetForm } from '../../../components/snippets/SnippetForm.tsx';
import { StatusProvider } from '../../../components/app/Status.tsx';
import { database } from '../../../lib/db/database.ts';
import { createSnippet, trashSnippet, updateSnippet } from '../../../lib/db/snippets.ts';
import type { Snippet } from '../../../lib/domain/schemas.ts';

afterEach(async () => {
  cleanup();
  await Promise.all(database().tables.map((t) => t.clear()));
});

const draft = { title: '主要工作', body: '原来的正文。', role: 'work' as const, folder: '', tags: [], favorite: false };

async function editedElsewhere() {
  const loaded = await createSnippet(database(), draft, 1000);
  const onDone = vi.fn<(saved: Snippet | null) => void>();
  render(
    <StatusProvider>
      <SnippetForm snippet={loaded} onDone={onDone} />
    </StatusProvider>,
  );
  // Another panel saves while this form is open.
  const theirs = await updateSnippet(database(), loaded.id, { body: '另一个窗口的正文。' }, { expectedUpdatedAt: loaded.updatedAt });
  fireEvent.change(screen.getByLabelText('标题'), { target: { value: '我的标题' } });
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
  const alert = await screen.findByRole('alert', { name: '修改冲突' });
  return { loaded, theirs, onDone, alert };
}

describe('SnippetForm: an edit that crosses another save', () => {
  it('says so, shows the other version, and writes nothing yet', async () => {
    const { loaded, onDone, alert } = await editedElsewhere();
    expect(alert.textContent).toContain('这段内容已在别处修改');
    expect(within(alert).getByLabelText('别处保存的版本').textContent).toContain('另一个窗口的正文。');
    expect(onDone).not.toHaveBeenCalled();
    expect((await database().snippets.get(loaded.id))?.body).toBe('另一个窗口的正文。');
  });

  it('保留我的 saves the fields this edit changed over it, and keeps the others as they saved them', async () => {
    const { loaded, onDone, alert } = await editedElsewhere();
    fireEvent.click(within(alert).getByRole('button', { name: '保留我的' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await database().snippets.get(loaded.id)).toMatchObject({ title: '我的标题', body: '另一个窗口的正文。' });
  });

  it('保留我的 keeps a ★ set elsewhere (the form does not edit it)', async () => {
    const loaded = await createSnippet(database(), draft, 1000);
    const onDone = vi.fn<(saved: Snippet | null) => void>();
    render(
      <StatusProvider>
        <SnippetForm snippet={loaded} onDone={onDone} />
      </StatusProvider>,
    );
    await updateSnippet(database(), loaded.id, { favorite: true });
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '我的标题' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    fireEvent.click(within(await screen.findByRole('alert', { name: '修改冲突' })).getByRole('button', { name: '保留我的' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await database().snippets.get(loaded.id)).toMatchObject({ title: '我的标题', favorite: true });
  });

  it('a snippet deleted elsewhere is not saved into the trash: 恢复并保存 brings it back with the edit', async () => {
    const loaded = await createSnippet(database(), draft, 1000);
    const onDone = vi.fn<(saved: Snippet | null) => void>();
    render(
      <StatusProvider>
        <SnippetForm snippet={loaded} onDone={onDone} />
      </StatusProvider>,
    );
    await trashSnippet(database(), loaded.id);
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '我的标题' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    const alert = await screen.findByText(/在另一个窗口被删除/);
    expect(alert.textContent).toContain('你填的内容还在');
    expect(onDone).not.toHaveBeenCalled();
    expect((await database().snippets.get(loaded.id))?.title).toBe(draft.title);
    fireEvent.click(screen.getByRole('button', { name: '恢复并保存' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    expect(await database().snippets.get(loaded.id)).toMatchObject({ title: '我的标题', deletedAt: null });
  });

  it('a snippet gone from the library offers 另存为新片段, keeping the text', async () => {
    const loaded = await createSnippet(database(), draft, 1000);
    const onDone = vi.fn<(saved: Snippet | null) => void>();
    render(
      <StatusProvider>
        <SnippetForm snippet={loaded} onDone={onDone} />
      </StatusProvider>,
    );
    await database().snippets.clear();
    fireEvent.change(screen.getByLabelText('标题'), { target: { value: '我的标题' } });
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByText(/已不在片段库里/);
    expect(screen.queryByText(/片段不存在|Error/)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '另存为新片段' }));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const all = await database().snippets.toArray();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ title: '我的标题', body: draft.body, deletedAt: null });
    expect(all[0]!.id).not.toBe(loaded.id);
  });

  it('采用对方的 drops this edit and keeps the stored version', async () => {
    const { loaded, theirs, onDone, alert } = await editedElsewhere();
    fireEvent.click(within(alert).getByRole('button', { name: '采用对方的' }));
    expect(onDone).toHaveBeenCalledWith(theirs);
    expect(await database().snippets.get(loaded.id)).toEqual(theirs);
  });
});
