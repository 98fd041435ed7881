// A report as stored: the domain's record (lib/domain/report/schema.ts) and its place in the trash.
// The trash is the library's business, not the document's, so `deletedAt` lives here rather than
// in the report the outline edits pass around. Zod only, no Dexie: backup files are checked with it.
import { z } from 'zod';
import { Report } from '../domain/report/schema.ts';

export const ReportRow = Report.safeExtend({
  /** When it went to the trash (回收站); null while it is live. */
  deletedAt: z.number().int().nonnegative().nullable(),
});
export type ReportRow = z.infer<typeof ReportRow>;
