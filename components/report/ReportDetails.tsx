// The writer (单位, 姓名, 职务: kept once for every report, and answering {{单位}} {{姓名}} {{职务}}
// in snippets), the report's 落款 lines and its 成文日期.
import { i18n } from '#i18n';
import { useEffect, useState, type FormEvent } from 'react';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import type { ReportAuthor } from '../../lib/domain/report/index.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { failureDetails, failureText } from '../common/writeFailureText.ts';
import { saveAuthorProfile, useAuthorProfile } from '../hooks/useReports.ts';
import type { ReportEditing } from './useReportEditing.ts';

const FIELDS = ['unit', 'name', 'post'] as const;
const MAX_SIGNATURE_LINES = 5;

/** The 落款 follows the details it was made of: a line that read the old 单位 or 姓名 reads the new one. */
function followAuthor(lines: readonly string[], before: ReportAuthor, after: ReportAuthor): string[] {
  return lines.map((line) => FIELDS.reduce((text, key) => (before[key] && text === before[key] ? after[key] : text), line)).filter((l) => l.trim() !== '');
}

export function ReportDetails({ editing }: { editing: ReportEditing }) {
  const { report, apply, errorAt } = editing;
  const profile = useAuthorProfile();
  const [author, setAuthor] = useState<ReportAuthor>(report.author);
  const [authorError, setAuthorError] = useState('');
  const [signature, setSignature] = useState(report.signature.join('\n'));
  useEffect(() => setSignature(report.signature.join('\n')), [report.signature]);
  // The profile kept in settings is the one the form edits; the report's own copy until it is read.
  useEffect(() => {
    if (profile) setAuthor(profile);
  }, [profile]);

  async function saveAuthor(e: FormEvent) {
    e.preventDefault();
    setAuthorError('');
    try {
      const saved = await saveAuthorProfile(author);
      await apply('author', (r) => ({ ...r, author: saved, signature: followAuthor(r.signature, r.author, saved) }));
    } catch (error) {
      setAuthorError(failureText(writeFailure(error), { didNot: i18n.t('report.authorNotSaved'), details: failureDetails(error) }));
    }
  }

  const saveSignature = () => {
    const lines = signature.split('\n').map((l) => l.trim()).filter((l) => l !== '').slice(0, MAX_SIGNATURE_LINES);
    if (lines.join('\n') !== report.signature.join('\n')) void apply('signature', (r) => ({ ...r, signature: lines }));
  };

  return (
    <details className="report-details">
      <summary>{i18n.t('report.details')}</summary>
      <form onSubmit={(e) => void saveAuthor(e)} aria-label={i18n.t('report.author')}>
        <p className="muted">{i18n.t('report.authorHint')}</p>
        {FIELDS.map((key) => (
          <label key={key}>
            {i18n.t(`report.authorFields.${key}`)}
            <input value={author[key]} maxLength={100} onChange={(e) => setAuthor((a) => ({ ...a, [key]: e.target.value }))} />
          </label>
        ))}
        <div className="actions">
          <button type="submit">{i18n.t('report.saveAuthor')}</button>
        </div>
        <ErrorLine message={authorError || errorAt('author')} />
      </form>
      <label>
        {i18n.t('report.signature')}
        <textarea id="report-signature" rows={2} value={signature} onChange={(e) => setSignature(e.target.value)} onBlur={saveSignature} />
      </label>
      <p className="muted">{i18n.t('report.signatureHint', { max: MAX_SIGNATURE_LINES })}</p>
      <ErrorLine message={errorAt('signature')} />
      <label>
        {i18n.t('report.date')}
        <input
          id="report-date"
          type="date"
          value={report.date ?? ''}
          onChange={(e) => {
            // Read now: the save may wait for the one before it, and the field shows the stored date until then.
            const date = e.target.value || null;
            void apply('date', (r) => ({ ...r, date }));
          }}
        />
      </label>
      <ErrorLine message={errorAt('date')} />
    </details>
  );
}
