// The side panel: a period picker on top, then the snippet library or the metric notebook.
import { useState } from 'react';
import { MetricsView } from './MetricsView.tsx';
import { PeriodPicker } from './PeriodPicker.tsx';
import { SnippetsView } from './SnippetsView.tsx';
import { StatusProvider } from './Status.tsx';

type View = 'snippets' | 'metrics';

export function App() {
  const [view, setView] = useState<View>('snippets');
  return (
    <StatusProvider>
      <header className="app-header">
        <h1>写材料助手</h1>
        <PeriodPicker />
      </header>
      <nav className="tabs" role="tablist" aria-label="视图">
        <button role="tab" aria-selected={view === 'snippets'} onClick={() => setView('snippets')}>
          片段
        </button>
        <button role="tab" aria-selected={view === 'metrics'} onClick={() => setView('metrics')}>
          指标
        </button>
      </nav>
      <main>{view === 'snippets' ? <SnippetsView /> : <MetricsView />}</main>
    </StatusProvider>
  );
}
