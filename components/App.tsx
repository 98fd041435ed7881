// The side panel: a period picker on top, then the snippet library or the metric notebook.
import { lazy, Suspense, useState, type ReactNode } from 'react';
import { MetricsView } from './MetricsView.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { SnippetsView } from './SnippetsView.tsx';
import { StatusProvider } from './Status.tsx';

// Views other than the library load on first use, keeping the panel's first paint small.
const ComposerView = lazy(() => import('./composer/ComposerView.tsx').then((m) => ({ default: m.ComposerView })));
const ImportView = lazy(() => import('./import/ImportView.tsx').then((m) => ({ default: m.ImportView })));
const BackupView = lazy(() => import('./backup/BackupView.tsx').then((m) => ({ default: m.BackupView })));
const TrashView = lazy(() => import('./trash/TrashView.tsx').then((m) => ({ default: m.TrashView })));

const VIEWS: { id: string; label: string; render: () => ReactNode }[] = [
  { id: 'snippets', label: '片段', render: () => <SnippetsView /> },
  { id: 'metrics', label: '指标', render: () => <MetricsView /> },
  { id: 'composer', label: '组合', render: () => <ComposerView /> },
  { id: 'import', label: '导入', render: () => <ImportView /> },
  { id: 'backup', label: '备份', render: () => <BackupView /> },
  { id: 'trash', label: '回收站', render: () => <TrashView /> },
];

export function App() {
  const [view, setView] = useState(VIEWS[0]!.id);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  return (
    <StatusProvider>
      <header className="app-header">
        <h1>写材料助手</h1>
        <PeriodPicker />
      </header>
      <nav className="tabs" role="tablist" aria-label="视图">
        {VIEWS.map((v) => (
          <button key={v.id} role="tab" aria-selected={v.id === current.id} onClick={() => setView(v.id)}>
            {v.label}
          </button>
        ))}
      </nav>
      <main>
        <Suspense fallback={<p className="muted">正在打开…</p>}>{current.render()}</Suspense>
      </main>
    </StatusProvider>
  );
}
