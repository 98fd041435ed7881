// Text with some character ranges marked, for search results.
import type { Range } from '../../lib/domain/search/index.ts';

export function Highlighted({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  if (ranges.length === 0) return <>{text}</>;
  const chars = Array.from(text);
  const marked = new Array<boolean>(chars.length).fill(false);
  for (const { start, end } of ranges) for (let i = start; i < end && i < chars.length; i++) marked[i] = true;
  const parts: { text: string; mark: boolean }[] = [];
  chars.forEach((ch, i) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === marked[i]) last.text += ch;
    else parts.push({ text: ch, mark: marked[i]! });
  });
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
