// A doubtful line (kept in the report, shown for a second look) can be removed by the writer and put
// back again; a removal by hand touches that line only and never a line the import was sure of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseImport } from '../../../lib/import-files/parse.ts';

const cited = '我们在本单位网站www.example.com上开设了意见征集专栏，共收集群众意见建议二百余条。';
const report = `工作总结\n一、主要工作\n全年召开X次专题会议，发展党员X名。\n${cited}\n二、下步打算\n继续抓好学习教育。`;
const bodies = (p: Awaited<ReturnType<typeof parseImport>>) => p.proposals.map((x) => x.original).join('\n');

describe('removing a doubtful line by hand', () => {
  it('takes it out of the snippets into the removed list, with its reason; keeping it puts it back', async () => {
    const first = await parseImport({ kind: 'text', text: report });
    const line = first.doubtful.find((l) => l.text === cited)!;
    expect(line.reason).toBe('site');
    expect(bodies(first)).toContain('意见征集专栏');

    const dropped = await parseImport({ kind: 'text', text: report }, { dropLines: [line.lineNo] });
    expect(bodies(dropped)).not.toContain('意见征集专栏');
    expect(dropped.doubtful.map((l) => l.lineNo)).not.toContain(line.lineNo);
    expect(dropped.removed).toContainEqual({ lineNo: line.lineNo, text: cited, reason: 'site' });

    const back = await parseImport({ kind: 'text', text: report }, { dropLines: [line.lineNo], keepLines: [line.lineNo] });
    expect(bodies(back)).toContain('意见征集专栏');
  });

  it('never removes a line that is not doubtful, whichever line numbers are asked', async () => {
    const plain = await parseImport({ kind: 'text', text: report });
    const doubtful = new Set(plain.doubtful.map((l) => l.lineNo));
    const lines = report.split('\n').length;
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.integer({ min: 0, max: lines + 1 }), { maxLength: 8 }), async (asked) => {
        const result = await parseImport({ kind: 'text', text: report }, { dropLines: asked });
        const removedByHand = result.removed.filter((l) => !plain.removed.some((r) => r.lineNo === l.lineNo));
        expect(removedByHand.every((l) => doubtful.has(l.lineNo) && asked.includes(l.lineNo))).toBe(true);
        // Everything else reads as it did without the request.
        const kept = bodies(plain).split('\n').filter((l) => !removedByHand.some((r) => r.text === l));
        expect(bodies(result).split('\n')).toEqual(kept);
      }),
      { numRuns: 40 },
    );
  });
});
