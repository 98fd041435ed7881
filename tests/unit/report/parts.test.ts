import { describe, expect, it } from 'vitest';
import { addPart, headingText, movePart, removePart, renamePart, type ReportEdit } from '../../../lib/domain/report/index.ts';
import { frozen, reportOf, sketchOf, type Sketch } from './support.ts';

const OUTLINE: Sketch[] = [['甲', [['甲1'], ['甲2', [['甲2a']]]]], ['乙'], ['丙', [['丙1']]]];

function outline(edit: ReportEdit): Sketch[] {
  if (!edit.ok) throw new Error(`refused: ${edit.problem.code}`);
  return sketchOf(edit.report.parts);
}
const code = (edit: ReportEdit) => (edit.ok ? 'ok' : edit.problem.code);

describe('moving parts', () => {
  const report = frozen(reportOf(OUTLINE));

  it('up and down swap with the neighbour, and refuse at the ends', () => {
    expect(outline(movePart(report, '乙', { kind: 'up' }))).toEqual([['乙'], ['甲', [['甲1'], ['甲2', [['甲2a']]]]], ['丙', [['丙1']]]]);
    expect(outline(movePart(report, '甲1', { kind: 'down' }))).toEqual([['甲', [['甲2', [['甲2a']]], ['甲1']]], ['乙'], ['丙', [['丙1']]]]);
    expect(code(movePart(report, '甲', { kind: 'up' }))).toBe('report.alreadyFirst');
    expect(code(movePart(report, '丙', { kind: 'down' }))).toBe('report.alreadyLast');
    expect(code(movePart(report, '甲2a', { kind: 'down' }))).toBe('report.alreadyLast');
  });

  it('indent goes under the part above, as its last sub-part', () => {
    expect(outline(movePart(report, '乙', { kind: 'indent' }))).toEqual([['甲', [['甲1'], ['甲2', [['甲2a']]], ['乙']]], ['丙', [['丙1']]]]);
    expect(code(movePart(report, '甲', { kind: 'indent' }))).toBe('report.nothingToIndentUnder');
    expect(code(movePart(report, '丙1', { kind: 'indent' }))).toBe('report.nothingToIndentUnder');
  });

  it('outdent comes right after the parent; the siblings below stay with the parent', () => {
    expect(outline(movePart(report, '甲1', { kind: 'outdent' }))).toEqual([['甲', [['甲2', [['甲2a']]]]], ['甲1'], ['乙'], ['丙', [['丙1']]]]);
    expect(outline(movePart(report, '甲2a', { kind: 'outdent' }))).toEqual([['甲', [['甲1'], ['甲2'], ['甲2a']]], ['乙'], ['丙', [['丙1']]]]);
    expect(code(movePart(report, '乙', { kind: 'outdent' }))).toBe('report.alreadyTopLevel');
  });

  it('to: anywhere, counted among the siblings it lands in', () => {
    expect(outline(movePart(report, '甲2', { kind: 'to', parentId: '丙', index: 0 }))).toEqual([['甲', [['甲1']]], ['乙'], ['丙', [['甲2', [['甲2a']]], ['丙1']]]]);
    expect(outline(movePart(report, '甲', { kind: 'to', parentId: null, index: 2 }))).toEqual([['乙'], ['丙', [['丙1']]], ['甲', [['甲1'], ['甲2', [['甲2a']]]]]]);
    // The target sits after the moved part in the same list: its path shifts as the part leaves.
    expect(outline(movePart(report, '乙', { kind: 'to', parentId: '丙1', index: 0 }))).toEqual([['甲', [['甲1'], ['甲2', [['甲2a']]]]], ['丙', [['丙1', [['乙']]]]]]);
    expect(code(movePart(report, '甲', { kind: 'to', parentId: '甲2', index: 0 }))).toBe('report.intoItself');
    expect(code(movePart(report, '甲', { kind: 'to', parentId: '甲', index: 0 }))).toBe('report.intoItself');
    expect(code(movePart(report, '乙', { kind: 'to', parentId: null, index: 3 }))).toBe('report.indexOutOfRange');
    expect(code(movePart(report, '乙', { kind: 'to', parentId: null, index: -1 }))).toBe('report.indexOutOfRange');
    expect(code(movePart(report, '乙', { kind: 'to', parentId: '无', index: 0 }))).toBe('report.partNotFound');
  });

  it('refuses a move that would nest deeper than four levels, counting the sub-parts it carries', () => {
    // 甲2 carries 甲2a: under 丙1 (level 2) they would be levels 3 and 4 — allowed; under 甲2a's level 3, not.
    expect(code(movePart(report, '甲2', { kind: 'to', parentId: '丙1', index: 0 }))).toBe('ok');
    const deep = frozen(reportOf([['一', [['二', [['三', [['四']]]]]]], ['另', [['另1']]]]));
    expect(code(movePart(deep, '另', { kind: 'to', parentId: '三', index: 0 }))).toBe('report.tooDeep');
    expect(code(movePart(deep, '另1', { kind: 'to', parentId: '三', index: 0 }))).toBe('ok');
    const four = frozen(reportOf([['一', [['二', [['三'], ['三乙', [['四']]]]]]]]));
    expect(code(movePart(four, '三乙', { kind: 'indent' }))).toBe('report.tooDeep');
  });

  it('refuses an unknown part', () => {
    expect(code(movePart(report, '无', { kind: 'up' }))).toBe('report.partNotFound');
  });

  it('never changes the report it was given, and shares what it did not touch', () => {
    const edit = movePart(report, '乙', { kind: 'up' });
    expect(sketchOf(report.parts)).toEqual(OUTLINE);
    expect(edit.ok && edit.report.parts[2]).toBe(report.parts[2]);
  });
});

describe('adding, removing and renaming parts', () => {
  const report = frozen(reportOf(OUTLINE));

  it('adds at the end or at an index, at any level down to the fourth', () => {
    expect(outline(addPart(report, { id: '丁', heading: '丁', parentId: null }))).toEqual([...OUTLINE, ['丁']]);
    expect(outline(addPart(report, { id: '乙1', heading: '乙1', parentId: '乙' }))[1]).toEqual(['乙', [['乙1']]]);
    expect(outline(addPart(report, { id: '甲0', heading: '甲0', parentId: '甲', index: 0 }))[0]).toEqual(['甲', [['甲0'], ['甲1'], ['甲2', [['甲2a']]]]]);
    expect(code(addPart(report, { id: '四', heading: '四', parentId: '甲2a' }))).toBe('ok');
    const deep = frozen(reportOf([['一', [['二', [['三', [['四']]]]]]]]));
    expect(code(addPart(deep, { id: '五', heading: '五', parentId: '四' }))).toBe('report.tooDeep');
  });

  it('refuses a used id, an unknown parent and an index past the end', () => {
    expect(code(addPart(report, { id: '甲2a', heading: 'x', parentId: null }))).toBe('report.duplicatePartId');
    expect(code(addPart(report, { id: 'x', heading: 'x', parentId: '无' }))).toBe('report.partNotFound');
    expect(code(addPart(report, { id: 'x', heading: 'x', parentId: null, index: 4 }))).toBe('report.indexOutOfRange');
  });

  it('removes a part with everything under it', () => {
    expect(outline(removePart(report, '甲2'))).toEqual([['甲', [['甲1']]], ['乙'], ['丙', [['丙1']]]]);
    expect(code(removePart(report, '无'))).toBe('report.partNotFound');
  });

  it('renames, dropping a number the writer typed: the outline gives the numbers', () => {
    const renamed = renamePart(report, '乙', '  二、加强班子建设 ');
    expect(renamed.ok && renamed.report.parts[1]!.heading).toBe('加强班子建设');
    expect(code(renamePart(report, '无', 'x'))).toBe('report.partNotFound');
  });

  it('headingText drops block markers only; 一是 and 第一 are words of the heading', () => {
    expect(['一、主要工作', '（三）理论学习', '(3)理论学习', '2. 项目建设', '（1）一期', '①细项', '一是抓学习', '第一，抓学习', '2025年工作', '主要\n工作'].map(headingText)).toEqual([
      '主要工作',
      '理论学习',
      '理论学习',
      '项目建设',
      '一期',
      '细项',
      '一是抓学习',
      '第一，抓学习',
      '2025年工作',
      '主要 工作',
    ]);
  });
});
