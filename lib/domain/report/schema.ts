// A report as one record: title, period, author, an outline of parts (up to GB/T 9704's four
// levels) and what sits in each part, then the 落款 and the 成文日期. Headings are stored without
// their numbers: numbering is computed from the outline (numbering.ts), so a move never leaves a
// stale 三、 behind. Snippets and problem sets are held by reference, so a fix to a snippet shows
// up in every report that uses it.
import { z } from 'zod';
import { Identity, PeriodKey } from '../schemas.ts';

/** GB/T 9704-2012 numbers four levels of headings: 一、 （一） 1. （1）. */
export const MAX_PART_LEVEL = 4;

/**
 * The outline checks' refusals, as the zod issue's message: codes (lib/domain/schemaProblems.ts),
 * so a damaged report in a backup file or a refused save is named in the user's words.
 */
export const REPORT_SCHEMA_MESSAGES = {
  tooDeep: 'schema.partTooDeep',
  partIdTwice: 'schema.partIdTwice',
} as const;
export const REPORT_SCHEMA_CODES = Object.values(REPORT_SCHEMA_MESSAGES);

const Id = z.string().min(1).max(100);
const Timestamp = z.number().int().nonnegative();
/** One line of text: headings, titles and 落款 lines never hold a line break. */
const Line = (max: number) => z.string().max(max).regex(/^[^\n\r]*$/);

export const ReportBlock = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('snippet'), snippetId: Id }),
  z.object({ kind: z.literal('problemSet'), id: Id }),
  /** Text written for this report only; paragraphs separated by newlines, like a snippet's body. */
  z.object({ kind: z.literal('text'), text: z.string().max(200_000) }),
]);
export type ReportBlock = z.infer<typeof ReportBlock>;

export interface ReportPart {
  id: string;
  /** The heading's words, without its number. */
  heading: string;
  /**
   * The heading is the start of the first paragraph under it, cut short (an imported 1.全年完成投资
   * 12.5亿元，同比增长8%…): the document writes the number before that paragraph, not the words twice.
   */
  runIn?: true;
  blocks: ReportBlock[];
  children: ReportPart[];
}

export const ReportPart: z.ZodType<ReportPart> = z.object({
  id: Id,
  heading: Line(200),
  runIn: z.literal(true).optional(),
  blocks: z.array(ReportBlock).max(500),
  get children() {
    return z.array(ReportPart).max(200);
  },
});

/** The writer, kept once in settings; usable in any snippet as {{单位}}, {{姓名}}, {{职务}}. */
export const ReportAuthor = z.object({
  unit: Line(100),
  name: Line(100),
  post: Line(100),
});
export type ReportAuthor = z.infer<typeof ReportAuthor>;

/** The slot names the author's fields answer to in templates. */
export const AUTHOR_SLOTS: Record<keyof ReportAuthor, string> = { unit: '单位', name: '姓名', post: '职务' };

/** A calendar date, 2026-01-05; checked against the calendar so 2026-02-30 is refused. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(y, m - 1, d));
    return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  }, 'not a calendar date');

export const Report = z
  .object({
    id: Id,
    title: Line(200),
    period: PeriodKey,
    author: ReportAuthor,
    /** Unnumbered paragraphs before 一、 (根据安排，现将……报告如下：). */
    opening: z.array(ReportBlock).max(500),
    parts: z.array(ReportPart).max(200),
    /** Unnumbered paragraphs after the last part (以上报告，请审议。). */
    closing: z.array(ReportBlock).max(500),
    /** 落款: one line each, e.g. the 单位 and the 姓名. */
    signature: z.array(Line(100)).max(5),
    /** 成文日期; null until the writer sets it. */
    date: IsoDate.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    ...Identity,
  })
  .superRefine((report, ctx) => {
    const seen = new Set<string>();
    const walk = (parts: readonly ReportPart[], level: number, path: (string | number)[]) => {
      parts.forEach((part, i) => {
        const at = [...path, i];
        if (level > MAX_PART_LEVEL) ctx.addIssue({ code: 'custom', path: at, message: REPORT_SCHEMA_MESSAGES.tooDeep });
        if (seen.has(part.id)) ctx.addIssue({ code: 'custom', path: [...at, 'id'], message: REPORT_SCHEMA_MESSAGES.partIdTwice });
        seen.add(part.id);
        walk(part.children, level + 1, [...at, 'children']);
      });
    };
    walk(report.parts, 1, ['parts']);
  });
export type Report = z.infer<typeof Report>;
