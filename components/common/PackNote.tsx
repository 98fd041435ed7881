// Said above a record taken from a pack (a snippet, a report, a problem's set, a metric): where it comes from, who publishes it,
// when the pack last changed, and why it is not edited there (it follows the pack; the writer edits
// their own copy).
import { i18n } from '#i18n';
import type { PackHeader } from '../../lib/domain/pack/header.ts';
import { dateName } from './labels.ts';
import { localDate } from './localDate.ts';

/** The words for each kind of record: a snippet is 这一条, a report 这份报告, a set 这个问题的原因、措施…. */
const WORDS = {
  snippet: { named: 'snippets.fromPack', unnamed: 'snippets.fromPackNoName' },
  report: { named: 'report.fromPack', unnamed: 'report.fromPackNoName' },
  problemSet: { named: 'composer.fromPack', unnamed: 'composer.fromPackNoName' },
  metric: { named: 'metrics.fromPack', unnamed: 'metrics.fromPackNoName' },
} as const;

export function PackNote({ pack, what = 'snippet' }: { pack: PackHeader | null | undefined; what?: keyof typeof WORDS }) {
  if (pack === undefined) return null;
  const publisher = pack ? [pack.publisher.unit, pack.publisher.name].filter(Boolean).join(' ') : '';
  return (
    <p className="muted pack-note" role="note">
      {pack ? i18n.t(WORDS[what].named, { name: pack.name, publisher: publisher || '—', date: dateName(localDate(new Date(pack.updatedAt))) }) : i18n.t(WORDS[what].unnamed)}
    </p>
  );
}
