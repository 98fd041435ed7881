// The office's word lists for proofreading and for 「我的词表」: live reads through useLive, and one
// call into lib/db/wordLists.ts for each edit.
import { useMemo } from 'react';
import { database } from '../../lib/db/database.ts';
import * as wordLists from '../../lib/db/wordLists.ts';
import type { ProofreadOptions } from '../../lib/domain/proofread/index.ts';
import { wordListOptions, type EntriesEdit } from '../../lib/domain/wordList.ts';
import { useLive } from './usePanelDatabase.ts';

const NO_LISTS: ProofreadOptions = {};

/** What every proofread in the panel checks besides the standards: the live lists, as they change. */
export function useWordListOptions(): ProofreadOptions {
  const lists = useLive(wordLists.listWordLists);
  return useMemo(() => (lists ? wordListOptions(lists) : NO_LISTS), [lists]);
}

/** The list 「我的词表」 edits: null while there is none yet, undefined while it is read. */
export const useOwnWordList = () => useLive(async (d) => (await wordLists.ownWordList(d)) ?? null);

/** One edit of 「我的词表」; `name` names the list when this edit makes it. */
export const editOwnEntries = (edit: EntriesEdit, name: string) => wordLists.editOwnEntries(database(), edit, { name });

export const useTrashedWordLists = () => useLive(wordLists.listTrashedWordLists);
export const restoreWordList = (id: string) => wordLists.restoreWordList(database(), id);
export const trashWordList = (id: string) => wordLists.trashWordList(database(), id);
export const deleteWordListForever = (id: string) => wordLists.deleteWordListForever(database(), id);
