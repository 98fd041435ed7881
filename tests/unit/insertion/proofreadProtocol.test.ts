// 校对网页中的文字's messages: the insertion script answers only well-formed ones, and the panel
// takes only well-formed answers.
import { describe, expect, it } from 'vitest';
import { PAGE_TEXT_LIMIT, PageTextAnswer, SelectSpanAnswer, ToInsertionScript, ToProofreadScript } from '../../../lib/messaging/protocol.ts';

describe('messages for proofreading the page', () => {
  it('accepts reading the text and selecting a span of it', () => {
    for (const m of [{ type: 'read-text' }, { type: 'read-text', whole: true }, { type: 'select-span', start: 3, end: 4, expected: ',' }]) {
      expect(ToProofreadScript.safeParse(m).success).toBe(true);
    }
  });

  it('rejects negative, fractional or huge offsets, a missing expected text, and unknown types', () => {
    for (const m of [
      { type: 'select-span', start: -1, end: 4, expected: ',' },
      { type: 'select-span', start: 1.5, end: 4, expected: ',' },
      { type: 'select-span', start: 0, end: PAGE_TEXT_LIMIT + 1, expected: ',' },
      { type: 'select-span', start: 0, end: 1 },
      { type: 'read-text', whole: 'yes' },
      { type: 'read-all' },
    ]) {
      expect(ToProofreadScript.safeParse(m).success).toBe(false);
    }
  });

  it('is no insertion message, and no insertion message is one of its', () => {
    expect(ToInsertionScript.safeParse({ type: 'read-text' }).success).toBe(false);
    expect(ToProofreadScript.safeParse({ type: 'finish', token: 'a'.repeat(32) }).success).toBe(false);
  });

  it('takes answers of the right shape only', () => {
    expect(PageTextAnswer.safeParse({ ok: true, text: '学习,工作', scope: 'editable', base: 0 }).success).toBe(true);
    expect(PageTextAnswer.safeParse({ ok: true, text: 'x'.repeat(PAGE_TEXT_LIMIT + 1), scope: 'editable', base: 0 }).success).toBe(false);
    expect(PageTextAnswer.safeParse({ ok: true, text: '学习', scope: 'page', base: 0 }).success).toBe(false);
    expect(PageTextAnswer.safeParse({ ok: false, problem: { code: 'insert.noEditable' } }).success).toBe(true);
    expect(SelectSpanAnswer.safeParse({ selected: true }).success).toBe(true);
    expect(SelectSpanAnswer.safeParse({ selected: true, plain: false }).success).toBe(true);
    expect(SelectSpanAnswer.safeParse({ selected: true, plain: 'no' }).success).toBe(false);
    expect(SelectSpanAnswer.safeParse({ selected: 'yes' }).success).toBe(false);
  });
});
