// How 插入 and 复制 lay the text out, chosen beside them and remembered (the last choice becomes
// the default): paragraphs or plain text, and 首行缩进. A line under the choice says in plain words
// what the chosen format does, so nobody has to guess what 保留段落 or 纯文本 means.
import { i18n } from '#i18n';
import { useEffect, useId, useState } from 'react';
import { setInsertFormat, setInsertIndent } from '../hooks/actions.ts';
import { useInsertFormat, useInsertIndent, type InsertFormat } from '../hooks/useLibrary.ts';

export function FormatChoice() {
  const format = useInsertFormat();
  const stored = useInsertIndent();
  // The box shows a click at once, not after the library has written and been read again.
  const [chosen, setChosen] = useState<boolean | null>(null);
  useEffect(() => {
    if (chosen === stored) setChosen(null);
  }, [chosen, stored]);
  const indent = chosen ?? stored;
  const chooseIndent = (next: boolean) => {
    setChosen(next);
    // A failed write puts the box back and still reaches the panel's error line (usePanelErrors).
    void setInsertIndent(next).catch((error: unknown) => {
      setChosen(null);
      throw error;
    });
  };
  const hintId = useId();
  return (
    <div className="format-choice">
      <div className="format-controls">
        <label className="inline-choice">
          <span>{i18n.t('snippets.format')}</span>
          <select aria-describedby={hintId} value={format} onChange={(e) => void setInsertFormat(e.target.value as InsertFormat)}>
            <option value="rich">{i18n.t('snippets.formatRich')}</option>
            <option value="plain">{i18n.t('snippets.formatPlain')}</option>
          </select>
        </label>
        <label className="checkbox">
          <input type="checkbox" checked={indent} onChange={(e) => chooseIndent(e.target.checked)} />
          {i18n.t('snippets.indent')}
        </label>
      </div>
      <p id={hintId} className="muted small">
        {i18n.t(format === 'rich' ? 'snippets.formatRichHint' : 'snippets.formatPlainHint')}
      </p>
    </div>
  );
}
