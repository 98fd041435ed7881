// A report copied for another period (next year's 述职报告 from this year's): the same outline and
// the same snippets, by reference, so every slot reads the new period's figures when rendered. The
// title's period moves with it where the title names it (2025年度述职报告 → 2026年度述职报告);
// the 成文日期 is cleared, since the new report has not been written yet. Free text is left as the
// writer wrote it: only they know which of its words belong to a period.
import { formatPeriodKey, parsePeriod, periodLabel, type Period } from '../period.ts';
import type { Report } from './schema.ts';

export interface ReportCopy {
  id: string;
  period: Period;
  now: number;
}

export function reportForPeriod(report: Report, { id, period, now }: ReportCopy): Report {
  const from = parsePeriod(report.period);
  const title = from ? report.title.split(periodLabel(from)).join(periodLabel(period)) : report.title;
  return { ...report, id, title, period: formatPeriodKey(period), date: null, createdAt: now, updatedAt: now };
}
