export * from './lookup.ts';
export * from './warning.ts';
export * from './check.ts';
export type { Figure } from './figures.ts';
export * from './unitShown.ts';
export * from './listing.ts';
