export * from './fingerprint.ts';
export * from './merge.ts';
export * from './content.ts';
export * from './header.ts';
