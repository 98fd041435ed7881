// A report copied for another period (next year's 述职报告 from this year's): the same outline and
// the same snippets, by reference, so every slot reads the new period's figures when rendered. The
// title and the headings move with the period where they name it (2025年度述职报告 → 2026年度述职报告,
// 二、2025年主要工作 → 二、2026年主要工作), and so does the period after it, which a report names for
// its plans (三、2026年工作打算 → 三、2027年工作打算): both are replaced at once, so one never
// moves twice. Other years stay (自2018年以来). The 成文日期 is cleared, since the new report has not
// been written yet. Free text is left as the writer wrote it: only they know which of its words
// belong to a period.
import { formatPeriodKey, nextPeriod, parsePeriod, periodLabel, type Period } from '../period.ts';
import type { Report, ReportPart } from './schema.ts';

export interface ReportCopy {
  id: string;
  period: Period;
  now: number;
}

export function reportForPeriod(report: Report, { id, period, now }: ReportCopy): Report {
  const from = parsePeriod(report.period);
  const move = from ? periodMover(from, period) : (text: string) => text;
  const parts = (list: readonly ReportPart[]): ReportPart[] => list.map((p) => ({ ...p, heading: move(p.heading), children: parts(p.children) }));
  // The copy is the writer's own: it neither follows the pack its source came from (the pack's next
  // version would otherwise find two copies of one item) nor carries the source's count of saves.
  const { origin: _origin, revision: _revision, ...own } = report;
  return { ...own, id, title: move(report.title), parts: parts(report.parts), period: formatPeriodKey(period), date: null, createdAt: now, updatedAt: now };
}

/** Text with the old period's label and the one after it replaced by the new period's and the one after that. */
function periodMover(from: Period, to: Period): (text: string) => string {
  const pairs = new Map([
    [periodLabel(from), periodLabel(to)],
    [periodLabel(nextPeriod(from)), periodLabel(nextPeriod(to))],
  ]);
  // Longest first, and not inside a longer figure: 2025年 in 12025年 is no period.
  const labels = [...pairs.keys()].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![0-9])(?:${labels.join('|')})`, 'g');
  return (text) => text.replace(pattern, (label) => pairs.get(label) ?? label);
}
