export * from './lookup.ts';
export * from './warning.ts';
export * from './check.ts';
export type { Figure } from './figures.ts';
export * from './unitShown.ts';
export * from './listing.ts';
// Proofreading plain text (lib/domain/proofread) checks totals against parts the same way.
export { checkTotals } from './totals.ts';
export { paragraphItems, type Item } from './figures.ts';
