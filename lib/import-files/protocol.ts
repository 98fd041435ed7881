// Messages between the panel and the import worker.
import type { ImportOptions, ImportPreview, ImportProgress, ImportSource } from './parse.ts';

export interface ImportRequest {
  id: number;
  source: ImportSource;
  options: ImportOptions;
}

export type ImportReply =
  | { id: number; type: 'progress'; progress: ImportProgress }
  | { id: number; type: 'done'; preview: ImportPreview }
  | { id: number; type: 'error'; message: string; expected: boolean };
