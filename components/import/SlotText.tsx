// A template body as paragraphs, each slot highlighted as 【名称】.
import { i18n } from '#i18n';
import { isBuiltinName } from '../../lib/domain/template/index.ts';
import { splitSlots } from './slots.ts';

export function SlotText({ body, label }: { body: string; label: string }) {
  return (
    <div className="preview import-body" aria-label={label}>
      {body.split('\n').map((paragraph, i) => (
        <p key={i}>
          {splitSlots(paragraph).map((piece, j) =>
            piece.slot && isBuiltinName(piece.text) ? (
              <mark key={j} className="slot-year" title={i18n.t('import.yearMark')}>
                【{piece.text}】
              </mark>
            ) : piece.slot ? (
              <mark key={j} className="slot-import" title={i18n.t('import.slotMark')}>
                【{piece.text}】
              </mark>
            ) : (
              <span key={j}>{piece.text}</span>
            ),
          )}
        </p>
      ))}
    </div>
  );
}
