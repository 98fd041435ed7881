// A version 2 pack opened: who publishes it and when it last changed, then what taking it will do,
// grouped in plain words — new, updated, changed on both sides (a choice per item), gone from the
// pack (a choice per item), kept as the user changed it. Nothing is written until 导入资料包.
import { i18n } from '#i18n';
import type { PackChoice, PackDecision, PackImportPlan, PackItemPlan } from '../hooks/useBackup.ts';
import { dateName } from '../common/labels.ts';
import { localDate } from '../common/localDate.ts';

const LISTED: PackDecision[] = ['add', 'update', 'sameTitle', 'conflict', 'removed', 'keptEdit', 'inTrash'];
/** Lists this long show their first few titles and a count; the choices are always all shown. */
const SHOWN_TITLES = 8;

export const packDay = (ms: number) => dateName(localDate(new Date(ms)));

export function itemName(item: PackItemPlan): string {
  return i18n.t(`backup.packMerge.kind.${item.kind}`, { title: item.title });
}

function choiceText(choice: PackChoice, item: PackItemPlan): string {
  if (choice === 'theirs') return i18n.t(item.kind === 'snippet' ? 'backup.packMerge.theirs' : 'backup.packMerge.theirsPlain');
  if (choice === 'both' || choice === 'mine' || choice === 'keep' || choice === 'remove') return i18n.t(`backup.packMerge.${choice}`);
  return '';
}

export function PackMergePlan({ plan, choices, onChoose }: { plan: PackImportPlan; choices: Record<string, PackChoice>; onChoose: (key: string, choice: PackChoice) => void }) {
  const { header, previous } = plan;
  const publisher = [header.publisher.unit, header.publisher.name].filter(Boolean).join(' ');
  const groups = LISTED.map((decision) => ({ decision, items: plan.items.filter((i) => i.decision === decision) })).filter((g) => g.items.length > 0);
  const unchanged = plan.items.filter((i) => i.decision === 'unchanged').length;
  return (
    <div className="pack-plan">
      <p>{publisher ? i18n.t('backup.packMerge.publisher', { publisher, date: packDay(header.updatedAt) }) : i18n.t('backup.packMerge.publisherNone', { date: packDay(header.updatedAt) })}</p>
      <p className="muted">{previous ? i18n.t('backup.packMerge.takenBefore', { date: packDay(previous.updatedAt) }) : i18n.t('backup.packMerge.firstTime')}</p>
      {plan.older && <p className="warning">{i18n.t('backup.packMerge.older')}</p>}
      {groups.length === 0 && <p>{i18n.t('backup.packMerge.nothing')}</p>}
      {groups.map(({ decision, items }) => (
        <section key={decision} aria-label={i18n.t(`backup.packMerge.${decision}`, { count: items.length })}>
          <p>{i18n.t(`backup.packMerge.${decision}`, { count: items.length })}</p>
          {items[0]!.choices.length > 1 ? (
            <ul className="pack-choices">
              {items.map((item) => (
                <li key={item.key}>
                  <span className="pack-item">{itemName(item)}</span>
                  <div role="radiogroup" aria-label={i18n.t('backup.packMerge.choiceLabel', { title: item.title })}>
                    {item.choices.map((choice) => (
                      <label className="inline" key={choice}>
                        <input type="radio" name={`pack-${item.key}`} checked={(choices[item.key] ?? item.choices[0]) === choice} onChange={() => onChoose(item.key, choice)} />
                        {choiceText(choice, item)}
                      </label>
                    ))}
                  </div>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted pack-titles">
              {items
                .slice(0, SHOWN_TITLES)
                .map(itemName)
                .join(i18n.t('common.enumSeparator'))}
              {items.length > SHOWN_TITLES ? i18n.t('backup.more') : ''}
            </p>
          )}
        </section>
      ))}
      {unchanged > 0 && <p className="muted">{i18n.t('backup.packMerge.unchanged', { count: unchanged })}</p>}
      {plan.existingMetrics.length > 0 && <p className="muted">{i18n.t('backup.packMerge.existing', { names: plan.existingMetrics.join(i18n.t('common.enumSeparator')) })}</p>}
    </div>
  );
}
