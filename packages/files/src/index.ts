export { writeFileAtomic, writeJsonAtomic, removeQuietly } from './atomic.ts';
export { resolveInside, toPosixRelative, isInside } from './paths.ts';
export { parseStructured, readStructuredFile, type StructuredDocument, type StructuredFormat } from './structured.ts';
