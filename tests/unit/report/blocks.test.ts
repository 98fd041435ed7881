import { describe, expect, it } from 'vitest';
import { addBlock, moveBlock, removeBlock, replaceBlock, type ReportBlock, type ReportEdit } from '../../../lib/domain/report/index.ts';
import { frozen, reportOf } from './support.ts';

const s = (id: string): ReportBlock => ({ kind: 'snippet', snippetId: id });
const t = (text: string): ReportBlock => ({ kind: 'text', text });

const base = reportOf([['甲', [['甲1']]], ['乙']]);
base.opening = [t('开头')];
base.parts[0]!.blocks = [s('a'), s('b'), s('c')];
base.parts[0]!.children[0]!.blocks = [{ kind: 'problemSet', id: 'p' }];
const report = frozen(base);

const code = (edit: ReportEdit) => (edit.ok ? 'ok' : edit.problem.code);
function ok(edit: ReportEdit) {
  if (!edit.ok) throw new Error(`refused: ${edit.problem.code}`);
  return edit.report;
}

describe('blocks', () => {
  it('move within a part, counted after the block leaves its place', () => {
    expect(ok(moveBlock(report, { in: { partId: '甲' }, index: 0 }, { in: { partId: '甲' }, index: 2 })).parts[0]!.blocks).toEqual([s('b'), s('c'), s('a')]);
    expect(ok(moveBlock(report, { in: { partId: '甲' }, index: 2 }, { in: { partId: '甲' }, index: 0 })).parts[0]!.blocks).toEqual([s('c'), s('a'), s('b')]);
    expect(code(moveBlock(report, { in: { partId: '甲' }, index: 0 }, { in: { partId: '甲' }, index: 3 }))).toBe('report.indexOutOfRange');
  });

  it('move between parts, sub-parts, the opening and the closing', () => {
    const moved = ok(moveBlock(report, { in: { partId: '甲' }, index: 1 }, { in: { partId: '甲1' }, index: 1 }));
    expect(moved.parts[0]!.blocks).toEqual([s('a'), s('c')]);
    expect(moved.parts[0]!.children[0]!.blocks).toEqual([{ kind: 'problemSet', id: 'p' }, s('b')]);
    const closing = ok(moveBlock(report, { in: 'opening', index: 0 }, { in: 'closing', index: 0 }));
    expect([closing.opening, closing.closing]).toEqual([[], [t('开头')]]);
  });

  it('refuses a block or a part that is not there', () => {
    expect(code(moveBlock(report, { in: { partId: '乙' }, index: 0 }, { in: { partId: '甲' }, index: 0 }))).toBe('report.blockNotFound');
    expect(code(moveBlock(report, { in: { partId: '无' }, index: 0 }, { in: { partId: '甲' }, index: 0 }))).toBe('report.partNotFound');
    expect(code(moveBlock(report, { in: { partId: '甲' }, index: 0 }, { in: { partId: '无' }, index: 0 }))).toBe('report.partNotFound');
    expect(code(removeBlock(report, { in: { partId: '甲' }, index: 3 }))).toBe('report.blockNotFound');
    expect(code(replaceBlock(report, { in: 'closing', index: 0 }, t('x')))).toBe('report.blockNotFound');
  });

  it('add, replace and remove', () => {
    expect(ok(addBlock(report, { in: { partId: '乙' }, index: 0 }, t('新写的'))).parts[1]!.blocks).toEqual([t('新写的')]);
    expect(code(addBlock(report, { in: { partId: '乙' }, index: 1 }, t('x')))).toBe('report.indexOutOfRange');
    expect(ok(replaceBlock(report, { in: 'opening', index: 0 }, t('改过的开头'))).opening).toEqual([t('改过的开头')]);
    expect(ok(removeBlock(report, { in: { partId: '甲' }, index: 1 })).parts[0]!.blocks).toEqual([s('a'), s('c')]);
  });

  it('leaves the report it was given as it was', () => {
    ok(moveBlock(report, { in: { partId: '甲' }, index: 0 }, { in: 'closing', index: 0 }));
    expect(report.parts[0]!.blocks).toEqual([s('a'), s('b'), s('c')]);
    expect(report.closing).toEqual([]);
  });
});
