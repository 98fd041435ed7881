// Messages between the panel and the import worker. The worker's replies are parsed with zod where
// the panel receives them (run.ts): a failure carries a problem code and its figures, never a
// sentence, so the panel says it in the writer's language.
import { z } from 'zod/mini';
import type { ImportOptions, ImportPreview, ImportSource } from './parse.ts';
import { IMPORT_PROBLEM_CODES } from './problems.ts';
import { IMPORT_STAGES } from './progress.ts';

export interface ImportRequest {
  id: number;
  source: ImportSource;
  options: ImportOptions;
}

const Id = z.int().check(z.positive());

export const ImportReply = z.discriminatedUnion('type', [
  z.object({ id: Id, type: z.literal('progress'), progress: z.object({ percent: z.number().check(z.gte(0), z.lte(100)), stage: z.enum(IMPORT_STAGES) }) }),
  // The preview is the parse's own result, made by this extension's worker; only its shape is checked.
  z.object({ id: Id, type: z.literal('done'), preview: z.custom<ImportPreview>((v) => typeof v === 'object' && v !== null && Array.isArray((v as { proposals?: unknown }).proposals)) }),
  z.object({
    id: Id,
    type: z.literal('error'),
    problem: z.object({ code: z.enum(IMPORT_PROBLEM_CODES), params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))) }),
  }),
]);
export type ImportReply = z.infer<typeof ImportReply>;
