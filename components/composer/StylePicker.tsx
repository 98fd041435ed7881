// Numbering style of each composed section, and of the headings (一、存在问题 …) that go before the
// sections when all three are inserted or copied together, with the headings' first number (to
// continue a report that already has 一、二、).
import { i18n } from '#i18n';
import { clashingSections, HEADING_STYLES, type ComposeStyles, type HeadingStyle } from '../../lib/domain/compose.ts';
import { OUTLINE_STYLES, STYLE_EXAMPLES, type OutlineStyle } from '../../lib/domain/outline/index.ts';

const SECTIONS = ['problems', 'causes', 'measures'] as const;

export function StylePicker({ styles, onChange }: { styles: ComposeStyles; onChange: (styles: ComposeStyles) => void }) {
  const headingStart = styles.start?.headings ?? 1;
  const clashing = clashingSections(styles);
  return (
    <fieldset className="style-picker row">
      <legend>{i18n.t('composer.numberingStyle')}</legend>
      <label>
        {i18n.t('composer.numbering.headings')}
        <select value={styles.headings ?? 'han'} onChange={(e) => onChange({ ...styles, headings: e.target.value as HeadingStyle })}>
          {HEADING_STYLES.map((style) => (
            <option key={style} value={style}>
              {STYLE_EXAMPLES[style]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {i18n.t('composer.numbering.headingsStart')}
        <input
          type="number"
          min={1}
          max={99}
          value={headingStart}
          onChange={(e) => {
            const n = Math.trunc(Number(e.target.value));
            if (n >= 1 && n <= 99) onChange({ ...styles, start: { ...styles.start, headings: n } });
          }}
        />
      </label>
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
      {clashing.length > 0 && (
        <p className="warning" role="note">
          {i18n.t('composer.clash', { parts: clashing.map((key) => i18n.t(`composer.parts.${key}`)).join('、') })}
        </p>
      )}
    </fieldset>
  );
}
