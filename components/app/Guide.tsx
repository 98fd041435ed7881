// The first-run guide: three steps from an empty page to a paragraph in the document, and the
// shortcut that opens the panel. Shown until the user closes it; 帮助 in the header opens it again.
import { i18n } from '#i18n';
import { useEffect, useRef } from 'react';

const STEPS = ['guide.step1', 'guide.step2', 'guide.step3'] as const;

// The database holds whether the guide was closed (settings.ts); the page keeps a copy so the first
// frame already knows, and the library does not jump down when the answer arrives.
const COPY = 'drafter.guideClosed';

export function guideClosedCopy(): boolean | undefined {
  try {
    const copy = localStorage.getItem(COPY);
    return copy === null ? undefined : copy === '1';
  } catch {
    return undefined;
  }
}

export function keepGuideClosedCopy(closed: boolean): void {
  try {
    localStorage.setItem(COPY, closed ? '1' : '0');
  } catch {
    // Storage refused: the database's answer still decides, a moment later.
  }
}

export function Guide({ onClose, focus }: { onClose: () => void; focus: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Opened from 帮助: the reader is taken to it (on first run, the library keeps the focus).
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  return (
    <section className="guide" aria-labelledby="guide-heading">
      <h2 id="guide-heading" ref={heading} tabIndex={-1}>
        {i18n.t('guide.title')}
      </h2>
      <ol>
        {STEPS.map((step) => (
          <li key={step}>{i18n.t(step)}</li>
        ))}
      </ol>
      <p className="shortcut">{i18n.t('guide.shortcut')}</p>
      <button className="primary" onClick={onClose}>
        {i18n.t('guide.close')}
      </button>
    </section>
  );
}
