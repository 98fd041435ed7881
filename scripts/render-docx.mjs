// `node scripts/render-docx.mjs [file.docx] [--out dir]`: renders a .docx the way a reader sees it —
// LibreOffice headless to PDF, then poppler's pdftoppm to one PNG per page at 60 dpi — so the
// report export (lib/export/reportDocx.ts) can be looked at, not only read back as XML. Without a
// file it renders the sample report (tests/unit/export/sampleReport.ts), with --long the long one
// made for the page-break checks (tests/unit/export/longReport.ts), with --long-end the report whose
// long last paragraph ends a page (the 落款 must not stand alone after it). Output goes to
// artifacts/render/ unless --out says otherwise.
//
// Needs Debian's libreoffice-writer-nogui and poppler-utils (apt-get install -y
// --no-install-recommends libreoffice-writer-nogui poppler-utils). The GB/T 9704 faces (仿宋_GB2312,
// 方正小标宋简体, 楷体_GB2312, 黑体) are not free; when fonts-arphic-gbsn00lp, fonts-arphic-gkai00mp and
// fonts-wqy-microhei are installed, a private fontconfig file stands them in (Song for 仿宋 and the
// title, Kai for 楷体, a sans for 黑体), so each level still shows in its own kind of face.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const outDir = resolve(outAt >= 0 ? args[outAt + 1] : 'artifacts/render');
const input = args.find((a, i) => !a.startsWith('--') && (outAt < 0 || i !== outAt + 1));
const long = args.includes('--long');
const longEnd = args.includes('--long-end');

const office = ['soffice', 'libreoffice'].find((cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0);
if (!office) fail('LibreOffice is not installed: apt-get install -y --no-install-recommends libreoffice-writer-nogui');
if (spawnSync('sh', ['-c', 'command -v pdftoppm']).status !== 0) fail('pdftoppm is not installed: apt-get install -y poppler-utils');

mkdirSync(outDir, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'render-docx-'));
try {
  const docx = input ? resolve(input) : await sampleDocx(work);
  const name = basename(docx, '.docx');
  for (const old of readdirSync(outDir)) if (old.startsWith(`${name}-`) && old.endsWith('.png')) rmSync(join(outDir, old));

  const env = { ...process.env, FONTCONFIG_FILE: fontconfig(work), HOME: work };
  const started = performance.now();
  // A profile of its own, so a LibreOffice the user has open does not take the job.
  await time('docx → pdf', () =>
    run(office, ['--headless', `-env:UserInstallation=file://${join(work, 'profile')}`, '--convert-to', 'pdf', '--outdir', outDir, docx], env),
  );
  const pdf = join(outDir, `${name}.pdf`);
  await time('pdf → png', () => run('pdftoppm', ['-png', '-r', '60', pdf, join(outDir, name)], env));
  const pages = readdirSync(outDir).filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'));
  console.log(`${pages.length} page(s) in ${outDir}: ${pages.join(', ')}  (${Math.round(performance.now() - started)} ms in all)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** The sample report built with the real export code, bundled by esbuild for Node. */
async function sampleDocx(dir) {
  const name = longEnd ? 'long-end-report' : long ? 'long-report' : 'sample-report';
  const entry = join(dir, 'sample-entry.ts');
  const root = resolve('.');
  writeFileSync(
    entry,
    [
      `import { writeFileSync } from 'node:fs';`,
      `import { reportDocx } from ${JSON.stringify(join(root, 'lib/export/reportDocx.ts'))};`,
      longEnd
        ? `import { longEndDocument as sampleDocument } from ${JSON.stringify(join(root, 'tests/unit/export/longReport.ts'))};`
        : long
        ? `import { longDocument as sampleDocument } from ${JSON.stringify(join(root, 'tests/unit/export/longReport.ts'))};`
        : `import { sampleDocument } from ${JSON.stringify(join(root, 'tests/unit/export/sampleReport.ts'))};`,
      `writeFileSync(${JSON.stringify(join(dir, `${name}.docx`))}, await reportDocx(sampleDocument()));`,
    ].join('\n'),
  );
  const bundle = join(dir, 'sample-entry.mjs');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error', absWorkingDir: root, nodePaths: [join(root, 'node_modules')] });
  await time('build sample .docx', () => import(bundle));
  return join(dir, `${name}.docx`);
}

/** System fonts plus stand-ins for the GB/T 9704 faces, where the free lookalikes are installed. */
function fontconfig(dir) {
  const installed = (family) => spawnSync('fc-list', [family, 'family'], { encoding: 'utf8' }).stdout.trim() !== '';
  const standIns = [
    [['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '方正小标宋简体', '宋体', 'SimSun'], 'AR PL SungtiL GB'],
    [['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi'], 'AR PL KaitiM GB'],
    [['黑体', 'SimHei'], 'WenQuanYi Micro Hei'],
  ].filter(([, font]) => installed(font));
  const aliases = standIns.flatMap(([names, font]) =>
    names.map((n) => `  <alias binding="same"><family>${n}</family><prefer><family>${font}</family></prefer></alias>`),
  );
  const file = join(dir, 'fonts.conf');
  writeFileSync(file, ['<?xml version="1.0"?>', '<fontconfig>', '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>', ...aliases, '</fontconfig>', ''].join('\n'));
  console.log(standIns.length ? `stand-in faces: ${standIns.map(([n, f]) => `${n[0]}… → ${f}`).join('; ')}` : 'no stand-in faces installed: fontconfig picks any CJK face');
  return file;
}

function run(command, argv, env) {
  const result = spawnSync(command, argv, { env, encoding: 'utf8' });
  if (result.status !== 0) fail(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  return result;
}

async function time(label, task) {
  const started = performance.now();
  const result = await task();
  console.log(`${label}: ${Math.round(performance.now() - started)} ms`);
  return result;
}

function fail(message) {
  console.error(message);
  process.exit(1);
}

