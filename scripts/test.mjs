// `npm test`: typecheck, lint, the import-cycle check, unit + db tests, then the real-browser e2e suite. Every step runs
// even after a failure, so one run shows everything that is wrong. Ends with `N passed, N failed`.
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { run } from './lib/run.mjs';

mkdirSync('artifacts', { recursive: true });
let passed = 0;
let failed = 0;
const lines = [];

/** A step that is one check (typecheck, lint): it passes or fails as a whole. */
async function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const ok = (await run(command, args)) === 0;
  if (ok) passed++;
  else failed++;
  lines.push(`${ok ? '✓' : '✗'} ${name}`);
}

/** A vitest run: count its tests from the JSON report; a crash with no report counts as a failure. */
async function vitest(name, command, args, report) {
  console.log(`\n▶ ${name}`);
  rmSync(report, { force: true });
  const code = await run(command, [...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!existsSync(report)) {
    failed++;
    lines.push(`✗ ${name}: no test report (exit ${code})`);
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const ran = result.numPassedTests + result.numFailedTests;
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A suite that failed to load, or ran nothing, is a failure even with no failed test.
  const broken = code !== 0 && result.numFailedTests === 0 ? 1 : 0;
  const empty = ran === 0 ? 1 : 0;
  failed += broken || empty;
  lines.push(`${code === 0 && !empty ? '✓' : '✗'} ${name}: ${result.numPassedTests} passed, ${result.numFailedTests} failed`);
  lines.push(...failures(result));
}

/** Each failed test, named with its file and the first line of its message: a CI log may keep only its tail. */
function failures(result) {
  const found = [];
  for (const file of result.testResults ?? []) {
    const where = relative(process.cwd(), file.name);
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) found.push(`    ${where}: ${firstLine(file.message)}`);
    for (const test of file.assertionResults ?? []) {
      if (test.status === 'failed') found.push(`    ${where} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`);
    }
  }
  return found;
}

function firstLine(message = '') {
  return String(message).split('\n')[0].slice(0, 300);
}

await check('typecheck (project)', 'npx', ['tsc', '--noEmit', '-p', '.']);
await check('typecheck (lib/domain: no DOM, no browser)', 'npx', ['tsc', '-p', 'lib/domain/tsconfig.json']);
await check('lint', 'npx', ['eslint', '--max-warnings', '0', '.']);
await check('no import cycle (lib, components, entrypoints)', 'node', ['scripts/cycles.mjs']);
await vitest('unit + db', 'npx', ['vitest', 'run', '--project', 'unit', '--project', 'db'], 'artifacts/unit-report.json');
await vitest('e2e (real browser)', 'node', ['scripts/e2e.mjs'], 'artifacts/e2e-report.json');

console.log(`\n${lines.join('\n')}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
