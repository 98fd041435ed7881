// Paragraphs → the two clipboard/insert forms. HTML is generated here from text, escaped, so a
// snippet holding <script> or an onerror attribute arrives as visible text, never as markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

export function paragraphsToHtml(paragraphs: readonly string[]): string {
  return paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

export function paragraphsToText(paragraphs: readonly string[]): string {
  return paragraphs.join('\n');
}
