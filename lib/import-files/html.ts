// A saved web page (.htm/.html, as Word's 另存为网页 or a browser's 保存网页 writes it) as plain
// lines. The HTML goes through DOMPurify first and is only ever read, never inserted into the
// panel; only its text is kept, one line per block. Needs a DOM, so it runs in the panel, not in
// the worker.
import DOMPurify from 'dompurify';

const BLOCKS = new Set(['P', 'DIV', 'LI', 'TR', 'TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'SECTION', 'ARTICLE', 'TABLE', 'UL', 'OL', 'DL', 'DT', 'DD']);
const TEXT_TAGS = [...BLOCKS].map((t) => t.toLowerCase()).concat(['span', 'b', 'strong', 'i', 'em', 'u', 'font', 'a', 'br', 'sup', 'sub', 'tbody', 'thead']);

export function htmlToText(html: string, window: Window & typeof globalThis): string {
  const purify = DOMPurify(window);
  const fragment = purify.sanitize(html, { ALLOWED_TAGS: TEXT_TAGS, ALLOWED_ATTR: [], KEEP_CONTENT: true, RETURN_DOM_FRAGMENT: true });
  const out: string[] = [];
  let line = '';
  // Inside a table cell the paragraphs of the cell stay on the row's line; cells are tab-separated,
  // as a table copied from Word or Excel is, so a row reads as one line of cells.
  let cellDepth = 0;
  let cellsInRow = 0;
  const breakLine = () => {
    if (line.trim() !== '') out.push(line.replace(/[ \u00a0]+/g, ' ').replace(/ *\t */g, '\t').trim());
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node.nodeValue ?? '').replace(/\s+/g, ' ');
      return;
    }
    const name = (node as Element).tagName;
    if (name === 'BR') return cellDepth > 0 ? void (line += ' ') : breakLine();
    if (name === 'TD' || name === 'TH') {
      if (cellsInRow++ > 0) line += '\t';
      cellDepth++;
      node.childNodes.forEach(walk);
      cellDepth--;
      return;
    }
    if (name === 'TR') cellsInRow = 0;
    const block = name !== undefined && BLOCKS.has(name) && (cellDepth === 0 || name === 'TABLE');
    if (block) breakLine();
    node.childNodes.forEach(walk);
    if (block) breakLine();
  };
  fragment.childNodes.forEach(walk);
  breakLine();
  return out.join('\n');
}
