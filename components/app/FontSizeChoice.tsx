// 字号: 标准 / 大 / 特大. The whole panel is sized from the root, so one choice resizes every view.
import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import type { FontSize } from '../../lib/db/settings.ts';
import { applyFontSize, FONT_SIZES } from './fontSize.ts';
import { useFontSize } from '../hooks/usePanelDatabase.ts';
import { report } from '../hooks/report.ts';

const save = (size: FontSize) =>
  import('../hooks/actions.ts')
    .then((actions) => actions.setFontSize(size))
    .catch(report);

export function FontSizeChoice() {
  const stored = useFontSize();
  /** Chosen here and not yet read back from the database. */
  const [chosen, setChosen] = useState<FontSize | null>(null);
  // The stored choice wins over the page's copy (a restore or another panel may have changed it).
  useEffect(() => {
    if (!stored) return;
    applyFontSize(stored);
    setChosen(null);
  }, [stored]);
  const size = chosen ?? stored ?? (document.documentElement.dataset.fontSize as FontSize | undefined) ?? 'standard';
  const choose = (next: FontSize) => {
    setChosen(next);
    applyFontSize(next);
    void save(next);
  };
  return (
    <label className="inline-choice">
      <span>{i18n.t('fontSize.label')}</span>
      <select value={size} onChange={(e) => choose(e.target.value as FontSize)}>
        {FONT_SIZES.map((s) => (
          <option key={s} value={s}>
            {i18n.t(`fontSize.${s}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
