// A rendered snippet as the user will get it, with filled values and unfilled slots marked, and
// (in the library) the words a search found in the paragraph.
import { i18n } from '#i18n';
import { occurrences } from '../../lib/domain/search/index.ts';
import { errorMarker, type RenderResult } from '../../lib/domain/template/index.ts';
import { problemText } from './problemText.ts';

/** `text` with each occurrence of `found` marked. */
function Found({ text, found }: { text: string; found: readonly string[] }) {
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

/** `found`: texts of the paragraph to mark where they are shown (a search's matches in it). */
export function RenderedPreview({ result, found = [] }: { result: RenderResult; found?: readonly string[] }) {
  const paragraphs = result.paragraphs.filter((segments) => segments.some((s) => s.text.trim() !== ''));
  return (
    <div className="preview" aria-label={i18n.t('preview.label')}>
      {paragraphs.map((segments, i) => (
        <p key={i}>
          {segments.map((segment, j) => {
            if (segment.kind === 'text') return <span key={j}>{found.length > 0 ? <Found text={segment.text} found={found} /> : segment.text}</span>;
            // A search that found words in a slot's name marks the value standing in for it.
            const inSlot = segment.kind !== 'error' && found.some((text) => segment.slot.includes(text)) ? ' found-slot' : '';
            if (segment.kind === 'value') return <mark key={j} className={`slot-value${inSlot}`} title={segment.slot}>{segment.text}</mark>;
            if (segment.kind === 'missing') return <mark key={j} className={`slot-missing${inSlot}`} title={i18n.t('preview.missing')}>{segment.text}</mark>;
            // A value that cannot be written shows its reason here; the report gets its 【名称】 mark.
            const reason = problemText(segment.problem);
            return <mark key={j} className="slot-error" title={reason}>{segment.label === undefined ? segment.text : errorMarker(segment.label, reason)}</mark>;
          })}
        </p>
      ))}
    </div>
  );
}
