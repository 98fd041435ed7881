// A rendered snippet as the user will get it, with filled values and unfilled slots marked, and
// indented (首行缩进) as 插入 will indent it. A value from the sample library's invented figures is
// underlined and says so (its title, and words for a screen reader), since in the inserted text
// nothing tells it from the user's own.
import { i18n } from '#i18n';
import { previewIndents } from '../../lib/domain/paragraphs.ts';
import { errorMarker, type RenderedSegment, type RenderResult } from '../../lib/domain/template/index.ts';
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

/** indent: the 首行缩进 choice beside 插入 (on unless the user turned it off). */
export function RenderedPreview({ result, indent = true }: { result: RenderResult; indent?: boolean }) {
  const paragraphs = result.paragraphs.filter((segments) => segments.some((s) => s.text.trim() !== '')).map(withoutLeadingBlanks);
  return (
    <div className="preview" aria-label={i18n.t('preview.label')}>
      {paragraphs.map((segments, i) => (
        <p key={i} className={previewIndents(segments.map((s) => s.text).join(''), { indent }) ? undefined : 'flush'}>
          {segments.map((segment, j) => {
            if (segment.kind === 'text') return <span key={j}>{segment.text}</span>;
            if (segment.kind === 'value' && segment.samples) {
              return (
                <mark key={j} className="slot-value slot-sample" title={i18n.t('preview.sample', { names: segment.samples.join(i18n.t('common.enumSeparator')) })}>
                  {segment.text}
                  <span className="visually-hidden">{i18n.t('preview.sampleSpoken')}</span>
                </mark>
              );
            }
            if (segment.kind === 'value') return <mark key={j} className="slot-value" title={segment.slot}>{segment.text}</mark>;
            if (segment.kind === 'missing') return <mark key={j} className="slot-missing" title={i18n.t('preview.missing')}>{segment.text}</mark>;
            // A value that cannot be written shows its reason here; the report gets its 【名称】 mark.
            const reason = problemText(segment.problem);
            return <mark key={j} className="slot-error" title={reason}>{segment.label === undefined ? segment.text : errorMarker(segment.label, reason)}</mark>;
          })}
        </p>
      ))}
    </div>
  );
}
