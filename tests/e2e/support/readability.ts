// What a reader with older eyes meets in the panel, measured in the page itself: the size of every
// visible piece of text, the size of every control, sideways scrolling, controls cut off or covered,
// and axe-core's serious and critical findings.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface Readability {
  /** The body's computed font size, in CSS pixels. */
  bodyPx: number;
  /** Visible text under 14 px: its size and the first characters. */
  smallText: string[];
  /** Share of visible characters set at 16 px or more. */
  shareAt16: number;
  /** Visible controls whose target (the control, or the label around a check box) is under 32 px. */
  smallTargets: string[];
  /** How far the page, or a box inside it, scrolls sideways. */
  sideways: string[];
  /** Controls reaching past the panel's edge or a box that hides its overflow. */
  clipped: string[];
  /** Text cut with an ellipsis and no tooltip to read it whole. */
  truncated: string[];
  /** Controls in view that another element (such as the status bar) lies over. */
  covered: string[];
}

/** Runs in the panel page: everything is measured there and only the findings come back. */
function measure(): Readability {
  const CONTROLS = 'button, a[href], input:not([type=hidden]), select, textarea, summary, [role=tab], [role=radio], [role=checkbox], [tabindex="0"]';
  const visible = (el: Element) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && el.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  };
  const describe = (el: Element) => {
    const name = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? ((el as HTMLElement).innerText || el.closest('label')?.innerText) ?? '';
    return `${el.tagName.toLowerCase()}${el.getAttribute('type') ? `[${el.getAttribute('type')}]` : ''} "${name.trim().slice(0, 24)}"`;
  };
  const px = (el: Element) => parseFloat(getComputedStyle(el).fontSize);

  const smallText: string[] = [];
  let chars = 0;
  let charsAt16 = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent?.trim() ?? '';
    const parent = node.parentElement;
    if (!text || !parent || !visible(parent)) continue;
    // A select's options are drawn by the browser at the select's size.
    if (parent.closest('option, script, style')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    if (range.getClientRects().length === 0) continue;
    const size = px(parent);
    chars += text.length;
    if (size >= 16) charsAt16 += text.length;
    if (size < 14) smallText.push(`${size}px "${text.slice(0, 20)}"`);
  }

  const controls = [...document.querySelectorAll(CONTROLS)].filter(visible);
  const smallTargets: string[] = [];
  const clipped: string[] = [];
  const viewportWidth = document.documentElement.clientWidth;
  for (const control of controls) {
    // A check box or radio is reached through its label: the label is the target.
    const target = control.matches('input[type=checkbox], input[type=radio]') ? (control.closest('label') ?? control) : control;
    const box = target.getBoundingClientRect();
    if (box.height < 31.5 || box.width < 31.5) smallTargets.push(`${describe(control)} ${Math.round(box.width)}×${Math.round(box.height)}`);
    const own = control.getBoundingClientRect();
    let clippedBy: string | null = own.left < -0.5 || own.right > viewportWidth + 0.5 ? 'the panel' : null;
    for (let up = control.parentElement; up && !clippedBy && up !== document.body; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === 'visible') continue;
      const outer = up.getBoundingClientRect();
      if (own.left < outer.left - 0.5 || own.right > outer.right + 0.5) clippedBy = `${up.tagName.toLowerCase()}.${up.className}`;
    }
    if (clippedBy) clipped.push(`${describe(control)} by ${clippedBy}`);
  }

  const sideways: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) sideways.push(`page by ${root.scrollWidth - root.clientWidth}px`);
  for (const el of document.body.querySelectorAll('*')) {
    const overflowX = getComputedStyle(el).overflowX;
    if ((overflowX === 'auto' || overflowX === 'scroll') && el.scrollWidth > el.clientWidth + 1 && visible(el)) {
      sideways.push(`${el.tagName.toLowerCase()}.${el.className} by ${el.scrollWidth - el.clientWidth}px`);
    }
  }

  const truncated: string[] = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (getComputedStyle(el).textOverflow !== 'ellipsis' || el.scrollWidth <= el.clientWidth || !visible(el)) continue;
    if (!el.closest('[title]')) truncated.push(describe(el));
  }

  // At the very end of the page, where a bar fixed at the bottom would lie over the last row.
  window.scrollTo(0, root.scrollHeight);
  const covered: string[] = [];
  for (const control of controls) {
    const box = control.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (y < 0 || y > root.clientHeight || x < 0 || x > root.clientWidth) continue;
    // Inside a scrolling list, rows out of the list's view are hidden by the list, not covered.
    let hiddenByScroller = false;
    for (let up = control.parentElement; up && up !== document.body; up = up.parentElement) {
      const overflowY = getComputedStyle(up).overflowY;
      if (overflowY === 'visible') continue;
      const outer = up.getBoundingClientRect();
      if (y < outer.top || y > outer.bottom) hiddenByScroller = true;
    }
    if (hiddenByScroller) continue;
    const hit = document.elementFromPoint(x, y);
    const label = control.closest('label');
    if (hit && !control.contains(hit) && !(label && label.contains(hit)) && !hit.contains(control)) covered.push(`${describe(control)} under ${describe(hit)}`);
  }
  window.scrollTo(0, 0);

  return { bodyPx: px(document.body), smallText, shareAt16: chars === 0 ? 1 : charsAt16 / chars, smallTargets, sideways, clipped, truncated, covered };
}

export const measureReadability = (panel: Page): Promise<Readability> => panel.evaluate(measure);

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now, one line each. */
export async function seriousAxeViolations(panel: Page): Promise<string[]> {
  // Evaluated through the debugger protocol: the extension page's CSP would refuse a script tag.
  if (!(await panel.evaluate(() => 'axe' in window))) await panel.evaluate(axeSource);
  const violations = await panel.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.targets.join(' ')}`);
}
