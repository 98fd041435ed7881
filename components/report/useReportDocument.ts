// What a report reads as: rendered against the live library, problem sets and metrics, for the
// report's own period and author. Undefined until all three have been read.
import { useMemo } from 'react';
import type { MetricStore } from '../../lib/db/slotLookup.ts';
import { renderReport, type Report, type ReportDocument } from '../../lib/domain/report/index.ts';
import type { ProblemSet, Snippet } from '../../lib/domain/schemas.ts';
import { useMetricStore, useProblemSets } from '../hooks/useLibrary.ts';
import { useSnippets } from '../hooks/usePanelDatabase.ts';
import { reportResolver } from './resolver.ts';

export interface Library {
  snippets: Snippet[];
  sets: ProblemSet[];
  store: MetricStore;
}

export function useLibrary(): Library | undefined {
  const snippets = useSnippets();
  const sets = useProblemSets();
  const store = useMetricStore();
  return useMemo(() => (snippets && sets && store ? { snippets, sets, store } : undefined), [snippets, sets, store]);
}

export const renderWith = (library: Library, report: Report): ReportDocument =>
  renderReport(report, reportResolver({ ...library, period: report.period, author: report.author }));

export function useReportDocument(library: Library | undefined, report: Report): ReportDocument | undefined {
  return useMemo(() => (library ? renderWith(library, report) : undefined), [library, report]);
}
