// Before inserting: how to write it this time (a word for each choice, each optional part in or
// out), then the values the snippet still lacks, typed in place, optionally kept in the metric
// notebook so the next report has them.
import { i18n } from '#i18n';
import type { ChoiceField, ResolvedRef } from '../../lib/domain/template/index.ts';
import { fillKey, type FillValues } from '../hooks/useRendered.ts';

interface Props {
  missing: readonly ResolvedRef[];
  values: FillValues;
  onChange: (values: FillValues) => void;
  save: boolean;
  onSaveChange: (save: boolean) => void;
  reportPeriod: string;
  /** The snippet's choices, each with the word it renders now. */
  choices?: readonly ChoiceField[];
  onPick?: (key: string, word: string) => void;
  /** The names of its optional parts, and those switched off. */
  optionals?: readonly string[];
  off?: readonly string[];
  onOffChange?: (off: string[]) => void;
}

export function FillForm(props: Props) {
  return (
    <>
      <Picks {...props} />
      <MissingValues {...props} />
    </>
  );
}

function Picks({ choices = [], onPick, optionals = [], off = [], onOffChange }: Props) {
  if (choices.length === 0 && optionals.length === 0) return null;
  const separator = i18n.t('common.enumSeparator');
  return (
    <fieldset className="fill-form">
      <legend>{i18n.t('fill.picks')}</legend>
      {choices.map((choice) => {
        const label = i18n.t('fill.choice', { options: choice.options.join(separator) });
        return (
          <label key={choice.key} className="fill-row">
            <span>{label}</span>
            {/* A long word is cut in the box; the line above lists every word whole, and the tooltip the chosen one. */}
            <select aria-label={label} title={choice.chosen} value={choice.chosen} onChange={(e) => onPick?.(choice.key, e.target.value)}>
              {choice.options.map((word) => (
                <option key={word} value={word}>
                  {word}
                </option>
              ))}
            </select>
          </label>
        );
      })}
      {optionals.map((name) => (
        <label key={name} className="checkbox">
          <input
            type="checkbox"
            checked={!off.includes(name)}
            onChange={(e) => onOffChange?.(e.target.checked ? off.filter((n) => n !== name) : [...off, name])}
          />
          {i18n.t('fill.optional', { name })}
        </label>
      ))}
    </fieldset>
  );
}

function MissingValues({ missing, values, onChange, save, onSaveChange, reportPeriod }: Props) {
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
