// Numbering style of each composed section, and where its numbering starts.
import type { ComposeStyles } from '../../lib/domain/compose.ts';
import { OUTLINE_STYLES, STYLE_EXAMPLES, type OutlineStyle } from '../../lib/domain/outline/index.ts';

const SECTIONS = [
  ['problems', '问题编号'],
  ['causes', '原因编号'],
  ['measures', '措施编号'],
] as const;

export function StylePicker({ styles, onChange }: { styles: ComposeStyles; onChange: (styles: ComposeStyles) => void }) {
  return (
    <fieldset className="style-picker row">
      <legend>编号样式</legend>
      {SECTIONS.map(([key, label]) => (
        <label key={key}>
          {label}
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
