// @vitest-environment jsdom
// The panel's one insert sequence (components/hooks/useInsert.ts): insert in the chosen layout,
// say what happened in the status line in the view's words, then count the use — and, only for a
// confirmed insertion, what the view keeps afterwards. The page is stood in for by insertIntoPage.
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusProvider } from '../../../components/app/Status.tsx';
import type { InsertWords } from '../../../components/common/insertOutcomeText.ts';
import { useInsert, type AfterInsert } from '../../../components/hooks/useInsert.ts';
import { database } from '../../../lib/db/database.ts';
import { writeSetting } from '../../../lib/db/settings.ts';
import type { InsertLayout } from '../../../lib/domain/paragraphs.ts';
import { problem } from '../../../lib/domain/problem.ts';
import type { InsertOutcome } from '../../../lib/panel/insertFromPanel.ts';

const page = vi.hoisted(() => ({ insertIntoPage: vi.fn<(paragraphs: readonly string[], layout: InsertLayout) => Promise<InsertOutcome>>() }));
vi.mock('../../../lib/panel/insertFromPanel.ts', () => page);

afterEach(async () => {
  cleanup();
  page.insertIntoPage.mockReset();
  await Promise.all(database().tables.map((t) => t.clear()));
});

const words = (unfilled = false): InsertWords => ({
  inserted: '已插入 2 段。',
  copiedInstead: (reason) => `${reason}已复制，请在编辑器中按 Ctrl+V 粘贴。`,
  unfilled,
});

function InsertButton({ unfilled, after }: { unfilled?: boolean; after?: AfterInsert }) {
  const { busy, insert } = useInsert();
  return (
    <button disabled={busy} onClick={() => void insert(['第一段', '第二段'], words(unfilled), after)}>
      插入
    </button>
  );
}

/** Renders the button, lets the page answer `outcome`, clicks, and waits until the sequence is over. */
async function insertWith(outcome: InsertOutcome, props: { unfilled?: boolean; after?: AfterInsert } = {}) {
  let answer!: (o: InsertOutcome) => void;
  page.insertIntoPage.mockImplementation(() => new Promise((resolve) => (answer = resolve)));
  render(
    <StatusProvider>
      <InsertButton {...props} />
    </StatusProvider>,
  );
  const button = screen.getByRole('button', { name: '插入' });
  fireEvent.click(button);
  await waitFor(() => expect(page.insertIntoPage).toHaveBeenCalled());
  expect(button).toHaveProperty('disabled', true); // busy while the page is asked
  await act(async () => answer(outcome));
  await waitFor(() => expect(button).toHaveProperty('disabled', false));
  return screen.getByRole('status');
}

/** Records when each step ran, and what the status line said then. */
function steps() {
  const log: string[] = [];
  const after: AfterInsert = {
    // The status line renders on the next turn; what it says then was said before the use was counted.
    used: async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      log.push(`used: ${screen.getByRole('status').textContent}`);
    },
    inserted: async () => void log.push('inserted'),
  };
  return { log, after };
}

describe('useInsert', () => {
  it('inserted: says so as a success, then counts the use, then keeps what the view keeps', async () => {
    const { log, after } = steps();
    const status = await insertWith({ kind: 'inserted', route: 'contenteditable: execCommand', editor: 'contenteditable' }, { after });
    expect(status.textContent).toBe('已插入 2 段。');
    expect(status.className).toContain('status-success');
    expect(log).toEqual(['used: 已插入 2 段。', 'inserted']);
    // Paragraphs, indented (首行缩进) — the defaults until the user chooses otherwise.
    expect(page.insertIntoPage).toHaveBeenCalledWith(['第一段', '第二段'], { format: 'rich', indent: true });
  });

  it('inserted with a value still missing: a warning', async () => {
    const status = await insertWith({ kind: 'inserted', route: 'r', editor: 'e' }, { unfilled: true });
    expect(status.className).toContain('status-warning');
  });

  it('copied instead: why, then Ctrl+V, as a warning; the use counts, nothing else is kept', async () => {
    const { log, after } = steps();
    const status = await insertWith({ kind: 'copied', problem: problem('insert.notAccepted') }, { after });
    expect(status.textContent).toBe('编辑器没有接受插入。已复制，请在编辑器中按 Ctrl+V 粘贴。');
    expect(status.className).toContain('status-warning');
    expect(log).toEqual(['used: 编辑器没有接受插入。已复制，请在编辑器中按 Ctrl+V 粘贴。']);
  });

  it('refused: the reason with its figures, as an error; nothing counted', async () => {
    const { log, after } = steps();
    const status = await insertWith({ kind: 'refused', problem: problem('insert.tooLong', { max: 20, chars: 35 }) }, { after });
    expect(status.textContent).toBe('这个输入框最多能写 20 个字，放不下这段文字（35 字），没有插入。');
    expect(status.className).toContain('status-error');
    expect(log).toEqual([]);
  });

  it('neither inserted nor copied: says how to copy by hand; nothing counted', async () => {
    const { log, after } = steps();
    const status = await insertWith({ kind: 'uncopied', problem: problem('insert.noPage') }, { after });
    expect(status.textContent).toBe('没有找到要写入的网页。复制到剪贴板也失败了，请在预览中选中文字手动复制。');
    expect(status.className).toContain('status-error');
    expect(log).toEqual([]);
  });

  it.each([
    ['inserts in the format the user chose', 'insertFormat', 'plain', { format: 'plain', indent: true }],
    ['inserts without 首行缩进 once the user turned it off', 'insertIndent', false, { format: 'rich', indent: false }],
  ] as const)('%s', async (_, key, value, layout) => {
    await writeSetting(database(), key, value);
    render(
      <StatusProvider>
        <InsertButton />
      </StatusProvider>,
    );
    page.insertIntoPage.mockResolvedValue({ kind: 'inserted', route: 'r', editor: 'e' });
    // The setting is read live: wait until the hook has it before clicking.
    await waitFor(async () => {
      page.insertIntoPage.mockClear();
      fireEvent.click(screen.getByRole('button', { name: '插入' }));
      await waitFor(() => expect(page.insertIntoPage).toHaveBeenCalled());
      expect(page.insertIntoPage.mock.lastCall?.[1]).toEqual(layout);
    });
  });
});
