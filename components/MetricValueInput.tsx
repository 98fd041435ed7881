// Inline edit of one metric's value in the current period; saved on Enter or when leaving the box.
import { i18n } from '#i18n';
import { useEffect, useId, useState } from 'react';
import type { Metric } from '../lib/domain/schemas.ts';
import { clearMetricValue, setMetricValue } from './hooks/actions.ts';
import { useStatus } from './Status.tsx';

interface Props {
  metric: Metric;
  period: string;
  value: number | string | undefined;
  /** Accessible name; by default 「名称的数值」. */
  label?: string;
}

export function MetricValueInput({ metric, period, value, label }: Props) {
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  /** Why the typed text was refused, said beside the field where the user is looking. */
  const [refused, setRefused] = useState<string | null>(null);
  const errorId = useId();
  const show = useStatus();
  useEffect(() => setDraft(value === undefined ? '' : String(value)), [value]);

  async function commit() {
    const text = draft.trim();
    if (text === (value === undefined ? '' : String(value))) return;
    if (text === '') {
      await clearMetricValue(metric.id, period);
      show(i18n.t('metrics.value.cleared', { name: metric.name }), 'info');
      return;
    }
    const number = Number(text.replace(/[,，\s]/g, ''));
    if (metric.kind !== 'text' && !Number.isFinite(number)) {
      setRefused(i18n.t('metrics.value.needsNumber', { name: metric.name, text }));
      return;
    }
    setRefused(null);
    await setMetricValue(metric.id, period, metric.kind === 'text' ? text : number);
    show(i18n.t('metrics.value.saved', { name: metric.name, value: `${text}${metric.unit}` }), 'success');
  }

  return (
    <span className="metric-value">
      <input
        aria-label={label ?? i18n.t('metrics.value.label', { name: metric.name })}
        inputMode={metric.kind === 'text' ? 'text' : 'decimal'}
        value={draft}
        placeholder={i18n.t('metrics.value.empty')}
        aria-invalid={refused !== null}
        aria-describedby={refused === null ? undefined : errorId}
        onChange={(e) => {
          setDraft(e.target.value);
          setRefused(null);
        }}
        onBlur={() => void commit()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) void commit();
        }}
      />
      {label ? null : metric.unit}
      {refused !== null && (
        <span className="field-error" id={errorId} role="alert">
          {refused}
        </span>
      )}
    </span>
  );
}
