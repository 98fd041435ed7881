// The bench's command line (see scripts/bench.mjs): how many runs, and the library's sizes.

export function readOptions(argv) {
  const smoke = argv.includes('--smoke');
  const runsArg = argv.indexOf('--runs');
  return {
    smoke,
    runs: runsArg !== -1 ? Math.max(1, Number(argv[runsArg + 1])) : smoke ? 2 : 5,
    sizes: smoke
      ? { snippets: 300, metrics: 60, periods: 5, importChars: 10_000, searchReps: 1, indexReps: 3, renderSnippets: 100 }
      : { snippets: 10_000, metrics: 2_000, periods: 5, importChars: 100_000, searchReps: 10, indexReps: 20, renderSnippets: 1_000 },
    prebuilt: argv.includes('--prebuilt'),
    /** `--only search,insert`: just those measures (names in scripts/bench/measures). */
    only: argv.includes('--only') ? argv[argv.indexOf('--only') + 1].split(',') : null,
    profile: argv.includes('--profile'),
    writeReadme: argv.includes('--write-readme'),
    outDir: process.env.DRAFTER_OUT_DIR || '.output-bench',
  };
}
