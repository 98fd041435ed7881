// The shape every editor adapter has. An adapter claims the editors it knows and tries one route;
// it reports success only when it has seen the content change (confirmed, not assumed).
import type { TextField } from './editable.ts';

export interface InsertPayload {
  paragraphs: string[];
  /** Paragraphs joined with line breaks. */
  text: string;
  /** Paragraphs as escaped <p> elements. */
  html: string;
  format: 'rich' | 'plain';
}

export type InsertTarget =
  | { kind: 'text-field'; element: TextField }
  | { kind: 'rich'; element: HTMLElement };

export interface EditorAdapter {
  /** Named in the answer to the panel and in the README's editor table. */
  readonly name: string;
  handles(target: InsertTarget): boolean;
  /** Returns true only if the insertion was observed in the editor's content. */
  insert(target: InsertTarget, payload: InsertPayload): boolean;
}
