// A .docx file's paragraphs as plain text lines, read by mammoth. We ask mammoth for raw text, not
// HTML, so no markup from the file ever reaches the panel.
import mammoth from 'mammoth';
import { ImportFileError } from './decode.ts';

export async function docxToText(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let value: string;
  try {
    // The browser build reads `arrayBuffer`, the Node build (tests) reads `buffer`.
    const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    ({ value } = await mammoth.extractRawText(input));
  } catch {
    throw new ImportFileError('这个 Word 文件无法打开（可能已损坏或不是 .docx）。请在 Word 中另存为 .docx 再试，或复制粘贴正文。');
  }
  // mammoth ends every paragraph with a blank line; one paragraph per line is what the parser reads.
  return value
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => p.replace(/\n/g, ' ').trimEnd())
    .filter((p) => p.trim() !== '')
    .join('\n');
}
