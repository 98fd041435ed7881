// A template body as paragraphs, each slot highlighted as 【名称】.
import { splitSlots } from './slots.ts';

export function SlotText({ body, label }: { body: string; label: string }) {
  return (
    <div className="preview import-body" aria-label={label}>
      {body.split('\n').map((paragraph, i) => (
        <p key={i}>
          {splitSlots(paragraph).map((piece, j) =>
            piece.slot ? (
              <mark key={j} className="slot-import" title="导入后要填的数字或名称">
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
