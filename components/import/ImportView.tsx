// 导入: an old report (file or pasted text) → progress → a preview of proposed snippets, removed
// advertising lines and detected slots, all editable → 导入 writes the chosen ones at once.
import { useRef, useState } from 'react';
import { useStatus } from '../Status.tsx';
import { ImportCancelled, ImportFileError, runImport, type ImportOptions, type ImportOutcome, type ImportPreview, type ImportProgress, type ImportSource } from '../hooks/useImport.ts';
import { ImportPreviewPanel } from './ImportPreviewPanel.tsx';
import './import.css';

type Stage =
  | { kind: 'choose' }
  | { kind: 'parsing'; progress: ImportProgress; controller: AbortController }
  | { kind: 'preview'; preview: ImportPreview; source: ImportSource; options: ImportOptions; generation: number };

export interface ImportViewProps {
  /** Called after snippets were written, e.g. to switch to the snippet list. */
  onImported?: (outcome: ImportOutcome) => void;
}

export function ImportView({ onImported }: ImportViewProps = {}) {
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [pasted, setPasted] = useState('');
  const [numbers, setNumbers] = useState(false);
  const [error, setError] = useState('');
  const generation = useRef(0);
  const show = useStatus();

  async function start(source: ImportSource, options: ImportOptions) {
    const controller = new AbortController();
    setError('');
    setStage({ kind: 'parsing', progress: { percent: 0, stage: '正在准备…' }, controller });
    try {
      const preview = await runImport(source, options, (progress) => setStage((s) => (s.kind === 'parsing' && s.controller === controller ? { ...s, progress } : s)), controller.signal);
      if (preview.proposals.length === 0) {
        setError('没有识别出可以导入的段落。请检查文件内容，或直接粘贴正文。');
        setStage({ kind: 'choose' });
        return;
      }
      setStage({ kind: 'preview', preview, source, options, generation: ++generation.current });
    } catch (e) {
      if (e instanceof ImportCancelled) {
        setStage({ kind: 'choose' });
        return;
      }
      setError(`${e instanceof ImportFileError ? e.message : `无法识别：${e instanceof Error ? e.message : String(e)}`} 片段库没有任何改动。`);
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
      <section className="import-view" aria-label="导入旧材料">
        <h2>正在识别…</h2>
        <progress aria-label="识别进度" max={100} value={stage.progress.percent} />
        <p aria-live="polite">
          {stage.progress.stage}（{stage.progress.percent}%）
        </p>
        <button onClick={() => stage.controller.abort()}>取消</button>
      </section>
    );
  }

  if (stage.kind === 'preview') {
    return (
      <ImportPreviewPanel
        key={stage.generation}
        preview={stage.preview}
        numbers={stage.options.numbersToSlots ?? false}
        onKeepLine={(lineNo) => void start(stage.source, { ...stage.options, keepLines: [...(stage.options.keepLines ?? []), lineNo] })}
        onCancel={() => setStage({ kind: 'choose' })}
        onImported={(outcome, undo) => {
          const made = outcome.createdMetricIds.length;
          const reused = outcome.reusedMetricNames.length;
          show(`已导入 ${outcome.snippetIds.length} 段${made ? `，新建 ${made} 个指标` : ''}${reused ? `，${reused} 个空位用了已有指标` : ''}。`, 'success', { label: '撤销导入', run: () => void undo() });
          setPasted('');
          setStage({ kind: 'choose' });
          onImported?.(outcome);
        }}
      />
    );
  }

  return (
    <section className="import-view" aria-label="导入旧材料">
      <h2>导入旧材料</h2>
      <p className="muted">把以前的述职报告、总结或买来的范文导入，自动拆成片段，把 X 和数字变成可填的空位。导入前可以逐段检查和修改。</p>
      <label>
        选择文件（.txt、.docx 或网页 .htm）
        <input type="file" accept=".txt,.text,.docx,.htm,.html,text/plain,text/html,application/vnd.openxmlformats-officedocument.wordprocessingml.document" onChange={(e) => void chooseFile(e.currentTarget)} />
      </label>
      <label>
        或者粘贴正文
        <textarea rows={6} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="把报告全文粘贴到这里" />
      </label>
      <label className="inline">
        <input type="checkbox" checked={numbers} onChange={(e) => setNumbers(e.target.checked)} />
        把文中的具体数字也变成空位（适合导入往年的定稿）
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="primary" disabled={pasted.trim() === ''} onClick={() => void start({ kind: 'text', text: pasted }, { numbersToSlots: numbers })}>
          识别粘贴的文字
        </button>
      </div>
    </section>
  );
}
