export { writeFileAtomic, writeJsonAtomic, removeQuietly, makeFolders } from './atomic.ts';
export { checkOutputPath, fsReadError, fsWriteError, type OutputTarget } from './write-errors.ts';
export { resolveInside, toPosixRelative, isInside } from './paths.ts';
export { formatOf, parseStructured, readStructuredFile, type StructuredDocument, type StructuredFormat } from './structured.ts';
export { checkSize, MAX_DOCUMENT_BYTES, mib, parseDocumentText, parseJsonText, parseYamlText } from './document.ts';
export { sha256File, sha256Stream, sha256Bytes, hashingStream, type Sha256Result } from './sha256.ts';
