import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  formatOf,
  parseStructured,
  readStructuredFile
} from "./chunk-L2EF6UH4.js";
import "./chunk-C6ICYTQL.js";
export {
  formatOf,
  parseStructured,
  readStructuredFile
};
