// Text normalised on its way into a page: nothing the browser would change is left, nothing else
// is touched.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseInsertText } from '../../../lib/domain/insertText.ts';

/** What a browser changes in inserted text: controls other than \t and \n, and lone surrogates. */
const unstable = (text: string): boolean => {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) return true;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return true;
  }
  return false;
};

// Every UTF-16 code unit, controls and halves of surrogate pairs included, mixed with Chinese text.
const anyText = fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\u0000', '\ud83d', '\ude00', '\r\n', '\r', '\t', '\n', '全年', '😀')), { maxLength: 30 }).map((parts) => parts.join(''));

describe('normaliseInsertText', () => {
  it('leaves nothing a browser would change, and is idempotent', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = normaliseInsertText(text);
        expect(unstable(out)).toBe(false);
        expect(out.includes('\r')).toBe(false);
        expect(normaliseInsertText(out)).toBe(out);
      }),
    );
  });

  it('keeps text that has nothing to remove exactly as it is', () => {
    fc.assert(
      fc.property(anyText.filter((t) => !unstable(t) && !t.includes('\r')), (text) => {
        expect(normaliseInsertText(text)).toBe(text);
      }),
    );
  });

  it('only removes: the result is the input with some code units taken out, line ends aside', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = normaliseInsertText(text);
        const source = text.replace(/\r\n?/g, '\n');
        let j = 0;
        for (let i = 0; i < source.length && j < out.length; i++) if (source[i] === out[j]) j++;
        expect(j).toBe(out.length);
      }),
    );
  });

  it('keeps whole surrogate pairs and takes out NUL and halves', () => {
    expect(normaliseInsertText('全年\u0000完成😀\ud83d任务\ude00')).toBe('全年完成😀任务');
  });
});
