import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { addTallyEntry, createMetric, deleteMetric, DuplicateMetricNameError, restoreMetric, saveTypedValues, setMetricValue, updateMetric } from '../../lib/db/metrics.ts';
import { createSnippet, listLiveSnippets, recordSnippetUse, restoreSnippet, trashSnippet, updateSnippet } from '../../lib/db/snippets.ts';
import { currentPeriod, writeSetting } from '../../lib/db/settings.ts';
import { loadMetricStore, slotLookup } from '../../lib/db/slotLookup.ts';
import { freshDatabase } from './support.ts';

const draft = { title: '标题', body: '正文{{甲}}', role: 'work' as const, folder: '述职报告', tags: [], favorite: false };
const metricDraft = { name: '发展党员', kind: 'value' as const, unit: '名', note: '', tags: [] };

describe('snippets', () => {
  it('refuses an invalid draft and writes nothing', async () => {
    const db = freshDatabase();
    await expect(createSnippet(db, { ...draft, title: '  ' })).rejects.toBeInstanceOf(ZodError);
    await expect(createSnippet(db, { ...draft, role: 'nonsense' as 'work' })).rejects.toBeInstanceOf(ZodError);
    expect(await db.snippets.count()).toBe(0);
  });

  it('updates, trashes, restores and counts uses', async () => {
    const db = freshDatabase();
    const snippet = await createSnippet(db, draft, 1000);
    const updated = await updateSnippet(db, snippet.id, { title: '新标题' }, 2000);
    expect(updated).toMatchObject({ title: '新标题', body: draft.body, createdAt: 1000, updatedAt: 2000 });
    await expect(updateSnippet(db, snippet.id, { title: '' })).rejects.toBeInstanceOf(ZodError);
    expect((await db.snippets.get(snippet.id))?.title).toBe('新标题');
    await trashSnippet(db, snippet.id);
    expect(await listLiveSnippets(db)).toEqual([]);
    await restoreSnippet(db, snippet.id);
    await recordSnippetUse(db, snippet.id, 3000);
    expect(await listLiveSnippets(db)).toMatchObject([{ id: snippet.id, useCount: 1, lastUsedAt: 3000 }]);
  });
});

describe('metrics', () => {
  it('keeps names unique, on create and on rename', async () => {
    const db = freshDatabase();
    const first = await createMetric(db, metricDraft);
    await expect(createMetric(db, metricDraft)).rejects.toBeInstanceOf(DuplicateMetricNameError);
    const second = await createMetric(db, { ...metricDraft, name: '入党积极分子' });
    await expect(updateMetric(db, second.id, { name: first.name })).rejects.toBeInstanceOf(DuplicateMetricNameError);
    expect(await db.metrics.count()).toBe(2);
  });

  it('refuses names that would break template syntax', async () => {
    const db = freshDatabase();
    for (const name of ['a{{b', '经费|千分位', '上年@去年', '=合计', '']) {
      await expect(createMetric(db, { ...metricDraft, name })).rejects.toBeInstanceOf(ZodError);
    }
    expect(await db.metrics.count()).toBe(0);
  });

  it('stores one value per period and looks up the right one', async () => {
    const db = freshDatabase();
    const metric = await createMetric(db, metricDraft);
    await setMetricValue(db, metric.id, '2025', 4);
    await setMetricValue(db, metric.id, '2026', 5);
    await setMetricValue(db, metric.id, '2026', 6);
    await expect(setMetricValue(db, metric.id, '2026-13', 1)).rejects.toBeInstanceOf(ZodError);
    await expect(setMetricValue(db, metric.id, '2026', Number.NaN)).rejects.toBeInstanceOf(ZodError);
    const lookup = slotLookup(await loadMetricStore(db));
    expect(lookup('发展党员', '2025')).toEqual({ kind: 'number', value: 4 });
    expect(lookup('发展党员', '2026')).toEqual({ kind: 'number', value: 6 });
    expect(lookup('发展党员', '2024')).toBeUndefined();
    expect(lookup('没有的指标', '2026')).toBeUndefined();
  });

  it('deletes a metric together with its values and tally entries', async () => {
    const db = freshDatabase();
    const metric = await createMetric(db, { ...metricDraft, kind: 'tally' });
    await addTallyEntry(db, { metricId: metric.id, date: '2026-03-01' });
    await addTallyEntry(db, { metricId: metric.id, date: '2026-04-01', amount: 2, note: '两次' });
    expect(slotLookup(await loadMetricStore(db))('发展党员', '2026')).toEqual({ kind: 'number', value: 3 });
    const deleted = await deleteMetric(db, metric.id);
    expect([await db.metrics.count(), await db.tallyEntries.count(), await db.metricValues.count()]).toEqual([0, 0, 0]);
    await restoreMetric(db, deleted!);
    expect(slotLookup(await loadMetricStore(db))('发展党员', '2026')).toEqual({ kind: 'number', value: 3 });
  });
});

describe('settings', () => {
  it('defaults the period to last year until April, then this year', async () => {
    const db = freshDatabase();
    const period = await currentPeriod(db);
    expect(period).toMatch(/^\d{4}$/);
    await writeSetting(db, 'currentPeriod', '2025-H2');
    expect(await currentPeriod(db)).toBe('2025-H2');
    await expect(writeSetting(db, 'currentPeriod', 'last year')).rejects.toBeInstanceOf(ZodError);
  });
});

describe('values typed in the fill form', () => {
  it('go to existing metrics or new ones, in one go', async () => {
    const db = freshDatabase();
    await createMetric(db, metricDraft);
    await saveTypedValues(db, [
      { name: '发展党员', period: '2026', value: 8 },
      { name: '新指标', period: '2026', value: 3.5 },
      { name: '示范社区', period: '2026', value: '东湖社区' },
    ]);
    const store = await loadMetricStore(db);
    expect(store.metrics.map((m) => [m.name, m.kind]).sort()).toEqual([['发展党员', 'value'], ['新指标', 'value'], ['示范社区', 'text']].sort());
    const lookup = slotLookup(store);
    expect([lookup('发展党员', '2026'), lookup('新指标', '2026'), lookup('示范社区', '2026')]).toEqual([
      { kind: 'number', value: 8 },
      { kind: 'number', value: 3.5 },
      { kind: 'text', value: '东湖社区' },
    ]);
  });

  it('write nothing when one of them is invalid', async () => {
    const db = freshDatabase();
    await expect(saveTypedValues(db, [{ name: '好', period: '2026', value: 1 }, { name: '坏{{', period: '2026', value: 2 }])).rejects.toThrow();
    expect([await db.metrics.count(), await db.metricValues.count()]).toEqual([0, 0]);
  });
});
