// How far an import has come, as a stage code; the panel says it in words (import.stage.* in locales/).
// Apart from parse.ts so the panel and the protocol can name the stages without loading the parse.

export const IMPORT_STAGES = ['preparing', 'reading', 'cleaning', 'outline', 'splitting', 'done'] as const;

export type ImportStage = (typeof IMPORT_STAGES)[number];

export interface ImportProgress {
  /** 0–100. */
  percent: number;
  stage: ImportStage;
}
