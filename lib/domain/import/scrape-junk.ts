// Forum anti-scrape junk: Discuz-style boards insert runs of short random ASCII tokens
// (`+ O2 W- O: E/ I5 L9 Z`) into a post's text, glued to the Chinese or on lines of their own, so a
// copied report carries them into titles and bodies. A run is four or more tokens of at most three
// printable ASCII characters separated by spaces, with punctuation or a letter-digit mix in it —
// which a report's own ASCII (1+X, PM2.5, 5G, GDP, X社区) never is.

const RUN = /(?<![!-~])(?:[!-~]{1,3}[ \t\u3000]+){3,}[!-~]{1,3}(?![!-~])/g;
const TOKEN_SEPARATOR = /[ \t\u3000]+/;
const PUNCTUATION = /[^A-Za-z0-9]/;
const LETTER = /[A-Za-z]/;
const LETTER_DIGIT = /[A-Za-z]\d|\d[A-Za-z]/;

function isJunk(run: string): boolean {
  const tokens = run.split(TOKEN_SEPARATOR);
  if (tokens.filter((t) => LETTER.test(t)).length < 2) return false;
  return tokens.some((t) => PUNCTUATION.test(t) || LETTER_DIGIT.test(t));
}

/** The line without anti-scrape runs; the words around them close up as they were written. */
export function stripScrapeJunk(line: string): string {
  if (!line.includes(' ') && !line.includes('\t') && !line.includes('\u3000')) return line;
  return line.replace(RUN, (run) => (isJunk(run) ? '' : run)).trim();
}
