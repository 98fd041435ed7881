// The backup and library-pack file formats. A file is JSON; `format` says which kind it is and
// `version` which shape. Each is checked with zod, and the problems are named by their path in the
// file (snippets[3].title), so a writer (or whoever helps them) can find what is wrong.
import { z } from 'zod';
import { Metric, MetricValue, ProblemSet, Snippet, SnippetRevision, TallyEntry } from '../../domain/schemas.ts';

export const BACKUP_FORMAT = 'report-drafter-backup';
export const PACK_FORMAT = 'report-drafter-pack';
/** The version this code writes; it reads this and every earlier version. */
export const BACKUP_VERSION = 1;
export const PACK_VERSION = 1;

/** Large enough for any real library, small enough that a hostile file cannot ask for more. */
const MAX_ROWS = 200_000;

const Timestamp = z.number().int().nonnegative();

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
};

export const BackupFile = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    version: z.literal(BACKUP_VERSION),
    exportedAt: Timestamp,
    ...Tables,
  })
  .superRefine((file, ctx) => {
    unique(ctx, file.snippets, 'snippets', (s) => s.id, 'id', '片段编号重复');
    unique(ctx, file.metrics, 'metrics', (m) => m.id, 'id', '指标编号重复');
    unique(ctx, file.metrics, 'metrics', (m) => m.name, 'name', '指标名称重复');
    unique(ctx, file.metricValues, 'metricValues', (v) => `${v.metricId}\u0000${v.period}`, 'period', '同一指标同一期间有两个数值');
    unique(ctx, file.tallyEntries, 'tallyEntries', (t) => t.id, 'id', '记录编号重复');
    unique(ctx, file.problemSets, 'problemSets', (p) => p.id, 'id', '问题组编号重复');
    unique(ctx, file.settings, 'settings', (s) => s.key, 'key', '设置项重复');
    unique(ctx, file.snippetRevisions.filter((r) => r.id !== undefined), 'snippetRevisions', (r) => String(r.id), 'id', '历史版本编号重复');
    const metricIds = new Set(file.metrics.map((m) => m.id));
    const snippetIds = new Set(file.snippets.map((s) => s.id));
    refersTo(ctx, file.metricValues, 'metricValues', 'metricId', metricIds, '指向不存在的指标');
    refersTo(ctx, file.tallyEntries, 'tallyEntries', 'metricId', metricIds, '指向不存在的指标');
    refersTo(ctx, file.snippetRevisions, 'snippetRevisions', 'snippetId', snippetIds, '指向不存在的片段');
    refersTo(ctx, file.problemSets, 'problemSets', 'problemId', snippetIds, '指向不存在的片段');
    file.problemSets.forEach((set, i) => {
      for (const field of ['causeIds', 'measureIds'] as const) {
        set[field].forEach((id, j) => {
          if (!snippetIds.has(id)) ctx.addIssue({ code: 'custom', path: ['problemSets', i, field, j], message: '指向不存在的片段' });
        });
      }
    });
  });
export type BackupFile = z.infer<typeof BackupFile>;

export const PackFile = z
  .object({
    format: z.literal(PACK_FORMAT),
    version: z.literal(PACK_VERSION),
    exportedAt: Timestamp,
    /** The folder the pack was made from, e.g. 述职报告/党建. */
    folder: z.string().max(200),
    snippets: rows(Snippet),
    metrics: rows(Metric),
    metricValues: rows(MetricValue),
    problemSets: rows(ProblemSet),
  })
  .superRefine((file, ctx) => {
    unique(ctx, file.snippets, 'snippets', (s) => s.id, 'id', '片段编号重复');
    unique(ctx, file.metrics, 'metrics', (m) => m.id, 'id', '指标编号重复');
    unique(ctx, file.metrics, 'metrics', (m) => m.name, 'name', '指标名称重复');
    unique(ctx, file.metricValues, 'metricValues', (v) => `${v.metricId}\u0000${v.period}`, 'period', '同一指标同一期间有两个数值');
    unique(ctx, file.problemSets, 'problemSets', (p) => p.id, 'id', '问题组编号重复');
    refersTo(ctx, file.metricValues, 'metricValues', 'metricId', new Set(file.metrics.map((m) => m.id)), '指向不存在的指标');
  });
export type PackFile = z.infer<typeof PackFile>;

function unique<T>(ctx: z.RefinementCtx, list: readonly T[], table: string, key: (row: T) => string, field: string, message: string): void {
  const seen = new Set<string>();
  list.forEach((row, i) => {
    const k = key(row);
    if (seen.has(k)) ctx.addIssue({ code: 'custom', path: [table, i, field], message });
    seen.add(k);
  });
}

function refersTo<T, K extends keyof T & string>(ctx: z.RefinementCtx, list: readonly T[], table: string, field: K, ids: ReadonlySet<string>, message: string): void {
  list.forEach((row, i) => {
    if (!ids.has(String(row[field]))) ctx.addIssue({ code: 'custom', path: [table, i, field], message });
  });
}

/** The JSON path of a zod issue, as in snippets[3].title. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '（整个文件）';
}
