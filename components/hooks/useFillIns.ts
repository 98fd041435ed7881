// What a snippet's fill-ins read besides metrics: the writer's profile (单位/姓名/职务), today's
// date, and the snippets it includes — followed live, so an edit of the profile or of an included
// snippet shows at once. The picks of the fill form (choices, optional parts off) are added by
// the caller.
import { useMemo } from 'react';
import { readAuthorProfile } from '../../lib/db/author.ts';
import { includedBy, liveSnippetTitles, loadFillIns, loadIncluded, localToday, readLastChoices, type StoredFillIns } from '../../lib/db/fillIns.ts';
import type { Snippet } from '../../lib/domain/schemas.ts';
import { includedTitles, parseTemplate } from '../../lib/domain/template/index.ts';
import type { FillIns } from './useRendered.ts';
import { useLive } from './usePanelDatabase.ts';

/** The fill-ins for `body`, or null until the profile and the included snippets are read. */
export function useFillIns(body: string, title: string | undefined, picks: Pick<FillIns, 'choices' | 'off'> = {}): FillIns | null {
  const author = useLive(readAuthorProfile);
  // Followed by the titles named, not by the text, so typing elsewhere in the body reads nothing.
  const titles = useMemo(() => includedTitles(parseTemplate(body).nodes), [body]);
  const key = titles.join('\n');
  const included = useLive((db) => loadIncluded(db, key === '' ? [] : key.split('\n')), [key]);
  const today = localToday();
  const { choices, off } = picks;
  return useMemo(
    () => (author && included ? { author, today, title, choices, off, snippet: (name: string) => included[name] } : null),
    [author, today, title, choices, off, included],
  );
}

/** The words last picked for a snippet's choices (the fill form starts from them), once read. */
export function useLastChoices(snippetId: string): Record<string, string> | undefined {
  return useLive((db) => readLastChoices(db, snippetId), [snippetId]);
}

/** The titles of the other live snippets, which the editor offers to include. */
export function useSnippetTitles(exceptId: string | undefined): string[] {
  return useLive((db) => liveSnippetTitles(db, exceptId), [exceptId]) ?? NO_TITLES;
}

const NO_TITLES: string[] = [];

/** The fill-ins of several snippets inserted without the fill form, once read. */
export function useStoredFillIns(snippets: readonly Snippet[] | undefined): StoredFillIns | undefined {
  // Followed by the titles they include, so an edit elsewhere in the library reads nothing again.
  const key = useMemo(() => includedBy((snippets ?? []).map((s) => s.body)).join('\n'), [snippets]);
  return useLive((db) => loadFillIns(db, key === '' ? [] : key.split('\n')), [key]);
}
