export * from './styles.ts';
export * from './numerals.ts';
export * from './circled.ts';
export * from './parse.ts';
export * from './render.ts';
export * from './inline.ts';
