// Bundle sizes read from the built extension: the content script file, and the side panel's initial
// load (the chunks sidepanel.html loads plus their static imports; dynamic import() chunks, such as
// the pinyin dictionary or the import parser, are not initial and are listed apart).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

const gzip = (buffer) => gzipSync(buffer, { level: 9 }).length;

export function contentScriptSize(extensionDir) {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const files = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  const bytes = files.map((f) => readFileSync(join(extensionDir, f)));
  return {
    files,
    raw: bytes.reduce((n, b) => n + b.length, 0),
    gzip: bytes.reduce((n, b) => n + gzip(b), 0),
  };
}

/** Relative specifiers of static imports / re-exports in a minified ES module. */
function staticImports(code) {
  const found = new Set();
  const patterns = [/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+)["']/g, /(?:^|[;}\s])export\s*[\w$*{},\s]*?\s*from\s*["']([^"']+)["']/g];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) if (m[1].startsWith('.') || m[1].startsWith('/')) found.add(m[1]);
  return [...found];
}

export function panelBundle(extensionDir) {
  const html = readFileSync(join(extensionDir, 'sidepanel.html'), 'utf8');
  const entries = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g)].map((m) => m[1].replace(/^\//, ''));
  const initial = new Set();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift();
    if (initial.has(file)) continue;
    initial.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(extensionDir, file), 'utf8');
    for (const spec of staticImports(code)) {
      const target = spec.startsWith('/') ? spec.slice(1) : posix.normalize(posix.join(posix.dirname(file), spec));
      queue.push(target);
    }
  }
  const rows = [...initial].map((file) => {
    const bytes = readFileSync(join(extensionDir, file));
    return { file, raw: bytes.length, gzip: gzip(bytes) };
  });
  const lazy = readdirSync(join(extensionDir, 'chunks'))
    .map((f) => `chunks/${f}`)
    .filter((f) => !initial.has(f) && f.endsWith('.js'))
    .map((file) => {
      const bytes = readFileSync(join(extensionDir, file));
      return { file, raw: statSync(join(extensionDir, file)).size, gzip: gzip(bytes) };
    });
  return {
    initial: rows,
    lazy,
    raw: rows.reduce((n, r) => n + r.raw, 0),
    gzip: rows.reduce((n, r) => n + r.gzip, 0),
    dir: dirname(extensionDir),
  };
}
