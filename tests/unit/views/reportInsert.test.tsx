// @vitest-environment jsdom
// 插入全文 / 插入本部分 (components/report/ReportInsert.tsx): what is unfilled or gone is said before
// inserting; the chain gets each block's text with its layout beside it; the status line says
// what went in. The page is stood in for by insertIntoPage.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusProvider } from '../../../components/app/Status.tsx';
import { ReportInsert } from '../../../components/report/ReportInsert.tsx';
import { database } from '../../../lib/db/database.ts';
import type { BlockStyle } from '../../../lib/domain/blockStyles.ts';
import type { InsertLayout } from '../../../lib/domain/paragraphs.ts';
import { renderReport } from '../../../lib/domain/report/index.ts';
import type { InsertOutcome } from '../../../lib/panel/insertFromPanel.ts';
import { reportOf } from '../report/support.ts';

const page = vi.hoisted(() => ({ insertIntoPage: vi.fn<(paragraphs: readonly string[], layout: InsertLayout, styles?: readonly BlockStyle[]) => Promise<InsertOutcome>>() }));
vi.mock('../../../lib/panel/insertFromPanel.ts', () => page);

afterEach(async () => {
  cleanup();
  page.insertIntoPage.mockReset();
  await Promise.all(database().tables.map((t) => t.clear()));
});

function doc() {
  const report = reportOf([['主要工作', [['抓学习']]], ['存在问题']], { signature: ['某某局'], date: '2026-01-05' });
  report.parts[0]!.children[0]!.blocks = [{ kind: 'snippet', snippetId: 'study' }, { kind: 'snippet', snippetId: 'gone' }];
  report.parts[1]!.blocks = [{ kind: 'text', text: '学习不深。' }];
  return renderReport(report, {
    snippet: (id) => (id === 'study' ? { paragraphs: ['学习【次数】次。'], missing: ['次数'] } : null),
    problemSet: () => null,
  });
}

const withStatus = (ui: React.ReactNode) => render(<StatusProvider>{ui}</StatusProvider>);

describe('ReportInsert', () => {
  it('the whole report: warns first, inserts every block with its style, says what went in', async () => {
    page.insertIntoPage.mockResolvedValue({ kind: 'inserted', route: 'r', editor: 'e' });
    withStatus(<ReportInsert document={doc()} />);
    expect(screen.getByRole('note', { name: '插入前请注意' }).textContent).toContain('【次数】');
    expect(screen.getByText(/1 处用到的片段或问题已经删除了/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '插入全文' }));
    await waitFor(() => expect(page.insertIntoPage).toHaveBeenCalled());
    const [paragraphs, , styles] = page.insertIntoPage.mock.lastCall!;
    expect(paragraphs).toEqual(['2026年述职报告', '一、主要工作', '（一）抓学习', '学习【次数】次。', '二、存在问题', '学习不深。', '某某局', '2026年1月5日']);
    expect(styles).toEqual(['title', 'heading1', 'heading2', 'paragraph', 'heading1', 'paragraph', 'signature', 'date']);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^已插入全文，共 8 段。注意：有 1 处没有数值.*有 1 处已删除的片段或问题没有插入。$/));
    expect(screen.getByRole('status').className).toContain('status-warning');
  });

  it('one part: its heading and sub-parts only, buttons named by the heading', async () => {
    page.insertIntoPage.mockResolvedValue({ kind: 'inserted', route: 'r', editor: 'e' });
    withStatus(<ReportInsert document={doc()} partId="存在问题" />);
    expect(screen.queryByRole('note')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '插入本部分：二、存在问题' }));
    await waitFor(() => expect(page.insertIntoPage).toHaveBeenCalledWith(['二、存在问题', '学习不深。'], { format: 'rich', indent: true }, ['heading1', 'paragraph']));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('已插入「二、存在问题」，共 2 段。'));
    expect(screen.getByRole('button', { name: '复制本部分：二、存在问题' })).toBeTruthy();
  });

  it('one part with something unfilled or gone: a few words on the line of its buttons', () => {
    withStatus(<ReportInsert document={doc()} partId="主要工作" />);
    expect(screen.getByRole('note').textContent).toBe('有 1 个数值没填，1 处片段已删除');
  });

  it('a part that is not in the report shows nothing', () => {
    const { container } = withStatus(<ReportInsert document={doc()} partId="nowhere" />);
    expect(container.querySelector('button')).toBeNull();
  });
});
