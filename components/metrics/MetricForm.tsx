// Create or edit a metric: its name is the slot key used in templates.
import { i18n } from '#i18n';
import { useState, type FormEvent } from 'react';
import { type Metric, type MetricKind } from '../../lib/domain/schemas.ts';
import { saveMetric, saveNewMetric } from '../hooks/actions.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { PackNote } from '../common/PackNote.tsx';
import { usePackLock } from '../hooks/usePackLock.ts';

const KINDS: readonly MetricKind[] = ['value', 'tally', 'text'];

export function MetricForm({ metric, onDone }: { metric: Metric | null; onDone: () => void }) {
  const [name, setName] = useState(metric?.name ?? '');
  const [kind, setKind] = useState<MetricKind>(metric?.kind ?? 'value');
  const [unit, setUnit] = useState(metric?.unit ?? '');
  const [note, setNote] = useState(metric?.note ?? '');
  const [tags, setTags] = useState(metric?.tags.join(i18n.t('common.listSeparator')) ?? '');
  const write = useWrite();
  const show = useStatus();
  // A metric taken from a pack follows it: its definition is not changed until the writer says so
  // (its values are the writer's own and are filled in the list as always).
  const { pack, locked, editAnyway } = usePackLock(metric?.origin);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const tagList = [...new Set(tags.split(/[,，、\s]+/).map((t) => t.trim()).filter(Boolean))];
    const draft = { name, kind, unit: unit.trim(), note, tags: tagList };
    const done = await write.run(() => (metric ? saveMetric(metric.id, draft) : saveNewMetric(draft)), { didNot: i18n.t('write.didNot.metric', { name }), kept: true });
    if (!done.ok) return;
    show(i18n.t('metrics.saved', { name: done.value.name }), 'success');
    onDone();
  }

  return (
    <form className="metric-form" onSubmit={(e) => void submit(e)} aria-label={i18n.t(metric ? 'metrics.edit' : 'metrics.new')}>
      {locked && (
        <>
          <PackNote pack={pack} what="metric" />
          <button type="button" onClick={editAnyway}>
            {i18n.t('metrics.editInPlace')}
          </button>
        </>
      )}
      <fieldset className="unframed" disabled={locked}>
      <label>
        {i18n.t('metrics.form.name', { slot: `{{${name || i18n.t('metrics.form.namePlaceholder')}}}` })}
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={60} />
      </label>
      <div className="row">
        <label>
          {i18n.t('metrics.form.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as MetricKind)}>
            {KINDS.map((value) => (
              <option key={value} value={value}>
                {i18n.t(`metrics.kinds.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {i18n.t('metrics.form.unit')}
          <input value={unit} onChange={(e) => setUnit(e.target.value)} placeholder={i18n.t('metrics.form.unitPlaceholder')} maxLength={20} />
        </label>
      </div>
      <label>
        {i18n.t('metrics.form.tags')}
        <input value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <label>
        {i18n.t('metrics.form.note')}
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      </fieldset>
      <ErrorLine id={write.alertId} message={write.message} />
      <div className="actions">
        <button type="submit" className="primary" disabled={locked}>
          {i18n.t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
