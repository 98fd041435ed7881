// Hostile import input: generated report-like texts and random bytes. The parse never crashes:
// it returns a preview whose every proposal can be saved, or an ImportFileError with a listed code
// that has words.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ImportedSnippetDraft } from '../../../lib/db/importLibrary.ts';
import { MetricName } from '../../../lib/domain/schemas.ts';
import { problemText } from '../../../components/common/problemText.ts';
import { parseImport, type ImportPreview } from '../../../lib/import-files/parse.ts';
import { IMPORT_PROBLEM_CODES, ImportFileError } from '../../../lib/import-files/problems.ts';

const PIECES = ['一、', '二、', '（一）', '(二)', '一是', '二是', '1.', '1、', '（1）', '第一，', 'X', 'XX', '×', 'Ｘ', 'x', '次', '个', '名', '万元', '万兀', '%', '余户', '社区', '驿站', '其中', 'QQ206157060', '仅供学习', '整理', 'www.example.com', '存在问题', '原因分析', '下步措施', '主要工作', '\n', '\n\n', '\r\n', '，', '。', '；', '：', '{{', '}}', '|', '@', '=', ' ', '\u200b', '\ufeff', '12', '3.5', '2020年', '第3次'];

const reportLike = fc.array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }), { maxLength: 300 }).map((parts) => parts.join(''));

function checkPreview(preview: ImportPreview): void {
  for (const p of preview.proposals) {
    expect(ImportedSnippetDraft.safeParse(p).success).toBe(true);
    for (const slot of p.slots) expect(MetricName.safeParse(slot.name).success, slot.name).toBe(true);
    for (const slot of p.slots) expect(p.body).toContain(`{{${slot.name}${slot.format}}}`);
  }
}

async function survives(run: () => Promise<ImportPreview>): Promise<void> {
  try {
    checkPreview(await run());
  } catch (error) {
    if (!(error instanceof ImportFileError)) throw error;
    // A file's fault, never the parse failing; and the panel has words for it.
    expect(IMPORT_PROBLEM_CODES).toContain(error.problem.code);
    expect(error.problem.code).not.toBe('import.crashed');
    expect(problemText(error.problem).length).toBeGreaterThan(0);
  }
}

describe('import fuzz', () => {
  it('report-like hostile text (2,500 cases), with and without figures as slots', async () => {
    await fc.assert(
      fc.asyncProperty(reportLike, fc.boolean(), async (text, numbers) => survives(() => parseImport({ kind: 'text', text }, { numbersToSlots: numbers }))),
      { numRuns: 2500 },
    );
  });

  it('random bytes as a .txt or .docx file (1,500 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom('a.txt', 'a.docx', 'a'), async (bytes, name) => survives(() => parseImport({ kind: 'file', name, bytes }))),
      { numRuns: 1500 },
    );
  });

  it('report-like text in GB18030-looking and UTF-16 bytes (500 cases)', async () => {
    await fc.assert(
      fc.asyncProperty(reportLike, fc.nat(4), async (text, cut) => {
        const utf16 = new Uint8Array(Uint16Array.from(text, (c) => c.charCodeAt(0)).buffer);
        await survives(() => parseImport({ kind: 'file', name: 'a.txt', bytes: utf16.subarray(cut) }));
      }),
      { numRuns: 500 },
    );
  });
});
