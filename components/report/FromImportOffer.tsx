// Shown in 导入 once an old report's paragraphs are saved as snippets: make a report of it, with
// its headings as the outline and each snippet under the heading it stood under.
import { i18n } from '#i18n';
import { useState } from 'react';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import type { ImportedReport } from '../../lib/domain/report/index.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { failureDetails, failureText } from '../common/writeFailureText.ts';
import { createReportFromImport } from '../hooks/useReports.ts';

interface Props {
  imported: ImportedReport;
  /** The old report's name, as the writer knows it. */
  name: string;
  onMade: (reportId: string) => void;
}

export function FromImportOffer({ imported, name, onMade }: Props) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function make() {
    setError('');
    setBusy(true);
    try {
      const row = await createReportFromImport(imported);
      onMade(row.id);
    } catch (e) {
      setError(failureText(writeFailure(e), { didNot: i18n.t('report.fromImportFailed'), details: failureDetails(e) }));
    } finally {
      setBusy(false);
    }
  }
  return (
    <fieldset className="from-import">
      <legend>{i18n.t('report.fromImport')}</legend>
      <p>{i18n.t('report.fromImportHint', { title: name })}</p>
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void make()}>
          {i18n.t('report.fromImport')}
        </button>
      </div>
      <ErrorLine message={error} />
    </fieldset>
  );
}
