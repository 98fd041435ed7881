export * from './schema.ts';
export * from './edit.ts';
export * from './parts.ts';
export * from './blocks.ts';
export { findPath, walkParts, depthOf, type PartPath } from './tree.ts';
export * from './numbering.ts';
export * from './count.ts';
export * from './render.ts';
export * from './outlines.ts';
