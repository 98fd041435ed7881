// 报告: the list of the writer's reports, or one of them open. Which one is open is the panel's
// (App.tsx), so it stays open while the writer looks at another tab, and 导入 can open one.
import { i18n } from '#i18n';
import { ReportEditor } from './ReportEditor.tsx';
import { ReportList } from './ReportList.tsx';
import { useLibrary } from './useReportDocument.ts';
import './report.css';

export function ReportView({ openId, onOpen }: { openId: string | null; onOpen: (id: string | null) => void }) {
  const library = useLibrary();
  return (
    <section className="report-view" aria-label={i18n.t('report.title')}>
      {openId ? <ReportEditor key={openId} id={openId} library={library} onClose={() => onOpen(null)} onOpen={onOpen} /> : <ReportList library={library} onOpen={onOpen} />}
    </section>
  );
}
