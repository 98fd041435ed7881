export * from './format.ts';
export * from './read.ts';
export * from './export.ts';
export * from './restore.ts';
export * from './pack.ts';
export * from './packImport.ts';
export * from './packFile.ts';
