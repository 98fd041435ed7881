// What a report still lacks before it can be handed in, beyond unfilled slots (render.ts): a
// heading with no words (the document would print a bare 三、), a part with nothing under it —
// neither text nor sub-parts — and the 成文日期. The panel names them above the full text; the
// document is still written as it stands, since the writer may mean to finish it in the editor.
import type { ReportDocument, ReportLine } from './render.ts';

export interface ReportGaps {
  /** Parts whose heading has no words, in reading order. */
  emptyHeadings: string[];
  /** Parts with no paragraph and no sub-part under them (a gone snippet counts as nothing). */
  emptyParts: string[];
  /** True when the report has no 成文日期. */
  noDate: boolean;
}

type Heading = Extract<ReportLine, { kind: 'heading' }>;

export function reportGaps(doc: ReportDocument): ReportGaps {
  const emptyHeadings: string[] = [];
  const emptyParts: string[] = [];
  doc.lines.forEach((line, i) => {
    if (line.kind !== 'heading') return;
    if (line.heading.trim() === '') emptyHeadings.push(line.partId);
    if (!holdsSomething(line, doc.lines.slice(i + 1))) emptyParts.push(line.partId);
  });
  return { emptyHeadings, emptyParts, noDate: !doc.lines.some((l) => l.kind === 'date') };
}

/** Whether a paragraph of the part, or a sub-part, comes before the part ends. */
function holdsSomething(heading: Heading, after: readonly ReportLine[]): boolean {
  for (const line of after) {
    if (line.kind === 'paragraph') return line.partId === heading.partId;
    if (line.kind === 'heading') return line.level > heading.level;
    if (line.kind !== 'unresolved') return false;
  }
  return false;
}
