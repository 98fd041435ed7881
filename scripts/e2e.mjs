// Builds the extension, then runs the real-browser e2e suite. Extra arguments go to vitest.
import { run } from './lib/run.mjs';

const build = await run('npx', ['wxt', 'build']);
if (build !== 0) process.exit(build);
process.exit(await run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]));
