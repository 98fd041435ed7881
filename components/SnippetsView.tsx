// The snippet library: a filter box, the list, and the selected snippet's preview or editor.
import { useState } from 'react';
import type { Snippet } from '../lib/domain/schemas.ts';
import { ROLE_LABELS } from '../lib/domain/schemas.ts';
import { SnippetDetail } from './SnippetDetail.tsx';
import { SnippetForm } from './SnippetForm.tsx';
import { useSnippets } from './hooks/useLibrary.ts';

type Mode = { kind: 'view' } | { kind: 'edit'; snippet: Snippet } | { kind: 'new' };

function matches(snippet: Snippet, query: string): boolean {
  const q = query.trim();
  return q === '' || snippet.title.includes(q) || snippet.body.includes(q) || snippet.folder.includes(q);
}

export function SnippetsView() {
  const snippets = useSnippets();
  const [query, setQuery] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>({ kind: 'view' });
  if (!snippets) return <p className="muted">正在读取…</p>;

  const visible = snippets.filter((s) => matches(s, query));
  const selected = snippets.find((s) => s.id === selectedId) ?? null;

  if (mode.kind !== 'view') {
    const editing = mode.kind === 'edit' ? mode.snippet : null;
    return (
      <SnippetForm
        snippet={editing}
        onDone={(saved) => {
          if (saved) setSelectedId(saved.id);
          setMode({ kind: 'view' });
        }}
      />
    );
  }

  return (
    <section className="snippets" aria-label="片段库">
      <div className="toolbar">
        <input type="search" aria-label="搜索片段" placeholder="搜索标题或正文" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button onClick={() => setMode({ kind: 'new' })}>新建片段</button>
      </div>
      {snippets.length === 0 ? (
        <p className="empty">还没有片段。点“新建片段”，把常用的一段话存起来，数字处写成 {'{{指标名}}'}。</p>
      ) : (
        <ul className="snippet-list" aria-label="片段列表">
          {visible.map((s) => (
            <li key={s.id}>
              <button className={s.id === selectedId ? 'selected' : ''} aria-pressed={s.id === selectedId} onClick={() => setSelectedId(s.id)}>
                <span className="role">{ROLE_LABELS[s.role]}</span>
                <span className="title">{s.title}</span>
              </button>
            </li>
          ))}
          {visible.length === 0 && <li className="muted">没有找到“{query}”。</li>}
        </ul>
      )}
      {selected && <SnippetDetail key={selected.id} snippet={selected} onEdit={() => setMode({ kind: 'edit', snippet: selected })} onDeleted={() => setSelectedId(null)} />}
    </section>
  );
}
