// Report repository: whole reports, created from a built-in outline or copied for the next period,
// saved whole. Every write checks the record against the domain schema first, so a bad report
// throws a ZodError and nothing is stored; a report that is gone, trashed or changed elsewhere is
// refused with a Problem code (problems.ts) and nothing is stored either.
import { nextPeriod, parsePeriod } from '../domain/period.ts';
import { problem, ProblemError } from '../domain/problem.ts';
import { Report, reportForPeriod, reportFromImport, reportFromOutline, type ImportedReport, type OutlineKind } from '../domain/report/index.ts';
import { PeriodKey } from '../domain/schemas.ts';
import { readAuthorProfile } from './author.ts';
import { type DrafterDatabase, newId } from './database.ts';
import { goneError } from './problems.ts';
import type { ReportRow } from './reportRow.ts';
import { currentPeriod } from './settings.ts';

export type { ReportRow };

/**
 * A new report laid out by a built-in outline, for `period` (the panel's current period when left
 * out), with the author profile kept in settings.
 */
export async function createReportFromOutline(db: DrafterDatabase, kind: OutlineKind, period?: string, now = Date.now()): Promise<ReportRow> {
  const key = PeriodKey.parse(period ?? (await currentPeriod(db)));
  const report = Report.parse(reportFromOutline(kind, { id: newId(), newId, period: parsePeriod(key)!, author: await readAuthorProfile(db), now }));
  const row: ReportRow = { ...report, deletedAt: null };
  await db.reports.add(row);
  return row;
}

/**
 * A new report made from an imported old report whose paragraphs were just saved as snippets: its
 * outline and order (lib/domain/report/fromImport.ts), for the panel's current period.
 */
export async function createReportFromImport(db: DrafterDatabase, imported: ImportedReport, now = Date.now()): Promise<ReportRow> {
  const period = parsePeriod(PeriodKey.parse(await currentPeriod(db)))!;
  return addReport(db, reportFromImport(imported, { id: newId(), newId, period, author: await readAuthorProfile(db), now }));
}

/**
 * Stores a report made elsewhere (from an imported old report, lib/domain/report/fromImport.ts) as
 * a new live report; checked against the schema first, so a bad one throws and nothing is stored.
 */
export async function addReport(db: DrafterDatabase, report: Report): Promise<ReportRow> {
  const row: ReportRow = { ...Report.parse(report), deletedAt: null };
  await db.reports.add(row);
  return row;
}

export async function getReport(db: DrafterDatabase, id: string): Promise<ReportRow | undefined> {
  return db.reports.get(id);
}

/** Newest edit first; the same moment by id, so every reader lists ties alike. */
const newestFirst = (a: ReportRow, b: ReportRow): number => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Reports not in the trash, newest edit first. */
export async function listReports(db: DrafterDatabase): Promise<ReportRow[]> {
  return (await db.reports.toArray()).filter((r) => r.deletedAt === null).sort(newestFirst);
}

export interface SaveReportOptions {
  now?: number;
  /**
   * The updatedAt of the version the edit started from. When the stored report has another one,
   * the save is refused (db.reportChanged) instead of overwriting the other window's edit unseen.
   */
  expectedUpdatedAt?: number;
}

/** The live stored report, or the reason there is none to write to. */
async function liveReport(db: DrafterDatabase, id: string): Promise<ReportRow> {
  const current = await db.reports.get(id);
  if (!current) throw goneError('db.reportGone');
  if (current.deletedAt !== null) throw goneError('db.reportTrashed');
  return current;
}

/**
 * Saves the whole report as the panel holds it. It keeps its creation time; updatedAt always moves
 * forward, so two saves in one millisecond still count as two versions.
 */
export async function saveReport(db: DrafterDatabase, report: Report, options: SaveReportOptions = {}): Promise<ReportRow> {
  const { now = Date.now(), expectedUpdatedAt } = options;
  const checked = Report.parse(report);
  return db.transaction('rw', db.reports, async () => {
    const current = await liveReport(db, checked.id);
    if (expectedUpdatedAt !== undefined && current.updatedAt !== expectedUpdatedAt) throw new ProblemError(problem('db.reportChanged'));
    // Every save is a new revision (set here so the row returned is the row stored).
    const row: ReportRow = { ...checked, createdAt: current.createdAt, updatedAt: Math.max(now, current.updatedAt + 1), revision: (current.revision ?? 1) + 1, deletedAt: null };
    await db.reports.put(row);
    return row;
  });
}

/** Gives the report a new title (one line; the outline's number-free headings are not touched). */
export async function renameReport(db: DrafterDatabase, id: string, title: string, now = Date.now()): Promise<ReportRow> {
  return db.transaction('rw', db.reports, async () => {
    const current = await liveReport(db, id);
    return saveReport(db, { ...current, title: title.replace(/[\r\n]+/g, ' ').trim() }, { now });
  });
}

/**
 * A copy of the report for the period after its own (or for `period`): a new, live report beside
 * the old one, which stays as it was. The snippets are the same references, so the copy's slots
 * read the new period's figures.
 */
export async function copyReportForNextPeriod(db: DrafterDatabase, id: string, options: { period?: string; now?: number } = {}): Promise<ReportRow> {
  const { now = Date.now() } = options;
  return db.transaction('rw', db.reports, async () => {
    const source = await db.reports.get(id);
    if (!source) throw goneError('db.reportGone');
    const period = options.period === undefined ? nextPeriod(parsePeriod(source.period)!) : parsePeriod(PeriodKey.parse(options.period))!;
    const { deletedAt: _trash, ...report } = source;
    const copy = Report.parse(reportForPeriod(report, { id: newId(), period, now }));
    const row: ReportRow = { ...copy, deletedAt: null };
    await db.reports.add(row);
    return row;
  });
}

/**
 * The writer's own copy of a report taken from a pack, under `title`: same period, outline and
 * references, no link to the pack — the one taken stays as it is and goes on following the pack.
 */
export async function copyReportAsOwn(db: DrafterDatabase, id: string, title: string, now = Date.now()): Promise<ReportRow> {
  return db.transaction('rw', db.reports, async () => {
    const source = await db.reports.get(id);
    if (!source || source.deletedAt !== null) throw goneError('db.reportGone');
    const { deletedAt: _trash, origin: _origin, revision: _revision, ...report } = source;
    const row: ReportRow = { ...Report.parse({ ...report, id: newId(), title, createdAt: now, updatedAt: now }), deletedAt: null };
    await db.reports.add(row);
    return row;
  });
}

/** Moves the report to the trash (回收站), where it waits 30 days (trash.ts) and can be put back. */
export async function trashReport(db: DrafterDatabase, id: string, now = Date.now()): Promise<void> {
  await setDeletedAt(db, id, now);
}

/** Takes the report out of the trash, as it was. */
export async function restoreReport(db: DrafterDatabase, id: string): Promise<void> {
  await setDeletedAt(db, id, null);
}

// modify, not update: Dexie's type for update's key paths recurses without end into the outline.
async function setDeletedAt(db: DrafterDatabase, id: string, deletedAt: number | null): Promise<void> {
  const changed = await db.reports
    .where(':id')
    .equals(id)
    .modify((row) => {
      row.deletedAt = deletedAt;
    });
  if (changed === 0) throw goneError('db.reportGone');
}

/** Reports in the trash, most recently deleted first. */
export async function listTrashedReports(db: DrafterDatabase): Promise<ReportRow[]> {
  const rows = await db.reports.where('deletedAt').aboveOrEqual(0).toArray();
  return rows.sort((a, b) => (b.deletedAt ?? 0) - (a.deletedAt ?? 0));
}

/**
 * Deletes a trashed report for good. A report not in the trash is left alone (false). The snippets
 * and problem sets it used stay: they belong to the library, not to the report.
 */
export async function deleteReportForever(db: DrafterDatabase, id: string): Promise<boolean> {
  return db.transaction('rw', db.reports, async () => {
    const report = await db.reports.get(id);
    if (!report || report.deletedAt === null) return false;
    await db.reports.delete(id);
    return true;
  });
}
