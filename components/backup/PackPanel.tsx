// One library pack opened. A version 2 pack shows who publishes it and what taking it will do,
// item by item, with a choice where the user's own edit meets a change in the pack (PackMergePlan);
// a version 1 pack, which only ever adds, asks what to do with same titles. Then one import, with
// its undo. Nothing the user changed is overwritten unless they chose so for that item.
import { i18n } from '#i18n';
import { useState } from 'react';
import { writeFailure } from '../../lib/db/writeFailure.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { failureText } from '../common/writeFailureText.ts';
import { importPackWithUndo, type PackChoice, type PackConflictChoice, type PackFileOutcome, type PackFilePreview } from '../hooks/useBackup.ts';
import { PackMergePlan } from './PackMergePlan.tsx';
import './pack.css';

function importedMessage(done: PackFileOutcome, name: string): string {
  if (done.version === 2) {
    const d = done.outcome.done;
    const parts = [
      d.added && i18n.t('backup.packMerge.doneAdded', { count: d.added }),
      d.updated && i18n.t('backup.packMerge.doneUpdated', { count: d.updated }),
      d.both && i18n.t('backup.packMerge.doneBoth', { count: d.both }),
      d.kept && i18n.t('backup.packMerge.doneKept', { count: d.kept }),
      d.trashed && i18n.t('backup.packMerge.doneTrashed', { count: d.trashed }),
    ].filter((p): p is string => Boolean(p));
    const text = i18n.t('backup.packMerge.done', { name, parts: parts.length ? parts.join(i18n.t('common.listSeparator')) : i18n.t('backup.packMerge.doneNothing') });
    return i18n.t('backup.sentence', { text });
  }
  const outcome = done.outcome;
  const parts = [i18n.t('backup.packImported', { count: outcome.snippetIds.length })];
  if (outcome.renamed) parts.push(i18n.t('backup.packRenamed', { count: outcome.renamed }));
  if (outcome.skipped) parts.push(i18n.t('backup.packSkipped', { count: outcome.skipped }));
  if (outcome.createdMetricIds.length) parts.push(i18n.t('backup.packNewMetrics', { count: outcome.createdMetricIds.length }));
  return i18n.t('backup.sentence', { text: parts.join(i18n.t('common.listSeparator')) });
}

export function PackPanel({ name, preview, onClose, onImported }: { name: string; preview: PackFilePreview; onClose: () => void; onImported: (message: string, undo: () => Promise<void>) => void }) {
  const [choice, setChoice] = useState<PackConflictChoice>('rename');
  const [choices, setChoices] = useState<Record<string, PackChoice>>({});
  const [error, setError] = useState('');
  const title = preview.version === 2 ? preview.plan.header.name : name;

  async function importIt() {
    setError('');
    try {
      const { done, undo } = await importPackWithUndo(preview, { legacy: choice, items: choices });
      onImported(importedMessage(done, title), undo);
    } catch (e) {
      setError(failureText(writeFailure(e), { didNot: i18n.t('write.didNot.import') }));
    }
  }

  return (
    <fieldset aria-label={i18n.t('backup.packLabel')} className="pack-panel">
      <legend>{i18n.t('backup.packNamed', { name: title })}</legend>
      {preview.version === 2 ? (
        <PackMergePlan plan={preview.plan} choices={choices} onChoose={(key, c) => setChoices((all) => ({ ...all, [key]: c }))} />
      ) : (
        <LegacyPlan preview={preview} choice={choice} onChoose={setChoice} />
      )}
      <ErrorLine message={error} />
      <div className="actions">
        <button className="primary" onClick={() => void importIt()}>
          {i18n.t('backup.packLabel')}
        </button>
        <button onClick={onClose}>{i18n.t('common.cancel')}</button>
      </div>
    </fieldset>
  );
}

/** A version 1 pack: what it brings, which titles are already here, rename or skip those. */
function LegacyPlan({ preview, choice, onChoose }: { preview: Extract<PackFilePreview, { version: 1 }>; choice: PackConflictChoice; onChoose: (c: PackConflictChoice) => void }) {
  const { file, legacy } = preview;
  return (
    <>
      <p>
        {file.folder ? i18n.t('backup.packFolder', { folder: file.folder }) : ''}
        {i18n.t('backup.packContents', {
          snippets: legacy.snippets,
          metrics: legacy.newMetrics.length + legacy.existingMetrics.length,
          values: legacy.values ? i18n.t('backup.packValues', { count: legacy.values }) : '',
        })}
      </p>
      {legacy.existingMetrics.length > 0 && <p className="muted">{i18n.t('backup.existingMetrics', { names: legacy.existingMetrics.join(i18n.t('common.enumSeparator')) })}</p>}
      {legacy.sameTitles.length > 0 && (
        <>
          <p className="warning">
            {i18n.t('backup.sameTitles', {
              count: legacy.sameTitles.length,
              titles: legacy.sameTitles.slice(0, 5).join(i18n.t('common.enumSeparator')),
              more: legacy.sameTitles.length > 5 ? i18n.t('backup.more') : '',
            })}
          </p>
          <div role="radiogroup" aria-label={i18n.t('backup.sameTitlesLabel')}>
            <label className="inline">
              <input type="radio" name="pack-choice" checked={choice === 'rename'} onChange={() => onChoose('rename')} />
              {i18n.t('backup.rename')}
            </label>
            <label className="inline">
              <input type="radio" name="pack-choice" checked={choice === 'skip'} onChange={() => onChoose('skip')} />
              {i18n.t('backup.skip')}
            </label>
          </div>
        </>
      )}
    </>
  );
}
