// One report open: its title and period, the writer's details and 落款, the outline to edit, and
// the full text as it will be inserted or exported, with what is still unfilled marked.
import { i18n } from '#i18n';
import { useState } from 'react';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { localDate } from '../common/localDate.ts';
import { PackNote } from '../common/PackNote.tsx';
import { usePackLock } from '../hooks/usePackLock.ts';
import { copyReportAsOwn, useReport, type ReportRow } from '../hooks/useReports.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { downloadReportDocx, reportFileName } from './exportDocx.ts';
import { InsertSlot } from './InsertSlot.tsx';
import { LineField } from './LineField.tsx';
import { OutlineEditor } from './OutlineEditor.tsx';
import { ReportDetails } from './ReportDetails.tsx';
import { periodText } from './ReportList.tsx';
import { ReportPreview } from './ReportPreview.tsx';
import { ReportProofread } from './ReportProofread.tsx';
import { useReportDocument, type Library } from './useReportDocument.ts';
import { useReportEditing } from './useReportEditing.ts';

interface Props {
  id: string;
  library: Library | undefined;
  onClose: () => void;
  /** Opens another report (the writer's own copy of one taken from a pack). */
  onOpen: (id: string) => void;
}

export function ReportEditor({ id, library, onClose, onOpen }: Props) {
  const row = useReport(id);
  const back = (
    <button className="link" onClick={onClose}>
      {i18n.t('report.backToList')}
    </button>
  );
  if (row === undefined) return <p className="muted">{i18n.t('common.loading')}</p>;
  if (row === null || row.deletedAt !== null) {
    return (
      <>
        {back}
        <p className="empty">{i18n.t('report.gone')}</p>
      </>
    );
  }
  return <OpenReport row={row} library={library} back={back} onOpen={onOpen} />;
}

function OpenReport({ row, library, back, onOpen }: { row: ReportRow; library: Library | undefined; back: React.ReactNode; onOpen: (id: string) => void }) {
  const editing = useReportEditing(row);
  const { report, apply, errorAt } = editing;
  const doc = useReportDocument(library, report);
  const [exportError, setExportError] = useState('');
  const [proofreading, setProofreading] = useState(false);
  // A report taken from a pack follows the pack: it is not edited in place until the writer says so
  // (or edits their own copy), as a snippet from a pack is not. Reading, inserting, exporting and
  // proofreading it stay open.
  const { pack, locked, editAnyway } = usePackLock(row.origin);
  const acting = useWrite();
  const copyAsOwn = () =>
    void acting.run(
      async () => {
        const copy = await copyReportAsOwn(row.id, i18n.t('report.ownCopyTitle', { title: report.title || i18n.t('report.untitled') }).slice(0, 200));
        onOpen(copy.id);
      },
      { didNot: i18n.t('report.notCopied', { title: report.title || i18n.t('report.untitled') }) },
    );

  async function exportWord() {
    if (!doc) return;
    setExportError('');
    try {
      await downloadReportDocx(doc, reportFileName(report.title, report.date ?? localDate(), i18n.t('report.untitled')));
    } catch {
      setExportError(i18n.t('report.exportFailed'));
    }
  }

  return (
    <div className="report-editor">
      <div className="toolbar">{back}</div>
      {locked && (
        <div className="report-pack">
          <PackNote pack={pack} what="report" />
          <div className="actions">
            <button onClick={copyAsOwn}>{i18n.t('report.editOwnCopy')}</button>
            <button onClick={editAnyway}>{i18n.t('report.editInPlace')}</button>
          </div>
          <ErrorLine id={acting.alertId} message={acting.message} />
        </div>
      )}
      {/* A disabled fieldset turns off every control of the title, details and outline at once. */}
      <fieldset className="unframed" disabled={locked}>
        <label className="report-title-field">
          {i18n.t('report.titleLabel')}
          <LineField id="report-title" value={report.title} maxLength={200} onSave={(title) => void apply('title', (r) => ({ ...r, title: title.trim() }))} />
        </label>
        <ErrorLine message={errorAt('title')} />
        <p className="muted">
          {i18n.t('report.periodIs', { period: periodText(report.period) })}
          {doc ? i18n.t('report.wordsTotal', { count: doc.count.total }) : ''}
        </p>
        <ReportDetails editing={editing} />
        <h3>{i18n.t('report.outline')}</h3>
        <OutlineEditor editing={editing} doc={doc} library={library} />
      </fieldset>
      <h3>{i18n.t('report.fullText')}</h3>
      {doc ? (
        <>
          <div className="report-insert-bar">
            <button onClick={() => void exportWord()}>{i18n.t('report.exportWord')}</button>
            <button aria-expanded={proofreading} aria-controls="report-proofread" onClick={() => setProofreading((p) => !p)}>
              {i18n.t(proofreading ? 'report.proof.close' : 'report.proof.open')}
            </button>
            <InsertSlot doc={doc} />
          </div>
          <ErrorLine message={exportError} />
          {proofreading && (
            <div id="report-proofread">
              <ReportProofread doc={doc} editing={editing} library={library} readOnly={locked} />
            </div>
          )}
          <ReportPreview doc={doc} />
        </>
      ) : (
        <p className="muted">{i18n.t('common.loading')}</p>
      )}
    </div>
  );
}
