import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes, proofread } from '../../../lib/domain/proofread/index.ts';
import { canFixInReport, fixInReport, lineOf, renderReport, reportProofText, storedSpan, undoFixes, type Report, type ReportResolver } from '../../../lib/domain/report/index.ts';
import { reportOf } from './support.ts';

const resolver: ReportResolver = {
  snippet: (id) => (id === 'shared' ? { paragraphs: ['全年开展调研,形成报告3篇。'] } : null),
  problemSet: () => null,
  // Free text with a fill-in reads otherwise than it is written.
  text: (text) => ({ paragraphs: [text.replace('{{次数}}', '12')] }),
};

function sample(): Report {
  const report = reportOf([['主要工作', [['抓学习,抓班子']]], ['下步打算']]);
  report.opening = [{ kind: 'text', text: '\u3000\u3000根据安排,现将情况报告如下：\n\n其他情况另行报告' }];
  report.parts[0]!.children[0]!.blocks = [{ kind: 'snippet', snippetId: 'shared' }, { kind: 'text', text: '全年学习{{次数}}次,效果较好。' }];
  report.parts[1]!.blocks = [{ kind: 'text', text: '1.抓落实,见成效。' }];
  return report;
}

const proofOf = (report: Report) => reportProofText(renderReport(report, resolver));
const fixed = (report: Report, findings: ReturnType<typeof proofread>) => {
  const edit = fixInReport(report, report, proofOf(report), findings);
  if (!edit.ok) throw new Error(edit.problem.code);
  return edit.report;
};

describe('校对全文', () => {
  it('reads the report as the document does, numbers included, so the levels rules see them', () => {
    const proof = proofOf(sample());
    expect(proof.text.split('\n')).toEqual(['2026年述职报告', '根据安排,现将情况报告如下：', '其他情况另行报告', '一、主要工作', '（一）抓学习,抓班子', '全年开展调研,形成报告3篇。', '全年学习12次,效果较好。', '二、下步打算', '1.抓落实,见成效。', '张三', '2026年1月5日']);
    const rules = proofread(proof.text).map((f) => `${f.rule} ${proof.text.slice(f.start, f.end)}`);
    // 1. straight under 二、 skips （一）: only the numbered headings show it.
    expect(rules).toContain('levels.skipped 1.');
    for (const l of proof.lines) expect(proof.text.slice(l.start, l.end)).toBe(l.line.text);
  });

  it('fixes free text where it is written, keeping the writer’s indent and other paragraphs', () => {
    const report = sample();
    const proof = proofOf(report);
    const comma = proofread(proof.text).find((f) => lineOf(proof, f)?.line.kind === 'paragraph' && proof.text.slice(f.start - 4, f.start) === '根据安排')!;
    expect(canFixInReport(report, proof, comma)).toBe(true);
    expect(storedSpan(report, proof, comma)).toEqual({ start: 6, end: 7 });
    expect(fixed(report, [comma]).opening).toEqual([{ kind: 'text', text: '\u3000\u3000根据安排，现将情况报告如下：\n\n其他情况另行报告' }]);
  });

  it('fixes a heading’s words, never its computed number, and leaves snippets and fill-ins alone', () => {
    const report = sample();
    const proof = proofOf(report);
    const findings = proofread(proof.text);
    const at = (text: string) => findings.filter((f) => proof.text.slice(0, f.start).endsWith(text));
    const heading = at('（一）抓学习')[0]!;
    expect(canFixInReport(report, proof, heading)).toBe(true);
    expect(fixed(report, [heading]).parts[0]!.children[0]!.heading).toBe('抓学习，抓班子');
    // In the shared snippet and in free text that holds a fill-in: pointed at, not fixed here.
    for (const f of [...at('全年开展调研'), ...at('全年学习12次')]) expect(canFixInReport(report, proof, f)).toBe(false);
    const all = findings.filter((f) => f.fix !== undefined);
    const after = fixed(report, all);
    expect(after.parts[0]!.children[0]!.blocks).toEqual(report.parts[0]!.children[0]!.blocks);
    expect(after.parts[1]!.blocks).toEqual([{ kind: 'text', text: '1.抓落实，见成效。' }]);
  });

  it('撤销 puts back every place a fix changed, and keeps what was edited since, there or elsewhere', () => {
    const report = sample();
    const proof = proofOf(report);
    const after = fixed(report, proofread(proof.text).filter((f) => f.fix !== undefined));
    expect(after).not.toEqual(report);
    expect(undoFixes(after, report, after)).toEqual(report);
    // Since the fix: the writer changed the heading again and added a part; the opening is still as fixed.
    const since: Report = { ...after, parts: [{ ...after.parts[0]!, children: [{ ...after.parts[0]!.children[0]!, heading: '抓学习，强班子' }] }, ...after.parts.slice(1), { id: 'new', heading: '新的部分', blocks: [], children: [] }] };
    const undone = undoFixes(since, report, after);
    expect(undone.opening).toEqual(report.opening);
    expect(undone.parts[1]!.blocks).toEqual(report.parts[1]!.blocks);
    expect(undone.parts[0]!.children[0]!.heading).toBe('抓学习，强班子');
    expect(undone.parts[2]!.heading).toBe('新的部分');
  });

  it('refuses a fix when the words changed since they were proofread', () => {
    const shown = sample();
    const proof = proofOf(shown);
    const comma = proofread(proof.text).find((f) => proof.text.slice(f.start - 4, f.start) === '根据安排')!;
    const stored: Report = { ...shown, opening: [{ kind: 'text', text: '根据新的安排,现将情况报告如下：' }] };
    const edit = fixInReport(stored, shown, proof, [comma]);
    expect(edit.ok ? 'done' : edit.problem.code).toBe('report.textChanged');
  });

  it('fixing in the report reads the same as fixing the rendered text (any free text)', () => {
    const word = fc.constantFrom('根据', '安排', '工作', '落实', '情况', '群众', '全年');
    const sep = fc.constantFrom(',', ';', '，', '', ' ');
    const paragraph = fc.tuple(fc.constantFrom('', '\u3000\u3000', '  '), fc.array(fc.tuple(word, sep), { minLength: 1, maxLength: 6 }), word).map(([lead, pairs, end]) => lead + pairs.map(([w, s]) => w + s).join('') + end + '。');
    const text = fc.array(fc.oneof(paragraph, fc.constant('')), { minLength: 1, maxLength: 4 }).map((lines) => lines.join('\n'));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const report = reportOf([['主要工作']]);
        report.parts[0]!.blocks = texts.map((t) => ({ kind: 'text' as const, text: t }));
        const proof = proofOf(report);
        const findings = proofread(proof.text).filter((f) => f.fix !== undefined && canFixInReport(report, proof, f));
        expect(proofOf(fixed(report, findings)).text).toBe(applyFixes(proof.text, findings));
      }),
    );
  });
});
