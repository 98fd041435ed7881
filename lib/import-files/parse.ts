// The import's parse, in stages with progress: read the file, drop the advertising, read the
// outline, propose snippets, and (if asked) turn figures into slots. Runs in a Web Worker from the
// panel (worker.ts) and directly in tests; it only ever returns data, never writes anything.
import {
  createSlotNamer,
  joinWrappedLines,
  numbersToSlots,
  parseOutline,
  proposeSnippetsAndSets,
  stripNoise,
  outlineHeadings,
  topicHeading,
  type ImportedHeading,
  type ImportedPlace,
  type NoiseReason,
  type SlotGuess,
  type SlotNamer,
  type ProblemSetProposal,
  type SnippetProposal,
  UNTITLED_SNIPPET_TITLE,
} from '../domain/import/index.ts';
import type { SnippetRole } from '../domain/schemas.ts';
import { decodeTextBytes, fileKind, type TextEncodingName } from './decode.ts';
import { docxToText } from './docx.ts';
import { importError } from './problems.ts';
import type { ImportProgress } from './progress.ts';

export type ImportSource = { kind: 'text'; text: string; name?: string } | { kind: 'file'; name: string; bytes: Uint8Array };

export interface ImportOptions {
  /** Also turn concrete figures with a unit (12次, 3.5万元) into slots, keeping the figure. */
  numbersToSlots?: boolean;
  /** Line numbers the writer took back from the removed list. */
  keepLines?: readonly number[];
  /** Line numbers of doubtful lines the writer chose to remove after all. */
  dropLines?: readonly number[];
}

export interface ProposedSnippet {
  title: string;
  role: SnippetRole;
  folder: string;
  /** Template text with {{slot}}s. */
  body: string;
  original: string;
  path: string[];
  slots: SlotGuess[];
  /** Where it stands among the headings (ImportPreview.headings), for making a report of the import. */
  place: ImportedPlace;
}

export interface RemovedNoiseLine {
  lineNo: number;
  text: string;
  /** Why it looks like noise; the panel words it (import.noiseReason.<reason>). */
  reason: NoiseReason;
}

export interface ImportPreview {
  /** The file's name; null for pasted text, which the panel names in its own words. */
  sourceName: string | null;
  /** null for pasted text and .docx. */
  encoding: TextEncodingName | null;
  /** The decoded text, kept so a removed line can be taken back without reading the file again. */
  text: string;
  title: string | null;
  /** The outline's headings in reading order, for making a report of the import. */
  headings: ImportedHeading[];
  proposals: ProposedSnippet[];
  removed: RemovedNoiseLine[];
  /** Lines that look like noise without certainty: kept in the report, shown for a second look. */
  doubtful: RemovedNoiseLine[];
  /** 整改台账 problems: indexes into `proposals` of each problem and its measures. */
  problemSets: ProblemSetProposal[];
}

/** Longer texts than this are refused: a report is a few tens of thousands of characters. */
export const MAX_IMPORT_CHARS = 2_000_000;

export interface ImportText {
  text: string;
  encoding: TextEncodingName | null;
  name: string | null;
  /** For .docx: the Word heading level of each heading line, by 1-based line number. */
  headingLevels?: Map<number, number>;
}

export async function readImportSource(source: ImportSource): Promise<ImportText> {
  if (source.kind === 'text') return { text: source.text.replace(/\r\n?/g, '\n'), encoding: null, name: source.name ?? null };
  if (source.bytes.length === 0) throw importError('import.emptyFile');
  const kind = fileKind(source.name, source.bytes);
  if (kind === 'docx') return { ...(await docxToText(source.bytes)), encoding: null, name: source.name };
  // A web page needs a DOM to be read safely; the panel turns it into text first (run.ts).
  if (kind === 'html') throw importError('import.pageNeedsPanel');
  const decoded = decodeTextBytes(source.bytes);
  return { text: decoded.text, encoding: decoded.encoding, name: source.name };
}

export async function parseImport(
  source: ImportSource,
  options: ImportOptions = {},
  onProgress: (progress: ImportProgress) => void = () => undefined,
): Promise<ImportPreview> {
  onProgress({ percent: 5, stage: 'reading' });
  const { text, encoding, name, headingLevels } = await readImportSource(source);
  if (text.length > MAX_IMPORT_CHARS) throw importError('import.tooLong', { chars: text.length, max: MAX_IMPORT_CHARS });
  if (text.trim() === '') throw importError('import.noText');
  onProgress({ percent: 30, stage: 'cleaning' });
  const noise = stripNoise(text);
  const keep = new Set(options.keepLines ?? []);
  // Only a doubtful line can be dropped by hand: a sure line of text is never taken out this way.
  const drop = new Set((options.dropLines ?? []).filter((n) => !keep.has(n)));
  const dropped = noise.kept.flatMap((l) => (l.doubt && drop.has(l.lineNo) ? [{ ...l, reason: l.doubt }] : []));
  const kept = [...noise.kept.filter((l) => !(l.doubt && drop.has(l.lineNo))), ...noise.removed.filter((l) => keep.has(l.lineNo))].sort((a, b) => a.lineNo - b.lineNo);
  const removed = [...noise.removed.filter((l) => !keep.has(l.lineNo)), ...dropped]
    .sort((a, b) => a.lineNo - b.lineNo)
    .map((l) => ({ lineNo: l.lineNo, text: l.text, reason: l.reason }));
  const doubtful = noise.kept.flatMap((l) => (l.doubt && !drop.has(l.lineNo) ? [{ lineNo: l.lineNo, text: l.text, reason: l.doubt }] : []));
  onProgress({ percent: 55, stage: 'outline' });
  const paragraphs = joinWrappedLines(kept);
  const outline = parseOutline(
    paragraphs.map((l) => l.text),
    paragraphs.map((l) => headingLevels?.get(l.lineNo) ?? null),
  );
  onProgress({ percent: 75, stage: 'splitting' });
  // One namer for the whole import: placeholders and figures never share a name by accident.
  const namer = createSlotNamer();
  const { proposals: raw, problemSets } = proposeSnippetsAndSets(outline, namer);
  const proposals: ProposedSnippet[] = [];
  for (const [i, p] of raw.entries()) {
    proposals.push(options.numbersToSlots ? withFigureSlots(p, namer) : toProposed(p));
    if (i % 20 === 19) onProgress({ percent: 75 + Math.round((20 * i) / raw.length), stage: 'splitting' });
  }
  onProgress({ percent: 100, stage: 'done' });
  return { sourceName: name, encoding, text, title: outline.title, headings: outlineHeadings(outline), proposals, removed, doubtful, problemSets };
}

function toProposed(p: SnippetProposal): ProposedSnippet {
  return { title: p.title.trim().slice(0, 200) || UNTITLED_SNIPPET_TITLE, role: p.role, folder: p.folder ?? '', body: p.body, original: p.original, path: p.path, slots: p.slots, place: p.place };
}

const SLOT = /\{\{[^{}]*\}\}/g;

/** Figures become slots in the text between the placeholder slots, named by the import's namer. */
function withFigureSlots(p: SnippetProposal, namer: SlotNamer): ProposedSnippet {
  const slots = [...p.slots];
  const heading = topicHeading(p.path, p.original);
  let body = '';
  let cursor = 0;
  const convert = (part: string) => {
    const result = numbersToSlots(part, namer, heading);
    slots.push(...result.slots);
    return result.template;
  };
  for (const match of p.body.matchAll(SLOT)) {
    body += convert(p.body.slice(cursor, match.index)) + match[0];
    cursor = match.index + match[0].length;
  }
  body += convert(p.body.slice(cursor));
  return { ...toProposed(p), body, slots };
}
