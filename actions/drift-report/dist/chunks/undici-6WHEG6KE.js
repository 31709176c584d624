import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  require_undici
} from "./chunk-CSMVBDHE.js";
import "./chunk-C6ICYTQL.js";
export default require_undici();
