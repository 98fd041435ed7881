// The lint zones say which runtime context a file runs in and what it may import. A zone whose glob
// names no file guards nothing (that is how the content script once went unguarded), an entrypoint
// in no zone is unguarded, and ESLint keeps only the last options of a rule for a file, so a zone
// can be silently overridden by a later one: each of these fails here.
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript config file, no types
import { contexts, layers } from '../../../eslint.config.js';

interface Group {
  patterns: string[];
  message: string;
  allowTypeImports?: boolean;
}
interface Zone {
  name: string;
  files: string[];
  ignores?: string[];
}
interface Layer extends Zone {
  patterns: string[];
  message: string;
}
interface Context extends Zone {
  groups: Group[];
}

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '../../..');

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.tsx?$/.test(name)) out.push(relative(ROOT, path).split('\\').join('/'));
  }
  return out;
}
const sources = ['entrypoints', 'lib', 'components'].flatMap((dir) => walk(join(ROOT, dir)));

/** The globs used in the zones: `**` any path, `*` any name, the rest literal. */
function globToRegExp(glob: string): RegExp {
  const token: Record<string, string> = { '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*' };
  const body = glob
    .split(/(\*\*\/?|\*)/)
    .map((part) => token[part] ?? part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return new RegExp(`^${body}$`);
}
const matches = (glob: string, file: string) => globToRegExp(glob).test(file);
const inZone = (zone: Zone, file: string) => zone.files.some((g) => matches(g, file)) && !(zone.ignores ?? []).some((g) => matches(g, file));

const zones: Zone[] = [...(layers as Layer[]), ...(contexts as Context[])];

describe('lint zones match the real files', () => {
  it('found the sources (the walk works)', () => {
    expect(sources).toContain('entrypoints/caret.ts');
    expect(sources).toContain('lib/insertion/focusMemory.ts');
    expect(sources.length).toBeGreaterThan(50);
  });

  it('the glob matcher reads globs as ESLint does', () => {
    expect(matches('lib/insertion/**', 'lib/insertion/a/b.ts')).toBe(true);
    expect(matches('lib/insertion/**', 'lib/insertionX/b.ts')).toBe(false);
    expect(matches('entrypoints/*.content.ts', 'entrypoints/caret.ts')).toBe(false);
    expect(matches('entrypoints/*.ts', 'entrypoints/caret.ts')).toBe(true);
    expect(matches('entrypoints/*.ts', 'entrypoints/background/index.ts')).toBe(false);
  });

  for (const zone of zones) {
    for (const glob of zone.files) {
      it(`${zone.name}: ${glob} names at least one real file`, () => {
        expect(sources.filter((f) => matches(glob, f))).not.toEqual([]);
      });
    }
  }

  it('every entrypoint (and the import worker) runs in a named context', () => {
    const entries = [...sources.filter((f) => f.startsWith('entrypoints/')), 'lib/import-files/worker.ts'];
    const unguarded = entries.filter((file) => !(contexts as Context[]).some((c) => inZone(c, file)));
    expect(unguarded).toEqual([]);
  });
});

describe('no zone is overridden by another', () => {
  const eslint = new ESLint({ cwd: ROOT });
  // For each file: the patterns its zones want and the options ESLint ends up with.
  const check = async (rule: string, zonesOfRule: { zone: Zone; groups: Group[] }[]) => {
    const missing: string[] = [];
    for (const file of sources) {
      const wanted = zonesOfRule.filter(({ zone }) => inZone(zone, file));
      if (!wanted.length) continue;
      const config = await eslint.calculateConfigForFile(join(ROOT, file));
      const entry = config.rules?.[rule];
      const got: { group: string[]; allowTypeImports?: boolean }[] = (Array.isArray(entry) && entry[1]?.patterns) || [];
      for (const { zone, groups } of wanted) {
        for (const group of groups) {
          for (const pattern of group.patterns) {
            // Held by a group that allows no more than this zone allows (type imports).
            const held = got.some((g) => g.group.includes(pattern) && (!g.allowTypeImports || group.allowTypeImports));
            if (!held) missing.push(`${file}: ${zone.name} wants ${pattern}`);
          }
        }
      }
    }
    return missing;
  };

  it('every file gets every pattern of every layer it is in', async () => {
    const missing = await check(
      'no-restricted-imports',
      (layers as Layer[]).map((zone) => ({ zone, groups: [{ patterns: zone.patterns, message: zone.message }] })),
    );
    expect(missing).toEqual([]);
  });

  it('every file gets every pattern of every runtime context it is in', async () => {
    const missing = await check(
      '@typescript-eslint/no-restricted-imports',
      (contexts as Context[]).map((zone) => ({ zone, groups: zone.groups })),
    );
    expect(missing).toEqual([]);
  });
});
