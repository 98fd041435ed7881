// The insertion script accepts only well-formed messages; anything else gets no answer.
import { describe, expect, it } from 'vitest';
import { PrepareAnswer, StepAnswer, ToInsertionScript } from '../../../lib/messaging/protocol.ts';

const token = 'a'.repeat(32);

describe('messages to the insertion script', () => {
  it('accepts the four steps of an insertion', () => {
    for (const m of [
      { type: 'prepare', paragraphs: ['一'], format: 'rich' },
      { type: 'attempt', token, step: 0 },
      { type: 'confirm', token, step: 1, ran: true, prevented: false },
      { type: 'finish', token },
    ]) {
      expect(ToInsertionScript.safeParse(m).success).toBe(true);
    }
  });
  it('rejects unknown types, empty inserts, HTML formats, forged tokens and wild steps', () => {
    for (const m of [
      { type: 'insert', paragraphs: ['一'], format: 'rich' },
      { type: 'prepare', paragraphs: [], format: 'rich' },
      { type: 'prepare', paragraphs: ['一'], format: 'html' },
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
    expect(StepAnswer.safeParse({ status: 'unverifiable', site: 'Google 文档' }).success).toBe(true);
    expect(StepAnswer.safeParse({ status: 'done' }).success).toBe(false);
  });
});
