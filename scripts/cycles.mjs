// `node scripts/cycles.mjs`: fails when modules of lib/, components/ or entrypoints/ import each
// other in a circle. A cycle makes the order modules run in depend on which one is loaded first,
// and a layer that is meant to sit below another cannot when they need each other. Imports are read
// with the TypeScript compiler's own pre-processor (static, type-only and dynamic imports alike:
// a type-only cycle still ties two files together) and resolved as relative paths.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOTS = ['lib', 'components', 'entrypoints'];
const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The project files a file imports (relative specifiers only: packages cannot import us back). */
export function importsOf(file) {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => EXTENSIONS.map((ext) => resolve(dirname(file), spec + ext)).find((p) => existsSync(p) && statSync(p).isFile()))
    .filter(Boolean);
}

/** Every cycle, once each, as the list of files around it (Tarjan's strongly connected components). */
export function findCycles(files) {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const components = [];
  let next = 0;
  const visit = (v) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v), low.get(w)));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v), index.get(w)));
    }
    if (low.get(v) === index.get(v)) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v).includes(v)) components.push(component.reverse());
    }
  };
  for (const f of files) if (!index.has(f)) visit(f);
  return components;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const files = ROOTS.filter((r) => existsSync(r)).flatMap((r) => walk(resolve(r)));
  const cycles = findCycles(files);
  const name = (f) => relative(process.cwd(), f).split('\\').join('/');
  if (cycles.length === 0) {
    console.log(`no import cycle among ${files.length} files of ${ROOTS.join(', ')}`);
  } else {
    for (const cycle of cycles) {
      console.error('import cycle — these files import each other in a circle:');
      for (const file of cycle) console.error(`  ${name(file)} → ${importsOf(file).filter((t) => cycle.includes(t)).map(name).join(', ')}`);
    }
    process.exitCode = 1;
  }
}
