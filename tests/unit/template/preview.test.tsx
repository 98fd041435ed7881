// @vitest-environment jsdom
// What the panel shows for a template problem: the preview words the reason of a value that cannot
// be written (the report itself gets its 【名称】 mark), a syntax error keeps its source with the
// reason as its title, and the warning before inserting names the first reason.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderedPreview } from '../../../components/common/RenderedPreview.tsx';
import { UnfilledWarning } from '../../../components/common/UnfilledWarning.tsx';
import { renderedParagraphs, renderTemplate, unfilledOf } from '../../../lib/domain/template/index.ts';
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
    expect(screen.getByTitle('未知的格式「中午」，可用 中文、大写、金额、千分位、N位小数、整数、百分比、万、亿').textContent).toBe('{{经费|中午}}');
  });

  it('names the first reason in the warning before inserting', () => {
    render(<UnfilledWarning unfilled={unfilledOf([rendered('{{经费|万}}元{{=经费/0}}')])} />);
    expect(screen.getByRole('note').textContent).toBe(
      '有 2 处数值算不出来（30 按这个格式会写成 0（实为 0.003万），请换用更多小数位（如「4位小数」）或去掉「万」），插入后会显示成【】标记，请检查。',
    );
  });
});
