// The domain's types. Each zod schema is the single source of a type: the database, the message
// protocol, backups and the UI all import from here. A refusal worded by this project has a code
// as its message (schemaProblems.ts); the panel puts it into words.
import { z } from 'zod';
import { SNIPPET_ROLES } from './roles.ts';
import { SCHEMA_MESSAGES } from './schemaProblems.ts';

export { SNIPPET_ROLES };
export const SnippetRole = z.enum(SNIPPET_ROLES);
export type SnippetRole = z.infer<typeof SnippetRole>;

/** How each role reads in a report, in the UI's order. */
export const ROLE_LABELS: Record<SnippetRole, string> = {
  opening: '开头',
  work: '主要工作',
  problem: '存在问题',
  cause: '原因分析',
  measure: '整改措施',
  closing: '结尾',
  other: '其他',
};

const Timestamp = z.number().int().nonnegative();

/**
 * Where a record taken from a library pack came from (lib/domain/pack): the pack, the item's id in
 * it, the pack's revision of that item when it was last taken, and a fingerprint of its content
 * then. That is the common ancestor of a three-way merge when a newer version of the pack comes.
 * Absent on the user's own records.
 */
export const PackOrigin = z.object({
  pack: z.string().min(1).max(100),
  item: z.string().min(1).max(100),
  revision: z.number().int().positive(),
  base: z.string().min(1).max(100),
});
export type PackOrigin = z.infer<typeof PackOrigin>;

/**
 * Identity across computers: the id is a UUID; `revision` counts the saves of the record's content
 * (1 when created; a Dexie hook in lib/db/database.ts adds one on every save), so a pack can say
 * which version of an item it carries. Optional in files written before it existed (read as 1).
 */
export const Identity = {
  revision: z.number().int().positive().optional(),
  origin: PackOrigin.optional(),
};

export const Snippet = z.object({
  id: z.string().min(1),
  title: z.string().trim().min(1, SCHEMA_MESSAGES.titleEmpty).max(200),
  /** Template text; paragraphs are separated by newlines. */
  body: z.string().max(200_000),
  role: SnippetRole,
  /** A report type path such as 述职报告/党建; empty for the top level. */
  folder: z.string().max(200),
  tags: z.array(z.string().min(1).max(50)).max(50),
  favorite: z.boolean(),
  useCount: z.number().int().nonnegative(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  lastUsedAt: Timestamp.nullable(),
  /** Set when the snippet is in the trash. */
  deletedAt: Timestamp.nullable(),
  /** Where the text came from, e.g. the title and address of the page it was saved from. */
  source: z.string().max(2000).default(''),
  ...Identity,
});
export type Snippet = z.infer<typeof Snippet>;

export const METRIC_KINDS = ['value', 'tally', 'text'] as const;
export const MetricKind = z.enum(METRIC_KINDS);
export type MetricKind = z.infer<typeof MetricKind>;

/** A metric's name is the slot key written in templates, so it may not hold template syntax. */
export const MetricName = z
  .string()
  .trim()
  .min(1, SCHEMA_MESSAGES.nameEmpty)
  .max(60, SCHEMA_MESSAGES.nameTooLong)
  // ｜ and ＠ too: the template reads them as | and @ (a Chinese IME types them full width).
  .regex(/^[^{}|@=｜＠\n\r]+$/, SCHEMA_MESSAGES.nameSyntax);

export const Metric = z.object({
  id: z.string().min(1),
  name: MetricName,
  kind: MetricKind,
  unit: z.string().max(20),
  /** 口径 / where the number comes from. */
  note: z.string().max(2000),
  tags: z.array(z.string().min(1).max(50)).max(50),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  ...Identity,
});
export type Metric = z.infer<typeof Metric>;

/** A reporting period: a year, a half, a quarter or a month. */
export const PeriodKey = z.string().regex(/^\d{4}(-H[12]|-Q[1-4]|-(0[1-9]|1[0-2]))?$/, SCHEMA_MESSAGES.periodFormat);
export type PeriodKey = z.infer<typeof PeriodKey>;

/**
 * Set only on the values and tally entries the sample library wrote (lib/db/seedSampleLibrary.ts):
 * invented figures that look real, so the panel marks them 示例 until the user writes their own.
 * Absent on everything else, rows written before the mark existed included; no index, so the
 * database's version is unchanged. A write by the user leaves it out (lib/db/metrics.ts).
 */
const SampleMark = z.literal(true).optional();

export const MetricValue = z.object({
  metricId: z.string().min(1),
  period: PeriodKey,
  /** A number for value metrics, a string for text metrics. */
  value: z.union([z.number().finite(), z.string().max(2000)]),
  note: z.string().max(2000),
  updatedAt: Timestamp,
  sample: SampleMark,
});
export type MetricValue = z.infer<typeof MetricValue>;

export const TallyEntry = z.object({
  id: z.string().min(1),
  metricId: z.string().min(1),
  /** A calendar date, 2026-11-26. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  amount: z.number().finite(),
  note: z.string().max(2000),
  createdAt: Timestamp,
  sample: SampleMark,
});
export type TallyEntry = z.infer<typeof TallyEntry>;

/**
 * A problem with the causes behind it and the measures that answer it, in order. Causes and
 * measures are snippets too, so one cause can serve several problems.
 */
export const ProblemSet = z.object({
  id: z.string().min(1),
  problemId: z.string().min(1),
  causeIds: z.array(z.string().min(1)).max(50),
  measureIds: z.array(z.string().min(1)).max(50),
  /** 责任单位 / 责任人, optional. */
  owner: z.string().max(200),
  /** 时限, free text such as 2026年6月底前. */
  deadline: z.string().max(100),
  updatedAt: Timestamp,
  ...Identity,
});
export type ProblemSet = z.infer<typeof ProblemSet>;

/** An earlier version of a snippet, kept when it is edited so it can be restored. */
export const SnippetRevision = z.object({
  id: z.number().int().positive().optional(),
  snippetId: z.string().min(1),
  title: z.string(),
  body: z.string(),
  savedAt: Timestamp,
});
export type SnippetRevision = z.infer<typeof SnippetRevision>;
