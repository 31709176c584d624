import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import{a}from"./chunk-ETTTBOPD.js";import"./chunk-ND55ECLP.js";export default a();
