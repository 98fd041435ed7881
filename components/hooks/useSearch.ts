// Search over the live library. The index lives as long as the panel and is synced with each
// new list of snippets, so only changed snippets are re-indexed.
import { useMemo, useRef } from 'react';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { SearchIndex, type SearchHit } from '../../lib/domain/search/index.ts';

export function useSearch(snippets: readonly Snippet[] | undefined, query: string): SearchHit[] | undefined {
  const index = useRef<SearchIndex | null>(null);
  // The index object stays the same while its contents change, so results depend on the list.
  const synced = useMemo(() => {
    if (!snippets) return undefined;
    index.current ??= new SearchIndex();
    index.current.sync(snippets);
    return snippets;
  }, [snippets]);
  return useMemo(() => (synced ? index.current?.search(query) : undefined), [synced, query]);
}
