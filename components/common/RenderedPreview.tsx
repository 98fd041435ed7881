// A rendered snippet as the user will get it, with filled values and unfilled slots marked, and
// indented (首行缩进) as 插入 will indent it. A value from the sample library's invented figures is
// underlined and says so (its title, and words for a screen reader), since in the inserted text
// nothing tells it from the user's own. In the library, the words a search found are marked too.
import { i18n } from '#i18n';
import { previewIndents } from '../../lib/domain/paragraphs.ts';
import { errorMarker, type RenderedSegment, type RenderResult } from '../../lib/domain/template/index.ts';
import { Found } from './Found.tsx';
import { problemText } from './problemText.ts';

/**
 * Insertion trims each paragraph (renderedParagraphs), spaces typed at its start included: the
 * preview drops them too, so the indent it shows is the one that will be inserted.
 */
function withoutLeadingBlanks(segments: readonly RenderedSegment[]): RenderedSegment[] {
  const out = [...segments];
  while (out[0]?.kind === 'text' && out[0].text.trim() === '') out.shift();
  if (out[0]?.kind === 'text') out[0] = { ...out[0], text: out[0].text.trimStart() };
  return out;
}

interface Props {
  result: RenderResult;
  /** The 首行缩进 choice beside 插入 (on unless the user turned it off). */
  indent?: boolean;
  /** Texts of the paragraph to mark where they are shown (a search's matches in it). */
  found?: readonly string[];
}

export function RenderedPreview({ result, indent = true, found = [] }: Props) {
  const paragraphs = result.paragraphs.filter((segments) => segments.some((s) => s.text.trim() !== '')).map(withoutLeadingBlanks);
  return (
    <div className="preview" aria-label={i18n.t('preview.label')}>
      {paragraphs.map((segments, i) => (
        <p key={i} className={previewIndents(segments.map((s) => s.text).join(''), { indent }) ? undefined : 'flush'}>
          {segments.map((segment, j) => {
            if (segment.kind === 'text') return <span key={j}>{found.length > 0 ? <Found text={segment.text} found={found} /> : segment.text}</span>;
            // A search that found words in a slot's name marks the value standing in for it.
            const inSlot = segment.kind !== 'error' && found.some((text) => segment.slot.includes(text)) ? ' found-slot' : '';
            if (segment.kind === 'value' && segment.samples) {
              return (
                <mark key={j} className={`slot-value slot-sample${inSlot}`} title={i18n.t('preview.sample', { names: segment.samples.join(i18n.t('common.enumSeparator')) })}>
                  {segment.text}
                  <span className="visually-hidden">{i18n.t('preview.sampleSpoken')}</span>
                </mark>
              );
            }
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
