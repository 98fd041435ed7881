// What of each record a pack compares: its content, never its use counts, star, trash or times.
// Records point at each other by id (a problem set at its snippets, a report at snippets and
// problem sets), and ids differ between the pack and this computer, so content is compared in the
// pack's ids: `ids` maps a record's references into them (a reference the map does not know stays
// as it is, and so counts as a change).
import type { Report, ReportBlock, ReportPart } from '../report/schema.ts';
import type { Metric, ProblemSet, Snippet } from '../schemas.ts';
import type { WordList } from '../wordList.ts';
import { fingerprint } from './fingerprint.ts';

export const PACK_ITEM_KINDS = ['snippet', 'metric', 'problemSet', 'report', 'wordList'] as const;
export type PackItemKind = (typeof PACK_ITEM_KINDS)[number];

/** Maps a reference (a snippet's or a problem set's id) from one side's ids to the other's. */
export interface IdMaps {
  snippets: (id: string) => string | undefined;
  problemSets: (id: string) => string | undefined;
}

export const SAME_IDS: IdMaps = { snippets: (id) => id, problemSets: (id) => id };

const through = (map: (id: string) => string | undefined) => (id: string) => map(id) ?? id;

export const snippetContent = (s: Snippet) => ({ title: s.title, body: s.body, role: s.role, folder: s.folder, tags: s.tags });
export const metricContent = (m: Metric) => ({ name: m.name, kind: m.kind, unit: m.unit, note: m.note, tags: m.tags });
export const wordListContent = (l: WordList) => ({ name: l.name, entries: l.entries });

export function problemSetReferences(set: ProblemSet, ids: IdMaps): ProblemSet {
  const s = through(ids.snippets);
  return { ...set, problemId: s(set.problemId), causeIds: set.causeIds.map(s), measureIds: set.measureIds.map(s) };
}

export const problemSetContent = (set: ProblemSet, ids: IdMaps) => {
  const p = problemSetReferences(set, ids);
  return { problemId: p.problemId, causeIds: p.causeIds, measureIds: p.measureIds, owner: p.owner, deadline: p.deadline };
};

function blockReferences(block: ReportBlock, ids: IdMaps): ReportBlock {
  if (block.kind === 'snippet') return { kind: 'snippet', snippetId: through(ids.snippets)(block.snippetId) };
  if (block.kind === 'problemSet') return { kind: 'problemSet', id: through(ids.problemSets)(block.id) };
  return block;
}

function partReferences(part: ReportPart, ids: IdMaps): ReportPart {
  return { ...part, blocks: part.blocks.map((b) => blockReferences(b, ids)), children: part.children.map((c) => partReferences(c, ids)) };
}

/** The report with its snippet and problem set references mapped. */
export function reportReferences<R extends Report>(report: R, ids: IdMaps): R {
  return {
    ...report,
    opening: report.opening.map((b) => blockReferences(b, ids)),
    parts: report.parts.map((p) => partReferences(p, ids)),
    closing: report.closing.map((b) => blockReferences(b, ids)),
  };
}

export const reportContent = (report: Report, ids: IdMaps) => {
  const r = reportReferences(report, ids);
  return { title: r.title, period: r.period, author: r.author, opening: r.opening, parts: r.parts, closing: r.closing, signature: r.signature, date: r.date };
};

/** Every snippet and problem set a report refers to. */
export function reportReferenceIds(report: Report): { snippets: string[]; problemSets: string[] } {
  const snippets: string[] = [];
  const problemSets: string[] = [];
  const blocks = (list: readonly ReportBlock[]) => {
    for (const b of list) {
      if (b.kind === 'snippet') snippets.push(b.snippetId);
      else if (b.kind === 'problemSet') problemSets.push(b.id);
    }
  };
  const parts = (list: readonly ReportPart[]) => {
    for (const p of list) {
      blocks(p.blocks);
      parts(p.children);
    }
  };
  blocks(report.opening);
  parts(report.parts);
  blocks(report.closing);
  return { snippets, problemSets };
}

export const fingerprintSnippet = (s: Snippet) => fingerprint(snippetContent(s));
export const fingerprintMetric = (m: Metric) => fingerprint(metricContent(m));
export const fingerprintWordList = (l: WordList) => fingerprint(wordListContent(l));
export const fingerprintProblemSet = (p: ProblemSet, ids: IdMaps = SAME_IDS) => fingerprint(problemSetContent(p, ids));
export const fingerprintReport = (r: Report, ids: IdMaps = SAME_IDS) => fingerprint(reportContent(r, ids));
