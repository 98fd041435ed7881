// What every harness page exposes to the e2e test: the editor's own reading of its content (via
// the editor's API, not the DOM) and a flag saying the editor is ready.
/** The editor starts with two paragraphs; the caret goes to the start of the second. */
export const INITIAL = ['已有内容', '结尾'];
export const INITIAL_HTML = INITIAL.map((p) => `<p>${p}</p>`).join('');

declare global {
  interface Window {
    __model?: () => { paragraphs: string[] };
    __ready?: boolean;
  }
}

export function expose(model: () => string[]): void {
  window.__model = () => ({ paragraphs: model() });
  window.__ready = true;
}
