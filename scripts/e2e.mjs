// Builds the extension (Chrome and Firefox) and the harness pages (editors from npm, bundled with esbuild), then runs
// the real-browser e2e suite. Extra arguments go to vitest.
import { run } from './lib/run.mjs';

const build = await run('npx', ['wxt', 'build']);
if (build !== 0) process.exit(build);
// The Firefox build, for tests/e2e/firefox.e2e.test.ts (a real Firefox).
const firefox = await run('npx', ['wxt', 'build', '-b', 'firefox']);
if (firefox !== 0) process.exit(firefox);
const pages = await run('node', ['scripts/build-pages.mjs']);
if (pages !== 0) process.exit(pages);
process.exit(await run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]));
