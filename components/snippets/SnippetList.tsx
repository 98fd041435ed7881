// The library list. A long list is virtualised — only the rows in view are in the DOM, so 10,000
// snippets scroll and filter as fast as 10, and each row tells screen readers its place in the
// whole (aria-posinset / aria-setsize) — while a short list is rendered whole, so the browser's
// find-in-page sees every title.
import { i18n } from '#i18n';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { useRootFontPx } from '../hooks/useRootFontPx.ts';
import { useRowWindow } from '../hooks/useRowWindow.ts';
import { indexOfSnippet, type HitList } from '../../lib/domain/search/index.ts';
import { SnippetRow, type RowActions } from './SnippetRow.tsx';

interface Props {
  hits: HitList;
  selectedId: string | null;
  onSelect: (id: string) => void;
  emptyText: string;
  /** Multi-select: the picked ids in the order they were picked, and how to toggle one. */
  picked?: readonly string[];
  onTogglePick?: (id: string) => void;
  /** Drag to reorder: called with the dragged id and the id it was dropped on. */
  onMove?: (id: string, beforeId: string) => void;
  /** Nothing is shown under the list: it reaches down to the bottom of the panel. */
  fill?: boolean;
}

/** Space kept under a list that fills the panel (the page's bottom padding), in rem. */
const FILL_MARGIN_REM = 1;

/**
 * The list's height limit when it fills the panel: from where it starts to the panel's bottom, and
 * never less than the 40 % the stylesheet gives it when something is shown under it. Written to the
 * element's style, not kept in React state: a state change in a layout effect makes React render
 * again at once and run every waiting effect of the first screen (the database start, the
 * subscriptions) before the browser has painted it.
 */
function useFillHeight(scroller: RefObject<HTMLDivElement | null>, fill: boolean, rootPx: number): void {
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!fill || !element) return;
    const measure = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      element.style.maxHeight = `${Math.max(window.innerHeight * 0.4, Math.floor(window.innerHeight - top - FILL_MARGIN_REM * rootPx))}px`;
    };
    measure();
    // The list moves when what is above it changes (the period picker arriving, filters wrapping):
    // the page's size changes with it. The same height again changes nothing.
    const resized = new ResizeObserver(measure);
    resized.observe(document.body);
    window.addEventListener('resize', measure);
    return () => {
      resized.disconnect();
      window.removeEventListener('resize', measure);
      element.style.maxHeight = '';
    };
  }, [scroller, fill, rootPx]);
}

/** A row is two and a half lines of type tall: 40 px at 标准, growing with the 字号 — room for the
 * title and, when the paragraph matched, a line of it in smaller type (SnippetRow). */
const ROW_LINES = 2.5;
/** Above this many rows the list is virtualised (rendering 300 rows whole took 80 ms per keystroke). */
const VIRTUAL_FROM = 100;

export function SnippetList({ hits, selectedId, onSelect, emptyText, picked, onTogglePick, onMove, fill = false }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const actions = useRef<RowActions>({ onSelect, onTogglePick, onMove });
  actions.current = { onSelect, onTogglePick, onMove };
  const virtual = hits.length > VIRTUAL_FROM;
  const rootPx = useRootFontPx();
  const rowHeight = Math.round(rootPx * ROW_LINES);
  useFillHeight(scroller, fill, rootPx);
  const rows = useRowWindow(scroller, hits.length, rowHeight, virtual);
  const selectedIndex = indexOfSnippet(hits, selectedId);
  const { scrollToRow } = rows;
  useEffect(() => {
    if (selectedIndex >= 0) scrollToRow(selectedIndex);
  }, [selectedIndex, scrollToRow]);
  const shown = [];
  for (let index = rows.start; index < rows.end; index++) shown.push(index);

  return (
    <div className="snippet-list" ref={scroller}>
      <ul id="snippet-list" aria-label={i18n.t('snippets.list')} style={{ height: hits.length === 0 ? undefined : rows.total }}>
        {shown.map((index) => {
          const { snippet, titleRanges, bodyRanges } = hits.at(index)!;
          const pickAt = picked?.indexOf(snippet.id) ?? -1;
          return (
            <SnippetRow
              // Keyed by place, as windowed list libraries key rows: when a keystroke changes the
              // hits, the rows in view are updated in place instead of about twenty being removed
              // and twenty new ones built (and scrolling still adds and drops rows at the ends only).
              // The cost: focus on a row stays at its place if the list reorders under it (typing
              // keeps focus in the search box, so that is a row reached by Tab, and rare).
              key={index}
              snippet={snippet}
              titleRanges={titleRanges}
              bodyRanges={bodyRanges}
              top={index * rowHeight}
              height={rowHeight}
              position={virtual ? { index, of: hits.length } : undefined}
              selected={snippet.id === selectedId}
              pickOrder={picked && onTogglePick ? (pickAt === -1 ? null : pickAt + 1) : undefined}
              draggable={Boolean(onMove)}
              actions={actions}
            />
          );
        })}
        {hits.length === 0 && <li className="muted static">{emptyText}</li>}
      </ul>
    </div>
  );
}
