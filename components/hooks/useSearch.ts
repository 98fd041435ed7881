// Search over the live library. An empty query needs no index, so the list paints from the rows
// at once; the index is built on the first query and then kept in step with the library, one
// changed snippet at a time. The pinyin dictionary is large: it loads in the background once the whole
// library is on screen (at once if Latin letters are typed before), and pinyin keys are made in
// background slices (background.ts), titles' and tags' first, then bodies' (three times as long in
// all); results are refreshed when each of the two is done.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { inBackground } from './background.ts';
import { ArrayHits, bodyPhrase, excerpt, primingQueries, rankAll, SearchIndex, type HitList, type PinyinKeyer } from '../../lib/domain/search/index.ts';

const LATIN = /[a-z]/i;
/** Rows of a throwaway search whose highlights are worked out: about one screen. */
const PRIMED_ROWS = 30;
/** Priming again sooner than this after the last is not needed: the code is still warm. */
const REPRIME_AFTER_MS = 1000;

/** `complete`: the whole library has been read (not only the first screen). */
export function useSearch(snippets: readonly Snippet[] | undefined, query: string, complete = true): { hits: HitList | undefined; warmUp: () => void } {
  const index = useRef<SearchIndex>(new SearchIndex());
  /** Bumped when pinyin arrives or finishes warming: the same query can then match more. */
  const [pinyinVersion, setPinyinVersion] = useState(0);
  const searching = query.trim() !== '';
  const wantsPinyinNow = LATIN.test(query);
  const pinyinRequested = useRef(false);
  const keyer = useRef<PinyinKeyer | null>(null);

  useEffect(() => {
    if (pinyinRequested.current || !(complete || wantsPinyinNow)) return;
    const load = () => {
      if (pinyinRequested.current) return;
      pinyinRequested.current = true;
      void import('../../lib/domain/search/pinyinKeys.ts').then(({ pinyinKeys }) => {
        keyer.current = pinyinKeys;
        index.current.usePinyin(pinyinKeys);
        setPinyinVersion((v) => v + 1);
      });
    };
    if (wantsPinyinNow) {
      // Right after this keystroke's frame, so the letter and the text matches show first; the
      // dictionary takes a few tens of milliseconds to load, then pinyin matches follow.
      let timer = 0;
      const frame = requestAnimationFrame(() => (timer = window.setTimeout(load, 0)));
      return () => {
        cancelAnimationFrame(frame);
        clearTimeout(timer);
      };
    }
    return inBackground(load);
  }, [complete, wantsPinyinNow]);

  // Built on the first query, or once pinyin has arrived in the background (so keys warm up before the
  // user types). The index object stays the same while its contents change, so results depend on
  // the list it was synced with.
  const wanted = searching || pinyinVersion > 0;
  const synced = useMemo(() => {
    if (!snippets || !wanted) return undefined;
    index.current.sync(snippets);
    return snippets;
  }, [snippets, wanted]);
  /** The library the index holds now, for priming at any time. */
  const latest = useRef<readonly Snippet[] | undefined>(undefined);
  latest.current = synced;

  /** The last priming: when it started, whether it is still running, and how to stop it. */
  const primed = useRef({ at: -Infinity, running: false, cancel: () => undefined as void });
  /**
   * Throwaway searches, as if the library's first title were typed in pinyin initials and then in
   * characters (lib/domain/search/priming.ts), run in background slices, one or more queries each;
   * `then` runs after the last. The highlights and excerpts of a screenful of hits are read too:
   * only rows shown ever read them, so nothing else would have run that code yet. Last, a phrase
   * from its paragraphs in initials: a match in a paragraph only takes paths of its own.
   */
  const prime = useCallback((then?: () => void) => {
    const library = latest.current;
    if (!library) return;
    primed.current.cancel();
    const first = library[0];
    const title = first?.title ?? '';
    const phrase = first ? bodyPhrase(title, first.body) : null;
    const keyOf = keyer.current;
    const queries = primingQueries(title, keyOf?.(title) ?? null, phrase && keyOf ? keyOf(phrase) : null);
    const slice = (hasTime: () => boolean) => {
      do {
        const query = queries.shift();
        if (query === undefined) {
          primed.current.running = false;
          return then?.();
        }
        for (const hit of index.current.search(query, PRIMED_ROWS)) void [excerpt(hit.snippet.body, hit.bodyRanges), hit.titleRanges];
      } while (hasTime());
      primed.current.cancel = inBackground(slice);
    };
    primed.current = { at: performance.now(), running: true, cancel: inBackground(slice) };
  }, []);
  useEffect(() => () => primed.current.cancel(), []);

  useEffect(() => {
    if (pinyinVersion === 0 || !synced) return;
    let cancel = () => undefined as void;
    const step = () => {
      cancel = inBackground((hasTime) => {
        const titlesBefore = index.current.titlePinyinComplete;
        const done = index.current.warm(hasTime);
        // Titles done, bodies not yet: refresh now rather than after the bodies; this effect then
        // runs again and carries on with them.
        if (!done && (titlesBefore || !index.current.titlePinyinComplete)) return step();
        // A first keystroke took 10–18 ms cold, 3–5 ms once these had run.
        prime(() => setPinyinVersion((v) => v + 1));
      });
    };
    if (!index.current.pinyinComplete) step();
    return () => cancel();
  }, [pinyinVersion, synced, prime]);

  /**
   * The user is about to type (the search box got focus, the panel came back into view): after a
   * quiet spell the engine has let go of the compiled search, and the first keystrokes took 10–17 ms
   * instead of 3–5. Priming again in the background, between the click and the first key, brings
   * the search's part back (the list's rendering stays as it is). Not more than once a second, and
   * never over a priming still running: the one after the keys are made refreshes the results at its end.
   */
  const warmUp = useCallback(() => {
    const last = primed.current;
    if (!latest.current || !index.current.pinyinComplete || last.running || performance.now() - last.at < REPRIME_AFTER_MS) return;
    prime();
  }, [prime]);
  useEffect(() => {
    const onVisible = () => document.visibilityState === 'visible' && warmUp();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [warmUp]);

  // The empty query's order: the index already keeps it (a counting sort, ~1 ms at 10,000), so it
  // is only worked out from scratch while there is no index yet.
  const all = useMemo(() => (synced ? index.current.search('') : snippets ? new ArrayHits(rankAll(snippets)) : undefined), [synced, snippets]);
  // pinyinVersion is a real input: once pinyin is on or warmed, the same query can match more.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const found = useMemo(() => (synced && searching ? index.current.search(query) : undefined), [synced, searching, query, pinyinVersion]);
  return { hits: searching ? found : all, warmUp };
}
