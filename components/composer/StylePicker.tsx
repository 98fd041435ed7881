// Numbering style of each composed section, and where its numbering starts.
import { i18n } from '#i18n';
import type { ComposeStyles } from '../../lib/domain/compose.ts';
import { OUTLINE_STYLES, STYLE_EXAMPLES, type OutlineStyle } from '../../lib/domain/outline/index.ts';

const SECTIONS = ['problems', 'causes', 'measures'] as const;

export function StylePicker({ styles, onChange }: { styles: ComposeStyles; onChange: (styles: ComposeStyles) => void }) {
  return (
    <fieldset className="style-picker row">
      <legend>{i18n.t('composer.numberingStyle')}</legend>
      {SECTIONS.map((key) => (
        <label key={key}>
          {i18n.t(`composer.numbering.${key}`)}
          <select value={styles[key]} onChange={(e) => onChange({ ...styles, [key]: e.target.value as OutlineStyle })}>
            {OUTLINE_STYLES.map((style) => (
              <option key={style} value={style}>
                {STYLE_EXAMPLES[style]}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
