// The place where inserting the report into the page's editor goes (ReportInsert, built on its own
// branch): above the preview for the whole report, and beside each part for that part alone.
// Until it is merged it shows nothing.
import type { ReportDocument } from '../../lib/domain/report/index.ts';

export interface InsertSlotProps {
  doc: ReportDocument;
  /** One part (with its sub-parts); the whole report when left out. */
  partId?: string;
}

export function InsertSlot(_props: InsertSlotProps) {
  return null;
}
