// Property tests: parsing and rendering are total. Checks inside properties are plain conditions,
// not expect(), because expect's bookkeeping would dominate thousands of runs.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseTemplate, renderTemplate, renderedParagraphs, type TemplateNode } from '../../../lib/domain/template/index.ts';
import { anyString, check, checkWords, fuzzLookup, syntaxSoup, wellFormed } from './arbitraries.ts';

const anyInput = fc.oneof(syntaxSoup, anyString, wellFormed);

/** Nodes cover the source in order, without gaps, and error nodes hold their own source. */
function checkSpans(source: string, nodes: TemplateNode[]): void {
  let at = 0;
  for (const node of nodes) {
    check(node.span.start === at && node.span.end > at, `node ${node.type} at ${node.span.start}, expected ${at}`);
    if (node.type === 'error') check(node.raw === source.slice(node.span.start, node.span.end), 'error raw differs from its source');
    at = node.span.end;
  }
  check(at === source.length, `nodes end at ${at} of ${source.length}`);
}

describe('parseTemplate is total', () => {
  it('parses any string into nodes that tile it, with positioned errors', () => {
    fc.assert(
      fc.property(anyInput, (source) => {
        const { nodes, errors } = parseTemplate(source);
        checkSpans(source, nodes);
        for (const { span, problem } of errors) {
          check(span.start >= 0 && span.start <= span.end && span.end <= source.length, `bad error span ${JSON.stringify(span)}`);
          checkWords(problem);
        }
        check(nodes.some((n) => n.type === 'error') === errors.length > 0, 'error nodes and errors disagree');
      }),
      { numRuns: 3000 },
    );
  });

  it('parses well-formed templates without errors', () => {
    fc.assert(
      fc.property(wellFormed, (source) => {
        const { errors } = parseTemplate(source);
        check(errors.length === 0, JSON.stringify(errors));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('renderTemplate is total', () => {
  it('renders any string without throwing and never shows NaN, Infinity or undefined', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom('2025', '2025-Q1', '2025-H2', '2025-01', 'bad'), (source, period) => {
        const result = renderTemplate(source, { period, lookup: fuzzLookup });
        for (const segment of result.paragraphs.flat()) {
          if (segment.kind === 'value') check(!/NaN|Infinity|undefined|e[+-]\d/.test(segment.text), `bad value text ${segment.text}`);
          if (segment.kind === 'missing') check(result.missing.includes(segment.slot), `${segment.slot} not listed as missing`);
        }
        check(new Set(result.missing).size === result.missing.length, 'missing names repeat');
        for (const { problem } of result.valueErrors) checkWords(problem);
        renderedParagraphs(result);
      }),
      { numRuns: 2500 },
    );
  });
});
