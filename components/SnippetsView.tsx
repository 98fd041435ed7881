// The snippet library: one search box (text, pinyin, initials), filters, the list, and the
// selected snippet's preview. Keyboard: ↑ ↓ choose, Enter inserts, Ctrl/⌘+Enter copies, Esc clears;
// nothing fires while an IME is composing.
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { ROLE_LABELS, SNIPPET_ROLES, type Snippet, type SnippetRole } from '../lib/domain/schemas.ts';
import { moveInOrder, SORT_LABELS, SORT_MODES, sortHits, type SortMode } from '../lib/domain/search/index.ts';
import { MultiInsertBar } from './MultiInsertBar.tsx';
import { SnippetDetail, type PendingAction, type SnippetActions } from './SnippetDetail.tsx';
import { SnippetForm } from './SnippetForm.tsx';
import { SnippetList } from './SnippetList.tsx';
import { saveSnippet, setSnippetOrder } from './hooks/actions.ts';
import { useSnippetOrder, useSnippets } from './hooks/useLibrary.ts';
import { useSearch } from './hooks/useSearch.ts';

type Mode = { kind: 'view' } | { kind: 'edit'; snippet: Snippet } | { kind: 'new' };

/** True while an input method is composing: Enter then picks a character, not a snippet. */
const composing = (e: KeyboardEvent) => e.nativeEvent.isComposing || e.keyCode === 229;

export function SnippetsView() {
  const snippets = useSnippets();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<SnippetRole | ''>('');
  const [folder, setFolder] = useState('');
  const [onlyFavorites, setOnlyFavorites] = useState(false);
  const [sort, setSort] = useState<SortMode>('relevance');
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const order = useSnippetOrder();
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  const actions = useRef<SnippetActions | null>(null);
  /** An Enter pressed for a snippet whose detail is not ready yet; the detail runs it. */
  const pending = useRef<PendingAction | null>(null);
  const hits = useSearch(snippets, query);
  const folders = useMemo(() => [...new Set((snippets ?? []).map((s) => s.folder).filter(Boolean))].sort(), [snippets]);
  if (!snippets || !hits) return <p className="muted">正在读取…</p>;

  const filtered = hits.filter((h) => (!role || h.snippet.role === role) && (!folder || h.snippet.folder === folder) && (!onlyFavorites || h.snippet.favorite));
  const visible = sortHits(filtered, sort, order);
  const pickedSnippets = picked.flatMap((id) => snippets.filter((s) => s.id === id));
  const togglePick = (id: string) => setPicked((p) => (p.includes(id) ? p.filter((x) => x !== id) : [...p, id]));
  const move = (id: string, beforeId: string | null) =>
    void setSnippetOrder(
      moveInOrder(
        order ?? [],
        visible.map((h) => h.snippet.id),
        id,
        beforeId,
      ),
    );
  const selected = snippets.find((s) => s.id === selectedId) ?? null;

  if (mode.kind !== 'view') {
    return (
      <SnippetForm
        snippet={mode.kind === 'edit' ? mode.snippet : null}
        onDone={(saved) => {
          if (saved) setSelectedId(saved.id);
          setMode({ kind: 'view' });
        }}
      />
    );
  }

  function onSearchKey(e: KeyboardEvent<HTMLInputElement>) {
    if (composing(e)) return;
    const at = visible.findIndex((h) => h.snippet.id === selectedId);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? Math.min(visible.length - 1, at + 1) : Math.max(0, at - 1);
      setSelectedId(visible[next]?.snippet.id ?? null);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const target = at === -1 ? visible[0] : visible[at];
      if (!target) return;
      const copy = e.ctrlKey || e.metaKey;
      if (target.snippet.id === selectedId && actions.current) {
        void (copy ? actions.current.copy() : actions.current.insert());
        return;
      }
      // The detail of a newly chosen snippet mounts on the next render; act once it has.
      pending.current = { snippetId: target.snippet.id, copy };
      setSelectedId(target.snippet.id);
    } else if (e.key === 'Escape') {
      setQuery('');
    }
  }

  return (
    <section className="snippets" aria-label="片段库">
      <div className="toolbar">
        <input
          type="search"
          aria-label="搜索片段"
          placeholder="搜索：文字、拼音或首字母（如 djzt）"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={onSearchKey}
          aria-controls="snippet-list"
        />
        <button onClick={() => setMode({ kind: 'new' })}>新建片段</button>
      </div>
      <div className="filters row">
        <select aria-label="按类别筛选" value={role} onChange={(e) => setRole(e.target.value as SnippetRole | '')}>
          <option value="">全部类别</option>
          {SNIPPET_ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
        <select aria-label="按文件夹筛选" value={folder} onChange={(e) => setFolder(e.target.value)}>
          <option value="">全部文件夹</option>
          {folders.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input type="checkbox" checked={onlyFavorites} onChange={(e) => setOnlyFavorites(e.target.checked)} />
          只看收藏
        </label>
      </div>
      <div className="filters row">
        <select aria-label="排序" value={sort} onChange={(e) => setSort(e.target.value as SortMode)}>
          {SORT_MODES.map((m) => (
            <option key={m} value={m}>
              {SORT_LABELS[m]}
            </option>
          ))}
        </select>
        <label className="checkbox">
          <input
            type="checkbox"
            checked={picking}
            onChange={(e) => {
              setPicking(e.target.checked);
              setPicked([]);
            }}
          />
          多选，按顺序插入
        </label>
      </div>
      {sort === 'manual' && <p className="muted small">拖动条目调整顺序；也可在下方用“上移 / 下移”。</p>}
      {picking && <MultiInsertBar snippets={pickedSnippets} onClear={() => setPicked([])} />}
      {snippets.length === 0 ? (
        <p className="empty">还没有片段。点“新建片段”，把常用的一段话存起来，数字处写成 {'{{指标名}}'}。</p>
      ) : (
        <SnippetList
          hits={visible}
          selectedId={selectedId}
          onSelect={setSelectedId}
          emptyText={`没有找到“${query}”。可以试试拼音首字母。`}
          picked={picking ? picked : undefined}
          onTogglePick={togglePick}
          onMove={sort === 'manual' ? move : undefined}
        />
      )}
      {selected && (
        <SnippetDetail
          key={selected.id}
          snippet={selected}
          actionsRef={actions}
          pendingRef={pending}
          onEdit={() => setMode({ kind: 'edit', snippet: selected })}
          onToggleFavorite={() => void saveSnippet(selected.id, { favorite: !selected.favorite })}
          onDeleted={() => setSelectedId(null)}
          onMove={
            sort === 'manual'
              ? (step) => {
                  const at = visible.findIndex((h) => h.snippet.id === selected.id);
                  const target = step < 0 ? visible[at - 1] : visible[at + 2];
                  if (step < 0 && !target) return;
                  move(selected.id, target?.snippet.id ?? null);
                }
              : undefined
          }
        />
      )}
    </section>
  );
}
