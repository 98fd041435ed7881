// The shared step behind placeholdersToSlots and numbersToSlots: given where the numbers are,
// read the unit after each, guess a label, and write the template with {{name}} in their place.
import { labelAfter, labelBefore } from './labels.ts';
import { createSlotNamer } from './slot-names.ts';
import { fallbackLabel, nameSuffixAt, timeLabel, unitAt, type UnitMatch } from './units.ts';

export interface SlotGuess {
  /** Unique within the text; what stands between {{ and }}. */
  name: string;
  /** The guessed words, before numbering and unit were added. */
  label: string;
  /** 次, 万元, %; '' for a text slot. */
  unit: string;
  kind: 'value' | 'text';
  /** The placeholder or figure as written: X, XX, ×, 12.5. */
  source: string;
  /** The figure, for slots made from a concrete number. */
  value?: number;
  /** Where `source` was in the input. */
  start: number;
  end: number;
  /** Format filters the template writes after the name (|千分位|1位小数), '' for none. */
  format: string;
  /** The sentence the slot stands in, as written, for the preview. */
  sentence: string;
}

export interface SlotTemplate {
  /** The text with each slot written as {{name}}. */
  template: string;
  slots: SlotGuess[];
}

export interface Candidate {
  start: number;
  end: number;
  value?: number;
  /** Numbers are slots only before a unit; placeholders may also be names (X社区). */
  allowText: boolean;
  /** Filters that write the value as the source did, from writtenFormat. */
  format?: string;
}

/**
 * The template filters that write a figure as it was written: a thousands separator (1,234 or
 * X,XXX) and the number of decimals (3.50 or X.XX). A placeholder's form is the writer's template.
 */
export function writtenFormat(figure: string): string {
  const thousands = figure.includes(',') ? '|千分位' : '';
  const point = figure.search(/[.．]/);
  const places = point < 0 ? 0 : figure.length - point - 1;
  return thousands + (places > 0 ? `|${places}位小数` : '');
}

export function guessSlots(text: string, candidates: Iterable<Candidate>): SlotTemplate {
  const name = createSlotNamer();
  const slots: SlotGuess[] = [];
  const parts: string[] = [];
  let cursor = 0;
  for (const candidate of candidates) {
    const guess = classify(text, candidate);
    if (!guess) continue;
    const slotName = name(guess.label, guess.unit);
    const source = text.slice(candidate.start, candidate.end);
    const { start, end, value } = candidate;
    const format = guess.kind === 'value' ? (candidate.format ?? '') : '';
    const slot: SlotGuess = { name: slotName, label: guess.label, unit: guess.unit, kind: guess.kind, source, start, end, format, sentence: sentenceAt(text, start) };
    // Set only when known, so placeholder slots have no `value` key at all (spreading it in is slow).
    if (value !== undefined) slot.value = value;
    slots.push(slot);
    parts.push(text.slice(cursor, candidate.start), `{{${slotName}${format}}}`);
    cursor = candidate.end;
    // The unit goes into the template corrected (万兀 → 万元).
    if (guess.unitMatch && guess.unitMatch.corrected !== guess.unitMatch.surface) {
      parts.push(guess.unitMatch.corrected);
      cursor += guess.unitMatch.surface.length;
    }
  }
  parts.push(text.slice(cursor));
  return { template: parts.join(''), slots };
}

const SENTENCE_BREAK = /[。！？!?；;\n]/;
const MAX_SENTENCE = 80;

/** The sentence around `index`, cut to a readable length around it. */
function sentenceAt(text: string, index: number): string {
  let start = index;
  while (start > 0 && index - start < MAX_SENTENCE && !SENTENCE_BREAK.test(text[start - 1]!)) start--;
  let end = index;
  while (end < text.length && end - start < MAX_SENTENCE && !SENTENCE_BREAK.test(text[end]!)) end++;
  if (end < text.length && text[end] !== '\n') end++;
  return text.slice(start, end).trim();
}

interface Classified {
  kind: 'value' | 'text';
  label: string;
  unit: string;
  unitMatch?: UnitMatch;
}

function classify(text: string, { start, end, allowText }: Candidate): Classified | null {
  const nameLabel = allowText ? nameSuffixAt(text, end) : null;
  if (nameLabel) return { kind: 'text', label: nameLabel, unit: '' };
  const unit = unitAt(text, end);
  if (unit) {
    const label = timeLabel(unit) ?? (labelAfter(text, end + unit.surface.length) || labelBefore(text, start) || fallbackLabel(unit));
    return { kind: 'value', label, unit: unit.family === 'time' ? '' : unit.unit, unitMatch: unit };
  }
  if (!allowText) return null;
  // X before other words names something (X党建计划 → 党建计划名称); X alone takes the phrase before it.
  const following = labelAfter(text, end, 6);
  if (following) return { kind: 'text', label: `${following}名称`, unit: '' };
  return { kind: 'text', label: labelBefore(text, start) || '名称', unit: '' };
}
