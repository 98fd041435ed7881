// 报告: the list of the writer's reports, or one of them open. Another view (导入) can ask for a
// report to be opened when it switches here.
import { i18n } from '#i18n';
import { useState } from 'react';
import { ReportEditor } from './ReportEditor.tsx';
import { ReportList } from './ReportList.tsx';
import { useLibrary } from './useReportDocument.ts';
import './report.css';

export function ReportView({ openId }: { openId?: string | null }) {
  const [open, setOpen] = useState<string | null>(openId ?? null);
  const library = useLibrary();
  return (
    <section className="report-view" aria-label={i18n.t('report.title')}>
      {open ? <ReportEditor id={open} library={library} onClose={() => setOpen(null)} /> : <ReportList library={library} onOpen={setOpen} />}
    </section>
  );
}
