// What a failed import step hands the panel: its code, its figures, and the words the writer reads.
import { expect } from 'vitest';
import { problemText } from '../../../components/common/problemText.ts';
import type { ProblemParams } from '../../../lib/domain/problem.ts';
import { ImportFileError } from '../../../lib/import-files/problems.ts';

export interface Failure {
  code: string;
  params?: ProblemParams;
  words: string;
}

export async function failureOf(run: () => unknown): Promise<Failure> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportFileError);
    const { problem } = error as ImportFileError;
    return { ...problem, words: problemText(problem) };
  }
  throw new Error('expected the import step to fail');
}
