// @vitest-environment jsdom
// What the panel shows for a template problem: the preview words the reason of a value that cannot
// be written (the report itself gets its 【名称】 mark), a syntax error keeps its source with the
// reason as its title, and the warning before inserting names the first reason.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderedPreview } from '../../../components/common/RenderedPreview.tsx';
import { UnfilledWarning, unfilledNote } from '../../../components/common/UnfilledWarning.tsx';
import { renderedParagraphs, renderTemplate, unfilledOf, type SlotValue } from '../../../lib/domain/template/index.ts';
import { valuesContext } from '../support/context.ts';

afterEach(cleanup);

const rendered = (source: string) => renderTemplate(source, valuesContext({ '经费@2025': 30 }));

describe('template problems in the panel', () => {
  it('previews a value that cannot be written with its reason; the report gets the mark alone', () => {
    const result = rendered('经费{{=经费/0}}元');
    render(<RenderedPreview result={result} />);
    expect(screen.getByLabelText('预览').textContent).toBe('经费【=经费/0：除数为零】元');
    expect(screen.getByTitle('除数为零').textContent).toBe('【=经费/0：除数为零】');
    expect(renderedParagraphs(result)).toEqual(['经费【=经费/0】元']);
  });

  it('shows a syntax error as written, with the reason as its title', () => {
    render(<RenderedPreview result={rendered('共{{经费|中午}}')} />);
    expect(screen.getByLabelText('预览').textContent).toBe('共{{经费|中午}}');
    expect(screen.getByTitle('未知的格式「中午」，可用 中文、大写、金额、千分位、N位小数、整数、百分比、万、亿、升降').textContent).toBe('{{经费|中午}}');
  });

  it('names the first reason in the warning before inserting', () => {
    render(<UnfilledWarning unfilled={unfilledOf([rendered('{{经费|万}}元{{=经费/0}}')])} />);
    expect(screen.getByRole('note').textContent).toBe(
      '有 2 处数值算不出来（30 按这个格式会写成 0（实为 0.003万），请换用更多小数位（如「4位小数」）或去掉「万」），插入后会显示成【】标记，请检查。',
    );
  });
});

describe('sample figures in the panel', () => {
  const stored: Record<string, SlotValue> = {
    党组织专题会议: { kind: 'number', value: 6, sample: true },
    基层联系点: { kind: 'text', value: '滨河社区', sample: true },
    经费: { kind: 'number', value: 30 },
  };
  const withSamples = (source: string) => renderTemplate(source, { period: '2026', lookup: (name) => stored[name] });

  it('marks a sample value in the preview, titled and spoken as 示例; the user’s own value is not', () => {
    const result = withSamples('召开专题会议{{党组织专题会议}}次，投入{{经费}}万元。');
    render(<RenderedPreview result={result} />);
    const mark = screen.getByTitle('示例数值（党组织专题会议）：示例库编的，不是本单位的，请改成实际数字');
    expect(mark.className).toBe('slot-value slot-sample');
    // What a screen reader reads: the figure, then that it is a sample.
    expect(mark.textContent).toBe('6（示例）');
    expect(mark.querySelector('.visually-hidden')?.textContent).toBe('（示例）');
    expect(screen.getByTitle('经费').className).toBe('slot-value');
    expect(document.querySelectorAll('.slot-sample')).toHaveLength(1);
    // The inserted text is the figure alone.
    expect(renderedParagraphs(result)).toEqual(['召开专题会议6次，投入30万元。']);
  });

  it('warns before inserting, naming each sample metric once', () => {
    render(<UnfilledWarning unfilled={unfilledOf([withSamples('{{党组织专题会议}}次，{{基层联系点}}'), withSamples('{{党组织专题会议|中文}}次，{{经费}}')])} />);
    expect(screen.getByRole('note', { name: '插入前请注意' }).textContent).toBe(
      '这段文字用了 2 个示例数值：党组织专题会议、基层联系点。这些数字是示例库编的，不是本单位的，请先到“指标”里改成实际数字。',
    );
  });

  it('warns about samples beside missing values, and not at all when every value is the user’s', () => {
    render(<UnfilledWarning unfilled={unfilledOf([withSamples('{{党组织专题会议}}次，{{没有的}}')])} />);
    const paragraphs = [...screen.getByRole('note').querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual([expect.stringMatching(/^还有 1 个数值没有填写：【没有的】/), expect.stringMatching(/^这段文字用了 1 个示例数值：党组织专题会议。/)]);
    cleanup();
    render(<UnfilledWarning unfilled={unfilledOf([withSamples('投入{{经费}}万元')])} />);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('says it again after inserting, in the status line', () => {
    expect(unfilledNote(unfilledOf([withSamples('{{党组织专题会议}}{{基层联系点}}')]))).toBe('注意：文中有 2 个示例数值，请改成本单位的实际数字。');
    expect(unfilledNote(unfilledOf([withSamples('{{党组织专题会议}}{{没有的}}')]))).toBe('注意：有 1 处没有数值，已用【】标出，请补上。文中还有 1 个示例数值，请改成本单位的实际数字。');
    expect(unfilledNote(unfilledOf([withSamples('{{经费}}')]))).toBe('');
  });
});
