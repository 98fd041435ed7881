// Property tests: printing a parsed template gives source that parses to the same tree.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { parseTemplate, printTemplate, renderTemplate, renderedParagraphs } from '../../../lib/domain/template/index.ts';
import { anyString, check, fuzzLookup, syntaxSoup, wellFormed } from './arbitraries.ts';

/** The tree without positions, which printing is allowed to change. */
function shape(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => (key === 'span' ? undefined : v));
}

describe('parse → print → parse', () => {
  it('gives the same tree, and printing is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(syntaxSoup, anyString, wellFormed), (source) => {
        const first = parseTemplate(source);
        const printed = printTemplate(first.nodes);
        const second = parseTemplate(printed);
        check(shape(second.nodes) === shape(first.nodes), `tree changed:\n${shape(first.nodes)}\n${shape(second.nodes)}`);
        check(shape(second.errors.map((e) => e.message)) === shape(first.errors.map((e) => e.message)), 'errors changed');
        check(printTemplate(second.nodes) === printed, 'printing is not idempotent');
      }),
      { numRuns: 2500 },
    );
  });

  it('renders a printed template exactly as the original', () => {
    fc.assert(
      fc.property(wellFormed, (source) => {
        const context = { period: '2025-Q3', lookup: fuzzLookup };
        const printed = printTemplate(parseTemplate(source).nodes);
        const before = renderedParagraphs(renderTemplate(source, context)).join('\n');
        const after = renderedParagraphs(renderTemplate(printed, context)).join('\n');
        check(before === after, `${before}\n≠\n${after}`);
      }),
      { numRuns: 1000 },
    );
  });
});
