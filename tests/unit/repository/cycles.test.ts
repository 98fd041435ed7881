// The import-cycle check `npm test` runs (scripts/cycles.mjs), on small generated trees: it must
// find every cycle — through type-only, re-exported and dynamic imports too — and nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript script, no types
import { findCycles } from '../../../scripts/cycles.mjs';

const dir = mkdtempSync(join(tmpdir(), 'drafter-cycles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let tree = 0;

const FORMS = [
  (to: string) => `import { x } from '${to}';`,
  (to: string) => `import type { X } from '${to}';`,
  (to: string) => `export { x } from '${to}';`,
  (to: string) => `const m = () => import('${to}');`,
];

/** Writes files f0..f(n-1) in a subfolder each (so paths are relative across folders) with the given imports. */
function write(n: number, edges: [number, number, number][]): string[] {
  const root = join(dir, `t${tree++}`);
  const files = Array.from({ length: n }, (_, i) => join(root, `d${i % 2}`, `f${i}.ts`));
  for (const [i, file] of files.entries()) {
    mkdirSync(join(file, '..'), { recursive: true });
    const lines = edges.filter(([from]) => from === i).map(([, to, form]) => FORMS[form]!(`../d${to % 2}/f${to}.ts`));
    writeFileSync(file, `${lines.join('\n')}\nexport const x = 1;\n`);
  }
  return files;
}

/** Whether `to` can be reached from `from` along the edges (a plain search, the test's own). */
function reaches(edges: [number, number, number][], from: number, to: number): boolean {
  const seen = new Set<number>();
  const todo = edges.filter(([a]) => a === from).map(([, b]) => b);
  while (todo.length) {
    const v = todo.pop()!;
    if (v === to) return true;
    if (seen.has(v)) continue;
    seen.add(v);
    todo.push(...edges.filter(([a]) => a === v).map(([, b]) => b));
  }
  return false;
}

describe('the import-cycle check', () => {
  it('names the two files of a two-file cycle and leaves an acyclic file out', () => {
    const files = write(3, [[0, 1, 0], [1, 0, 1], [2, 0, 0]]);
    expect(findCycles(files).map((c: string[]) => [...c].sort())).toEqual([[files[0], files[1]].sort()]);
  });

  it('a file is in a reported cycle exactly when it can reach itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) =>
          fc.tuple(fc.constant(n), fc.uniqueArray(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.nat(FORMS.length - 1)), { maxLength: 12, selector: ([a, b]) => `${a}-${b}` })),
        ),
        ([n, edges]) => {
          const files = write(n, edges);
          const inCycle = new Set(findCycles(files).flat());
          for (let i = 0; i < n; i++) expect(inCycle.has(files[i])).toBe(reaches(edges, i, i));
        },
      ),
      { numRuns: 40 },
    );
  });
});
