// Composing and inserting text as it really arrives from snippets and pastes: blank lines, lines of
// spaces or zero-width characters only, CR LF or a lone CR inside a paragraph, a zero-width space
// or a BOM in front of the item's own number, tabs, no-break spaces, very long lines. Nothing is
// lost, duplicated or split; each problem is numbered once and in order; each line goes in as a
// paragraph of its own, indented once.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { composeSections, type ComposeSet } from '../../lib/domain/compose.ts';
import { indentedLines, paragraphsToHtml, paragraphsToText } from '../../lib/domain/paragraphs.ts';
import { OUTLINE_STYLES, levelOfStyle, parseMarker, renumber } from '../../lib/domain/outline/index.ts';

const word = fc.array(fc.constantFrom(...'加强学习落实责任督导不深入认识有差距方法统筹二季度亿元'), { minLength: 1, maxLength: 12 }).map((c) => c.join(''));
const longLine = word.map((w) => w.repeat(60));
const sentence = fc.tuple(fc.oneof({ weight: 5, arbitrary: word }, { weight: 1, arbitrary: longLine }), fc.constantFrom('。', '；', '', '！')).map(([w, end]) => w + end);
// What a paragraph carries in front: nothing, an indent typed by hand, an invisible character, its own number.
const front = fc.constantFrom('', '\u3000\u3000', '\t', '\u00a0\u00a0', '\u200b', '\ufeff', '\u200b（一）', '1.', '\u2060一是');
const blank = fc.constantFrom('', ' ', '\t', '\u00a0', '\u200b', '\u3000', '\ufeff\u200b');
const lineBreak = fc.constantFrom('\r\n', '\r', '\n');
/** A paragraph: a sentence with something in front, sometimes two lines in one, sometimes blank. */
const messy = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(front, sentence).map(([f, s]) => f + s) },
  { weight: 1, arbitrary: fc.tuple(sentence, lineBreak, sentence).map(([a, b, c]) => a + b + c) },
  { weight: 1, arbitrary: fc.tuple(sentence, lineBreak).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: blank },
);
const han = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');
// The numbers a writer may have typed or the composer writes: they are replaced, not text.
const withoutMarker = (line: string) => parseMarker(line)?.rest ?? line;

const setsArb = fc.array(fc.tuple(fc.array(messy, { minLength: 1, maxLength: 4 }), fc.array(messy, { maxLength: 3 })), { minLength: 1, maxLength: 5 }).map((raw): ComposeSet[] =>
  raw.map(([problem, measure], i) => ({ problem: { id: `p${i}`, paragraphs: problem }, causes: [], measures: [{ id: `m${i}`, paragraphs: measure }], owner: '', deadline: '' })),
);
const blockStyles = OUTLINE_STYLES.filter((s) => levelOfStyle(s) !== null);

describe('composing messy text', () => {
  it('numbers each problem once and in order, keeps every line and no blank or broken one', () => {
    fc.assert(
      fc.property(setsArb, fc.constantFrom(...blockStyles), (sets, style) => {
        const out = composeSections(sets, { problems: style, causes: 'han-shi', measures: style }).problems;
        expect(out.every((line) => !/[\r\n\u2028\u2029]/.test(line))).toBe(true);
        expect(out.every((line) => line.replace(/[\s\u200b-\u200d\u2060\ufeff]/g, '') !== '')).toBe(true);
        // Problem i starts with number i; the lines of a problem after its first carry its words.
        const numbered = out.map((line) => parseMarker(line)).filter((m) => m !== null && m.style === style);
        expect(numbered.length).toBeGreaterThanOrEqual(sets.length);
        let n = 0;
        for (const line of out) {
          const marker = parseMarker(line);
          if (marker?.style === style && marker.number === n + 1) n++;
        }
        expect(n).toBe(sets.length);
        const want = sets.map((s) => s.problem.paragraphs.flatMap((p) => p.split(/\r\n|[\r\n]/)).map((l) => han(withoutMarker(l.replace(/^[\u200b-\u200d\u2060\ufeff]+/, '')))).join('')).join('');
        expect(han(out.map(withoutMarker).join(''))).toBe(want);
      }),
    );
  });

  // (一、二季度 is no number at all: the words here never start with a numeral.)
  it('a zero-width character in front of a number does not make the number twice', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('\u200b', '\ufeff', '\u2060', '\u200b\u200b'), fc.constantFrom('（一）', '1.', '一、', '（2）', '一是'), word.filter((w) => !w.startsWith('二'))), { minLength: 1, maxLength: 6 }), fc.constantFrom(...blockStyles), (items, style) => {
        const out = renumber(items.map(([z, m, w]) => `${z}${m}${w}`), style);
        out.forEach((line, i) => {
          const marker = parseMarker(line)!;
          expect(marker.number).toBe(i + 1);
          expect(marker.rest).toBe(items[i]![2]);
        });
      }),
    );
  });
});

describe('inserting messy paragraphs', () => {
  const linesOf = (paragraphs: readonly string[]) =>
    paragraphs.flatMap((p) => {
      const pieces = p.split(/\r\n|[\r\n\u2028\u2029]/);
      while (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
      while (pieces.length > 1 && pieces[0] === '') pieces.shift();
      return pieces;
    });

  it('each line of a paragraph goes in as a paragraph of its own, indented once, its words whole', () => {
    fc.assert(
      fc.property(fc.array(messy, { minLength: 1, maxLength: 8 }), fc.boolean(), (paragraphs, indent) => {
        const lines = linesOf(paragraphs);
        const text = paragraphsToText(paragraphs, { indent });
        expect(text).not.toMatch(/\r/);
        expect(text.split('\n')).toHaveLength(lines.length);
        const out = indentedLines(paragraphs, { indent });
        out.forEach((line, i) => {
          expect(han(line)).toBe(han(lines[i]!));
          // Never two indents: ours is added only where the line has none of its own.
          expect(line).not.toMatch(/^\u3000\u3000[\u200b-\u200d\u2060\ufeff]*(?:[\u3000\t]|[ \u00a0]{2})/);
          if (indent && han(line) !== '') expect(line).toMatch(/^[\u200b-\u200d\u2060\ufeff]*(?:[\u3000\t]|[ \u00a0]{2})/);
        });
        const html = paragraphsToHtml(paragraphs, { indent });
        expect(html.match(/<p[ >]/g)).toHaveLength(lines.length);
        expect(han(html.replace(/<[^>]*>/g, ''))).toBe(han(lines.join('')));
      }),
    );
  });

  it('a line of nothing visible is not indented', () => {
    fc.assert(
      fc.property(blank, (line) => {
        expect(indentedLines([line], { indent: true })).toEqual([line]);
        expect(paragraphsToHtml([line], { indent: true })).not.toContain('text-indent');
      }),
    );
  });
});
