// The outline: the opening, every part with its computed number (一、（一）1.（1）) in reading order,
// the closing. A part moves by its buttons, by Alt+arrow keys on its handle (the new place is read
// out), or by dragging its handle onto another part (the upper half of a part: before it; the lower
// half: after it). Every move is one domain edit, so the numbers follow at once.
import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import { addPart, movePart, numberOutline, removePart, renamePart, walkParts, type PartMove, type ReportDocument } from '../../lib/domain/report/index.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { BlockList } from './BlockList.tsx';
import { PartItem, type DropSide } from './PartItem.tsx';
import type { Library } from './useReportDocument.ts';
import type { ReportEditing } from './useReportEditing.ts';

interface Props {
  editing: ReportEditing;
  doc: ReportDocument | undefined;
  library: Library | undefined;
}

export function OutlineEditor({ editing, doc, library }: Props) {
  const { report, apply, errorAt } = editing;
  const parts = useMemo(() => numberOutline(report.parts), [report.parts]);
  const where = useMemo(() => {
    const map = new Map<string, { parentId: string | null; index: number }>();
    for (const { part, path } of walkParts(report.parts)) {
      const parentPath = path.slice(0, -1);
      let parent: string | null = null;
      let list = report.parts;
      for (const step of parentPath) {
        parent = list[step]!.id;
        list = list[step]!.children;
      }
      map.set(part.id, { parentId: parent, index: path[path.length - 1]! });
    }
    return map;
  }, [report.parts]);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);

  async function move(id: string, change: PartMove) {
    setAnnouncement('');
    const saved = await apply(`part:${id}`, (r) => movePart(r, id, change));
    const now = saved && numberOutline(saved.parts).find((p) => p.id === id);
    if (now) setAnnouncement(i18n.t('report.movedTo', { heading: now.text }));
  }

  function drop(targetId: string, side: DropSide) {
    const id = dragging;
    setDragging(null);
    if (!id || id === targetId) return;
    const from = where.get(id)!;
    const target = where.get(targetId)!;
    let index = target.index + (side === 'after' ? 1 : 0);
    if (from.parentId === target.parentId && from.index < index) index -= 1;
    void move(id, { kind: 'to', parentId: target.parentId, index });
  }

  const add = (parentId: string | null) => {
    const id = crypto.randomUUID();
    void apply(parentId ? `part:${parentId}` : 'outline', (r) => addPart(r, { id, heading: i18n.t('report.newHeading'), parentId })).then((saved) => {
      // The new heading's words selected, so typing replaces them.
      if (!saved) return;
      requestAnimationFrame(() => {
        const field = document.getElementById(`heading-${id}`) as HTMLTextAreaElement | null;
        field?.focus();
        field?.select();
      });
    });
  };

  return (
    <div className="outline-editor">
      <BlockList container="opening" label={i18n.t('report.opening')} editing={editing} library={library} />
      {parts.length === 0 && <p className="empty">{i18n.t('report.noParts')}</p>}
      <ol className="outline" aria-label={i18n.t('report.outline')}>
        {parts.map((p) => (
          <PartItem
            key={p.id}
            part={p}
            words={doc?.count.parts[p.id]}
            editing={editing}
            library={library}
            doc={doc}
            dragging={dragging}
            onMove={(change) => void move(p.id, change)}
            onRename={(heading) => void apply(`part:${p.id}`, (r) => renamePart(r, p.id, heading))}
            onAddChild={() => add(p.id)}
            onRemove={() => void apply('outline', (r) => removePart(r, p.id))}
            onDragStart={() => setDragging(p.id)}
            onDragEnd={() => setDragging(null)}
            onDrop={(side) => drop(p.id, side)}
          />
        ))}
      </ol>
      <ErrorLine message={errorAt('outline')} />
      <div className="actions">
        <button onClick={() => add(null)}>{i18n.t('report.addPart')}</button>
      </div>
      <BlockList container="closing" label={i18n.t('report.closing')} editing={editing} library={library} />
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
