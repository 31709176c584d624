import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  formatOf,
  parseStructured,
  readStructuredFile
} from "./chunk-2UW3Y2ZL.js";
export {
  formatOf,
  parseStructured,
  readStructuredFile
};
