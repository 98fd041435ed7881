import { describe, expect, it } from 'vitest';
import { parseOutline, stripNoise, type OutlineSection } from '../../../lib/domain/import/index.ts';
import { readFixture } from './fixture.ts';

/** The tree as heading paths, which is what a reader checks. */
function shape(sections: readonly OutlineSection[]): unknown[] {
  return sections.map((s) => (s.children.length ? [`${s.marker}${s.heading}`, shape(s.children)] : `${s.marker}${s.heading}`));
}

describe('parseOutline on the seed report', () => {
  const doc = parseOutline(stripNoise(readFixture()).kept.map((line) => line.text));

  it('finds the title, the opening and three sections of three', () => {
    expect(doc.title).toBe('街道党工委书记抓基层党建工作述职报告');
    expect(doc.preamble).toHaveLength(1);
    expect(doc.preamble[0]).toMatch(/^2020年，在区委区政府的正确领导下/);
    expect(shape(doc.sections)).toEqual([
      ['一、主要工作', ['（一）落实责任，夯实党建基础', '（二）把握重点，提升工作水平', '（三）拓宽思路，创新工作载体']],
      ['二、存在问题', ['（一）督促检查还不到位', '（二）党建工作开展不够均衡', '（三）党员队伍建设存在短板']],
      ['三、下步工作思路及措施', ['（一）强化主体责任', '（二）狠抓薄弱环节', '（三）积极探索创新']],
    ]);
    expect(doc.closing).toEqual([]);
  });

  it('keeps a run-in heading inside its paragraph, without the marker', () => {
    const first = doc.sections[0]!.children[0]!;
    expect(first).toMatchObject({ level: 2, style: 'han-paren', number: 1, headingRunIn: true });
    expect(first.body).toHaveLength(1);
    expect(first.body[0]).toMatch(/^落实责任，夯实党建基础。作为党工委书记/);
  });

  it('puts a section introduction in its body and the cause summary after its children', () => {
    const problems = doc.sections[1]!;
    expect(problems.headingRunIn).toBe(false);
    expect(problems.body).toEqual(['2020年以来，虽然在基层组织建设方面取得了一些成绩，但与上级要求仍存在一定差距。']);
    expect(problems.after).toHaveLength(1);
    expect(problems.after[0]).toMatch(/^以上问题的存在/);
    expect(problems.children[2]!.body).toHaveLength(1);
  });
});

describe('parseOutline on other inputs', () => {
  it('reads half-width and mixed markers at four levels, and skipped levels', () => {
    const doc = parseOutline(['一.总体情况', '(一)学习', '1、理论学习', '(1)集中学习', '①读原著', '2．专题研讨', '(二)实践', '3.跳过一级', '二、问题']);
    expect(shape(doc.sections)).toEqual([
      ['一.总体情况', [['(一)学习', [['1、理论学习', ['(1)集中学习']], '2．专题研讨']], ['(二)实践', ['3.跳过一级']]]],
      '二、问题',
    ]);
    // A fifth level is more than a report numbers: a line of the fourth's text, its number as written.
    expect(doc.sections[0]!.children[0]!.children[0]!.children[0]!.body).toEqual(['①读原著']);
  });

  it('folds every level below the fourth into the fourth, each line once and in order, numbers as written', () => {
    const doc = parseOutline(['第一部分 总结', '一、工作', '（一）公路', '1.国省道。完成改造54公里，其中：', '（1）新改建一级公路21公里；', '①东线12公里；', '（2）大中修33公里。', '以上工作均按期完成。', '第二部分 计划', '一、项目', '（一）推进', '1.确保开工', '（1）完成改造50公里以上。']);
    const fourth = doc.sections[0]!.children[0]!.children[0]!.children[0]!;
    expect(fourth.children).toEqual([]);
    expect(fourth.body).toEqual(['国省道。完成改造54公里，其中：', '（1）新改建一级公路21公里；', '①东线12公里；', '（2）大中修33公里。', '以上工作均按期完成。']);
    expect(doc.sections[1]!.children[0]!.children[0]!.children[0]!.body).toEqual(['（1）完成改造50公里以上。']);
  });

  it('keeps inline items (一是, 第一，, 首先) as body paragraphs', () => {
    const doc = parseOutline(['一、措施', '一是加强学习。', '二是完善制度。', '第三，强化考核。', '首先要提高认识。']);
    expect(doc.sections[0]!.children).toEqual([]);
    expect(doc.sections[0]!.body).toEqual(['一是加强学习。', '二是完善制度。', '第三，强化考核。', '首先要提高认识。']);
  });

  it('treats a report with no numbering as title and preamble', () => {
    const doc = parseOutline(['工作总结', '', '今年以来，我们做了很多工作。', '明年将继续努力。']);
    expect(doc.title).toBe('工作总结');
    expect(doc.sections).toEqual([]);
    expect(doc.preamble).toEqual(['今年以来，我们做了很多工作。', '明年将继续努力。']);
  });

  it('does not take the opening sentence for a title', () => {
    expect(parseOutline(['今年以来，我们做了很多工作。', '一、成绩']).title).toBeNull();
    expect(parseOutline(['只有一行']).title).toBeNull();
  });

  it('collects the closing and signature after the sections', () => {
    const doc = parseOutline(['一、工作', '做了工作。', '以上是我的述职报告，不妥之处请批评指正。', '述职人：XX', '2020年12月']);
    expect(doc.sections[0]!.body).toEqual(['做了工作。']);
    expect(doc.closing).toEqual(['以上是我的述职报告，不妥之处请批评指正。', '述职人：XX', '2020年12月']);
  });

  it('gives a long numbered paragraph a short heading and keeps all its text', () => {
    const long = '加强党的建设，' + '持续推进基层组织标准化规范化建设'.repeat(10) + '。';
    const section = parseOutline([`（一）${long}`]).sections[0]!;
    expect(section.heading).toBe('加强党的建设');
    expect(section.body).toEqual([long]);
    const noComma = parseOutline([`1.${'很长的没有标点的段落'.repeat(10)}`]).sections[0]!;
    expect(noComma.heading).toBe('很长的没有标点的段落很长的没有标点的段落…');
  });

  it('handles empty input', () => {
    expect(parseOutline([])).toEqual({ title: null, preamble: [], sections: [], closing: [] });
  });
});
