// 备份: save the whole library to a file; restore one (merge or replace, with a preview); share a
// folder as a library pack and take in a colleague's pack without overwriting anything.
import { useState } from 'react';
import { useStatus } from '../Status.tsx';
import {
  importPackWithUndo,
  makeBackup,
  makePack,
  previewBackup,
  previewPackImport,
  readBackupOrPack,
  restoreWithUndo,
  TABLE_LABELS,
  TABLE_NAMES,
  useFolders,
  useLibraryCounts,
  type BackupFile,
  type PackConflictChoice,
  type PackFile,
  type PackPreview,
  type RestoreMode,
  type RestorePreview,
} from '../hooks/useBackup.ts';
import { downloadText } from './download.ts';
import '../import/import.css';

type Opened =
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'backup'; name: string; file: BackupFile; preview: RestorePreview }
  | { kind: 'pack'; name: string; file: PackFile; preview: PackPreview };

const formatDate = (ms: number) => {
  const d = new Date(ms);
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

export function BackupView() {
  const counts = useLibraryCounts();
  const folders = useFolders();
  const show = useStatus();
  const [opened, setOpened] = useState<Opened>({ kind: 'none' });
  const [packFolder, setPackFolder] = useState('');
  const [packValues, setPackValues] = useState(false);
  const [busy, setBusy] = useState(false);

  async function exportAll() {
    setBusy(true);
    try {
      const { json, fileName } = await makeBackup();
      downloadText(json, fileName);
      show(`已导出备份“${fileName}”。请把它存到安全的地方。`, 'success');
    } catch (e) {
      show(`导出失败：${e instanceof Error ? e.message : String(e)}`, 'error');
    } finally {
      setBusy(false);
    }
  }

  async function exportPackFile() {
    setBusy(true);
    try {
      const { json, fileName, snippets } = await makePack(packFolder, packValues);
      downloadText(json, fileName);
      show(`已导出资料包“${fileName}”（${snippets} 个片段）。`, 'success');
    } finally {
      setBusy(false);
    }
  }

  async function open(input: HTMLInputElement) {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const read = readBackupOrPack(await file.text());
    if (!read.ok) return setOpened({ kind: 'error', message: `“${file.name}”不能使用：${read.error.message}` });
    if (read.value.kind === 'backup') setOpened({ kind: 'backup', name: file.name, file: read.value.file, preview: await previewBackup(read.value.file) });
    else setOpened({ kind: 'pack', name: file.name, file: read.value.file, preview: await previewPackImport(read.value.file) });
  }

  return (
    <section className="backup-view" aria-label="备份与恢复">
      <h2>备份全部资料</h2>
      <p className="muted">所有片段、指标、数值、记录、回收站和历史版本存成一个文件。换电脑或重装浏览器后，用它恢复。资料只保存在本机，请定期备份。</p>
      {counts && (
        <p>
          现有 {counts.liveSnippets} 个片段{counts.trashedSnippets ? `（另有 ${counts.trashedSnippets} 个在回收站）` : ''}、{counts.metrics} 个指标、{counts.metricValues} 个数值、{counts.tallyEntries} 条记录。
        </p>
      )}
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void exportAll()}>
          导出备份文件
        </button>
      </div>

      <h2>恢复备份或导入资料包</h2>
      <label>
        选择备份文件或资料包（.json）
        <input type="file" accept=".json,application/json" onChange={(e) => void open(e.currentTarget)} />
      </label>
      {opened.kind === 'error' && (
        <p className="error" role="alert">
          {opened.message}
        </p>
      )}
      {opened.kind === 'backup' && (
        <RestorePanel
          name={opened.name}
          file={opened.file}
          preview={opened.preview}
          onClose={() => setOpened({ kind: 'none' })}
          onRestored={(message, undo) => {
            setOpened({ kind: 'none' });
            show(message, 'success', { label: '撤销恢复', run: () => void undo() });
          }}
        />
      )}
      {opened.kind === 'pack' && (
        <PackPanel
          name={opened.name}
          file={opened.file}
          preview={opened.preview}
          onClose={() => setOpened({ kind: 'none' })}
          onImported={(message, undo) => {
            setOpened({ kind: 'none' });
            show(message, 'success', { label: '撤销导入', run: () => void undo() });
          }}
        />
      )}

      <h2>分享资料包</h2>
      <p className="muted">把一个文件夹里的片段和它们用到的指标存成资料包，发给同事。同事导入时不会覆盖他自己的资料。</p>
      <div className="row">
        <label>
          文件夹
          <select value={packFolder} onChange={(e) => setPackFolder(e.target.value)}>
            <option value="">全部片段</option>
            {folders?.map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="inline">
        <input type="checkbox" checked={packValues} onChange={(e) => setPackValues(e.target.checked)} />
        连同指标的数值一起导出
      </label>
      <div className="actions">
        <button disabled={busy} onClick={() => void exportPackFile()}>
          导出资料包
        </button>
      </div>
    </section>
  );
}

function RestorePanel({ name, file, preview, onClose, onRestored }: { name: string; file: BackupFile; preview: RestorePreview; onClose: () => void; onRestored: (message: string, undo: () => Promise<void>) => void }) {
  const [mode, setMode] = useState<RestoreMode>('merge');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function restore() {
    setBusy(true);
    setError('');
    try {
      const { outcome, undo } = await restoreWithUndo(file, mode);
      const written = outcome.written.snippets;
      onRestored(mode === 'replace' ? `已用备份替换全部资料（${written} 个片段）。` : `已合并备份：写入 ${written} 个片段、${outcome.written.metrics} 个指标、${outcome.written.metricValues} 个数值。`, undo);
    } catch (e) {
      setError(`恢复失败：${e instanceof Error ? e.message : String(e)}。现有资料没有任何改动。`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset aria-label="恢复备份">
      <legend>恢复“{name}”</legend>
      <p>备份时间：{formatDate(preview.exportedAt)}</p>
      <table className="counts" aria-label="备份内容">
        <thead>
          <tr>
            <th scope="col">内容</th>
            <th scope="col">备份中</th>
            <th scope="col">本机现有</th>
          </tr>
        </thead>
        <tbody>
          {TABLE_NAMES.map((t) => (
            <tr key={t}>
              <th scope="row">{TABLE_LABELS[t]}</th>
              <td>{preview.incoming[t]}</td>
              <td>{preview.existing[t]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {(preview.changedSnippets > 0 || preview.sameNameMetrics > 0) && (
        <p className="warning">
          {preview.changedSnippets > 0 && `有 ${preview.changedSnippets} 个片段两边内容不同（合并时保留较新的一份）。`}
          {preview.sameNameMetrics > 0 && `有 ${preview.sameNameMetrics} 个指标与本机指标同名（合并时并入本机的指标）。`}
        </p>
      )}
      <div role="radiogroup" aria-label="恢复方式">
        <label className="inline">
          <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
          合并：保留本机资料，加入备份中的（同一条以较新的为准）
        </label>
        <label className="inline">
          <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
          替换：清空本机资料，换成备份中的
        </label>
      </div>
      {mode === 'replace' && <p className="warning">替换会删除本机现有的全部资料。恢复后可以点“撤销恢复”回到现在的样子。</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="primary" disabled={busy} onClick={() => void restore()}>
          {mode === 'replace' ? '替换为备份内容' : '合并恢复'}
        </button>
        <button onClick={onClose}>取消</button>
      </div>
    </fieldset>
  );
}

function PackPanel({ name, file, preview, onClose, onImported }: { name: string; file: PackFile; preview: PackPreview; onClose: () => void; onImported: (message: string, undo: () => Promise<void>) => void }) {
  const [choice, setChoice] = useState<PackConflictChoice>('rename');
  const [error, setError] = useState('');

  async function importIt() {
    setError('');
    try {
      const { outcome, undo } = await importPackWithUndo(file, choice);
      const parts = [`已导入资料包：${outcome.snippetIds.length} 个片段`];
      if (outcome.renamed) parts.push(`${outcome.renamed} 个同名片段已改名`);
      if (outcome.skipped) parts.push(`跳过 ${outcome.skipped} 个同名片段`);
      if (outcome.createdMetricIds.length) parts.push(`新建 ${outcome.createdMetricIds.length} 个指标`);
      onImported(`${parts.join('，')}。`, undo);
    } catch (e) {
      setError(`导入失败：${e instanceof Error ? e.message : String(e)}。现有资料没有任何改动。`);
    }
  }

  return (
    <fieldset aria-label="导入资料包">
      <legend>资料包“{name}”</legend>
      <p>
        {file.folder ? `文件夹“${file.folder}”，` : ''}
        {preview.snippets} 个片段，{preview.newMetrics.length + preview.existingMetrics.length} 个指标{preview.values ? `，${preview.values} 个数值` : ''}。
      </p>
      {preview.existingMetrics.length > 0 && <p className="muted">这些指标你已经有了，会直接使用，不会改动：{preview.existingMetrics.join('、')}。</p>}
      {preview.sameTitles.length > 0 && (
        <>
          <p className="warning">有 {preview.sameTitles.length} 个片段与你的片段同名：{preview.sameTitles.slice(0, 5).join('、')}{preview.sameTitles.length > 5 ? '等' : ''}。</p>
          <div role="radiogroup" aria-label="同名片段">
            <label className="inline">
              <input type="radio" name="pack-choice" checked={choice === 'rename'} onChange={() => setChoice('rename')} />
              改名后导入（标题后加“（导入）”）
            </label>
            <label className="inline">
              <input type="radio" name="pack-choice" checked={choice === 'skip'} onChange={() => setChoice('skip')} />
              跳过，保留我自己的
            </label>
          </div>
        </>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button className="primary" onClick={() => void importIt()}>
          导入资料包
        </button>
        <button onClick={onClose}>取消</button>
      </div>
    </fieldset>
  );
}
