/**
 * The linear-time JSON and YAML readers (line numbers, size limits, duplicate keys named with both
 * lines) live in @mlops-actions/files, shared by every action; metrics reads through them.
 */
export { checkSize, MAX_DOCUMENT_BYTES, mib, parseDocumentText, parseJsonText, parseYamlText } from '@mlops-actions/files';

/** The largest predictions file read (128 MiB: a few million examples). */
export const MAX_PREDICTIONS_BYTES = 128 * 1024 * 1024;
