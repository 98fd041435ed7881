export * from './ast.ts';
export * from './parse.ts';
export * from './render.ts';
export * from './print.ts';
export * from './refs.ts';
export type { Computed, NumberStyle, ResolvedRef } from './evaluate.ts';
export { FILTER_HINT, filterName } from './filters.ts';
export { OFFSET_HINT, parseOffset, shiftPeriodKey } from './offsets.ts';
export * from './unfilled.ts';
