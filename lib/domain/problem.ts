// What lib hands the panel instead of a sentence: a code, and the figures and names the words need.
// The words live in locales/ under `problem.<code>` and are made in one place
// (components/common/problemText.ts), so the English panel never shows Chinese and no sentence is
// spliced from halves in two places. tests/unit/i18n/problemCodes.test.ts checks every code has
// words in both languages.

export type ProblemParams = Readonly<Record<string, string | number>>;

export interface Problem<Code extends string = string> {
  readonly code: Code;
  readonly params?: ProblemParams;
}

/** An error that carries a Problem across a throw (or a worker's message) without any words. */
export class ProblemError<Code extends string = string> extends Error {
  override readonly name = 'ProblemError';
  constructor(readonly problem: Problem<Code>) {
    super(problem.code);
  }
}

export const problem = <Code extends string>(code: Code, params?: ProblemParams): Problem<Code> => (params ? { code, params } : { code });
