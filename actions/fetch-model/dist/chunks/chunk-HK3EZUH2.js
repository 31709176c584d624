import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-C6ICYTQL.js";

// node_modules/@mlops-actions/errors/src/index.ts
var UserError = class extends Error {
  static {
    __name(this, "UserError");
  }
  file;
  line;
  column;
  input;
  key;
  fix;
  constructor(message, details = {}) {
    super(composeMessage(message, details), details.cause === void 0 ? void 0 : { cause: details.cause });
    this.name = "UserError";
    this.file = details.file;
    this.line = details.line;
    this.column = details.column;
    this.input = details.input;
    this.key = details.key;
    this.fix = details.fix;
  }
};
function composeMessage(message, d) {
  const where = [];
  if (d.input) where.push(`input '${d.input}'`);
  if (d.file) where.push(d.line ? `${d.file}:${d.line}${d.column ? `:${d.column}` : ""}` : d.file);
  if (d.key) where.push(`key '${d.key}'`);
  const prefix = where.length ? `${where.join(", ")}: ` : "";
  if (!d.fix) return `${prefix}${message}`;
  const sentence = /[.!?]$/.test(message) ? message : `${message}.`;
  return `${prefix}${sentence} ${/[.!?]$/.test(d.fix) ? d.fix : `${d.fix}.`}`;
}
__name(composeMessage, "composeMessage");
function isUserError(e) {
  return e instanceof UserError || e instanceof Error && e.name === "UserError";
}
__name(isUserError, "isUserError");
function messageOf(e) {
  if (e instanceof Error) return e.message;
  return String(e);
}
__name(messageOf, "messageOf");

export {
  UserError,
  isUserError,
  messageOf
};
