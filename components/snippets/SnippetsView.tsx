// The snippet library: one search box (text, pinyin, initials), filters, the list, and the
// selected snippet's preview. Keyboard: ↑ ↓ choose, Enter inserts, Ctrl/⌘+Enter copies, Esc clears;
// nothing fires while an IME is composing.
import { i18n } from '#i18n';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { filterHits, idsOf, indexOfSnippet, moveInOrder, queryScript, rangeTexts, sortHits } from '../../lib/domain/search/index.ts';
import { LibraryFilters, NO_FILTERS, type Filters } from './LibraryFilters.tsx';
import type { KeyAction } from './SnippetDetail.tsx';
import { SnippetList } from './SnippetList.tsx';
import { inBackground } from '../hooks/background.ts';
import { useLibrarySnapshot, useSnippetOrder } from '../hooks/usePanelDatabase.ts';
import { useSearch } from '../hooks/useSearch.ts';

// The list is the first screen; what acts on a snippet (the detail, the form, multi-insert, the
// writes) loads with Dexie and zod when first needed, or in the background once the library is read.
const loadDetail = () => import('./SnippetDetail.tsx');
const loadForm = () => import('./SnippetForm.tsx');
const loadMultiInsert = () => import('./MultiInsertBar.tsx');
const writes = () => import('../hooks/actions.ts');
const SnippetDetail = lazy(() => loadDetail().then((m) => ({ default: m.SnippetDetail })));
const SnippetForm = lazy(() => loadForm().then((m) => ({ default: m.SnippetForm })));
const MultiInsertBar = lazy(() => loadMultiInsert().then((m) => ({ default: m.MultiInsertBar })));

type Mode = { kind: 'view' } | { kind: 'edit'; snippet: Snippet } | { kind: 'new' };

/** What to say when nothing is found, by what was typed: Latin letters were read as pinyin already. */
const NO_MATCH = { latin: 'snippets.noMatchLatin', chinese: 'snippets.noMatchChinese', other: 'snippets.noMatch' } as const;

/** True while an input method is composing: Enter then picks a character, not a snippet. */
const composing = (e: KeyboardEvent) => e.nativeEvent.isComposing || e.keyCode === 229;

export function SnippetsView() {
  const library = useLibrarySnapshot();
  const snippets = library?.snippets;
  const complete = library?.complete ?? false;
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const { role, folder, onlyFavorites, sort, picking } = filters;
  const [picked, setPicked] = useState<string[]>([]);
  // Stable, so the memoised filters are not re-rendered on a keystroke. Turning multi-select on
  // or off starts a new pick.
  const changeFilters = useCallback((changes: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...changes }));
    if (changes.picking !== undefined) setPicked([]);
  }, []);
  const order = useSnippetOrder();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  /** An Enter pressed in the search box, for the chosen snippet's detail to run once it is ready. */
  const [keyAction, setKeyAction] = useState<KeyAction | null>(null);
  // Choosing another snippet (or none) drops an Enter still waiting for a detail: it must not fire
  // later, when that snippet is opened again.
  const select = useCallback((id: string | null) => {
    setSelectedId(id);
    setKeyAction((action) => (action?.snippetId === id ? action : null));
  }, []);
  const { hits, warmUp } = useSearch(snippets, query, complete);
  useEffect(() => {
    // Once the whole library is in: fetching modules costs the panel's thread a few milliseconds
    // each, which would otherwise land on the first keystrokes after the panel opens.
    if (!complete) return;
    return inBackground(() => void Promise.all([loadDetail(), loadForm(), loadMultiInsert(), writes()]));
  }, [complete]);
  const folders = useMemo(() => [...new Set((snippets ?? []).map((s) => s.folder).filter(Boolean))].sort(), [snippets]);
  if (!snippets || !hits) return <p className="muted">{i18n.t('common.loading')}</p>;

  // Thousands of hits per keystroke: no copies when no filter is on and the order is the search's.
  const filtering = role !== '' || folder !== '' || onlyFavorites;
  const filtered = filtering ? filterHits(hits, (s) => (!role || s.role === role) && (!folder || s.folder === folder) && (!onlyFavorites || s.favorite)) : hits;
  const visible = sort === 'relevance' ? filtered : sortHits(filtered, sort, order);
  const pickedSnippets = picked.flatMap((id) => snippets.filter((s) => s.id === id));
  const togglePick = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const move = (id: string, beforeId: string | null) =>
    void writes().then((w) =>
      w.setSnippetOrder(
        moveInOrder(
          order ?? [],
          idsOf(visible),
          id,
          beforeId,
        ),
      ),
    );
  const selected = selectedId === null ? null : (snippets.find((s) => s.id === selectedId) ?? null);
  const selectedHit = selected ? visible.at(indexOfSnippet(visible, selected.id)) : undefined;

  if (mode.kind !== 'view') {
    return (
      <Suspense fallback={<p className="muted">{i18n.t('app.opening')}</p>}>
        <SnippetForm
          snippet={mode.kind === 'edit' ? mode.snippet : null}
          onDone={(saved) => {
            if (saved) select(saved.id);
            setMode({ kind: 'view' });
          }}
        />
      </Suspense>
    );
  }

  function onSearchKey(e: KeyboardEvent<HTMLInputElement>) {
    if (composing(e)) return;
    const at = indexOfSnippet(visible, selectedId);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(visible.length - 1, at + 1) : Math.max(0, at - 1);
      select(visible.snippetAt(next)?.id ?? null);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const target = visible.at(at === -1 ? 0 : at);
      if (!target) return;
      setSelectedId(target.snippet.id);
      setKeyAction({ snippetId: target.snippet.id, copy: e.ctrlKey || e.metaKey });
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  }

  return (
    <section className="snippets" aria-label={i18n.t('snippets.library')}>
      <div className="toolbar">
        <input
          type="search"
          aria-label={i18n.t('snippets.search')}
          placeholder={i18n.t('snippets.searchPlaceholder')}
          title={i18n.t('snippets.searchHint')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
          onFocus={warmUp}
          aria-controls="snippet-list"
        />
        <button onClick={() => setMode({ kind: 'new' })}>{i18n.t('snippets.new')}</button>
      </div>
      <LibraryFilters filters={filters} folders={folders} onChange={changeFilters} />
      {sort === 'manual' && <p className="muted small">{i18n.t('snippets.dragHint')}</p>}
      {picking && (
        <Suspense fallback={null}>
          <MultiInsertBar snippets={pickedSnippets} onClear={() => setPicked([])} />
        </Suspense>
      )}
      {!complete && query.trim() !== '' && (
        <p className="muted small" role="status">
          {i18n.t('snippets.loadingRest')}
        </p>
      )}
      {snippets.length === 0 ? (
        <p className="empty">{i18n.t('snippets.empty')}</p>
      ) : (
        <SnippetList
          hits={visible}
          selectedId={selectedId}
          onSelect={select}
          // Worked out only when nothing is found: its Unicode script test is compiled again after
          // a quiet spell, which showed in the first keystrokes' profile.
          emptyText={visible.length > 0 ? '' : complete ? i18n.t(NO_MATCH[queryScript(query)], { query: query.trim() }) : i18n.t('snippets.loadingRest')}
          picked={picking ? picked : undefined}
          onTogglePick={togglePick}
          onMove={sort === 'manual' ? move : undefined}
          fill={!selected}
        />
      )}
      {selected && (
        <Suspense fallback={null}>
          <SnippetDetail
            key={selected.id}
            snippet={selected}
            keyAction={keyAction}
            onKeyActionTaken={() => setKeyAction(null)}
            onEdit={() => setMode({ kind: 'edit', snippet: selected })}
            onEditCopy={async () => {
              const { title, body, role, folder, tags } = selected;
              const copy = await (await writes()).saveNewSnippet({ title: i18n.t('snippets.ownCopyTitle', { title }).slice(0, 200), body, role, folder, tags, favorite: false });
              select(copy.id);
              setMode({ kind: 'edit', snippet: copy });
            }}
            onToggleFavorite={() => writes().then((w) => w.saveSnippet(selected.id, { favorite: !selected.favorite }))}
            onDeleted={() => select(null)}
            found={selectedHit && query.trim() !== '' ? rangeTexts(selected.body, selectedHit.bodyRanges) : undefined}
            onMove={
              sort === 'manual'
                ? (step) => {
                    const at = indexOfSnippet(visible, selected.id);
                    const target = visible.snippetAt(step < 0 ? at - 1 : at + 2);
                    if (step < 0 && !target) return;
                    move(selected.id, target?.id ?? null);
                  }
                : undefined
            }
          />
        </Suspense>
      )}
    </section>
  );
}
