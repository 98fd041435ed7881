// The office's own word lists (我的词表), which proofreading checks every text against
// (lib/domain/proofread/words.ts). A list holds entries of three kinds:
// - term (规范表述): `wrong` is flagged and `right` offered in its place, with the office's note;
// - banned (不能用的词): `word` must not appear at all; the note says why or what to write instead;
// - fullName (要写全称的简称): the first time a text names the institution it must use `full`;
//   once the full name has been written, `short` may stand for it. So a text whose first mention is
//   the short name gets one finding there, fixed to the full name; later short mentions are fine.
// id, name, revision, createdAt, updatedAt and deletedAt are a list's identity across computers:
// packs (shared lists) merge by id and keep the higher revision.
import { z } from 'zod';
import type { ProofreadOptions } from './proofread/index.ts';
import { PackOrigin } from './schemas.ts';

const Timestamp = z.number().int().nonnegative();
/** One line: a word or phrase as it is written in a report. */
const Phrase = z.string().trim().min(1).max(100).regex(/^[^\r\n]*$/);
const Note = z.string().trim().max(500).default('');

export const WORD_ENTRY_KINDS = ['term', 'banned', 'fullName'] as const;
export type WordEntryKind = (typeof WORD_ENTRY_KINDS)[number];

export const TermEntry = z.object({ kind: z.literal('term'), wrong: Phrase, right: Phrase, note: Note });
export const BannedEntry = z.object({ kind: z.literal('banned'), word: Phrase, note: Note });
export const FullNameEntry = z.object({ kind: z.literal('fullName'), short: Phrase, full: Phrase });
export const WordEntry = z.discriminatedUnion('kind', [TermEntry, BannedEntry, FullNameEntry]);
export type TermEntry = z.infer<typeof TermEntry>;
export type BannedEntry = z.infer<typeof BannedEntry>;
export type FullNameEntry = z.infer<typeof FullNameEntry>;
export type WordEntry = z.infer<typeof WordEntry>;

export const MAX_WORD_ENTRIES = 5000;

export const WordList = z.object({
  /** A UUID (lib/db/database.ts newId), the same on every computer the list travels to. */
  id: z.string().min(1),
  name: z.string().trim().min(1).max(100),
  /** In the order the user added them. */
  entries: z.array(WordEntry).max(MAX_WORD_ENTRIES),
  /** 1 when created, one more at each save: of two copies of a list, the higher is the later. */
  revision: z.number().int().positive(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When it went to the trash (回收站); null while it is live. */
  deletedAt: Timestamp.nullable(),
  /** Set on a list taken from a pack (lib/domain/pack): where it came from, for the next version's merge. */
  origin: PackOrigin.optional(),
});
export type WordList = z.infer<typeof WordList>;

/** What proofreading checks, from every live list (entries in list order, the first of a word wins). */
export function wordListOptions(lists: readonly Pick<WordList, 'entries' | 'deletedAt'>[]): Required<Pick<ProofreadOptions, 'terms' | 'banned' | 'fullNames'>> {
  const options = { terms: [], banned: [], fullNames: [] } as { terms: { wrong: string; right: string; note: string }[]; banned: { word: string; note: string }[]; fullNames: { short: string; full: string }[] };
  for (const list of lists) {
    if (list.deletedAt !== null) continue;
    for (const entry of list.entries) {
      if (entry.kind === 'term') options.terms.push({ wrong: entry.wrong, right: entry.right, note: entry.note });
      else if (entry.kind === 'banned') options.banned.push({ word: entry.word, note: entry.note });
      else options.fullNames.push({ short: entry.short, full: entry.full });
    }
  }
  return options;
}

/** Two entries say the same thing (the note aside). */
export function sameEntry(a: WordEntry, b: WordEntry): boolean {
  return entryKey(a) === entryKey(b);
}

/** What names an entry within a list: its kind and its words. */
export function entryKey(entry: WordEntry): string {
  switch (entry.kind) {
    case 'term':
      return `term\u0000${entry.wrong}\u0000${entry.right}`;
    case 'banned':
      return `banned\u0000${entry.word}`;
    case 'fullName':
      return `fullName\u0000${entry.short}\u0000${entry.full}`;
  }
}

/**
 * An edit of a list's entries, named by the entries it is about rather than their places, so an
 * edit made while another window changed the list still lands on the right entry or on none (null).
 */
export type EntriesEdit =
  | { kind: 'add'; entry: WordEntry }
  | { kind: 'replace'; before: WordEntry; after: WordEntry }
  | { kind: 'remove'; entry: WordEntry }
  /** Puts a removed entry back where it was (an undo), or at the end when the list got shorter. */
  | { kind: 'insert'; entry: WordEntry; at: number };

/** The entries after `edit`, or null when the entry it is about is no longer there. */
export function editEntries(entries: readonly WordEntry[], edit: EntriesEdit): WordEntry[] | null {
  const noteOf = (e: WordEntry) => ('note' in e ? e.note : '');
  const indexOf = (entry: WordEntry) => entries.findIndex((e) => sameEntry(e, entry) && noteOf(e) === noteOf(entry));
  switch (edit.kind) {
    case 'add':
      return [...entries, edit.entry];
    case 'insert':
      return [...entries.slice(0, Math.max(0, edit.at)), edit.entry, ...entries.slice(Math.max(0, edit.at))];
    case 'replace': {
      const at = indexOf(edit.before);
      return at === -1 ? null : entries.map((e, i) => (i === at ? edit.after : e));
    }
    case 'remove': {
      const at = indexOf(edit.entry);
      return at === -1 ? null : entries.filter((_, i) => i !== at);
    }
  }
}
