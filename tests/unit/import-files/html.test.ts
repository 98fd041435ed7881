// @vitest-environment jsdom
// Saved web pages: sanitised by DOMPurify, read as one line per block, scripts and styles gone.
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/import-files/html.ts';
import { parseImport } from '../../../lib/import-files/parse.ts';
import { runImport } from '../../../lib/import-files/run.ts';
import { fixtureText, SEED_REPORT } from '../../support/fixtures.ts';

const seed = fixtureText(SEED_REPORT);
const asPage = (text: string) =>
  `<html><head><meta charset="utf-8"><style>p{color:red}</style><script>alert(1)</script></head><body>${text
    .split(/\r?\n/)
    .map((line) => `<p class="MsoNormal"><span style="font-family:仿宋">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</span></p>`)
    .join('\n')}<img src=x onerror="alert(2)"></body></html>`;

describe('htmlToText', () => {
  it('keeps text, one line per block (a table row one line of cells), and drops script, style and handlers', () => {
    const text = htmlToText('<div>一、主要工作</div><p>召开<b>X</b>次会议<br>第二行</p><script>evil()</script><style>x{}</style><table><tr><td>甲</td><td>乙</td></tr></table>', window);
    expect(text.split('\n')).toEqual(['一、主要工作', '召开X次会议', '第二行', '甲\t乙']);
  });

  it('reads the seed report saved as a web page to the same snippets as the .txt', async () => {
    const html = new TextEncoder().encode(asPage(seed));
    const fromPage = await runImport({ kind: 'file', name: '述职报告.htm', bytes: html }, {}, () => undefined);
    const fromText = await parseImport({ kind: 'text', text: seed });
    expect(fromPage.proposals.map((p) => [p.title, p.body])).toEqual(fromText.proposals.map((p) => [p.title, p.body]));
    expect(fromPage.sourceName).toBe('述职报告.htm');
  });
});
