// The numbers Word's automatic numbering puts before paragraphs (一、 （一） 1. — w:numPr). mammoth
// turns such paragraphs into list items and drops the numbers, so a report's outline would vanish
// with them. Here the package's document and numbering parts are read directly and each numbered
// paragraph's label is worked out as Word shows it (format, level text, start, counting per list).
// Only the text is read; a part that cannot be read gives no labels, never an error.
import JSZip from 'jszip';
import { MAX_CHINESE_NUMERAL, toChineseNumeral } from '../domain/outline/index.ts';

interface Level {
  format: string;
  text: string;
  start: number;
}

export interface NumberedParagraph {
  /** The paragraph's text as mammoth gives it (runs joined). */
  text: string;
  /** The number as Word shows it (一、 （二） 3.); '' for a bullet. */
  label: string;
}

/** The named parts of the package, as text; a package or part that cannot be read is left out. */
async function readParts(bytes: Uint8Array, names: readonly string[]): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  // JSZip is mammoth's own zip reader: already in the import code, so this adds nothing to it.
  const zip = await JSZip.loadAsync(bytes).catch(() => null);
  for (const name of names) {
    const text = await zip?.file(name)?.async('string').catch(() => null);
    if (typeof text === 'string') parts.set(name, text);
  }
  return parts;
}

const attribute = (xml: string, tag: string) => new RegExp(`<w:${tag}\\b[^>]*\\bw:val="([^"]*)"`).exec(xml)?.[1];

function readLevels(numbering: string): { abstract: Map<string, Map<number, Level>>; nums: Map<string, string> } {
  const abstract = new Map<string, Map<number, Level>>();
  for (const m of numbering.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels = new Map<number, Level>();
    for (const lvl of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels.set(Number(lvl[1]), { format: attribute(lvl[2]!, 'numFmt') ?? 'decimal', text: decodeXml(attribute(lvl[2]!, 'lvlText') ?? ''), start: Number(attribute(lvl[2]!, 'start') ?? 1) });
    }
    abstract.set(m[1]!, levels);
  }
  const nums = new Map<string, string>();
  for (const m of numbering.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const id = attribute(m[2]!, 'abstractNumId');
    if (id !== undefined) nums.set(m[1]!, id);
  }
  return { abstract, nums };
}

// Word's Chinese counting is the outline's numeral (一 … 十 … 二十一), written by the domain.
function chineseCounting(n: number): string {
  return n >= 1 && n <= MAX_CHINESE_NUMERAL ? toChineseNumeral(n) : String(n);
}

function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** One level's counter written in its number format. */
function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'chineseLegalSimplified':
    case 'ideographTraditional':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x245f + n) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

/** The numbered paragraphs of a .docx in document order, with the number Word shows before each. */
export async function numberedParagraphs(bytes: Uint8Array): Promise<NumberedParagraph[]> {
  const parts = await readParts(bytes, ['word/document.xml', 'word/numbering.xml']);
  const document = parts.get('word/document.xml');
  const numbering = parts.get('word/numbering.xml');
  if (!document || !numbering) return [];
  const { abstract, nums } = readLevels(numbering);
  // Word counts per list (numId); a level's counter restarts when a higher level moves on.
  const counters = new Map<string, number[]>();
  const out: NumberedParagraph[] = [];
  for (const p of document.matchAll(/<w:p\b(?:[^>]*[^/>])?>([\s\S]*?)<\/w:p>/g)) {
    const numPr = /<w:numPr>([\s\S]*?)<\/w:numPr>/.exec(p[1]!)?.[1];
    if (!numPr) continue;
    const numId = attribute(numPr, 'numId');
    const levels = numId === undefined ? undefined : abstract.get(nums.get(numId) ?? '');
    if (numId === undefined || numId === '0' || !levels) continue;
    const ilvl = Number(attribute(numPr, 'ilvl') ?? 0);
    const level = levels.get(ilvl);
    if (!level) continue;
    const counter = counters.get(numId) ?? [];
    for (let k = 0; k < ilvl; k++) counter[k] ??= (levels.get(k)?.start ?? 1);
    counter[ilvl] = counter[ilvl] === undefined ? level.start : counter[ilvl]! + 1;
    counter.length = ilvl + 1;
    counters.set(numId, counter);
    const label = level.format === 'bullet' ? '' : level.text.replace(/%([1-9])/g, (_, k: string) => formatNumber(counter[Number(k) - 1] ?? 1, levels.get(Number(k) - 1)?.format ?? 'decimal'));
    const text = [...p[1]!.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decodeXml(t[1]!)).join('');
    out.push({ text, label });
  }
  return out;
}
