// Reports for the 报告 view: live reads through useLive, and one call into lib/db/reports.ts or
// lib/db/author.ts for each write.
import { readAuthorProfile, writeAuthorProfile } from '../../lib/db/author.ts';
import { database } from '../../lib/db/database.ts';
import * as reports from '../../lib/db/reports.ts';
import type { ImportedReport, OutlineKind, Report, ReportAuthor } from '../../lib/domain/report/index.ts';
import { useLive } from './usePanelDatabase.ts';

export type { ReportRow } from '../../lib/db/reports.ts';

const db = () => database();

export const useReports = () => useLive(reports.listReports);
export const useTrashedReports = () => useLive(reports.listTrashedReports);
/** The report, null once it is gone or in the trash (undefined while it is read). */
export const useReport = (id: string) => useLive(async (d) => (await reports.getReport(d, id)) ?? null, [id]);
export const useAuthorProfile = () => useLive(readAuthorProfile);

export const createReportFromOutline = (kind: OutlineKind) => reports.createReportFromOutline(db(), kind);
export const addReport = (report: Report) => reports.addReport(db(), report);
export const createReportFromImport = (imported: ImportedReport) => reports.createReportFromImport(db(), imported);
export const saveReport = (report: Report, expectedUpdatedAt: number) => reports.saveReport(db(), report, { expectedUpdatedAt });
export const copyReportForNextPeriod = (id: string) => reports.copyReportForNextPeriod(db(), id);
export const copyReportAsOwn = (id: string, title: string) => reports.copyReportAsOwn(db(), id, title);
export const trashReport = (id: string) => reports.trashReport(db(), id);
export const restoreReport = (id: string) => reports.restoreReport(db(), id);
export const deleteReportForever = (id: string) => reports.deleteReportForever(db(), id);
export const saveAuthorProfile = (author: ReportAuthor) => writeAuthorProfile(db(), author);
