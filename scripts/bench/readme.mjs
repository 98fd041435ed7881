// Writes the benchmark's figures into README.md between the bench markers (appended at the end
// the first time); nothing else in the file changes.
import { readFileSync, writeFileSync } from 'node:fs';

const BEGIN = '<!-- bench:begin -->';
const END = '<!-- bench:end -->';

const cell = (text) => String(text).replace(/\|/g, '\\|');

export function section({ figures, machine, smoke, runs, sizes, date }) {
  const rows = figures.map((f) => `| ${cell(f.name.trim())} | ${cell(f.shown)} | ${cell(f.budget || '—')} | ${f.verdict === 'OVER' ? '**OVER**' : f.verdict || ''} |`);
  return [
    BEGIN,
    '## 性能基准 · Benchmarks',
    '',
    `\`npm run bench\` (full sizes; \`-- --smoke\` for a quick check, \`-- --write-readme\` to refresh this section) ` +
      `loads the built extension into headless Chromium, opens the real side panel as a toolbar click does, and prints one line per figure. ` +
      `It asserts nothing: a figure over its budget is marked OVER.`,
    '',
    `Measured ${date}${smoke ? ' (smoke sizes — not comparable with the budgets)' : ''}: ${sizes.snippets.toLocaleString('en-US')} generated snippets, ` +
      `${sizes.metrics.toLocaleString('en-US')} metrics × ${sizes.periods} periods, ${runs} runs (median, min, max; p95 where the budget is a p95). ` +
      `Machine: ${machine}. This machine is shared with other jobs (see the load average): expect lower figures on an idle one, and runs that differ by tens of per cent — ` +
      `the browser's own floors move with the rest, so read each figure beside the floor measured in the same run.`,
    '',
    '| Figure | Measured | Budget / floor | |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    'How each is measured: panel open = CDP `Extensions.triggerAction` → the frame after the snippet list and the search box are in the DOM ' +
      '(a script added to the panel through CDP before its document starts). The panel paints its first screen (16 rows) read through the ' +
      '`orderKey` index by a script in the page\'s head, then loads Dexie and zod and reads the whole library in chunks: "whole library in the list" is when the list stands for all of it. Floors: ' +
      'the same database opened in an extension page with `getAll` of the same stores, and a plain side panel (a search box and 16 static ' +
      'rows, no script, from a fixture extension) opened the same way — what the browser itself needs to show a panel. Keystroke = set the search box value and dispatch `input` in the panel page → first DOM change ' +
      'under `<main>` (MutationObserver) and → the next frame (requestAnimationFrame + task), typed 10 times over in one panel once its background warm-up is done (its thread idle for two seconds); ' +
      'the first keystroke right after an open lands while the library and the panel\'s later modules are still loading, so it is held to RAIL\'s 50 ms for handling input rather than to the search budget. "SearchIndex.search alone" times the call itself ' +
      'in the panel realm, on the same library. Insert = click on 插入 in the panel → a MutationObserver in the web page sees the end of the ' +
      'text (absolute clocks of both processes); the first insert of a panel, which injects the insertion script, is not counted. Import = ' +
      '`importReport` on an original generated report in an extension page. Content script = trace `EvaluateScript` of the static ' +
      'content script in each frame of a page with 20 iframes. Sizes come from the built files (gzip -9; initial load = the chunks ' +
      '`sidepanel.html` loads and their static imports). Proofread = `proofread` on the first 20,000 characters of the clean corpus ' +
      '(tests/fixtures/proofread-clean) in an extension page, beside one regular-expression pass over the same text; the page\'s first call is noted apart' +
      ' Report = a generated report of 40 parts (8 numbered parts of 4 sub-parts, snippets of the library with their slots filled from the metrics, free text) ' +
      'rendered as the report view renders it on every edit (`reportResolver` and `renderReport`, with the metric lookup the view keeps until the metrics change; building that lookup is timed apart), beside the outline walked with its raw text split into lines; ' +
      'and exported with `reportDocx`, beside the same lines as plain paragraphs through the same docx package.' +
      ' Each measure is one module of `scripts/bench/measures/`, run in the order its `index.mjs` lists.',
    END,
  ].join('\n');
}

export function writeReadme(path, input) {
  const current = readFileSync(path, 'utf8');
  const block = section(input);
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const next =
    start !== -1 && end > start
      ? current.slice(0, start) + block + current.slice(end + END.length)
      : `${current.replace(/\s*$/, '')}\n\n${block}\n`;
  writeFileSync(path, next);
}
