// The preview's view of slots: every slot once across the chosen snippets, and renaming them.
import type { ProposedSnippet } from '../hooks/useImport.ts';

// The name, then the filters (|千分位|1位小数) that write the value as the report did.
export const SLOT_PATTERN = /\{\{([^{}|@]*)([^{}]*)\}\}/g;

export interface SlotSummary {
  name: string;
  label: string;
  unit: string;
  kind: 'value' | 'text';
  /** How many times it appears in the chosen snippets. */
  uses: number;
  /** A figure it was made from (the first one), when figures became slots. */
  value?: number;
  /** The sentence it was found in (the first one). */
  sentence: string;
}

export function summarizeSlots(proposals: readonly ProposedSnippet[]): SlotSummary[] {
  const byName = new Map<string, SlotSummary>();
  for (const p of proposals) {
    for (const slot of p.slots) {
      const known = byName.get(slot.name);
      if (known) known.uses++;
      else byName.set(slot.name, { name: slot.name, label: slot.label, unit: slot.unit, kind: slot.kind, uses: 1, sentence: slot.sentence, ...(slot.value === undefined ? {} : { value: slot.value }) });
    }
  }
  return [...byName.values()];
}

/** The body with renamed slots. */
export function renameSlots(body: string, renames: ReadonlyMap<string, string>): string {
  return body.replace(SLOT_PATTERN, (whole, name: string, filters: string) => {
    const renamed = renames.get(name)?.trim();
    return renamed ? `{{${renamed}${filters}}}` : whole;
  });
}

/** Text and slot pieces, for highlighting. */
export function splitSlots(body: string): { text: string; slot: boolean }[] {
  const pieces: { text: string; slot: boolean }[] = [];
  let cursor = 0;
  for (const match of body.matchAll(SLOT_PATTERN)) {
    if (match.index > cursor) pieces.push({ text: body.slice(cursor, match.index), slot: false });
    pieces.push({ text: match[1]!, slot: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < body.length) pieces.push({ text: body.slice(cursor), slot: false });
  return pieces;
}
