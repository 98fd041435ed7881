// The backup and library-pack file formats. A file is JSON; `format` says which kind it is and
// `version` which shape. Each is checked with zod, and the problems are named by their path in the
// file (snippets[3].title), so a writer (or whoever helps them) can find what is wrong.
// What is wrong is a code (lib/domain/schemaProblems.ts), put into words by the panel.
import { z } from 'zod';
import { PackHeader } from '../../domain/pack/header.ts';
import { reportReferenceIds } from '../../domain/pack/content.ts';
import { Report } from '../../domain/report/schema.ts';
import { Metric, MetricValue, ProblemSet, Snippet, SnippetRevision, TallyEntry } from '../../domain/schemas.ts';
import { WordList } from '../../domain/wordList.ts';
import { ReportRow } from '../reportRow.ts';

export const BACKUP_FORMAT = 'report-drafter-backup';
export const PACK_FORMAT = 'report-drafter-pack';
/**
 * The version this code writes; it reads this and every earlier version.
 * 1: the library. 2 (2026-12-06): and its reports — a version 1 file has none, and reads as such.
 * 3 (2026-12-07): and its word lists (我的词表) — a version 1 or 2 file has none, and reads as such.
 */
export const BACKUP_VERSION = 3;
const BACKUP_VERSIONS = [1, 2, 3] as const;
/**
 * 1: one folder's snippets, metrics, values and problem sets; importing adds copies.
 * 2 (2026-12-07): the pack has an id, a name, a publisher and a last change, every item its
 * identity and revision, and it carries reports; importing a newer version merges (packImport.ts).
 */
export const PACK_VERSION = 2;

/** Large enough for any real library, small enough that a hostile file cannot ask for more. */
const MAX_ROWS = 200_000;

const Timestamp = z.number().int().nonnegative();

/** What the checks across rows refuse, as the issue's message: a code (lib/domain/schemaProblems.ts). */
const CHECK = {
  duplicateSnippetId: 'backup.duplicateSnippetId',
  duplicateMetricId: 'backup.duplicateMetricId',
  duplicateMetricName: 'backup.duplicateMetricName',
  duplicateValue: 'backup.duplicateValue',
  duplicateTallyId: 'backup.duplicateTallyId',
  duplicateProblemSetId: 'backup.duplicateProblemSetId',
  duplicateSetting: 'backup.duplicateSetting',
  duplicateRevisionId: 'backup.duplicateRevisionId',
  duplicateReportId: 'backup.duplicateReportId',
  duplicateWordListId: 'backup.duplicateWordListId',
  unknownMetric: 'backup.unknownMetric',
  unknownSnippet: 'backup.unknownSnippet',
} as const;
export const BACKUP_CHECK_CODES = Object.values(CHECK);
type CheckCode = (typeof BACKUP_CHECK_CODES)[number];

export const SettingEntry = z.object({ key: z.string().min(1).max(100), value: z.json() });
export type SettingEntry = z.infer<typeof SettingEntry>;

const rows = <T extends z.ZodType>(row: T) => z.array(row).max(MAX_ROWS);

const Tables = {
  snippets: rows(Snippet),
  metrics: rows(Metric),
  metricValues: rows(MetricValue),
  tallyEntries: rows(TallyEntry),
  problemSets: rows(ProblemSet),
  snippetRevisions: rows(SnippetRevision),
  settings: rows(SettingEntry),
  /**
   * Absent from version 1 files. A report's snippets and problem sets are not checked against the
   * file: a report may still name a snippet deleted for good, and shows it as gone (render.ts).
   */
  reports: rows(ReportRow).default([]),
  /** Absent from version 1 and 2 files, trash included like the rest. */
  wordLists: rows(WordList).default([]),
};

export const BackupFile = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSIONS),
    exportedAt: Timestamp,
    ...Tables,
  })
  .superRefine((file, ctx) => {
    checkLibraryRows(ctx, file);
    unique(ctx, file.tallyEntries, 'tallyEntries', (t) => t.id, 'id', CHECK.duplicateTallyId);
    unique(ctx, file.problemSets, 'problemSets', (p) => p.id, 'id', CHECK.duplicateProblemSetId);
    unique(ctx, file.settings, 'settings', (s) => s.key, 'key', CHECK.duplicateSetting);
    unique(ctx, file.snippetRevisions.filter((r) => r.id !== undefined), 'snippetRevisions', (r) => String(r.id), 'id', CHECK.duplicateRevisionId);
    unique(ctx, file.reports, 'reports', (r) => r.id, 'id', CHECK.duplicateReportId);
    unique(ctx, file.wordLists, 'wordLists', (l) => l.id, 'id', CHECK.duplicateWordListId);
    const metricIds = new Set(file.metrics.map((m) => m.id));
    const snippetIds = new Set(file.snippets.map((s) => s.id));
    refersTo(ctx, file.tallyEntries, 'tallyEntries', 'metricId', metricIds, CHECK.unknownMetric);
    refersTo(ctx, file.snippetRevisions, 'snippetRevisions', 'snippetId', snippetIds, CHECK.unknownSnippet);
    refersTo(ctx, file.problemSets, 'problemSets', 'problemId', snippetIds, CHECK.unknownSnippet);
    file.problemSets.forEach((set, i) => {
      for (const field of ['causeIds', 'measureIds'] as const) {
        set[field].forEach((id, j) => {
          if (!snippetIds.has(id)) ctx.addIssue({ code: 'custom', path: ['problemSets', i, field, j], message: CHECK.unknownSnippet });
        });
      }
    });
  });
export type BackupFile = z.infer<typeof BackupFile>;

const PackV1 = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(1),
    exportedAt: Timestamp,
    /** The folder the pack was made from, e.g. 述职报告/党建. */
    folder: z.string().max(200),
    snippets: rows(Snippet),
    metrics: rows(Metric),
    metricValues: rows(MetricValue),
    problemSets: rows(ProblemSet),
  })
  .superRefine((file, ctx) => {
    checkLibraryRows(ctx, file);
    unique(ctx, file.problemSets, 'problemSets', (p) => p.id, 'id', CHECK.duplicateProblemSetId);
  });

const PackV2 = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(2),
    exportedAt: Timestamp,
    pack: PackHeader,
    folder: z.string().max(200),
    snippets: rows(Snippet),
    metrics: rows(Metric),
    metricValues: rows(MetricValue),
    problemSets: rows(ProblemSet),
    /** Reports whose every snippet and problem set is in the pack, so each reference resolves here. */
    reports: rows(Report),
    /** 校对词表 the pack shares (absent from packs written before word lists joined them). */
    wordLists: rows(WordList).default([]),
  })
  .superRefine((file, ctx) => {
    checkLibraryRows(ctx, file);
    unique(ctx, file.problemSets, 'problemSets', (p) => p.id, 'id', CHECK.duplicateProblemSetId);
    unique(ctx, file.problemSets, 'problemSets', (p) => p.problemId, 'problemId', CHECK.duplicateProblemSetId);
    unique(ctx, file.wordLists, 'wordLists', (l) => l.id, 'id', CHECK.duplicateWordListId);
    unique(ctx, file.reports, 'reports', (r) => r.id, 'id', CHECK.duplicateReportId);
    const snippetIds = new Set(file.snippets.map((s) => s.id));
    const setIds = new Set(file.problemSets.map((p) => p.id));
    file.reports.forEach((report, i) => {
      const refs = reportReferenceIds(report);
      if (refs.snippets.some((id) => !snippetIds.has(id)) || refs.problemSets.some((id) => !setIds.has(id))) ctx.addIssue({ code: 'custom', path: ['reports', i], message: CHECK.unknownSnippet });
    });
  });

/** A pack file of any version this code reads (`version` tells them apart). */
export const PackFile = z.discriminatedUnion('version', [PackV1, PackV2]);
export type PackFile = z.infer<typeof PackFile>;
export type PackFileV1 = z.infer<typeof PackV1>;
export type PackFileV2 = z.infer<typeof PackV2>;

/**
 * What every file that carries a library checks the same way: ids and metric names used once,
 * one value per metric and period, and every value belonging to a metric in the file.
 */
function checkLibraryRows(ctx: z.RefinementCtx, file: { snippets: readonly Snippet[]; metrics: readonly Metric[]; metricValues: readonly MetricValue[] }): void {
  unique(ctx, file.snippets, 'snippets', (s) => s.id, 'id', CHECK.duplicateSnippetId);
  unique(ctx, file.metrics, 'metrics', (m) => m.id, 'id', CHECK.duplicateMetricId);
  unique(ctx, file.metrics, 'metrics', (m) => m.name, 'name', CHECK.duplicateMetricName);
  unique(ctx, file.metricValues, 'metricValues', (v) => `${v.metricId}\u0000${v.period}`, 'period', CHECK.duplicateValue);
  refersTo(ctx, file.metricValues, 'metricValues', 'metricId', new Set(file.metrics.map((m) => m.id)), CHECK.unknownMetric);
}

function unique<T>(ctx: z.RefinementCtx, list: readonly T[], table: string, key: (row: T) => string, field: string, message: CheckCode): void {
  const seen = new Set<string>();
  list.forEach((row, i) => {
    const k = key(row);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [table, i, field], message });
    seen.add(k);
  });
}

function refersTo<T, K extends keyof T & string>(ctx: z.RefinementCtx, list: readonly T[], table: string, field: K, ids: ReadonlySet<string>, message: CheckCode): void {
  list.forEach((row, i) => {
    if (!ids.has(String(row[field]))) ctx.addIssue({ code: 'custom', path: [table, i, field], message });
  });
}
