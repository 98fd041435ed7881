// @vitest-environment jsdom
// The preview shows a snippet as 插入 will put it (components/common/RenderedPreview.tsx): spaces
// typed at a paragraph's start are not inserted (each paragraph is trimmed), so they are not shown;
// a paragraph is drawn indented exactly when 首行缩进 is on. (Its width is the e2e suite's business.)
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { RenderedPreview } from '../../../components/common/RenderedPreview.tsx';
import { renderedParagraphs, renderTemplate } from '../../../lib/domain/template/index.ts';
import { valuesContext } from '../support/context.ts';

afterEach(cleanup);

const result = renderTemplate('一、总体情况\n\u3000\u3000全年召开会议{{会议}}次。', valuesContext({ '会议@2025': 12 }));
const shown = () => [...screen.getByLabelText('预览').querySelectorAll('p')];

describe('the preview and 首行缩进', () => {
  it('shows each paragraph’s text as it is inserted, without the spaces typed in front', () => {
    render(<RenderedPreview result={result} indent />);
    expect(shown().map((p) => p.textContent)).toEqual(renderedParagraphs(result));
    expect(renderedParagraphs(result)).toEqual(['一、总体情况', '全年召开会议12次。']);
  });

  it('draws every paragraph indented when 首行缩进 is on, none when it is off', () => {
    render(<RenderedPreview result={result} indent />);
    expect(shown().map((p) => p.classList.contains('flush'))).toEqual([false, false]);
    cleanup();
    render(<RenderedPreview result={result} indent={false} />);
    expect(shown().map((p) => p.classList.contains('flush'))).toEqual([true, true]);
  });
});
