// Text pasted from an AI assistant's answer or a Markdown editor carries its marks: # before a
// heading, ** around bold words, - before a list item, > before a quote. They are no words of the
// report, and they hide its outline (## 一、主要工作 is no 一、 heading). Only a text with a # heading
// and marks on several lines is read as Markdown: a report's own ** or # is left alone.

const HEADING = /^#{1,6}[ \t\u3000]+/;
const QUOTE = /^>[ \t\u3000]?/;
// - item, * item, + item — not - 1 - (a page number) nor a minus sign before a figure.
const BULLET = /^[-*+][ \t\u3000]+(?=[\p{Script=Han}“"《（(【[])/u;
const BOLD = /\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__/g;
const MIN_MARKED_LINES = 2;

function isMarked(line: string): boolean {
  return HEADING.test(line) || /\*\*(?=\S).+?(?<=\S)\*\*/.test(line);
}

/** The line without its Markdown marks. */
function unmark(line: string): string {
  return line.replace(HEADING, '').replace(QUOTE, '').replace(BULLET, '').replace(BOLD, (_, a: string | undefined, b: string | undefined) => a ?? b ?? '');
}

/** A function that takes the marks off each line when the lines are Markdown, else leaves them as they are. */
export function markdownStripper(lines: readonly string[]): (line: string) => string {
  const marked = lines.filter((line) => isMarked(line.trim())).length;
  // A template writes blanks as ** too (**镇**村): without a # heading, ** is the writer's own.
  const headed = lines.some((line) => HEADING.test(line.trim()));
  return headed && marked >= MIN_MARKED_LINES ? (line) => unmark(line.trim()) : (line) => line;
}
