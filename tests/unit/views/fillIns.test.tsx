// @vitest-environment jsdom
// The fill-ins in the panel: the fill form's select for each choice and tick for each optional
// part, and the editor's `{{` list offering every fill-in by name with an example, picked with
// the arrow keys and Enter or with the mouse.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FillForm } from '../../../components/common/FillForm.tsx';
import { TemplateEditor } from '../../../components/snippets/TemplateEditor.tsx';

afterEach(cleanup);

describe('the fill form', () => {
  it('offers each choice as a select and each optional part as a tick', () => {
    const onPick = vi.fn();
    const onOffChange = vi.fn();
    render(
      <FillForm
        missing={[]}
        values={{}}
        onChange={() => undefined}
        save
        onSaveChange={() => undefined}
        reportPeriod="2025"
        choices={[{ key: '增长|下降', options: ['增长', '下降'], chosen: '增长' }]}
        onPick={onPick}
        optionals={['说明']}
        off={[]}
        onOffChange={onOffChange}
      />,
    );
    const select = screen.getByLabelText<HTMLSelectElement>('从「增长、下降」中选一个');
    expect(select.value).toBe('增长');
    fireEvent.change(select, { target: { value: '下降' } });
    expect(onPick).toHaveBeenCalledWith('增长|下降', '下降');
    const tick = screen.getByRole<HTMLInputElement>('checkbox', { name: '写上「说明」这部分' });
    expect(tick.checked).toBe(true);
    fireEvent.click(tick);
    expect(onOffChange).toHaveBeenCalledWith(['说明']);
  });

  it('shows nothing when there is nothing to pick or fill', () => {
    const { container } = render(<FillForm missing={[]} values={{}} onChange={() => undefined} save onSaveChange={() => undefined} reportPeriod="2025" />);
    expect(container.textContent).toBe('');
  });
});

function Editor({ start = '' }: { start?: string }) {
  const [value, setValue] = useState(start);
  return <TemplateEditor value={value} onChange={setValue} metricNames={['营业收入']} snippetTitles={['开头语']} sample={(s) => (s === '{{本期}}' ? '2025年1—6月' : '')} label="正文" />;
}

/** Types `text` at the end of the textarea (setting a value leaves the caret at its end). */
function type(area: HTMLTextAreaElement, text: string) {
  fireEvent.change(area, { target: { value: area.value + text } });
  fireEvent.select(area);
}

describe('the {{ list', () => {
  it('offers every fill-in by its Chinese name with an example, and no braces', () => {
    render(<Editor />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('正文');
    type(area, '{{');
    const names = screen.getAllByRole('option').map((o) => o.querySelector('.suggestion-name')!.textContent);
    expect(names).toEqual(['营业收入', '选一个词', '可以不写的一句', '增长或下降', '今天的日期', '今天的日期（中文数字）', '本期', '本期末', '上年同期', '本年', '上年', '单位', '姓名', '职务', '放入另一个片段']);
    for (const option of screen.getAllByRole('option')) {
      expect(option.querySelector('.suggestion-example')!.textContent).not.toBe('');
      expect(option.textContent).not.toMatch(/[{}]/);
    }
    expect(screen.getByRole('option', { name: /^本期例/ }).textContent).toBe('本期例：2025年1—6月');
    expect(screen.getByRole('option', { name: /^单位/ }).textContent).toBe('单位还没有填写，插入前会问');
  });

  it('offers only the metric when its name is typed, though the 增长或下降 example uses that metric', () => {
    render(<Editor />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('正文');
    type(area, '{{营业');
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.suggestion-name')!.textContent)).toEqual(['营业收入']);
    type(area, '收入}}{{升降');
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.suggestion-name')!.textContent)).toEqual(['增长或下降']);
  });

  it('inserts the one chosen with the arrow keys and Enter, or with the mouse', () => {
    render(<Editor start="营收同比" />);
    const area = screen.getByLabelText<HTMLTextAreaElement>('正文');
    type(area, '{{选');
    fireEvent.keyDown(area, { key: 'Enter' });
    expect(area.value).toBe('营收同比{{选:增长|下降|持平}}');
    type(area, '{{');
    fireEvent.mouseDown(screen.getByRole('option', { name: /^放入另一个片段/ }));
    expect(area.value).toBe('营收同比{{选:增长|下降|持平}}{{>}}');
    expect(screen.getAllByRole('option').map((o) => o.querySelector('.suggestion-name')!.textContent)).toEqual(['开头语']);
    fireEvent.keyDown(area, { key: 'ArrowDown' });
    fireEvent.keyDown(area, { key: 'Enter' });
    expect(area.value).toBe('营收同比{{选:增长|下降|持平}}{{>开头语}}');
  });
});
