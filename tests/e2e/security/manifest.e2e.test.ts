// The built extension, read from disk: permissions are exactly those the README justifies, host
// access is what insertion needs, the content security policy is MV3's default, nothing is exposed
// to web pages or other extensions, and no code or style is loaded from anywhere but the package.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from '../support/browser.ts';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** The permissions named in the README's permissions table (first column, in backticks). */
function documentedPermissions(): string[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = /<!-- permissions:begin -->([\s\S]*?)<!-- permissions:end -->/.exec(readme)?.[1] ?? '';
  return [...section.matchAll(/^\| `([^`]+)`/gm)].map((m) => m[1]!);
}

describe('the manifest', () => {
  it('asks only for the permissions the README justifies, each of them', () => {
    const asked = [...(manifest.permissions as string[]), ...(manifest.host_permissions as string[])];
    expect(documentedPermissions().sort()).toEqual([...new Set(asked)].sort());
  });

  it('has host access only for insertion, and one content script', () => {
    expect(manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    // 单位共享: a WebDAV server's origin, asked for at runtime when the user saves it; none at install.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect((manifest.content_scripts as { js: string[] }[]).map((c) => c.js)).toEqual([['caret.js']]);
  });

  it('keeps MV3\'s default content security policy and exposes nothing to pages or other extensions', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('update_url');
    expect(manifest).not.toHaveProperty('sandbox');
  });
});

describe('the package', () => {
  const all = files(EXTENSION_DIR);
  const text = (ext: RegExp) => all.filter((f) => ext.test(f)).map((f) => ({ file: relative(EXTENSION_DIR, f), body: readFileSync(f, 'utf8') }));

  it('loads no script, style, font or image from the network', () => {
    const remote = [
      ...text(/\.html$/).flatMap(({ file, body }) => [...body.matchAll(/(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/g)].map((m) => `${file}: ${m[1]}`)),
      ...text(/\.css$/).flatMap(({ file, body }) => [...body.matchAll(/(?:url\(\s*["']?|@import\s+["'])((?:https?:)?\/\/[^"')\s]+)/g)].map((m) => `${file}: ${m[1]}`)),
      ...text(/\.js$/).flatMap(({ file, body }) =>
        [...body.matchAll(/\b(?:import|importScripts|fetch|sendBeacon|WebSocket|EventSource)\(\s*["'`]((?:https?|wss?):\/\/[^"'`]+)/g)].map((m) => `${file}: ${m[1]}`),
      ),
    ];
    expect(remote).toEqual([]);
  });

  it('contains no eval and no new Function, libraries included (MV3 refuses them anyway)', () => {
    const found = text(/\.js$/).filter(({ body }) => /\beval\(|\bnew Function\(/.test(body)).map(({ file }) => file);
    expect(found).toEqual([]);
  });
});
