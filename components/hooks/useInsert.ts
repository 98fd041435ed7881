// The panel's one way to insert text into the page: insert (or copy, when the page will not take
// it), say what happened in the status line, then count the use — in that order, for the snippet
// view, the multi-insert bar and the composer alike. `busy` is true while an insertion runs.
// 复制 goes through here too, so the text copied is laid out as the text inserted (首行缩进).
import { useCallback, useState } from 'react';
import type { BlockStyle } from '../../lib/domain/blockStyles.ts';
import { copyParagraphs } from '../../lib/insertion/clipboard.ts';
import { insertIntoPage, type InsertOutcome } from '../../lib/panel/insertFromPanel.ts';
import { useStatus } from '../app/Status.tsx';
import { insertOutcomeText, type InsertWords } from '../common/insertOutcomeText.ts';
import { useInsertFormat, useInsertIndent } from './useLibrary.ts';

export interface AfterInsert {
  /** Once the text is in the page or on the clipboard: e.g. count the snippets as used. */
  used?(): Promise<unknown>;
  /** Then, only once it is confirmed in the page: e.g. keep the values typed in the fill form. */
  inserted?(): Promise<unknown>;
}

export function useInsert(): {
  busy: boolean;
  /** styles: a report's title, headings, 落款 and date, one per paragraph (lib/domain/blockStyles.ts). */
  insert(paragraphs: readonly string[], words: InsertWords, after?: AfterInsert, styles?: readonly BlockStyle[]): Promise<InsertOutcome>;
  /** Puts the paragraphs on the clipboard as 插入 would lay them out; throws when the clipboard refuses. */
  copy(paragraphs: readonly string[], styles?: readonly BlockStyle[]): Promise<void>;
} {
  const show = useStatus();
  const format = useInsertFormat();
  const indent = useInsertIndent();
  const [busy, setBusy] = useState(false);
  const insert = useCallback(
    async (paragraphs: readonly string[], words: InsertWords, after: AfterInsert = {}, styles?: readonly BlockStyle[]) => {
      setBusy(true);
      try {
        const outcome = await (styles ? insertIntoPage(paragraphs, { format, indent }, styles) : insertIntoPage(paragraphs, { format, indent }));
        const { text, tone } = insertOutcomeText(outcome, words);
        show(text, tone);
        if (outcome.kind === 'inserted' || outcome.kind === 'copied') await after.used?.();
        if (outcome.kind === 'inserted') await after.inserted?.();
        return outcome;
      } finally {
        setBusy(false);
      }
    },
    [format, indent, show],
  );
  const copy = useCallback((paragraphs: readonly string[], styles?: readonly BlockStyle[]) => copyParagraphs(paragraphs, { indent }, styles), [indent]);
  return { busy, insert, copy };
}
