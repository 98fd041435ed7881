// Reading an exported .docx back for the tests: the package's parts by name, parsed as XML, and the
// paragraphs of a part with their text and the properties a reader sees. Parsing uses the DOMParser
// of the test's jsdom environment (`// @vitest-environment jsdom`).
import JSZip from 'jszip';

export interface DocxParts {
  xml(path: string): Promise<Document>;
  names: string[];
}

export async function openDocx(bytes: Uint8Array): Promise<DocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    names: Object.keys(zip.files),
    async xml(path: string) {
      const file = zip.file(path);
      if (!file) throw new Error(`no ${path} in the package`);
      return new DOMParser().parseFromString(await file.async('string'), 'application/xml');
    },
  };
}

export const all = (node: Document | Element, tag: string): Element[] => [...node.getElementsByTagName(tag)];
export const one = (node: Document | Element, tag: string): Element | undefined => all(node, tag)[0];
/** A w: attribute of the first `tag` under `node`. */
export const attr = (node: Document | Element | undefined, tag: string, name: string): string | null => (node ? (one(node, tag)?.getAttribute(`w:${name}`) ?? null) : null);

export interface ParagraphView {
  text: string;
  style: string | null;
  jc: string | null;
  eastAsia: string[];
  sizes: string[];
  bold: string[];
  el: Element;
}

/** The paragraphs of a part: their text, style, alignment, and every run's East Asian font, size and bold. */
export function paragraphs(doc: Document): ParagraphView[] {
  return all(doc, 'w:p').map((p) => {
    const runs = all(p, 'w:r');
    return {
      text: all(p, 'w:t').map((t) => t.textContent).join(''),
      style: attr(one(p, 'w:pPr'), 'w:pStyle', 'val'),
      jc: attr(one(p, 'w:pPr'), 'w:jc', 'val'),
      eastAsia: runs.map((r) => attr(r, 'w:rFonts', 'eastAsia') ?? ''),
      sizes: runs.map((r) => attr(r, 'w:sz', 'val') ?? ''),
      // <w:b/> without a value is on.
      bold: runs.map((r) => (one(r, 'w:b') ? (attr(r, 'w:b', 'val') ?? 'true') : 'unset')),
      el: p,
    };
  });
}
