// A tally metric's log: add an entry with an amount, a date and a note; correct one, or delete one
// once the user has read which entry goes (the 撤销 in the status line lasts only until the next message).
import { i18n } from '#i18n';
import { useState, type FormEvent } from 'react';
import { parsePeriod, periodContainsDate } from '../../lib/domain/period.ts';
import { dateName, periodName } from '../common/labels.ts';
import type { Metric, TallyEntry } from '../../lib/domain/schemas.ts';
import { addTally, deleteTallyEntry, restoreTallyEntry, updateTallyEntry } from '../hooks/actions.ts';
import { useTallyEntries } from '../hooks/useLibrary.ts';
import { localDate } from '../common/localDate.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { Confirm } from '../common/Confirm.tsx';
import { SampleMark } from './SampleMark.tsx';

export function TallyLog({ metric, period, onClose }: { metric: Metric; period: string; onClose: () => void }) {
  const entries = useTallyEntries(metric.id);
  const [amount, setAmount] = useState('1');
  const [date, setDate] = useState(localDate());
  const [note, setNote] = useState('');
  /** The entry whose 删除 waits for the user to read which entry goes. */
  const [confirming, setConfirming] = useState<string | null>(null);
  const show = useStatus();
  // The form's failure shows under the form, the list's under the list; what was typed stays.
  const adding = useWrite();
  const changing = useWrite();
  const parsed = parsePeriod(period);
  const inPeriod = (entries ?? []).filter((e) => parsed && periodContainsDate(parsed, e.date));
  const total = inPeriod.reduce((sum, e) => sum + e.amount, 0);

  async function add(event: FormEvent) {
    event.preventDefault();
    const value = Number(amount);
    if (!Number.isFinite(value) || value === 0) return show(i18n.t('tally.amountInvalid'), 'error');
    const done = await adding.run(() => addTally(metric.id, date, value, note.trim()), { didNot: i18n.t('write.didNot.tally'), kept: true });
    if (!done.ok) return;
    setNote('');
    show(i18n.t('tally.logged', { name: metric.name, amount: value, unit: metric.unit, date }), 'success');
  }

  const change = (entry: TallyEntry, changes: Parameters<typeof updateTallyEntry>[1]) =>
    void changing.run(() => updateTallyEntry(entry.id, changes), { didNot: i18n.t('write.didNot.tallyChange'), kept: true });

  async function remove(entry: TallyEntry) {
    setConfirming(null);
    const done = await changing.run(() => deleteTallyEntry(entry.id), { didNot: i18n.t('write.didNot.tallyDelete') });
    if (!done.ok) return;
    show(i18n.t('tally.deleted', { date: dateName(entry.date) }), 'info', { label: i18n.t('common.undo'), run: () => void restoreTallyEntry(entry) });
  }

  return (
    <section className="tally-log" aria-label={i18n.t('tally.logOf', { name: metric.name })}>
      <div className="toolbar">
        <h2>
          {i18n.t('tally.heading', { name: metric.name, period: parsed ? periodName(parsed) : period, total, unit: metric.unit })}
        </h2>
        <button onClick={onClose}>{i18n.t('common.back')}</button>
      </div>
      <form className="row" onSubmit={(e) => void add(e)} aria-label={i18n.t('tally.add')}>
        <label>
          {i18n.t('tally.amount')}
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} size={4} />
        </label>
        <label>
          {i18n.t('tally.date')}
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label>
          {i18n.t('tally.note')}
          <input value={note} onChange={(e) => setNote(e.target.value)} placeholder={i18n.t('tally.notePlaceholder')} />
        </label>
        <button type="submit" className="primary" {...adding.fieldProps}>
          {i18n.t('tally.add')}
        </button>
        <ErrorLine id={adding.alertId} message={adding.message} />
      </form>
      {entries && entries.length === 0 && <p className="empty">{i18n.t('tally.empty')}</p>}
      <ErrorLine id={changing.alertId} message={changing.message} />
      <ul className="entry-list" aria-label={i18n.t('tally.list')} {...changing.fieldProps}>
        {entries?.map((entry) => (
          <li key={entry.id} className={inPeriod.includes(entry) ? '' : 'muted'}>
            <input type="date" aria-label={i18n.t('tally.date')} value={entry.date} onChange={(e) => e.target.value && change(entry, { date: e.target.value })} />
            <input
              aria-label={i18n.t('tally.amount')}
              inputMode="decimal"
              size={3}
              defaultValue={entry.amount}
              onBlur={(e) => {
                const value = Number(e.target.value);
                if (Number.isFinite(value) && value !== entry.amount) change(entry, { amount: value });
              }}
            />
            <input aria-label={i18n.t('tally.note')} defaultValue={entry.note} onBlur={(e) => e.target.value !== entry.note && change(entry, { note: e.target.value })} />
            {entry.sample && <SampleMark title={i18n.t('tally.sampleTitle')} />}
            <button className="link danger" aria-label={i18n.t('tally.deleteEntry', { date: dateName(entry.date) })} onClick={() => setConfirming(entry.id)}>
              {i18n.t('common.delete')}
            </button>
            {confirming === entry.id && (
              <Confirm
                label={i18n.t('tally.confirmDelete.label', { date: dateName(entry.date) })}
                text={i18n.t(entry.note ? 'tally.confirmDelete.textWithNote' : 'tally.confirmDelete.text', { date: dateName(entry.date), note: entry.note, amount: entry.amount, unit: metric.unit })}
                onYes={() => void remove(entry)}
                onNo={() => setConfirming(null)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
