// A schema's refusal as a Problem (problem.ts), so the panel can say it in the user's language.
// The refusals this project words itself carry a code as the zod issue's message
// ('schema.titleEmpty' here, 'backup.unknownMetric' in lib/db's file checks). Any other message is
// zod's own English, and the issue is named by its kind instead (too long, wrong type…), with the
// figures the words need. Types only from zod: lib/db/writeFailure.ts uses this before zod loads.
import type { z } from 'zod';
import { problem, type Problem } from './problem.ts';

/** The codes the schemas in schemas.ts give their own refusals, as the issue's message. */
export const SCHEMA_MESSAGES = {
  titleEmpty: 'schema.titleEmpty',
  nameEmpty: 'schema.nameEmpty',
  nameTooLong: 'schema.nameTooLong',
  nameSyntax: 'schema.nameSyntax',
  periodFormat: 'schema.periodFormat',
} as const;

/** zod's own refusals, by kind. */
const ISSUE_CODES = [
  'schema.invalid',
  'schema.invalidType',
  'schema.invalidValue',
  'schema.invalidFormat',
  'schema.empty',
  'schema.tooShort',
  'schema.tooLong',
  'schema.tooFew',
  'schema.tooMany',
  'schema.tooSmall',
  'schema.tooLarge',
  'schema.mustExceed',
  'schema.mustBeBelow',
] as const;

export const SCHEMA_CODES = [...Object.values(SCHEMA_MESSAGES), ...ISSUE_CODES] as const;

/** A problem at a place in a checked value: snippets[3].title ('' for the value as a whole). */
export interface PlacedProblem extends Problem {
  readonly path: string;
}

type Issue = z.core.$ZodIssue;

/** A message that is a code; zod's own messages are English sentences and never look like one. */
const MESSAGE_CODE = /^[a-z]+\.[A-Za-z]+$/;

export function issueProblem(issue: Issue): Problem {
  if (MESSAGE_CODE.test(issue.message)) return problem(issue.message, limit(issue));
  switch (issue.code) {
    case 'invalid_type':
      return problem('schema.invalidType', { expected: issue.expected });
    case 'invalid_value':
      return problem('schema.invalidValue', { expected: issue.values.map(String).join(' | ') });
    case 'invalid_format':
      return problem('schema.invalidFormat');
    case 'too_small':
      return problem(tooSmall(issue), limit(issue));
    case 'too_big':
      return problem(tooBig(issue), limit(issue));
    default:
      return problem('schema.invalid');
  }
}

/** Every issue of a failed check, each with where it is. */
export function placedProblems(issues: readonly Issue[]): PlacedProblem[] {
  return issues.map((issue) => ({ ...issueProblem(issue), path: issuePath(issue.path) }));
}

/** The JSON path of a zod issue, as in snippets[3].title; '' for the value as a whole. */
export function issuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

const SIZED = new Set(['array', 'set', 'map']);

function tooSmall(issue: z.core.$ZodIssueTooSmall): (typeof ISSUE_CODES)[number] {
  if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'schema.empty' : 'schema.tooShort';
  if (SIZED.has(issue.origin)) return 'schema.tooFew';
  return issue.inclusive === false ? 'schema.mustExceed' : 'schema.tooSmall';
}

function tooBig(issue: z.core.$ZodIssueTooBig): (typeof ISSUE_CODES)[number] {
  if (issue.origin === 'string') return 'schema.tooLong';
  if (SIZED.has(issue.origin)) return 'schema.tooMany';
  return issue.inclusive === false ? 'schema.mustBeBelow' : 'schema.tooLarge';
}

/** The bound a size refusal names (名称最多 60 个字). */
function limit(issue: Issue): Problem['params'] {
  if (issue.code === 'too_big') return { maximum: Number(issue.maximum) };
  if (issue.code === 'too_small') return { minimum: Number(issue.minimum) };
  return undefined;
}
