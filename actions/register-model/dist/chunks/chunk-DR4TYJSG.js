import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  checkOutputPath,
  fsReadError,
  fsWriteError
} from "./chunk-VGXBTMER.js";
import {
  UserError,
  messageOf
} from "./chunk-HK3EZUH2.js";
import {
  __commonJS,
  __name,
  __toESM
} from "./chunk-C6ICYTQL.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = /* @__PURE__ */ __name((code2) => {
      return code2 === CHAR_FORWARD_SLASH || code2 === CHAR_BACKWARD_SLASH;
    }, "isPathSeparator");
    var depth = /* @__PURE__ */ __name((token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    }, "depth");
    var scan = /* @__PURE__ */ __name((input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code2;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = /* @__PURE__ */ __name(() => index >= length, "eos");
      const peek = /* @__PURE__ */ __name(() => str.charCodeAt(index + 1), "peek");
      const advance = /* @__PURE__ */ __name(() => {
        prev = code2;
        return str.charCodeAt(++index);
      }, "advance");
      while (index < length) {
        code2 = advance();
        let next;
        if (code2 === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code2 = advance();
          if (code2 === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code2 === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code2 = advance())) {
            if (code2 === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code2 === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code2 === CHAR_DOT && (code2 = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code2 === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code2 === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code2 === CHAR_PLUS || code2 === CHAR_AT || code2 === CHAR_ASTERISK || code2 === CHAR_QUESTION_MARK || code2 === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code2 === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code2 = advance())) {
                if (code2 === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code2 === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code2 === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code2 === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code2 === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code2 === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code2 = advance())) {
              if (code2 === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code2 === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code2 === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob) glob = utils.removeBackslashes(glob);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code2)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    }, "scan");
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = /* @__PURE__ */ __name((args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    }, "expandRange");
    var syntaxError = /* @__PURE__ */ __name((type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    }, "syntaxError");
    var splitTopLevel = /* @__PURE__ */ __name((input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    }, "splitTopLevel");
    var isPlainBranch = /* @__PURE__ */ __name((branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    }, "isPlainBranch");
    var normalizeSimpleBranch = /* @__PURE__ */ __name((branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    }, "normalizeSimpleBranch");
    var hasRepeatedCharPrefixOverlap = /* @__PURE__ */ __name((branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    }, "hasRepeatedCharPrefixOverlap");
    var parseRepeatedExtglob = /* @__PURE__ */ __name((pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    }, "parseRepeatedExtglob");
    var buildCharClassStar = /* @__PURE__ */ __name((chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    }, "buildCharClassStar");
    var getStarExtglobSequenceChars = /* @__PURE__ */ __name((pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    }, "getStarExtglobSequenceChars");
    var repeatedExtglobRecursion = /* @__PURE__ */ __name((pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    }, "repeatedExtglobRecursion");
    var analyzeRepeatedExtglob = /* @__PURE__ */ __name((body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    }, "analyzeRepeatedExtglob");
    var parse = /* @__PURE__ */ __name((input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = /* @__PURE__ */ __name((opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      }, "globstar");
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = /* @__PURE__ */ __name(() => state.index === len - 1, "eos");
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = /* @__PURE__ */ __name(() => input.slice(state.index + 1), "remaining");
      const consume = /* @__PURE__ */ __name((value2 = "", num2 = 0) => {
        state.consumed += value2;
        state.index += num2;
      }, "consume");
      const append = /* @__PURE__ */ __name((token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      }, "append");
      const negate = /* @__PURE__ */ __name(() => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      }, "negate");
      const increment = /* @__PURE__ */ __name((type) => {
        state[type]++;
        stack.push(type);
      }, "increment");
      const decrement = /* @__PURE__ */ __name((type) => {
        state[type]--;
        stack.pop();
      }, "decrement");
      const push = /* @__PURE__ */ __name((tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      }, "push");
      const extglobOpen = /* @__PURE__ */ __name((type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      }, "extglobOpen");
      const extglobClose = /* @__PURE__ */ __name((token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      }, "extglobClose");
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix2 = POSIX_REGEX_SOURCE[rest2];
                if (posix2) {
                  prev.value = pre + posix2;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    }, "parse");
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = /* @__PURE__ */ __name((opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      }, "globstar");
      const create = /* @__PURE__ */ __name((str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      }, "create");
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject = /* @__PURE__ */ __name((val) => val && typeof val === "object" && !Array.isArray(val), "isObject");
    var picomatch2 = /* @__PURE__ */ __name((glob, options, returnState = false) => {
      if (Array.isArray(glob)) {
        const fns = glob.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = /* @__PURE__ */ __name((str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        }, "arrayMatcher");
        return arrayMatcher;
      }
      const isState = isObject(glob) && glob.tokens && glob.input;
      if (glob === "" || typeof glob !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = /* @__PURE__ */ __name(() => false, "isIgnored");
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = /* @__PURE__ */ __name((input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex, options, { glob, posix: posix2 });
        const result = { glob, state, regex, posix: posix2, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      }, "matcher");
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    }, "picomatch");
    picomatch2.test = (input, regex, options, { glob, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex, options, posix2);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch2.scan = (input, options) => scan(input, options);
    picomatch2.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch2.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch2.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch2.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch2.constants = constants;
    module.exports = picomatch2;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch2(glob, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob, options, returnState);
    }
    __name(picomatch2, "picomatch");
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/@mlops-actions/files/src/atomic.ts
import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
async function writeFileAtomic(path, data, target = {}) {
  checkOutputPath(path, target);
  try {
    await makeFolders(dirname(path));
  } catch (e) {
    throw fsWriteError(e, path, target);
  }
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await removeQuietly(tmp);
    throw fsWriteError(e, path, target);
  }
}
__name(writeFileAtomic, "writeFileAtomic");
async function makeFolders(dir) {
  const missing = [];
  for (let d = dir; ; d = dirname(d)) {
    try {
      const st = await stat(d);
      if (d === dir && !st.isDirectory()) {
        throw Object.assign(new Error(`EEXIST: file already exists, mkdir '${dir}'`), {
          code: "EEXIST",
          errno: -17,
          syscall: "mkdir",
          path: dir
        });
      }
      break;
    } catch (e) {
      if (e.code !== "ENOENT" || dirname(d) === d) throw e;
      missing.push(d);
    }
  }
  let first;
  for (const d of missing.reverse()) {
    try {
      await mkdir(d);
      first ??= d;
    } catch (e) {
      if (e.code !== "EEXIST") throw e;
    }
  }
  return first;
}
__name(makeFolders, "makeFolders");
async function writeJsonAtomic(path, value, target = {}) {
  await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}
`, target);
}
__name(writeJsonAtomic, "writeJsonAtomic");
async function removeQuietly(path) {
  await rm(path, { force: true, recursive: true }).catch(() => void 0);
}
__name(removeQuietly, "removeQuietly");

// node_modules/@mlops-actions/files/src/paths.ts
import { isAbsolute, relative, resolve, sep } from "node:path";
function isInside(root, candidate) {
  const rel = relative(root, candidate);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
__name(isInside, "isInside");
function resolveInside(root, p, what = {}) {
  const abs = resolve(root, p);
  if (!isInside(root, abs)) {
    throw new UserError(`'${p}' leads outside the workspace`, {
      ...what,
      fix: "Use a path inside the workspace (GITHUB_WORKSPACE)"
    });
  }
  return abs;
}
__name(resolveInside, "resolveInside");
function toPosixRelative(root, abs) {
  const rel = relative(root, abs);
  return sep === "/" ? rel : rel.split(sep).join("/");
}
__name(toPosixRelative, "toPosixRelative");

// node_modules/@mlops-actions/files/src/sha256.ts
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { Transform } from "node:stream";
var CHUNK = 1 << 20;
function sha256File(path) {
  return sha256Stream(createReadStream(path, { highWaterMark: CHUNK }));
}
__name(sha256File, "sha256File");
async function sha256Stream(source) {
  const h = createHash("sha256");
  let size = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    h.update(bytes);
    size += bytes.length;
  }
  return { sha256: h.digest("hex"), size };
}
__name(sha256Stream, "sha256Stream");
function sha256Bytes(data) {
  return createHash("sha256").update(data).digest("hex");
}
__name(sha256Bytes, "sha256Bytes");
function hashingStream() {
  const h = createHash("sha256");
  let size = 0;
  const stream = new Transform({
    transform(chunk, _enc, cb) {
      h.update(chunk);
      size += chunk.length;
      cb(null, chunk);
    }
  });
  return { stream, result: /* @__PURE__ */ __name(() => ({ sha256: h.digest("hex"), size }), "result") };
}
__name(hashingStream, "hashingStream");

// node_modules/@mlops-actions/hashing/src/manifest.ts
import { readFile } from "node:fs/promises";

// node_modules/@mlops-actions/hashing/src/listing.ts
import { createHash as createHash2 } from "node:crypto";
var ALGORITHMS = ["sha256", "sha512", "sha1", "md5"];
var HEX_LENGTH = { sha256: 64, sha512: 128, sha1: 40, md5: 32 };
function isAlgorithm(s) {
  return typeof s === "string" && ALGORITHMS.includes(s);
}
__name(isAlgorithm, "isAlgorithm");
var PROBLEMATIC = /[\\\n\r]/;
function coreutilsLine(digest, path) {
  if (!PROBLEMATIC.test(path)) return `${digest}  ${path}
`;
  return `\\${digest}  ${path.replace(/[\\\n\r]/g, (c) => c === "\\" ? "\\\\" : c === "\n" ? "\\n" : "\\r")}
`;
}
__name(coreutilsLine, "coreutilsLine");
function compareBytewise(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}
__name(compareBytewise, "compareBytewise");
function codePointRank(unit) {
  if (unit >= 55296 && unit <= 57343) return unit + 8192;
  if (unit >= 57344) return unit - 2048;
  return unit;
}
__name(codePointRank, "codePointRank");
var SURROGATE = /[\uD800-\uDFFF]/;
function bytewiseOrder(paths) {
  const n = paths.length;
  const order = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let astral = false;
  for (let i = 0; i < n && !astral; i++) astral = SURROGATE.test(paths[i]);
  if (astral) return order.sort((a, b) => compareBytewise(paths[a], paths[b]));
  let sorted = true;
  for (let i = 1; i < n && sorted; i++) sorted = paths[i - 1] < paths[i];
  if (!sorted) order.sort((a, b) => paths[a] < paths[b] ? -1 : paths[a] > paths[b] ? 1 : 0);
  return order;
}
__name(bytewiseOrder, "bytewiseOrder");
function digestListing(entries, algorithm = "sha256") {
  const h = createHash2(algorithm);
  const SLICE = 512;
  for (let i = 0; i < entries.length; i += SLICE) {
    let text = "";
    const end = Math.min(entries.length, i + SLICE);
    for (let j = i; j < end; j++) text += coreutilsLine(entries[j].digest, entries[j].path);
    h.update(text, "utf8");
  }
  return h.digest("hex");
}
__name(digestListing, "digestListing");
function quotePath(p) {
  return `'${p.replace(/[\\\n\r]/g, (c) => c === "\\" ? "\\\\" : c === "\n" ? "\\n" : "\\r")}'`;
}
__name(quotePath, "quotePath");

// node_modules/@mlops-actions/hashing/src/manifest.ts
var MANIFEST_FORMAT = "mlops-actions/data-manifest@1";
var PARTIAL_MANIFEST_FORMAT = "mlops-actions/data-manifest-part@1";
function formatHash(algorithm, hex) {
  return `${algorithm}:${hex}`;
}
__name(formatHash, "formatHash");
function buildManifest(algorithm, entries, selection, listingDigest) {
  let bytes = 0;
  for (const e of entries) bytes += e.size;
  return {
    format: MANIFEST_FORMAT,
    algorithm,
    hash: formatHash(algorithm, listingDigest ?? digestListing(entries, algorithm)),
    files: entries.length,
    bytes,
    ...selection ? { selection } : {},
    entries
  };
}
__name(buildManifest, "buildManifest");
async function readManifest(path, displayPath2 = path, o = {}) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code2 = e.code;
    if (code2 === "ENOENT" || code2 === "ENOTDIR") {
      throw new UserError("manifest not found", {
        file: displayPath2,
        fix: "Check the path; it must be a manifest written by data-hash (e.g. restored from a cache or an artifact)"
      });
    }
    const err = fsReadError(e, displayPath2, { what: "manifest", fix: void 0 });
    if (err !== e) throw err;
    throw new UserError(`cannot read the manifest (${code2 ?? messageOf(e)})`, { file: displayPath2 });
  }
  try {
    return parseManifest(text, displayPath2, o);
  } catch (e) {
    const withLine = e instanceof UserError ? syntaxErrors.get(e) : void 0;
    const line = withLine && await yamlErrorLine(text);
    throw line ? withLine(line) : e;
  }
}
__name(readManifest, "readManifest");
var syntaxErrors = /* @__PURE__ */ new WeakMap();
async function yamlErrorLine(text) {
  const { parseStructured: parseStructured2 } = await import("./structured-GWTMYC3W.js");
  try {
    parseStructured2(text, "manifest");
  } catch (ye) {
    if (ye instanceof UserError && ye.line) return ye.line;
  }
  return void 0;
}
__name(yamlErrorLine, "yamlErrorLine");
function parseManifest(text, displayPath2, o = {}) {
  const notManifest = /* @__PURE__ */ __name((why2, details2 = {}) => new UserError(`is not a data-hash manifest: ${why2}`, {
    file: displayPath2,
    ...details2,
    fix: `Point to a manifest written by data-hash (format ${MANIFEST_FORMAT})`
  }), "notManifest");
  let value;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const why2 = `invalid JSON (${messageOf(e).split("\n")[0]})`;
    const line = jsonErrorLine(text, e);
    const err = notManifest(why2, line);
    if (line.line === void 0) syntaxErrors.set(err, (at) => notManifest(why2, { line: at }));
    throw err;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) throw notManifest("the top level is not a JSON object");
  const v = value;
  const partial = v["format"] === PARTIAL_MANIFEST_FORMAT;
  if (partial && !o.partial) {
    const s = v["shard"];
    throw new UserError(
      `is the partial manifest of one shard${s && typeof s === "object" ? ` (shard ${String(s.index)} of ${String(s.count)})` : ""}, not a whole manifest`,
      {
        file: displayPath2,
        key: "format",
        fix: "Merge the partial manifests of every shard first (data-hash with mode: merge) and use the merged manifest"
      }
    );
  }
  if (v["format"] !== MANIFEST_FORMAT && !partial) {
    throw notManifest(v["format"] === void 0 ? 'it has no "format" key' : `unknown format ${JSON.stringify(v["format"])}`, {
      key: "format"
    });
  }
  const algorithm = v["algorithm"];
  if (!isAlgorithm(algorithm)) throw notManifest(`unknown algorithm ${JSON.stringify(algorithm)}`, { key: "algorithm" });
  const hexLength = HEX_LENGTH[algorithm];
  const hexRe = new RegExp(`^[0-9a-f]{${hexLength}}$`);
  const entriesRaw = v["entries"];
  if (!Array.isArray(entriesRaw)) throw notManifest('"entries" is not a list', { key: "entries" });
  const entries = new Array(entriesRaw.length);
  let bytes = 0;
  for (let i = 0; i < entriesRaw.length; i++) {
    const e = entriesRaw[i];
    const key = `entries[${i}]`;
    if (e === null || typeof e !== "object") throw notManifest("an entry is not an object", { key });
    const { path, size, digest } = e;
    if (typeof path !== "string" || path === "") throw notManifest("an entry has no path", { key: `${key}.path` });
    if (typeof size !== "number" || !Number.isSafeInteger(size) || size < 0)
      throw notManifest(`the size of ${quotePath(path)} is not a byte count`, { key: `${key}.size` });
    if (typeof digest !== "string" || !hexRe.test(digest))
      throw notManifest(`the digest of ${quotePath(path)} is not ${hexLength} hex digits (${algorithm})`, { key: `${key}.digest` });
    if (i > 0 && compareBytewise(entries[i - 1].path, path) >= 0) {
      throw notManifest(
        `the entries are not sorted by path without duplicates (${quotePath(entries[i - 1].path)} then ${quotePath(path)})`,
        { key }
      );
    }
    entries[i] = { path, size, digest };
    bytes += size;
  }
  if (v["files"] !== entries.length)
    throw notManifest(`"files" says ${JSON.stringify(v["files"])} but there are ${entries.length} entries`, { key: "files" });
  if (v["bytes"] !== bytes)
    throw notManifest(`"bytes" says ${JSON.stringify(v["bytes"])} but the entries add up to ${bytes}`, { key: "bytes" });
  const hash = formatHash(algorithm, digestListing(entries, algorithm));
  if (v["hash"] !== hash) {
    throw notManifest(`"hash" ${JSON.stringify(v["hash"])} does not match its entries (${hash}); it was edited or damaged`, {
      key: "hash"
    });
  }
  const selection = parseSelection(v["selection"]);
  const shard = partial ? parseShard(v["shard"], notManifest) : void 0;
  return {
    format: MANIFEST_FORMAT,
    algorithm,
    hash,
    files: entries.length,
    bytes,
    ...selection ? { selection } : {},
    ...shard ? { shard } : {},
    entries
  };
}
__name(parseManifest, "parseManifest");
function parseShard(s, notManifest) {
  if (s === null || typeof s !== "object") throw notManifest('a partial manifest without its "shard"', { key: "shard" });
  const o = s;
  const whole = /* @__PURE__ */ __name((k, min) => {
    const x = o[k];
    if (typeof x !== "number" || !Number.isSafeInteger(x) || x < min)
      throw notManifest(`"shard.${k}" is not a whole number`, { key: `shard.${k}` });
    return x;
  }, "whole");
  const index = whole("index", 0);
  const count = whole("count", 1);
  if (index >= count) throw notManifest(`"shard.index" ${index} is not below "shard.count" ${count}`, { key: "shard.index" });
  const selection = o["selection"];
  if (typeof selection !== "string" || !/^sha256:[0-9a-f]{64}$/.test(selection))
    throw notManifest('"shard.selection" is not a selection id', { key: "shard.selection" });
  return { index, count, selection, files: whole("files", 0), bytes: whole("bytes", 0) };
}
__name(parseShard, "parseShard");
function parseSelection(s) {
  if (s === null || typeof s !== "object") return void 0;
  const o = s;
  const strings = /* @__PURE__ */ __name((x) => Array.isArray(x) ? x.filter((y) => typeof y === "string") : [], "strings");
  return { paths: strings(o["paths"]), exclude: strings(o["exclude"]), followSymlinks: o["followSymlinks"] === true };
}
__name(parseSelection, "parseSelection");
function compareManifests(baseline, current) {
  if (baseline.algorithm !== current.algorithm) {
    throw new UserError(
      `the baseline manifest uses ${baseline.algorithm} and this run uses ${current.algorithm}, so their files cannot be compared`,
      {
        fix: `Hash with algorithm: ${baseline.algorithm}, or make a new baseline with ${current.algorithm}`
      }
    );
  }
  const added = [];
  const removed = [];
  const modified = [];
  const a = baseline.entries;
  const b = current.entries;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length) removed.push(a[i++].path);
    else if (i >= a.length) added.push(b[j++].path);
    else {
      const c = compareBytewise(a[i].path, b[j].path);
      if (c < 0) removed.push(a[i++].path);
      else if (c > 0) added.push(b[j++].path);
      else {
        if (a[i].digest !== b[j].digest || a[i].size !== b[j].size) modified.push(b[j].path);
        i++;
        j++;
      }
    }
  }
  return { changed: baseline.hash !== current.hash, added, removed, modified };
}
__name(compareManifests, "compareManifests");
function jsonErrorLine(text, e) {
  const pos = /position (\d+)/.exec(messageOf(e));
  if (pos) return { line: text.slice(0, Number(pos[1])).split("\n").length };
  return {};
}
__name(jsonErrorLine, "jsonErrorLine");

// node_modules/@mlops-actions/hashing/src/hash-paths.ts
import * as crypto2 from "node:crypto";
import * as fs2 from "node:fs";
import { isAbsolute as isAbsolute3, resolve as resolve2 } from "node:path";
import { setImmediate as yieldToLoop } from "node:timers/promises";

// node_modules/@mlops-actions/hashing/src/pool.ts
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import { availableParallelism } from "node:os";
import { sep as sep2 } from "node:path";
var FileReadError = class extends Error {
  static {
    __name(this, "FileReadError");
  }
  path;
  code;
  constructor(path, code2, message) {
    super(message);
    this.name = "FileReadError";
    this.path = path;
    this.code = code2;
  }
};
var BUFFER_SIZE = 512 * 1024;
function hashFileSync(fs3, crypto3, path, flags, buf, algorithm, withStat, meta, i) {
  const fd = fs3.openSync(path, flags);
  try {
    let size = -1;
    if (withStat) {
      const st = fs3.fstatSync(fd);
      if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      size = st.size;
      meta[i * 3 + 1] = st.mtimeMs;
      meta[i * 3 + 2] = st.ino;
    }
    let got = fs3.readSync(fd, buf, 0, buf.length, null);
    if (got < buf.length && (size === -1 || got === size)) {
      meta[i * 3] = got;
      return crypto3.hash(algorithm, buf.subarray(0, got), "hex");
    }
    if (size === -1) {
      const st = fs3.fstatSync(fd);
      if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      size = st.size;
    }
    const h = crypto3.createHash(algorithm);
    let total = 0;
    while (got > 0) {
      h.update(buf.subarray(0, got));
      total += got;
      got = fs3.readSync(fd, buf, 0, buf.length, null);
    }
    if (total !== size)
      throw Object.assign(new Error(`its size changed from ${size} to ${total} bytes while it was read`), { code: "ECHANGED" });
    meta[i * 3] = total;
    return h.digest("hex");
  } finally {
    fs3.closeSync(fd);
  }
}
__name(hashFileSync, "hashFileSync");
function statFileSync(fs3, path, noFollow, meta, i) {
  let st;
  try {
    st = noFollow ? fs3.lstatSync(path, { throwIfNoEntry: false }) : fs3.statSync(path, { throwIfNoEntry: false });
  } catch {
    st = void 0;
  }
  if (st?.isFile()) {
    meta[i * 3] = st.size;
    meta[i * 3 + 1] = st.mtimeMs;
    meta[i * 3 + 2] = st.ino;
  } else meta[i * 3] = -1;
}
__name(statFileSync, "statFileSync");
var OVERLAP_CHUNK = 1024 * 1024;
var OVERLAP_DEPTH = 4;
async function hashFileOverlapped(path, flags, algorithm, meta) {
  const fd = fs.openSync(path, flags);
  try {
    const st = fs.fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    const h = crypto.createHash(algorithm);
    const ring = Array.from({ length: OVERLAP_DEPTH + 1 }, () => Buffer.allocUnsafe(OVERLAP_CHUNK));
    const chunks = Math.ceil(st.size / OVERLAP_CHUNK);
    const reads = [];
    let issued = 0;
    const issue = /* @__PURE__ */ __name(() => {
      const k = issued++;
      reads.push(
        new Promise(
          (resolve3, reject) => fs.read(fd, ring[k % ring.length], 0, OVERLAP_CHUNK, k * OVERLAP_CHUNK, (e, n) => e ? reject(e) : resolve3(n))
        )
      );
    }, "issue");
    while (issued < chunks && issued < OVERLAP_DEPTH) issue();
    let total = 0;
    try {
      for (let k = 0; k < chunks; k++) {
        const n = await reads.shift();
        if (issued < chunks) issue();
        h.update(ring[k % ring.length].subarray(0, n));
        total += n;
        if (n < OVERLAP_CHUNK && k < chunks - 1) break;
      }
    } finally {
      await Promise.allSettled(reads);
    }
    const grew = total === st.size && fs.readSync(fd, ring[0], 0, 1, total) > 0;
    if (grew || total !== st.size)
      throw Object.assign(new Error(`its size changed from ${st.size} bytes while it was read`), { code: "ECHANGED" });
    meta[0] = total;
    meta[1] = st.mtimeMs;
    meta[2] = st.ino;
    return h.digest("hex");
  } finally {
    fs.closeSync(fd);
  }
}
__name(hashFileOverlapped, "hashFileOverlapped");
function pathPrefix(root, cwd) {
  const absolute = root.endsWith(sep2) ? root : `${root}${sep2}`;
  if (!cwd) return absolute;
  const under = cwd.endsWith(sep2) ? cwd : `${cwd}${sep2}`;
  return absolute.startsWith(under) ? absolute.slice(under.length) : absolute;
}
__name(pathPrefix, "pathPrefix");
function workingDirectory() {
  try {
    return process.cwd();
  } catch {
    return void 0;
  }
}
__name(workingDirectory, "workingDirectory");
function openFlags(fs3, noFollow) {
  return fs3.constants.O_RDONLY | fs3.constants.O_NONBLOCK | (noFollow ? fs3.constants.O_NOFOLLOW : 0);
}
__name(openFlags, "openFlags");
function workerMain(hashFile, statFile) {
  const { parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
  const fs3 = process.getBuiltinModule("node:fs");
  let crypto3;
  const algorithm = workerData.algorithm;
  const prefix = workerData.prefix;
  const withStat = workerData.stat;
  const flags = workerData.flags;
  const noFollow = workerData.noFollow;
  const buf = Buffer.allocUnsafe(workerData.bufferSize);
  parentPort.on("message", (req) => {
    const names = req.names.split("\0");
    const n = names.length;
    const meta = new Float64Array(n * 3);
    if (req.op === "stat") {
      for (let i = 0; i < n; i++) statFile(fs3, prefix + names[i], noFollow, meta, i);
      parentPort.postMessage({ id: req.id, meta, digests: "" }, [meta.buffer]);
      return;
    }
    let digests = "";
    for (let i = 0; i < n; i++) {
      const path = prefix + names[i];
      try {
        crypto3 ??= process.getBuiltinModule("node:crypto");
        digests += hashFile(fs3, crypto3, path, flags, buf, algorithm, withStat, meta, i);
      } catch (e) {
        const err = e;
        parentPort.postMessage({
          id: req.id,
          meta,
          digests,
          error: { index: i, code: err.code ?? "EUNKNOWN", message: err.message ?? String(e) }
        });
        return;
      }
    }
    parentPort.postMessage({ id: req.id, meta, digests }, [meta.buffer]);
  });
  parentPort.postMessage({ ready: true });
}
__name(workerMain, "workerMain");
var WORKER_SOURCE = `(${workerMain.toString()})(${hashFileSync.toString()}, ${statFileSync.toString()});`;
function defaultConcurrency() {
  return Math.max(1, availableParallelism());
}
__name(defaultConcurrency, "defaultConcurrency");
var IN_FLIGHT = 2;
var DigestPool = class {
  static {
    __name(this, "DigestPool");
  }
  slots = [];
  pending = /* @__PURE__ */ new Map();
  queue = [];
  nextId = 1;
  failure;
  closed = false;
  options;
  prefix;
  flags;
  mainBuffer;
  constructor(o) {
    this.options = o;
    const count = Math.max(0, Math.floor(o.concurrency ?? defaultConcurrency()) - 1);
    const prefix = o.prefix ?? pathPrefix(o.root, void 0);
    this.prefix = prefix;
    this.flags = openFlags(fs, o.noFollow ?? false);
    const threads = process.getBuiltinModule("node:worker_threads");
    for (let i = 0; i < count; i++) {
      const worker = new threads.Worker(WORKER_SOURCE, {
        eval: true,
        workerData: {
          algorithm: o.algorithm,
          bufferSize: BUFFER_SIZE,
          flags: this.flags,
          stat: o.stat ?? false,
          noFollow: o.noFollow ?? false,
          prefix
        },
        // The workers only hash: a small heap is plenty and keeps the process's footprint down, and they
        // need no copy of the environment.
        resourceLimits: { maxOldGenerationSizeMb: 32, maxYoungGenerationSizeMb: 4 },
        env: threads.SHARE_ENV,
        stdout: false,
        stderr: false
      });
      const slot = { worker, inFlight: 0, ready: false };
      worker.on("message", (reply) => this.settle(slot, reply));
      worker.on("error", (e) => this.fail(e));
      worker.on("exit", (code2) => {
        if (code2 !== 0 && !this.closed) this.fail(new Error(`a hashing worker exited with code ${code2}`));
      });
      this.slots.push(slot);
    }
  }
  /** Whether a worker has started (work sent before waits in its port until then). */
  get started() {
    return this.slots.some((s) => s.ready);
  }
  /** Batches waiting for a thread (not yet sent to a worker). */
  get queued() {
    return this.queue.length;
  }
  /** Threads that hash: the workers and the main thread. */
  get threads() {
    return this.slots.length + 1;
  }
  get algorithm() {
    return this.options.algorithm;
  }
  /** Digests a batch of root-relative paths. */
  submit(names) {
    return this.enqueue("hash", names);
  }
  /** Stats a batch of root-relative paths (see statFileSync); `digests` of the result is empty. */
  submitStat(names) {
    return this.enqueue("stat", names);
  }
  enqueue(op, names) {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve3, reject) => {
      this.queue.push({ id: this.nextId++, op, names, resolve: resolve3, reject });
      this.pump();
    });
  }
  /**
   * Takes the next queued batch off the queue and does it on the main thread, synchronously; false
   * when nothing is queued. The caller yields to the event loop between calls so worker replies keep
   * flowing.
   */
  runQueuedOnMain() {
    const job = this.queue.shift();
    if (!job) return false;
    const { algorithm, stat: stat2 } = this.options;
    const meta = new Float64Array(job.names.length * 3);
    if (job.op === "stat") {
      const noFollow = this.options.noFollow ?? false;
      for (let i = 0; i < job.names.length; i++) statFileSync(fs, this.prefix + job.names[i], noFollow, meta, i);
      job.resolve({ meta, digests: "" });
      return true;
    }
    this.mainBuffer ??= Buffer.allocUnsafe(BUFFER_SIZE);
    let digests = "";
    for (let i = 0; i < job.names.length; i++) {
      try {
        digests += hashFileSync(fs, crypto, this.prefix + job.names[i], this.flags, this.mainBuffer, algorithm, stat2 ?? false, meta, i);
      } catch (e) {
        const err = e;
        job.reject(new FileReadError(job.names[i], err.code ?? "EUNKNOWN", err.message));
        return true;
      }
    }
    job.resolve({ meta, digests });
    return true;
  }
  pump() {
    while (this.queue.length) {
      let best;
      for (const s of this.slots) if (s.inFlight < IN_FLIGHT && (!best || s.inFlight < best.inFlight)) best = s;
      if (!best) return;
      const job = this.queue.shift();
      best.inFlight++;
      this.pending.set(job.id, { ...job, slot: best });
      best.worker.postMessage({ id: job.id, op: job.op, names: job.names.join("\0") });
    }
  }
  settle(slot, reply) {
    if (reply.ready) {
      slot.ready = true;
      this.pump();
      return;
    }
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    job.slot.inFlight--;
    if (reply.error) job.reject(new FileReadError(job.names[reply.error.index], reply.error.code, reply.error.message));
    else job.resolve(reply);
    this.pump();
  }
  fail(e) {
    this.failure ??= e;
    for (const [id, job] of this.pending) {
      this.pending.delete(id);
      job.reject(e);
    }
    for (const job of this.queue.splice(0)) job.reject(e);
  }
  /** Stops the workers; their exit is not awaited (it takes a few milliseconds and nothing depends on it). */
  close() {
    this.closed = true;
    for (const s of this.slots) {
      s.worker.unref();
      void s.worker.terminate();
    }
  }
};

// node_modules/@mlops-actions/hashing/src/select.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
import { lstatSync, readdirSync, realpathSync, statSync } from "node:fs";
import { isAbsolute as isAbsolute2, join as join2, posix, relative as relative2, sep as sep3 } from "node:path";
function* walkSelection(o, report) {
  const root = o.root;
  const follow = o.followSymlinks ?? false;
  const input = o.input;
  const memo = o.listings;
  let rootReal;
  try {
    rootReal = realpathSync(root);
  } catch (e) {
    throw new UserError(`the root directory '${root}' cannot be read (${why(e)})`, { fix: "Check that the workspace exists" });
  }
  const includes = [];
  const excludes = [];
  for (const raw of o.paths) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    if (line.startsWith("!")) excludes.push(normalizeLine(root, line.slice(1), input));
    else includes.push(normalizeLine(root, line, input));
  }
  for (const raw of o.exclude ?? []) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    excludes.push(normalizeLine(root, line, o.excludeInput));
  }
  if (includes.length === 0) {
    throw new UserError("no path to hash was given", {
      ...input ? { input } : {},
      fix: "List files, directories or globs, one per line, relative to the workspace"
    });
  }
  const isExcluded = excludes.length ? (0, import_picomatch.default)(
    excludes.map((p) => p.includes("/") ? p : `**/${p}`),
    { dot: true }
  ) : void 0;
  const seen = includes.length > 1 ? /* @__PURE__ */ new Set() : void 0;
  const skippedSymlinks = /* @__PURE__ */ new Set();
  const skippedSpecial = /* @__PURE__ */ new Set();
  const where = /* @__PURE__ */ __name((line) => input ? { input, key: line } : { key: line }, "where");
  const excludedWithAncestors = /* @__PURE__ */ __name((rel) => {
    if (rel === "" || !isExcluded) return false;
    if (isExcluded(rel)) return true;
    for (let i = rel.indexOf("/"); i !== -1; i = rel.indexOf("/", i + 1)) {
      if (isExcluded(rel.slice(0, i))) return true;
    }
    return false;
  }, "excludedWithAncestors");
  const checkReal = /* @__PURE__ */ __name((line, rel, abs) => {
    let real;
    try {
      real = realpathSync(abs);
    } catch (e) {
      if (codeOf(e) === "ENOENT") {
        throw new UserError(`${shown(rel)} is a symbolic link whose target does not exist`, {
          ...where(line),
          fix: "Fix or remove the link"
        });
      }
      if (codeOf(e) === "ELOOP") {
        throw new UserError(`${shown(rel)} is, or goes through, a symbolic link loop (a link that leads back to itself)`, {
          ...where(line),
          fix: "Fix or remove the link"
        });
      }
      throw new UserError(`cannot resolve ${shown(rel)}: ${why(e)}`, {
        ...where(line),
        fix: "Make the path and its folders readable by the runner user, or exclude it"
      });
    }
    const lexical = rel === "" ? rootReal : join2(rootReal, ...rel.split("/"));
    if (real !== lexical) {
      if (!isInsideDir(rootReal, real)) {
        throw new UserError(`${shown(rel)} leads outside the workspace through a symbolic link (to ${real})`, {
          ...where(line),
          fix: "Hash data inside the workspace: copy it in, or point the link at a path inside it"
        });
      }
      if (!follow) {
        throw new UserError(`${shown(rel)} is, or goes through, a symbolic link, and follow-symlinks is false`, {
          ...where(line),
          fix: "Set follow-symlinks: true, or name the real path"
        });
      }
    }
    return real;
  }, "checkReal");
  const fresh = /* @__PURE__ */ __name((rel) => {
    if (!seen) return true;
    if (seen.has(rel)) return false;
    seen.add(rel);
    return true;
  }, "fresh");
  function* walk(line, startRel, startAbs, startReal, match, counter) {
    const stack = [
      { rel: startRel, abs: startAbs, chain: { real: startReal, parent: void 0 } }
    ];
    while (stack.length) {
      const dir = stack.pop();
      const dirSt = memo ? dirStat(dir.abs) : void 0;
      const old = memo && dirSt ? memo.get(line, dir.rel) : void 0;
      if (old && dirSt && old.mtimeMs === dirSt.mtimeMs && old.ctimeMs === dirSt.ctimeMs && old.ino === dirSt.ino) {
        const prefix2 = dir.rel === "" ? "" : `${dir.rel}/`;
        const files2 = seen ? old.files.filter(fresh) : old.files.slice();
        for (const name of old.links) skippedSymlinks.add(prefix2 + name);
        for (const name of old.special) skippedSpecial.add(prefix2 + name);
        if (match && (old.files.length || old.links.length || old.special.length)) counter.matched = true;
        for (let i = old.subdirs.length - 1; i >= 0; i--) {
          const name = old.subdirs[i];
          stack.push({
            rel: prefix2 + name,
            abs: `${dir.abs}${sep3}${name}`,
            chain: { real: `${dir.chain.real}${sep3}${name}`, parent: dir.chain }
          });
        }
        memo.put(line, dir.rel, old);
        if (files2.length) {
          counter.n += files2.length;
          yield files2;
        }
        continue;
      }
      const record = dirSt ? { mtimeMs: dirSt.mtimeMs, ctimeMs: dirSt.ctimeMs, ino: dirSt.ino, files: [], subdirs: [], links: [], special: [] } : void 0;
      let followedLink = false;
      let entries;
      try {
        entries = readdirSync(dir.abs, { withFileTypes: true });
      } catch (e) {
        throw new UserError(`cannot read the directory ${shown(dir.rel)}: ${why(e)}`, {
          ...where(line),
          fix: "Make it readable by the runner user, or exclude it"
        });
      }
      entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
      const prefix = dir.rel === "" ? "" : `${dir.rel}/`;
      const files = [];
      const subdirs = [];
      let checkedNames = false;
      for (const d of entries) {
        const name = d.name;
        if (!checkedNames && name.includes("\uFFFD")) {
          checkUtf8Names(dir.abs, dir.rel, line, where);
          checkedNames = true;
        }
        const rel = prefix + name;
        if (isExcluded?.(rel)) continue;
        if (d.isFile()) {
          if (!match || matches(match, rel, counter)) {
            record?.files.push(rel);
            if (fresh(rel)) files.push(rel);
          }
        } else if (d.isDirectory()) {
          record?.subdirs.push(name);
          subdirs.push({ rel, abs: `${dir.abs}${sep3}${name}`, chain: { real: `${dir.chain.real}${sep3}${name}`, parent: dir.chain } });
        } else if (d.isSymbolicLink()) {
          if (!follow) {
            if (!match || matches(match, rel, counter)) {
              record?.links.push(name);
              skippedSymlinks.add(rel);
            }
            continue;
          }
          followedLink = true;
          const abs = `${dir.abs}${sep3}${name}`;
          const real = checkReal(line, rel, abs);
          let st;
          try {
            st = statSync(abs);
          } catch (e) {
            throw new UserError(`cannot read ${shown(rel)}: ${why(e)}`, {
              ...where(line),
              fix: "Fix the link, make its target readable by the runner user, or exclude it"
            });
          }
          if (st.isFile()) {
            if ((!match || matches(match, rel, counter)) && fresh(rel)) files.push(rel);
          } else if (st.isDirectory()) {
            for (let c = dir.chain; c; c = c.parent) {
              if (c.real === real) {
                throw new UserError(`the symbolic link ${quotePath(rel)} points back to a directory it is in (${real}), a loop`, {
                  ...where(line),
                  fix: "Remove the link, exclude it, or set follow-symlinks: false"
                });
              }
            }
            subdirs.push({ rel, abs, chain: { real, parent: dir.chain } });
          } else if (!match || matches(match, rel, counter)) skippedSpecial.add(rel);
        } else if (!match || matches(match, rel, counter)) {
          record?.special.push(name);
          skippedSpecial.add(rel);
        }
      }
      if (record && !followedLink) memo.put(line, dir.rel, record);
      for (let i = subdirs.length - 1; i >= 0; i--) stack.push(subdirs[i]);
      if (files.length) {
        counter.n += files.length;
        yield files;
      }
    }
  }
  __name(walk, "walk");
  for (const line of includes) {
    const abs = line === "" ? root : join2(root, ...line.split("/"));
    let st;
    try {
      st = lstatSync(abs);
    } catch (e) {
      const code2 = codeOf(e);
      if (code2 !== "ENOENT" && code2 !== "ENOTDIR") {
        throw new UserError(`cannot read ${shown(line)}: ${why(e)}`, {
          ...where(line),
          fix: "Make the path and its folders readable by the runner user"
        });
      }
    }
    if (line === "" && st) {
      yield* walk(line, line, abs, rootReal, void 0, { n: 0, matched: false });
      continue;
    }
    if (st) {
      if (excludedWithAncestors(line)) continue;
      let real = checkReal(line, line, abs);
      if (st.isSymbolicLink()) {
        if (!follow) {
          throw new UserError(`${shown(line)} is a symbolic link, and follow-symlinks is false`, {
            ...where(line),
            fix: "Set follow-symlinks: true, or name the real path"
          });
        }
        st = statSync(abs);
        real = realpathSync(abs);
      }
      if (st.isFile()) {
        if (fresh(line)) yield [line];
      } else if (st.isDirectory()) yield* walk(line, line, abs, real, void 0, { n: 0, matched: false });
      else throw new UserError(`${shown(line)} is not a regular file or a directory`, { ...where(line), fix: "Name files or directories" });
      continue;
    }
    const scan = import_picomatch.default.scan(line);
    if (!scan.isGlob) {
      const quoted = /^(['"]).*\1$/s.test(line);
      throw new UserError(`${shown(line)} does not exist`, {
        ...where(line),
        fix: quoted ? "Write the path without quotes: each line is one path, taken as it is" : "Check the path (relative to the workspace) and that the files are there before this step (checked out, downloaded or restored)"
      });
    }
    const base = scan.base;
    const baseAbs = base === "" ? root : join2(root, ...base.split("/"));
    let baseStat;
    try {
      baseStat = statSync(baseAbs);
    } catch {
      baseStat = void 0;
    }
    const isMatch = (0, import_picomatch.default)(line, { dot: true });
    const counter = { n: 0, matched: false };
    if (baseStat?.isDirectory() && !excludedWithAncestors(base)) {
      const real = checkReal(line, base, baseAbs);
      yield* walk(line, base, baseAbs, real, isMatch, counter);
    }
    if (counter.n === 0 && !(seen && counter.matched)) {
      throw new UserError(`the glob ${quotePath(line)} matches no file`, {
        ...where(line),
        fix: "Check the pattern (relative to the workspace; * does not cross /, ** does) and that the files are there before this step"
      });
    }
  }
  report.skippedSymlinks.push(...skippedSymlinks);
  report.skippedSpecial.push(...skippedSpecial);
}
__name(walkSelection, "walkSelection");
function normalizeLine(root, line, input) {
  let p = line.trim();
  if (isAbsolute2(p)) {
    const rel = relative2(root, p);
    if (rel.startsWith("..") || isAbsolute2(rel)) throw outside(line, input);
    p = rel.split(sep3).join("/");
  }
  p = posix.normalize(p);
  if (p === ".." || p.startsWith("../")) throw outside(line, input);
  if (p === "." || p === "./") return "";
  return p.replace(/^\.\//, "").replace(/\/+$/, "");
}
__name(normalizeLine, "normalizeLine");
function outside(line, input) {
  return new UserError(`${quotePath(line)} leads outside the workspace`, {
    ...input ? { input } : {},
    fix: "Use a path inside the workspace (GITHUB_WORKSPACE); copy or download the data there first"
  });
}
__name(outside, "outside");
function isInsideDir(dir, p) {
  return p === dir || p.startsWith(dir.endsWith(sep3) ? dir : `${dir}${sep3}`);
}
__name(isInsideDir, "isInsideDir");
function checkUtf8Names(abs, rel, line, where) {
  const raw = readdirSync(abs, { encoding: "buffer" });
  const decoder = new TextDecoder("utf-8", { fatal: true });
  for (const name of raw) {
    try {
      decoder.decode(name);
    } catch {
      const shown2 = `${rel ? `${rel}/` : ""}${name.toString("utf8")}`;
      throw new UserError(`the file name ${quotePath(shown2)} is not valid UTF-8`, {
        ...where(line),
        fix: "Rename the file (or exclude it); the manifest and the listing need UTF-8 paths"
      });
    }
  }
}
__name(checkUtf8Names, "checkUtf8Names");
function matches(match, rel, counter) {
  if (!match(rel)) return false;
  counter.matched = true;
  return true;
}
__name(matches, "matches");
function dirStat(abs) {
  try {
    return statSync(abs, { throwIfNoEntry: false });
  } catch {
    return void 0;
  }
}
__name(dirStat, "dirStat");
function shown(rel) {
  return rel === "" ? `'.' (the workspace)` : quotePath(rel);
}
__name(shown, "shown");
function why(e) {
  const code2 = codeOf(e);
  const words = {
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "a symbolic link loop",
    ENAMETOOLONG: "the name is too long",
    ENOENT: "it does not exist",
    ENOTDIR: "a part of the path is a file, not a folder",
    EIO: "an input/output error (a failing disk or network file system)"
  };
  return words[code2] ?? `the file system answered ${code2}`;
}
__name(why, "why");
function codeOf(e) {
  return e.code ?? (e instanceof Error ? e.message : String(e));
}
__name(codeOf, "codeOf");

// node_modules/@mlops-actions/hashing/src/stat-cache.ts
import { readFileSync } from "node:fs";
import { endianness } from "node:os";
var STAT_CACHE_FORMAT = "mlops-actions/stat-cache@4";
var FORMAT_PREFIX = STAT_CACHE_FORMAT.slice(0, STAT_CACHE_FORMAT.indexOf("@") + 1);
var RACY_WINDOW_MS = 2e3;
var MAX_WALKS = 8;
var StatCache = class {
  static {
    __name(this, "StatCache");
  }
  paths;
  digests;
  sizes;
  mtimes;
  inodes;
  byPath;
  live;
  /**
   * The hex digest of the listing of every entry (see digestListing), when it is known: recorded when
   * a run's manifest held exactly the cache's entries, and forgotten by any change of an entry. A
   * re-hash whose files all come from the cache, and are all of its entries, has that listing, so its
   * dataset hash needs no listing text built and hashed again.
   */
  listingDigest;
  /** Directory listings per walk key, then per `${rel}\0${line}` (see listingMemo). */
  walks = /* @__PURE__ */ new Map();
  /** Takes the columns as they are (paths distinct, all of one length); empty by default. */
  constructor(paths = [], sizes = new Float64Array(0), mtimes = new Float64Array(0), inodes = new Float64Array(0), digests = []) {
    this.paths = paths;
    this.sizes = sizes;
    this.mtimes = mtimes;
    this.inodes = inodes;
    this.digests = digests;
    this.live = paths.indexOf("") < 0 ? paths.length : paths.filter((p) => p !== "").length;
  }
  /** Path → slot; built on first use (a re-hash in walk order does without, see find). */
  get index() {
    return this.indexMap();
  }
  indexMap() {
    if (!this.byPath) {
      const m = /* @__PURE__ */ new Map();
      for (let i = 0; i < this.paths.length; i++) if (this.paths[i] !== "") m.set(this.paths[i], i);
      this.byPath = m;
    }
    return this.byPath;
  }
  /** Entries held. */
  get size() {
    return this.byPath ? this.byPath.size : this.live;
  }
  /** The slot of `path`: `hint` when that slot holds it (the cheap case, no index needed), else the index's. */
  find(path, hint) {
    if (this.paths[hint] === path && path !== "") return hint;
    return this.indexMap().get(path);
  }
  get(path) {
    const i = this.indexMap().get(path);
    return i === void 0 ? void 0 : { size: this.sizes[i], mtimeMs: this.mtimes[i], ino: this.inodes[i], digest: this.digests[i] };
  }
  set(path, e) {
    this.listingDigest = void 0;
    const index = this.indexMap();
    let i = index.get(path);
    if (i === void 0) {
      i = this.paths.push(path) - 1;
      index.set(path, i);
      if (i >= this.sizes.length) {
        const grow = /* @__PURE__ */ __name((a) => {
          const b = new Float64Array(Math.max(64, a.length * 2));
          b.set(a);
          return b;
        }, "grow");
        this.sizes = grow(this.sizes);
        this.mtimes = grow(this.mtimes);
        this.inodes = grow(this.inodes);
      }
    }
    this.sizes[i] = e.size;
    this.mtimes[i] = e.mtimeMs;
    this.inodes[i] = e.ino;
    this.digests[i] = e.digest;
  }
  delete(path) {
    const index = this.indexMap();
    const i = index.get(path);
    if (i === void 0) return false;
    this.listingDigest = void 0;
    index.delete(path);
    this.paths[i] = "";
    return true;
  }
  /**
   * The listings recorded by the walk `walkKey` (which names the root, lines, excludes and
   * follow-symlinks), for a walk starting at `startedAt` (ms since the epoch) to reuse and record into.
   * Directories not in `volatile` (root-relative; where the caller writes files of its own, whose
   * every write changes them) and older than the racy window are recorded. `commit()` makes this
   * walk's records the cache's (and its walk the most recent) and tells whether they changed.
   */
  listingMemo(walkKey, startedAt, volatile = /* @__PURE__ */ new Set()) {
    const old = this.walks.get(walkKey);
    const next = /* @__PURE__ */ new Map();
    let changed = false;
    return {
      get: /* @__PURE__ */ __name((line, rel) => old?.get(`${rel}\0${line}`), "get"),
      put: /* @__PURE__ */ __name((line, rel, record) => {
        const key = `${rel}\0${line}`;
        const racy = startedAt - RACY_WINDOW_MS;
        if (volatile.has(rel) || record.mtimeMs >= racy || record.ctimeMs >= racy) return;
        if (old?.get(key) !== record) changed = true;
        next.set(key, record);
      }, "put"),
      commit: /* @__PURE__ */ __name(() => {
        if (!changed && next.size === (old?.size ?? 0)) return false;
        const others = [...this.walks].filter(([k]) => k !== walkKey).slice(0, MAX_WALKS - 1);
        this.walks.clear();
        if (next.size) this.walks.set(walkKey, next);
        for (const [k, v] of others) this.walks.set(k, v);
        return true;
      }, "commit")
    };
  }
};
async function loadStatCache(path, algorithm) {
  const cache = new StatCache();
  let buf;
  try {
    buf = readFileSync(path);
  } catch (e) {
    const code2 = e.code;
    if (code2 === "ENOENT") return { cache };
    return { cache, problem: `cannot read the stat cache ${path} (${code2 ?? messageOf(e)}); hashing every file` };
  }
  const notCache = { cache, problem: `${path} is not a stat cache (format ${STAT_CACHE_FORMAT}); hashing every file and rewriting it` };
  const eol = buf.indexOf(10);
  let h;
  try {
    h = JSON.parse(buf.toString("utf8", 0, eol < 0 ? buf.length : eol));
  } catch {
    if (buf.toString("latin1", 0, 256).includes(FORMAT_PREFIX)) return { cache };
    return { cache, problem: `the stat cache ${path} is not valid JSON; hashing every file and rewriting it` };
  }
  if (typeof h?.format === "string" && h.format !== STAT_CACHE_FORMAT && h.format.startsWith(FORMAT_PREFIX)) return { cache };
  if (h?.format !== STAT_CACHE_FORMAT || eol < 0) return notCache;
  if (h.algorithm !== algorithm) return { cache };
  const n = h.count;
  const pathBytes = h.pathBytes;
  const hexLength = HEX_LENGTH[algorithm];
  if (!Number.isSafeInteger(n) || !Number.isSafeInteger(pathBytes) || n < 0 || pathBytes < 0) return notCache;
  const count = n;
  const nameBytes = h.nameBytes;
  if (!Number.isSafeInteger(nameBytes) || nameBytes < 0 || !Array.isArray(h.walks)) return notCache;
  const digestBytes = hexLength / 2;
  const numbers = eol + 1;
  const pathsAt = numbers + count * 24;
  const digestsAt = pathsAt + pathBytes;
  const namesAt = digestsAt + count * digestBytes;
  if (buf.length !== namesAt + nameBytes) return notCache;
  const columns = new Float64Array(count * 3);
  new Uint8Array(columns.buffer).set(buf.subarray(numbers, pathsAt));
  const paths = count ? buf.toString("utf8", pathsAt, digestsAt - 1).split("\0") : [];
  if (paths.length !== count || count && buf[digestsAt - 1] !== 0) return notCache;
  const hex = buf.toString("hex", digestsAt);
  const digests = new Array(count);
  for (let i = 0; i < count; i++) digests[i] = hex.slice(i * hexLength, (i + 1) * hexLength);
  const le = littleEndian(columns);
  const loaded = new StatCache(paths, le.slice(0, count), le.slice(count, 2 * count), le.slice(2 * count), digests);
  if (!readWalks(loaded, h.walks, paths, buf, namesAt)) return notCache;
  if (h.listing !== void 0) {
    if (typeof h.listing !== "string" || h.listing.length !== hexLength || !/^[0-9a-f]*$/.test(h.listing)) return notCache;
    loaded.listingDigest = h.listing;
  }
  return { cache: loaded };
}
__name(loadStatCache, "loadStatCache");
function readWalks(cache, walks, paths, buf, namesAt) {
  const names = buf.length > namesAt ? buf.toString("utf8", namesAt, buf.length - 1).split("\0") : [];
  if (buf.length > namesAt && buf[buf.length - 1] !== 0) return false;
  let at = 0;
  const take = /* @__PURE__ */ __name((k) => {
    if (!Number.isSafeInteger(k) || k < 0 || at + k > names.length) return void 0;
    at += k;
    return names.slice(at - k, at);
  }, "take");
  for (const w of walks) {
    if (!Array.isArray(w) || typeof w[0] !== "string" || !Array.isArray(w[1])) return false;
    const dirs = /* @__PURE__ */ new Map();
    for (const row of w[1]) {
      if (!Array.isArray(row) || row.length !== 10) return false;
      const [line, rel, mtimeMs, ctimeMs, ino, first, count] = row;
      if (typeof line !== "string" || typeof rel !== "string" || ![mtimeMs, ctimeMs, ino].every((x) => typeof x === "number")) return false;
      if (!Number.isSafeInteger(first) || !Number.isSafeInteger(count) || first < -1 || count < 0 || first + count > paths.length)
        return false;
      const files = first >= 0 ? paths.slice(first, first + count) : take(count);
      const subdirs = take(row[7]);
      const links = take(row[8]);
      const special = take(row[9]);
      if (!files || !subdirs || !links || !special) return false;
      dirs.set(`${rel}\0${line}`, { mtimeMs, ctimeMs, ino, files, subdirs, links, special });
    }
    cache.walks.set(w[0], dirs);
  }
  return at === names.length;
}
__name(readWalks, "readWalks");
async function saveStatCache(path, algorithm, cache, target = {}) {
  const live = [];
  for (let i = 0; i < cache.paths.length; i++) if (cache.paths[i] !== "") live.push(i);
  const n = live.length;
  const columns = new Float64Array(n * 3);
  const digestBytes = HEX_LENGTH[algorithm] / 2;
  const digests = Buffer.allocUnsafe(n * digestBytes);
  let names = "";
  for (let j = 0; j < n; j++) {
    const i = live[j];
    columns[j] = cache.sizes[i];
    columns[n + j] = cache.mtimes[i];
    columns[2 * n + j] = cache.inodes[i];
    names += `${cache.paths[i]}\0`;
    if (digests.write(cache.digests[i], j * digestBytes, digestBytes, "hex") !== digestBytes) {
      throw new Error(`the stat cache entry of '${cache.paths[i]}' holds an invalid ${algorithm} digest`);
    }
  }
  const pathBytes = Buffer.byteLength(names, "utf8");
  const walks = [];
  let dirNames = "";
  const savedSlot = /* @__PURE__ */ new Map();
  if (cache.walks.size) for (let j = 0; j < n; j++) savedSlot.set(cache.paths[live[j]], j);
  for (const [key, dirs] of cache.walks) {
    const rows = [];
    for (const [k, d] of dirs) {
      const cut = k.indexOf("\0");
      let first = d.files.length ? savedSlot.get(d.files[0]) ?? -1 : -1;
      for (let t = 1; first >= 0 && t < d.files.length; t++) if (cache.paths[live[first + t] ?? -1] !== d.files[t]) first = -1;
      const lists = first >= 0 ? [d.subdirs, d.links, d.special] : [d.files, d.subdirs, d.links, d.special];
      rows.push([
        k.slice(cut + 1),
        k.slice(0, cut),
        d.mtimeMs,
        d.ctimeMs,
        d.ino,
        first,
        d.files.length,
        d.subdirs.length,
        d.links.length,
        d.special.length
      ]);
      for (const list of lists) for (const name of list) dirNames += `${name}\0`;
    }
    walks.push([key, rows]);
  }
  const nameBytes = Buffer.byteLength(dirNames, "utf8");
  const listing = cache.listingDigest;
  const header = `${JSON.stringify({ format: STAT_CACHE_FORMAT, algorithm, count: n, pathBytes, nameBytes, walks, ...listing ? { listing } : {} })}
`;
  const numbers = littleEndian(columns);
  await writeFileAtomic(
    path,
    [header, new Uint8Array(numbers.buffer, numbers.byteOffset, numbers.byteLength), names, digests, dirNames],
    target
  );
}
__name(saveStatCache, "saveStatCache");
function littleEndian(a) {
  if (endianness() === "LE") return a;
  const out = new Float64Array(a.length);
  const v = new DataView(a.buffer, a.byteOffset, a.byteLength);
  const w = new DataView(out.buffer);
  for (let i = 0; i < a.length; i++) w.setFloat64(i * 8, v.getFloat64(i * 8, true));
  return out;
}
__name(littleEndian, "littleEndian");

// node_modules/@mlops-actions/hashing/src/shards.ts
import { createHash as createHash4 } from "node:crypto";
var FILE_COST = 64 * 1024;
function assignShards(paths, sizes, count) {
  const n = paths.length;
  const order = new Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => sizes[b] - sizes[a] || a - b);
  const out = new Uint16Array(n);
  if (count <= 1) return out;
  const load = new Float64Array(count);
  const heap = [];
  for (let s = 0; s < count; s++) heap.push(s);
  const less = /* @__PURE__ */ __name((a, b) => load[a] < load[b] || load[a] === load[b] && a < b, "less");
  for (const i of order) {
    const s = heap[0];
    out[i] = s;
    load[s] = load[s] + sizes[i] + FILE_COST;
    let p = 0;
    for (; ; ) {
      const l = 2 * p + 1;
      const r = l + 1;
      let m = p;
      if (l < count && less(heap[l], heap[m])) m = l;
      if (r < count && less(heap[r], heap[m])) m = r;
      if (m === p) break;
      [heap[p], heap[m]] = [heap[m], heap[p]];
      p = m;
    }
  }
  return out;
}
__name(assignShards, "assignShards");
function selectionId(paths, sizes) {
  const h = createHash4("sha256");
  const SLICE = 512;
  for (let i = 0; i < paths.length; i += SLICE) {
    let text = "";
    const end = Math.min(paths.length, i + SLICE);
    for (let j = i; j < end; j++) text += `${sizes[j]}	${JSON.stringify(paths[j])}
`;
    h.update(text, "utf8");
  }
  return `sha256:${h.digest("hex")}`;
}
__name(selectionId, "selectionId");

// node_modules/@mlops-actions/hashing/src/hash-paths.ts
var MAX_BATCH = 256;
var MIN_TAIL_BATCH = 8;
var WALK_SLICE_MS = 4;
var INLINE_MAX_FILES = 64;
var INLINE_MAX_BYTES = 64 * 1024 * 1024;
var PARALLEL_STAT_FROM = 32768;
var STAT_BATCH = 512;
var Files = class {
  static {
    __name(this, "Files");
  }
  paths = [];
  sizes = [];
  digests = [];
  mtimes = [];
  inodes = [];
};
async function hashPaths(o) {
  const started = performance.now();
  const startedAt = Date.now();
  const algorithm = o.algorithm ?? "sha256";
  if (!isAlgorithm(algorithm)) {
    throw new UserError(`unknown algorithm '${String(algorithm)}'`, { fix: `Use one of ${ALGORITHMS.join(", ")}` });
  }
  const root = resolve2(o.root);
  const cwd = workingDirectory();
  const prefix = pathPrefix(root, cwd);
  const follow = o.followSymlinks ?? false;
  const concurrency = o.concurrency ?? defaultConcurrency();
  let cache;
  if (o.statCache) {
    const loaded = await loadStatCache(o.statCache, algorithm);
    if (loaded.problem) o.log?.warning(loaded.problem);
    cache = loaded.cache;
  }
  const withStat = cache !== void 0;
  const files = new Files();
  let cacheHits = 0;
  const report = { skippedSymlinks: [], skippedSpecial: [] };
  const walkExclude = o.ownFiles?.length ? [...o.exclude ?? [], ...o.ownFiles] : o.exclude;
  const listings = cache?.listingMemo(
    JSON.stringify([root, o.paths, walkExclude ?? [], follow]),
    startedAt,
    new Set((o.ownFiles ?? []).map((f) => f.includes("/") ? f.slice(0, f.lastIndexOf("/")) : ""))
  );
  const walk = walkSelection(
    { root, paths: o.paths, exclude: walkExclude, followSymlinks: follow, input: o.input, excludeInput: o.excludeInput, listings },
    report
  );
  let pool;
  let hashedNow;
  let mine;
  let shardInfo;
  let statSizes;
  try {
    if (o.shard) {
      for (const group of walk) for (const rel of group) files.paths.push(rel);
      files.paths.sort(compareBytewise);
      const n = files.paths.length;
      statSizes = new Array(n);
      const mtimes = cache ? new Float64Array(n) : void 0;
      const inodes = cache ? new Float64Array(n) : void 0;
      let total = 0;
      for (let k = 0; k < n; k++) {
        const st = fs2.statSync(prefix + files.paths[k], { throwIfNoEntry: false });
        if (!st) throw new FileReadError(files.paths[k], "ENOENT", "gone");
        statSizes[k] = st.size;
        total += st.size;
        if (mtimes) {
          mtimes[k] = st.mtimeMs;
          inodes[k] = st.ino;
        }
      }
      const owner = assignShards(files.paths, statSizes, o.shard.count);
      mine = [];
      for (let k = 0; k < n; k++) if (owner[k] === o.shard.index) mine.push(k);
      shardInfo = { index: o.shard.index, count: o.shard.count, selection: selectionId(files.paths, statSizes), files: n, bytes: total };
      const misses = [];
      let missBytes = 0;
      let hint = 0;
      for (const k of mine) {
        const c = cache?.find(files.paths[k], hint);
        if (c !== void 0) hint = c + 1;
        const size = statSizes[k];
        if (c !== void 0 && size === cache.sizes[c] && mtimes[k] === cache.mtimes[c] && inodes[k] === cache.inodes[c]) {
          files.sizes[k] = size;
          files.digests[k] = cache.digests[c];
          cacheHits++;
        } else {
          misses.push(k);
          missBytes += size;
        }
      }
      if (cache) hashedNow = misses;
      if (misses.length) {
        if (misses.length <= INLINE_MAX_FILES && (missBytes <= INLINE_MAX_BYTES || misses.length === 1)) {
          await hashInline(files, misses, prefix, algorithm, follow, withStat);
        } else {
          pool = new DigestPool({ algorithm, root, prefix, concurrency, noFollow: !follow, stat: withStat });
          await hashOnPool(pool, files, misses);
        }
      }
    } else if (cache?.size) {
      if (cache.size >= (o.parallelStatFrom ?? PARALLEL_STAT_FROM) && concurrency > 1)
        pool = new DigestPool({ algorithm, root, prefix, concurrency, noFollow: !follow, stat: withStat });
      const { misses, missBytes, hits } = await statAgainstCache(files, cache, walk, prefix, follow, pool);
      cacheHits = hits;
      hashedNow = misses;
      if (misses.length) {
        if (misses.length <= INLINE_MAX_FILES && (missBytes <= INLINE_MAX_BYTES || misses.length === 1)) {
          await hashInline(files, misses, prefix, algorithm, follow, withStat);
        } else {
          pool ??= new DigestPool({ algorithm, root, prefix, concurrency, noFollow: !follow, stat: withStat });
          await hashOnPool(pool, files, misses);
        }
      }
    } else {
      let done = false;
      while (files.paths.length <= INLINE_MAX_FILES) {
        const step = walk.next();
        if (step.done) {
          done = true;
          break;
        }
        for (const rel of step.value) files.paths.push(rel);
      }
      const all = /* @__PURE__ */ __name(() => files.paths.map((_, k) => k), "all");
      if (done && files.paths.length <= INLINE_MAX_FILES && (files.paths.length <= 1 || totalSize(files.paths, prefix) <= INLINE_MAX_BYTES)) {
        await hashInline(files, all(), prefix, algorithm, follow, withStat);
      } else {
        pool = new DigestPool({ algorithm, root, prefix, concurrency, noFollow: !follow, stat: withStat });
        await streamToPool(pool, files, walk);
      }
      if (cache) hashedNow = all();
    }
  } catch (e) {
    if (e instanceof FileReadError) throw readError(e);
    throw e;
  } finally {
    pool?.close();
  }
  if (!isAbsolute3(prefix) && workingDirectory() !== cwd)
    throw new Error(`the working directory changed while hashing ${root} (from ${cwd} to ${workingDirectory()}): hash again`);
  const { paths, sizes, digests } = files;
  let order;
  if (mine) {
    order = mine;
    for (const k of mine) {
      if (sizes[k] !== statSizes[k])
        throw readError(new FileReadError(paths[k], "ECHANGED", `its size went from ${statSizes[k]} to ${sizes[k]} bytes`));
    }
  } else {
    order = bytewiseOrder(paths);
  }
  const entries = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const k = order[i];
    entries[i] = { path: paths[k], size: sizes[k], digest: digests[k] };
  }
  const known = cache && !mine && cacheHits === entries.length && entries.length === cache.size ? cache.listingDigest : void 0;
  const listingDigest = known ?? digestListing(entries, algorithm);
  if (cache && o.statCache) {
    const listed = listings.commit();
    const listing = mine ? void 0 : { entries, digest: listingDigest };
    await updateStatCache(o.statCache, algorithm, cache, files, hashedNow ?? [], startedAt, listed, listing, o.statCacheTarget);
  }
  const manifest = buildManifest(
    algorithm,
    entries,
    {
      paths: [...o.paths],
      exclude: [...o.exclude ?? []],
      followSymlinks: follow
    },
    listingDigest
  );
  if (shardInfo) manifest.shard = shardInfo;
  manifest.stats = {
    cacheHits,
    hashed: entries.length - cacheHits,
    skippedSymlinks: report.skippedSymlinks.sort(compareBytewise),
    skippedSpecial: report.skippedSpecial.sort(compareBytewise),
    elapsedMs: performance.now() - started
  };
  return manifest;
}
__name(hashPaths, "hashPaths");
function totalSize(paths, prefix) {
  let total = 0;
  for (const rel of paths) total += fs2.statSync(prefix + rel, { throwIfNoEntry: false })?.size ?? 0;
  return total;
}
__name(totalSize, "totalSize");
async function statAgainstCache(files, cache, walk, prefix, follow, pool) {
  const misses = [];
  let missBytes = 0;
  let hits = 0;
  const { sizes, mtimes, inodes, digests } = cache;
  const check = /* @__PURE__ */ __name((ks2, slots2, meta2) => {
    for (let i = 0; i < ks2.length; i++) {
      const k = ks2[i];
      const c = slots2[i];
      const size = meta2[i * 3];
      if (size === sizes[c] && meta2[i * 3 + 1] === mtimes[c] && meta2[i * 3 + 2] === inodes[c]) {
        files.sizes[k] = size;
        files.digests[k] = digests[c];
        hits++;
      } else {
        misses.push(k);
        missBytes += size >= 0 ? size : BUFFER_SIZE;
      }
    }
  }, "check");
  const jobs = [];
  let ks = [];
  let slots = [];
  let names = [];
  const meta = new Float64Array(STAT_BATCH * 3);
  const flush = /* @__PURE__ */ __name(() => {
    if (!ks.length) return;
    if (pool?.started) {
      const [bks, bslots] = [ks, slots];
      jobs.push(pool.submitStat(names).then((r) => check(bks, bslots, r.meta)));
    } else {
      for (let i = 0; i < names.length; i++) statFileSync(fs2, prefix + names[i], !follow, meta, i);
      check(ks, slots, meta);
    }
    ks = [];
    slots = [];
    names = [];
  }, "flush");
  let hint = 0;
  let slice = performance.now();
  for (const group of walk) {
    if (files.paths.length > CAP_YOUNG_GENERATION_AFTER) capYoungGeneration();
    for (const rel of group) {
      const k = files.paths.push(rel) - 1;
      const c = cache.find(rel, hint);
      if (c === void 0) {
        misses.push(k);
        missBytes += BUFFER_SIZE;
        continue;
      }
      hint = c + 1;
      ks.push(k);
      slots.push(c);
      names.push(rel);
      if (ks.length === STAT_BATCH) flush();
    }
    if (pool && performance.now() - slice > WALK_SLICE_MS) {
      await yieldToLoop();
      slice = performance.now();
    }
  }
  flush();
  if (pool) {
    while (pool.runQueuedOnMain()) await yieldToLoop();
    await settleAll(jobs);
  }
  misses.sort((a, b) => a - b);
  return { misses, missBytes, hits };
}
__name(statAgainstCache, "statAgainstCache");
async function hashInline(files, ks, prefix, algorithm, follow, withStat) {
  const buf = Buffer.allocUnsafe(BUFFER_SIZE);
  const flags = openFlags(fs2, !follow);
  const meta = new Float64Array(3);
  for (const k of ks) {
    const rel = files.paths[k];
    meta.fill(0);
    try {
      const st = fs2.statSync(prefix + rel, { throwIfNoEntry: false });
      files.digests[k] = st && st.size > BUFFER_SIZE ? await hashFileOverlapped(prefix + rel, flags, algorithm, meta) : hashFileSync(fs2, crypto2, prefix + rel, flags, buf, algorithm, withStat, meta, 0);
    } catch (e) {
      const err = e;
      throw new FileReadError(rel, err.code ?? "EUNKNOWN", err.message);
    }
    files.sizes[k] = meta[0];
    files.mtimes[k] = meta[1];
    files.inodes[k] = meta[2];
  }
}
__name(hashInline, "hashInline");
function storeBatch(files, ks, r, hexLength) {
  for (let i = 0; i < ks.length; i++) {
    const k = ks[i];
    files.digests[k] = r.digests.slice(i * hexLength, (i + 1) * hexLength);
    files.sizes[k] = r.meta[i * 3];
    files.mtimes[k] = r.meta[i * 3 + 1];
    files.inodes[k] = r.meta[i * 3 + 2];
  }
}
__name(storeBatch, "storeBatch");
async function hashOnPool(pool, files, ks) {
  const hexLength = HEX_LENGTH[pool.algorithm];
  const jobs = [];
  const size = Math.max(1, Math.min(MAX_BATCH, Math.ceil(ks.length / (pool.threads * 4))));
  for (let i = 0; i < ks.length; i += size) {
    const part = ks.slice(i, i + size);
    jobs.push(pool.submit(part.map((k) => files.paths[k])).then((r) => storeBatch(files, part, r, hexLength)));
  }
  while (pool.runQueuedOnMain()) await yieldToLoop();
  await settleAll(jobs);
}
__name(hashOnPool, "hashOnPool");
async function streamToPool(pool, files, walk) {
  const hexLength = HEX_LENGTH[pool.algorithm];
  const jobs = [];
  let failure;
  let batchStart = 0;
  const flush = /* @__PURE__ */ __name((end) => {
    if (end <= batchStart) return;
    const start = batchStart;
    batchStart = end;
    const names = files.paths.slice(start, end);
    const p = pool.submit(names).then(
      (r) => storeBatch(files, rangeOf(start, end), r, hexLength),
      (e) => {
        failure ??= e;
      }
    );
    jobs.push(p);
  }, "flush");
  const batchFor = /* @__PURE__ */ __name((n) => Math.min(MAX_BATCH, 16 + (n >> 3)), "batchFor");
  const ahead = pool.threads * 2;
  const cut = /* @__PURE__ */ __name(() => {
    while (pool.queued < ahead && files.paths.length - batchStart >= batchFor(batchStart)) flush(batchStart + batchFor(batchStart));
  }, "cut");
  cut();
  let slice = performance.now();
  for (const group of walk) {
    for (const rel of group) files.paths.push(rel);
    if (files.paths.length > CAP_YOUNG_GENERATION_AFTER) capYoungGeneration();
    cut();
    if (failure) break;
    if (performance.now() - slice > WALK_SLICE_MS) {
      await yieldToLoop();
      slice = performance.now();
    }
  }
  while (!failure && batchStart < files.paths.length) {
    const left = files.paths.length - batchStart;
    flush(batchStart + Math.min(left, MAX_BATCH, Math.max(MIN_TAIL_BATCH, Math.ceil(left / (pool.threads * 2)))));
  }
  while (!failure && pool.runQueuedOnMain()) await yieldToLoop();
  await Promise.all(jobs);
  if (failure) throw failure;
}
__name(streamToPool, "streamToPool");
var CAP_YOUNG_GENERATION_AFTER = 5e4;
var youngGenerationCapped = false;
function capYoungGeneration() {
  if (youngGenerationCapped) return;
  youngGenerationCapped = true;
  process.getBuiltinModule("node:v8").setFlagsFromString("--semi-space-growth-factor=1");
}
__name(capYoungGeneration, "capYoungGeneration");
function rangeOf(start, end) {
  const r = new Array(end - start);
  for (let i = 0; i < r.length; i++) r[i] = start + i;
  return r;
}
__name(rangeOf, "rangeOf");
async function settleAll(jobs) {
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) throw failed.reason;
}
__name(settleAll, "settleAll");
async function updateStatCache(path, algorithm, cache, files, ks, startedAt, dirty, listing, target) {
  for (const k of ks) {
    const p = files.paths[k];
    const mtimeMs = files.mtimes[k];
    if (mtimeMs < startedAt - RACY_WINDOW_MS) {
      cache.set(p, { size: files.sizes[k], mtimeMs, ino: files.inodes[k], digest: files.digests[k] });
      dirty = true;
    } else if (cache.delete(p)) dirty = true;
  }
  if (listing && cache.listingDigest !== listing.digest && holdsExactly(cache, listing.entries)) {
    cache.listingDigest = listing.digest;
    dirty = true;
  }
  if (dirty) await saveStatCache(path, algorithm, cache, target);
}
__name(updateStatCache, "updateStatCache");
function holdsExactly(cache, entries) {
  if (cache.size !== entries.length) return false;
  let hint = 0;
  for (const e of entries) {
    const c = cache.find(e.path, hint);
    if (c === void 0 || cache.digests[c] !== e.digest) return false;
    hint = c + 1;
  }
  return true;
}
__name(holdsExactly, "holdsExactly");
function readError(e) {
  const rel = e.path;
  switch (e.code) {
    case "EACCES":
    case "EPERM":
      return new UserError(`cannot read ${quotePath(rel)}: permission denied`, {
        file: rel,
        fix: "Make the file readable by the runner user, or exclude it"
      });
    case "ENOENT":
      return new UserError(`${quotePath(rel)} disappeared while the data was hashed`, {
        file: rel,
        fix: "Do not change the data while data-hash runs"
      });
    case "ELOOP":
      return new UserError(`${quotePath(rel)} became a symbolic link while the data was hashed`, {
        file: rel,
        fix: "Do not change the data while data-hash runs"
      });
    case "ECHANGED":
      return new UserError(`${quotePath(rel)} changed while it was hashed: ${e.message}`, {
        file: rel,
        fix: "Do not change the data while data-hash runs"
      });
    default:
      return new UserError(`cannot read ${quotePath(rel)}: the file system answered ${e.code} (${e.message})`, {
        file: rel,
        fix: "Check the disk or file system the data is on, or exclude the file"
      });
  }
}
__name(readError, "readError");

// node_modules/@mlops-actions/markdown/src/escape.ts
var MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!~|]/g;
function escapeText(s) {
  return String(s).replace(/\r\n|\r|\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/@/g, "@\u200B").replace(/(https?):\/\//gi, "$1:\u200B//").replace(/\bwww\./gi, "www\u200B.");
}
__name(escapeText, "escapeText");
function code(s) {
  const text = String(s).replace(/\r\n|\r|\n/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
__name(code, "code");
function link(text, url) {
  if (!/^https?:\/\//i.test(url)) return escapeText(text);
  return `[${escapeText(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}
__name(link, "link");

// node_modules/@mlops-actions/markdown/src/blocks.ts
function table(headers, rows, align = []) {
  const sep4 = headers.map((_, i) => {
    const a = align[i];
    return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
  });
  const line = /* @__PURE__ */ __name((cells) => `| ${headers.map((_, i) => cells[i] ?? "").join(" | ")} |`, "line");
  return [line(headers), line(sep4), ...rows.map(line)].join("\n");
}
__name(table, "table");
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}>
<summary>${summary}</summary>

${body}

</details>`;
}
__name(details, "details");

// node_modules/@mlops-actions/markdown/src/mermaid.ts
function label(s) {
  return String(s).replace(/%%\{[\s\S]*?\}%%/g, " ").replace(/[\r\n\u0085\u2028\u2029\v\f]+/g, " ").replace(/["\\`]/g, "'").replace(/[[\]]+/g, " ").replace(/[<>]/g, " ").replace(/#(\w*);/g, "#$1").replace(/@/g, "@\u200B").replace(/%+/g, "%").trim() || " ";
}
__name(label, "label");
function chartNumber(n, precision = 12) {
  if (!Number.isFinite(n)) throw new Error(`a chart value must be a finite number, got ${n}`);
  const p = Number(n.toPrecision(precision));
  const s = String(p);
  if (!/e/i.test(s)) return s;
  const exp = Math.floor(Math.log10(Math.abs(p)));
  if (exp >= 0) return BigInt(p).toString();
  return p.toFixed(Math.min(100, precision - 1 - exp)).replace(/0+$/, "").replace(/\.$/, "");
}
__name(chartNumber, "chartNumber");
var num = /* @__PURE__ */ __name((n) => chartNumber(n), "num");
function xyChart(o) {
  for (const c of o.palette ?? [])
    if (!/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(c)) throw new Error(`a chart colour must be #rgb or #rrggbb, got ${JSON.stringify(c)}`);
  const lines = [
    ...o.palette?.length ? [`%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${o.palette.join(", ")}"}}}}%%`] : [],
    o.horizontal ? "xychart-beta horizontal" : "xychart-beta",
    `  title "${label(o.title)}"`,
    o.xRange ? `  x-axis "${label(o.xLabel ?? "")}" ${num(o.xRange[0])} --> ${num(o.xRange[1])}` : `  x-axis [${o.xLabels.map((x) => `"${label(x)}"`).join(", ")}]`,
    o.yRange ? `  y-axis "${label(o.yLabel)}" ${num(o.yRange[0])} --> ${num(o.yRange[1])}` : `  y-axis "${label(o.yLabel)}"`,
    ...o.series.map((s) => `  ${s.kind}${s.title === void 0 ? "" : ` "${label(s.title)}"`} [${s.values.map(num).join(", ")}]`)
  ];
  return `\`\`\`mermaid
${lines.join("\n")}
\`\`\``;
}
__name(xyChart, "xyChart");

// node_modules/@mlops-actions/markdown/src/bytes.ts
function formatBytes(n) {
  if (n < 1024) return `${Math.round(n)} B`;
  const units = ["KiB", "MiB", "GiB", "TiB", "PiB"];
  let v = n;
  let u = -1;
  do {
    v /= 1024;
    u++;
  } while (v >= 1024 && u < units.length - 1);
  const one = Math.round(v * 10) / 10;
  return `${one >= 100 ? one.toFixed(0) : one.toFixed(1)} ${units[u]}`;
}
__name(formatBytes, "formatBytes");

export {
  writeFileAtomic,
  makeFolders,
  writeJsonAtomic,
  isInside,
  resolveInside,
  toPosixRelative,
  sha256File,
  sha256Stream,
  sha256Bytes,
  hashingStream,
  readManifest,
  compareManifests,
  hashPaths,
  escapeText,
  code,
  link,
  table,
  details,
  label,
  chartNumber,
  xyChart,
  formatBytes
};
