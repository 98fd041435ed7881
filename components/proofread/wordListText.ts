// An entry of 「我的词表」 in the user's words, and the fields each kind is written in.
import { i18n } from '#i18n';
import type { WordEntry, WordEntryKind } from '../../lib/domain/wordList.ts';

/** The fields of each kind, in the order the form asks for them; `note` is the only optional one. */
export const ENTRY_FIELDS = {
  term: ['wrong', 'right', 'note'],
  banned: ['word', 'note'],
  fullName: ['short', 'full'],
} as const satisfies Record<WordEntryKind, readonly string[]>;

export type EntryField = (typeof ENTRY_FIELDS)[WordEntryKind][number];
export type EntryDraft = Partial<Record<EntryField, string>>;

/** The most a word or a note may hold (lib/domain/wordList.ts). */
export const FIELD_MAX: Record<EntryField, number> = { wrong: 100, right: 100, word: 100, short: 100, full: 100, note: 500 };

export function fieldLabel(kind: WordEntryKind, field: EntryField): string {
  if (field === 'note') return i18n.t('wordList.note');
  switch (kind) {
    case 'term':
      return field === 'wrong' ? i18n.t('wordList.term.wrong') : i18n.t('wordList.term.right');
    case 'banned':
      return i18n.t('wordList.banned.word');
    case 'fullName':
      return field === 'short' ? i18n.t('wordList.fullName.short') : i18n.t('wordList.fullName.full');
  }
}

/** 不写“两学一做”，写“‘两学一做’” and the like: one line naming the entry. */
export function entryText(entry: WordEntry): string {
  switch (entry.kind) {
    case 'term':
      return i18n.t('wordList.term.shown', { wrong: entry.wrong, right: entry.right });
    case 'banned':
      return i18n.t('wordList.banned.shown', { word: entry.word });
    case 'fullName':
      return i18n.t('wordList.fullName.shown', { short: entry.short, full: entry.full });
  }
}

export const draftOf = (entry: WordEntry): EntryDraft => ({ ...entry });

/** The entry a filled-in form makes, or the words saying what is missing. */
export function entryOf(kind: WordEntryKind, draft: EntryDraft): { ok: true; entry: WordEntry } | { ok: false; message: string } {
  // One line each: a line break pasted into a field becomes a space.
  const v = (field: EntryField) => (draft[field] ?? '').replace(/\s*[\r\n]+\s*/g, ' ').trim();
  const required = ENTRY_FIELDS[kind].filter((f) => f !== 'note');
  if (required.some((f) => v(f) === '')) return { ok: false, message: i18n.t('wordList.fillIn') };
  switch (kind) {
    case 'term':
      if (v('wrong') === v('right')) return { ok: false, message: i18n.t('wordList.sameWords') };
      return { ok: true, entry: { kind, wrong: v('wrong'), right: v('right'), note: v('note') } };
    case 'banned':
      return { ok: true, entry: { kind, word: v('word'), note: v('note') } };
    case 'fullName':
      if (v('short') === v('full')) return { ok: false, message: i18n.t('wordList.sameWords') };
      return { ok: true, entry: { kind, short: v('short'), full: v('full') } };
  }
}
