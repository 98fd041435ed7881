// The per-insert choice between paragraphs and plain text; the last choice becomes the default.
import { i18n } from '#i18n';
import { setInsertFormat } from '../hooks/actions.ts';
import { useInsertFormat, type InsertFormat } from '../hooks/useLibrary.ts';

export function FormatChoice() {
  const format = useInsertFormat();
  return (
    <select className="format-choice" aria-label={i18n.t('snippets.format')} value={format} onChange={(e) => void setInsertFormat(e.target.value as InsertFormat)}>
      <option value="rich">{i18n.t('snippets.formatRich')}</option>
      <option value="plain">{i18n.t('snippets.formatPlain')}</option>
    </select>
  );
}
