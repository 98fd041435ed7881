// The message protocol, one zod union per direction. Anything that does not parse is rejected:
// the receiver answers nothing and does nothing.
// The static content script (every frame of every page) imports only types from here, never zod:
// zod lives in the insertion script, which the side panel injects into one frame on demand.
import { z } from 'zod/mini';
import { BLOCK_STYLES } from '../domain/blockStyles.ts';

/**
 * What one insertion may carry. A runtime message could be far larger (64 MiB); these bound what an
 * editor is asked to take in one go. The panel checks them before sending (fitsOneInsertion), so
 * a longer text is copied with a message that says so, never refused here unexplained.
 */
export const INSERT_LIMITS = { paragraphChars: 200_000, paragraphs: 5_000, totalChars: 1_000_000 } as const;

export function fitsOneInsertion(paragraphs: readonly string[]): boolean {
  let total = 0;
  for (const p of paragraphs) {
    if (p.length > INSERT_LIMITS.paragraphChars) return false;
    total += p.length;
  }
  return paragraphs.length > 0 && paragraphs.length <= INSERT_LIMITS.paragraphs && total <= INSERT_LIMITS.totalChars;
}

const Paragraphs = z
  .array(z.string().check(z.maxLength(INSERT_LIMITS.paragraphChars)))
  .check(z.minLength(1), z.maxLength(INSERT_LIMITS.paragraphs), z.refine(fitsOneInsertion));
const Token = z.string().check(z.regex(/^[0-9a-f]{32}$/));
const Step = z.int().check(z.nonnegative(), z.maximum(20));

/**
 * Side panel → the insertion script of one frame. An insertion is a short conversation:
 * prepare (find the editable, restore the caret, list the routes), then for each route attempt
 * (isolated-world routes run and are confirmed there; for page-world routes the frame only
 * restores the caret, the panel runs the route with executeScript, then asks it to confirm),
 * then finish.
 */
export const ToInsertionScript = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('prepare'),
    paragraphs: Paragraphs,
    /** rich: <p> paragraphs where the editor takes HTML; plain: text with line breaks. */
    format: z.enum(['rich', 'plain']),
    /** 首行缩进: the editor's indent in rich HTML, two full-width spaces in text (lib/domain/indent.ts). */
    indent: z.boolean(),
    /** A report's title, headings, 落款 and date, one per paragraph (lib/domain/blockStyles.ts); plain paragraphs without. */
    styles: z.optional(z.array(z.enum(BLOCK_STYLES)).check(z.maxLength(INSERT_LIMITS.paragraphs))),
  }),
  z.object({ type: z.literal('attempt'), token: Token, step: Step }),
  z.object({ type: z.literal('confirm'), token: Token, step: Step, ran: z.boolean(), prevented: z.boolean() }),
  z.object({ type: z.literal('finish'), token: Token }),
]);
export type ToInsertionScript = z.infer<typeof ToInsertionScript>;

/** The most text 校对网页中的文字 reads from a page at once (a long report is some 20,000 characters). */
export const PAGE_TEXT_LIMIT = 200_000;

/**
 * 校对网页中的文字: side panel → the insertion script of the caret's frame, only on the user's
 * click. read-text: the selection in the editable that holds the caret, or all of it.
 * select-span: select [start, end) of that editable's whole text if it still reads `expected`, so
 * that the ordinary insertion (prepare …) then puts the fix over it.
 */
export const ToProofreadScript = z.discriminatedUnion('type', [
  /** whole: all of the editable, whatever is selected (to check a fix landed as it should). */
  z.object({ type: z.literal('read-text'), whole: z.optional(z.boolean()) }),
  z.object({
    type: z.literal('select-span'),
    start: z.int().check(z.nonnegative(), z.maximum(PAGE_TEXT_LIMIT)),
    end: z.int().check(z.nonnegative(), z.maximum(PAGE_TEXT_LIMIT)),
    expected: z.string().check(z.maxLength(PAGE_TEXT_LIMIT)),
  }),
]);
export type ToProofreadScript = z.infer<typeof ToProofreadScript>;

/**
 * Content script → background. The sender's tab and frame come from the browser, not the message.
 * frame-without-caret-memory: a same-origin child frame of the sender has no static script
 * (a javascript:-URL frame, lib/insertion/scriptlessFrames.ts).
 */
export const ToBackground = z.discriminatedUnion('type', [
  /** gesture: the user pressed a pointer or a key in that document just before (caret.ts). */
  z.object({ type: z.literal('editable-focused'), gesture: z.optional(z.boolean()) }),
  z.object({ type: z.literal('frame-without-caret-memory') }),
]);
export type ToBackground = z.infer<typeof ToBackground>;

/**
 * Sites that draw their text themselves and keep only a hidden input (hiddenInputSitesAdapter.ts):
 * what a paste did there cannot be read back, so the panel names the site and copies too.
 */
export const HIDDEN_INPUT_SITES = ['googleDocs', 'tencentDocs', 'kdocs'] as const;
export type HiddenInputSite = (typeof HIDDEN_INPUT_SITES)[number];

/**
 * Why an insertion did not happen, as a code (lib/domain/problem.ts): the panel finds the words
 * under `problem.<code>` in locales/ (components/common/problemText.ts). Params: insert.tooLong
 * {max, chars}; insert.oversize {chars, paragraphs}; insert.otherSite {site}.
 */
export const INSERT_PROBLEM_CODES = [
  'insert.composing',
  'insert.noEditable',
  'insert.readonly',
  'insert.tooLong',
  'insert.oversize',
  'insert.otherSite',
  'insert.notAccepted',
  'insert.changed',
  'insert.undone',
  'insert.unverifiable.googleDocs',
  'insert.unverifiable.tencentDocs',
  'insert.unverifiable.kdocs',
  'insert.unreachable',
  'insert.noPage',
] as const satisfies readonly `insert.${string}`[];
export type InsertProblemCode = (typeof INSERT_PROBLEM_CODES)[number];

export const InsertProblem = z.object({
  code: z.enum(INSERT_PROBLEM_CODES),
  params: z.optional(z.record(z.string().check(z.maxLength(40)), z.union([z.string().check(z.maxLength(300)), z.number()]))),
});
export type InsertProblem = z.infer<typeof InsertProblem>;

const Failure = z.object({ ok: z.literal(false), problem: InsertProblem });
const Name = z.string().check(z.maxLength(100));

/** indentBy: this step's editor drops paragraph styles; its HTML carries 首行缩进 as spaces (EditorAdapter.indentBy). */
export const RouteStep = z.object({ adapter: Name, route: Name, world: z.enum(['isolated', 'main']), indentBy: z.optional(z.literal('spaces')) });
export type RouteStep = z.infer<typeof RouteStep>;

/** The answer to prepare. */
export const PrepareAnswer = z.discriminatedUnion('ok', [
  /** continuesLine: the caret is partway along a line, so the first paragraph takes no 首行缩进. */
  z.object({ ok: z.literal(true), token: Token, editor: Name, steps: z.array(RouteStep).check(z.maxLength(20)), continuesLine: z.optional(z.boolean()) }),
  Failure,
]);
export type PrepareAnswer = z.infer<typeof PrepareAnswer>;

/** The answer to attempt and confirm. */
export const StepAnswer = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ready') }),
  z.object({ status: z.literal('inserted') }),
  z.object({ status: z.literal('unchanged') }),
  z.object({ status: z.literal('changed') }),
  /** The text appeared, then was gone once the editor had settled (the page took it back). */
  z.object({ status: z.literal('undone') }),
  z.object({ status: z.literal('unverifiable'), site: z.enum(HIDDEN_INPUT_SITES) }),
  z.object({ status: z.literal('expired') }),
]);
export type StepAnswer = z.infer<typeof StepAnswer>;

/**
 * What a page-world route did (lib/insertion/pageRoutes.ts), checked when it comes back: ran = it
 * found its editor or target; prevented = an event was taken or a command ran; via = which of
 * several routes it ended with.
 */
export const PageOutcome = z.object({ ran: z.boolean(), prevented: z.boolean(), via: z.optional(z.string().check(z.maxLength(40))) });
export type PageOutcome = z.infer<typeof PageOutcome>;

/** The answer to read-text: the text, what it is, and where it starts in the editable's whole text. */
export const PageTextAnswer = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), text: z.string().check(z.maxLength(PAGE_TEXT_LIMIT)), scope: z.enum(['selection', 'editable']), base: z.int().check(z.nonnegative()) }),
  Failure,
]);
export type PageTextAnswer = z.infer<typeof PageTextAnswer>;

/**
 * The answer to select-span: false when the text there is no longer what was read. `plain`: the
 * span is inside one text node (or a text field), so putting other text over it loses no
 * formatting — what lets several fixes go in as one insertion (one undo step).
 */
export const SelectSpanAnswer = z.object({ selected: z.boolean(), plain: z.optional(z.boolean()) });
export type SelectSpanAnswer = z.infer<typeof SelectSpanAnswer>;

/** The outcome of a whole insertion in one frame. */
export const InsertResult = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), route: Name, editor: Name }),
  Failure,
]);
export type InsertResult = z.infer<typeof InsertResult>;

/** The frame where the caret was last seen in a tab, kept in session storage by the background. */
export const CaretFrame = z.object({
  frameId: z.int().check(z.nonnegative()),
  /** The document that reported the caret (Chromium): a frame navigated since is not written into. */
  documentId: z.optional(z.string().check(z.maxLength(200))),
  at: z.number(),
  /**
   * The origin of the tab's page when the user last put the caret in it by hand. An editable a
   * page focused by itself (autofocus) does not change it, so if the tab has since gone to
   * another site, the panel names that site instead of writing into it.
   */
  site: z.optional(z.string().check(z.maxLength(300))),
});
export type CaretFrame = z.infer<typeof CaretFrame>;

/** The origin of a page's address, or undefined for one without (about:blank, a browser page). */
export function originOf(url: string | undefined): string | undefined {
  try {
    const origin = url ? new URL(url).origin : 'null';
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

export const caretFrameKey = (tabId: number) => `caret-frame:${tabId}`;

/** The last insertion's outcome (route and editor), kept for diagnosis and read by the e2e harness. */
export const LAST_INSERT_KEY = 'last-insert';
