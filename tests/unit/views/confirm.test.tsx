// @vitest-environment jsdom
// Nothing a user keeps goes to one click: each deletion that does not go to 回收站 asks first, in
// place, saying in words exactly what goes; 取消 keeps it, the action removes it. In jsdom on
// fake-indexeddb, through the views a user clicks in.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StatusProvider } from '../../../components/app/Status.tsx';
import { ComposerView } from '../../../components/composer/ComposerView.tsx';
import { MetricsView } from '../../../components/metrics/MetricsView.tsx';
import { database } from '../../../lib/db/database.ts';
import { addTallyEntry, createMetric, setMetricValue } from '../../../lib/db/metrics.ts';
import { saveProblemSet } from '../../../lib/db/problemSets.ts';
import { writeSetting } from '../../../lib/db/settings.ts';
import { createSnippet } from '../../../lib/db/snippets.ts';

beforeEach(() => writeSetting(database(), 'currentPeriod', '2026'));
afterEach(async () => {
  cleanup();
  await Promise.all(database().tables.map((t) => t.clear()));
});

const withStatus = (ui: React.ReactNode) => render(<StatusProvider>{ui}</StatusProvider>);
const metric = (name: string, kind: 'value' | 'tally', unit: string) => createMetric(database(), { name, kind, unit, note: '', tags: [] });
const snippet = (title: string, role: 'problem' | 'cause' | 'measure') => createSnippet(database(), { title, body: `${title}。`, role, folder: '', tags: [], favorite: false });

describe('deleting a metric', () => {
  it('with values: says how many go, 取消 keeps all, the action deletes the metric and its values', async () => {
    const db = database();
    const m = await metric('发展党员', 'value', '名');
    await setMetricValue(db, m.id, '2025', 4);
    await setMetricValue(db, m.id, '2026', 5);
    withStatus(<MetricsView />);
    fireEvent.click(await screen.findByRole('button', { name: '删除指标发展党员' }));
    const ask = screen.getByRole('alertdialog', { name: '确认删除指标发展党员' });
    expect(within(ask).getByText('删除指标「发展党员」会同时删掉它记下的 2 条数值。删除后片段里的 发展党员 会显示为空位。')).toBeTruthy();
    fireEvent.click(within(ask).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.metrics.count()).toBe(1);
    expect(await db.metricValues.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: '删除指标发展党员' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '删除指标和 2 条数值' }));
    await waitFor(async () => expect(await db.metrics.count()).toBe(0));
    expect(await db.metricValues.count()).toBe(0);
  });

  it('without values asks too: a metric is its name, unit and definition, and paragraphs lose it', async () => {
    const db = database();
    await metric('阵地建设经费', 'value', '万元');
    withStatus(<MetricsView />);
    fireEvent.click(await screen.findByRole('button', { name: '删除指标阵地建设经费' }));
    const ask = screen.getByRole('alertdialog', { name: '确认删除指标阵地建设经费' });
    expect(within(ask).getByText('删除指标「阵地建设经费」？它还没有记下数值。删除后片段里的 阵地建设经费 会显示为空位。')).toBeTruthy();
    expect(await db.metrics.count()).toBe(1);
    fireEvent.click(within(ask).getByRole('button', { name: '删除指标' }));
    await waitFor(async () => expect(await db.metrics.count()).toBe(0));
  });

  it('gives 取消 the focus, so Enter keeps everything; Escape cancels and the focus goes back to 删除', async () => {
    await metric('阵地建设经费', 'value', '万元');
    withStatus(<MetricsView />);
    const asker = await screen.findByRole('button', { name: '删除指标阵地建设经费' });
    asker.focus();
    fireEvent.click(asker);
    const ask = screen.getByRole('alertdialog');
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: '取消' }));
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(asker);
    expect(await database().metrics.count()).toBe(1);
  });
});

describe('deleting a tally entry', () => {
  it('names the entry by its date, note and amount; 取消 keeps it, 删除 removes only it', async () => {
    const db = database();
    const m = await metric('党组织专题会议', 'tally', '次');
    const kept = await addTallyEntry(db, { metricId: m.id, date: '2026-03-08', amount: 1, note: '研究发展党员计划' });
    await addTallyEntry(db, { metricId: m.id, date: '2026-04-02', amount: 2 });
    withStatus(<MetricsView />);
    fireEvent.click(await screen.findByRole('button', { name: '党组织专题会议的记录' }));
    const entries = await screen.findByRole('list', { name: '记录列表' });
    await waitFor(() => expect(within(entries).getAllByRole('listitem')).toHaveLength(2));

    fireEvent.click(within(entries).getByRole('button', { name: '删除 2026年3月8日 的记录' }));
    const ask = screen.getByRole('alertdialog', { name: '确认删除 2026年3月8日 的记录' });
    expect(within(ask).getByText('删除这条记录：2026年3月8日 研究发展党员计划（1 次）？')).toBeTruthy();
    fireEvent.click(within(ask).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(await db.tallyEntries.count()).toBe(2);

    fireEvent.click(within(entries).getByRole('button', { name: '删除 2026年4月2日 的记录' }));
    const other = screen.getByRole('alertdialog', { name: '确认删除 2026年4月2日 的记录' });
    expect(within(other).getByText('删除这条记录：2026年4月2日（2 次）？')).toBeTruthy();
    fireEvent.click(within(other).getByRole('button', { name: '删除' }));
    await waitFor(async () => expect((await db.tallyEntries.toArray()).map((e) => e.id)).toEqual([kept.id]));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('已删除 2026年4月2日 的记录。'));
  });
});

describe('removing a cause from a problem set', () => {
  it('says which link goes and that the snippet stays; 取消 keeps the link, 移除 saves without it', async () => {
    const db = database();
    const problem = await snippet('督导检查不够深入', 'problem');
    const cause = await snippet('思想认识有差距', 'cause');
    const other = await snippet('统筹推进力度不够', 'cause');
    await saveProblemSet(db, problem.id, { causeIds: [cause.id, other.id] });
    withStatus(<ComposerView />);
    fireEvent.click(await screen.findByRole('checkbox', { name: '督导检查不够深入' }));
    const set = await screen.findByRole('article', { name: '问题：督导检查不够深入' });

    fireEvent.click(within(set).getByRole('button', { name: '取消关联：思想认识有差距' }));
    const ask = within(set).getByRole('alertdialog', { name: '确认移除「思想认识有差距」' });
    expect(within(ask).getByText('从「督导检查不够深入」的原因中移除「思想认识有差距」？片段本身不会删除，仍在片段库里，以后可以再添加回来。')).toBeTruthy();
    fireEvent.click(within(ask).getByRole('button', { name: '取消' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await db.problemSets.toArray())[0]!.causeIds).toEqual([cause.id, other.id]);

    fireEvent.click(within(set).getByRole('button', { name: '取消关联：思想认识有差距' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: '移除' }));
    await waitFor(async () => expect((await db.problemSets.toArray())[0]!.causeIds).toEqual([other.id]));
    expect(await db.snippets.get(cause.id)).toBeDefined();
    await waitFor(() => expect(within(set).queryByRole('button', { name: '取消关联：思想认识有差距' })).toBeNull());
  });

  it('says what the view is for, in one line at its top', async () => {
    withStatus(<ComposerView />);
    const view = await screen.findByRole('region', { name: '组合问题、原因、措施' });
    expect(view.firstElementChild?.textContent).toBe('把问题、原因、措施组合成三部分（存在问题、原因分析、下步措施），编好号，一起插入。');
  });
});
