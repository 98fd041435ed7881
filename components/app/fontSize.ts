// The panel's type size (字号). The database holds the user's choice (settings.ts, so backups carry
// it); the page keeps a copy in localStorage only so the very first frame is drawn at that size,
// before the database module has loaded — otherwise the panel would open small and then jump.
import type { FontSize } from '../../lib/db/settings.ts';

export const FONT_SIZES: readonly FontSize[] = ['standard', 'large', 'xlarge'];
const COPY = 'drafter.fontSize';

const isFontSize = (value: unknown): value is FontSize => FONT_SIZES.includes(value as FontSize);

/** Sets the size on the page: the stylesheet sizes everything from the root (style.css). */
export function applyFontSize(size: FontSize): void {
  document.documentElement.dataset.fontSize = size;
  try {
    localStorage.setItem(COPY, size);
  } catch {
    // Storage refused (a locked-down profile): the size still applies once the database answers.
  }
}

/** The size the panel last showed, for its first frame. */
export function applyRememberedFontSize(): void {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(COPY);
  } catch {
    // as above
  }
  document.documentElement.dataset.fontSize = isFontSize(remembered) ? remembered : 'standard';
}
