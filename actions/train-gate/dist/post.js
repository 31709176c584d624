import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import{a as t,c as e}from"./chunks/chunk-AT2GWMHO.js";await e(async()=>{throw new t("train-gate post step is not implemented yet (issue #7)")});
