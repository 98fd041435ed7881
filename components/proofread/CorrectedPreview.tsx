// The text to insert once fixes from 校对 are applied: shown in the preview's place, indented as
// 插入 will indent it, with a way back to the text as rendered.
import { i18n } from '#i18n';
import { previewIndents } from '../../lib/domain/paragraphs.ts';

interface Props {
  paragraphs: readonly string[];
  indent: boolean;
  onUndo: () => void;
}

export function CorrectedPreview({ paragraphs, indent, onUndo }: Props) {
  return (
    <>
      <div className="preview" aria-label={i18n.t('preview.label')}>
        {paragraphs.map((p, i) => (
          <p key={i} className={previewIndents(p, { indent }) ? undefined : 'flush'}>
            {p}
          </p>
        ))}
      </div>
      <p className="muted small">
        {i18n.t('proofread.corrected')}{' '}
        <button className="link" onClick={onUndo}>
          {i18n.t('proofread.undoFixes')}
        </button>
      </p>
    </>
  );
}
