// The writer's reports, newest edit first, each with its period and 字数; new ones from the
// built-in outlines; a copy for the next period; 删除 to the 回收站 (with 撤销 at once).
import { i18n } from '#i18n';
import { useState } from 'react';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import { parsePeriod, periodLabel } from '../../lib/domain/period.ts';
import { OUTLINE_KINDS, type OutlineKind } from '../../lib/domain/report/index.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { failureDetails, failureText } from '../common/writeFailureText.ts';
import { copyReportForNextPeriod, createReportFromOutline, restoreReport, trashReport, useReports, type ReportRow } from '../hooks/useReports.ts';
import { renderWith, type Library } from './useReportDocument.ts';

interface Props {
  library: Library | undefined;
  onOpen: (id: string) => void;
}

export const periodText = (key: string) => {
  const period = parsePeriod(key);
  return period ? periodLabel(period) : key;
};

export function ReportList({ library, onOpen }: Props) {
  const reports = useReports();
  const show = useStatus();
  const [error, setError] = useState<{ at: string; message: string } | null>(null);

  async function run(at: string, didNot: string, action: () => Promise<void>) {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError({ at, message: failureText(writeFailure(e), { didNot, details: failureDetails(e) }) });
    }
  }

  const create = (kind: OutlineKind) =>
    run('new', i18n.t('report.notCreated'), async () => {
      const row = await createReportFromOutline(kind);
      onOpen(row.id);
    });
  const copy = (r: ReportRow) =>
    run(r.id, i18n.t('report.notCopied', { title: r.title }), async () => {
      const row = await copyReportForNextPeriod(r.id);
      show(i18n.t('report.copied', { title: row.title, period: periodText(row.period) }), 'success');
    });
  const remove = (r: ReportRow) =>
    run(r.id, i18n.t('report.notDeleted', { title: r.title }), async () => {
      await trashReport(r.id);
      show(i18n.t('report.trashed', { title: r.title }), 'success', { label: i18n.t('common.undo'), run: () => void restoreReport(r.id) });
    });

  return (
    <>
      <h2>{i18n.t('report.title')}</h2>
      {!reports ? (
        <p className="muted">{i18n.t('common.loading')}</p>
      ) : reports.length === 0 ? (
        <p className="empty">{i18n.t('report.none')}</p>
      ) : (
        <ul className="report-list" aria-label={i18n.t('report.list')}>
          {reports.map((r) => (
            <li key={r.id}>
              <ReportOpen title={r.title || i18n.t('report.untitled')} about={`${periodText(r.period)}${library ? i18n.t('report.wordsShort', { count: renderWith(library, r).count.total }) : ''}`} onOpen={() => onOpen(r.id)} />
              <span className="row-actions">
                <button onClick={() => void copy(r)} aria-label={i18n.t('report.copyNamed', { title: r.title })}>
                  {i18n.t('report.copyNext')}
                </button>
                <button className="danger" onClick={() => void remove(r)} aria-label={i18n.t('report.deleteNamed', { title: r.title })}>
                  {i18n.t('common.delete')}
                </button>
              </span>
              {error?.at === r.id && <ErrorLine message={error.message} />}
            </li>
          ))}
        </ul>
      )}
      <fieldset className="report-new">
        <legend>{i18n.t('report.newFrom')}</legend>
        <div className="actions">
          {OUTLINE_KINDS.map((kind) => (
            <button key={kind} onClick={() => void create(kind)}>
              {i18n.t(`report.outlines.${kind}`)}
            </button>
          ))}
        </div>
        <p className="muted">{i18n.t('report.newHint')}</p>
        {error?.at === 'new' && <ErrorLine message={error.message} />}
      </fieldset>
    </>
  );
}

/** A report in the list: its title, and under it the period and length. Its name holds every word
 * it shows (打开「…」 then the rest), so a reader who says what they see finds it by voice too. */
function ReportOpen({ title, about, onOpen }: { title: string; about: string; onOpen: () => void }) {
  return (
    <button className="report-open" onClick={onOpen} aria-label={`${i18n.t('report.openNamed', { title })} ${about}`}>
      <span className="report-title">{title}</span>
      <span className="muted">{about}</span>
    </button>
  );
}
