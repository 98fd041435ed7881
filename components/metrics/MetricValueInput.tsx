// Inline edit of one metric's value in the current period; saved on Enter or when leaving the box.
// What the user is typing is theirs: a save from another window does not replace it, and a save
// that fails leaves it in the box with the reason beside it. A sample library figure is marked 示例
// beside the box until the user saves a value of their own (the save drops the mark).
import { i18n } from '#i18n';
import { useId, useState } from 'react';
import type { Metric } from '../../lib/domain/schemas.ts';
import { clearMetricValue, setMetricValue } from '../hooks/actions.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';
import { SampleMark } from './SampleMark.tsx';

interface Props {
  metric: Metric;
  period: string;
  value: number | string | undefined;
  /** Accessible name; by default 「名称的数值」. */
  label?: string;
  /** The stored value is the sample library's (SlotValue.sample). */
  sample?: boolean;
}

const asText = (value: number | string | undefined) => (value === undefined ? '' : String(value));

export function MetricValueInput({ metric, period, value, label, sample = false }: Props) {
  const stored = asText(value);
  const [draft, setDraft] = useState(stored);
  /** The stored value the draft started from: while the draft still equals it, nothing is typed. */
  const [base, setBase] = useState(stored);
  /** The stored value last seen, to notice when it changes (another window, or our own save). */
  const [seen, setSeen] = useState(stored);
  /** A value another window saved while the user was typing here. */
  const [other, setOther] = useState<string | null>(null);
  /** Why the typed text was refused, said beside the field where the user is looking. */
  const [refused, setRefused] = useState<string | null>(null);
  const errorId = useId();
  const sampleId = useId();
  const write = useWrite();
  const show = useStatus();
  // The field's description: why a save failed, why the text was refused, that the value is a sample.
  const describedBy = [write.fieldProps['aria-describedby'], refused === null ? undefined : errorId, sample ? sampleId : undefined].filter(Boolean).join(' ');
  if (stored !== seen) {
    setSeen(stored);
    if (draft === base || draft.trim() === stored) {
      setDraft(stored);
      setBase(stored);
      setOther(null);
    } else setOther(stored);
  }

  async function commit() {
    const text = draft.trim();
    if (text === stored) return;
    const name = { name: metric.name };
    if (text === '') {
      const done = await write.run(() => clearMetricValue(metric.id, period), { didNot: i18n.t('write.didNot.value', name), kept: true });
      if (!done.ok) return;
      setBase('');
      setOther(null);
      show(i18n.t('metrics.value.cleared', name), 'info');
      return;
    }
    const number = Number(text.replace(/[,，\s]/g, ''));
    if (metric.kind !== 'text' && !Number.isFinite(number)) {
      setRefused(i18n.t('metrics.value.needsNumber', { name: metric.name, text }));
      return;
    }
    setRefused(null);
    const saved = metric.kind === 'text' ? text : number;
    const done = await write.run(() => setMetricValue(metric.id, period, saved), { didNot: i18n.t('write.didNot.value', name), kept: true });
    if (!done.ok) return;
    setDraft(String(saved));
    setBase(String(saved));
    setOther(null);
    show(i18n.t('metrics.value.saved', { name: metric.name, value: `${text}${metric.unit}` }), 'success');
  }

  return (
    <span className="metric-value">
      <input
        aria-label={label ?? i18n.t('metrics.value.label', { name: metric.name })}
        inputMode={metric.kind === 'text' ? 'text' : 'decimal'}
        value={draft}
        placeholder={i18n.t('metrics.value.empty')}
        onChange={(e) => {
          setDraft(e.target.value);
          setRefused(null);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) void commit();
        }}
        {...write.fieldProps}
        // Said either way, so a field that was refused reads as valid again once the value is right.
        aria-invalid={refused !== null || write.fieldProps['aria-invalid'] === true}
        aria-describedby={describedBy || undefined}
      />
      {label ? null : metric.unit}
      {sample && <SampleMark id={sampleId} />}
      {other !== null && <span className="muted small">{i18n.t('write.otherValue', { value: `${other}${metric.unit}` })}</span>}
      <ErrorLine id={errorId} message={refused} />
      <ErrorLine id={write.alertId} message={write.message} />
    </span>
  );
}
