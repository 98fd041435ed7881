// Emoji that a text copied from a 微信公众号 or a chat carries (👉 🎉 💪, ❤️ with its variation
// selector). No writer puts one in a report on purpose, so they go like the anti-scrape junk; the
// symbols a report does use (★ ▲ ● ① ※ √) are no emoji by default and stay.
const EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F|\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu;

/** The line without emoji; spaces they leave at either end go too. */
export function stripEmoji(line: string): string {
  return EMOJI.test(line) ? line.replace(EMOJI, '').trim() : line;
}
