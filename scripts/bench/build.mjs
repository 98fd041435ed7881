// Builds what the benchmarks need: the extension (into DRAFTER_OUT_DIR, default .output-bench,
// unless a prebuilt folder is given) and the domain bundle (scripts/bench/realm-entry.mjs) twice:
// as an ES module for node and as a script that defines globalThis.__bench in the browser.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

export async function buildExtension(outDir, { prebuilt = false } = {}) {
  const extensionDir = resolve(outDir, 'chrome-mv3');
  if (!prebuilt) {
    // Quiet unless it fails (Vite's large-chunk warning is one of the figures below anyway).
    const result = spawnSync('npx', ['wxt', 'build'], { env: { ...process.env, DRAFTER_OUT_DIR: outDir }, encoding: 'utf8', shell: process.platform === 'win32' });
    if (result.status !== 0) throw new Error(`wxt build failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no built extension in ${extensionDir}`);
  return extensionDir;
}

export async function buildRealm(outDir) {
  const dir = resolve(outDir, 'bench');
  mkdirSync(dir, { recursive: true });
  const common = {
    entryPoints: ['scripts/bench/realm-entry.mjs'],
    bundle: true,
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  };
  await build({ ...common, outfile: join(dir, 'realm.mjs'), format: 'esm', platform: 'node' });
  await build({ ...common, outfile: join(dir, 'realm.js'), format: 'iife', globalName: '__bench', target: 'chrome120' });
  return { node: join(dir, 'realm.mjs'), browser: join(dir, 'realm.js') };
}
