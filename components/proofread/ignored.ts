// 忽略, remembered for the line it was said on: a finding is named by its rule, its words, where it
// stands in its line and that line's text (a hash of it), and the names are kept in the panel
// page's own storage. Named by the line, not the whole text, so an edit elsewhere in a long text
// (a report proofread whole) does not bring back what was ignored; an edit to that line does, since
// the words around the finding may have changed its sense. Not in the database: it is a view's
// memory, lost with nothing of the user's work, and kept small (the latest names only).
import type { Finding } from '../../lib/domain/proofread/index.ts';

const KEY = 'proofread.ignoredLines';
const KEEP = 2000;

/** FNV-1a over the text, with its length: enough to tell one line from another here. */
export function textId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `${text.length.toString(36)}-${h.toString(36)}`;
}

/** The name 忽略 keeps for a finding in `text`: its line's hash, rule, place in the line and words. */
export function ignoreKey(text: string, f: Pick<Finding, 'rule' | 'start' | 'end'>): string {
  const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
  const lineEnd = text.indexOf('\n', f.start);
  const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
  return `${textId(line)}|${f.rule}|${f.start - lineStart}|${text.slice(f.start, f.end)}`;
}

function read(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((k): k is string => typeof k === 'string') : [];
  } catch {
    return [];
  }
}

function write(keys: readonly string[]): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(keys.slice(-KEEP)));
  } catch {
    // Storage full or refused: the finding stays hidden in this view only.
  }
}

/** Every name kept; a finding is ignored when its ignoreKey is among them. */
export function ignoredKeys(): Set<string> {
  return new Set(read());
}

export function rememberIgnored(text: string, findings: readonly Finding[]): void {
  const names = findings.map((f) => ignoreKey(text, f));
  write([...read().filter((k) => !names.includes(k)), ...names]);
}

/** 显示已忽略: the findings of this text are shown again. */
export function forgetIgnored(text: string, findings: readonly Finding[]): void {
  const names = new Set(findings.map((f) => ignoreKey(text, f)));
  write(read().filter((k) => !names.has(k)));
}
