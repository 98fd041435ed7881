// The message protocol, one zod union per direction. Anything that does not parse is rejected:
// the receiver answers nothing and does nothing.
// zod/mini keeps the content script small: it runs in every frame of every page.
import { z } from 'zod/mini';

const Paragraphs = z.array(z.string().check(z.maxLength(100_000))).check(z.minLength(1), z.maxLength(2_000));

/** Side panel → the content script of one frame. */
export const ToContentScript = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('insert'),
    paragraphs: Paragraphs,
    /** rich: <p> paragraphs where the editor takes HTML; plain: text with line breaks. */
    format: z.enum(['rich', 'plain']),
  }),
]);
export type ToContentScript = z.infer<typeof ToContentScript>;

/** Content script → background. The sender's tab and frame come from the browser, not the message. */
export const ToBackground = z.discriminatedUnion('type', [z.object({ type: z.literal('editable-focused') })]);
export type ToBackground = z.infer<typeof ToBackground>;

export const INSERT_FAILURES = ['no-editable', 'readonly', 'composing', 'unconfirmed', 'unreachable'] as const;

/** The content script's answer to an insert. */
export const InsertResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), route: z.string().check(z.maxLength(100)), editor: z.string().check(z.maxLength(100)) }),
  z.object({ ok: z.literal(false), reason: z.enum(INSERT_FAILURES), message: z.string().check(z.maxLength(500)) }),
]);
export type InsertResult = z.infer<typeof InsertResult>;

/** Where the caret was last seen in a tab, kept in session storage by the background. */
export const InsertTarget = z.object({ frameId: z.int().check(z.nonnegative()), at: z.number() });
export type InsertTarget = z.infer<typeof InsertTarget>;

export const insertTargetKey = (tabId: number) => `insert-target:${tabId}`;
