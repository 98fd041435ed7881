// A fresh clone has only the repository: no file of the project may read from a folder beside
// it, and every Markdown document a comment points to must be in the repository.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../../..');
const SKIP = new Set(['node_modules', '.git', '.output', '.wxt', 'artifacts', 'dist']);
const SOURCE = /\.(ts|tsx|js|mjs|cjs|html|css|json|sh)$|^run$/;

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name) || name.startsWith('.output')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else out.push(path);
  }
  return out;
}

const files = walk(ROOT);
const sources = files.filter((f) => SOURCE.test(basename(f)) && !f.endsWith('package-lock.json'));
const markdown = new Set(files.filter((f) => f.endsWith('.md')).map((f) => relative(ROOT, f)));
// Built from parts so that this file does not match itself.
const sibling = ['..', 'shared'].join('/');

describe('the repository stands on its own', () => {
  it('has sources to check (the walk found the project)', () => {
    expect(sources.some((f) => f.endsWith('package.json'))).toBe(true);
    expect(sources.length).toBeGreaterThan(100);
  });

  it('no file reads from a folder beside the clone', () => {
    const offenders = sources.filter((f) => readFileSync(f, 'utf8').includes(sibling)).map((f) => relative(ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('every .md a source file names exists in the repository', () => {
    const missing: string[] = [];
    for (const file of sources) {
      for (const match of readFileSync(file, 'utf8').matchAll(/([\w./-]*[A-Za-z0-9_-]\.md)\b/g)) {
        const name = match[1] ?? '';
        if (/^https?:|\/\//.test(name)) continue;
        const candidates = [relative(ROOT, resolve(dirname(file), name)), relative(ROOT, resolve(ROOT, name))];
        const found = candidates.some((c) => markdown.has(c)) || [...markdown].some((m) => m.endsWith(`/${name}`) || m === name);
        if (!found) missing.push(`${relative(ROOT, file)} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the fixtures the tests read are in the repository, each described in its README', () => {
    const readme = readFileSync(join(ROOT, 'tests/fixtures/README.md'), 'utf8');
    const fixtures = readdirSync(join(ROOT, 'tests/fixtures')).filter((n) => n !== 'README.md');
    expect(fixtures.length).toBeGreaterThan(0);
    for (const name of fixtures) expect(readme, name).toContain(name);
  });
});
