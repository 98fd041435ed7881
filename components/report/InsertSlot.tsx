// Where inserting the report into the page's editor goes: above the preview for the whole
// report, and beside each part for that part alone (ReportInsert).
import type { ReportDocument } from '../../lib/domain/report/index.ts';
import { ReportInsert } from './ReportInsert.tsx';

export interface InsertSlotProps {
  doc: ReportDocument;
  /** One part (with its sub-parts); the whole report when left out. */
  partId?: string;
}

export function InsertSlot({ doc, partId }: InsertSlotProps) {
  return <ReportInsert document={doc} {...(partId === undefined ? {} : { partId })} />;
}
