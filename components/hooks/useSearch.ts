// Search over the live library. The index lives as long as the panel and is synced with each new
// list of snippets, so only changed snippets are re-indexed. The pinyin dictionary is large: it
// loads after the panel is up, and pinyin keys are computed in idle time, a slice at a time.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { SearchIndex, type SearchHit } from '../../lib/domain/search/index.ts';

function idle(callback: (hasTime: () => boolean) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback((deadline) => callback(() => deadline.timeRemaining() > 1));
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => {
    const until = performance.now() + 8;
    callback(() => performance.now() < until);
  }, 16);
  return () => clearTimeout(id);
}

export function useSearch(snippets: readonly Snippet[] | undefined, query: string): SearchHit[] | undefined {
  const index = useRef<SearchIndex>(new SearchIndex());
  const [pinyinReady, setPinyinReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void import('../../lib/domain/search/pinyinKeys.ts').then(({ pinyinKeys }) => {
      if (cancelled) return;
      index.current.usePinyin(pinyinKeys);
      setPinyinReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // The index object stays the same while its contents change, so results depend on the list.
  const synced = useMemo(() => {
    if (!snippets) return undefined;
    index.current.sync(snippets);
    return snippets;
  }, [snippets]);

  useEffect(() => {
    if (!pinyinReady || !synced) return;
    let cancel = () => undefined as void;
    const step = () => {
      cancel = idle((hasTime) => {
        if (!index.current.warm(hasTime)) step();
      });
    };
    step();
    return () => cancel();
  }, [pinyinReady, synced]);

  // pinyinReady is a real input: once pinyin is on, the same query can match more.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (synced ? index.current.search(query) : undefined), [synced, query, pinyinReady]);
}
