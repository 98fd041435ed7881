// The root font size in CSS pixels, kept current as the 字号 changes (components/app/fontSize.ts sets
// data-font-size on the root): what must be sized in pixels, like the rows of the windowed list,
// grows with the type.
import { useEffect, useState } from 'react';

const read = () => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;

export function useRootFontPx(): number {
  const [px, setPx] = useState(read);
  useEffect(() => {
    const observer = new MutationObserver(() => setPx(read()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-font-size'] });
    setPx(read());
    return () => observer.disconnect();
  }, []);
  return px;
}
