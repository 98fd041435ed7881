export * from './decimal.ts';
export * from './numeral.ts';
export * from './chinese.ts';
export * from './capital.ts';
export * from './format.ts';
export * from './change.ts';
export * from './liang.ts';
