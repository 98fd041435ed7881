export * from './match.ts';
export * from './pinyinKeys.ts';
export * from './searchIndex.ts';
