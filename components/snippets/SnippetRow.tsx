// One row of the library list. Rows are memoised: while a search narrows (dj → djz) most rows in
// view show the same snippets with the same marks, and those are left alone on a keystroke. When
// the search found something in the paragraph rather than the title, a second line shows the words
// around it, marked, so the user sees why the snippet is listed.
import { i18n } from '#i18n';
import { memo, type RefObject } from 'react';
import { excerpt, type Range } from '../../lib/domain/search/index.ts';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { Highlighted } from './Highlighted.tsx';
import { roleLabel } from '../common/labels.ts';
import { SAMPLE_TAG } from '../../lib/domain/sampleLibrary.ts';

/** What a row does; held in a ref so the list's callbacks can change without re-rendering rows. */
export interface RowActions {
  onSelect: (id: string) => void;
  onTogglePick?: (id: string) => void;
  onMove?: (id: string, beforeId: string) => void;
}

interface Props {
  snippet: Snippet;
  titleRanges: readonly Range[];
  /** Where the search matched the body, for the line under the title. */
  bodyRanges: readonly Range[];
  top: number;
  height: number;
  /** Place in the whole list and its length, for screen readers, when only part is rendered. */
  position?: { index: number; of: number };
  selected: boolean;
  /** undefined: not picking; null: not picked; n: picked n-th. */
  pickOrder: number | null | undefined;
  draggable: boolean;
  actions: RefObject<RowActions>;
}

function Row({ snippet: s, titleRanges, bodyRanges, top, height, position, selected, pickOrder, draggable, actions }: Props) {
  const found = excerpt(s.body, bodyRanges);
  return (
    <li
      style={{ transform: `translateY(${top}px)`, height }}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.of}
      draggable={draggable}
      onDragStart={(e) => e.dataTransfer.setData('application/x-snippet-id', s.id)}
      onDragOver={(e) => draggable && e.preventDefault()}
      onDrop={(e) => {
        const dragged = e.dataTransfer.getData('application/x-snippet-id');
        if (dragged && dragged !== s.id) actions.current.onMove?.(dragged, s.id);
      }}
    >
      {pickOrder !== undefined && (
        <label className="pick">
          <input type="checkbox" checked={pickOrder !== null} onChange={() => actions.current.onTogglePick?.(s.id)} aria-label={i18n.t('snippets.pick', { title: s.title })} />
          {pickOrder !== null && <span className="order">{pickOrder}</span>}
        </label>
      )}
      <button
        // Named for the stylesheet: a `:has(.excerpt)` rule made every style update of the list cost
        // 10 ms more (the first keystroke after an open: 4 ms → 16 ms to the list's update).
        className={`${found ? 'with-excerpt' : 'title-only'}${selected ? ' selected' : ''}`}
        aria-pressed={pickOrder === undefined ? selected : pickOrder !== null}
        title={s.title}
        // While picking several, a click on the row ticks it, as on its check box.
        onClick={() => (pickOrder === undefined ? actions.current.onSelect(s.id) : actions.current.onTogglePick?.(s.id))}
      >
        <span className="role">{roleLabel(s.role)}</span>
        <span className="title">
          <Highlighted text={s.title} ranges={titleRanges} />
        </span>
        {s.tags.includes(SAMPLE_TAG) && <span className="sample-mark">{i18n.t('snippets.sampleMark')}</span>}
        {s.favorite && <span aria-label={i18n.t('snippets.favoriteMark')}>★</span>}
        {/* A line of its own, the row's whole width, under the title (the stylesheet wraps it). */}
        {found && (
          <span className="excerpt" title={found.text}>
            <Highlighted text={found.text} ranges={found.ranges} />
          </span>
        )}
      </button>
    </li>
  );
}

const sameRanges = (a: readonly Range[], b: readonly Range[]) => a.length === b.length && a.every((r, i) => r.start === b[i]!.start && r.end === b[i]!.end);

export const SnippetRow = memo(
  Row,
  (a, b) =>
    a.snippet === b.snippet &&
    a.top === b.top &&
    a.height === b.height &&
    a.position?.index === b.position?.index &&
    a.position?.of === b.position?.of &&
    a.selected === b.selected &&
    a.pickOrder === b.pickOrder &&
    a.draggable === b.draggable &&
    a.actions === b.actions &&
    sameRanges(a.titleRanges, b.titleRanges) &&
    sameRanges(a.bodyRanges, b.bodyRanges),
);
