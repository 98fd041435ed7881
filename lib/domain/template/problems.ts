// What the template language can say is wrong, as codes (lib/domain/problem.ts): syntax errors
// while parsing, and values that cannot be computed or written while rendering. The words are in
// locales/ under `problem.template.*`; template keywords a message names (去年, 千分位, 同比 …) travel
// as params, since they are the language itself and read the same in every panel language.
import { type Problem, problem } from '../problem.ts';

export const TEMPLATE_PROBLEM_CODES = [
  // Syntax: a slot or its name.
  'template.unclosedSlot',
  'template.emptyName',
  'template.nameBadCharacter',
  'template.twoOffsets',
  'template.unknownOffset',
  'template.missingFilter',
  'template.unknownFilter',
  'template.tooManyPlaces',
  // Syntax: a computed expression.
  'template.emptyExpression',
  'template.expressionTooLong',
  'template.nestedTooDeep',
  'template.incompleteExpression',
  'template.missingParen',
  'template.unexpectedToken',
  'template.extraToken',
  'template.missingOffsetAfterAt',
  'template.unknownOffsetAfterAt',
  'template.unknownFunction',
  'template.nestedComparison',
  'template.unclosedCall',
  'template.argumentsYearOnYear',
  'template.argumentsPeriodOnPeriod',
  'template.argumentsShare',
  'template.argumentsSum',
  'template.unclosedQuote',
  'template.extraQuoteClose',
  // Syntax: choices, optional parts and other snippets.
  'template.choiceTooFew',
  'template.emptyChoice',
  'template.optionalNoColon',
  'template.optionalNested',
  'template.emptyOptional',
  // Values: what rendering cannot compute or write.
  'template.badReportPeriod',
  'template.invalidValue',
  'template.divideByZero',
  'template.shareOfZero',
  'template.yearOnYearZeroBase',
  'template.periodOnPeriodZeroBase',
  'template.textInArithmetic',
  'template.outOfRange',
  'template.textWithFilter',
  'template.showsAsZero',
  'template.showsAsZeroScaled',
  'template.percentAsMoney',
  'template.percentScaled',
  'template.moneyScaled',
  // Another snippet put inside this one.
  'template.unknownSnippet',
  'template.includeCycle',
  'template.includeTooDeep',
] as const;

export type TemplateProblemCode = (typeof TEMPLATE_PROBLEM_CODES)[number];
export type TemplateProblem = Problem<TemplateProblemCode>;

export const templateProblem = (code: TemplateProblemCode, params?: Problem['params']): TemplateProblem => problem(code, params);
