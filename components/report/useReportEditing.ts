// Every change to the open report goes through here: the domain edit first (a refusal becomes
// words at the place the user acted), then saveReport with the version the edit started from, so
// an edit made meanwhile in another window is refused in words instead of overwritten. Saves run
// one after another, each from the version the one before stored; the screen shows the edit at
// once and goes back to the stored report if the save is refused.
import { i18n } from '#i18n';
import { useCallback, useRef, useState } from 'react';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import type { Report, ReportEdit } from '../../lib/domain/report/index.ts';
import { problemText } from '../common/problemText.ts';
import { failureDetails, failureText } from '../common/writeFailureText.ts';
import { saveReport, type ReportRow } from '../hooks/useReports.ts';

/** A domain edit (which may refuse) or a plain change of fields. */
export type Change = (report: Report) => ReportEdit | Report;

/** Applies `change` where `at` names the place a refusal is shown; resolves to the saved report, or null. */
export type Apply = (at: string, change: Change) => Promise<Report | null>;

export interface ReportEditing {
  /** The report as the screen shows it: the stored one, or an edit being saved. */
  report: Report;
  apply: Apply;
  /** The refusal to show at a place, if any. */
  errorAt: (at: string) => string | null;
  clearError: (at: string) => void;
}

const isEdit = (value: ReportEdit | Report): value is ReportEdit => 'ok' in value;

export function useReportEditing(row: ReportRow): ReportEditing {
  // The last version known stored: the live row, or what this panel's own last save returned.
  const base = useRef<ReportRow>(row);
  if (row.updatedAt > base.current.updatedAt || row.id !== base.current.id) base.current = row;
  const [pending, setPending] = useState<Report | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const setError = useCallback((at: string, message: string | null) => {
    setErrors((all) => {
      if (message === null && !(at in all)) return all;
      const next = { ...all };
      if (message === null) delete next[at];
      else next[at] = message;
      return next;
    });
  }, []);

  const apply = useCallback<Apply>(
    (at, change) => {
      const run = async (): Promise<Report | null> => {
        const from = base.current;
        const result = change(from);
        const edit = isEdit(result) ? result : { ok: true as const, report: result };
        if (!edit.ok) {
          setError(at, problemText(edit.problem));
          return null;
        }
        setPending(edit.report);
        try {
          const saved = await saveReport(edit.report, from.updatedAt);
          base.current = saved;
          setError(at, null);
          return saved;
        } catch (e) {
          setError(at, failureText(writeFailure(e), { didNot: i18n.t('report.notSaved'), details: failureDetails(e) }));
          return null;
        } finally {
          setPending(null);
        }
      };
      const next = queue.current.then(run, run);
      queue.current = next;
      return next;
    },
    [setError],
  );

  const shown = pending ?? (row.updatedAt >= base.current.updatedAt ? row : base.current);
  return { report: shown, apply, errorAt: (at) => errors[at] ?? null, clearError: (at) => setError(at, null) };
}
