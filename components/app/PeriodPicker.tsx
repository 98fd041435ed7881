// Chooses the report's period: slots render that period's values.
import { i18n } from '#i18n';
import { parsePeriod } from '../../lib/domain/period.ts';
import { periodName } from '../common/labels.ts';
import { useCurrentPeriod } from '../hooks/usePanelDatabase.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { ErrorLine } from '../common/ErrorLine.tsx';

/** The picker is on the first screen: the write path (Dexie, zod) loads when it is first used. */
const choose = (period: string) => import('../hooks/actions.ts').then((actions) => actions.setCurrentPeriod(period));

function periodOptions(year: number): string[] {
  const inYear = (y: number) => [String(y), `${y}-H1`, `${y}-H2`, `${y}-Q1`, `${y}-Q2`, `${y}-Q3`, `${y}-Q4`, ...Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`)];
  return [...inYear(year + 1), ...inYear(year), ...inYear(year - 1), ...inYear(year - 2)];
}

export function PeriodPicker() {
  const period = useCurrentPeriod();
  // The select shows the stored period, so a failed change springs back; the alert says why.
  const write = useWrite();
  if (!period) return null;
  const options = periodOptions(new Date().getFullYear());
  if (!options.includes(period)) options.unshift(period);
  return (
    <label className="period-picker">
      <span>{i18n.t('period.label')}</span>
      <select value={period} onChange={(e) => void write.run(() => choose(e.target.value), { didNot: i18n.t('write.didNot.period') })} {...write.fieldProps}>
        {options.map((key) => {
          const parsed = parsePeriod(key);
          return (
            <option key={key} value={key}>
              {parsed ? periodName(parsed) : key}
            </option>
          );
        })}
      </select>
      <ErrorLine id={write.alertId} message={write.message} />
    </label>
  );
}
