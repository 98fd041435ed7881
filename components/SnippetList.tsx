// The library list, virtualised: only the rows in view are in the DOM, so 10,000 snippets
// scroll and filter as fast as 10.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import { ROLE_LABELS } from '../lib/domain/schemas.ts';
import type { SearchHit } from '../lib/domain/search/index.ts';
import { Highlighted } from './Highlighted.tsx';

interface Props {
  hits: readonly SearchHit[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  emptyText: string;
}

const ROW_HEIGHT = 36;

export function SnippetList({ hits, selectedId, onSelect, emptyText }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: hits.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 8 });
  const selectedIndex = hits.findIndex((h) => h.snippet.id === selectedId);
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' });
  }, [selectedIndex, virtualizer]);

  return (
    <div className="snippet-list" ref={scroller}>
      <ul id="snippet-list" aria-label="片段列表" style={{ height: hits.length === 0 ? undefined : virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((row) => {
          const { snippet: s, titleRanges } = hits[row.index]!;
          return (
            <li key={s.id} style={{ transform: `translateY(${row.start}px)`, height: ROW_HEIGHT }}>
              <button className={s.id === selectedId ? 'selected' : ''} aria-pressed={s.id === selectedId} onClick={() => onSelect(s.id)}>
                <span className="role">{ROLE_LABELS[s.role]}</span>
                <span className="title">
                  <Highlighted text={s.title} ranges={titleRanges} />
                </span>
                {s.favorite && <span aria-label="已收藏">★</span>}
              </button>
            </li>
          );
        })}
        {hits.length === 0 && <li className="muted static">{emptyText}</li>}
      </ul>
    </div>
  );
}
