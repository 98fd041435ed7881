// pinyinKeys is not re-exported: it pulls in the pinyin dictionary, which the panel loads on its
// own after first paint (see components/hooks/useSearch.ts).
export * from './excerpt.ts';
export * from './match.ts';
export { defaultOrderKey } from './order.ts';
export type { PinyinKeys } from './pinyinKeys.ts';
export * from './priming.ts';
export * from './queryScript.ts';
export * from './searchIndex.ts';
export * from './sort.ts';
