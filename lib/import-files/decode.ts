// Turning a chosen file's bytes into text. Old reports come as UTF-8 (with or without a BOM),
// as GB18030/GBK from Windows Notepad, now and then as UTF-16, or as .docx. The decoders run in
// fatal mode, so a guess that does not fit is noticed instead of filling the text with �.
import { importError } from './problems.ts';

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const BOMS: readonly [TextEncodingName, readonly number[]][] = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['gb18030', [0x84, 0x31, 0x95, 0x33]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function decodeStrict(encoding: TextEncodingName, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: Chinese text has a zero byte in many low ASCII positions (line breaks, digits). */
function guessUtf16(bytes: Uint8Array): TextEncodingName | null {
  const sample = bytes.subarray(0, 4096);
  if (sample.length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  // ASCII (digits, line breaks) puts zeros on one side; a few CJK characters (开 is U+5F00) on the other.
  if (oddZeros > half * 0.1 && evenZeros * 4 < oddZeros) return 'utf-16le';
  if (evenZeros > half * 0.1 && oddZeros * 4 < evenZeros) return 'utf-16be';
  return null;
}

/**
 * Decodes a text file: a BOM decides; otherwise strict UTF-8, then strict GB18030 (which covers
 * GBK and GB2312). Throws ImportFileError when the bytes are not text in any of them.
 */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  for (const [encoding, bom] of BOMS) {
    if (!startsWith(bytes, bom)) continue;
    const text = decodeStrict(encoding, bytes.subarray(bom.length));
    if (text === null) throw importError('import.damagedEncoding', { encoding: encoding.toUpperCase() });
    return checked({ text, encoding });
  }
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const text = decodeStrict(utf16, bytes);
    if (text !== null) return checked({ text, encoding: utf16 });
  }
  const utf8 = decodeStrict('utf-8', bytes);
  if (utf8 !== null) return checked({ text: utf8, encoding: 'utf-8' });
  const gb = decodeStrict('gb18030', bytes);
  if (gb !== null) return checked({ text: gb, encoding: 'gb18030' });
  throw importError('import.unknownEncoding');
}

/** Text, not a binary file that happened to decode: control characters other than tab/newline are rare. */
function checked(decoded: DecodedText): DecodedText {
  const sample = decoded.text.slice(0, 20_000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0 || (code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12)) control++;
  }
  if (control > Math.max(2, sample.length * 0.01)) throw importError('import.notText');
  return { ...decoded, text: decoded.text.replace(/\r\n?/g, '\n') };
}

export type FileKind = 'text' | 'docx' | 'html';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .doc, .wps, .xls of old Office

/** Which reader a file needs, by its first bytes and then its name. */
export function fileKind(name: string, bytes: Uint8Array): FileKind {
  const lower = name.toLowerCase();
  if (startsWith(bytes, OLE) || /\.(doc|wps|xls|ppt)$/.test(lower)) {
    throw importError('import.oldWordFile');
  }
  if (startsWith(bytes, ZIP)) {
    if (lower.endsWith('.docx') || !/\.(txt|text|md)$/.test(lower)) return 'docx';
    throw importError('import.packedAsText');
  }
  if (/\.(pdf|xlsx|pptx|png|jpe?g|gif|zip|rar|7z)$/.test(lower)) throw importError('import.unsupportedFile');
  if (/\.html?$/.test(lower)) return 'html';
  return 'text';
}
