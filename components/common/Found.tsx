// Text with the words a search found in it marked (the library's preview of a paragraph).
import { occurrences } from '../../lib/domain/search/index.ts';

/** `text` with each occurrence of `found` marked. */
export function Found({ text, found }: { text: string; found: readonly string[] }) {
  const ranges = occurrences(text, found);
  if (ranges.length === 0) return <>{text}</>;
  const parts = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <mark key={start} className="found">
        {text.slice(start, end)}
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
