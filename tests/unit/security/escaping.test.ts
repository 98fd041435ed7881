// @vitest-environment jsdom
// Hostile snippet text inserts as visible text, never as markup: the HTML we insert or copy is
// built only from escaped text (lib/domain/paragraphs.ts, lib/insertion/payload.ts). HTML that
// comes in (a saved web page) passes DOMPurify and only its text is kept; a .docx is read as raw
// text. Whatever path text takes, what reaches an editor parses back to exactly that text.
import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { isBlankParagraph, withoutOwnIndent } from '../../../lib/domain/indent.ts';
import { escapeHtml, paragraphsToHtml } from '../../../lib/domain/paragraphs.ts';
import { docxToText } from '../../../lib/import-files/docx.ts';
import { htmlToText } from '../../../lib/import-files/html.ts';
import { buildPayload } from '../../../lib/insertion/payload.ts';

export const HOSTILE = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned = 3">点这里</a>',
  '<svg onload="window.__pwned = 4"></svg>',
  '<iframe srcdoc="<script>parent.__pwned = 5</script>"></iframe>',
  '"><img src=x onerror=alert(1)>',
  "'; alert(1); '",
  '</p><p onclick="alert(1)">',
  '<style>body{display:none}</style>',
  '<!-- <img src=x onerror=alert(1)> -->',
  '&lt;script&gt; &amp; &#60;',
  '{{<img src=x onerror=alert(1)>}}',
];

/** Parses HTML the way an editor would receive it, inertly, and describes what came out. */
function parse(html: string) {
  const body = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
  const elements = [...body.querySelectorAll('*')];
  return {
    tags: [...new Set(elements.map((e) => e.localName))],
    attributes: elements.flatMap((e) => [...e.attributes].map((a) => a.name)),
    styles: elements.flatMap((e) => [...e.attributes].filter((a) => a.name === 'style').map((a) => a.value)),
    paragraphs: [...body.children].map((p) => p.textContent),
    text: body.textContent,
  };
}

describe('inserted HTML is built from escaped text', () => {
  it('escapes the five characters that matter, and nothing else', () => {
    expect(escapeHtml(`<>&"'`)).toBe('&lt;&gt;&amp;&quot;&#39;');
    expect(escapeHtml('召开X次会议，增长25%')).toBe('召开X次会议，增长25%');
  });

  it.each(HOSTILE)('a snippet holding %s inserts as that visible text (rich and plain)', (line) => {
    const rich = parse(buildPayload([line, '第二段'], { format: 'rich', indent: false }).html);
    expect(rich.tags).toEqual(['p']);
    expect(rich.attributes).toEqual([]);
    expect(rich.paragraphs).toEqual([line, '第二段']);
    const plain = parse(buildPayload([line, '第二段'], { format: 'plain', indent: false }).html);
    expect(plain.tags).toEqual(['br']);
    expect(plain.attributes).toEqual([]);
    expect(plain.text).toBe(`${line}第二段`);
    expect(buildPayload([line], { format: 'rich', indent: false }).text).toBe(line);
  });

  it.each(HOSTILE)('with 首行缩进, %s still inserts as text: the one attribute is our own indent', (line) => {
    const rich = parse(buildPayload([line, '第二段'], { format: 'rich', indent: true }).html);
    expect(rich.tags).toEqual(['p']);
    expect(rich.attributes).toEqual(['style', 'style']);
    expect(rich.styles).toEqual(['text-indent:2em', 'text-indent:2em']);
    expect(rich.paragraphs).toEqual([line, '第二段']);
    const spaced = parse(buildPayload([line, '第二段'], { format: 'rich', indent: true }, { by: 'spaces' }).html);
    expect(spaced.tags).toEqual(['p']);
    expect(spaced.attributes).toEqual([]);
    expect(spaced.paragraphs).toEqual([`\u3000\u3000${line}`, '\u3000\u3000第二段']);
    const plain = parse(buildPayload([line, '第二段'], { format: 'plain', indent: true }).html);
    expect(plain.tags).toEqual(['br']);
    expect(plain.attributes).toEqual([]);
    expect(plain.text).toBe(`\u3000\u3000${line}\u3000\u3000第二段`);
  });

  it('for any text: only <p> elements without attributes, and the text comes back unchanged', () => {
    // The HTML parser itself drops NUL and turns CR into LF; neither is in a snippet's text.
    const text = fc.string({ maxLength: 40, unit: fc.oneof(fc.constantFrom(...'<>&"\'/=!-?; pimgscrt'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }).map((s) => s.replace(/[\0\r]/g, ''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (paragraphs) => {
        const out = parse(paragraphsToHtml(paragraphs, { indent: false }));
        expect(out.tags.every((t) => t === 'p')).toBe(true);
        expect(out.attributes).toEqual([]);
        // A line break inside a paragraph makes two (lib/domain/paragraphs.ts); one at either end only ends it.
        const lines = paragraphs.flatMap((p) => {
          const pieces = p.split(/\r\n|[\r\n\u2028\u2029]/);
          while (pieces.length > 1 && pieces[pieces.length - 1] === '') pieces.pop();
          while (pieces.length > 1 && pieces[0] === '') pieces.shift();
          return pieces;
        });
        expect(out.paragraphs).toEqual(lines);
        // With 首行缩进 the only attribute is the indent; a hand-made indent gives way to it.
        const indented = parse(paragraphsToHtml(paragraphs, { indent: true }));
        expect(indented.tags.every((t) => t === 'p')).toBe(true);
        expect(indented.styles.every((s) => s === 'text-indent:2em')).toBe(true);
        expect(indented.attributes.every((a) => a === 'style')).toBe(true);
        // A paragraph of blanks only takes no indent, so it keeps its blanks as they are.
        expect(indented.paragraphs).toEqual(lines.map((p) => (isBlankParagraph(p) ? p : withoutOwnIndent(p))));
      }),
      { numRuns: 100 },
    );
    // Two HTML parses per case: 17 s measured on a loaded 2-core machine. A limit, not a budget.
  }, 60_000);
});

describe('HTML that comes in is sanitised, and only its text is kept', () => {
  const page = `<html><head><script>window.__pwned = 1</script><link rel=stylesheet href="https://cdn.example/x.css"></head><body>
    <p onclick="alert(1)">一、主要工作<img src=x onerror="window.__pwned = 2"></p>
    <p><a href="javascript:alert(1)">链接文字</a></p>
    <svg><script>alert(1)</script><foreignObject><p>svg 里的字</p></foreignObject></svg>
    <noscript><p title="</noscript><img src=x onerror=alert(1)>">标题</p></noscript>
    <p>&lt;script&gt;写在正文里的尖括号&lt;/script&gt;</p>
    <iframe srcdoc="<p>框架</p>"></iframe><form><input value="表单"></form>
  </body></html>`;

  it('drops scripts, handlers, links, frames and forms; runs nothing; keeps text as text', () => {
    const text = htmlToText(page, window);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    expect(text).toContain('一、主要工作');
    expect(text).toContain('链接文字');
    expect(text).not.toMatch(/alert|__pwned|javascript:|onerror|onclick|cdn\.example|框架|表单/);
    // Angle brackets written as text stay text; on insertion they are escaped again.
    expect(text).toContain('<script>写在正文里的尖括号</script>');
    const inserted = parse(buildPayload(text.split('\n'), { format: 'rich', indent: false }).html);
    expect(inserted.tags).toEqual(['p']);
    expect(inserted.attributes).toEqual([]);
    expect(inserted.paragraphs).toEqual(text.split('\n'));
  });

  it('for any hostile fragment: the text never carries an element back in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HOSTILE, '<p>', '</p>', '<div>', '<b>', '正文', 'X'), { maxLength: 12 }), (pieces) => {
        const text = htmlToText(pieces.join(''), window);
        const inserted = parse(buildPayload(text.split('\n'), { format: 'rich', indent: false }).html);
        expect(inserted.tags.every((t) => t === 'p')).toBe(true);
        expect(inserted.attributes).toEqual([]);
      }),
      { numRuns: 100 },
    );
  }, 30_000);

  it('a .docx holding markup in its text is read as that text', async () => {
    const zip = new JSZip();
    zip.file(
      '[Content_Types].xml',
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    );
    zip.file(
      '_rels/.rels',
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    );
    const run = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</w:t></w:r></w:p>`;
    zip.file(
      'word/document.xml',
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${run('<img src=x onerror=alert(1)>')}${run('召开X次会议')}</w:body></w:document>`,
    );
    const { text } = await docxToText(await zip.generateAsync({ type: 'uint8array' }));
    expect(text.split('\n')).toEqual(['<img src=x onerror=alert(1)>', '召开X次会议']);
    expect(parse(buildPayload(text.split('\n'), { format: 'rich', indent: false }).html).paragraphs).toEqual(['<img src=x onerror=alert(1)>', '召开X次会议']);
  });
});
