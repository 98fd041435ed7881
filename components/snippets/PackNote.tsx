// Said above a snippet taken from a pack: where it comes from, who publishes it, when the pack last
// changed, and why it is not edited here (it follows the pack; the user edits their own copy).
import { i18n } from '#i18n';
import type { PackHeader } from '../../lib/domain/pack/header.ts';
import { dateName } from '../common/labels.ts';
import { localDate } from '../common/localDate.ts';

export function PackNote({ pack }: { pack: PackHeader | null | undefined }) {
  if (pack === undefined) return null;
  const publisher = pack ? [pack.publisher.unit, pack.publisher.name].filter(Boolean).join(' ') : '';
  return (
    <p className="muted pack-note" role="note">
      {pack ? i18n.t('snippets.fromPack', { name: pack.name, publisher: publisher || '—', date: dateName(localDate(new Date(pack.updatedAt))) }) : i18n.t('snippets.fromPackNoName')}
    </p>
  );
}
