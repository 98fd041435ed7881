// One part of the outline: its handle (drag it, or Alt+↑↓ to move among its neighbours and Alt+←→
// to go up or down a level), its number and editable heading, its 字数 and what it holds. The rest
// waits in one 更多 per part (PartMenu), so a long outline reads calmly: the same moves as buttons,
// a sub-part, 插入 and 复制 this part, 删除 (asked first, in words that say what goes with it).
import { i18n } from '#i18n';
import { useId, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { NumberedPart, PartCount, PartMove, ReportDocument, ReportPart } from '../../lib/domain/report/index.ts';
import { Confirm } from '../common/Confirm.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { BlockList } from './BlockList.tsx';
import { InsertSlot } from './InsertSlot.tsx';
import { LineField } from './LineField.tsx';
import { PartMenu } from './PartMenu.tsx';
import type { Library } from './useReportDocument.ts';
import type { ReportEditing } from './useReportEditing.ts';

export type DropSide = 'before' | 'after';

interface Props {
  part: NumberedPart;
  words: PartCount | undefined;
  editing: ReportEditing;
  library: Library | undefined;
  doc: ReportDocument | undefined;
  /** The part being dragged, if any. */
  dragging: string | null;
  onMove: (move: PartMove) => void;
  onRename: (heading: string) => void;
  onAddChild: () => void;
  onRemove: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
  onDrop: (side: DropSide) => void;
}

const KEY_MOVES: Record<string, PartMove['kind']> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };

const BUTTONS = [
  { kind: 'up', label: 'report.moveUp' },
  { kind: 'down', label: 'report.moveDown' },
  { kind: 'indent', label: 'report.indent' },
  { kind: 'outdent', label: 'report.outdent' },
] as const;

function contents(part: ReportPart): { parts: number; blocks: number } {
  return part.children.reduce((sum, child) => {
    const below = contents(child);
    return { parts: sum.parts + 1 + below.parts, blocks: sum.blocks + below.blocks };
  }, { parts: 0, blocks: part.blocks.length });
}

export function PartItem({ part, words, editing, library, doc, dragging, onMove, onRename, onAddChild, onRemove, onDragStart, onDragEnd, onDrop }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [over, setOver] = useState<DropSide | null>(null);
  const hintId = useId();
  const droppable = dragging !== null && dragging !== part.id;
  const side = (e: DragEvent<HTMLElement>): DropSide => {
    const box = e.currentTarget.getBoundingClientRect();
    return e.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };
  const keys = (e: KeyboardEvent) => {
    const kind = e.altKey ? KEY_MOVES[e.key] : undefined;
    if (!kind) return;
    e.preventDefault();
    onMove({ kind } as PartMove);
  };
  const inside = contents(part.part);
  const name = part.text;

  return (
    <li
      className={`part level-${part.level}${over ? ` drop-${over}` : ''}`}
      data-part-id={part.id}
      onDragOver={(e) => {
        if (!droppable) return;
        e.preventDefault();
        e.stopPropagation();
        setOver(side(e));
      }}
      onDragLeave={() => setOver(null)}
      onDrop={(e) => {
        if (!droppable) return;
        e.preventDefault();
        setOver(null);
        onDrop(side(e));
      }}
    >
      <div className="part-head">
        <button
          className="part-handle"
          draggable
          onDragStart={(e) => {
            e.dataTransfer.setData('text/plain', name);
            e.dataTransfer.effectAllowed = 'move';
            onDragStart();
          }}
          onDragEnd={onDragEnd}
          onKeyDown={keys}
          aria-label={i18n.t('report.handle', { heading: name })}
          aria-describedby={hintId}
          title={i18n.t('report.handleHint')}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="visually-hidden" id={hintId}>
          {i18n.t('report.handleHint')}
        </span>
        <span className="part-marker">{part.marker}</span>
        <LineField id={`heading-${part.id}`} className="part-heading" value={part.heading} maxLength={200} aria-label={i18n.t('report.headingOf', { marker: part.marker })} onSave={onRename} onKeyDown={keys} />
      </div>
      <ErrorLine message={editing.errorAt(`part:${part.id}`)} />
      <BlockList
        container={{ partId: part.id }}
        label={i18n.t('report.partBlocks', { heading: name })}
        shortLabel={i18n.t('report.contents')}
        editing={editing}
        library={library}
        words={words?.total ?? 0}
        extra={
          <PartMenu name={name}>
            {BUTTONS.map((b) => (
              <button key={b.kind} onClick={() => onMove({ kind: b.kind })} aria-label={`${i18n.t(b.label)}：${name}`}>
                {i18n.t(b.label)}
              </button>
            ))}
            {part.level < 4 && (
              <button onClick={onAddChild} aria-label={`${i18n.t('report.addChild')}：${name}`}>
                {i18n.t('report.addChild')}
              </button>
            )}
            {doc && <InsertSlot doc={doc} partId={part.id} />}
            <button className="danger" onClick={() => setConfirming(true)} aria-label={`${i18n.t('common.delete')}：${name}`}>
              {i18n.t('report.removePart')}
            </button>
          </PartMenu>
        }
      />
      {confirming && (
        <Confirm
          label={i18n.t('report.confirmRemoveLabel', { heading: name })}
          text={i18n.t('report.confirmRemove', { heading: name, parts: inside.parts, blocks: inside.blocks })}
          yes={i18n.t('report.confirmRemoveYes')}
          onYes={() => {
            setConfirming(false);
            onRemove();
          }}
          onNo={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
