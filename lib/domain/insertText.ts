// Text on its way into a web page: what the browser would not keep as it is, taken out before
// the insertion, so the text read back to confirm it is the text that was sent. A NUL or a lone
// surrogate (a half of an emoji, cut by some other program) becomes U+FFFD in the page, so an
// insertion that did happen would read back as "not confirmed" and be copied too — a double paste.

/**
 * Removes C0 controls other than tab and line feed, DEL, C1 controls and lone surrogates; a CR
 * or CR LF becomes a line feed. Text without them is returned unchanged.
 */
export function normaliseInsertText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex -- these controls are exactly what is removed
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
  );
}

export function normaliseInsertParagraphs(paragraphs: readonly string[]): string[] {
  return paragraphs.map(normaliseInsertText);
}
