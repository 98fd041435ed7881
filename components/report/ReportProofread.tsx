// 校对全文: the whole report as it reads (title, numbered headings, every paragraph, 落款 and date)
// proofread at once, so the 层次序数 rules see the real numbering; the findings listed under the
// part they are in, each with 转到 (the field where its words are kept, opened and selected).
// 改正 is offered only where the words belong to this report and read as written (the title, a
// heading's words, free text): a snippet is shared with every report and the library, so a finding
// in one says so and points at it instead of changing it from here.
import { i18n } from '#i18n';
import { useMemo } from 'react';
import type { Finding } from '../../lib/domain/proofread/index.ts';
import { canFixInReport, fixInReport, lineOf, reportProofText, storedSpan, undoFixes, type Report, type ReportDocument, type ReportProofText, type TextLine } from '../../lib/domain/report/index.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { ProofreadFindings } from '../proofread/ProofreadFindings.tsx';
import { blockName, blocksIn, containerKey } from './blockPlace.ts';
import type { Library } from './useReportDocument.ts';
import type { ReportEditing } from './useReportEditing.ts';

interface Props {
  doc: ReportDocument;
  editing: ReportEditing;
  library: Library | undefined;
  /** A report that follows a pack and is not being edited: its findings are shown, not fixed here. */
  readOnly?: boolean;
}

/** The id of the field or item that holds a line's words (see BlockList, PartItem, ReportDetails). */
function fieldId(line: TextLine): string {
  switch (line.kind) {
    case 'title':
      return 'report-title';
    case 'heading':
      return `heading-${line.partId}`;
    case 'paragraph':
      return line.from ? `blocks:${containerKey(line.from.in)}-${line.from.block}` : 'report-signature';
    case 'signature':
      return 'report-signature';
    case 'date':
      return 'report-date';
  }
}

/** Opens what folds the field away, brings it into view and puts the caret on the finding. */
function goTo(id: string, span: { start: number; end: number } | null) {
  const field = document.getElementById(id);
  if (!field) return;
  for (let box = field.parentElement; box; box = box.parentElement) if (box instanceof HTMLDetailsElement) box.open = true;
  field.scrollIntoView({ block: 'center' });
  field.focus();
  if (span && (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) field.setSelectionRange(span.start, span.end);
}

export function ReportProofread({ doc, editing, library, readOnly = false }: Props) {
  const { report, apply, errorAt } = editing;
  const show = useStatus();
  const proof: ReportProofText = useMemo(() => reportProofText(doc), [doc]);
  const known = useMemo(() => doc.missing.map((name) => `【${name}】`), [doc.missing]);
  const headings = useMemo(() => new Map(doc.lines.flatMap((l) => (l.kind === 'heading' ? [[l.partId, l.text] as const] : []))), [doc.lines]);

  const groupOf = (f: Finding): string => {
    const line = lineOf(proof, f)?.line;
    if (!line || line.kind === 'signature' || line.kind === 'date') return i18n.t('report.proof.end');
    if (line.kind === 'title') return i18n.t('report.titleLabel');
    if (line.kind === 'heading') return line.text;
    const from = line.from?.in;
    if (from === 'opening') return i18n.t('report.opening');
    if (from === 'closing') return i18n.t('report.closing');
    return (line.partId && headings.get(line.partId)) || '';
  };

  /** Where the words are kept, when that is not plain to see: a snippet, fill-ins, the number. */
  const where = (f: Finding): string | null => {
    const line = lineOf(proof, f)?.line;
    if (!line) return null;
    if (line.kind === 'heading') return f.start - lineOf(proof, f)!.start < line.marker.length ? i18n.t('report.proof.inNumber') : null;
    if (line.kind === 'signature' || line.kind === 'date') return i18n.t('report.proof.inDetails');
    if (line.kind !== 'paragraph' || !line.from) return null;
    const block = blocksIn(report, line.from.in)[line.from.block];
    if (!block) return null;
    if (block.kind === 'text') return f.fix !== undefined && !canFixInReport(report, proof, f) ? i18n.t('report.proof.inFills') : null;
    return i18n.t(block.kind === 'snippet' ? 'report.proof.inSnippet' : 'report.proof.inProblemSet', { title: blockName(block, library) });
  };

  const aside = (f: Finding) => {
    const line = lineOf(proof, f)?.line;
    if (!line) return null;
    const note = where(f);
    return (
      <p className="proofread-where small">
        {note && <span>{note} </span>}
        <button className="link" onClick={() => goTo(fieldId(line), storedSpan(report, proof, f))}>
          {i18n.t('report.proof.goTo')}
        </button>
      </p>
    );
  };

  const fix = (findings: Finding[]) => {
    // What the fix started from, so 撤销 can put back the places it changed (and only those).
    let before: Report | null = null;
    void apply('proofread', (r) => {
      before = r;
      return fixInReport(r, report, proof, findings);
    }).then((fixed) => {
      const was = before;
      if (!fixed || !was) return;
      show(i18n.t('report.proof.fixed', { count: findings.length }), 'success', { label: i18n.t('common.undo'), run: () => void apply('proofread', (now) => undoFixes(now, was, fixed)) });
    });
  };

  return (
    <div className="report-proofread">
      <p className="muted small">{i18n.t('report.proof.hint')}</p>
      <ErrorLine message={errorAt('proofread')} />
      <ProofreadFindings text={proof.text} known={known} onFix={fix} groupOf={groupOf} canFix={(f) => !readOnly && canFixInReport(report, proof, f)} aside={aside} />
    </div>
  );
}
