// The report's full text as the document will read: title, numbered headings, paragraphs, 落款 and
// date. Unfilled slots are marked where they stand and counted at the top; a snippet or problem
// set the report still names but the library no longer holds is shown as a warning in its place.
import { i18n } from '#i18n';
import { documentLines, reportGaps, type ReportDocument, type ReportLine } from '../../lib/domain/report/index.ts';

/** The paragraph's text with each 【名称】 still unfilled marked. */
function Marked({ text, missing }: { text: string; missing: readonly string[] }) {
  if (missing.length === 0) return <>{text}</>;
  const markers = missing.map((name) => `【${name}】`);
  const pattern = new RegExp(`(${markers.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
  return (
    <>
      {text.split(pattern).map((piece, i) =>
        markers.includes(piece) ? (
          <mark key={i} className="slot-missing" title={i18n.t('preview.missing')}>
            {piece}
          </mark>
        ) : (
          <span key={i}>{piece}</span>
        ),
      )}
    </>
  );
}

function Line({ line }: { line: ReportLine }) {
  switch (line.kind) {
    case 'title':
      return <p className="report-line-title">{line.text}</p>;
    case 'heading':
      return (
        <p className={`report-line-heading level-${line.level}`}>
          {line.text}
          {line.heading.trim() === '' && <mark className="slot-missing">{i18n.t('report.headingEmptyMark')}</mark>}
        </p>
      );
    case 'paragraph':
      return (
        <p>
          <Marked text={line.text} missing={line.missing} />
        </p>
      );
    case 'unresolved':
      return <p className="warning report-line-unresolved">{i18n.t(line.block.kind === 'snippet' ? 'report.snippetGone' : 'report.problemSetGone')}</p>;
    case 'signature':
    case 'date':
      return <p className="report-line-end">{line.text}</p>;
  }
}

export function ReportPreview({ doc }: { doc: ReportDocument }) {
  const gone = doc.lines.filter((l) => l.kind === 'unresolved').length;
  const gaps = reportGaps(doc);
  const lacking = doc.missing.length > 0 || gone > 0 || gaps.emptyHeadings.length > 0 || gaps.emptyParts.length > 0;
  return (
    <>
      <p className={lacking ? 'warning report-unfilled' : 'muted report-unfilled'} role="status">
        {doc.missing.length > 0 ? i18n.t('report.unfilled', { count: doc.missing.length, names: doc.missing.join(i18n.t('common.enumSeparator')) }) : i18n.t('report.allFilled')}
        {gone > 0 ? i18n.t('report.goneCount', { count: gone }) : ''}
        {gaps.emptyHeadings.length > 0 ? i18n.t('report.emptyHeadings', { count: gaps.emptyHeadings.length }) : ''}
        {gaps.emptyParts.length > 0 ? i18n.t('report.emptyParts', { count: gaps.emptyParts.length }) : ''}
        {gaps.noDate ? i18n.t('report.noDate') : ''}
      </p>
      <div className="preview report-preview" aria-label={i18n.t('report.previewLabel')}>
        {documentLines(doc.lines).map((line, i) => (
          <Line key={i} line={line} />
        ))}
      </div>
    </>
  );
}
