// A tally metric's log: add an entry with an amount, a date and a note; correct or delete one.
import { useState, type FormEvent } from 'react';
import { parsePeriod, periodContainsDate, periodLabel } from '../lib/domain/period.ts';
import type { Metric, TallyEntry } from '../lib/domain/schemas.ts';
import { addTally, deleteTallyEntry, restoreTallyEntry, updateTallyEntry } from './hooks/actions.ts';
import { useTallyEntries } from './hooks/useLibrary.ts';
import { localDate } from './localDate.ts';
import { useStatus } from './Status.tsx';

export function TallyLog({ metric, period, onClose }: { metric: Metric; period: string; onClose: () => void }) {
  const entries = useTallyEntries(metric.id);
  const [amount, setAmount] = useState('1');
  const [date, setDate] = useState(localDate());
  const [note, setNote] = useState('');
  const show = useStatus();
  const parsed = parsePeriod(period);
  const inPeriod = (entries ?? []).filter((e) => parsed && periodContainsDate(parsed, e.date));
  const total = inPeriod.reduce((sum, e) => sum + e.amount, 0);

  async function add(event: FormEvent) {
    event.preventDefault();
    const value = Number(amount);
    if (!Number.isFinite(value) || value === 0) return show('数量需要是不为 0 的数字。', 'error');
    await addTally(metric.id, date, value, note.trim());
    setNote('');
    show(`「${metric.name}」已记 ${value} ${metric.unit}（${date}）。`, 'success');
  }

  async function remove(entry: TallyEntry) {
    await deleteTallyEntry(entry.id);
    show(`已删除 ${entry.date} 的记录。`, 'info', { label: '撤销', run: () => void restoreTallyEntry(entry) });
  }

  return (
    <section className="tally-log" aria-label={`${metric.name}的记录`}>
      <div className="toolbar">
        <h2>
          {metric.name}：{parsed ? periodLabel(parsed) : period}共 {total} {metric.unit}
        </h2>
        <button onClick={onClose}>返回</button>
      </div>
      <form className="row" onSubmit={(e) => void add(e)} aria-label="记一笔">
        <label>
          数量
          <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} size={4} />
        </label>
        <label>
          日期
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
        </label>
        <label>
          备注
          <input value={note} onChange={(e) => setNote(e.target.value)} placeholder="如：专题研究发展党员" />
        </label>
        <button type="submit" className="primary">
          记一笔
        </button>
      </form>
      {entries && entries.length === 0 && <p className="empty">还没有记录。每做一次就点“＋1”或在上面记一笔。</p>}
      <ul className="entry-list" aria-label="记录列表">
        {entries?.map((entry) => (
          <li key={entry.id} className={inPeriod.includes(entry) ? '' : 'muted'}>
            <input type="date" aria-label="日期" value={entry.date} onChange={(e) => e.target.value && void updateTallyEntry(entry.id, { date: e.target.value })} />
            <input
              aria-label="数量"
              inputMode="decimal"
              size={3}
              defaultValue={entry.amount}
              onBlur={(e) => {
                const value = Number(e.target.value);
                if (Number.isFinite(value) && value !== entry.amount) void updateTallyEntry(entry.id, { amount: value });
              }}
            />
            <input aria-label="备注" defaultValue={entry.note} onBlur={(e) => e.target.value !== entry.note && void updateTallyEntry(entry.id, { note: e.target.value })} />
            <button className="link danger" aria-label={`删除 ${entry.date} 的记录`} onClick={() => void remove(entry)}>
              删除
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
