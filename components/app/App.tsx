// The side panel: a period picker on top, then the snippet library or the metric notebook.
import { i18n } from '#i18n';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { FontSizeChoice } from './FontSizeChoice.tsx';
import { Guide, guideClosedCopy, keepGuideClosedCopy } from './Guide.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { SnippetsView } from '../snippets/SnippetsView.tsx';
import { StatusProvider } from './Status.tsx';
import { panelDatabase, useGuideClosed } from '../hooks/usePanelDatabase.ts';
import { report } from '../hooks/report.ts';

// Views other than the library load on first use, keeping the panel's first paint small.
const MetricsView = lazy(() => import('../metrics/MetricsView.tsx').then((m) => ({ default: m.MetricsView })));
const ComposerView = lazy(() => import('../composer/ComposerView.tsx').then((m) => ({ default: m.ComposerView })));
const ImportView = lazy(() => import('../import/ImportView.tsx').then((m) => ({ default: m.ImportView })));
const BackupView = lazy(() => import('../backup/BackupView.tsx').then((m) => ({ default: m.BackupView })));
const TrashView = lazy(() => import('../trash/TrashView.tsx').then((m) => ({ default: m.TrashView })));
const PageProofread = lazy(() => import('../proofread/PageProofread.tsx').then((m) => ({ default: m.PageProofread })));

const VIEWS: { id: 'snippets' | 'metrics' | 'composer' | 'import' | 'backup' | 'trash' | 'proofread'; render: () => ReactNode }[] = [
  { id: 'snippets', render: () => <SnippetsView /> },
  { id: 'metrics', render: () => <MetricsView /> },
  { id: 'composer', render: () => <ComposerView /> },
  { id: 'import', render: () => <ImportView /> },
  { id: 'backup', render: () => <BackupView /> },
  { id: 'trash', render: () => <TrashView /> },
  { id: 'proofread', render: () => <PageProofread /> },
];

export function App() {
  const [view, setView] = useState(VIEWS[0]!.id);
  const stored = useGuideClosed();
  const [copy] = useState(guideClosedCopy);
  const guideClosed = stored ?? copy;
  useEffect(() => {
    if (stored !== undefined) keepGuideClosedCopy(stored);
  }, [stored]);
  /** Opened from 帮助 this session: shown whatever the stored choice. */
  const [helpOpen, setHelpOpen] = useState(false);
  // Shown on first run once the stored answer is known (never flashed while it loads).
  const showGuide = helpOpen || guideClosed === false;
  const closeGuide = () => {
    setHelpOpen(false);
    keepGuideClosedCopy(true);
    import('../hooks/actions.ts')
      .then((actions) => actions.setGuideClosed(true))
      .catch(report);
  };
  // After the first paint: keep storage persistent, offer the sample library, purge the old trash.
  useEffect(() => {
    panelDatabase()
      .then((db) => db.startPanelDatabase())
      .catch(report);
  }, []);
  const current = VIEWS.find((v) => v.id === view) ?? VIEWS[0]!;
  return (
    <StatusProvider scope={current.id}>
      <header className="app-header">
        <h1>{i18n.t('app.title')}</h1>
        <FontSizeChoice />
        <button className="link" aria-expanded={showGuide} onClick={() => (showGuide ? closeGuide() : setHelpOpen(true))}>
          {i18n.t('guide.help')}
        </button>
        <PeriodPicker />
      </header>
      {showGuide && <Guide onClose={closeGuide} focus={helpOpen} />}
      <nav className="tabs" role="tablist" aria-label={i18n.t('app.views')}>
        {VIEWS.map((v) => (
          <button key={v.id} role="tab" aria-selected={v.id === current.id} onClick={() => setView(v.id)}>
            {i18n.t(`app.tabs.${v.id}`)}
          </button>
        ))}
      </nav>
      <main>
        <Suspense fallback={<p className="muted">{i18n.t('app.opening')}</p>}>{current.render()}</Suspense>
      </main>
    </StatusProvider>
  );
}
