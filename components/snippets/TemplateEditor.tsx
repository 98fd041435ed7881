// The snippet body editor: a textarea whose {{slots}} are highlighted behind the text, and which
// offers, after `{{`, every fill-in by its Chinese name with a one-line example, the metric names
// and — after `{{>` — the other snippets (↑ ↓ choose, Enter or Tab accept, Esc closes, or a click).
import { i18n } from '#i18n';
import { useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { parseTemplate, type TemplateError } from '../../lib/domain/template/index.ts';
import { problemText } from '../common/problemText.ts';
import { fillInSuggestions, type Suggestion } from './fillInForms.ts';

interface Props {
  value: string;
  onChange: (value: string) => void;
  metricNames: readonly string[];
  /** The other snippets, which `{{>` offers to include. */
  snippetTitles?: readonly string[];
  /** Problems found rendering the text (a snippet including itself …), marked where they are. */
  problems?: readonly TemplateError[];
  /** Renders a template with the user's period, profile and clock, for the examples. */
  sample?: (source: string) => string;
  label: string;
}

const OPEN_SLOT = /\{\{([^{}|@=\n]*)$/;
const INCLUDE = /^\s*[>＞]\s*/;
const SHOWN = 12;

/** The source with slots wrapped in <mark>, drawn behind the transparent textarea text. */
function Backdrop({ value, problems }: { value: string; problems: readonly TemplateError[] }) {
  const { nodes } = useMemo(() => parseTemplate(value), [value]);
  return (
    <div className="template-backdrop" aria-hidden="true">
      {nodes.map((node, i) => {
        const text = value.slice(node.span.start, node.span.end);
        if (node.type === 'text') return <span key={i}>{text}</span>;
        const problem = problems.find((p) => p.span.start >= node.span.start && p.span.end <= node.span.end);
        return (
          <mark key={i} className={node.type === 'error' || problem ? 'slot-error' : 'slot-source'} title={problem ? problemText(problem.problem) : undefined}>
            {text}
          </mark>
        );
      })}
      {/* A trailing newline needs a character after it to take up its line. */}
      {value.endsWith('\n') ? ' ' : null}
    </div>
  );
}

const NO_PROBLEMS: readonly TemplateError[] = [];
const NO_TITLES: readonly string[] = [];

export function TemplateEditor({ value, onChange, metricNames, snippetTitles = NO_TITLES, problems = NO_PROBLEMS, sample, label }: Props) {
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
  const open = Boolean(typed) && dismissedAt !== caret;
  const forms = useMemo(
    () => (open ? fillInSuggestions(sample ?? (() => ''), metricNames[0], snippetTitles[0]) : []),
    [open, sample, metricNames, snippetTitles],
  );
  const suggestions = open ? suggestionsFor(typed![1]!, forms, metricNames, snippetTitles) : [];

  function accept(suggestion: Suggestion) {
    const start = caret - (typed?.[1]?.length ?? 0);
    const closes = value.slice(caret).startsWith('}}');
    const next = value.slice(0, start) + suggestion.insert + (closes ? '' : '}}') + value.slice(caret);
    const at = start + (suggestion.caret ?? suggestion.insert.length + 2);
    // The caret goes after the accepted name in the commit that shows it (see the layout effect),
    // before the next key is handled: a frame later, fast typing would land before the name.
    // Accepting what is already written (a full name before its braces) changes no text, so no
    // commit would move the caret: it moves now.
    if (next === value) area.current?.setSelectionRange(at, at);
    else pendingCaret.current = at;
    onChange(next);
    setCaret(at);
    setActive(0);
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
      <Backdrop value={value} problems={problems} />
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
        // In the tab order: the arrow keys in the text box walk it, but a long list scrolls, and a
        // keyboard that has only Tab (Safari's, by default) must reach its lower rows too.
        <ul className="suggestions" id="metric-suggestions" role="listbox" aria-label={i18n.t('template.suggestions')} tabIndex={0}>
          {suggestions.map((suggestion, i) => (
            <li
              key={`${suggestion.insert}\u0000${suggestion.name}`}
              role="option"
              aria-selected={i === Math.min(active, suggestions.length - 1)}
              ref={i === active ? (li) => li?.scrollIntoView?.({ block: 'nearest' }) : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                accept(suggestion);
              }}
            >
              <span className="suggestion-name">{suggestion.name}</span>
              <span className="suggestion-example">{suggestion.example}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * What the list offers for the words typed after `{{`: after `>`, the snippets; else the fill-ins
 * whose name or form holds them, then the metrics (all of them when nothing is typed yet).
 */
function suggestionsFor(typed: string, forms: readonly (Suggestion & { keywords: string })[], metricNames: readonly string[], titles: readonly string[]): Suggestion[] {
  const include = INCLUDE.exec(typed);
  if (include) {
    const words = typed.slice(include[0].length).trim();
    return titles
      .filter((t) => t.includes(words))
      .slice(0, SHOWN)
      .map((title) => ({ name: title, example: i18n.t('template.snippet'), insert: `>${title}` }));
  }
  const words = typed.trim();
  const matches = (text: string) => words === '' || text.includes(words);
  const metrics = metricNames.filter(matches).map((name) => ({ name, example: i18n.t('template.metric'), insert: name }));
  // Not by `insert`: the sign form's insert carries a sample metric name, so typing that metric
  // would offer 增长或下降 too.
  const fillIns = forms.filter((f) => matches(f.name) || matches(f.keywords));
  return [...metrics.slice(0, words === '' ? 4 : SHOWN), ...fillIns].slice(0, words === '' ? metrics.length + fillIns.length : SHOWN);
}
