// Property tests: printing a parsed template gives source that parses to the same tree.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { literalTemplate, parseTemplate, printTemplate, renderTemplate, renderedParagraphs } from '../../../lib/domain/template/index.ts';
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
        check(shape(second.errors.map((e) => e.problem)) === shape(first.errors.map((e) => e.problem)), 'errors changed');
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

describe('literalTemplate', () => {
  it('any text, as a literal template, parses to that text alone and renders it with no slot', () => {
    const braces = fc.stringMatching(/^[{}\\a-z指标 ]{0,24}$/);
    fc.assert(
      fc.property(fc.oneof(anyString, syntaxSoup, braces), (text) => {
        const parsed = parseTemplate(literalTemplate(text));
        check(parsed.errors.length === 0, 'a literal template has errors');
        check(parsed.nodes.every((n) => n.type === 'text'), `a slot survived in ${JSON.stringify(text)}`);
        check(parsed.nodes.map((n) => (n.type === 'text' ? n.value : '')).join('') === text, 'the text changed');
        const rendered = renderTemplate(literalTemplate(text), { period: '2025', lookup: fuzzLookup });
        check(rendered.missingRefs.length === 0, 'a literal template asked for a metric');
      }),
      { numRuns: 2500 },
    );
  });
});
