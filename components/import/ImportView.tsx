// 导入: an old report (file or pasted text) → progress → a preview of proposed snippets, removed
// advertising lines and detected slots, all editable → 导入 writes the chosen ones at once.
import { i18n } from '#i18n';
import { useRef, useState } from 'react';
import { useStatus } from '../app/Status.tsx';
import { problemText } from '../common/problemText.ts';
import { ImportCancelled, importFailure, runImport, type ImportOptions, type ImportOutcome, type ImportPreview, type ImportProgress, type ImportSource } from '../hooks/useImport.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { ImportPreviewPanel } from './ImportPreviewPanel.tsx';
import { FromImportOffer } from '../report/FromImportOffer.tsx';
import type { ImportedReport } from '../../lib/domain/report/index.ts';
import { stageText } from './stageText.ts';
import './import.css';

type Stage =
  | { kind: 'choose' }
  | { kind: 'parsing'; progress: ImportProgress; controller: AbortController }
  | { kind: 'preview'; preview: ImportPreview; source: ImportSource; options: ImportOptions; generation: number };

export interface ImportViewProps {
  /** Called after snippets were written, e.g. to switch to the snippet list. */
  onImported?: (outcome: ImportOutcome) => void;
  /** Opens a report made from the import (in 报告). */
  onOpenReport?: (id: string) => void;
}

export function ImportView({ onImported, onOpenReport }: ImportViewProps = {}) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [pasted, setPasted] = useState('');
  const [numbers, setNumbers] = useState(false);
  const [error, setError] = useState('');
  const generation = useRef(0);
  /** The last import saved, which can still be made into a report (until it is undone). */
  const [made, setMade] = useState<{ name: string; report: ImportedReport } | null>(null);
  const show = useStatus();

  async function start(source: ImportSource, options: ImportOptions) {
    const controller = new AbortController();
    setError('');
    setStage({ kind: 'parsing', progress: { percent: 0, stage: 'preparing' }, controller });
    try {
      const preview = await runImport(source, options, (progress) => setStage((s) => (s.kind === 'parsing' && s.controller === controller ? { ...s, progress } : s)), controller.signal);
      if (preview.proposals.length === 0) {
        setError(i18n.t('import.nothingFound'));
        setStage({ kind: 'choose' });
        return;
      }
      setStage({ kind: 'preview', preview, source, options, generation: ++generation.current });
    } catch (e) {
      if (e instanceof ImportCancelled) {
        setStage({ kind: 'choose' });
        return;
      }
      setError(i18n.t('import.unchanged', { error: problemText(importFailure(e).problem) }));
      setStage({ kind: 'choose' });
    }
  }

  async function chooseFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = ''; // the same file can be chosen again
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    await start({ kind: 'file', name: file.name, bytes }, { numbersToSlots: numbers });
  }

  if (stage.kind === 'parsing') {
    return (
      <section className="import-view" aria-label={i18n.t('import.title')}>
        <h2>{i18n.t('import.parsing')}</h2>
        <progress aria-label={i18n.t('import.progressLabel')} max={100} value={stage.progress.percent} />
        <p aria-live="polite">{i18n.t('import.progress', { stage: stageText(stage.progress.stage), percent: stage.progress.percent })}</p>
        <button onClick={() => stage.controller.abort()}>{i18n.t('common.cancel')}</button>
      </section>
    );
  }

  if (stage.kind === 'preview') {
    return (
      <ImportPreviewPanel
        key={stage.generation}
        preview={stage.preview}
        numbers={stage.options.numbersToSlots ?? false}
        onKeepLine={(lineNo) => void start(stage.source, { ...stage.options, keepLines: [...(stage.options.keepLines ?? []), lineNo], dropLines: (stage.options.dropLines ?? []).filter((n) => n !== lineNo) })}
        onDropLine={(lineNo) => void start(stage.source, { ...stage.options, dropLines: [...(stage.options.dropLines ?? []), lineNo], keepLines: (stage.options.keepLines ?? []).filter((n) => n !== lineNo) })}
        onCancel={() => setStage({ kind: 'choose' })}
        onImported={(outcome, undo, picked) => {
          const created = outcome.createdMetricIds.length;
          const reused = outcome.reusedMetricNames.length;
          const details = (created ? i18n.t('import.newMetrics', created) : '') + (reused ? i18n.t('import.reusedMetrics', reused) : '');
          const { preview } = stage;
          const report: ImportedReport = {
            title: preview.title,
            headings: preview.headings,
            snippets: outcome.snippetIds.map((snippetId, k) => ({ snippetId, place: preview.proposals[picked[k]!]!.place })),
          };
          setMade({ name: preview.title ?? preview.sourceName ?? i18n.t('import.pastedName'), report });
          show(i18n.t('import.imported', outcome.snippetIds.length, { details }), 'success', {
            label: i18n.t('import.undo'),
            run: () => {
              setMade(null);
              void undo();
            },
          });
          setPasted('');
          setStage({ kind: 'choose' });
          onImported?.(outcome);
        }}
      />
    );
  }

  return (
    <section className="import-view" aria-label={i18n.t('import.title')}>
      {made && onOpenReport && (
        <FromImportOffer
          name={made.name}
          imported={made.report}
          onMade={(id) => {
            setMade(null);
            onOpenReport(id);
          }}
        />
      )}
      <h2>{i18n.t('import.title')}</h2>
      <p className="muted">{i18n.t('import.intro')}</p>
      <label>
        {i18n.t('import.chooseFile')}
        <input type="file" accept=".txt,.text,.docx,.htm,.html,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(e) => void chooseFile(e.currentTarget)} />
      </label>
      <label>
        {i18n.t('import.paste')}
        <textarea rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder={i18n.t('import.pastePlaceholder')} />
      </label>
      <label className="inline">
        <input type="checkbox" checked={numbers} onChange={(e) => setNumbers(e.target.checked)} />
        {i18n.t('import.numbersToSlots')}
      </label>
      <ErrorLine message={error} />
      <div className="actions">
        <button className="primary" disabled={pasted.trim() === ''} onClick={() => void start({ kind: 'text', text: pasted }, { numbersToSlots: numbers })}>
          {i18n.t('import.parsePasted')}
        </button>
      </div>
    </section>
  );
}
