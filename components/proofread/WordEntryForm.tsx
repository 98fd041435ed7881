// The form of one entry of 「我的词表」: its words, one field each, labelled in plain words. The
// same form adds an entry and changes one; what was typed stays when saving fails.
import { i18n } from '#i18n';
import { useId, useState, type FormEvent } from 'react';
import type { WordEntry, WordEntryKind } from '../../lib/domain/wordList.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { ENTRY_FIELDS, entryOf, FIELD_MAX, fieldLabel, type EntryDraft, type EntryField } from './wordListText.ts';

interface Props {
  kind: WordEntryKind;
  initial?: EntryDraft;
  /** What the main button says: 添加 or 保存. */
  submitLabel: string;
  /** The form's name for screen readers. */
  label: string;
  /** Saves the entry; resolves false when it did not (the reason is shown by the caller). */
  onSubmit: (entry: WordEntry) => Promise<boolean>;
  onCancel?: () => void;
  /** Another entry already says this (the words only): refused with words, nothing saved. */
  isDuplicate: (entry: WordEntry) => boolean;
}

export function WordEntryForm({ kind, initial = {}, submitLabel, label, onSubmit, onCancel, isDuplicate }: Props) {
  const [draft, setDraft] = useState<EntryDraft>(initial);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const alertId = useId();

  function change(field: EntryField, value: string) {
    setDraft({ ...draft, [field]: value });
    setProblem(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const made = entryOf(kind, draft);
    if (!made.ok) return setProblem(made.message);
    if (isDuplicate(made.entry)) return setProblem(i18n.t('wordList.already'));
    setProblem(null);
    setBusy(true);
    try {
      if ((await onSubmit(made.entry)) && !onCancel) setDraft({});
    } finally {
      setBusy(false);
    }
  }

  const words = ENTRY_FIELDS[kind].filter((f) => f !== 'note');
  const hasNote = (ENTRY_FIELDS[kind] as readonly string[]).includes('note');
  return (
    <form className="word-entry-form" aria-label={label} onSubmit={(e) => void submit(e)}>
      <div className="row">
        {words.map((field) => (
          <label key={field}>
            {fieldLabel(kind, field)}
            <input value={draft[field] ?? ''} maxLength={FIELD_MAX[field]} onChange={(e) => change(field, e.target.value)} {...(problem ? { 'aria-describedby': alertId, 'aria-invalid': true } : {})} />
          </label>
        ))}
      </div>
      {hasNote && (
        <label>
          {fieldLabel(kind, 'note')}
          <input value={draft.note ?? ''} maxLength={FIELD_MAX.note} onChange={(e) => change('note', e.target.value)} />
        </label>
      )}
      <ErrorLine id={alertId} message={problem} />
      <div className="actions">
        {/* Strong only when changing an entry: the three add forms sit one under another, and
            three red buttons in a row would leave nothing that stands out. */}
        <button type="submit" className={onCancel ? 'primary' : undefined} disabled={busy}>
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            {i18n.t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
