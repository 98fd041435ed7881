// Before inserting: the values the snippet still lacks, typed in place, optionally kept in the
// metric notebook so the next report has them.
import { i18n } from '#i18n';
import type { ResolvedRef } from '../../lib/domain/template/index.ts';
import { fillKey, type FillValues } from '../hooks/useRendered.ts';

interface Props {
  missing: readonly ResolvedRef[];
  values: FillValues;
  onChange: (values: FillValues) => void;
  save: boolean;
  onSaveChange: (save: boolean) => void;
  reportPeriod: string;
}

export function FillForm({ missing, values, onChange, save, onSaveChange, reportPeriod }: Props) {
  if (missing.length === 0) return null;
  return (
    <fieldset className="fill-form">
      <legend>{i18n.t('fill.legend', missing.length)}</legend>
      {missing.map((ref) => {
        const key = fillKey(ref.name, ref.period);
        const label = ref.period === reportPeriod ? ref.name : i18n.t('common.namePeriod', { name: ref.name, period: ref.period });
        return (
          <label key={key} className="fill-row">
            <span>{label}</span>
            <input aria-label={i18n.t('fill.inputLabel', { label })} value={values[key] ?? ''} onChange={(e) => onChange({ ...values, [key]: e.target.value })} />
          </label>
        );
      })}
      <label className="checkbox">
        <input type="checkbox" checked={save} onChange={(e) => onSaveChange(e.target.checked)} />
        {i18n.t('fill.save')}
      </label>
    </fieldset>
  );
}
