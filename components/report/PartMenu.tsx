// 更多 beside a part: the part's less common actions behind one disclosure (a <details>, so the
// keyboard and screen readers know it as a button that opens and closes). Any action taken from it
// closes it and leaves the focus on 更多; Escape closes it too.
import { i18n } from '#i18n';
import { useRef, type ReactNode } from 'react';

export function PartMenu({ name, children }: { name: string; children: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    const details = menu.current;
    if (!details?.open) return;
    details.open = false;
    details.querySelector('summary')?.focus();
  };
  return (
    <details
      ref={menu}
      className="part-more"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && menu.current?.open) {
          e.stopPropagation();
          close();
        }
      }}
    >
      <summary aria-label={i18n.t('report.moreOf', { heading: name })}>{i18n.t('report.more')}</summary>
      {/* Closed once the action has run (click handlers run before this one bubbles up). */}
      <div className="part-more-actions" role="group" aria-label={i18n.t('report.moreOf', { heading: name })} onClick={(e) => (e.target as HTMLElement).closest('button') && close()}>
        {children}
      </div>
    </details>
  );
}
