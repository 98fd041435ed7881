// Reading old reports: UTF-8 with or without BOM, GB18030/GBK, UTF-16, .docx; refusing what is not text.
import { describe, expect, it } from 'vitest';
import { decodeTextBytes, fileKind } from '../../../lib/import-files/decode.ts';
import { docxToText } from '../../../lib/import-files/docx.ts';
import { fixtureText, fixtureBytes, SEED_REPORT } from '../../support/fixtures.ts';
import { failureOf } from './failure.ts';

const fixture = (name: string) => fixtureBytes(name);
const utf8Text = fixtureText(SEED_REPORT).replace(/\r\n?/g, '\n');

describe('decodeTextBytes', () => {
  it('reads the UTF-8 seed report', () => {
    expect(decodeTextBytes(fixture('seed-report-party-building.txt'))).toEqual({ text: utf8Text, encoding: 'utf-8' });
  });

  it('detects the GB18030 seed report and reads the same text', () => {
    const decoded = decodeTextBytes(fixture('seed-report-party-building.gbk.txt'));
    expect(decoded.encoding).toBe('gb18030');
    expect(decoded.text.trim()).toBe(utf8Text.trim());
  });

  it('honours byte-order marks: UTF-8, UTF-16LE, UTF-16BE', () => {
    const text = '一、主要工作\n召开X次会议';
    const utf8 = new TextEncoder().encode(text);
    expect(decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text, encoding: 'utf-8' });
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer)]);
    expect(decodeTextBytes(le)).toEqual({ text, encoding: 'utf-16le' });
    const be: number[] = [0xfe, 0xff];
    for (const c of text) be.push(c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff);
    expect(decodeTextBytes(new Uint8Array(be))).toEqual({ text, encoding: 'utf-16be' });
  });

  it('reads UTF-16LE without a BOM', () => {
    const text = '2025年召开12次会议。\n发展党员5名。';
    const bytes = new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer);
    expect(decodeTextBytes(bytes).text).toBe(text);
  });

  it('normalises CRLF and lone CR to newlines', () => {
    expect(decodeTextBytes(new TextEncoder().encode('甲\r\n乙\r丙')).text).toBe('甲\n乙\n丙');
  });

  it('refuses binary data with a plain message', async () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i * 37) % 256);
    expect((await failureOf(() => decodeTextBytes(bytes))).code).toBe('import.unknownEncoding');
  });

  it('refuses bytes that decode but are full of control characters', async () => {
    const bytes = new Uint8Array(200).map((_, i) => (i % 3 === 0 ? 0x41 : 0x01));
    expect(await failureOf(() => decodeTextBytes(bytes))).toEqual({
      code: 'import.notText',
      words: '这个文件看起来不是文本文件，无法读取。请选择 .txt 或 .docx 文件，或直接复制粘贴正文。',
    });
  });

  it('names the encoding a byte-order mark promised when the bytes break it', async () => {
    expect(await failureOf(() => decodeTextBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x41, 0xff, 0x41])))).toEqual({
      code: 'import.damagedEncoding',
      params: { encoding: 'UTF-8' },
      words: '文件开头标明是 UTF-8 编码，但内容有损坏，无法读取。',
    });
  });

  it('says so when the bytes are neither UTF-8 nor GB18030', async () => {
    expect(await failureOf(() => decodeTextBytes(new Uint8Array([0x41, 0xff, 0x41])))).toEqual({
      code: 'import.unknownEncoding',
      words: '无法识别这个文件的文字编码（既不是 UTF-8，也不是 GBK/GB18030）。请用记事本另存为“UTF-8”后再导入，或直接复制粘贴正文。',
    });
  });
});

describe('fileKind', () => {
  it('tells docx from text, and refuses old .doc and other formats', async () => {
    expect(fileKind('报告.docx', fixture('seed-report-party-building.docx'))).toBe('docx');
    expect(fileKind('报告.txt', fixture('seed-report-party-building.txt'))).toBe('text');
    expect(fileKind('报告.htm', new TextEncoder().encode('<p>甲</p>'))).toBe('html');
    expect(await failureOf(() => fileKind('报告.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2])))).toEqual({
      code: 'import.oldWordFile',
      words: '这是旧版 Word/WPS 文件（.doc/.wps），无法直接读取。请在 Word 或 WPS 中“另存为” .docx 后再导入，或复制粘贴正文。',
    });
    expect(await failureOf(() => fileKind('报告.pdf', new Uint8Array([0x25, 0x50])))).toEqual({
      code: 'import.unsupportedFile',
      words: '只能导入 .txt、.docx 或网页（.htm）文件，也可以直接复制粘贴正文。',
    });
    expect(await failureOf(() => fileKind('报告.txt', fixture('seed-report-party-building.docx')))).toEqual({
      code: 'import.packedAsText',
      words: '这个文件名是 .txt，但内容是压缩包或 Word 文档，无法按文本读取。',
    });
  });
});

describe('docxToText', () => {
  it('reads the seed report docx, one paragraph per line', async () => {
    const { text } = await docxToText(fixture('seed-report-party-building.docx'));
    const lines = (t: string) => t.split('\n').map((l) => l.trim()).filter(Boolean);
    expect(lines(text)).toEqual(lines(utf8Text));
  });

  it('refuses a damaged docx', async () => {
    const bytes = fixture('seed-report-party-building.docx').slice(0, 500);
    expect(await failureOf(() => docxToText(bytes))).toEqual({
      code: 'import.damagedDocx',
      words: '这个 Word 文件无法打开（可能已损坏或不是 .docx）。请在 Word 中另存为 .docx 再试，或复制粘贴正文。',
    });
  });
});
