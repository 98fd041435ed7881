// What a restore will do, in words, for the mode the user picked — said before anything is
// written, so that no one is surprised by what 找回 or 替换 did.
import { i18n } from '#i18n';
import type { RestoreMode, RestorePreview, TableCounts, TableName, TablePlan } from '../../lib/db/backup/restore.ts';

// The tables a user knows; revisions and settings follow along and are not counted in the words.
const SHOWN: TableName[] = ['reports', 'snippets', 'metrics', 'metricValues', 'tallyEntries', 'problemSets'];

/** 「片段 3、数值 2」 for one column of the plan; the total beside it. */
export function planParts(plan: RestorePreview['plan'], column: keyof TablePlan): { count: number; parts: string } {
  const shown = SHOWN.filter((t) => plan[t][column] > 0);
  return {
    count: shown.reduce((sum, t) => sum + plan[t][column], 0),
    parts: shown.map((t) => i18n.t('backup.part', { label: i18n.t(`backup.tables.${t}`), count: plan[t][column] })).join(i18n.t('backup.partSeparator')),
  };
}

export function RestorePlan({ preview, mode }: { preview: RestorePreview; mode: RestoreMode }) {
  const add = planParts(preview.plan, 'add');
  const revert = planParts(preview.plan, 'revert');
  const extra = planParts(preview.plan, 'extra');
  const lines: string[] = [];
  if (add.count > 0) lines.push(i18n.t('backup.plan.add', { count: add.count, parts: add.parts }));
  if (revert.count > 0) {
    lines.push(i18n.t('backup.plan.revert', { count: revert.count, parts: revert.parts }));
    if (preview.fromTrash > 0) lines.push(i18n.t('backup.plan.fromTrash', { count: preview.fromTrash }));
    if (preview.plan.snippets.revert > 0) lines.push(i18n.t('backup.plan.revisions'));
  }
  if (extra.count > 0) lines.push(i18n.t(mode === 'merge' ? 'backup.plan.keep' : 'backup.plan.remove', { count: extra.count, parts: extra.parts }));
  const changes = add.count + revert.count + (mode === 'replace' ? extra.count : 0);
  return (
    <div className="restore-plan" aria-label={i18n.t('backup.planHeading')}>
      <p>{i18n.t('backup.planHeading')}</p>
      <ul>
        {changes === 0 ? <li>{i18n.t('backup.plan.nothing')}</li> : lines.map((line) => <li key={line}>{line}</li>)}
        {changes > 0 && <li>{i18n.t('backup.plan.undo')}</li>}
      </ul>
    </div>
  );
}

/** What the status line says after a restore: how much was written, table by table. */
export function restoredMessage(mode: RestoreMode, written: TableCounts): string {
  if (mode === 'replace') return i18n.t('backup.replaced', { count: written.snippets });
  const shown = SHOWN.filter((t) => written[t] > 0);
  if (shown.length === 0) return i18n.t('backup.mergedNothing');
  return i18n.t('backup.merged', {
    count: shown.reduce((sum, t) => sum + written[t], 0),
    parts: shown.map((t) => i18n.t('backup.part', { label: i18n.t(`backup.tables.${t}`), count: written[t] })).join(i18n.t('backup.partSeparator')),
  });
}
