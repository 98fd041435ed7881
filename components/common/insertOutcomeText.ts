// What the status line says after 插入: the view's own sentence when the text went in or was
// copied instead, and why it did not go in — a Problem from lib/panel, in words made by problemText.
import { problem } from '../../lib/domain/problem.ts';
import type { InsertOutcome } from '../../lib/panel/insertFromPanel.ts';
import { problemText } from './problemText.ts';

/** Codes made here rather than in lib (words: problem.<code> in locales/). */
export const INSERT_OUTCOME_CODES = ['insert.copyFailed'] as const;

/** Each view says what it inserted in its own words. */
export interface InsertWords {
  /** After a confirmed insertion, with any unfilled note already in it. */
  inserted: string;
  /** When the text was copied instead; `reason` says, in whole sentences, why it is not in the page. */
  copiedInstead(reason: string): string;
  /** Some value is still unfilled: an insertion that went in is a warning, not a success. */
  unfilled: boolean;
}

export type InsertTone = 'success' | 'warning' | 'error';

export function insertOutcomeText(outcome: InsertOutcome, words: InsertWords): { text: string; tone: InsertTone } {
  switch (outcome.kind) {
    case 'inserted':
      return { text: words.inserted, tone: words.unfilled ? 'warning' : 'success' };
    case 'copied':
      return { text: words.copiedInstead(problemText(outcome.problem)), tone: 'warning' };
    case 'refused':
      return { text: problemText(outcome.problem), tone: 'error' };
    case 'uncopied':
      return { text: problemText(problem('insert.copyFailed', { reason: problemText(outcome.problem) })), tone: 'error' };
  }
}
