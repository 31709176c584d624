import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  formatOf,
  parseStructured,
  readStructuredFile
} from "./chunk-OX5QIC4H.js";
import "./chunk-C6ICYTQL.js";
export {
  formatOf,
  parseStructured,
  readStructuredFile
};
