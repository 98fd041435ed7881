// What a part (or the opening, or the closing) holds, in order: snippets by title, problem sets by
// their problem, and free text written for this report, editable here. Each can move up or down
// or go (free text with 撤销, since its words live only here). The list folds away; 选入片段 (picked
// from the library with a search) and 写一段文字 stay in sight under it, with the part's 更多, and
// open it to show what they added.
import { i18n } from '#i18n';
import { useRef, useState, type ReactNode } from 'react';
import { addBlock, moveBlock, removeBlock, replaceBlock, type BlockContainer, type ReportBlock } from '../../lib/domain/report/index.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { SnippetPicker } from './SnippetPicker.tsx';
import { blockName, blocksIn, containerKey } from './blockPlace.ts';
import type { Library } from './useReportDocument.ts';
import type { ReportEditing } from './useReportEditing.ts';

interface Props {
  container: BlockContainer;
  label: string;
  /** The label as shown, where the place already says whose it is (a part's own contents). */
  shortLabel?: string;
  editing: ReportEditing;
  library: Library | undefined;
  /** The part's 字数, said with what it holds. */
  words?: number;
  /** More buttons on the line of 选入片段 and 写一段文字 (a part's 更多). */
  extra?: ReactNode;
}

export function BlockList({ container, label, shortLabel, editing, library, words, extra }: Props) {
  const { report, apply, errorAt } = editing;
  const show = useStatus();
  const [picking, setPicking] = useState(false);
  const blocks = blocksIn(report, container);
  const at = `blocks:${containerKey(container)}`;
  const place = (index: number) => ({ in: container, index });
  const list = useRef<HTMLDetailsElement>(null);
  const unfold = () => {
    if (list.current) list.current.open = true;
  };

  const remove = (index: number, block: ReportBlock) =>
    void apply(at, (r) => removeBlock(r, place(index))).then((saved) => {
      if (saved && block.kind === 'text' && block.text.trim()) {
        show(i18n.t('report.textRemoved'), 'info', { label: i18n.t('common.undo'), run: () => void apply(at, (r) => addBlock(r, place(index), block)) });
      }
    });

  const addText = () =>
    void apply(at, (r) => addBlock(r, place(blocks.length), { kind: 'text', text: '' })).then((saved) => {
      if (!saved) return;
      unfold();
      requestAnimationFrame(() => document.getElementById(`${at}-${blocks.length}`)?.focus());
    });

  const wordsText = words === undefined ? '' : i18n.t('report.blocksWords', { count: words });
  return (
    <div className="block-list">
      <details ref={list}>
        <summary aria-label={i18n.t('report.blocksSummary', { label, count: blocks.length }) + wordsText}>{i18n.t('report.blocksSummary', { label: shortLabel ?? label, count: blocks.length }) + wordsText}</summary>
        {blocks.length > 0 && (
          <ol aria-label={label}>
            {blocks.map((block, i) => (
              <li key={i} className={`block block-${block.kind}`}>
                {block.kind === 'text' ? (
                  <TextBlock id={`${at}-${i}`} text={block.text} label={i18n.t('report.textOf', { n: i + 1 })} onSave={(text) => void apply(at, (r) => replaceBlock(r, place(i), { kind: 'text', text }))} />
                ) : (
                  // Focusable so 校对全文's 转到 can bring it into view and say it.
                  <span className="block-name" id={`${at}-${i}`} tabIndex={-1}>
                    <span className="role">{i18n.t(block.kind === 'snippet' ? 'report.kindSnippet' : 'report.kindProblemSet')}</span> {blockName(block, library)}
                  </span>
                )}
                <span className="row-actions">
                  <button disabled={i === 0} onClick={() => void apply(at, (r) => moveBlock(r, place(i), place(i - 1)))} aria-label={i18n.t('report.blockUp', { n: i + 1 })}>
                    {i18n.t('report.moveUp')}
                  </button>
                  <button disabled={i === blocks.length - 1} onClick={() => void apply(at, (r) => moveBlock(r, place(i), place(i + 1)))} aria-label={i18n.t('report.blockDown', { n: i + 1 })}>
                    {i18n.t('report.moveDown')}
                  </button>
                  <button className="danger" onClick={() => remove(i, block)} aria-label={i18n.t('report.blockRemove', { n: i + 1 })}>
                    {i18n.t('report.remove')}
                  </button>
                </span>
              </li>
            ))}
          </ol>
        )}
      </details>
      <div className="actions block-adds">
        <button aria-expanded={picking} onClick={() => setPicking((p) => !p)} aria-label={`${i18n.t('report.addSnippet')}：${label}`}>
          {i18n.t('report.addSnippet')}
        </button>
        <button onClick={addText} aria-label={`${i18n.t('report.addText')}：${label}`}>
          {i18n.t('report.addText')}
        </button>
        {extra}
      </div>
      {picking && library && (
        <SnippetPicker
          library={library}
          onPick={(block) => {
            setPicking(false);
            void apply(at, (r) => addBlock(r, place(blocksIn(r, container).length), block)).then((saved) => saved && unfold());
          }}
          onClose={() => setPicking(false)}
        />
      )}
      <ErrorLine message={errorAt(at)} />
    </div>
  );
}

function TextBlock({ id, text, label, onSave }: { id: string; text: string; label: string; onSave: (text: string) => void }) {
  const [value, setValue] = useState(text);
  const [shown, setShown] = useState(text);
  if (shown !== text) {
    setShown(text);
    setValue(text);
  }
  return <textarea id={id} rows={3} value={value} aria-label={label} placeholder={i18n.t('report.textPlaceholder')} onChange={(e) => setValue(e.target.value)} onBlur={() => value !== text && onSave(value)} />;
}
