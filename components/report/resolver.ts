// How the report view turns a report's references into text: each snippet rendered for the
// report's own period (so a copy for next year reads next year's figures), problem sets as their
// problem, causes and measures in order, and {{单位}} {{姓名}} {{职务}} answered from the author
// profile. Unfilled slots keep their 【名称】 marks, which the preview and the count pick up.
// The metric lookup comes in built: the view builds it once per change to the metrics
// (useLibrary), not on every edit of the report.
import type { MetricLookup } from '../../lib/domain/metrics/index.ts';
import { AUTHOR_SLOTS, type ReportAuthor, type ReportResolver, type ResolvedBlock } from '../../lib/domain/report/index.ts';
import type { ProblemSet, Snippet } from '../../lib/domain/schemas.ts';
import { refLabel, renderTemplate, renderedParagraphs, type RenderContext } from '../../lib/domain/template/index.ts';

export interface ResolverSources {
  snippets: readonly Snippet[];
  sets: readonly ProblemSet[];
  /** Built from the metric store (lib/db/slotLookup.ts). */
  lookup: MetricLookup;
  period: string;
  author: ReportAuthor;
}

export function reportResolver({ snippets, sets, lookup: stored, period, author }: ResolverSources): ReportResolver {
  const byId = new Map(snippets.map((s) => [s.id, s]));
  const setById = new Map(sets.map((s) => [s.id, s]));
  const authorValues = new Map(
    (Object.keys(AUTHOR_SLOTS) as (keyof ReportAuthor)[]).flatMap((key) => (author[key].trim() ? [[AUTHOR_SLOTS[key], author[key].trim()] as const] : [])),
  );
  const context: RenderContext = {
    period,
    lookup: (name, p) => {
      const own = authorValues.get(name);
      return own === undefined ? stored(name, p) : { kind: 'text', value: own };
    },
  };
  const cache = new Map<string, ResolvedBlock>();
  const render = (body: string): ResolvedBlock => {
    let block = cache.get(body);
    if (!block) {
      const result = renderTemplate(body, context);
      block = { paragraphs: renderedParagraphs(result), missing: [...new Set(result.missingRefs.map((ref) => refLabel(ref, period)))] };
      cache.set(body, block);
    }
    return block;
  };
  const snippet = (id: string) => {
    const s = byId.get(id);
    return s ? render(s.body) : null;
  };
  return {
    snippet,
    problemSet: (id) => {
      const set = setById.get(id);
      const problem = set && snippet(set.problemId);
      if (!set || !problem) return null;
      const parts = [problem, ...[...set.causeIds, ...set.measureIds].flatMap((sid) => snippet(sid) ?? [])];
      return { paragraphs: parts.flatMap((p) => p.paragraphs), missing: [...new Set(parts.flatMap((p) => p.missing ?? []))] };
    },
    text: render,
  };
}
