// Turning the X placeholders of a bought template into named slots:
// 召开X次党建专题会议 → 召开{{党建专题会议(次)}}次党建专题会议, X社区 → {{社区名称}}社区.
import { guessSlots, writtenFormat, type Candidate, type SlotTemplate } from './slot-guess.ts';
import type { SlotNamer } from './slot-names.ts';
import { CENTURY_YEAR, isYearPlaceholder, yearWord } from './years.ts';

// X, XX, ×, x and their full-width forms. A run counts as one placeholder, and so does one figure
// written with a thousands separator or a decimal point (X,XXX, XX.X, X,XXX.XX): one figure, one slot.
const PLACEHOLDER = /[XxＸｘ×]+(?:,[XxＸｘ×]{3}(?![XxＸｘ×]))*(?:[.．][XxＸｘ×]+)?/g;
const ASCII_WORD = /[A-Za-z0-9]/;
// X光, X射线 are words, not blanks to fill.
const NOT_A_BLANK_AFTER = /^(?:光|射线|线)/;

export function placeholdersToSlots(text: string, namer?: SlotNamer, heading?: string): SlotTemplate {
  return guessSlots(text, findPlaceholders(text, heading), namer, heading);
}

// A document number cited as written (×政办发〔2025〕12号, ×农发〔20XX〕X号): the reference to a
// document already issued, whose ×, year and number are not this year's blanks to fill.
const DOCUMENT_NUMBER = /[XxＸｘ×\p{Script=Han}]{1,10}[〔［[【（(]\s*(?:[0-9０-９]{4}|(?:19|20)[XxＸｘ]{2}|[XxＸｘ]{4})\s*[〕］\]】）)]\s*(?:[0-9０-９]{1,4}|[XxＸｘ×]{1,4})\s*号/gu;

function findPlaceholders(text: string, heading = ''): Candidate[] {
  const cited = [...text.matchAll(DOCUMENT_NUMBER)].map((m) => [m.index, m.index + m[0].length] as const);
  const inCitation = (i: number) => cited.some(([from, to]) => i >= from && i < to);
  const years: Candidate[] = [...text.matchAll(CENTURY_YEAR)]
    .filter((m) => !inCitation(m.index))
    .map((m) => ({ start: m.index, end: m.index + m[0].length, allowText: false, builtin: yearWord(text, m.index, heading) }));
  const inYear = (i: number) => years.some((y) => i >= y.start && i < y.end);
  const blanks = [...plainPlaceholders(text, heading)].filter((c) => !inYear(c.start) && !inCitation(c.start));
  return [...years, ...blanks].sort((a, b) => a.start - b.start);
}

function* plainPlaceholders(text: string, heading: string): Generator<Candidate> {
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index;
    const end = start + match[0].length;
    // Part of an English word or phrase or a formula (Excel, Windows X, 3x4, 2×3): not a placeholder.
    if (ASCII_WORD.test(nearestBefore(text, start)) || ASCII_WORD.test(nearestAfter(text, end))) continue;
    // 1+X, X+N: the name of a policy or a system, not a figure to fill.
    if (nearestBefore(text, start) === '+' || nearestAfter(text, end) === '+') continue;
    if (NOT_A_BLANK_AFTER.test(text.slice(end, end + 2))) continue;
    if (/^[XxＸｘ×]+$/.test(match[0]) && isYearPlaceholder(text, start, end)) {
      yield { start, end, allowText: false, builtin: yearWord(text, start, heading) };
      continue;
    }
    yield { start, end, allowText: true, format: writtenFormat(match[0]) };
  }
}

/** The nearest character before `i` that is not a space. */
function nearestBefore(text: string, i: number): string {
  while (i > 0 && text[i - 1] === ' ') i--;
  return text[i - 1] ?? '';
}

function nearestAfter(text: string, i: number): string {
  while (text[i] === ' ') i++;
  return text[i] ?? '';
}
