// Source-level guarantees that back SECURITY.md: the panel and the scripts that run in pages never
// turn strings into markup or code, never talk to a network, and listen to no one but themselves.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): { file: string; body: string }[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [{ file: path, body: readFileSync(path, 'utf8') }] : [];
  });
}

const code = ['components', 'lib', 'entrypoints'].flatMap(sources).map(({ file, body }) => ({
  file,
  // Comments may name what the code must not do.
  body: body.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1'),
}));
const offenders = (pattern: RegExp, within = code) => within.filter(({ body }) => pattern.test(body)).map(({ file }) => file);

describe('the source', () => {
  it('never parses strings as markup in the panel or a page', () => {
    expect(offenders(/dangerouslySetInnerHTML|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|document\.write\(|createContextualFragment/)).toEqual([]);
  });

  it('never evaluates strings as code', () => {
    expect(offenders(/\beval\(|new Function\(|setTimeout\(\s*['"`]|setInterval\(\s*['"`]/)).toEqual([]);
  });

  it('makes no network request anywhere but the one module that talks to the team\'s own WebDAV server', () => {
    // lib/team/webdav.ts reaches only the server the user set up, with the host permission they
    // granted for its origin (SECURITY.md, 单位共享); nothing else may open a connection.
    expect(offenders(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|new EventSource|importScripts\(/)).toEqual(['lib/team/webdav.ts']);
  });

  it('offers no channel to pages or other extensions: no window message listener in page scripts, no external messaging', () => {
    const inPages = code.filter(({ file }) => /^(entrypoints\/(editor\.content|insertion)|lib\/(insertion|messaging))/.test(file));
    expect(inPages.length).toBeGreaterThan(5);
    expect(offenders(/addEventListener\(\s*['"]message['"]|onmessage\s*=|\.postMessage\(/, inPages)).toEqual([]);
    expect(offenders(/onMessageExternal|onConnectExternal|externally_connectable/)).toEqual([]);
  });

  it('every runtime message listener checks the sender is this extension', () => {
    const listeners = code.filter(({ body }) => /runtime\.onMessage\.addListener/.test(body));
    expect(listeners.length).toBeGreaterThan(0);
    for (const { file, body } of listeners) expect(`${file}: ${/sender\.id\s*!==\s*browser\.runtime\.id/.test(body)}`).toBe(`${file}: true`);
  });
});
