// The side panel: a period picker on top, then the snippet library, the reports or another view.
import { i18n } from '#i18n';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { FontSizeChoice } from './FontSizeChoice.tsx';
import { Guide, guideClosedCopy, keepGuideClosedCopy } from './Guide.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { SnippetsView } from '../snippets/SnippetsView.tsx';
import { StatusProvider } from './Status.tsx';
import { panelDatabase, useGuideClosed } from '../hooks/usePanelDatabase.ts';
import { report } from '../hooks/report.ts';
import { inBackground } from '../hooks/background.ts';

// Views other than the library load on first use, keeping the panel's first paint small.
const ReportView = lazy(() => import('../report/ReportView.tsx').then((m) => ({ default: m.ReportView })));
const MetricsView = lazy(() => import('../metrics/MetricsView.tsx').then((m) => ({ default: m.MetricsView })));
const ComposerView = lazy(() => import('../composer/ComposerView.tsx').then((m) => ({ default: m.ComposerView })));
const ImportView = lazy(() => import('../import/ImportView.tsx').then((m) => ({ default: m.ImportView })));
const BackupView = lazy(() => import('../backup/BackupView.tsx').then((m) => ({ default: m.BackupView })));
// Automatic backup's bar: loaded once the database module is in (after the first paint).
const AutoBackupBar = lazy(() => import('../backup/AutoBackupBar.tsx').then((m) => ({ default: m.AutoBackupBar })));
// 单位共享's line when the office drive has something new: loaded with the bar, after the first paint.
const TeamUpdateLine = lazy(() => import('../team/TeamUpdateLine.tsx').then((m) => ({ default: m.TeamUpdateLine })));
const TrashView = lazy(() => import('../trash/TrashView.tsx').then((m) => ({ default: m.TrashView })));
const ProofreadView = lazy(() => import('../proofread/ProofreadView.tsx').then((m) => ({ default: m.ProofreadView })));

type ViewId = 'snippets' | 'report' | 'metrics' | 'composer' | 'proofread' | 'import' | 'backup' | 'trash';

/** What views share through the panel: the open report (kept while another tab is shown, so the
 * writer can fill a figure in 指标 and come back to it), and 导入 opening the report it made. */
interface ViewContext {
  openReport: (id: string) => void;
  reportId: string | null;
  setReportId: (id: string | null) => void;
}

const VIEWS: { id: ViewId; render: (context: ViewContext) => ReactNode }[] = [
  { id: 'snippets', render: () => <SnippetsView /> },
  { id: 'report', render: ({ reportId, setReportId }) => <ReportView openId={reportId} onOpen={setReportId} /> },
  { id: 'metrics', render: () => <MetricsView /> },
  { id: 'composer', render: () => <ComposerView /> },
  { id: 'proofread', render: () => <ProofreadView /> },
  { id: 'import', render: ({ openReport }) => <ImportView onOpenReport={openReport} /> },
  { id: 'backup', render: () => <BackupView /> },
  { id: 'trash', render: () => <TrashView /> },
];

export function App() {
  const [view, setView] = useState<ViewId>(VIEWS[0]!.id);
  const [reportId, setReportId] = useState<string | null>(null);
  const openReport = (id: string) => {
    setReportId(id);
    setView('report');
  };
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
  const [databaseIn, setDatabaseIn] = useState(false);
  // Automatic backup's bar, and the schedule it starts, wait until the thread is free: right after
  // the first paint the user may already be typing a search.
  const [backupBarDue, setBackupBarDue] = useState(false);
  useEffect(() => (databaseIn ? inBackground(() => setBackupBarDue(true)) : undefined), [databaseIn]);
  // After the first paint: keep storage persistent, offer the sample library, purge the old trash;
  // then start automatic backups.
  useEffect(() => {
    panelDatabase()
      .then((db) => {
        db.startPanelDatabase();
        setDatabaseIn(true);
      })
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
      {backupBarDue && (
        <Suspense fallback={null}>
          <AutoBackupBar />
          {view !== 'backup' && <TeamUpdateLine onOpen={() => setView('backup')} />}
        </Suspense>
      )}
      <nav className="tabs" role="tablist" aria-label={i18n.t('app.views')}>
        {VIEWS.map((v) => (
          <button key={v.id} role="tab" aria-selected={v.id === current.id} onClick={() => setView(v.id)}>
            {i18n.t(`app.tabs.${v.id}`)}
          </button>
        ))}
      </nav>
      <main>
        <Suspense fallback={<p className="muted">{i18n.t('app.opening')}</p>}>{current.render({ openReport, reportId, setReportId })}</Suspense>
      </main>
    </StatusProvider>
  );
}
