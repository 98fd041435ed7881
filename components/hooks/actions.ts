// The UI's writes, each one call into a repository of lib/db on the extension's database.
import { database } from '../../lib/db/database.ts';
import * as fillIns from '../../lib/db/fillIns.ts';
import * as metrics from '../../lib/db/metrics.ts';
import * as problemSets from '../../lib/db/problemSets.ts';
import { writeSetting, type FontSize } from '../../lib/db/settings.ts';
import * as snippets from '../../lib/db/snippets.ts';

const db = () => database();

export const saveNewSnippet = (draft: snippets.SnippetDraft) => snippets.createSnippet(db(), draft);
export const saveSnippet = (id: string, changes: Partial<snippets.SnippetDraft>, options?: snippets.UpdateOptions) =>
  snippets.updateSnippet(db(), id, changes, options);
export const trashSnippet = (id: string) => snippets.trashSnippet(db(), id);
export const restoreSnippet = (id: string) => snippets.restoreSnippet(db(), id);
export const recordSnippetUse = (id: string) => snippets.recordSnippetUse(db(), id);
export const rememberChoices = (id: string, choices: Record<string, string>) => fillIns.rememberChoices(db(), id, choices);

export const saveNewMetric = (draft: metrics.MetricDraft) => metrics.createMetric(db(), draft);
export const saveMetric = (id: string, changes: Partial<metrics.MetricDraft>) => metrics.updateMetric(db(), id, changes);
export const deleteMetric = (id: string) => metrics.deleteMetric(db(), id);
export const restoreMetric = (deleted: metrics.DeletedMetric) => metrics.restoreMetric(db(), deleted);
export const setMetricValue = (metricId: string, period: string, value: number | string) => metrics.setMetricValue(db(), metricId, period, value);
export const clearMetricValue = (metricId: string, period: string) => metrics.clearMetricValue(db(), metricId, period);
export const addTally = (metricId: string, date: string, amount = 1, note = '') => metrics.addTallyEntry(db(), { metricId, date, amount, note });

export const setCurrentPeriod = (period: string) => writeSetting(db(), 'currentPeriod', period);
export const saveTypedValues = (entries: { name: string; period: string; value: number | string }[]) => metrics.saveTypedValues(db(), entries);
export const updateTallyEntry = (id: string, changes: { date?: string; amount?: number; note?: string }) => metrics.updateTallyEntry(db(), id, changes);
export const deleteTallyEntry = (id: string) => metrics.deleteTallyEntry(db(), id);
export const restoreTallyEntry = (entry: Parameters<typeof metrics.restoreTallyEntry>[1]) => metrics.restoreTallyEntry(db(), entry);
export const saveProblemSet = (problemId: string, changes: problemSets.ProblemSetChanges) => problemSets.saveProblemSet(db(), problemId, changes);
export const setSnippetOrder = (order: string[]) => writeSetting(db(), 'snippetOrder', order);
export const setFontSize = (size: FontSize) => writeSetting(db(), 'fontSize', size);
export const setGuideClosed = (closed: boolean) => writeSetting(db(), 'guideClosed', closed);
export const setInsertFormat = (format: 'rich' | 'plain') => writeSetting(db(), 'insertFormat', format);
export const setInsertIndent = (indent: boolean) => writeSetting(db(), 'insertIndent', indent);
