import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import{a as t,b as n,c as s}from"./chunks/chunk-AT2GWMHO.js";await s(async()=>{let e=new n;throw new t("train-gate is not implemented yet (issue #7); this step does nothing so far")});
