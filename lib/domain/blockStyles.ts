// How each inserted paragraph is laid out when it is more than a paragraph: a report's title, its
// numbered headings, the 落款 and the 成文日期. Carried beside the paragraphs' text (never inside
// it), so the text read back to confirm an insertion is the same whatever the layout.

export const BLOCK_STYLES = ['paragraph', 'title', 'heading1', 'heading2', 'heading3', 'heading4', 'signature', 'date'] as const;
export type BlockStyle = (typeof BLOCK_STYLES)[number];

/** The style of paragraph i: a plain paragraph where none is given. */
export const styleAt = (styles: readonly BlockStyle[] | undefined, i: number): BlockStyle => styles?.[i] ?? 'paragraph';

/**
 * Whether a block takes 首行缩进 when it is on: paragraphs and headings do (GB/T 9704 indents a
 * 公文's headings like its body); the centred title and the right-aligned 落款 and date do not.
 */
export const styleIndents = (style: BlockStyle): boolean => style === 'paragraph' || style.startsWith('heading');
