// @vitest-environment jsdom
// A report's payload: the title centred and bold, level-1 and level-2 headings bold, levels 3–4
// and paragraphs plain, 落款 and date right-aligned; 首行缩进 on paragraphs and headings only;
// numbered plain lines in text. Text stays escaped whatever its style, and the read-back confirms
// it however the editor sets the heading.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_STYLES, type BlockStyle } from '../../../lib/domain/blockStyles.ts';
import { buildPayload } from '../../../lib/insertion/payload.ts';
import { insertionObserved } from '../../../lib/insertion/confirm.ts';

const PARAGRAPHS = ['2026年述职报告', '一、主要工作', '（一）抓学习', '1.学原文', '（1）逐篇', '全年学习12次。', '某某局', '2026年1月5日'];
const STYLES: BlockStyle[] = ['title', 'heading1', 'heading2', 'heading3', 'heading4', 'paragraph', 'signature', 'date'];

const HOSTILE = ['<script>window.__pwned = 1</script>', '<img src=x onerror=alert(1)>', '</p><p onclick="alert(1)">', '&lt;b&gt; &amp;', '\u3000\u3000自己缩进的'];

const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;

describe('a report in the insert payload', () => {
  it('rich, indent by style: each block laid out by its style', () => {
    expect(buildPayload(PARAGRAPHS, { format: 'rich', indent: true }, {}, STYLES).html).toBe(
      [
        '<p style="text-align:center"><strong>2026年述职报告</strong></p>',
        '<p style="text-indent:2em"><strong>一、主要工作</strong></p>',
        '<p style="text-indent:2em"><strong>（一）抓学习</strong></p>',
        '<p style="text-indent:2em">1.学原文</p>',
        '<p style="text-indent:2em">（1）逐篇</p>',
        '<p style="text-indent:2em">全年学习12次。</p>',
        '<p style="text-align:right">某某局</p>',
        '<p style="text-align:right">2026年1月5日</p>',
      ].join(''),
    );
  });

  it('rich, indent by spaces (editors that drop paragraph styles): the spaces stand before the bold', () => {
    const html = buildPayload(PARAGRAPHS.slice(0, 3), { format: 'rich', indent: true }, { by: 'spaces' }, STYLES).html;
    expect(html).toBe('<p style="text-align:center"><strong>2026年述职报告</strong></p><p>\u3000\u3000<strong>一、主要工作</strong></p><p>\u3000\u3000<strong>（一）抓学习</strong></p>');
  });

  it('without 首行缩进 nothing is indented; alignment and bold stay', () => {
    const html = buildPayload(PARAGRAPHS, { format: 'rich', indent: false }, {}, STYLES).html;
    expect(html).not.toContain('text-indent');
    expect(parse(html).querySelectorAll('strong')).toHaveLength(3);
  });

  it('text: one numbered line per block, indented where a paragraph or heading is; the same in plain HTML', () => {
    const payload = buildPayload(PARAGRAPHS, { format: 'plain', indent: true }, {}, STYLES);
    expect(payload.text.split('\n')).toEqual(['2026年述职报告', ...PARAGRAPHS.slice(1, 6).map((p) => `\u3000\u3000${p}`), '某某局', '2026年1月5日']);
    expect(payload.html).toBe(payload.text.split('\n').join('<br>'));
    expect(payload.paragraphs).toEqual(PARAGRAPHS);
  });

  it('the first block continues the line the caret is on: no indent on it, whatever its style', () => {
    const html = buildPayload(['一、主要工作', '段'], { format: 'rich', indent: true }, { continuesLine: true }, ['heading1', 'paragraph']).html;
    expect(html).toBe('<p><strong>一、主要工作</strong></p><p style="text-indent:2em">段</p>');
  });

  it('without styles the paragraphs come out as before', () => {
    const layout = { format: 'rich', indent: true } as const;
    expect(buildPayload(PARAGRAPHS, layout, {}, PARAGRAPHS.map(() => 'paragraph')).html).toBe(buildPayload(PARAGRAPHS, layout).html);
  });

  it('any text in any style arrives as that text, escaped, and confirms when read back', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ text: fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ minLength: 1 })), style: fc.constantFrom(...BLOCK_STYLES) }), { minLength: 1, maxLength: 8 }),
        fc.boolean(),
        fc.constantFrom('style' as const, 'spaces' as const),
        (blocks, indent, by) => {
          const texts = blocks.map((b) => b.text);
          const body = parse(buildPayload(texts, { format: 'rich', indent }, { by }, blocks.map((b) => b.style)).html);
          expect(body.querySelectorAll('*:not(p):not(strong)')).toHaveLength(0);
          // Leading blanks aside (an indent, the writer's own or ours), each block is its text.
          const lead = /^[\s\u3000]+/;
          expect([...body.children].map((p) => p.textContent!.replace(lead, ''))).toEqual(texts.map((t) => t.replace(lead, '')));
          expect(insertionObserved('', body.textContent!, texts)).toBe(true);
        },
      ),
    );
  });
});
