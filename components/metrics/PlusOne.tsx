// The ＋1 of a tally metric: one entry dated today. A failed write says so beside the button.
import { i18n } from '#i18n';
import type { Metric } from '../../lib/domain/schemas.ts';
import { addTally } from '../hooks/actions.ts';
import { useWrite } from '../hooks/useWrite.ts';
import { localDate } from '../common/localDate.ts';
import { useStatus } from '../app/Status.tsx';
import { ErrorLine } from '../common/ErrorLine.tsx';

export function PlusOne({ metric }: { metric: Metric }) {
  const write = useWrite();
  const show = useStatus();
  async function add() {
    const date = localDate();
    const done = await write.run(() => addTally(metric.id, date), { didNot: i18n.t('write.didNot.tally') });
    if (done.ok) show(i18n.t('tally.logged', { name: metric.name, amount: 1, unit: metric.unit, date }), 'success');
  }
  return (
    <>
      <button aria-label={i18n.t('metrics.addTally', { name: metric.name })} onClick={() => void add()} {...write.fieldProps}>
        ＋1
      </button>
      <ErrorLine id={write.alertId} message={write.message} />
    </>
  );
}
