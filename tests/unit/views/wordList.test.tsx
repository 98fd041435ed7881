// @vitest-environment jsdom
// 「我的词表」 in the 校对 view (components/proofread/WordListSection.tsx) beside the findings of a
// text (ProofreadFindings.tsx): an entry of each kind added in plain words shows up in the findings
// at once with the list's note; an entry is changed in place; a deleted one comes back with 撤销;
// a form with a word missing, both sides the same, or an entry already there saves nothing.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { StatusProvider } from '../../../components/app/Status.tsx';
import { ProofreadFindings } from '../../../components/proofread/ProofreadFindings.tsx';
import { WordListSection } from '../../../components/proofread/WordListSection.tsx';
import { TrashView } from '../../../components/trash/TrashView.tsx';
import { database } from '../../../lib/db/database.ts';
import { createWordList, getWordList, ownWordList, trashWordList } from '../../../lib/db/wordLists.ts';

afterEach(async () => {
  cleanup();
  await Promise.all(database().tables.map((t) => t.clear()));
});

const TEXT = '县发改局牵头，开展两学一做学习教育，有关部门参加。';

function panel(fixes: unknown[][] = []) {
  render(
    <StatusProvider>
      <WordListSection />
      <ProofreadFindings text={TEXT} onFix={(chosen) => fixes.push(chosen)} />
    </StatusProvider>,
  );
}

/** Fills the form named `form` field by field (by their labels) and presses its button. */
async function fill(form: string, fields: Record<string, string>, button = '添加') {
  const scope = within(await screen.findByRole('form', { name: form }));
  for (const [label, value] of Object.entries(fields)) fireEvent.change(scope.getByLabelText(label), { target: { value } });
  fireEvent.click(scope.getByRole('button', { name: button }));
}

const findings = () => within(screen.getByRole('region', { name: '校对结果' }));

describe('my word list', () => {
  it('adds an entry of each kind, and the findings of the text show them with the note', async () => {
    panel();
    expect(findings().queryByText(/本单位/)).toBeNull();

    await fill('添加到“要改的说法”', { 不要这样写: '两学一做', 要写成: '“两学一做”', '说明（可以不填）': '专门说法加引号' });
    await waitFor(() => expect(findings().getByText('按本单位的用语规定，这里要换个说法。')).toBeTruthy());
    expect(findings().getByText('我的词表里的说明：专门说法加引号')).toBeTruthy();
    expect(findings().getByText('改为““两学一做””')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toContain('已添加：不写“两学一做”，写““两学一做””');

    await fill('添加到“不能用的词”', { 不能用的词: '有关部门', '说明（可以不填）': '写明是哪个部门' });
    await waitFor(() => expect(findings().getByText('这是本单位规定不用的词。')).toBeTruthy());
    expect(findings().getByText('我的词表里的说明：写明是哪个部门')).toBeTruthy();

    await fill('添加到“要写全称的单位”', { 简称: '县发改局', 全称: '县发展和改革局' });
    await waitFor(() => expect(findings().getByText('单位名称第一次出现时要写全称，后面才能用简称。')).toBeTruthy());
    expect(findings().getByText('改为“县发展和改革局”')).toBeTruthy();

    const list = screen.getByRole('list', { name: '不能用的词' });
    expect(within(list).getByText('“有关部门”')).toBeTruthy();
    expect(within(list).getByText('说明：写明是哪个部门')).toBeTruthy();
    expect((await ownWordList(database()))?.entries.map((e) => e.kind)).toEqual(['term', 'banned', 'fullName']);
  });

  it('changes an entry in place, and a deleted one comes back with 撤销', async () => {
    panel();
    await fill('添加到“不能用的词”', { 不能用的词: '有关部门' });
    await screen.findByRole('button', { name: '修改：“有关部门”' });
    await fill('添加到“不能用的词”', { 不能用的词: '据说' });
    await screen.findByRole('button', { name: '修改：“据说”' });

    fireEvent.click(screen.getByRole('button', { name: '修改：“有关部门”' }));
    await fill('修改：“有关部门”', { 不能用的词: '相关部门', '说明（可以不填）': '写明部门' }, '保存');
    const list = await screen.findByRole('list', { name: '不能用的词' });
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['“相关部门”说明：写明部门修改删除', '“据说”修改删除']));

    fireEvent.click(screen.getByRole('button', { name: '删除：“相关部门”' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(screen.getByRole('status').textContent).toContain('已删除：“相关部门”');
    fireEvent.click(within(screen.getByRole('status')).getByRole('button', { name: '撤销' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.slice(0, 6))).toEqual(['“相关部门”', '“据说”修改']));
    expect((await ownWordList(database()))?.entries).toEqual([
      { kind: 'banned', word: '相关部门', note: '写明部门' },
      { kind: 'banned', word: '据说', note: '' },
    ]);
  });

  it('saves nothing when a word is missing, both sides are the same, or the entry is there already', async () => {
    panel();
    const alertIn = async (form: string) => within(await screen.findByRole('form', { name: form })).getByRole('alert').textContent;
    await fill('添加到“要改的说法”', { 不要这样写: '两学一做' });
    expect(await alertIn('添加到“要改的说法”')).toBe('请先把词填上。');
    await fill('添加到“要改的说法”', { 要写成: '两学一做' });
    expect(await alertIn('添加到“要改的说法”')).toBe('两边写的一样，不用添加。');
    await fill('添加到“不能用的词”', { 不能用的词: '据说' });
    await screen.findByText('“据说”');
    await fill('添加到“不能用的词”', { 不能用的词: ' 据说 ' });
    expect(await alertIn('添加到“不能用的词”')).toBe('词表里已经有这一条了。');
    expect((await ownWordList(database()))?.entries).toEqual([{ kind: 'banned', word: '据说', note: '' }]);
  });
});

describe('a word list in the 回收站', () => {
  it('is listed with its days left, comes back with 恢复, and is deleted for good only after 确定删除', async () => {
    const db = database();
    const kept = await createWordList(db, '旧的词表', [{ kind: 'banned', word: '大概', note: '' }]);
    const gone = await createWordList(db, '不要的词表', []);
    const now = Date.now();
    await trashWordList(db, kept.id, now - 1);
    await trashWordList(db, gone.id, now);
    render(
      <StatusProvider>
        <TrashView />
      </StatusProvider>,
    );
    const list = await screen.findByRole('list', { name: '回收站中的词表' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent?.replace(/恢复.*$/, ''))).toEqual(['词表不要的词表30 天后删除', '词表旧的词表30 天后删除']);

    fireEvent.click(screen.getByRole('button', { name: '恢复「旧的词表」' }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect((await getWordList(db, kept.id))?.deletedAt).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: '永久删除「不要的词表」' }));
    expect(await getWordList(db, gone.id)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: '确定删除' }));
    await waitFor(async () => expect(await getWordList(db, gone.id)).toBeUndefined());
    await screen.findByText('回收站是空的。');
  });
});
