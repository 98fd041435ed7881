// 首行缩进 (lib/domain/indent.ts): two full-width spaces in front of each paragraph, never a second
// indent on one the writer indented already, and taking it off gives the paragraphs back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_LINE_INDENT, hasIndent, indentParagraph, indentParagraphs, needsIndent, stripIndent, withoutOwnIndent } from '../../../lib/domain/indent.ts';
import { paragraphsToHtml, paragraphsToText, previewIndents } from '../../../lib/domain/paragraphs.ts';

// Paragraphs as a report has them, and as people indent them by hand: full-width spaces, tabs,
// half-width and no-break spaces, at the start, in the middle, or nothing but blanks.
const piece = fc.constantFrom('\u3000', '\u3000\u3000', ' ', '  ', '\t', '\u00a0', '一、', '（一）', '全年召开会议12次。', 'a', '\n');
const paragraph = fc.oneof(fc.array(piece, { maxLength: 8 }).map((parts) => parts.join('')), fc.string({ maxLength: 12 }));
const paragraphs = fc.array(paragraph, { maxLength: 8 });

describe('indentParagraph', () => {
  it('puts two full-width spaces in front of a paragraph', () => {
    expect(indentParagraph('一、总体情况')).toBe('\u3000\u3000一、总体情况');
    expect(indentParagraph('（一）压实责任链条。')).toBe('\u3000\u3000（一）压实责任链条。');
  });

  it('leaves a paragraph the writer indented, and a blank one, as it is', () => {
    for (const own of ['\u3000\u3000已缩进', '\u3000半个缩进', '  两个空格', '\t制表符', '\u00a0\u00a0不换行空格', '', '   ', '\u3000\u3000']) {
      expect(indentParagraph(own)).toBe(own);
    }
    // One half-width space is not an indent anybody makes on purpose.
    expect(indentParagraph(' 一个空格')).toBe('\u3000\u3000 一个空格');
  });

  it('for any paragraphs: taking the indent off gives the input back', () => {
    fc.assert(
      fc.property(paragraphs, (input) => {
        const unindented = input.filter((p) => !hasIndent(p));
        expect(indentParagraphs(unindented).map(stripIndent)).toEqual(unindented);
      }),
    );
  });

  it('for any paragraphs: never indents twice, and every paragraph with text ends up indented', () => {
    fc.assert(
      fc.property(paragraphs, (input) => {
        const once = indentParagraphs(input);
        expect(indentParagraphs(once)).toEqual(once);
        once.forEach((p, i) => {
          expect(p === input[i] || p === FIRST_LINE_INDENT + input[i]).toBe(true);
          if (input[i]!.trim() !== '') expect(hasIndent(p)).toBe(true);
          expect(needsIndent(p)).toBe(false);
        });
      }),
    );
  });
});

describe('the insert forms with 首行缩进', () => {
  it('text: one line per paragraph, each indented once', () => {
    expect(paragraphsToText(['一、总体情况', '\u3000\u3000已缩进'], { indent: true })).toBe('\u3000\u3000一、总体情况\n\u3000\u3000已缩进');
    expect(paragraphsToText(['一、总体情况', '\u3000\u3000已缩进'], { indent: false })).toBe('一、总体情况\n\u3000\u3000已缩进');
  });

  it('HTML: the editor’s indent on every paragraph with text, the hand-made one taken off so it is not doubled', () => {
    expect(paragraphsToHtml(['一、总体情况', '  两个空格', ''], { indent: true })).toBe(
      '<p style="text-indent:2em">一、总体情况</p><p style="text-indent:2em">两个空格</p><p></p>',
    );
    expect(paragraphsToHtml(['\u3000\u3000已缩进'], { indent: false })).toBe('<p>\u3000\u3000已缩进</p>');
  });

  it('for any paragraphs: the text form strips back to the input; the HTML form never keeps a hand-made indent', () => {
    fc.assert(
      fc.property(paragraphs.map((ps) => ps.filter((p) => !p.includes('\n'))), (input) => {
        const lines = input.length === 0 ? [] : paragraphsToText(input, { indent: true }).split('\n');
        expect(lines.map((line, i) => (needsIndent(input[i]!) ? stripIndent(line) : line))).toEqual(input);
        for (const p of input) expect(hasIndent(withoutOwnIndent(p))).toBe(false);
      }),
    );
  });

  it('the preview indents what insertion will indent, and only that', () => {
    expect(previewIndents('一、总体情况', { indent: true })).toBe(true);
    expect(previewIndents('一、总体情况', { indent: false })).toBe(false);
    // Shown with its own spaces: indenting it in the preview too would show it twice as far in.
    expect(previewIndents('\u3000\u3000已缩进', { indent: true })).toBe(false);
  });
});
