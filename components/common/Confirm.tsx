// The one way the panel asks before something goes for good: in place, beside what it is about, a
// sentence saying exactly what goes, then the action and 取消. Nothing is written until the user
// says yes. 取消 takes the focus, so a stray Enter keeps everything; Escape is 取消 too, and after
// 取消 the focus goes back to the control that asked.
import { i18n } from '#i18n';
import { useId, useState } from 'react';
import './confirm.css';

interface Props {
  /** The question's name for screen readers, e.g. 确认删除指标发展党员. */
  label: string;
  /** What goes, in plain words. */
  text: string;
  /** The button that does it; 删除 unless the action says more (删除指标和 3 条数值). */
  yes?: string;
  onYes: () => void;
  onNo: () => void;
}

export function Confirm({ label, text, yes = i18n.t('common.delete'), onYes, onNo }: Props) {
  const textId = useId();
  // Read while the asking button still has the focus, before 取消 takes it.
  const [asker] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const no = () => {
    onNo();
    if (asker?.isConnected) asker.focus();
  };
  return (
    <div className="confirm" role="alertdialog" aria-label={label} aria-describedby={textId} onKeyDown={(e) => e.key === 'Escape' && no()}>
      <p id={textId}>{text}</p>
      <div className="actions">
        <button className="primary" onClick={onYes}>
          {yes}
        </button>
        <button onClick={no} autoFocus>
          {i18n.t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
