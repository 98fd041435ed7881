// The insertion script accepts only well-formed messages; anything else gets no answer.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { INSERT_LIMITS, InsertResult, PrepareAnswer, StepAnswer, ToInsertionScript, fitsOneInsertion } from '../../../lib/messaging/protocol.ts';

const token = 'a'.repeat(32);

describe('messages to the insertion script', () => {
  it('accepts the four steps of an insertion', () => {
    for (const m of [
      { type: 'prepare', paragraphs: ['一'], format: 'rich', indent: true },
      // A report: each paragraph's layout beside its text.
      { type: 'prepare', paragraphs: ['题', '一、甲'], format: 'rich', indent: true, styles: ['title', 'heading1'] },
      { type: 'attempt', token, step: 0 },
      { type: 'confirm', token, step: 1, ran: true, prevented: false },
      { type: 'finish', token },
    ]) {
      expect(ToInsertionScript.safeParse(m).success).toBe(true);
    }
  });
  it('rejects unknown types, empty inserts, HTML formats, a missing indent choice, forged tokens and wild steps', () => {
    for (const m of [
      { type: 'insert', paragraphs: ['一'], format: 'rich' },
      { type: 'prepare', paragraphs: [], format: 'rich', indent: false },
      { type: 'prepare', paragraphs: ['一'], format: 'html', indent: false },
      { type: 'prepare', paragraphs: ['一'], format: 'rich' },
      { type: 'prepare', paragraphs: ['一'], format: 'rich', indent: '　　' },
      { type: 'prepare', paragraphs: ['一'], format: 'rich', indent: true, styles: ['h1'] },
      { type: 'prepare', paragraphs: ['一'], format: 'rich', indent: true, styles: '<h1>' },
      { type: 'attempt', token: 'x', step: 0 },
      { type: 'attempt', token, step: -1 },
      { type: 'attempt', token, step: 1.5 },
      null,
      'prepare',
    ]) {
      expect(ToInsertionScript.safeParse(m).success).toBe(false);
    }
  });
  it('answers are validated too', () => {
    expect(PrepareAnswer.safeParse({ ok: true, token, editor: 'contenteditable', steps: [{ adapter: 'a', route: 'b', world: 'main' }] }).success).toBe(true);
    expect(PrepareAnswer.safeParse({ ok: true, token, editor: 'x', steps: [{ adapter: 'a', route: 'b', world: 'elsewhere' }] }).success).toBe(false);
    expect(StepAnswer.safeParse({ status: 'unverifiable', site: 'googleDocs' }).success).toBe(true);
    expect(StepAnswer.safeParse({ status: 'done' }).success).toBe(false);
  });
  it('a site or a failure crosses as a code and its figures, never as words', () => {
    expect(StepAnswer.safeParse({ status: 'unverifiable', site: 'Google 文档' }).success).toBe(false);
    expect(PrepareAnswer.safeParse({ ok: false, problem: { code: 'insert.tooLong', params: { max: 20, chars: 35 } } }).success).toBe(true);
    expect(PrepareAnswer.safeParse({ ok: false, problem: { code: 'insert.composing' } }).success).toBe(true);
    expect(InsertResult.safeParse({ ok: false, problem: { code: 'insert.otherSite', params: { site: 'example.org' } } }).success).toBe(true);
    for (const failure of [
      { ok: false, problem: { code: '没有找到光标所在的输入框。' } },
      { ok: false, problem: { code: 'insert.noSuchThing' } },
      { ok: false, reason: 'no-editable', message: '没有找到光标所在的输入框。' },
      { ok: false, problem: { code: 'insert.tooLong', params: { max: [20] } } },
    ]) {
      expect(PrepareAnswer.safeParse(failure).success).toBe(false);
    }
  });
  it('the panel\'s size check and the schema agree: what the panel sends is accepted, what it copies instead would be refused', () => {
    const { paragraphChars, paragraphs, totalChars } = INSERT_LIMITS;
    const sizes = fc.oneof(
      fc.array(fc.integer({ min: 0, max: paragraphChars + 10 }), { minLength: 0, maxLength: 8 }),
      fc.constantFrom([paragraphChars], [paragraphChars + 1], Array(paragraphs).fill(1), Array(paragraphs + 1).fill(1), Array(5).fill(totalChars / 5), [...Array(5).fill(totalChars / 5), 1]),
    );
    fc.assert(
      fc.property(sizes, (lengths) => {
        const list = lengths.map((n) => '字'.repeat(n));
        const accepted = ToInsertionScript.safeParse({ type: 'prepare', paragraphs: list, format: 'rich', indent: true }).success;
        expect(accepted).toBe(fitsOneInsertion(list));
      }),
      { numRuns: 30 },
    );
    expect(fitsOneInsertion(['字'.repeat(150_000)])).toBe(true);
    expect(fitsOneInsertion(Array(2_100).fill('一段'))).toBe(true);
  });
});
