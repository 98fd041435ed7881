// 忽略, remembered for that text: the keys of the findings the user ignored, per text (named by a
// hash of it), in the panel page's own storage. Not in the database: it is a view's memory, lost
// with nothing of the user's work, and kept small (the latest texts only).
import { findingKey } from '../../lib/domain/proofread/index.ts';
import type { Finding } from '../../lib/domain/proofread/index.ts';

const KEY = 'proofread.ignored';
const KEEP_TEXTS = 100;

type Store = Record<string, string[]>;

/** FNV-1a over the text, with its length: enough to tell one text from another here. */
export function textId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

function read(): Store {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Store) : {};
  } catch {
    return {};
  }
}

export function ignoredFor(text: string): Set<string> {
  const list = read()[textId(text)];
  return new Set(Array.isArray(list) ? list.filter((k) => typeof k === 'string') : []);
}

export function rememberIgnored(text: string, findings: readonly Finding[]): void {
  const store = read();
  const id = textId(text);
  const keys = new Set([...(store[id] ?? []), ...findings.map((f) => findingKey(text, f))]);
  delete store[id];
  store[id] = [...keys];
  const ids = Object.keys(store);
  for (const old of ids.slice(0, Math.max(0, ids.length - KEEP_TEXTS))) delete store[old];
  try {
    localStorage.setItem(KEY, JSON.stringify(store));
  } catch {
    // Storage full or refused: the finding stays hidden in this view only.
  }
}

export function forgetIgnored(text: string): void {
  const store = read();
  delete store[textId(text)];
  try {
    localStorage.setItem(KEY, JSON.stringify(store));
  } catch {
    // Nothing to undo.
  }
}
