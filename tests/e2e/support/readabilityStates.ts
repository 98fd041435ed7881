// Cut-off text that support/readability.ts does not see: a box that hides what does not fit with no
// ellipsis, and a select too narrow for the words of its chosen option — each without a tooltip
// (a title on it or around it) to read the words whole. Runs in the panel page.
export function cutOffWithoutTitle(): string[] {
  const found: string[] = [];
  const name = (el: Element) => `${el.tagName.toLowerCase()}.${el.className} "${((el as HTMLElement).innerText ?? '').trim().slice(0, 24)}"`;
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 2 && box.height > 2 && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  };
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('[title]') || !visible(el)) continue;
    const style = getComputedStyle(el);
    const hides = style.overflowX === 'hidden' || style.overflowX === 'clip';
    if (hides && style.textOverflow !== 'ellipsis' && el.scrollWidth > el.clientWidth + 1 && (el as HTMLElement).innerText?.trim()) found.push(`${name(el)} hides ${el.scrollWidth - el.clientWidth}px`);
  }
  for (const select of document.querySelectorAll('select')) {
    if (select.closest('[title]') || !visible(select)) continue;
    // The same select holding only its chosen option, at its natural width: wider than the real one
    // means the real one cuts its words off.
    const alone = select.cloneNode(false) as HTMLSelectElement;
    const chosen = select.selectedOptions[0];
    if (!chosen) continue;
    alone.append(chosen.cloneNode(true));
    alone.style.cssText = 'position:absolute;visibility:hidden;width:auto;max-width:none;min-width:0;flex:none';
    select.parentElement!.append(alone);
    const natural = alone.getBoundingClientRect().width;
    alone.remove();
    const shown = select.getBoundingClientRect().width;
    if (natural > shown + 1) {
      const label = select.getAttribute('aria-label') ?? select.closest('label')?.innerText.trim().split('\n')[0] ?? '';
      found.push(`select "${label.slice(0, 24)}" shows "${(chosen.textContent ?? '').slice(0, 24)}" in ${Math.round(shown)} of ${Math.round(natural)}px`);
    }
  }
  return found;
}
