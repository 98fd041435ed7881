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

const Timestamp = z.number().int().nonnegative();
/** One line: a word or phrase as it is written in a report. */
const Phrase = z.string().trim().min(1).max(100).regex(/^[^\r\n]+$/);
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
});
export type WordList = z.infer<typeof WordList>;
