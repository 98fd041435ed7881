// The snippet body editor: a textarea whose {{slots}} are highlighted behind the text, and which
// offers metric names after `{{` (↑ ↓ choose, Enter or Tab accept, Esc closes).
import { i18n } from '#i18n';
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { BUILTIN_NAMES, parseTemplate } from '../../lib/domain/template/index.ts';

interface Props {
  value: string;
  onChange: (value: string) => void;
  metricNames: readonly string[];
  label: string;
}

const OPEN_SLOT = /\{\{([^{}|@=\n]*)$/;

/** The source with slots wrapped in <mark>, drawn behind the transparent textarea text. */
function Backdrop({ value }: { value: string }) {
  const { nodes } = useMemo(() => parseTemplate(value), [value]);
  return (
    <div className="template-backdrop" aria-hidden="true">
      {nodes.map((node, i) => {
        const text = value.slice(node.span.start, node.span.end);
        if (node.type === 'text') return <span key={i}>{text}</span>;
        return (
          <mark key={i} className={node.type === 'error' ? 'slot-error' : 'slot-source'}>
            {text}
          </mark>
        );
      })}
      {/* A trailing newline needs a character after it to take up its line. */}
      {value.endsWith('\n') ? ' ' : null}
    </div>
  );
}

export function TemplateEditor({ value, onChange, metricNames, label }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissedAt, setDismissedAt] = useState(-1);
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    if (pendingCaret.current === null || !area.current) return;
    area.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  }, [value]);

  const typed = OPEN_SLOT.exec(value.slice(0, caret));
  const prefix = typed?.[1]?.trim() ?? '';
  const suggestions = typed && dismissedAt !== caret ? [...metricNames, ...BUILTIN_NAMES].filter((n) => n.includes(prefix)).slice(0, 8) : [];

  function accept(name: string) {
    const start = caret - (typed?.[1]?.length ?? 0);
    const closes = value.slice(caret).startsWith('}}');
    const next = value.slice(0, start) + name + (closes ? '' : '}}') + value.slice(caret);
    const at = start + name.length + 2;
    // The caret goes after the accepted name in the commit that shows it (see the layout effect),
    // before the next key is handled: a frame later, fast typing would land before the name.
    pendingCaret.current = at;
    onChange(next);
    setCaret(at);
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (suggestions.length === 0 || e.nativeEvent.isComposing) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a + (e.key === 'ArrowDown' ? 1 : suggestions.length - 1)) % suggestions.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      accept(suggestions[Math.min(active, suggestions.length - 1)]!);
    } else if (e.key === 'Escape') {
      setDismissedAt(caret);
    }
  }

  return (
    <div className="template-editor">
      <Backdrop value={value} />
      <textarea
        ref={area}
        aria-label={label}
        aria-autocomplete="list"
        aria-controls="metric-suggestions"
        value={value}
        rows={8}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onScroll={(e) => {
          const backdrop = e.currentTarget.previousElementSibling as HTMLElement | null;
          if (backdrop) backdrop.scrollTop = e.currentTarget.scrollTop;
        }}
      />
      {suggestions.length > 0 && (
        <ul className="suggestions" id="metric-suggestions" role="listbox" aria-label={i18n.t('template.suggestions')}>
          {suggestions.map((name, i) => (
            <li
              key={name}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                accept(name);
              }}
            >
              {name}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
