// What a report reads as: rendered against the live library, problem sets and metrics, for the
// report's own period and author. Undefined until all three have been read. The metric lookup is
// built once per change to the metrics, so an edit of the report only renders it again.
import { useMemo } from 'react';
import { slotLookup, type MetricStore } from '../../lib/db/slotLookup.ts';
import type { MetricLookup } from '../../lib/domain/metrics/index.ts';
import { renderReport, type Report, type ReportDocument } from '../../lib/domain/report/index.ts';
import type { ProblemSet, Snippet } from '../../lib/domain/schemas.ts';
import { useMetricStore, useProblemSets } from '../hooks/useLibrary.ts';
import { useSnippets } from '../hooks/usePanelDatabase.ts';
import { reportResolver } from './resolver.ts';

export interface Library {
  snippets: Snippet[];
  sets: ProblemSet[];
  store: MetricStore;
  lookup: MetricLookup;
}

export function useLibrary(): Library | undefined {
  const snippets = useSnippets();
  const sets = useProblemSets();
  const store = useMetricStore();
  const lookup = useMemo(() => store && slotLookup(store), [store]);
  return useMemo(() => (snippets && sets && store && lookup ? { snippets, sets, store, lookup } : undefined), [snippets, sets, store, lookup]);
}

export const renderWith = (library: Library, report: Report): ReportDocument =>
  renderReport(report, reportResolver({ ...library, period: report.period, author: report.author }));

export function useReportDocument(library: Library | undefined, report: Report): ReportDocument | undefined {
  return useMemo(() => (library ? renderWith(library, report) : undefined), [library, report]);
}
