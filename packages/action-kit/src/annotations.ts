import * as core from '@actions/core';
import { isAbsolute, relative } from 'node:path';

export interface Place {
  file?: string | undefined;
  line?: number | undefined;
  column?: number | undefined;
  title?: string | undefined;
}

/** GitHub shows annotations on workspace-relative paths; absolute ones inside the workspace are made relative. */
function properties(place: Place): core.AnnotationProperties {
  const ws = process.env['GITHUB_WORKSPACE'];
  let file = place.file;
  if (file && ws && isAbsolute(file)) {
    const rel = relative(ws, file);
    if (!rel.startsWith('..')) file = rel.split('\\').join('/');
  }
  const props: core.AnnotationProperties = {};
  if (file) props.file = file;
  if (place.line) props.startLine = place.line;
  if (place.column) props.startColumn = place.column;
  if (place.title) props.title = place.title;
  return props;
}

export const annotate = {
  error: (message: string, place: Place = {}) => core.error(message, properties(place)),
  warning: (message: string, place: Place = {}) => core.warning(message, properties(place)),
  notice: (message: string, place: Place = {}) => core.notice(message, properties(place)),
};
