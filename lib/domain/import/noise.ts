// Removing advertising, watermark and page furniture lines from an imported report, and saying
// why each went, so the import preview can show them and the writer can take one back.
import { parseMarker } from '../outline/index.ts';
import { splitLines, type SourceLine } from './lines.ts';
import { KEYWORD_MAX_LENGTH, KEYWORD_RULES, STRONG_RULES, type NoiseReason } from './noise-rules.ts';

export interface RemovedLine extends SourceLine {
  reason: NoiseReason;
}

export interface NoiseResult {
  /** Report lines in order. Blank lines are in neither list: they carry no structure here. */
  kept: SourceLine[];
  removed: RemovedLine[];
}

// A running header or footer is short and is not a sentence; a report line repeated word for word
// is usually long or numbered.
const REPEATED_MAX_LENGTH = 30;
// Prose that marks where the report itself ends; ads come after it.
const SUBSTANTIVE_LENGTH = 40;

export function stripNoise(text: string): NoiseResult {
  const lines = splitLines(text).filter((line) => line.text !== '');
  const counts = countRepeats(lines);
  const numbered = lines.map((line) => isNumberedHeading(line.text));
  const reasons = lines.map((line, i) => lineReason(line.text, numbered[i]!, counts));
  markTrailingAds(lines, numbered, reasons);
  const kept: SourceLine[] = [];
  const removed: RemovedLine[] = [];
  lines.forEach((line, i) => {
    const reason = reasons[i];
    if (reason) removed.push({ lineNo: line.lineNo, text: line.text, reason });
    else kept.push(line);
  });
  return { kept, removed };
}

function lineReason(text: string, numbered: boolean, counts: ReadonlyMap<string, number>): NoiseReason | null {
  for (const [reason, pattern] of STRONG_RULES) if (pattern.test(text)) return reason;
  if (numbered || text.length > KEYWORD_MAX_LENGTH) return null;
  for (const [reason, pattern] of KEYWORD_RULES) if (pattern.test(text)) return reason;
  if (text.length <= REPEATED_MAX_LENGTH && !/[。！？]/.test(text) && (counts.get(repeatKey(text)) ?? 0) > 1) return 'repeated';
  return null;
}

/**
 * Sellers append a block of pitches after the report. Once the last real paragraph is past and a
 * noise line has appeared, the short lines that follow are part of that block even when no single
 * one of them is recognisable (自建平台、实时分享). Lines between the last paragraph and the first
 * noise line — a signature, a date — stay.
 */
function markTrailingAds(lines: readonly SourceLine[], numbered: readonly boolean[], reasons: (NoiseReason | null)[]): void {
  let lastProse = -1;
  lines.forEach((line, i) => {
    if (reasons[i] === null && (numbered[i] || isProse(line.text))) lastProse = i;
  });
  const firstNoise = reasons.findIndex((reason, i) => i > lastProse && reason !== null);
  if (firstNoise < 0) return;
  for (let i = firstNoise + 1; i < lines.length; i++) reasons[i] ??= 'trailing-ad';
}

function isProse(text: string): boolean {
  return /[。；]/.test(text) || text.length >= SUBSTANTIVE_LENGTH;
}

function isNumberedHeading(text: string): boolean {
  const marker = parseMarker(text);
  return marker !== null && marker.level !== null;
}

function countRepeats(lines: readonly SourceLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text } of lines) counts.set(repeatKey(text), (counts.get(repeatKey(text)) ?? 0) + 1);
  return counts;
}

function repeatKey(text: string): string {
  return text.replace(/\s+/g, '');
}
