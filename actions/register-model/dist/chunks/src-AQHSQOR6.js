import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  chartNumber,
  code,
  compareManifests,
  details,
  escapeText,
  label,
  link,
  readManifest,
  resolveInside,
  sha256Bytes,
  table,
  toPosixRelative,
  writeFileAtomic,
  xyChart
} from "./chunk-DR4TYJSG.js";
import {
  MAX_DOCUMENT_BYTES,
  checkSize,
  mib,
  parseDocumentText,
  parseJsonText,
  parseYamlText
} from "./chunk-VGXBTMER.js";
import {
  UserError,
  messageOf
} from "./chunk-HK3EZUH2.js";
import {
  __name
} from "./chunk-C6ICYTQL.js";

// node_modules/@mlops-actions/metrics/src/direction.ts
var HIGHER = /* @__PURE__ */ new Set([
  "accuracy",
  "acc",
  "auc",
  "rocauc",
  "prauc",
  "auroc",
  "auprc",
  "f1",
  "f1score",
  "fscore",
  "fbeta",
  "f2",
  "precision",
  "recall",
  "sensitivity",
  "specificity",
  "tpr",
  "tnr",
  "r2",
  "rsquared",
  "map",
  "ndcg",
  "mrr",
  "iou",
  "miou",
  "dice",
  "bleu",
  "rouge",
  "meteor",
  "kappa",
  "mcc",
  "hitrate",
  "hits",
  "top1",
  "top5",
  "throughput",
  "qps",
  "explainedvariance",
  "ap",
  "gini"
]);
var LOWER = /* @__PURE__ */ new Set([
  "loss",
  "error",
  "err",
  "errors",
  "rmse",
  "mae",
  "mse",
  "msle",
  "rmsle",
  "mape",
  "smape",
  "mdape",
  "logloss",
  "crossentropy",
  "entropy",
  "perplexity",
  "ppl",
  "latency",
  "fpr",
  "fnr",
  "brier",
  "wer",
  "cer",
  "hamming",
  "deviance",
  "regret",
  "ms",
  "seconds",
  "duration",
  "time",
  "memory",
  "misclassification"
]);
function words(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
__name(words, "words");
function leafName(name) {
  const parts = name.split(/(?<!\d)\.|\.(?!\d)/);
  return parts[parts.length - 1] || name;
}
__name(leafName, "leafName");
function inferDirection(name) {
  const ws = words(leafName(name));
  const neg = ws.indexOf("neg");
  if (neg >= 0) {
    const after = judge(ws.slice(neg + 1));
    if (after) return after === "higher" ? "lower" : "higher";
  }
  const all = judge(ws);
  if (all && ws[0] === "negative") return all === "higher" ? "lower" : "higher";
  return all;
}
__name(inferDirection, "inferDirection");
function judge(ws) {
  const joined = ws.slice(1).map((w, i) => `${ws[i]}${w}`);
  const candidates = [...ws, ...joined, ...ws.map((w) => w.replace(/\d+$/, "")).filter((w) => w.length > 1)];
  const higher = candidates.some((w) => HIGHER.has(w));
  const lower = candidates.some((w) => LOWER.has(w));
  if (higher === lower) return void 0;
  return higher ? "higher" : "lower";
}
__name(judge, "judge");

// node_modules/@mlops-actions/metrics/src/document.ts
var MAX_PREDICTIONS_BYTES = 128 * 1024 * 1024;

// node_modules/@mlops-actions/metrics/src/parse.ts
import { readFile } from "node:fs/promises";
import { extname } from "node:path";

// node_modules/csv-parse/lib/api/CsvError.js
var CsvError = class _CsvError extends Error {
  static {
    __name(this, "CsvError");
  }
  constructor(code2, message, options, ...contexts) {
    if (Array.isArray(message)) message = message.join(" ").trim();
    super(message);
    if (Error.captureStackTrace !== void 0) {
      Error.captureStackTrace(this, _CsvError);
    }
    this.code = code2;
    for (const context of contexts) {
      for (const key in context) {
        const value = context[key];
        this[key] = Buffer.isBuffer(value) ? value.toString(options.encoding) : value == null ? value : JSON.parse(JSON.stringify(value));
      }
    }
  }
};

// node_modules/csv-parse/lib/utils/is_object.js
var is_object = /* @__PURE__ */ __name(function(obj2) {
  return typeof obj2 === "object" && obj2 !== null && !Array.isArray(obj2);
}, "is_object");

// node_modules/csv-parse/lib/api/normalize_columns_array.js
var normalize_columns_array = /* @__PURE__ */ __name(function(columns) {
  const normalizedColumns = [];
  for (let i = 0, l = columns.length; i < l; i++) {
    const column = columns[i];
    if (column === void 0 || column === null || column === false) {
      normalizedColumns[i] = { disabled: true };
    } else if (typeof column === "string" || typeof column === "number") {
      normalizedColumns[i] = { name: `${column}` };
    } else if (is_object(column)) {
      if (typeof column.name !== "string") {
        throw new CsvError("CSV_OPTION_COLUMNS_MISSING_NAME", [
          "Option columns missing name:",
          `property "name" is required at position ${i}`,
          "when column is an object literal"
        ]);
      }
      normalizedColumns[i] = column;
    } else {
      throw new CsvError("CSV_INVALID_COLUMN_DEFINITION", [
        "Invalid column definition:",
        "expect a string or a literal object,",
        `got ${JSON.stringify(column)} at position ${i}`
      ]);
    }
  }
  return normalizedColumns;
}, "normalize_columns_array");

// node_modules/csv-parse/lib/utils/ResizeableBuffer.js
var ResizeableBuffer = class {
  static {
    __name(this, "ResizeableBuffer");
  }
  constructor(size = 100) {
    this.size = size;
    this.length = 0;
    this.buf = Buffer.allocUnsafe(size);
  }
  prepend(val) {
    if (Buffer.isBuffer(val)) {
      const length = this.length + val.length;
      if (length >= this.size) {
        this.resize();
        if (length >= this.size) {
          throw Error("INVALID_BUFFER_STATE");
        }
      }
      const buf = this.buf;
      this.buf = Buffer.allocUnsafe(this.size);
      val.copy(this.buf, 0);
      buf.copy(this.buf, val.length);
      this.length += val.length;
    } else {
      const length = this.length++;
      if (length === this.size) {
        this.resize();
      }
      const buf = this.clone();
      this.buf[0] = val;
      buf.copy(this.buf, 1, 0, length);
    }
  }
  append(val) {
    const length = this.length++;
    if (length === this.size) {
      this.resize();
    }
    this.buf[length] = val;
  }
  clone() {
    return Buffer.from(this.buf.slice(0, this.length));
  }
  resize() {
    const length = this.length;
    this.size = this.size * 2;
    const buf = Buffer.allocUnsafe(this.size);
    this.buf.copy(buf, 0, 0, length);
    this.buf = buf;
  }
  toString(encoding) {
    if (encoding) {
      return this.buf.slice(0, this.length).toString(encoding);
    } else {
      return Uint8Array.prototype.slice.call(this.buf.slice(0, this.length));
    }
  }
  toJSON() {
    return this.toString("utf8");
  }
  reset() {
    this.length = 0;
  }
};
var ResizeableBuffer_default = ResizeableBuffer;

// node_modules/csv-parse/lib/api/init_state.js
var np = 12;
var cr = 13;
var nl = 10;
var space = 32;
var tab = 9;
var init_state = /* @__PURE__ */ __name(function(options) {
  return {
    bomSkipped: false,
    bufBytesStart: 0,
    castField: options.cast_function,
    commenting: false,
    // Current error encountered by a record
    error: void 0,
    enabled: options.from_line === 1,
    escaping: false,
    escapeIsQuote: Buffer.isBuffer(options.escape) && Buffer.isBuffer(options.quote) && Buffer.compare(options.escape, options.quote) === 0,
    // columns can be `false`, `true`, `Array`
    expectedRecordLength: Array.isArray(options.columns) ? options.columns.length : void 0,
    field: new ResizeableBuffer_default(20),
    firstLineToHeaders: options.cast_first_line_to_header,
    needMoreDataSize: Math.max(
      // Skip if the remaining buffer smaller than comment
      options.comment !== null ? options.comment.length : 0,
      ...options.delimiter.map((delimiter) => delimiter.length),
      // Skip if the remaining buffer can be escape sequence
      options.quote !== null ? options.quote.length : 0
    ),
    previousBuf: void 0,
    quoting: false,
    stop: false,
    rawBuffer: new ResizeableBuffer_default(100),
    record: [],
    recordHasError: false,
    record_length: 0,
    recordDelimiterMaxLength: options.record_delimiter.length === 0 ? 0 : Math.max(...options.record_delimiter.map((v) => v.length)),
    trimChars: [
      Buffer.from(" ", options.encoding)[0],
      Buffer.from("	", options.encoding)[0]
    ],
    wasQuoting: false,
    wasRowDelimiter: false,
    timchars: [
      Buffer.from(Buffer.from([cr], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([nl], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([np], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([space], "utf8").toString(), options.encoding),
      Buffer.from(Buffer.from([tab], "utf8").toString(), options.encoding)
    ]
  };
}, "init_state");

// node_modules/csv-parse/lib/utils/underscore.js
var underscore = /* @__PURE__ */ __name(function(str) {
  return str.replace(/([A-Z])/g, function(_, match) {
    return "_" + match.toLowerCase();
  });
}, "underscore");

// node_modules/csv-parse/lib/api/normalize_options.js
var normalize_options = /* @__PURE__ */ __name(function(opts) {
  const options = {};
  for (const opt in opts) {
    options[underscore(opt)] = opts[opt];
  }
  if (options.encoding === void 0 || options.encoding === true) {
    options.encoding = "utf8";
  } else if (options.encoding === null || options.encoding === false) {
    options.encoding = null;
  } else if (typeof options.encoding !== "string" && options.encoding !== null) {
    throw new CsvError(
      "CSV_INVALID_OPTION_ENCODING",
      [
        "Invalid option encoding:",
        "encoding must be a string or null to return a buffer,",
        `got ${JSON.stringify(options.encoding)}`
      ],
      options
    );
  }
  if (options.bom === void 0 || options.bom === null || options.bom === false) {
    options.bom = false;
  } else if (options.bom !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_BOM",
      [
        "Invalid option bom:",
        "bom must be true,",
        `got ${JSON.stringify(options.bom)}`
      ],
      options
    );
  }
  options.cast_function = null;
  if (options.cast === void 0 || options.cast === null || options.cast === false || options.cast === "") {
    options.cast = void 0;
  } else if (typeof options.cast === "function") {
    options.cast_function = options.cast;
    options.cast = true;
  } else if (options.cast !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST",
      [
        "Invalid option cast:",
        "cast must be true or a function,",
        `got ${JSON.stringify(options.cast)}`
      ],
      options
    );
  }
  if (options.cast_date === void 0 || options.cast_date === null || options.cast_date === false || options.cast_date === "") {
    options.cast_date = false;
  } else if (options.cast_date === true) {
    options.cast_date = function(value) {
      const date = Date.parse(value);
      return !isNaN(date) ? new Date(date) : value;
    };
  } else if (typeof options.cast_date !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_CAST_DATE",
      [
        "Invalid option cast_date:",
        "cast_date must be true or a function,",
        `got ${JSON.stringify(options.cast_date)}`
      ],
      options
    );
  }
  options.cast_first_line_to_header = void 0;
  if (options.columns === true) {
    options.cast_first_line_to_header = void 0;
  } else if (typeof options.columns === "function") {
    options.cast_first_line_to_header = options.columns;
    options.columns = true;
  } else if (Array.isArray(options.columns)) {
    options.columns = normalize_columns_array(options.columns);
  } else if (options.columns === void 0 || options.columns === null || options.columns === false) {
    options.columns = false;
  } else {
    throw new CsvError(
      "CSV_INVALID_OPTION_COLUMNS",
      [
        "Invalid option columns:",
        "expect an array, a function or true,",
        `got ${JSON.stringify(options.columns)}`
      ],
      options
    );
  }
  if (options.group_columns_by_name === void 0 || options.group_columns_by_name === null || options.group_columns_by_name === false) {
    options.group_columns_by_name = false;
  } else if (options.group_columns_by_name !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "expect an boolean,",
        `got ${JSON.stringify(options.group_columns_by_name)}`
      ],
      options
    );
  } else if (options.columns === false) {
    throw new CsvError(
      "CSV_INVALID_OPTION_GROUP_COLUMNS_BY_NAME",
      [
        "Invalid option group_columns_by_name:",
        "the `columns` mode must be activated."
      ],
      options
    );
  }
  if (options.comment === void 0 || options.comment === null || options.comment === false || options.comment === "") {
    options.comment = null;
  } else {
    if (typeof options.comment === "string") {
      options.comment = Buffer.from(options.comment, options.encoding);
    }
    if (!Buffer.isBuffer(options.comment)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_COMMENT",
        [
          "Invalid option comment:",
          "comment must be a buffer or a string,",
          `got ${JSON.stringify(options.comment)}`
        ],
        options
      );
    }
  }
  if (options.comment_no_infix === void 0 || options.comment_no_infix === null || options.comment_no_infix === false) {
    options.comment_no_infix = false;
  } else if (options.comment_no_infix !== true) {
    throw new CsvError(
      "CSV_INVALID_OPTION_COMMENT",
      [
        "Invalid option comment_no_infix:",
        "value must be a boolean,",
        `got ${JSON.stringify(options.comment_no_infix)}`
      ],
      options
    );
  }
  const delimiter_json = JSON.stringify(options.delimiter);
  if (!Array.isArray(options.delimiter))
    options.delimiter = [options.delimiter];
  if (options.delimiter.length === 0) {
    throw new CsvError(
      "CSV_INVALID_OPTION_DELIMITER",
      [
        "Invalid option delimiter:",
        "delimiter must be a non empty string or buffer or array of string|buffer,",
        `got ${delimiter_json}`
      ],
      options
    );
  }
  options.delimiter = options.delimiter.map(function(delimiter) {
    if (delimiter === void 0 || delimiter === null || delimiter === false) {
      return Buffer.from(",", options.encoding);
    }
    if (typeof delimiter === "string") {
      delimiter = Buffer.from(delimiter, options.encoding);
    }
    if (!Buffer.isBuffer(delimiter) || delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_DELIMITER",
        [
          "Invalid option delimiter:",
          "delimiter must be a non empty string or buffer or array of string|buffer,",
          `got ${delimiter_json}`
        ],
        options
      );
    }
    return delimiter;
  });
  if (options.escape === void 0 || options.escape === true) {
    options.escape = Buffer.from('"', options.encoding);
  } else if (typeof options.escape === "string") {
    options.escape = Buffer.from(options.escape, options.encoding);
  } else if (options.escape === null || options.escape === false) {
    options.escape = null;
  }
  if (options.escape !== null) {
    if (!Buffer.isBuffer(options.escape)) {
      throw new Error(
        `Invalid Option: escape must be a buffer, a string or a boolean, got ${JSON.stringify(options.escape)}`
      );
    }
  }
  if (options.from === void 0 || options.from === null) {
    options.from = 1;
  } else {
    if (typeof options.from === "string" && /\d+/.test(options.from)) {
      options.from = parseInt(options.from);
    }
    if (Number.isInteger(options.from)) {
      if (options.from < 0) {
        throw new Error(
          `Invalid Option: from must be a positive integer, got ${JSON.stringify(opts.from)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from must be an integer, got ${JSON.stringify(options.from)}`
      );
    }
  }
  if (options.from_line === void 0 || options.from_line === null) {
    options.from_line = 1;
  } else {
    if (typeof options.from_line === "string" && /\d+/.test(options.from_line)) {
      options.from_line = parseInt(options.from_line);
    }
    if (Number.isInteger(options.from_line)) {
      if (options.from_line <= 0) {
        throw new Error(
          `Invalid Option: from_line must be a positive integer greater than 0, got ${JSON.stringify(opts.from_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: from_line must be an integer, got ${JSON.stringify(opts.from_line)}`
      );
    }
  }
  if (options.ignore_last_delimiters === void 0 || options.ignore_last_delimiters === null) {
    options.ignore_last_delimiters = false;
  } else if (typeof options.ignore_last_delimiters === "number") {
    options.ignore_last_delimiters = Math.floor(options.ignore_last_delimiters);
    if (options.ignore_last_delimiters === 0) {
      options.ignore_last_delimiters = false;
    }
  } else if (typeof options.ignore_last_delimiters !== "boolean") {
    throw new CsvError(
      "CSV_INVALID_OPTION_IGNORE_LAST_DELIMITERS",
      [
        "Invalid option `ignore_last_delimiters`:",
        "the value must be a boolean value or an integer,",
        `got ${JSON.stringify(options.ignore_last_delimiters)}`
      ],
      options
    );
  }
  if (options.ignore_last_delimiters === true && options.columns === false) {
    throw new CsvError(
      "CSV_IGNORE_LAST_DELIMITERS_REQUIRES_COLUMNS",
      [
        "The option `ignore_last_delimiters`",
        "requires the activation of the `columns` option"
      ],
      options
    );
  }
  if (options.info === void 0 || options.info === null || options.info === false) {
    options.info = false;
  } else if (options.info !== true) {
    throw new Error(
      `Invalid Option: info must be true, got ${JSON.stringify(options.info)}`
    );
  }
  if (options.max_record_size === void 0 || options.max_record_size === null || options.max_record_size === false) {
    options.max_record_size = 0;
  } else if (Number.isInteger(options.max_record_size) && options.max_record_size >= 0) {
  } else if (typeof options.max_record_size === "string" && /\d+/.test(options.max_record_size)) {
    options.max_record_size = parseInt(options.max_record_size);
  } else {
    throw new Error(
      `Invalid Option: max_record_size must be a positive integer, got ${JSON.stringify(options.max_record_size)}`
    );
  }
  if (options.objname === void 0 || options.objname === null || options.objname === false) {
    options.objname = void 0;
  } else if (Buffer.isBuffer(options.objname)) {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty buffer`);
    }
    if (options.encoding === null) {
    } else {
      options.objname = options.objname.toString(options.encoding);
    }
  } else if (typeof options.objname === "string") {
    if (options.objname.length === 0) {
      throw new Error(`Invalid Option: objname must be a non empty string`);
    }
  } else if (typeof options.objname === "number") {
  } else {
    throw new Error(
      `Invalid Option: objname must be a string or a buffer, got ${options.objname}`
    );
  }
  if (options.objname !== void 0) {
    if (typeof options.objname === "number") {
      if (options.columns !== false) {
        throw Error(
          "Invalid Option: objname index cannot be combined with columns or be defined as a field"
        );
      }
    } else {
      if (options.columns === false) {
        throw Error(
          "Invalid Option: objname field must be combined with columns or be defined as an index"
        );
      }
    }
  }
  if (options.on_record === void 0 || options.on_record === null) {
    options.on_record = void 0;
  } else if (typeof options.on_record !== "function") {
    throw new CsvError(
      "CSV_INVALID_OPTION_ON_RECORD",
      [
        "Invalid option `on_record`:",
        "expect a function,",
        `got ${JSON.stringify(options.on_record)}`
      ],
      options
    );
  }
  if (options.on_skip !== void 0 && options.on_skip !== null && typeof options.on_skip !== "function") {
    throw new Error(
      `Invalid Option: on_skip must be a function, got ${JSON.stringify(options.on_skip)}`
    );
  }
  if (options.quote === null || options.quote === false || options.quote === "") {
    options.quote = null;
  } else {
    if (options.quote === void 0 || options.quote === true) {
      options.quote = Buffer.from('"', options.encoding);
    } else if (typeof options.quote === "string") {
      options.quote = Buffer.from(options.quote, options.encoding);
    }
    if (!Buffer.isBuffer(options.quote)) {
      throw new Error(
        `Invalid Option: quote must be a buffer or a string, got ${JSON.stringify(options.quote)}`
      );
    }
  }
  if (options.raw === void 0 || options.raw === null || options.raw === false) {
    options.raw = false;
  } else if (options.raw !== true) {
    throw new Error(
      `Invalid Option: raw must be true, got ${JSON.stringify(options.raw)}`
    );
  }
  if (options.record_delimiter === void 0) {
    options.record_delimiter = [];
  } else if (typeof options.record_delimiter === "string" || Buffer.isBuffer(options.record_delimiter)) {
    if (options.record_delimiter.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer,",
          `got ${JSON.stringify(options.record_delimiter)}`
        ],
        options
      );
    }
    options.record_delimiter = [options.record_delimiter];
  } else if (!Array.isArray(options.record_delimiter)) {
    throw new CsvError(
      "CSV_INVALID_OPTION_RECORD_DELIMITER",
      [
        "Invalid option `record_delimiter`:",
        "value must be a string, a buffer or array of string|buffer,",
        `got ${JSON.stringify(options.record_delimiter)}`
      ],
      options
    );
  }
  options.record_delimiter = options.record_delimiter.map(function(rd, i) {
    if (typeof rd !== "string" && !Buffer.isBuffer(rd)) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a string, a buffer or array of string|buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    } else if (rd.length === 0) {
      throw new CsvError(
        "CSV_INVALID_OPTION_RECORD_DELIMITER",
        [
          "Invalid option `record_delimiter`:",
          "value must be a non empty string or buffer",
          `at index ${i},`,
          `got ${JSON.stringify(rd)}`
        ],
        options
      );
    }
    if (typeof rd === "string") {
      rd = Buffer.from(rd, options.encoding);
    }
    return rd;
  });
  if (typeof options.relax_column_count === "boolean") {
  } else if (options.relax_column_count === void 0 || options.relax_column_count === null) {
    options.relax_column_count = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count must be a boolean, got ${JSON.stringify(options.relax_column_count)}`
    );
  }
  if (typeof options.relax_column_count_less === "boolean") {
  } else if (options.relax_column_count_less === void 0 || options.relax_column_count_less === null) {
    options.relax_column_count_less = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_less must be a boolean, got ${JSON.stringify(options.relax_column_count_less)}`
    );
  }
  if (typeof options.relax_column_count_more === "boolean") {
  } else if (options.relax_column_count_more === void 0 || options.relax_column_count_more === null) {
    options.relax_column_count_more = false;
  } else {
    throw new Error(
      `Invalid Option: relax_column_count_more must be a boolean, got ${JSON.stringify(options.relax_column_count_more)}`
    );
  }
  if (typeof options.relax_quotes === "boolean") {
  } else if (options.relax_quotes === void 0 || options.relax_quotes === null) {
    options.relax_quotes = false;
  } else {
    throw new Error(
      `Invalid Option: relax_quotes must be a boolean, got ${JSON.stringify(options.relax_quotes)}`
    );
  }
  if (typeof options.skip_empty_lines === "boolean") {
  } else if (options.skip_empty_lines === void 0 || options.skip_empty_lines === null) {
    options.skip_empty_lines = false;
  } else {
    throw new Error(
      `Invalid Option: skip_empty_lines must be a boolean, got ${JSON.stringify(options.skip_empty_lines)}`
    );
  }
  if (typeof options.skip_records_with_empty_values === "boolean") {
  } else if (options.skip_records_with_empty_values === void 0 || options.skip_records_with_empty_values === null) {
    options.skip_records_with_empty_values = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_empty_values must be a boolean, got ${JSON.stringify(options.skip_records_with_empty_values)}`
    );
  }
  if (typeof options.skip_records_with_error === "boolean") {
  } else if (options.skip_records_with_error === void 0 || options.skip_records_with_error === null) {
    options.skip_records_with_error = false;
  } else {
    throw new Error(
      `Invalid Option: skip_records_with_error must be a boolean, got ${JSON.stringify(options.skip_records_with_error)}`
    );
  }
  if (options.rtrim === void 0 || options.rtrim === null || options.rtrim === false) {
    options.rtrim = false;
  } else if (options.rtrim !== true) {
    throw new Error(
      `Invalid Option: rtrim must be a boolean, got ${JSON.stringify(options.rtrim)}`
    );
  }
  if (options.ltrim === void 0 || options.ltrim === null || options.ltrim === false) {
    options.ltrim = false;
  } else if (options.ltrim !== true) {
    throw new Error(
      `Invalid Option: ltrim must be a boolean, got ${JSON.stringify(options.ltrim)}`
    );
  }
  if (options.trim === void 0 || options.trim === null || options.trim === false) {
    options.trim = false;
  } else if (options.trim !== true) {
    throw new Error(
      `Invalid Option: trim must be a boolean, got ${JSON.stringify(options.trim)}`
    );
  }
  if (options.trim === true && opts.ltrim !== false) {
    options.ltrim = true;
  } else if (options.ltrim !== true) {
    options.ltrim = false;
  }
  if (options.trim === true && opts.rtrim !== false) {
    options.rtrim = true;
  } else if (options.rtrim !== true) {
    options.rtrim = false;
  }
  if (options.to === void 0 || options.to === null) {
    options.to = -1;
  } else if (options.to !== -1) {
    if (typeof options.to === "string" && /\d+/.test(options.to)) {
      options.to = parseInt(options.to);
    }
    if (Number.isInteger(options.to)) {
      if (options.to <= 0) {
        throw new Error(
          `Invalid Option: to must be a positive integer greater than 0, got ${JSON.stringify(opts.to)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to must be an integer, got ${JSON.stringify(opts.to)}`
      );
    }
  }
  if (options.to_line === void 0 || options.to_line === null) {
    options.to_line = -1;
  } else if (options.to_line !== -1) {
    if (typeof options.to_line === "string" && /\d+/.test(options.to_line)) {
      options.to_line = parseInt(options.to_line);
    }
    if (Number.isInteger(options.to_line)) {
      if (options.to_line <= 0) {
        throw new Error(
          `Invalid Option: to_line must be a positive integer greater than 0, got ${JSON.stringify(opts.to_line)}`
        );
      }
    } else {
      throw new Error(
        `Invalid Option: to_line must be an integer, got ${JSON.stringify(opts.to_line)}`
      );
    }
  }
  return options;
}, "normalize_options");

// node_modules/csv-parse/lib/api/index.js
var isRecordEmpty = /* @__PURE__ */ __name(function(record) {
  return record.every(
    (field) => field == null || field.toString && field.toString().trim() === ""
  );
}, "isRecordEmpty");
var cr2 = 13;
var nl2 = 10;
var boms = {
  // Note, the following are equals:
  // Buffer.from("\ufeff")
  // Buffer.from([239, 187, 191])
  // Buffer.from('EFBBBF', 'hex')
  utf8: Buffer.from([239, 187, 191]),
  // Note, the following are equals:
  // Buffer.from "\ufeff", 'utf16le
  // Buffer.from([255, 254])
  utf16le: Buffer.from([255, 254])
};
var transform = /* @__PURE__ */ __name(function(original_options = {}) {
  const info = {
    bytes: 0,
    bytes_records: 0,
    comment_lines: 0,
    empty_lines: 0,
    invalid_field_length: 0,
    lines: 1,
    records: 0
  };
  const options = normalize_options(original_options);
  return {
    info,
    original_options,
    options,
    state: init_state(options),
    __needMoreData: /* @__PURE__ */ __name(function(i, bufLen, end) {
      if (end) return false;
      const { encoding, escape, quote } = this.options;
      const { quoting, needMoreDataSize, recordDelimiterMaxLength } = this.state;
      const numOfCharLeft = bufLen - i - 1;
      const requiredLength = Math.max(
        needMoreDataSize,
        // Skip if the remaining buffer smaller than record delimiter
        // If "record_delimiter" is yet to be discovered:
        // 1. It is equals to `[]` and "recordDelimiterMaxLength" equals `0`
        // 2. We set the length to windows line ending in the current encoding
        // Note, that encoding is known from user or bom discovery at that point
        // recordDelimiterMaxLength,
        recordDelimiterMaxLength === 0 ? Buffer.from("\r\n", encoding).length : recordDelimiterMaxLength,
        // Skip if remaining buffer can be an escaped quote
        quoting ? (escape === null ? 0 : escape.length) + quote.length : 0,
        // Skip if remaining buffer can be record delimiter following the closing quote
        quoting ? quote.length + recordDelimiterMaxLength : 0
      );
      return numOfCharLeft < requiredLength;
    }, "__needMoreData"),
    // Central parser implementation
    parse: /* @__PURE__ */ __name(function(nextBuf, end, push, close) {
      const {
        bom,
        comment_no_infix,
        encoding,
        from_line,
        ltrim,
        max_record_size,
        raw,
        relax_quotes,
        rtrim,
        skip_empty_lines,
        to,
        to_line
      } = this.options;
      let { comment, escape, quote, record_delimiter } = this.options;
      const { bomSkipped, previousBuf, rawBuffer, escapeIsQuote } = this.state;
      let buf;
      if (previousBuf === void 0) {
        if (nextBuf === void 0) {
          close();
          return;
        } else {
          buf = nextBuf;
        }
      } else if (previousBuf !== void 0 && nextBuf === void 0) {
        buf = previousBuf;
      } else {
        buf = Buffer.concat([previousBuf, nextBuf]);
      }
      if (bomSkipped === false) {
        if (bom === false) {
          this.state.bomSkipped = true;
        } else if (buf.length < 3) {
          if (end === false) {
            this.state.previousBuf = buf;
            return;
          }
        } else {
          for (const encoding2 in boms) {
            if (boms[encoding2].compare(buf, 0, boms[encoding2].length) === 0) {
              const bomLength = boms[encoding2].length;
              this.state.bufBytesStart += bomLength;
              buf = buf.slice(bomLength);
              const options2 = normalize_options({
                ...this.original_options,
                encoding: encoding2
              });
              for (const key in options2) {
                this.options[key] = options2[key];
              }
              ({ comment, escape, quote } = this.options);
              break;
            }
          }
          this.state.bomSkipped = true;
        }
      }
      const bufLen = buf.length;
      let pos;
      for (pos = 0; pos < bufLen; pos++) {
        if (this.__needMoreData(pos, bufLen, end)) {
          break;
        }
        if (this.state.wasRowDelimiter === true) {
          this.info.lines++;
          this.state.wasRowDelimiter = false;
        }
        if (to_line !== -1 && this.info.lines > to_line) {
          this.state.stop = true;
          close();
          return;
        }
        if (this.state.quoting === false && record_delimiter.length === 0) {
          const record_delimiterCount = this.__autoDiscoverRecordDelimiter(
            buf,
            pos
          );
          if (record_delimiterCount) {
            record_delimiter = this.options.record_delimiter;
          }
        }
        const chr = buf[pos];
        if (raw === true) {
          rawBuffer.append(chr);
        }
        if ((chr === cr2 || chr === nl2) && this.state.wasRowDelimiter === false) {
          this.state.wasRowDelimiter = true;
        }
        if (this.state.escaping === true) {
          this.state.escaping = false;
        } else {
          if (escape !== null && this.state.quoting === true && this.__isEscape(buf, pos, chr) && pos + escape.length < bufLen) {
            if (escapeIsQuote) {
              if (this.__isQuote(buf, pos + escape.length)) {
                this.state.escaping = true;
                pos += escape.length - 1;
                continue;
              }
            } else {
              this.state.escaping = true;
              pos += escape.length - 1;
              continue;
            }
          }
          if (this.state.commenting === false && this.__isQuote(buf, pos)) {
            if (this.state.quoting === true) {
              const nextChr = buf[pos + quote.length];
              const isNextChrTrimable = rtrim && this.__isCharTrimable(buf, pos + quote.length);
              const isNextChrComment = comment !== null && this.__compareBytes(comment, buf, pos + quote.length, nextChr);
              const isNextChrDelimiter = this.__isDelimiter(
                buf,
                pos + quote.length,
                nextChr
              );
              const isNextChrRecordDelimiter = record_delimiter.length === 0 ? this.__autoDiscoverRecordDelimiter(buf, pos + quote.length) : this.__isRecordDelimiter(nextChr, buf, pos + quote.length);
              if (escape !== null && this.__isEscape(buf, pos, chr) && this.__isQuote(buf, pos + escape.length)) {
                pos += escape.length - 1;
              } else if (!nextChr || isNextChrDelimiter || isNextChrRecordDelimiter || isNextChrComment || isNextChrTrimable) {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                pos += quote.length - 1;
                continue;
              } else if (relax_quotes === false) {
                const err = this.__error(
                  new CsvError(
                    "CSV_INVALID_CLOSING_QUOTE",
                    [
                      "Invalid Closing Quote:",
                      `got "${String.fromCharCode(nextChr)}"`,
                      `at line ${this.info.lines}`,
                      "instead of delimiter, record delimiter, trimable character",
                      "(if activated) or comment"
                    ],
                    this.options,
                    this.__infoField()
                  )
                );
                if (err !== void 0) return err;
              } else {
                this.state.quoting = false;
                this.state.wasQuoting = true;
                this.state.field.prepend(quote);
                pos += quote.length - 1;
              }
            } else {
              if (this.state.field.length !== 0) {
                if (relax_quotes === false) {
                  const info2 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info2.column)} at line ${info2.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info2,
                      {
                        field: this.state.field
                      }
                    )
                  );
                  if (err !== void 0) return err;
                }
              } else {
                this.state.quoting = true;
                pos += quote.length - 1;
                continue;
              }
            }
          }
          if (this.state.quoting === false) {
            const recordDelimiterLength = this.__isRecordDelimiter(
              chr,
              buf,
              pos
            );
            if (recordDelimiterLength !== 0) {
              const skipCommentLine = this.state.commenting && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0;
              if (skipCommentLine) {
                this.info.comment_lines++;
              } else {
                if (this.state.enabled === false && this.info.lines + (this.state.wasRowDelimiter === true ? 1 : 0) >= from_line) {
                  this.state.enabled = true;
                  this.__resetField();
                  this.__resetRecord();
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                if (skip_empty_lines === true && this.state.wasQuoting === false && this.state.record.length === 0 && this.state.field.length === 0) {
                  this.info.empty_lines++;
                  pos += recordDelimiterLength - 1;
                  continue;
                }
                this.info.bytes = this.state.bufBytesStart + pos;
                const errField = this.__onField();
                if (errField !== void 0) return errField;
                this.info.bytes = this.state.bufBytesStart + pos + recordDelimiterLength;
                const errRecord = this.__onRecord(push);
                if (errRecord !== void 0) return errRecord;
                if (to !== -1 && this.info.records >= to) {
                  this.state.stop = true;
                  close();
                  return;
                }
              }
              this.state.commenting = false;
              pos += recordDelimiterLength - 1;
              continue;
            }
            if (this.state.commenting) {
              continue;
            }
            if (comment !== null && (comment_no_infix === false || this.state.record.length === 0 && this.state.field.length === 0)) {
              const commentCount = this.__compareBytes(comment, buf, pos, chr);
              if (commentCount !== 0) {
                this.state.commenting = true;
                continue;
              }
            }
            const delimiterLength = this.__isDelimiter(buf, pos, chr);
            if (delimiterLength !== 0) {
              this.info.bytes = this.state.bufBytesStart + pos;
              const errField = this.__onField();
              if (errField !== void 0) return errField;
              pos += delimiterLength - 1;
              continue;
            }
          }
        }
        if (this.state.commenting === false) {
          if (max_record_size !== 0 && this.state.record_length + this.state.field.length > max_record_size) {
            return this.__error(
              new CsvError(
                "CSV_MAX_RECORD_SIZE",
                [
                  "Max Record Size:",
                  "record exceed the maximum number of tolerated bytes",
                  `of ${max_record_size}`,
                  `at line ${this.info.lines}`
                ],
                this.options,
                this.__infoField()
              )
            );
          }
        }
        const lappend = ltrim === false || this.state.quoting === true || this.state.field.length !== 0 || !this.__isCharTrimable(buf, pos);
        const rappend = rtrim === false || this.state.wasQuoting === false;
        if (lappend === true && rappend === true) {
          this.state.field.append(chr);
        } else if (rtrim === true && !this.__isCharTrimable(buf, pos)) {
          return this.__error(
            new CsvError(
              "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE",
              [
                "Invalid Closing Quote:",
                "found non trimable byte after quote",
                `at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
        } else {
          if (lappend === false) {
            pos += this.__isCharTrimable(buf, pos) - 1;
          }
          continue;
        }
      }
      if (end === true) {
        if (this.state.quoting === true) {
          const err = this.__error(
            new CsvError(
              "CSV_QUOTE_NOT_CLOSED",
              [
                "Quote Not Closed:",
                `the parsing is finished with an opening quote at line ${this.info.lines}`
              ],
              this.options,
              this.__infoField()
            )
          );
          if (err !== void 0) return err;
        } else {
          if (this.state.wasQuoting === true || this.state.record.length !== 0 || this.state.field.length !== 0) {
            this.info.bytes = this.state.bufBytesStart + pos;
            const errField = this.__onField();
            if (errField !== void 0) return errField;
            const errRecord = this.__onRecord(push);
            if (errRecord !== void 0) return errRecord;
          } else if (this.state.wasRowDelimiter === true) {
            this.info.empty_lines++;
          } else if (this.state.commenting === true) {
            this.info.comment_lines++;
          }
        }
      } else {
        this.state.bufBytesStart += pos;
        this.state.previousBuf = buf.slice(pos);
      }
      if (this.state.wasRowDelimiter === true) {
        this.info.lines++;
        this.state.wasRowDelimiter = false;
      }
    }, "parse"),
    __onRecord: /* @__PURE__ */ __name(function(push) {
      const {
        columns,
        group_columns_by_name,
        encoding,
        info: info2,
        from,
        relax_column_count,
        relax_column_count_less,
        relax_column_count_more,
        raw,
        skip_records_with_empty_values
      } = this.options;
      const { enabled, record } = this.state;
      if (enabled === false) {
        return this.__resetRecord();
      }
      const recordLength = record.length;
      if (columns === true) {
        if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
          this.__resetRecord();
          return;
        }
        return this.__firstLineToColumns(record);
      }
      if (columns === false && this.info.records === 0) {
        this.state.expectedRecordLength = recordLength;
      }
      if (recordLength !== this.state.expectedRecordLength) {
        const err = columns === false ? new CsvError(
          "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH",
          [
            "Invalid Record Length:",
            `expect ${this.state.expectedRecordLength},`,
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        ) : new CsvError(
          "CSV_RECORD_INCONSISTENT_COLUMNS",
          [
            "Invalid Record Length:",
            `columns length is ${columns.length},`,
            // rename columns
            `got ${recordLength} on line ${this.info.lines}`
          ],
          this.options,
          this.__infoField(),
          {
            record
          }
        );
        if (relax_column_count === true || relax_column_count_less === true && recordLength < this.state.expectedRecordLength || relax_column_count_more === true && recordLength > this.state.expectedRecordLength) {
          this.info.invalid_field_length++;
          this.state.error = err;
        } else {
          const finalErr = this.__error(err);
          if (finalErr) return finalErr;
        }
      }
      if (skip_records_with_empty_values === true && isRecordEmpty(record)) {
        this.__resetRecord();
        return;
      }
      if (this.state.recordHasError === true) {
        this.__resetRecord();
        this.state.recordHasError = false;
        return;
      }
      this.info.records++;
      if (from === 1 || this.info.records >= from) {
        const { objname } = this.options;
        if (columns !== false) {
          const obj2 = {};
          for (let i = 0, l = record.length; i < l; i++) {
            if (columns[i] === void 0 || columns[i].disabled) continue;
            if (group_columns_by_name === true && obj2[columns[i].name] !== void 0) {
              if (Array.isArray(obj2[columns[i].name])) {
                obj2[columns[i].name] = obj2[columns[i].name].concat(record[i]);
              } else {
                obj2[columns[i].name] = [obj2[columns[i].name], record[i]];
              }
            } else {
              obj2[columns[i].name] = record[i];
            }
          }
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record: obj2 },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [obj2[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? obj2 : [obj2[objname], obj2],
              push
            );
            if (err) {
              return err;
            }
          }
        } else {
          if (raw === true || info2 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info2 === true ? { info: this.__infoRecord() } : {}
            );
            const err = this.__push(
              objname === void 0 ? extRecord : [record[objname], extRecord],
              push
            );
            if (err) {
              return err;
            }
          } else {
            const err = this.__push(
              objname === void 0 ? record : [record[objname], record],
              push
            );
            if (err) {
              return err;
            }
          }
        }
      }
      this.__resetRecord();
    }, "__onRecord"),
    __firstLineToColumns: /* @__PURE__ */ __name(function(record) {
      const { firstLineToHeaders } = this.state;
      try {
        const headers = firstLineToHeaders === void 0 ? record : firstLineToHeaders.call(null, record);
        if (!Array.isArray(headers)) {
          return this.__error(
            new CsvError(
              "CSV_INVALID_COLUMN_MAPPING",
              [
                "Invalid Column Mapping:",
                "expect an array from column function,",
                `got ${JSON.stringify(headers)}`
              ],
              this.options,
              this.__infoField(),
              {
                headers
              }
            )
          );
        }
        const normalizedHeaders = normalize_columns_array(headers);
        this.state.expectedRecordLength = normalizedHeaders.length;
        this.options.columns = normalizedHeaders;
        this.__resetRecord();
        return;
      } catch (err) {
        return err;
      }
    }, "__firstLineToColumns"),
    __resetRecord: /* @__PURE__ */ __name(function() {
      if (this.options.raw === true) {
        this.state.rawBuffer.reset();
      }
      this.state.error = void 0;
      this.state.record = [];
      this.state.record_length = 0;
    }, "__resetRecord"),
    __onField: /* @__PURE__ */ __name(function() {
      const { cast, encoding, rtrim, max_record_size } = this.options;
      const { enabled, wasQuoting } = this.state;
      if (enabled === false) {
        return this.__resetField();
      }
      let field = this.state.field.toString(encoding);
      if (rtrim === true && wasQuoting === false) {
        field = field.trimRight();
      }
      if (cast === true) {
        const [err, f] = this.__cast(field);
        if (err !== void 0) return err;
        field = f;
      }
      this.state.record.push(field);
      if (max_record_size !== 0 && typeof field === "string") {
        this.state.record_length += field.length;
      }
      this.__resetField();
    }, "__onField"),
    __resetField: /* @__PURE__ */ __name(function() {
      this.state.field.reset();
      this.state.wasQuoting = false;
    }, "__resetField"),
    __push: /* @__PURE__ */ __name(function(record, push) {
      const { on_record } = this.options;
      if (on_record !== void 0) {
        const info2 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info2);
        } catch (err) {
          return err;
        }
        if (record === void 0 || record === null) {
          return;
        }
      }
      this.info.bytes_records += this.info.bytes;
      push(record);
    }, "__push"),
    // Return a tuple with the error and the casted value
    __cast: /* @__PURE__ */ __name(function(field) {
      const { columns, relax_column_count } = this.options;
      const isColumns = Array.isArray(columns);
      if (isColumns === true && relax_column_count && this.options.columns.length <= this.state.record.length) {
        return [void 0, void 0];
      }
      if (this.state.castField !== null) {
        try {
          const info2 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info2)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info2 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info2)];
      }
      return [void 0, field];
    }, "__cast"),
    // Helper to test if a character is a space or a line delimiter
    __isCharTrimable: /* @__PURE__ */ __name(function(buf, pos) {
      const isTrim = /* @__PURE__ */ __name((buf2, pos2) => {
        const { timchars } = this.state;
        loop1: for (let i = 0; i < timchars.length; i++) {
          const timchar = timchars[i];
          for (let j = 0; j < timchar.length; j++) {
            if (timchar[j] !== buf2[pos2 + j]) continue loop1;
          }
          return timchar.length;
        }
        return 0;
      }, "isTrim");
      return isTrim(buf, pos);
    }, "__isCharTrimable"),
    // Keep it in case we implement the `cast_int` option
    // __isInt(value){
    //   // return Number.isInteger(parseInt(value))
    //   // return !isNaN( parseInt( obj ) );
    //   return /^(\-|\+)?[1-9][0-9]*$/.test(value)
    // }
    __isFloat: /* @__PURE__ */ __name(function(value) {
      return value - parseFloat(value) + 1 >= 0;
    }, "__isFloat"),
    __compareBytes: /* @__PURE__ */ __name(function(sourceBuf, targetBuf, targetPos, firstByte) {
      if (sourceBuf[0] !== firstByte) return 0;
      const sourceLength = sourceBuf.length;
      for (let i = 1; i < sourceLength; i++) {
        if (sourceBuf[i] !== targetBuf[targetPos + i]) return 0;
      }
      return sourceLength;
    }, "__compareBytes"),
    __isDelimiter: /* @__PURE__ */ __name(function(buf, pos, chr) {
      const { delimiter, ignore_last_delimiters } = this.options;
      if (ignore_last_delimiters === true && this.state.record.length === this.options.columns.length - 1) {
        return 0;
      } else if (ignore_last_delimiters !== false && typeof ignore_last_delimiters === "number" && this.state.record.length === ignore_last_delimiters - 1) {
        return 0;
      }
      loop1: for (let i = 0; i < delimiter.length; i++) {
        const del = delimiter[i];
        if (del[0] === chr) {
          for (let j = 1; j < del.length; j++) {
            if (del[j] !== buf[pos + j]) continue loop1;
          }
          return del.length;
        }
      }
      return 0;
    }, "__isDelimiter"),
    __isRecordDelimiter: /* @__PURE__ */ __name(function(chr, buf, pos) {
      const { record_delimiter } = this.options;
      const recordDelimiterLength = record_delimiter.length;
      loop1: for (let i = 0; i < recordDelimiterLength; i++) {
        const rd = record_delimiter[i];
        const rdLength = rd.length;
        if (rd[0] !== chr) {
          continue;
        }
        for (let j = 1; j < rdLength; j++) {
          if (rd[j] !== buf[pos + j]) {
            continue loop1;
          }
        }
        return rd.length;
      }
      return 0;
    }, "__isRecordDelimiter"),
    __isEscape: /* @__PURE__ */ __name(function(buf, pos, chr) {
      const { escape } = this.options;
      if (escape === null) return false;
      const l = escape.length;
      if (escape[0] === chr) {
        for (let i = 0; i < l; i++) {
          if (escape[i] !== buf[pos + i]) {
            return false;
          }
        }
        return true;
      }
      return false;
    }, "__isEscape"),
    __isQuote: /* @__PURE__ */ __name(function(buf, pos) {
      const { quote } = this.options;
      if (quote === null) return false;
      const l = quote.length;
      for (let i = 0; i < l; i++) {
        if (quote[i] !== buf[pos + i]) {
          return false;
        }
      }
      return true;
    }, "__isQuote"),
    __autoDiscoverRecordDelimiter: /* @__PURE__ */ __name(function(buf, pos) {
      const { encoding } = this.options;
      const rds = [
        // Important, the windows line ending must be before mac os 9
        Buffer.from("\r\n", encoding),
        Buffer.from("\n", encoding),
        Buffer.from("\r", encoding)
      ];
      loop: for (let i = 0; i < rds.length; i++) {
        const l = rds[i].length;
        for (let j = 0; j < l; j++) {
          if (rds[i][j] !== buf[pos + j]) {
            continue loop;
          }
        }
        this.options.record_delimiter.push(rds[i]);
        this.state.recordDelimiterMaxLength = rds[i].length;
        return rds[i].length;
      }
      return 0;
    }, "__autoDiscoverRecordDelimiter"),
    __error: /* @__PURE__ */ __name(function(msg) {
      const { encoding, raw, skip_records_with_error } = this.options;
      const err = typeof msg === "string" ? new Error(msg) : msg;
      if (skip_records_with_error) {
        this.state.recordHasError = true;
        if (this.options.on_skip !== void 0) {
          try {
            this.options.on_skip(
              err,
              raw ? this.state.rawBuffer.toString(encoding) : void 0
            );
          } catch (err2) {
            return err2;
          }
        }
        return void 0;
      } else {
        return err;
      }
    }, "__error"),
    __infoDataSet: /* @__PURE__ */ __name(function() {
      return {
        ...this.info,
        columns: this.options.columns
      };
    }, "__infoDataSet"),
    __infoRecord: /* @__PURE__ */ __name(function() {
      const { columns, raw, encoding } = this.options;
      return {
        ...this.__infoDataSet(),
        bytes_records: this.info.bytes,
        error: this.state.error,
        header: columns === true,
        index: this.state.record.length,
        raw: raw ? this.state.rawBuffer.toString(encoding) : void 0
      };
    }, "__infoRecord"),
    __infoField: /* @__PURE__ */ __name(function() {
      const { columns } = this.options;
      const isColumns = Array.isArray(columns);
      const bytes_records = this.info.bytes_records;
      return {
        ...this.__infoRecord(),
        bytes_records,
        column: isColumns === true ? columns.length > this.state.record.length ? columns[this.state.record.length].name : null : this.state.record.length,
        quoting: this.state.wasQuoting
      };
    }, "__infoField")
  };
}, "transform");

// node_modules/csv-parse/lib/sync.js
var parse = /* @__PURE__ */ __name(function(data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? {} : [];
  const parser = transform(opts);
  const push = /* @__PURE__ */ __name((record) => {
    if (parser.options.objname === void 0) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  }, "push");
  const close = /* @__PURE__ */ __name(() => {
  }, "close");
  const error = parser.parse(data, true, push, close);
  if (error !== void 0) throw error;
  return records;
}, "parse");

// node_modules/@mlops-actions/metrics/src/parse.ts
var NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var NAN_WORDS = /^[+-]?(?:nan|\.nan)$/i;
var INF_WORDS = /^[+-]?(?:inf|infinity|\.inf)$/i;
var FIX_VALUE = "Metrics files hold finite numbers only: write the number, or leave the metric out when it could not be computed";
function toMetricNumber(raw, where) {
  const fail = /* @__PURE__ */ __name((what) => {
    const from = !where.file && where.source ? ` in ${where.source}` : "";
    throw new UserError(`metric ${JSON.stringify(where.key)}${from} ${what}`, { ...placeOf(where), fix: FIX_VALUE });
  }, "fail");
  if (typeof raw === "number") {
    if (Number.isNaN(raw)) fail("is NaN");
    if (!Number.isFinite(raw)) fail(`is ${raw > 0 ? "" : "minus "}infinity`);
    return raw;
  }
  if (typeof raw === "string") {
    const s = raw.trim();
    if (NUMBER.test(s)) return Number(s);
    if (NAN_WORDS.test(s)) fail("is NaN");
    if (INF_WORDS.test(s)) fail(`is ${s.startsWith("-") ? "minus " : ""}infinity`);
    fail(`is not a number (${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}\u2026` : s)})`);
  }
  if (raw === null || raw === void 0) fail("has no value");
  if (typeof raw === "boolean") fail(`is ${raw}, not a number`);
  if (Array.isArray(raw)) fail("is a list, not a number (curves and confusion matrices belong in plots, not in a metrics file)");
  return fail("is not a number");
}
__name(toMetricNumber, "toMetricNumber");
function placeOf(w) {
  return { ...w.file ? { file: w.file } : {}, ...w.line ? { line: w.line } : {} };
}
__name(placeOf, "placeOf");
function flatten(doc, file, leaf) {
  const out = /* @__PURE__ */ new Map();
  const walk = /* @__PURE__ */ __name((node, path) => {
    if (node !== null && typeof node === "object" && !Array.isArray(node) && !(node instanceof Date)) {
      for (const [k, v] of Object.entries(node)) walk(v, [...path, k]);
      return;
    }
    const name = path.join(".");
    const line = doc.lineOf(path);
    const earlier = out.get(name);
    if (earlier) {
      throw new UserError(
        `${JSON.stringify(name)} is written twice (as ${earlier.path.map((p) => JSON.stringify(p)).join(" \u203A ")}${earlier.line ? ` on line ${earlier.line}` : ""} and as ${path.map((p) => JSON.stringify(p)).join(" \u203A ")})`,
        { ...placeOf({ file, line }), fix: "Nested keys are joined with dots, so keep one of the two" }
      );
    }
    out.set(name, { value: leaf(node, name, line), line, path });
  }, "walk");
  const root = doc.value;
  if (root === null || typeof root !== "object" || Array.isArray(root)) {
    throw new UserError(`${doc.source} must be a mapping of metric names to numbers`, {
      ...placeOf({ file, line: 1 }),
      fix: 'Write e.g. {"accuracy": 0.91, "loss": 0.23}, or nested groups such as {"test": {"accuracy": 0.91}}'
    });
  }
  walk(root, []);
  return out;
}
__name(flatten, "flatten");
function formatOf(name) {
  return extname(name).toLowerCase() === ".json" ? "json" : "yaml";
}
__name(formatOf, "formatOf");
function parseMetricsDocument(text, source, file, format = formatOf(file ?? source)) {
  const doc = parseDocumentText(text, source, file, format);
  const flat = flatten(doc, file, (v, key, line) => toMetricNumber(v, { file, line, key }));
  const values = /* @__PURE__ */ new Map();
  for (const [name, { value, line }] of flat) values.set(name, { name, value, line });
  return { source, file, values };
}
__name(parseMetricsDocument, "parseMetricsDocument");
function parseMetricsCsv(text, source, file) {
  let rows;
  try {
    rows = parse(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      comment: "#",
      comment_no_infix: true,
      relax_column_count: true,
      bom: true
    });
  } catch (e) {
    const line = e.lines;
    throw new UserError(`cannot parse ${source} as CSV: ${messageOf(e).replace(/^Invalid [^:]*: /, "")}`, {
      ...placeOf({ file, line }),
      fix: 'Write one "metric,value" row per line; quote names that contain commas'
    });
  }
  const values = /* @__PURE__ */ new Map();
  rows.forEach(({ record, info }, i) => {
    const line = info.lines;
    if (record.length !== 2) {
      throw new UserError(`expected 2 columns (metric,value), found ${record.length}`, {
        ...placeOf({ file, line }),
        fix: 'Write one "metric,value" row per line; quote names that contain commas'
      });
    }
    const [name, raw] = record;
    if (i === 0 && /^(metric|metrics|name|key)$/i.test(name) && /^(value|values|score)$/i.test(raw)) return;
    if (name === "") throw new UserError("a row has an empty metric name", { ...placeOf({ file, line }), fix: "Name every metric" });
    const earlier = values.get(name);
    if (earlier) {
      throw new UserError(`metric ${JSON.stringify(name)} appears twice (lines ${earlier.line} and ${line})`, {
        ...placeOf({ file, line }),
        fix: "Keep one row per metric"
      });
    }
    values.set(name, { name, value: toMetricNumber(raw, { file, line, key: name }), line });
  });
  return { source, file, values };
}
__name(parseMetricsCsv, "parseMetricsCsv");
async function readMetricsFile(path, displayPath = path, input) {
  const text = await readText(path, displayPath, "Check the path; it is relative to the workspace", { input, what: "metrics file" });
  const ext = extname(path).toLowerCase();
  const set = ext === ".csv" ? parseMetricsCsv(text, displayPath, displayPath) : parseMetricsDocument(text, displayPath, displayPath, formatOf(path));
  if (set.values.size === 0) {
    throw new UserError("holds no metrics", {
      ...input ? { input } : {},
      file: displayPath,
      fix: "Write at least one metric, e.g. accuracy: 0.91"
    });
  }
  return set;
}
__name(readMetricsFile, "readMetricsFile");
function metricSetFromRecord(record, source, onSkip) {
  const doc = parseJsonText(JSON.stringify(record), source);
  const unusable = /* @__PURE__ */ new Map();
  const flat = flatten(doc, void 0, (v, key) => {
    try {
      return toMetricNumber(v, { key, source });
    } catch (e) {
      if (!onSkip) throw e;
      const why = messageOf(e).replace(/\. Metrics files hold.*$/, "");
      unusable.set(
        key,
        v === null || v === void 0 ? "null" : Array.isArray(v) ? "a list" : typeof v === "string" ? JSON.stringify(v) : String(v)
      );
      onSkip(key, why);
      return void 0;
    }
  });
  const values = /* @__PURE__ */ new Map();
  for (const [name, { value }] of flat) if (value !== void 0) values.set(name, { name, value });
  return { source, values, ...unusable.size ? { unusable } : {} };
}
__name(metricSetFromRecord, "metricSetFromRecord");
async function readText(path, displayPath, fix, o = {}) {
  const input = o.input ? { input: o.input } : {};
  await checkSize(
    path,
    displayPath,
    o.limit ?? MAX_DOCUMENT_BYTES,
    o.what ?? "file",
    o.sizeFix ?? `Keep it under the limit: a ${o.what ?? "file"} holds summary numbers, not raw data`,
    o.input
  );
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    const code2 = e.code;
    const message = code2 === "ENOENT" ? "file not found" : code2 === "EISDIR" ? "is a directory, not a file" : code2 === "EACCES" || code2 === "EPERM" ? "cannot be read: permission denied" : `cannot read file (${code2 ?? messageOf(e)})`;
    throw new UserError(message, {
      ...input,
      file: displayPath,
      fix: code2 === "ENOENT" ? fix : code2 === "EISDIR" ? `Name a file${o.what ? ` (the ${o.what})` : ""}, not a folder` : code2 === "EACCES" || code2 === "EPERM" ? "Make the file readable by the runner user" : void 0
    });
  }
}
__name(readText, "readText");
function paramsFromValue(value, source, file) {
  const out = /* @__PURE__ */ new Map();
  const walk = /* @__PURE__ */ __name((node, path) => {
    if (node !== null && typeof node === "object" && !Array.isArray(node) && !(node instanceof Date)) {
      const entries = Object.entries(node);
      if (entries.length === 0 && path.length) out.set(path.join("."), "{}");
      for (const [k, v] of entries) walk(v, [...path, k]);
      return;
    }
    if (path.length === 0) {
      throw new UserError(`${source} must be a mapping of parameter names to values`, {
        ...file ? { file, line: 1 } : {},
        fix: 'Write e.g. {"lr": 0.01, "model": {"depth": 6}}'
      });
    }
    out.set(path.join("."), node instanceof Date ? node.toISOString() : typeof node === "string" ? node : JSON.stringify(node));
  }, "walk");
  walk(value, []);
  return out;
}
__name(paramsFromValue, "paramsFromValue");
async function readParamsFile(path, displayPath = path, input) {
  const text = await readText(
    path,
    displayPath,
    "Check the path (it is relative to the workspace), or leave the input empty to skip the params diff",
    { input, what: "params file" }
  );
  return paramsFromValue(parseDocumentText(text, displayPath, displayPath, formatOf(path)).value ?? {}, displayPath, displayPath);
}
__name(readParamsFile, "readParamsFile");

// node_modules/@mlops-actions/metrics/src/rules.ts
var VALUE_KEYS = ["min", "max"];
var CHANGE_KEYS = [
  "max_drop",
  "max_drop_relative",
  "max_increase",
  "max_increase_relative",
  "max_regression",
  "max_regression_relative",
  "min_improvement",
  "min_improvement_relative"
];
var RULE_KEYS = ["direction", ...VALUE_KEYS, ...CHANGE_KEYS, "significant", "no_baseline"];
var EMPTY_RULES = { source: "no rules", rules: [] };
var CHANGE_MEANING = {
  max_drop: { scale: "absolute", kind: "regression", only: "higher" },
  max_drop_relative: { scale: "relative", kind: "regression", only: "higher" },
  max_increase: { scale: "absolute", kind: "regression", only: "lower" },
  max_increase_relative: { scale: "relative", kind: "regression", only: "lower" },
  max_regression: { scale: "absolute", kind: "regression" },
  max_regression_relative: { scale: "relative", kind: "regression" },
  min_improvement: { scale: "absolute", kind: "improvement" },
  min_improvement_relative: { scale: "relative", kind: "improvement" }
};
function isChangeKey(k) {
  return CHANGE_KEYS.includes(k);
}
__name(isChangeKey, "isChangeKey");
var RULE_EXAMPLE = "accuracy: { min: 0.85, max_drop: 0.01 }";
function inlineAware(message, o) {
  if (o.file)
    return new UserError(message, { file: o.file, ...o.line ? { line: o.line } : {}, ...o.key ? { key: o.key } : {}, fix: o.fix });
  const where = [o.source, o.line ? `line ${o.line}` : "", o.key ? `key '${o.key}'` : ""].filter(Boolean).join(", ");
  return new UserError(`${where}: ${message}`, { fix: o.fix });
}
__name(inlineAware, "inlineAware");
function parseRules(doc, file) {
  const root = doc.value;
  const where = /* @__PURE__ */ __name((line) => file ? `${file}${line ? `:${line}` : ""}` : `${doc.source}${line ? `, line ${line}` : ""}`, "where");
  const error = /* @__PURE__ */ __name((message, line, key, fix) => inlineAware(message, { file, line, key, fix, source: doc.source }), "error");
  if (root === null || root === void 0) return { source: doc.source, file, rules: [] };
  if (typeof root !== "object" || Array.isArray(root)) {
    throw error("rules must be a mapping from metric names to their rules", 1, "", `Write e.g. ${RULE_EXAMPLE}`);
  }
  const rules = [];
  Object.entries(root).forEach(([key, body], index) => {
    const line = doc.lineOf([key]);
    if (key.trim() === "") throw error("a rule has an empty metric name", line, key, 'Name the metric, or use "*" for every metric');
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      throw error(
        `the rule for ${JSON.stringify(key)} must be a mapping of bounds, got ${describe(body)}`,
        line,
        key,
        typeof body === "number" ? `Say which bound you mean, e.g. ${JSON.stringify(key)}: { min: ${body} }` : `Write e.g. ${RULE_EXAMPLE}`
      );
    }
    const rule = { key, isPattern: key.includes("*"), line, index, bounds: {} };
    for (const [field, value] of Object.entries(body)) {
      const fieldLine = doc.lineOf([key, field]) ?? line;
      const origin = { key, field, file, line: fieldLine, where: where(fieldLine) };
      const at = `${key}.${field}`;
      if (!RULE_KEYS.includes(field)) {
        const guess = closest(field, RULE_KEYS);
        const nested = value !== null && typeof value === "object" && !Array.isArray(value);
        throw error(
          `unknown rule key ${JSON.stringify(field)} in the rule for ${JSON.stringify(key)}`,
          fieldLine,
          at,
          nested ? `A metric with a dotted name is written as one key, e.g. "${key}.${field}": { min: 0.8 }` : `${guess ? `Did you mean '${guess}'? ` : ""}Known keys: ${RULE_KEYS.join(", ")}`
        );
      }
      if (value === null) {
        if (field === "direction") rule.direction = null;
        else if (field === "significant") rule.significant = null;
        else if (field === "no_baseline") rule.noBaseline = null;
        else rule.bounds[field] = null;
        continue;
      }
      if (field === "no_baseline") {
        const v = typeof value === "string" ? value.trim().toLowerCase() : value;
        if (v !== "pass" && v !== "fail") {
          throw error(
            `no_baseline must be pass or fail, got ${describe(value)}`,
            fieldLine,
            at,
            "Write no_baseline: pass (skip the change bounds when there is no baseline value) or no_baseline: fail"
          );
        }
        rule.noBaseline = { value: v, origin };
        continue;
      }
      if (field === "direction") {
        const v = typeof value === "string" ? value.trim().toLowerCase() : value;
        if (v !== "higher" && v !== "lower") {
          throw error(
            `direction must be higher or lower, got ${describe(value)}`,
            fieldLine,
            at,
            "Write direction: higher (bigger is better) or direction: lower (smaller is better)"
          );
        }
        rule.direction = { value: v, origin };
      } else if (field === "significant") {
        if (typeof value !== "boolean")
          throw error(`significant must be true or false, got ${describe(value)}`, fieldLine, at, "Write significant: true");
        rule.significant = { value, origin };
      } else {
        const relative = field.endsWith("_relative");
        const n = boundNumber(value, relative);
        if (n === void 0) {
          throw error(
            `${field} must be a number, got ${describe(value)}`,
            fieldLine,
            at,
            relative ? `Write a fraction (0.02) or a percentage (2%)` : `Write a number, e.g. ${field}: 0.01`
          );
        }
        if (isChangeKey(field) && n < 0) {
          const meaning = CHANGE_MEANING[field];
          throw error(
            `${field} must not be negative (${n})`,
            fieldLine,
            at,
            meaning.kind === "regression" ? `It is how much worse the metric may get; 0 allows no regression at all` : `It is how much better the metric must get; to allow a regression use max_regression${relative ? "_relative" : ""}`
          );
        }
        rule.bounds[field] = { value: n, origin };
      }
    }
    const min = rule.bounds.min;
    const max = rule.bounds.max;
    if (min && max && min.value > max.value) {
      throw error(
        `min (${min.value}) is above max (${max.value}), so no value can pass`,
        min.origin.line,
        `${key}.min`,
        "Swap them, or fix one"
      );
    }
    const implied = impliedDirections(rule);
    if (implied.size > 1) {
      const drop = Object.keys(rule.bounds).find((k) => k.startsWith("max_drop"));
      const inc = Object.keys(rule.bounds).find((k) => k.startsWith("max_increase"));
      throw error(
        `${drop} and ${inc} cannot both apply to ${JSON.stringify(key)}: a drop is the regression of a higher-is-better metric, an increase that of a lower-is-better one`,
        rule.bounds[drop]?.origin.line,
        `${key}.${drop}`,
        "Keep the one that matches the metric, or use max_regression (which follows the direction)"
      );
    }
    const dir = rule.direction?.value;
    const [only] = implied;
    if (dir && only && dir !== only && !rule.isPattern) {
      throw directionConflict(key, rule, dir, `direction: ${dir}`, error);
    }
    rules.push(rule);
  });
  return { source: doc.source, file, rules };
}
__name(parseRules, "parseRules");
function impliedDirections(rule) {
  const out = /* @__PURE__ */ new Set();
  for (const [k, f] of Object.entries(rule.bounds)) {
    if (f && isChangeKey(k)) {
      const only = CHANGE_MEANING[k].only;
      if (only) out.add(only);
    }
  }
  return out;
}
__name(impliedDirections, "impliedDirections");
function directionConflict(metric, rule, dir, because, error) {
  const [k, f] = Object.entries(rule.bounds).find(
    ([k2, f2]) => f2 && isChangeKey(k2) && CHANGE_MEANING[k2].only && CHANGE_MEANING[k2].only !== dir
  );
  const other = k.replace(dir === "lower" ? "max_drop" : "max_increase", dir === "lower" ? "max_increase" : "max_drop");
  return error(
    `${k} does not suit ${JSON.stringify(metric)}, which is ${dir === "lower" ? "lower" : "higher"}-is-better (${because}): ${dir === "lower" ? "a drop is an improvement" : "an increase is an improvement"}`,
    f.origin.line,
    `${metric}.${k}`,
    `Use ${other} to bound how much worse it may get, or max_regression${k.endsWith("_relative") ? "_relative" : ""}`
  );
}
__name(directionConflict, "directionConflict");
function boundNumber(value, relative) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value !== "string") return void 0;
  const s = value.trim();
  const pct3 = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/.exec(s);
  if (pct3 && relative) return Number(pct3[1]) / 100;
  return void 0;
}
__name(boundNumber, "boundNumber");
function describe(v) {
  if (v === null) return "nothing";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  if (typeof v === "string") return JSON.stringify(v);
  return String(v);
}
__name(describe, "describe");
function closest(word, known) {
  let best;
  let bestD = 4;
  for (const k of known) {
    const d = editDistance(word.toLowerCase(), k);
    if (d < bestD) [best, bestD] = [k, d];
  }
  return best;
}
__name(closest, "closest");
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
__name(editDistance, "editDistance");
function patternRegex(pattern) {
  return new RegExp(
    `^${pattern.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`
  );
}
__name(patternRegex, "patternRegex");
function specificity(pattern) {
  return pattern.replace(/\*/g, "").length;
}
__name(specificity, "specificity");
function resolveRule(rules, metric) {
  const matching = rules.rules.filter((r) => r.isPattern ? patternRegex(r.key).test(metric) : r.key === metric).sort(
    (a, b) => Number(a.isPattern === false) - Number(b.isPattern === false) || specificity(a.key) - specificity(b.key) || a.index - b.index
  );
  const exact = matching.find((r) => !r.isPattern);
  let direction;
  let significant;
  let noBaseline;
  for (const r of matching) {
    if (r.direction !== void 0) direction = r.direction ?? void 0;
    if (r.significant !== void 0) significant = r.significant ?? void 0;
    if (r.noBaseline !== void 0) noBaseline = r.noBaseline ?? void 0;
  }
  let dir = direction?.value;
  let directionSource = dir ? "rule" : void 0;
  if (!dir) {
    dir = inferDirection(metric);
    if (dir) directionSource = "name";
  }
  const exactChange = Object.entries(exact?.bounds ?? {}).filter(
    (e) => e[1] !== null && isChangeKey(e[0])
  );
  if (!dir) {
    const only = exactChange.map(([k]) => CHANGE_MEANING[k].only).find(Boolean);
    if (only) [dir, directionSource] = [only, "bound"];
  }
  for (const [k, f] of exactChange) {
    const only = CHANGE_MEANING[k].only;
    if (dir && (only === void 0 || only === dir)) continue;
    const error = /* @__PURE__ */ __name((message, line, key, fix) => inlineAware(message, { file: f.origin.file, line, key, fix, source: f.origin.where.replace(/, line \d+$/, "") }), "error");
    if (!dir) {
      throw error(
        `${k} needs to know whether higher or lower is better for ${JSON.stringify(metric)}, and its name does not say`,
        f.origin.line,
        `${metric}.${k}`,
        `Add direction: higher or direction: lower to the rule for ${JSON.stringify(metric)}`
      );
    }
    throw directionConflict(
      metric,
      { key: metric, isPattern: false, index: 0, bounds: { [k]: f } },
      dir,
      directionSource === "name" ? "judged from its name; set direction to override" : `direction: ${dir}`,
      error
    );
  }
  const slots = /* @__PURE__ */ new Map();
  for (const r of matching) {
    for (const [k, f] of Object.entries(r.bounds)) {
      const slot = slotOf(k);
      if (f === null) {
        slots.delete(slot);
        continue;
      }
      if (isChangeKey(k)) {
        const only = CHANGE_MEANING[k].only;
        if (!dir || only !== void 0 && only !== dir) continue;
      }
      slots.set(slot, f);
    }
  }
  const bounds = {};
  for (const r of [...matching].reverse()) {
    for (const k of Object.keys(r.bounds)) {
      const f = slots.get(slotOf(k));
      if (f && f === r.bounds[k]) bounds[k] = f;
    }
  }
  return { exact, direction: dir, directionSource, significant, noBaseline, bounds };
}
__name(resolveRule, "resolveRule");
function slotOf(k) {
  if (!isChangeKey(k)) return k;
  const m = CHANGE_MEANING[k];
  return `${m.kind}/${m.scale}`;
}
__name(slotOf, "slotOf");
function namedMetrics(rules) {
  return rules.rules.filter((r) => !r.isPattern);
}
__name(namedMetrics, "namedMetrics");

// node_modules/@mlops-actions/statistics/src/special.ts
var EPS = 2220446049250313e-31;
var STIRLING = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
function stirlingSeries(x) {
  const r = 1 / x;
  const r2 = r * r;
  let s = 0;
  for (let j = STIRLING.length - 1; j >= 0; j--) s = s * r2 + STIRLING[j];
  return s * r;
}
__name(stirlingSeries, "stirlingSeries");
function stirlerr(x) {
  if (!(x > 0)) return x === 0 ? Infinity : NaN;
  if (x > 35) {
    const r = 1 / x;
    const r2 = r * r;
    if (x > 500) return (1 / 12 - r2 / 360) * r;
    if (x > 80) return (1 / 12 - (1 / 360 - r2 / 1260) * r2) * r;
    return (1 / 12 - (1 / 360 - (1 / 1260 - r2 / 1680) * r2) * r2) * r;
  }
  if (x >= 15) return stirlingSeries(x);
  let acc = 0;
  let m = x;
  while (m < 15) {
    acc += (m + 0.5) * Math.log1p(1 / m) - 1;
    m += 1;
  }
  return acc + stirlingSeries(m);
}
__name(stirlerr, "stirlerr");
function log1pmx(t) {
  if (Math.abs(t) < 0.25) {
    let term = t;
    let sum = 0;
    for (let k = 2; k < 80; k++) {
      term *= -t;
      const add = term / k;
      sum += add;
      if (Math.abs(add) <= EPS * Math.abs(sum)) break;
    }
    return sum;
  }
  return Math.log1p(t) - t;
}
__name(log1pmx, "log1pmx");
function gammaPrefactor(a, x) {
  if (x === 0) return 0;
  if (x === Infinity) return 0;
  const lam = x / a;
  const aphi = Math.abs(lam - 1) < 0.25 ? -a * log1pmx((x - a) / a) : a * (lam - 1 - Math.log(lam));
  return Math.sqrt(a / (2 * Math.PI)) * Math.exp(-aphi - stirlerr(a));
}
__name(gammaPrefactor, "gammaPrefactor");
var MAX_ITER = 1e7;
function gammaPSeries(a, x) {
  const fac = gammaPrefactor(a, x);
  if (fac === 0) return 0;
  let term = 1;
  let sum = 1;
  for (let k = 1; k < MAX_ITER; k++) {
    term *= x / (a + k);
    sum += term;
    if (term <= sum * EPS * 0.5) break;
  }
  return fac / a * sum;
}
__name(gammaPSeries, "gammaPSeries");
function gammaQFraction(a, x) {
  const fac = gammaPrefactor(a, x);
  if (fac === 0) return 0;
  const tiny = 1e-300;
  let b = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < tiny) d = tiny;
    c = b + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) <= EPS) break;
  }
  return fac * h;
}
__name(gammaQFraction, "gammaQFraction");
function gammaP(a, x) {
  if (Number.isNaN(a) || Number.isNaN(x) || !(a > 0) || x < 0) return NaN;
  if (x === 0) return 0;
  if (x === Infinity) return 1;
  if (x < a + 1) return gammaPSeries(a, x);
  return 1 - gammaQFraction(a, x);
}
__name(gammaP, "gammaP");
function gammaQ(a, x) {
  if (Number.isNaN(a) || Number.isNaN(x) || !(a > 0) || x < 0) return NaN;
  if (x === 0) return 1;
  if (x === Infinity) return 0;
  if (x < a + 1) return 1 - gammaPSeries(a, x);
  return gammaQFraction(a, x);
}
__name(gammaQ, "gammaQ");
function normSf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 1;
  if (x >= 0) return 0.5 * gammaQ(0.5, x * x / 2);
  return 0.5 + 0.5 * gammaP(0.5, x * x / 2);
}
__name(normSf, "normSf");

// node_modules/@mlops-actions/statistics/src/kolmogorov.ts
var TWO128 = 2 ** 128;
var TWOM128 = 2 ** -128;

// node_modules/@mlops-actions/statistics/src/sort.ts
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
var scratch = new Uint32Array(0);
var counts = new Uint32Array(4 * 65536);

// node_modules/@mlops-actions/statistics/src/sketch.ts
var DECAY = 2 / 3;

// node_modules/@mlops-actions/statistics/src/binning.ts
function quantileSorted(sorted, q) {
  const n = sorted.length;
  if (n === 0) throw new RangeError("quantile of an empty sample");
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must be in [0, 1], got ${q}`);
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  const t = h - lo;
  const a = sorted[lo];
  const b = sorted[lo + 1];
  const diff = b - a;
  return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
}
__name(quantileSorted, "quantileSorted");

// node_modules/@mlops-actions/metrics/src/delong.ts
function midranks(values) {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i2 = 0; i2 < n; i2++) order[i2] = i2;
  order.sort((a, b) => values[a] - values[b]);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    while (j + 1 < n && values[order[j + 1]] === values[order[i]]) j++;
    const r = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]] = r;
    i = j + 1;
  }
  return ranks;
}
__name(midranks, "midranks");
function components(positives, negatives) {
  const m = positives.length;
  const n = negatives.length;
  const all = new Float64Array(m + n);
  all.set(positives);
  all.set(negatives, m);
  const tz = midranks(all);
  const tx = midranks(positives);
  const ty = midranks(negatives);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    v10[i] = (tz[i] - tx[i]) / n;
    sum += tz[i];
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (tz[m + j] - ty[j]) / m;
  const auc = sum / (m * n) - (m + 1) / (2 * n);
  return { auc, v10, v01 };
}
__name(components, "components");
function covariance(a, b) {
  const k = a.length;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < k; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= k;
  mb /= k;
  let s = 0;
  for (let i = 0; i < k; i++) s += (a[i] - ma) * (b[i] - mb);
  return s / (k - 1);
}
__name(covariance, "covariance");
function split(positive, scores) {
  let m = 0;
  for (let i = 0; i < positive.length; i++) if (positive[i]) m++;
  const pos = new Float64Array(m);
  const neg = new Float64Array(positive.length - m);
  let a = 0;
  let b = 0;
  for (let i = 0; i < positive.length; i++) {
    if (positive[i]) pos[a++] = scores[i];
    else neg[b++] = scores[i];
  }
  return [pos, neg];
}
__name(split, "split");
function rocAuc(positive, scores) {
  const [pos, neg] = split(positive, scores);
  if (pos.length === 0 || neg.length === 0) return NaN;
  return components(pos, neg).auc;
}
__name(rocAuc, "rocAuc");
var MIN_DELONG_CLASS = 2;
function delongPaired(positive, baseline, candidate, confidence = 0.95) {
  const [bp, bn] = split(positive, baseline);
  const [cp, cn] = split(positive, candidate);
  const m = bp.length;
  const n = bn.length;
  if (m < MIN_DELONG_CLASS || n < MIN_DELONG_CLASS)
    throw new RangeError(
      `DeLong's test needs at least ${MIN_DELONG_CLASS} positive and ${MIN_DELONG_CLASS} negative examples, got ${m} and ${n}`
    );
  const b = components(bp, bn);
  const c = components(cp, cn);
  const varB = covariance(b.v10, b.v10) / m + covariance(b.v01, b.v01) / n;
  const varC = covariance(c.v10, c.v10) / m + covariance(c.v01, c.v01) / n;
  const cov = covariance(b.v10, c.v10) / m + covariance(b.v01, c.v01) / n;
  const delta = c.auc - b.auc;
  const v = Math.max(0, varB + varC - 2 * cov);
  const se = Math.sqrt(v);
  const z = se === 0 ? delta === 0 ? 0 : Math.sign(delta) * Infinity : delta / se;
  const pValue = Math.min(1, 2 * normSf(Math.abs(z)));
  const q = normalQuantile(1 - (1 - confidence) / 2);
  return {
    baseline: b.auc,
    candidate: c.auc,
    delta,
    varBaseline: varB,
    varCandidate: varC,
    covariance: cov,
    se,
    z,
    pValue,
    ci: [delta - q * se, delta + q * se],
    positives: m,
    negatives: n
  };
}
__name(delongPaired, "delongPaired");
function normalQuantile(p) {
  if (Number.isNaN(p) || p < 0 || p > 1) return NaN;
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r2 = 0.180625 - q * q;
    return q * (((((((r2 * 2509.0809287301227 + 33430.57558358813) * r2 + 67265.7709270087) * r2 + 45921.95393154987) * r2 + 13731.69376550946) * r2 + 1971.5909503065513) * r2 + 133.14166789178438) * r2 + 3.3871328727963665) / (((((((r2 * 5226.495278852546 + 28729.085735721943) * r2 + 39307.89580009271) * r2 + 21213.794301586597) * r2 + 5394.196021424751) * r2 + 687.1870074920579) * r2 + 42.31333070160091) * r2 + 1);
  }
  let r = q < 0 ? p : 1 - p;
  r = Math.sqrt(-Math.log(r));
  let x;
  if (r <= 5) {
    r -= 1.6;
    x = (((((((r * 7745450142783414e-19 + 0.022723844989269184) * r + 0.2417807251774506) * r + 1.2704582524523684) * r + 3.6478483247632045) * r + 5.769497221460691) * r + 4.630337846156546) * r + 1.4234371107496835) / (((((((r * 10507500716444169e-25 + 5475938084995345e-19) * r + 0.015198666563616457) * r + 0.14810397642748008) * r + 0.6897673349851) * r + 1.6763848301838038) * r + 2.053191626637759) * r + 1);
  } else {
    r -= 5;
    x = (((((((r * 20103343992922881e-23 + 27115555687434876e-21) * r + 0.0012426609473880784) * r + 0.026532189526576124) * r + 0.29656057182850487) * r + 1.7848265399172913) * r + 5.463784911164114) * r + 6.657904643501103) / (((((((r * 20442631033899397e-31 + 1421511758316446e-22) * r + 18463183175100548e-21) * r + 7868691311456133e-19) * r + 0.014875361290850615) * r + 0.1369298809227358) * r + 0.599832206555888) * r + 1);
  }
  return q < 0 ? -x : x;
}
__name(normalQuantile, "normalQuantile");

// node_modules/@mlops-actions/metrics/src/palette.ts
var MODEL_PALETTE = {
  baseline: { color: "#4c78a8", legend: "\u{1F7E6}" },
  candidate: { color: "#f58518", legend: "\u{1F7E7}" }
};

// node_modules/@mlops-actions/metrics/src/curves.ts
var CURVE_POINTS = 51;
function ranked(scores) {
  const n = scores.length;
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => scores[b] - scores[a]);
  const ends = [];
  for (let i = 1; i <= n; i++) if (i === n || scores[order[i]] !== scores[order[i - 1]]) ends.push(i);
  return { order, ends: Uint32Array.from(ends) };
}
__name(ranked, "ranked");
function thresholds(positive, scores) {
  const { order, ends } = ranked(scores);
  const fp = new Float64Array(ends.length);
  const tp = new Float64Array(ends.length);
  let f = 0;
  let t = 0;
  let i = 0;
  ends.forEach((end, k) => {
    for (; i < end; i++) {
      if (positive[order[i]]) t++;
      else f++;
    }
    fp[k] = f;
    tp[k] = t;
  });
  return { fp, tp };
}
__name(thresholds, "thresholds");
function averagePrecision(positive, scores) {
  const { fp, tp } = thresholds(positive, scores);
  const total = tp.length ? tp[tp.length - 1] : 0;
  if (total === 0) return NaN;
  let ap = 0;
  let prevTp = 0;
  for (let k = 0; k < tp.length; k++) {
    if (tp[k] !== prevTp) ap += (tp[k] - prevTp) / total * (tp[k] / (tp[k] + fp[k]));
    prevTp = tp[k];
  }
  return ap;
}
__name(averagePrecision, "averagePrecision");
function round6(x) {
  return Number(x.toFixed(6));
}
__name(round6, "round6");
function rocOnGrid(positive, scores, points = CURVE_POINTS) {
  const { fp, tp } = thresholds(positive, scores);
  const P = tp[tp.length - 1];
  const N2 = fp[fp.length - 1];
  const xs = [0];
  const ys = [0];
  for (let k = 0; k < fp.length; k++) {
    xs.push(fp[k] / N2);
    ys.push(tp[k] / P);
  }
  const out = [];
  let s = 0;
  for (let g = 0; g < points; g++) {
    const x = g / (points - 1);
    while (s + 1 < xs.length && xs[s + 1] <= x) s++;
    if (s + 1 >= xs.length || xs[s] === x) out.push(round6(ys[s]));
    else out.push(round6(ys[s] + (ys[s + 1] - ys[s]) * (x - xs[s]) / (xs[s + 1] - xs[s])));
  }
  return out;
}
__name(rocOnGrid, "rocOnGrid");
function prOnGrid(positive, scores, points = CURVE_POINTS) {
  const { fp, tp } = thresholds(positive, scores);
  const P = tp[tp.length - 1];
  const K = tp.length;
  const env = new Float64Array(K);
  let best = 0;
  for (let k2 = K - 1; k2 >= 0; k2--) {
    best = Math.max(best, tp[k2] + fp[k2] === 0 ? 0 : tp[k2] / (tp[k2] + fp[k2]));
    env[k2] = best;
  }
  const out = [];
  let k = 0;
  for (let g = 0; g < points; g++) {
    const r = g / (points - 1);
    while (k < K - 1 && tp[k] / P < r) k++;
    out.push(round6(env[k]));
  }
  return out;
}
__name(prOnGrid, "prOnGrid");
function modelCurves(positive, scores, points) {
  return {
    auc: rocAuc(positive, scores),
    averagePrecision: averagePrecision(positive, scores),
    roc: rocOnGrid(positive, scores, points),
    pr: prOnGrid(positive, scores, points)
  };
}
__name(modelCurves, "modelCurves");
function computeCurves(positive, baseline, candidate, points = CURVE_POINTS) {
  let m = 0;
  for (let i = 0; i < positive.length; i++) if (positive[i]) m++;
  const n = positive.length - m;
  if (m === 0 || n === 0) return void 0;
  return {
    positives: m,
    negatives: n,
    points,
    baseline: modelCurves(positive, baseline, points),
    candidate: modelCurves(positive, candidate, points)
  };
}
__name(computeCurves, "computeCurves");
function bootstrapAveragePrecisionDelta(positive, baseline, candidate, resamples, rng) {
  const n = positive.length;
  const pos = [];
  const neg = [];
  for (let i = 0; i < n; i++) (positive[i] ? pos : neg).push(i);
  const rb = ranked(baseline);
  const rc = ranked(candidate);
  const posIn = /* @__PURE__ */ __name((r) => Uint8Array.from(r.order, (j) => positive[j] ? 1 : 0), "posIn");
  const pb = posIn(rb);
  const pc = posIn(rc);
  const w = new Int32Array(n);
  const pi = new Uint32Array(pos.length);
  const ni = new Uint32Array(neg.length);
  const deltas = new Float64Array(resamples);
  const weighted = /* @__PURE__ */ __name((r, isPos, total) => {
    let ap = 0;
    let t = 0;
    let f = 0;
    let prev = 0;
    let i = 0;
    const { order, ends } = r;
    for (let k = 0; k < ends.length; k++) {
      const end = ends[k];
      for (; i < end; i++) {
        const x = w[order[i]];
        if (isPos[i]) t += x;
        else f += x;
      }
      if (t !== prev) {
        ap += (t - prev) / total * (t / (t + f));
        prev = t;
      }
    }
    return ap;
  }, "weighted");
  for (let r = 0; r < resamples; r++) {
    w.fill(0);
    rng.indices(pi, pos.length);
    rng.indices(ni, neg.length);
    for (let k = 0; k < pi.length; k++) w[pos[pi[k]]]++;
    for (let k = 0; k < ni.length; k++) w[neg[ni[k]]]++;
    deltas[r] = weighted(rc, pc, pos.length) - weighted(rb, pb, pos.length);
  }
  return deltas;
}
__name(bootstrapAveragePrecisionDelta, "bootstrapAveragePrecisionDelta");
function fmt(x) {
  return Number(x.toPrecision(4)).toString();
}
__name(fmt, "fmt");
var PALETTE = [MODEL_PALETTE.baseline.color, MODEL_PALETTE.candidate.color];
function curveCharts(c) {
  const roc = xyChart({
    title: `ROC: baseline AUC ${fmt(c.baseline.auc)}, candidate AUC ${fmt(c.candidate.auc)}`,
    xLabels: [],
    xRange: [0, 1],
    xLabel: "false-positive rate",
    yLabel: "true-positive rate",
    yRange: [0, 1],
    palette: PALETTE,
    series: [
      { kind: "line", title: `baseline (AUC ${fmt(c.baseline.auc)})`, values: c.baseline.roc },
      { kind: "line", title: `candidate (AUC ${fmt(c.candidate.auc)})`, values: c.candidate.roc }
    ]
  });
  const pr = xyChart({
    title: `Precision-recall: baseline AP ${fmt(c.baseline.averagePrecision)}, candidate AP ${fmt(c.candidate.averagePrecision)}`,
    xLabels: [],
    xRange: [0, 1],
    xLabel: "recall",
    yLabel: "precision",
    yRange: [0, 1],
    palette: PALETTE,
    series: [
      { kind: "line", title: `baseline (AP ${fmt(c.baseline.averagePrecision)})`, values: c.baseline.pr },
      { kind: "line", title: `candidate (AP ${fmt(c.candidate.averagePrecision)})`, values: c.candidate.pr }
    ]
  });
  return { roc, pr };
}
__name(curveCharts, "curveCharts");

// node_modules/@mlops-actions/metrics/src/random.ts
function splitmix32(state) {
  state.x = state.x + 2654435769 >>> 0;
  let z = state.x;
  z = Math.imul(z ^ z >>> 16, 569420461) >>> 0;
  z = Math.imul(z ^ z >>> 15, 1935289751) >>> 0;
  return (z ^ z >>> 15) >>> 0;
}
__name(splitmix32, "splitmix32");
var TWO32 = 4294967296;
var INV32 = 1 / TWO32;
function mulHigh(x, n) {
  const p1 = (x >>> 16) * n;
  const a1 = Math.floor(p1 * (1 / 65536));
  const s = (p1 - a1 * 65536) * 65536 + (x & 65535) * n;
  return a1 + Math.floor(s * INV32);
}
__name(mulHigh, "mulHigh");
function mulLow(x, n) {
  const p1 = (x >>> 16) * n;
  const s = (p1 - Math.floor(p1 * (1 / 65536)) * 65536) * 65536 + (x & 65535) * n;
  return s - Math.floor(s * INV32) * TWO32;
}
__name(mulLow, "mulLow");
function createRng(seed) {
  if (!Number.isInteger(seed) || seed < 0 || seed > 4294967295) throw new RangeError(`seed must be an integer in [0, 2^32), got ${seed}`);
  const sm = { x: seed >>> 0 };
  let s0 = splitmix32(sm);
  let s1 = splitmix32(sm);
  let s2 = splitmix32(sm);
  let s3 = splitmix32(sm);
  const next = /* @__PURE__ */ __name(() => {
    const m = Math.imul(s1, 5);
    const result = Math.imul(m << 7 | m >>> 25, 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = s3 << 11 | s3 >>> 21;
    return result;
  }, "next");
  return {
    next,
    index(n) {
      const threshold = (TWO32 - n) % n;
      let x = next();
      while (mulLow(x, n) < threshold) x = next();
      return mulHigh(x, n);
    },
    indices(out, n) {
      const threshold = (TWO32 - n) % n;
      let a = s0;
      let b = s1;
      let c = s2;
      let d = s3;
      const small = n <= 2097152;
      for (let i = 0; i < out.length; ) {
        const m = Math.imul(b, 5);
        const x = Math.imul(m << 7 | m >>> 25, 9) >>> 0;
        const t = b << 9;
        c ^= a;
        d ^= b;
        b ^= c;
        a ^= d;
        c ^= t;
        d = d << 11 | d >>> 21;
        if (small) {
          const p = x * n;
          const hi = Math.floor(p * INV32);
          if (p - hi * TWO32 >= threshold) out[i++] = hi;
        } else {
          const p1 = (x >>> 16) * n;
          const a1 = Math.floor(p1 * (1 / 65536));
          const sum = (p1 - a1 * 65536) * 65536 + (x & 65535) * n;
          const hi = Math.floor(sum * INV32);
          if (sum - hi * TWO32 >= threshold) out[i++] = a1 + hi;
        }
      }
      s0 = a;
      s1 = b;
      s2 = c;
      s3 = d;
    }
  };
}
__name(createRng, "createRng");

// node_modules/@mlops-actions/metrics/src/significance.ts
var SIGNIFICANCE_DIRECTION = {
  accuracy: "higher",
  precision: "higher",
  recall: "higher",
  f1: "higher",
  mae: "lower",
  rmse: "lower",
  roc_auc: "higher",
  average_precision: "higher"
};
var MIN_BOOTSTRAP_N = 30;
var MAX_EXACT_SWAPS = 16;
var DEFAULT_RESAMPLES = 2e3;
var DEFAULT_SEED = 42;
var DEFAULT_CONFIDENCE = 0.95;
var MAX_INTEGER_CLASSES = 20;
var NUMBER2 = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
var COLUMNS = ["y_true", "baseline", "candidate"];
var SCORE_COLUMNS = ["baseline_score", "candidate_score"];
function parsePredictionsCsv(text, source, file, options = {}) {
  const place = /* @__PURE__ */ __name((line) => ({ ...file ? { file } : {}, ...file && line ? { line } : {} }), "place");
  let rows;
  try {
    rows = parse(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: true
    });
  } catch (e) {
    throw new UserError(`cannot parse ${source} as CSV: ${messageOf(e)}`, {
      ...place(e.lines),
      fix: "Write a header y_true,baseline,candidate and one row per example"
    });
  }
  const header = rows[0]?.record.map((h) => h.toLowerCase());
  if (!header)
    throw new UserError(`${source} is empty`, { ...place(), fix: "Write a header y_true,baseline,candidate and one row per example" });
  const at = COLUMNS.map((c) => header.indexOf(c));
  const missing = COLUMNS.filter((_, i) => at[i] < 0);
  if (missing.length) {
    throw new UserError(
      `${source} has no column ${missing.map((m) => `'${m}'`).join(", ")} (its columns: ${rows[0].record.map((h) => `'${h}'`).join(", ")})`,
      {
        ...place(1),
        fix: "Name the columns y_true (the truth), baseline (the champion's prediction) and candidate (the new model's prediction)"
      }
    );
  }
  const out = { source, file, yTrue: [], baseline: [], candidate: [], lines: [] };
  const cols = [out.yTrue, out.baseline, out.candidate];
  const scoreAt = SCORE_COLUMNS.map((c) => header.indexOf(c));
  if (scoreAt.some((j) => j >= 0) && scoreAt.some((j) => j < 0)) {
    const [has, lacks] = scoreAt[0] >= 0 ? SCORE_COLUMNS : [SCORE_COLUMNS[1], SCORE_COLUMNS[0]];
    throw new UserError(`${source} has a column '${has}' but no '${lacks}'`, {
      ...place(1),
      fix: `Write both models' scores of the positive class (columns baseline_score and candidate_score), or neither`
    });
  }
  const scores = scoreAt[0] >= 0 ? [[], []] : void 0;
  const sliceNames = [...new Set(options.slices ?? [])];
  const sliceAt = sliceNames.map((name) => rows[0].record.indexOf(name));
  const absent = sliceNames.filter((_, i) => sliceAt[i] < 0);
  if (absent.length) {
    throw new UserError(
      `${source} has no column ${absent.map((m) => `'${m}'`).join(", ")} to slice by (its columns: ${rows[0].record.map((h) => `'${h}'`).join(", ")})`,
      {
        input: "slices",
        ...place(1),
        fix: "Name columns of the predictions file in slices (the names are case-sensitive), or add the column to the file"
      }
    );
  }
  const sliceCols = sliceNames.map(() => []);
  for (const { record, info } of rows.slice(1)) {
    at.forEach((j, c) => {
      const v = record[j];
      if (v === void 0 || v === "") {
        throw new UserError(`row has no value in column '${COLUMNS[c]}'`, {
          ...place(info.lines),
          key: COLUMNS[c],
          fix: "Every example needs the truth and both predictions; drop incomplete rows"
        });
      }
      cols[c].push(v);
    });
    if (scores) {
      scoreAt.forEach((j, c) => {
        const v = record[j] ?? "";
        const x = NUMBER2.test(v) ? Number(v) : NaN;
        if (!Number.isFinite(x)) {
          throw new UserError(`${v === "" ? "row has no value" : `'${v}' is not a finite number`} in column '${SCORE_COLUMNS[c]}'`, {
            ...place(info.lines),
            key: SCORE_COLUMNS[c],
            fix: "Write each model's score (or probability) of the positive class as a plain number, e.g. 0.731, for every example"
          });
        }
        scores[c].push(x);
      });
    }
    sliceAt.forEach((j, c) => sliceCols[c].push(record[j] ?? ""));
    out.lines.push(info.lines);
  }
  if (scores) {
    out.baselineScore = Float64Array.from(scores[0]);
    out.candidateScore = Float64Array.from(scores[1]);
  }
  if (sliceNames.length) out.slices = new Map(sliceNames.map((name, c) => [name, sliceCols[c]]));
  if (out.yTrue.length === 0)
    throw new UserError(`${source} has a header but no examples`, { ...place(), fix: "Write one row per evaluation example" });
  return out;
}
__name(parsePredictionsCsv, "parsePredictionsCsv");
async function readPredictionsFile(path, displayPath = path, input, options = {}) {
  const text = await readText(path, displayPath, "Check the path (it is relative to the workspace), or leave predictions empty", {
    input,
    what: "predictions file",
    limit: MAX_PREDICTIONS_BYTES,
    sizeFix: "Evaluate on a sample of the examples (a few hundred thousand are plenty for the intervals)"
  });
  return parsePredictionsCsv(text, displayPath, displayPath, options);
}
__name(readPredictionsFile, "readPredictionsFile");
function normaliseLabel(s) {
  return NUMBER2.test(s) ? String(Number(s)) : s;
}
__name(normaliseLabel, "normaliseLabel");
function computeSignificance(p, o = {}) {
  const resamples = o.resamples ?? DEFAULT_RESAMPLES;
  const seed = o.seed ?? DEFAULT_SEED;
  const confidence = o.confidence ?? DEFAULT_CONFIDENCE;
  if (!Number.isInteger(resamples) || resamples < 100) throw new RangeError(`resamples must be an integer \u2265 100, got ${resamples}`);
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`);
  const task = decideTask(p, o.task ?? "auto");
  const rng = createRng(seed);
  const scoresFor = /* @__PURE__ */ __name((t) => {
    if (!p.baselineScore) return;
    throw new UserError(`${p.source} has baseline_score and candidate_score, scores of the positive class, but this is a ${t} task`, {
      ...p.file ? { file: p.file } : {},
      fix: t === "regression" ? "Drop the score columns (a regression has no positive class), or set task: classification" : "Scores of the positive class need a binary task (two labels in y_true and the predictions); drop the score columns"
    });
  }, "scoresFor");
  const n = p.yTrue.length;
  const minN = o.minBootstrapN ?? MIN_BOOTSTRAP_N;
  const base = { source: p.source, n, resamples, seed, confidence, minBootstrapN: minN };
  if (task === "regression") {
    let differing2 = 0;
    for (let i = 0; i < n; i++) {
      const t = Number(p.yTrue[i]);
      if (Math.abs(Number(p.baseline[i]) - t) !== Math.abs(Number(p.candidate[i]) - t)) differing2++;
    }
    scoresFor("regression");
    return { ...base, task, differing: differing2, metrics: regression(p, resamples, rng, confidence, minN, seed) };
  }
  let labels = [...new Set([...p.yTrue, ...p.baseline, ...p.candidate].map(normaliseLabel))].sort(compareLabels);
  let positive;
  if (labels.length <= 2) {
    positive = normaliseLabel(o.positiveLabel ?? "1");
    const has = /* @__PURE__ */ __name((l) => labels.includes(l), "has");
    if (!has(positive) && labels.every((l) => /^(true|false)$/i.test(l)))
      positive = labels.find((l) => /^true$/i.test(l)) ?? (labels[0] === "false" ? "true" : "True");
    if (!has(positive) && labels.length === 2) {
      throw new UserError(
        `the positive label '${positive}' is not among the labels in ${p.source} (${labels.map((l) => `'${l}'`).join(", ")})`,
        {
          input: "positive-label",
          fix: `Set positive-label to the class that precision and recall are about, e.g. '${labels[1]}'`
        }
      );
    }
    if (!has(positive)) labels = [...labels, positive].sort(compareLabels);
  }
  const id = new Map(labels.map((l, i) => [l, i]));
  const encode = /* @__PURE__ */ __name((xs) => Int32Array.from(xs, (x) => id.get(normaliseLabel(x))), "encode");
  const y = encode(p.yTrue);
  const b = encode(p.baseline);
  const c = encode(p.candidate);
  let differing = 0;
  for (let i = 0; i < n; i++) if (b[i] !== c[i]) differing++;
  if (positive !== void 0) {
    const pos = Int32Array.of(id.get(positive));
    const metrics = classification(y, b, c, labels.length, pos, resamples, rng, confidence, minN);
    if (p.baselineScore && p.candidateScore) {
      const isPositive = Uint8Array.from(y, (v) => v === pos[0] ? 1 : 0);
      metrics.push(...scoreRows(isPositive, p.baselineScore, p.candidateScore, resamples, rng, confidence, minN));
    }
    return { ...base, task: "binary", positiveLabel: positive, differing, metrics };
  }
  const inTruth = new Set(y);
  const macro = Int32Array.from([...inTruth].sort((a, z) => a - z));
  const trueLabels = [...macro].map((j) => labels[j]);
  const predictedOnly = labels.filter((_, j) => !inTruth.has(j));
  scoresFor("multiclass");
  return {
    ...base,
    task: "multiclass",
    labels: trueLabels,
    ...predictedOnly.length ? { predictedOnlyLabels: predictedOnly } : {},
    differing,
    metrics: classification(y, b, c, labels.length, macro, resamples, rng, confidence, minN)
  };
}
__name(computeSignificance, "computeSignificance");
function compareLabels(a, b) {
  const na = NUMBER2.test(a);
  const nb = NUMBER2.test(b);
  if (na && nb) return Number(a) - Number(b);
  if (na !== nb) return na ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}
__name(compareLabels, "compareLabels");
function decideTask(p, wanted) {
  if (wanted === "classification") return wanted;
  const columns = [p.yTrue, p.baseline, p.candidate];
  let allNumbers = true;
  let allIntegers = true;
  const distinct = /* @__PURE__ */ new Set();
  columns.forEach(
    (col, c) => col.forEach((v, i) => {
      if (!NUMBER2.test(v)) {
        if (wanted === "regression") {
          throw new UserError(`'${v}' in column '${COLUMNS[c]}' is not a number, and regression needs numbers`, {
            ...p.file ? { file: p.file, line: p.lines[i] } : {},
            fix: "Write numeric predictions, or set task: classification"
          });
        }
        allNumbers = false;
      } else {
        const x = Number(v);
        if (!Number.isFinite(x))
          throw new UserError(`'${v}' in column '${COLUMNS[c]}' is not finite`, {
            ...p.file ? { file: p.file, line: p.lines[i] } : {},
            fix: "Write finite numbers"
          });
        if (!Number.isInteger(x)) allIntegers = false;
        else if (distinct.size <= MAX_INTEGER_CLASSES) distinct.add(String(x));
      }
    })
  );
  if (wanted === "regression") return wanted;
  if (!allNumbers) return "classification";
  return allIntegers && distinct.size <= MAX_INTEGER_CLASSES ? "classification" : "regression";
}
__name(decideTask, "decideTask");
function interval(deltas, confidence) {
  const sorted = Float64Array.from(deltas).sort();
  const a = (1 - confidence) / 2;
  return [quantileSorted(sorted, a), quantileSorted(sorted, 1 - a)];
}
__name(interval, "interval");
function ciVerdict(direction, ci) {
  if (ci[0] > 0) return direction === "higher" ? "improvement" : "regression";
  if (ci[1] < 0) return direction === "higher" ? "regression" : "improvement";
  return "not-significant";
}
__name(ciVerdict, "ciVerdict");
function prf(tp, fp, fn, over) {
  let sp = 0;
  let sr = 0;
  let sf = 0;
  for (const j of over) {
    const t = tp[j];
    sp += t + fp[j] === 0 ? 0 : t / (t + fp[j]);
    sr += t + fn[j] === 0 ? 0 : t / (t + fn[j]);
    const d = 2 * t + fp[j] + fn[j];
    sf += d === 0 ? 0 : 2 * t / d;
  }
  const k = over.length;
  return [sp / k, sr / k, sf / k];
}
__name(prf, "prf");
function classCounts(k) {
  return { correct: 0, tp: new Int32Array(k), fp: new Int32Array(k), fn: new Int32Array(k) };
}
__name(classCounts, "classCounts");
function resetCounts(cc) {
  cc.correct = 0;
  cc.tp.fill(0);
  cc.fp.fill(0);
  cc.fn.fill(0);
}
__name(resetCounts, "resetCounts");
function addExample(cc, truth, pred, weight = 1) {
  if (truth === pred) {
    cc.correct += weight;
    cc.tp[truth] += weight;
  } else {
    cc.fp[pred] += weight;
    cc.fn[truth] += weight;
  }
}
__name(addExample, "addExample");
function classMetrics(cc, n, over) {
  const [p, r, f] = prf(cc.tp, cc.fp, cc.fn, over);
  return [cc.correct / n, p, r, f];
}
__name(classMetrics, "classMetrics");
function classification(y, b, c, k, over, resamples, rng, confidence, minN) {
  const n = y.length;
  const cb = classCounts(k);
  const cc = classCounts(k);
  let bOnly = 0;
  let cOnly = 0;
  const ids = /* @__PURE__ */ new Map();
  const triples = [];
  const code2 = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    addExample(cb, y[i], b[i]);
    addExample(cc, y[i], c[i]);
    const br = b[i] === y[i];
    const cr3 = c[i] === y[i];
    if (br && !cr3) bOnly++;
    else if (cr3 && !br) cOnly++;
    const key = (y[i] * k + b[i]) * k + c[i];
    let id = ids.get(key);
    if (id === void 0) {
      id = triples.length / 3;
      ids.set(key, id);
      triples.push(y[i], b[i], c[i]);
    }
    code2[i] = id;
  }
  const pointB = classMetrics(cb, n, over);
  const pointC = classMetrics(cc, n, over);
  const alpha = 1 - confidence;
  const accuracy = /* @__PURE__ */ __name(() => {
    const pValue = mcnemarExact(bOnly, cOnly);
    const ci = exactAccuracyInterval(bOnly, cOnly, n, confidence);
    return {
      metric: "accuracy",
      direction: "higher",
      baseline: pointB[0],
      candidate: pointC[0],
      delta: pointC[0] - pointB[0],
      ci,
      method: "mcnemar",
      interval: "exact",
      mcnemar: { baselineOnlyCorrect: bOnly, candidateOnlyCorrect: cOnly, pValue },
      verdict: pValue < alpha ? cOnly > bOnly ? "improvement" : "regression" : "not-significant"
    };
  }, "accuracy");
  const differ = [];
  for (let i = 0; i < n; i++) if (b[i] !== c[i]) differ.push(i);
  if (n < minN || differ.length < minN) {
    const same = classCounts(k);
    for (let i = 0; i < n; i++) if (b[i] === c[i]) addExample(same, y[i], b[i]);
    const copy = /* @__PURE__ */ __name((to) => {
      to.correct = same.correct;
      to.tp.set(same.tp);
      to.fp.set(same.fp);
      to.fn.set(same.fn);
    }, "copy");
    const stat = /* @__PURE__ */ __name((swapped) => {
      copy(cb);
      copy(cc);
      for (let k2 = 0; k2 < differ.length; k2++) {
        const i = differ[k2];
        const s = swapped[k2] === 1;
        addExample(cb, y[i], s ? c[i] : b[i]);
        addExample(cc, y[i], s ? b[i] : c[i]);
      }
      const mb = classMetrics(cb, n, over);
      const mc = classMetrics(cc, n, over);
      return [mc[1] - mb[1], mc[2] - mb[2], mc[3] - mb[3]];
    }, "stat");
    const tests = permutationTest(differ.length, stat, resamples, rng);
    return [
      accuracy(),
      ...["precision", "recall", "f1"].map(
        (metric, m) => permutationRow(metric, "higher", pointB[m + 1], pointC[m + 1], tests[m], alpha)
      )
    ];
  }
  const deltas = [0, 1, 2, 3].map(() => new Float64Array(resamples));
  const hist = new Int32Array(triples.length / 3);
  const idx = new Uint32Array(n);
  for (let r = 0; r < resamples; r++) {
    rng.indices(idx, n);
    hist.fill(0);
    for (let i = 0; i < n; i++) hist[code2[idx[i]]]++;
    resetCounts(cb);
    resetCounts(cc);
    for (let j = 0; j < hist.length; j++) {
      const w = hist[j];
      if (w === 0) continue;
      const t = triples[3 * j];
      addExample(cb, t, triples[3 * j + 1], w);
      addExample(cc, t, triples[3 * j + 2], w);
    }
    const mb = classMetrics(cb, n, over);
    const mc = classMetrics(cc, n, over);
    for (let m = 1; m < 4; m++) deltas[m][r] = mc[m] - mb[m];
  }
  return [
    accuracy(),
    ...["precision", "recall", "f1"].map((metric, j) => {
      const m = j + 1;
      const ci = interval(deltas[m], confidence);
      return {
        metric,
        direction: "higher",
        baseline: pointB[m],
        candidate: pointC[m],
        delta: pointC[m] - pointB[m],
        ci,
        method: "bootstrap",
        interval: "percentile bootstrap",
        verdict: ciVerdict("higher", ci)
      };
    })
  ];
}
__name(classification, "classification");
function scoreRows(positive, baseline, candidate, resamples, rng, confidence, minN) {
  let m = 0;
  for (const v of positive) m += v;
  const n = positive.length;
  if (m < MIN_DELONG_CLASS || n - m < MIN_DELONG_CLASS) return [];
  const d = delongPaired(positive, baseline, candidate, confidence);
  const alpha = 1 - confidence;
  const rows = [
    {
      metric: "roc_auc",
      direction: "higher",
      baseline: d.baseline,
      candidate: d.candidate,
      delta: d.delta,
      ci: d.ci,
      method: "delong",
      interval: "delong",
      // Z is infinite only when the two models' components differ by a constant (SE 0): kept finite for JSON.
      delong: { pValue: d.pValue, z: Math.max(-Number.MAX_VALUE, Math.min(Number.MAX_VALUE, d.z)) },
      verdict: d.pValue < alpha && d.delta !== 0 ? d.delta > 0 ? "improvement" : "regression" : "not-significant"
    }
  ];
  if (n >= minN) {
    const apB = averagePrecision(positive, baseline);
    const apC = averagePrecision(positive, candidate);
    const ci = interval(bootstrapAveragePrecisionDelta(positive, baseline, candidate, resamples, rng), confidence);
    rows.push({
      metric: "average_precision",
      direction: "higher",
      baseline: apB,
      candidate: apC,
      delta: apC - apB,
      ci,
      method: "bootstrap",
      interval: "stratified percentile bootstrap",
      verdict: ciVerdict("higher", ci)
    });
  }
  return rows;
}
__name(scoreRows, "scoreRows");
function permutationTest(d, stat, resamples, rng) {
  const swapped = new Uint8Array(d);
  const observed = stat(swapped);
  const m = observed.length;
  const ge = new Float64Array(m);
  const le = new Float64Array(m);
  const exact = d <= MAX_EXACT_SWAPS;
  const count = /* @__PURE__ */ __name((values) => {
    for (let j = 0; j < m; j++) {
      const t = observed[j];
      const gamma2 = Math.abs(t) * 100 * Number.EPSILON;
      if (values[j] >= t - gamma2) ge[j]++;
      if (values[j] <= t + gamma2) le[j]++;
    }
  }, "count");
  let arrangements;
  if (exact) {
    arrangements = 2 ** d;
    for (let mask = 0; mask < arrangements; mask++) {
      for (let k = 0; k < d; k++) swapped[k] = mask >>> k & 1;
      count(stat(swapped));
    }
  } else {
    arrangements = resamples;
    for (let r = 0; r < resamples; r++) {
      let bits = 0;
      for (let k = 0; k < d; k++) {
        if (k % 32 === 0) bits = rng.next();
        swapped[k] = bits >>> k % 32 & 1;
      }
      count(stat(swapped));
    }
  }
  return observed.map((_, j) => {
    const tail = exact ? Math.min(ge[j], le[j]) / arrangements : (Math.min(ge[j], le[j]) + 1) / (arrangements + 1);
    return { pValue: Math.min(1, 2 * tail), exact, arrangements };
  });
}
__name(permutationTest, "permutationTest");
var boundTests = /* @__PURE__ */ new WeakMap();
function testAgainstBound(sig, required) {
  return boundTests.get(sig)?.(required);
}
__name(testAgainstBound, "testAgainstBound");
function shiftedSignFlip(gains, required, resamples, seed) {
  const n = gains.length;
  let sum = 0;
  for (const g of gains) sum += g;
  const observed = sum - n * required;
  const gamma2 = Math.abs(observed) * 100 * Number.EPSILON + n * 4 * Number.EPSILON * Math.abs(required);
  let ge = 0;
  let le = 0;
  const count = /* @__PURE__ */ __name((t) => {
    if (t >= observed - gamma2) ge++;
    if (t <= observed + gamma2) le++;
  }, "count");
  const exact = n <= MAX_EXACT_SWAPS;
  let arrangements;
  if (exact) {
    arrangements = 2 ** n;
    for (let mask = 0; mask < arrangements; mask++) {
      let t = 0;
      for (let i = 0; i < n; i++) t += (mask >>> i & 1 ? -1 : 1) * (gains[i] - required);
      count(t);
    }
  } else {
    const moved = [];
    for (const g of gains) if (g !== 0) moved.push(g - required);
    const zeros = n - moved.length;
    const rng = createRng(seed);
    arrangements = resamples;
    for (let r = 0; r < resamples; r++) {
      let t = 0;
      let bits = 0;
      for (let k = 0; k < moved.length; k++) {
        if (k % 32 === 0) bits = rng.next();
        t += (bits >>> k % 32 & 1 ? -1 : 1) * moved[k];
      }
      let flipped = 0;
      for (let z = 0; z < zeros; z += 32) {
        let w = rng.next();
        if (zeros - z < 32) w &= (1 << zeros - z) - 1;
        w = w - (w >>> 1 & 1431655765);
        w = (w & 858993459) + (w >>> 2 & 858993459);
        flipped += Math.imul(w + (w >>> 4) & 252645135, 16843009) >>> 24;
      }
      count(t - required * (zeros - 2 * flipped));
    }
  }
  const tail = exact ? Math.min(ge, le) / arrangements : (Math.min(ge, le) + 1) / (arrangements + 1);
  return { pValue: Math.min(1, 2 * tail), exact, arrangements, gain: sum / n };
}
__name(shiftedSignFlip, "shiftedSignFlip");
function permutationRow(metric, direction, baseline, candidate, test, alpha) {
  const delta = candidate - baseline;
  const better = direction === "higher" ? delta > 0 : delta < 0;
  return {
    metric,
    direction,
    baseline,
    candidate,
    delta,
    ci: null,
    method: "permutation",
    interval: "none",
    permutation: test,
    verdict: test.pValue < alpha && delta !== 0 ? better ? "improvement" : "regression" : "not-significant"
  };
}
__name(permutationRow, "permutationRow");
function exactAccuracyInterval(b, c, n, confidence) {
  const d = b + c;
  if (d === 0) return [0, 0];
  const [lo, hi] = clopperPearson(c, d, confidence);
  return [d * (2 * lo - 1) / n, d * (2 * hi - 1) / n];
}
__name(exactAccuracyInterval, "exactAccuracyInterval");
function logBinomCdf(k, n, p) {
  if (k >= n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return -Infinity;
  const lp = Math.log(p);
  const lq = Math.log1p(-p);
  let term = n * lq;
  let top = term;
  const logs = new Float64Array(k + 1);
  logs[0] = term;
  for (let j = 0; j < k; j++) {
    term += Math.log((n - j) / (j + 1)) + lp - lq;
    logs[j + 1] = term;
    if (term > top) top = term;
  }
  let sum = 0;
  for (let j = 0; j <= k; j++) sum += Math.exp(logs[j] - top);
  return top + Math.log(sum);
}
__name(logBinomCdf, "logBinomCdf");
function clopperPearson(k, n, confidence) {
  const tail = Math.log((1 - confidence) / 2);
  const solve = /* @__PURE__ */ __name((j, target) => {
    let lo = 0;
    let hi = 1;
    for (let it = 0; it < 200 && hi - lo > 1e-17; it++) {
      const mid = (lo + hi) / 2;
      if (mid === lo || mid === hi) break;
      if (logBinomCdf(j, n, mid) > target) lo = mid;
      else hi = mid;
    }
    return (lo + hi) / 2;
  }, "solve");
  const lower = k === 0 ? 0 : solve(k - 1, Math.log1p(-Math.exp(tail)));
  const upper = k === n ? 1 : solve(k, tail);
  return [lower, upper];
}
__name(clopperPearson, "clopperPearson");
function regression(p, resamples, rng, confidence, minN, seed) {
  const n = p.yTrue.length;
  const v = new Float64Array(4 * n);
  for (let i = 0; i < n; i++) {
    const t = Number(p.yTrue[i]);
    const eb = Number(p.baseline[i]) - t;
    const ec = Number(p.candidate[i]) - t;
    v[4 * i] = Math.abs(eb);
    v[4 * i + 1] = Math.abs(ec);
    v[4 * i + 2] = eb * eb;
    v[4 * i + 3] = ec * ec;
  }
  const sums = /* @__PURE__ */ __name((at) => {
    let ab = 0;
    let ac = 0;
    let sb = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
      const j = 4 * at(i);
      ab += v[j];
      ac += v[j + 1];
      sb += v[j + 2];
      sc += v[j + 3];
    }
    return [ab / n, ac / n, Math.sqrt(sb / n), Math.sqrt(sc / n)];
  }, "sums");
  const point = sums((i) => i);
  const alpha = 1 - confidence;
  const differ = [];
  for (let i = 0; i < n; i++) if (v[4 * i] !== v[4 * i + 1] || v[4 * i + 2] !== v[4 * i + 3]) differ.push(i);
  if (n < minN || differ.length < minN) {
    let a0 = 0;
    let s0 = 0;
    for (let i = 0; i < n; i++) {
      if (v[4 * i] === v[4 * i + 1] && v[4 * i + 2] === v[4 * i + 3]) {
        a0 += v[4 * i];
        s0 += v[4 * i + 2];
      }
    }
    const stat = /* @__PURE__ */ __name((swapped) => {
      let ab = a0;
      let ac = a0;
      let sb = s0;
      let sc = s0;
      for (let k = 0; k < differ.length; k++) {
        const j = 4 * differ[k];
        const s = swapped[k] === 1;
        ab += v[s ? j + 1 : j];
        ac += v[s ? j : j + 1];
        sb += v[s ? j + 3 : j + 2];
        sc += v[s ? j + 2 : j + 3];
      }
      return [ac / n - ab / n, Math.sqrt(sc / n) - Math.sqrt(sb / n)];
    }, "stat");
    const [mae, rmse] = permutationTest(differ.length, stat, resamples, rng);
    const maeRow = permutationRow("mae", "lower", point[0], point[1], mae, alpha);
    const gains = new Float64Array(n);
    for (let i = 0; i < n; i++) gains[i] = v[4 * i] - v[4 * i + 1];
    boundTests.set(maeRow, (required) => shiftedSignFlip(gains, required, resamples, seed));
    return [maeRow, permutationRow("rmse", "lower", point[2], point[3], rmse, alpha)];
  }
  const dMae = new Float64Array(resamples);
  const dRmse = new Float64Array(resamples);
  const idx = new Uint32Array(n);
  for (let r = 0; r < resamples; r++) {
    rng.indices(idx, n);
    let ab = 0;
    let ac = 0;
    let sb = 0;
    let sc = 0;
    for (let i = 0; i < n; i++) {
      const j = 4 * idx[i];
      ab += v[j];
      ac += v[j + 1];
      sb += v[j + 2];
      sc += v[j + 3];
    }
    dMae[r] = ac / n - ab / n;
    dRmse[r] = Math.sqrt(sc / n) - Math.sqrt(sb / n);
  }
  return ["mae", "rmse"].map((metric) => {
    const [vb, vc] = metric === "mae" ? [point[0], point[1]] : [point[2], point[3]];
    const ci = interval(metric === "mae" ? dMae : dRmse, confidence);
    return {
      metric,
      direction: "lower",
      baseline: vb,
      candidate: vc,
      delta: vc - vb,
      ci,
      method: "bootstrap",
      interval: "percentile bootstrap",
      verdict: ciVerdict("lower", ci)
    };
  });
}
__name(regression, "regression");
function mcnemarExact(b, c) {
  const n = b + c;
  if (n === 0) return 1;
  const k = Math.min(b, c);
  const logs = new Float64Array(k + 1);
  logs[0] = -n * Math.LN2;
  for (let j = 0; j < k; j++) logs[j + 1] = logs[j] + Math.log((n - j) / (j + 1));
  const top = logs[k];
  let sum = 0;
  for (let j = 0; j <= k; j++) sum += Math.exp(logs[j] - top);
  return Math.min(1, 2 * Math.exp(top + Math.log(sum)));
}
__name(mcnemarExact, "mcnemarExact");
function significanceMetricFor(name) {
  const leaf = leafName(name).toLowerCase().replace(/[^a-z0-9]+/g, "_");
  const trimmed = leaf.replace(/^(test|val|valid|validation|eval|holdout)_/, "").replace(/_score$/, "");
  const aliases = {
    accuracy: "accuracy",
    acc: "accuracy",
    precision: "precision",
    recall: "recall",
    f1: "f1",
    f1_macro: "f1",
    precision_macro: "precision",
    recall_macro: "recall",
    mae: "mae",
    mean_absolute_error: "mae",
    rmse: "rmse",
    root_mean_squared_error: "rmse",
    auc: "roc_auc",
    roc_auc: "roc_auc",
    rocauc: "roc_auc",
    auroc: "roc_auc",
    average_precision: "average_precision",
    ap: "average_precision"
  };
  return aliases[trimmed];
}
__name(significanceMetricFor, "significanceMetricFor");

// node_modules/@mlops-actions/metrics/src/gate.ts
var TOLERANCE = 1e-7;
function subtractionNoise(c, b) {
  return 4 * Number.EPSILON * Math.max(Math.abs(c), Math.abs(b));
}
__name(subtractionNoise, "subtractionNoise");
function atLeast(a, b, scale = Math.max(Math.abs(a), Math.abs(b))) {
  return a >= b || b - a <= TOLERANCE * Math.max(scale, Number.MIN_VALUE);
}
__name(atLeast, "atLeast");
function runGate(candidate, baseline, rules, options = {}) {
  const policy = options.noBaseline ?? "pass";
  const metrics = [];
  const names = /* @__PURE__ */ new Set([...candidate.values.keys()]);
  for (const r of namedMetrics(rules)) names.add(r.key);
  for (const k of baseline?.values.keys() ?? []) names.add(k);
  for (const name of names) {
    const c = candidate.values.get(name);
    const b = baseline?.values.get(name);
    const rule = resolveRule(rules, name);
    const row = {
      name,
      status: "info",
      checks: [],
      direction: rule.direction,
      directionSource: rule.directionSource,
      line: c?.line
    };
    if (c) row.candidate = c.value;
    if (b) row.baseline = b.value;
    if (c && b) {
      row.delta = c.value - b.value;
      row.relativeDelta = b.value === 0 ? null : row.delta / Math.abs(b.value);
      if (row.delta === 0 || Math.abs(row.delta) <= subtractionNoise(c.value, b.value)) row.change = "unchanged";
      else if (!rule.direction) row.change = "changed";
      else row.change = (rule.direction === "higher" ? row.delta : -row.delta) > 0 ? "improved" : "regressed";
    }
    const sigName = significanceMetricFor(name);
    const sig = sigName ? options.significance?.metrics.find((m) => m.metric === sigName) : void 0;
    if (sig) row.significance = sig;
    const bounds = Object.entries(rule.bounds);
    if (!c) {
      if (rule.exact) {
        row.status = "missing";
        const line = rule.exact.line;
        row.checks.push({
          metric: name,
          rule: "present",
          result: "fail",
          message: `the candidate does not report ${name}, and a rule names it`,
          origin: {
            key: name,
            file: rules.file,
            line,
            where: rules.file ? `${rules.file}${line ? `:${line}` : ""}` : `${rules.source}${line ? `, line ${line}` : ""}`
          }
        });
      } else row.status = "removed";
      metrics.push(row);
      continue;
    }
    if (rule.significant?.value && !significanceMetricFor(name)) {
      const o = rule.significant.origin;
      throw ruleError(
        o,
        `significant: true on ${JSON.stringify(name)} cannot be judged: predictions determine accuracy, precision, recall, f1, mae, rmse, roc_auc and average_precision, and ${JSON.stringify(name)} is none of them`,
        "Remove significant from this rule"
      );
    }
    const unusable = baseline?.unusable?.get(name);
    for (const [key, field] of bounds) {
      if (isChangeKey(key) && !b && unusable !== void 0) {
        row.checks.push(unusableBaselineCheck(name, key, field, unusable, rule.noBaseline));
        continue;
      }
      const rulePolicy = rule.noBaseline?.value ?? policy;
      row.checks.push(
        isChangeKey(key) ? changeCheck(
          name,
          key,
          field,
          c.value,
          b?.value,
          rule.direction,
          baseline !== void 0,
          rulePolicy,
          rule.noBaseline !== void 0,
          rule.significant,
          sig,
          options.significance
        ) : valueCheck(name, key, field, c.value)
      );
    }
    if (rule.significant?.value && !bounds.some(([k]) => isChangeKey(k))) {
      const o = rule.significant.origin;
      throw ruleError(
        o,
        `significant: true on ${JSON.stringify(name)} has no change bound to qualify`,
        "Add a change bound such as max_drop or min_improvement, or remove significant"
      );
    }
    const failed = row.checks.some((k) => k.result === "fail");
    row.status = failed ? "fail" : baseline && !b ? "new" : row.checks.length ? "pass" : "info";
    metrics.push(row);
  }
  const globalChecks = [];
  if (!baseline && policy === "fail" && !metrics.some((m) => m.checks.some((k) => k.rule !== "present" && isChangeKey(k.rule)))) {
    globalChecks.push({
      metric: "",
      rule: "baseline",
      result: "fail",
      message: "there is no baseline to compare with, and no-baseline is fail"
    });
  }
  const failedChecks = [...metrics.flatMap((m) => m.checks), ...globalChecks].filter((k) => k.result === "fail").length;
  return { passed: failedChecks === 0, failedChecks, hasBaseline: baseline !== void 0, metrics, globalChecks };
}
__name(runGate, "runGate");
function ruleError(o, message, fix) {
  return inlineAware(message, {
    file: o.file,
    line: o.line,
    key: `${o.key}.${o.field ?? ""}`,
    fix,
    source: o.where.replace(/, line \d+$/, "")
  });
}
__name(ruleError, "ruleError");
function valueCheck(metric, key, field, value) {
  const bound = field.value;
  const ok = key === "min" ? atLeast(value, bound) : atLeast(-value, -bound);
  return {
    metric,
    rule: key,
    threshold: bound,
    observed: value,
    result: ok ? "pass" : "fail",
    message: ok ? `${fmt2(value)} ${key === "min" ? "\u2265" : "\u2264"} ${fmt2(bound)}` : `${fmt2(value)} is ${key === "min" ? "below the minimum" : "above the maximum"} ${fmt2(bound)}`,
    origin: field.origin
  };
}
__name(valueCheck, "valueCheck");
function unusableBaselineCheck(metric, key, field, recorded, noBaseline) {
  const base = { metric, rule: key, threshold: field.value, origin: field.origin };
  const what = `the baseline records ${metric} as ${recorded}, not a finite number`;
  if (noBaseline?.value === "pass") {
    return { ...base, result: "skipped", message: `${what}; change bounds are skipped (no_baseline: pass in the rule)` };
  }
  return {
    ...base,
    result: "fail",
    message: `${what}, so the change cannot be judged. Record a finite value for the baseline, or add no_baseline: pass to this rule to skip it`
  };
}
__name(unusableBaselineCheck, "unusableBaselineCheck");
function changeCheck(metric, key, field, c, b, direction, hasBaseline, policy, policyFromRule, significant, sig, report) {
  const meaning = CHANGE_MEANING[key];
  const bound = field.value;
  const base = { metric, rule: key, threshold: bound, origin: field.origin };
  if (b === void 0) {
    const why = hasBaseline ? `the baseline does not report ${metric}` : "there is no baseline";
    const source = policyFromRule ? `no_baseline: ${policy} in the rule` : `no-baseline: ${policy}`;
    return policy === "fail" ? { ...base, result: "fail", message: `${why} to compare with (${source})` } : { ...base, result: "skipped", message: `${why}; change bounds are skipped (${source})` };
  }
  const diff = c - b;
  const improvement = direction === "higher" ? diff : -diff;
  if (meaning.scale === "relative" && b === 0) {
    return { ...base, result: "not-applicable", message: "the baseline is 0, so a relative change is undefined" };
  }
  const per = meaning.scale === "relative" ? Math.abs(b) : 1;
  const observed = improvement / per;
  const required = meaning.kind === "regression" ? -bound : bound;
  const noise = subtractionNoise(c, b) / per;
  const allowance = TOLERANCE * Math.max(Math.abs(observed), Math.abs(required)) + noise;
  let ok = observed >= required || required - observed <= allowance;
  const amount = meaning.scale === "relative" ? pct(Math.abs(observed)) : fmt2(Math.abs(diff));
  const limit = meaning.scale === "relative" ? pct(bound) : fmt2(bound);
  const worse = direction === "higher" ? "dropped" : "rose";
  const better = direction === "higher" ? "rose" : "dropped";
  let message;
  if (meaning.kind === "regression") {
    message = improvement >= 0 || Math.abs(observed) <= noise ? `no regression (allowed: ${limit})` : ok ? `${worse} ${amount}, within the ${limit} allowed` : `${worse} ${amount}, more than the ${limit} allowed`;
  } else {
    message = ok ? `${better} ${amount}, at least the ${limit} required` : improvement > 0 ? `${better} only ${amount}; ${limit} required` : `${improvement === 0 ? "did not change" : `${worse} ${amount}`}; an improvement of ${limit} is required`;
  }
  let significance;
  if (significant?.value) {
    const o = significant.origin;
    const judged = significanceMetricFor(metric);
    if (!report) {
      message += " (significance not judged: no predictions)";
      return {
        ...base,
        observed,
        result: ok ? "pass" : "fail",
        message,
        significance: { required: true, verdict: "unavailable", decisive: false }
      };
    }
    if (!sig) {
      if ((judged === "roc_auc" || judged === "average_precision") && report.task === "binary") {
        throw ruleError(
          o,
          `significant: true on ${JSON.stringify(metric)} needs ${judged}, which needs both models' scores (columns baseline_score and candidate_score, with at least 2 positive and 2 negative examples${judged === "average_precision" ? ` and ${report.minBootstrapN} examples in all` : ""})`,
          "Add the score columns to the predictions file, or remove significant from this rule"
        );
      }
      throw ruleError(
        o,
        `significant: true on ${JSON.stringify(metric)} needs ${judged}, which predictions of a ${report.task} task do not give`,
        report.task === "regression" ? "Check the predictions file, or set task: classification" : "Check the predictions file, or set task: regression"
      );
    }
    const { against, pValue } = againstBound(sig, required * per, meaning.kind, 1 - report.confidence);
    const level = `${Number((report.confidence * 100).toPrecision(4))}%`;
    const ci = sig.ci ? ` (${level} CI of \u0394 [${fmt2(sig.ci[0])}, ${fmt2(sig.ci[1])}])` : pValue !== void 0 ? ` (permutation test of \u0394 against the bound: p = ${fmt2(pValue)})` : "";
    let decisive = false;
    const few = `fewer than ${report.minBootstrapN} examples on which the models differ: a permutation test of ${sig.metric} can only say whether \u0394 differs from 0, not whether it is past the bound`;
    if (against === "undetermined" && meaning.kind === "regression") {
      message += ` (${few}, so the bound is judged on the point estimate)`;
    } else if (against === "undetermined") {
      if (ok) decisive = true;
      ok = false;
      message += `, but the sample is too small to show the improvement is past the bound (${few}). Evaluate on more examples (at least ${report.minBootstrapN} on which the models differ), or remove significant from this rule`;
    } else if (meaning.kind === "regression") {
      if (!ok && against === "within") {
        ok = true;
        decisive = true;
        message += `, but the regression is not significantly past the bound${ci}`;
      } else if (!ok) message += `, significantly${ci}`;
      else message += ci ? ` ${ci.trim()}` : "";
    } else if (ok && against === "within") {
      ok = false;
      decisive = true;
      message += `, but the improvement is not significantly past the bound${ci}`;
    } else if (ok) message += `, significantly${ci}`;
    else message += ci ? ` ${ci.trim()}` : "";
    significance = { required: true, verdict: sig.verdict, againstBound: against, decisive };
  }
  return { ...base, observed, result: ok ? "pass" : "fail", message, significance };
}
__name(changeCheck, "changeCheck");
function againstBound(sig, required, kind, alpha) {
  if (sig.ci) {
    const [lo, hi] = sig.direction === "higher" ? sig.ci : [-sig.ci[1], -sig.ci[0]];
    if (kind === "regression") return { against: hi < required ? "beyond" : "within" };
    return { against: lo > required ? "beyond" : "within" };
  }
  const wanted = kind === "regression" ? "regression" : "improvement";
  if (sig.verdict !== wanted) return { against: "within" };
  if (required === 0) return { against: "beyond" };
  const t = testAgainstBound(sig, required);
  if (!t) return { against: "undetermined" };
  const past = kind === "regression" ? t.gain < required : t.gain > required;
  return { against: t.pValue < alpha && past ? "beyond" : "within", pValue: t.pValue };
}
__name(againstBound, "againstBound");
function fmt2(n) {
  return String(Number(n.toPrecision(6)));
}
__name(fmt2, "fmt");
function pct(fraction) {
  return `${Number((fraction * 100).toPrecision(3))}%`;
}
__name(pct, "pct");

// node_modules/@mlops-actions/metrics/src/report.ts
var REPORT_FORMAT = "mlops-actions/validate-metrics-report@1";
function compareMetrics(input) {
  const gate = runGate(input.candidate, input.baseline, input.rules, input);
  const count = /* @__PURE__ */ __name((f) => gate.metrics.filter(f).length, "count");
  const allChecks = [...gate.metrics.flatMap((m) => m.checks), ...gate.globalChecks];
  const baseline = input.baselineInfo ?? (input.baseline ? { kind: "file", source: input.baseline.source } : { kind: "none" });
  return {
    format: REPORT_FORMAT,
    passed: gate.passed,
    failedChecks: gate.failedChecks,
    checks: allChecks.filter((c) => c.result === "pass" || c.result === "fail").length,
    failed: allChecks.filter((c) => c.result === "fail"),
    candidate: { source: input.candidate.source },
    baseline,
    rules: { source: input.rules.source, file: input.rules.file },
    noBaseline: input.noBaseline ?? "pass",
    mainMetric: input.mainMetric ?? chooseMainMetric(input.candidate, input.rules),
    metrics: gate.metrics,
    globalChecks: gate.globalChecks,
    counts: {
      improved: count((m) => m.change === "improved"),
      regressed: count((m) => m.change === "regressed"),
      unchanged: count((m) => m.change === "unchanged"),
      new: count((m) => m.status === "new"),
      removed: count((m) => m.status === "removed"),
      missing: count((m) => m.status === "missing")
    },
    significance: input.significance,
    ...input.curves ? { curves: input.curves } : {},
    ...input.confusion ? { confusion: input.confusion } : {},
    ...input.slices ? { slices: input.slices } : {},
    params: input.params,
    data: input.data,
    trend: input.trend,
    ...input.plots ? { plots: input.plots } : {},
    links: input.links ?? {}
  };
}
__name(compareMetrics, "compareMetrics");
function chooseMainMetric(candidate, rules) {
  const named = namedMetrics(rules).find((r) => candidate.values.has(r.key));
  if (named) return named.key;
  const names = [...candidate.values.keys()];
  return names.find((n) => inferDirection(n)) ?? names[0];
}
__name(chooseMainMetric, "chooseMainMetric");
function diffParams(baseline, candidate) {
  if (!baseline || !candidate) return void 0;
  const b = baseline;
  const c = candidate;
  const out = { changed: [], added: [], removed: [], unchanged: 0 };
  for (const [name, value] of c) {
    if (!b.has(name)) out.added.push({ name, candidate: value });
    else if (b.get(name) !== value) out.changed.push({ name, baseline: b.get(name), candidate: value });
    else out.unchanged++;
  }
  for (const [name, value] of b) if (!c.has(name)) out.removed.push({ name, baseline: value });
  return out;
}
__name(diffParams, "diffParams");
function reportJson(report) {
  return `${JSON.stringify(report, null, 2)}
`;
}
__name(reportJson, "reportJson");

// node_modules/@mlops-actions/metrics/src/data.ts
async function readDataDiff(input) {
  const candidate = input.candidate ? await readManifest(input.candidate.path, input.candidate.display) : void 0;
  const baseline = input.baseline ? await readManifest(input.baseline.path, input.baseline.display) : void 0;
  if (!candidate && !baseline && !input.baselineHash) return void 0;
  const diff = {
    baselineHash: baseline?.hash ?? input.baselineHash,
    candidateHash: candidate?.hash,
    candidateFiles: candidate?.files,
    candidateBytes: candidate?.bytes
  };
  if (candidate && baseline) {
    const c = compareManifests(baseline, candidate);
    diff.files = { added: c.added, removed: c.removed, modified: c.modified };
  }
  return diff;
}
__name(readDataDiff, "readDataDiff");

// node_modules/@mlops-actions/metrics/src/plots.ts
import { statSync } from "node:fs";
import { glob } from "node:fs/promises";
import { basename, extname as extname2 } from "node:path";
var MAX_PLOT_BYTES = 16 * 1024 * 1024;
var MAX_PLOT_FILES = 20;
var MAX_CHART_POINTS = 100;
var MAX_PLOT_CHARTS = 10;
var PLOTS_BUNDLE_FORMAT = "mlops-actions/plots@1";
var BASELINE_COLOR = MODEL_PALETTE.baseline.color;
var CANDIDATE_COLOR = MODEL_PALETTE.candidate.color;
function formatOf2(name) {
  const ext = extname2(name).toLowerCase();
  if (ext === ".json") return "json";
  if (ext === ".yaml" || ext === ".yml") return "yaml";
  if (ext === ".csv") return "csv";
  if (ext === ".tsv") return "tsv";
  return void 0;
}
__name(formatOf2, "formatOf");
var FORMATS_FIX = "Name a plot file .json, .yaml, .yml, .csv or .tsv (a list of objects, or rows with a header row), as DVC plots are written";
var isObject = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObject");
function documentRows(doc, file, input) {
  const v = doc.value;
  let list;
  let at = [];
  if (Array.isArray(v)) list = v;
  else if (isObject(v)) {
    const key = Object.keys(v).find((k) => Array.isArray(v[k]));
    if (key !== void 0) {
      list = v[key];
      at = [key];
    }
  }
  const where = /* @__PURE__ */ __name((path) => {
    const line = doc.lineOf(path);
    return { file, ...line ? { line } : {}, ...input ? { input } : {} };
  }, "where");
  if (!list) {
    throw new UserError("holds no list of data points", {
      ...where([]),
      fix: 'Write a list of objects, one per step, e.g. [{"step": 0, "loss": 0.9}, {"step": 1, "loss": 0.7}] (or an object whose first key holds that list)'
    });
  }
  const columns = [];
  const seen = /* @__PURE__ */ new Set();
  const rows = [];
  list.forEach((item, i) => {
    if (!isObject(item)) {
      throw new UserError(
        `data point ${i + 1} is ${Array.isArray(item) ? "a list" : item === null ? "null" : `a ${typeof item}`}, not an object`,
        {
          ...where([...at, i]),
          fix: 'Write every data point as an object of field names and numbers, e.g. {"step": 3, "loss": 0.42}'
        }
      );
    }
    for (const k of Object.keys(item)) {
      if (!seen.has(k)) {
        seen.add(k);
        columns.push(k);
      }
    }
    rows.push({ cells: new Map(Object.entries(item)), line: doc.lineOf([...at, i]) });
  });
  return { columns, rows };
}
__name(documentRows, "documentRows");
function tableRows(text, format, file, input) {
  const place = /* @__PURE__ */ __name((line) => ({ file, ...line ? { line } : {}, ...input ? { input } : {} }), "place");
  let records;
  try {
    records = parse(text, {
      info: true,
      delimiter: format === "tsv" ? "	" : ",",
      skip_empty_lines: true,
      bom: true,
      trim: true,
      relax_column_count: true,
      relax_quotes: format === "tsv"
    });
  } catch (e) {
    throw new UserError(`cannot parse it as ${format.toUpperCase()}: ${messageOf(e).replace(/^Invalid [^:]*: /, "")}`, {
      ...place(e.lines),
      fix: `Write a header row, then one row per step with the same number of ${format === "tsv" ? "tab-separated" : "comma-separated"} fields`
    });
  }
  const header = records[0]?.record;
  if (!header) throw new UserError("is empty", { ...place(void 0), fix: "Write a header row (e.g. step,loss) and one row per step" });
  const blank = header.indexOf("");
  if (blank >= 0)
    throw new UserError(`column ${blank + 1} of the header row has no name`, {
      ...place(records[0].info.lines),
      fix: "Name every column in the first row, e.g. step,loss,accuracy"
    });
  const dup = header.findIndex((h, i) => header.indexOf(h) !== i);
  if (dup >= 0)
    throw new UserError(`the header row names the column ${JSON.stringify(header[dup])} twice`, {
      ...place(records[0].info.lines),
      fix: "Give every column its own name"
    });
  const rows = [];
  for (const { record, info } of records.slice(1)) {
    if (record.length !== header.length) {
      throw new UserError(`a row has ${record.length} fields, the header ${header.length}`, {
        ...place(info.lines),
        fix: `Write ${header.length} fields on every row (leave a cell empty rather than out)`
      });
    }
    rows.push({ cells: new Map(header.map((h, i) => [h, record[i]])), line: info.lines });
  }
  return { columns: header, rows };
}
__name(tableRows, "tableRows");
function numberOf(v) {
  if (v === void 0 || v === null || v === "") return void 0;
  if (typeof v === "number") return Number.isFinite(v) ? v : void 0;
  if (typeof v === "string") {
    const t = v.trim();
    if (t === "" || /^[+-]?(nan|inf|infinity)$/i.test(t)) return void 0;
    const n = Number(t);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
__name(numberOf, "numberOf");
function parsePlotText(text, file, input) {
  const format = formatOf2(file);
  if (!format)
    throw new UserError(`is not a plot file this action reads (${extname2(file) || "no extension"})`, {
      file,
      ...input ? { input } : {},
      fix: FORMATS_FIX
    });
  const data = format === "csv" || format === "tsv" ? tableRows(text, format, file, input) : documentRows(parseDocumentText(text, file, file, format), file, input);
  if (data.rows.length === 0)
    throw new UserError("holds no data point", {
      file,
      ...input ? { input } : {},
      fix: "Write one row (or object) per step; an empty log means the training wrote nothing"
    });
  const xName = data.columns.includes("step") ? "step" : data.columns[0];
  const xs = data.rows.map((r) => numberOf(r.cells.get(xName)));
  const byRow = xs.some((v) => v === null || v === void 0);
  const x = byRow ? data.rows.map((_, i) => i) : xs;
  const fields = [];
  const skipped = [];
  for (const c of data.columns) {
    if (c === xName && !byRow) continue;
    const points = /* @__PURE__ */ new Map();
    let text2 = false;
    for (const [i, r] of data.rows.entries()) {
      const v = numberOf(r.cells.get(c));
      if (v === null) {
        text2 = true;
        break;
      }
      if (v !== void 0) points.set(x[i], v);
    }
    if (text2 || points.size === 0) {
      if (text2 || c !== xName) skipped.push(c);
      continue;
    }
    const sorted = [...points.entries()].sort((a, b) => a[0] - b[0]);
    fields.push({ field: c, x: sorted.map((p) => p[0]), y: sorted.map((p) => p[1]) });
  }
  if (!fields.length) {
    throw new UserError(
      `has no numeric field to chart besides ${JSON.stringify(xName)}${skipped.length ? ` (${skipped.map((s) => JSON.stringify(s)).join(", ")} hold text)` : ""}`,
      {
        file,
        ...input ? { input } : {},
        fix: "Log at least one number per step, e.g. a loss or accuracy column"
      }
    );
  }
  return { xName: byRow ? "row" : xName, fields, skipped };
}
__name(parsePlotText, "parsePlotText");
function commonDir(names) {
  const parts = names.map((n) => n.split("/").slice(0, -1));
  const first = parts[0] ?? [];
  let k = 0;
  while (k < first.length && parts.every((p) => p[k] === first[k])) k++;
  return first.slice(0, k).join("/");
}
__name(commonDir, "commonDir");
function plotSetFromTexts(files, input) {
  if (files.length > MAX_PLOT_FILES) {
    throw new UserError(`names ${files.length} plot files, more than the ${MAX_PLOT_FILES} a report charts`, {
      ...input ? { input } : {},
      fix: "Pass the curves a reviewer should compare; merge related fields into one file"
    });
  }
  const parsed = files.map((f) => ({ name: f.name, ...parsePlotText(f.text, f.name, input) }));
  const count = /* @__PURE__ */ new Map();
  for (const p of parsed) for (const f of p.fields) count.set(f.field, (count.get(f.field) ?? 0) + 1);
  const dir = commonDir(parsed.map((p) => p.name));
  const series = [];
  for (const p of parsed) {
    const stem = (dir ? p.name.slice(dir.length + 1) : p.name).replace(/\.[^./]*$/, "");
    for (const f of p.fields) {
      const name = count.get(f.field) > 1 ? basename(stem) === f.field ? stem : `${stem}/${f.field}` : f.field;
      series.push({ name, field: f.field, file: p.name, xName: p.xName, x: f.x, y: f.y });
    }
  }
  const names = /* @__PURE__ */ new Set();
  for (const s of series) {
    if (names.has(s.name)) {
      throw new UserError(`two plot files give a series named ${JSON.stringify(s.name)}`, {
        file: s.file,
        ...input ? { input } : {},
        fix: "Rename a field or a file so that every series has its own name"
      });
    }
    names.add(s.name);
  }
  return {
    files: files.map((f) => f.name),
    series,
    skipped: parsed.filter((p) => p.skipped.length).map((p) => ({ file: p.name, fields: p.skipped }))
  };
}
__name(plotSetFromTexts, "plotSetFromTexts");
var GLOB_CHARS = /[*?[\]{}]/;
async function resolvePlotFiles(workspace, patterns, input) {
  const out = /* @__PURE__ */ new Map();
  for (const p of patterns) {
    if (!GLOB_CHARS.test(p)) {
      const abs = resolveInside(workspace, p, { input });
      const s = statSync(abs, { throwIfNoEntry: false });
      if (!s)
        throw new UserError(`'${p}' does not exist`, {
          input,
          fix: "Check the path; it is relative to the workspace (the training step must have written it)"
        });
      if (s.isDirectory())
        throw new UserError(`'${p}' is a folder`, { input, fix: `Name the files, e.g. '${p.replace(/\/$/, "")}/**/*.tsv'` });
      out.set(abs, toPosixRelative(workspace, abs));
      continue;
    }
    let n = 0;
    for await (const m of glob(p, { cwd: workspace })) {
      const abs = resolveInside(workspace, m, { input });
      if (statSync(abs).isFile() && formatOf2(abs)) {
        out.set(abs, toPosixRelative(workspace, abs));
        n++;
      }
    }
    if (n === 0)
      throw new UserError(`no .json, .yaml, .csv or .tsv file matches '${p}'`, {
        input,
        fix: "Check the glob; it is relative to the workspace"
      });
  }
  return [...out].map(([path, display]) => ({ path, display })).sort((a, b) => a.display < b.display ? -1 : a.display > b.display ? 1 : 0);
}
__name(resolvePlotFiles, "resolvePlotFiles");
async function readPlotFiles(files, input) {
  return plotSetFromTexts(await readPlotTexts(files, input), input);
}
__name(readPlotFiles, "readPlotFiles");
async function readPlotTexts(files, input) {
  const texts = [];
  for (const f of files) {
    if (!formatOf2(f.display))
      throw new UserError(`is not a plot file this action reads (${extname2(f.display) || "no extension"})`, {
        input,
        file: f.display,
        fix: FORMATS_FIX
      });
    texts.push({
      name: f.display,
      text: await readText(f.path, f.display, "Check the path; it is relative to the workspace", {
        input,
        what: "plot file",
        limit: MAX_PLOT_BYTES,
        sizeFix: "Log fewer steps (e.g. every 10th) or split the file"
      })
    });
  }
  return texts;
}
__name(readPlotTexts, "readPlotTexts");
async function readPlotsBundle(workspace, patterns, input) {
  const files = await resolvePlotFiles(workspace, patterns, input);
  const total = files.reduce((sum, f) => sum + (statSync(f.path, { throwIfNoEntry: false })?.size ?? 0), 0);
  const tooBig = /* @__PURE__ */ __name((bytes2) => new UserError(`holds ${mib(bytes2)} of plots, more than the ${mib(MAX_PLOT_BYTES)} stored with a version`, {
    input,
    fix: "Register the curves a later comparison needs, logged at fewer steps (e.g. every 10th)"
  }), "tooBig");
  if (total > MAX_PLOT_BYTES) throw tooBig(total);
  const texts = await readPlotTexts(files, input);
  plotSetFromTexts(texts, input);
  const bundle = plotsBundle(texts);
  const bytes = Buffer.byteLength(bundle);
  if (bytes > MAX_PLOT_BYTES) throw tooBig(bytes);
  return bundle;
}
__name(readPlotsBundle, "readPlotsBundle");
function plotsBundle(files) {
  return `${JSON.stringify({ format: PLOTS_BUNDLE_FORMAT, files: files.map((f) => ({ name: f.name, text: f.text })) })}
`;
}
__name(plotsBundle, "plotsBundle");
function parsePlotsBundle(text, source) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new UserError(`${source} is not valid JSON (${messageOf(e)})`, {
      fix: "The registry was altered: restore the attachment from its history, or pass baseline-plots"
    });
  }
  const files = isObject(v) && v["format"] === PLOTS_BUNDLE_FORMAT && Array.isArray(v["files"]) ? v["files"] : void 0;
  if (!files?.every((f) => isObject(f) && typeof f["name"] === "string" && typeof f["text"] === "string")) {
    throw new UserError(`${source} is not a ${PLOTS_BUNDLE_FORMAT} bundle`, {
      fix: "Register the plots with register-model (input plots), or pass baseline-plots"
    });
  }
  return files.map((f) => ({ name: f.name, text: f.text }));
}
__name(parsePlotsBundle, "parsePlotsBundle");
function interpolate(s, at) {
  const { x, y } = s;
  if (at <= x[0]) return y[0];
  if (at >= x[x.length - 1]) return y[y.length - 1];
  let lo = 0;
  let hi = x.length - 1;
  while (hi - lo > 1) {
    const mid = lo + hi >>> 1;
    if (x[mid] <= at) lo = mid;
    else hi = mid;
  }
  if (x[lo] === at) return y[lo];
  const t = (at - x[lo]) / (x[hi] - x[lo]);
  return y[lo] + t * (y[hi] - y[lo]);
}
__name(interpolate, "interpolate");
function side(s, grid) {
  if (!s) return void 0;
  return {
    file: s.file,
    values: grid.map((g) => interpolate(s, g)),
    points: s.x.length,
    first: s.x[0],
    last: s.x[s.x.length - 1],
    final: s.y[s.y.length - 1]
  };
}
__name(side, "side");
function chartGrid(xs, max = MAX_CHART_POINTS) {
  const all = [...new Set(xs.flat())].sort((a, b) => a - b);
  if (all.length <= max) return { x: all, resampled: false };
  const lo = all[0];
  const hi = all[all.length - 1];
  return { x: Array.from({ length: max }, (_, i) => i === max - 1 ? hi : lo + (hi - lo) * i / (max - 1)), resampled: true };
}
__name(chartGrid, "chartGrid");
function comparePlots(candidate, baseline, baselineSource2) {
  const names = [...candidate.series.map((s) => s.name), ...baseline?.series.map((s) => s.name) ?? []];
  const charts = [];
  for (const name of [...new Set(names)]) {
    const c = candidate.series.find((s) => s.name === name);
    const b = baseline?.series.find((s) => s.name === name);
    const grid = chartGrid([c?.x ?? [], b?.x ?? []]);
    charts.push({
      name,
      xName: (c ?? b).xName,
      x: grid.x,
      resampled: grid.resampled,
      baseline: side(b, grid.x),
      candidate: side(c, grid.x)
    });
  }
  return {
    candidate: candidate.files,
    ...baseline ? { baseline: baseline.files, baselineSource: baselineSource2 } : {},
    charts,
    skipped: [...candidate.skipped, ...baseline?.skipped ?? []]
  };
}
__name(comparePlots, "comparePlots");
var chartNumber2 = /* @__PURE__ */ __name((n) => chartNumber(n, 6), "chartNumber");
var num = chartNumber2;
function evenlySpaced(x) {
  if (x.length < 3) return false;
  const step = (x[x.length - 1] - x[0]) / (x.length - 1);
  return step > 0 && x.every((v, i) => Math.abs(v - (x[0] + step * i)) <= 1e-9 * Math.max(1, Math.abs(x[x.length - 1]), Math.abs(x[0])));
}
__name(evenlySpaced, "evenlySpaced");
function plotChartMermaid(c) {
  const lines = [c.baseline, c.candidate];
  const colors = [c.baseline ? BASELINE_COLOR : void 0, c.candidate ? CANDIDATE_COLOR : void 0].filter(Boolean).join(", ");
  const xAxis = evenlySpaced(c.x) ? `  x-axis "${label(c.xName)}" ${num(c.x[0])} --> ${num(c.x[c.x.length - 1])}` : `  x-axis "${label(c.xName)}" [${c.x.map((x) => `"${label(num(x))}"`).join(", ")}]`;
  const body = [
    // The palette is ours (no user text): the first line drawn is the baseline's.
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${colors}"}}}}%%`,
    "xychart-beta",
    `  title "${label(c.name)}"`,
    xAxis,
    `  y-axis "${label(c.name.split("/").pop() ?? c.name)}"`,
    ...lines.filter((s) => s !== void 0).map((s) => `  line [${s.values.map(num).join(", ")}]`)
  ];
  return `\`\`\`mermaid
${body.join("\n")}
\`\`\``;
}
__name(plotChartMermaid, "plotChartMermaid");
function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
__name(plural, "plural");
function held(c) {
  const lo = c.x[0];
  const hi = c.x[c.x.length - 1];
  const out = [];
  for (const [who, s] of [
    ["baseline", c.baseline],
    ["candidate", c.candidate]
  ]) {
    if (!s) continue;
    if (s.last < hi) out.push(`the ${who} ends at ${escapeText(c.xName)} ${num(s.last)} (its last value is held after it)`);
    if (s.first > lo) out.push(`the ${who} starts at ${escapeText(c.xName)} ${num(s.first)}`);
  }
  return out;
}
__name(held, "held");
function renderPlotsSection(p, format = num) {
  if (!p?.charts.length) return [];
  const both = p.baseline !== void 0;
  const rows = p.charts.map((c) => [
    code(c.name),
    escapeText(c.xName),
    ...both ? [c.baseline ? `${format(c.baseline.final)} (${plural(c.baseline.points, "point")})` : "\u2014"] : [],
    c.candidate ? `${format(c.candidate.final)} (${plural(c.candidate.points, "point")})` : "\u2014"
  ]);
  const headers = ["series", "x", ...both ? ["baseline, last value"] : [], "candidate, last value"];
  const shown = p.charts.slice(0, MAX_PLOT_CHARTS);
  const square = { baseline: MODEL_PALETTE.baseline.legend, candidate: MODEL_PALETTE.candidate.legend };
  const legend = both ? `${square.baseline} baseline \xB7 ${square.candidate} candidate` : `${square.candidate} candidate (no baseline plots)`;
  const charts = shown.map((c) => {
    const notes = [...held(c), ...c.resampled ? [`${plural(MAX_CHART_POINTS, "evenly spaced step")} shown, linearly interpolated`] : []];
    const whose = both && (!c.baseline || !c.candidate) ? ` (${c.baseline ? "baseline only" : "candidate only"})` : "";
    return `${plotChartMermaid(c)}${whose || notes.length ? `

${code(c.name)}${whose}${notes.length ? `: ${notes.join("; ")}` : ""}.` : ""}`;
  });
  const from = [
    `candidate: ${p.candidate.map((f) => code(f)).join(", ")}`,
    ...p.baseline ? [`baseline: ${p.baseline.map((f) => code(f)).join(", ")}${p.baselineSource ? ` (${escapeText(p.baselineSource)})` : ""}`] : []
  ].join(" \xB7 ");
  const out = [
    `### Training curves and plots`,
    "",
    `${from}. ${legend}.`,
    "",
    table(headers, rows, ["left", "left", "right", "right"]),
    ""
  ];
  if (p.skipped.length)
    out.push(
      `Not charted (not numbers): ${p.skipped.map((s) => `${s.fields.map((f) => code(f)).join(", ")} in ${code(s.file)}`).join("; ")}.`,
      ""
    );
  const more = p.charts.length > shown.length ? `

${plural(p.charts.length - shown.length, "more series", "more series")} in the table above and in report.json.` : "";
  if (charts.length <= 2) out.push(charts.join("\n\n") + more, "");
  else out.push(details(`${plural(shown.length, "chart")} (${legend})`, charts.join("\n\n") + more), "");
  return out;
}
__name(renderPlotsSection, "renderPlotsSection");

// node_modules/@mlops-actions/metrics/src/confusion.ts
var MAX_CONFUSION_CLASSES = 6;
function computeConfusion(p, s, maxClasses = MAX_CONFUSION_CLASSES) {
  if (s.task === "regression") return void 0;
  const truth = p.yTrue.map(normaliseLabel);
  let labels;
  let pooled = 0;
  if (s.task === "binary") {
    const all = [.../* @__PURE__ */ new Set([...truth, ...p.baseline.map(normaliseLabel), ...p.candidate.map(normaliseLabel)])];
    const positive = s.positiveLabel;
    labels = [...all.filter((l) => l !== positive), positive];
  } else {
    const order = s.labels ?? [];
    const count = /* @__PURE__ */ new Map();
    for (const t of truth) count.set(t, (count.get(t) ?? 0) + 1);
    const rank = [...order].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0) || order.indexOf(a) - order.indexOf(b));
    const kept = new Set(rank.slice(0, maxClasses));
    labels = order.filter((l) => kept.has(l));
    pooled = order.length - labels.length + (s.predictedOnlyLabels?.length ?? 0);
  }
  const index = new Map(labels.map((l, i) => [l, i]));
  const k = labels.length + (pooled ? 1 : 0);
  const at = /* @__PURE__ */ __name((l) => index.get(l) ?? labels.length, "at");
  const matrix = /* @__PURE__ */ __name((pred) => {
    const m = Array.from({ length: k }, () => new Array(k).fill(0));
    for (let i = 0; i < truth.length; i++) m[at(truth[i])][at(normaliseLabel(pred[i]))]++;
    return m;
  }, "matrix");
  return { labels, pooled, baseline: matrix(p.baseline), candidate: matrix(p.candidate) };
}
__name(computeConfusion, "computeConfusion");
function pct2(x) {
  if (x === 0) return "0%";
  if (x === 1) return "100%";
  return `${Number((x * 100).toPrecision(3))}%`;
}
__name(pct2, "pct");
function renderConfusion(c) {
  const pooled = c.pooled ? `*${c.pooled} other ${c.pooled === 1 ? "class" : "classes"}, pooled*` : void 0;
  const names = [...c.labels.map((l) => code(l)), ...pooled ? [pooled] : []];
  const headers = ["actual \u2193 \xB7 predicted \u2192", ...names.map((n) => `baseline: ${n}`), ...names.map((n) => `candidate: ${n}`)];
  const cells = /* @__PURE__ */ __name((m, r) => {
    const total = m[r].reduce((a, b) => a + b, 0);
    return m[r].map((v, j) => {
      const text = `${v.toLocaleString("en-US")} (${total ? pct2(v / total) : "\u2014"})`;
      return j === r ? `**${text}**` : text;
    });
  }, "cells");
  const rows = names.map((n, r) => [n, ...cells(c.baseline, r), ...cells(c.candidate, r)]);
  const align = ["left", ...names.map(() => "right"), ...names.map(() => "right")];
  return [
    "### Confusion matrices",
    "",
    `Rows: the actual class; columns: the class each model predicted (left the baseline, right the candidate), each cell the count and its share of the row.${c.pooled ? ` The ${c.labels.length} most frequent true classes are shown; the ${c.pooled} others are pooled in ${pooled}.` : ""}`,
    "",
    table(headers, rows, [...align]),
    ""
  ];
}
__name(renderConfusion, "renderConfusion");

// node_modules/@mlops-actions/metrics/src/slices.ts
var MIN_SLICE_SIZE = 30;
var MAX_SLICE_VALUES = 100;
function sliceMetricName(metric, column, value) {
  return `${metric}[${column}=${value}]`;
}
__name(sliceMetricName, "sliceMetricName");
var SLICE_KEY = /^([^[\]]+)\[([^=[\]]+)=([^\]]*)\]$/;
function classification2(truth, pred, idx, positive) {
  let correct = 0;
  const tp = /* @__PURE__ */ new Map();
  const fp = /* @__PURE__ */ new Map();
  const fn = /* @__PURE__ */ new Map();
  const add = /* @__PURE__ */ __name((m, k2) => m.set(k2, (m.get(k2) ?? 0) + 1), "add");
  const classes = /* @__PURE__ */ new Set();
  for (const i of idx) {
    const t = truth[i];
    const p = pred[i];
    classes.add(t);
    if (t === p) {
      correct++;
      add(tp, t);
    } else {
      add(fp, p);
      add(fn, t);
    }
  }
  const over = positive !== void 0 ? [positive] : [...classes];
  let sp = 0;
  let sr = 0;
  let sf = 0;
  for (const k2 of over) {
    const t = tp.get(k2) ?? 0;
    const f = fp.get(k2) ?? 0;
    const m = fn.get(k2) ?? 0;
    sp += t + f === 0 ? 0 : t / (t + f);
    sr += t + m === 0 ? 0 : t / (t + m);
    sf += 2 * t + f + m === 0 ? 0 : 2 * t / (2 * t + f + m);
  }
  const k = over.length;
  return { accuracy: correct / idx.length, precision: sp / k, recall: sr / k, f1: sf / k };
}
__name(classification2, "classification");
function regression2(truth, pred, idx) {
  let a = 0;
  let s = 0;
  for (const i of idx) {
    const e = pred[i] - truth[i];
    a += Math.abs(e);
    s += e * e;
  }
  return { mae: a / idx.length, rmse: Math.sqrt(s / idx.length) };
}
__name(regression2, "regression");
function compareValues(a, b) {
  const na = Number(a);
  const nb = Number(b);
  if (a !== "" && b !== "" && Number.isFinite(na) && Number.isFinite(nb)) return na - nb;
  return a < b ? -1 : a > b ? 1 : 0;
}
__name(compareValues, "compareValues");
function computeSlices(p, s, minSize = MIN_SLICE_SIZE) {
  if (!p.slices || p.slices.size === 0) return void 0;
  const metrics = s.task === "regression" ? ["mae", "rmse"] : ["accuracy", "precision", "recall", "f1"];
  const scored = s.task === "binary" && p.baselineScore !== void 0 && p.candidateScore !== void 0;
  if (scored) metrics.push("roc_auc", "average_precision");
  const truth = p.yTrue.map(normaliseLabel);
  const base = p.baseline.map(normaliseLabel);
  const cand = p.candidate.map(normaliseLabel);
  const numbers = /* @__PURE__ */ __name((xs) => xs.map(Number), "numbers");
  const [yt, yb, yc] = s.task === "regression" ? [numbers(p.yTrue), numbers(p.baseline), numbers(p.candidate)] : [[], [], []];
  const positive = s.task === "binary" ? s.positiveLabel : void 0;
  const slices = [];
  for (const [column, values] of p.slices) {
    const groups = /* @__PURE__ */ new Map();
    values.forEach((v, i) => {
      let g = groups.get(v);
      if (!g) {
        if (groups.size === MAX_SLICE_VALUES) {
          throw new UserError(
            `column '${column}' of ${p.source} has more than ${MAX_SLICE_VALUES} distinct values: too many slices to report`,
            {
              input: "slices",
              ...p.file ? { file: p.file, line: p.lines[i] } : {},
              fix: "Slice by a categorical column (write a bucketed copy of a numeric or id column, e.g. age_band), or drop it from slices"
            }
          );
        }
        groups.set(v, g = []);
      }
      g.push(i);
    });
    const ordered = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || compareValues(a[0], b[0]));
    for (const [value, idx] of ordered) {
      const row = [];
      if (s.task === "regression") {
        const mb = regression2(yt, yb, idx);
        const mc = regression2(yt, yc, idx);
        for (const m of ["mae", "rmse"]) row.push({ metric: m, baseline: mb[m], candidate: mc[m] });
      } else {
        const mb = classification2(truth, base, idx, positive);
        const mc = classification2(truth, cand, idx, positive);
        for (const m of ["accuracy", "precision", "recall", "f1"]) row.push({ metric: m, baseline: mb[m], candidate: mc[m] });
        if (scored) {
          const isPos = idx.map((i) => truth[i] === positive);
          const sb = idx.map((i) => p.baselineScore[i]);
          const sc = idx.map((i) => p.candidateScore[i]);
          const finite = /* @__PURE__ */ __name((x) => Number.isFinite(x) ? x : null, "finite");
          row.push({ metric: "roc_auc", baseline: finite(rocAuc(isPos, sb)), candidate: finite(rocAuc(isPos, sc)) });
          row.push({
            metric: "average_precision",
            baseline: finite(averagePrecision(isPos, sb)),
            candidate: finite(averagePrecision(isPos, sc))
          });
        }
      }
      slices.push({ column, value, n: idx.length, gated: idx.length >= minSize, metrics: row });
    }
  }
  return { columns: [...p.slices.keys()], minSize, metrics, slices, checks: [] };
}
__name(computeSlices, "computeSlices");
function splitSliceRules(rules, sliceColumns) {
  const metricRules = [];
  const sliceRules = [];
  for (const r of rules.rules) {
    if (!r.key.includes("[")) {
      metricRules.push(r);
      continue;
    }
    const error = /* @__PURE__ */ __name((message, fix) => inlineAware(message, { file: rules.file, line: r.line, key: r.key, fix, source: rules.source }), "error");
    const m = SLICE_KEY.exec(r.key);
    if (!m)
      throw error(
        `${JSON.stringify(r.key)} is neither a metric name nor a slice rule`,
        "Write a slice rule as metric[column=value], e.g. accuracy[segment=B], or accuracy[segment=*] for every slice of the column"
      );
    const [, rawMetric, column, value] = m;
    const metric = significanceMetricFor(rawMetric.trim());
    if (!metric) {
      throw error(
        `a slice rule needs a metric that predictions determine, and ${JSON.stringify(rawMetric.trim())} is none of them`,
        "Use accuracy, precision, recall, f1, roc_auc or average_precision (classification) or mae, rmse (regression)"
      );
    }
    if (!sliceColumns?.includes(column)) {
      throw error(
        `the rule for ${JSON.stringify(r.key)} targets slices of column '${column}', which is not ${sliceColumns?.length ? `among the slices (${sliceColumns.map((c) => `'${c}'`).join(", ")})` : "sliced: the slices input is empty"}`,
        `Add '${column}' to the slices input (and pass predictions with that column), or fix the column name`
      );
    }
    if (r.significant?.value)
      throw error(
        `significant is not supported on a slice rule (${JSON.stringify(r.key)})`,
        "Remove significant from the slice rule; a slice is gated on its point estimates"
      );
    sliceRules.push({
      ...r,
      key: sliceMetricName(metric, column, value),
      isPattern: value.includes("*"),
      direction: r.direction === void 0 ? {
        value: SIGNIFICANCE_DIRECTION[metric],
        origin: {
          key: r.key,
          where: r.line ? `${rules.file ?? rules.source}${rules.file ? ":" : ", line "}${r.line}` : rules.file ?? rules.source
        }
      } : r.direction
    });
  }
  return { metricRules: { ...rules, rules: metricRules }, sliceRules: sliceRules.length ? { ...rules, rules: sliceRules } : void 0 };
}
__name(splitSliceRules, "splitSliceRules");
function gateSlices(report, sliceRules, slices) {
  const set = /* @__PURE__ */ __name((source, side2) => {
    const values = /* @__PURE__ */ new Map();
    for (const sl of slices.slices) {
      for (const m of sl.metrics) {
        const v = m[side2];
        if (v === null) continue;
        const name = sliceMetricName(m.metric, sl.column, sl.value);
        values.set(name, { name, value: v });
      }
    }
    return { source, values };
  }, "set");
  const gate = runGate(set(`${report.candidate.source} (slices)`, "candidate"), set("baseline (slices)", "baseline"), sliceRules, {
    noBaseline: report.noBaseline
  });
  const byName = /* @__PURE__ */ new Map();
  for (const sl of slices.slices) for (const m of slices.metrics) byName.set(sliceMetricName(m, sl.column, sl.value), sl);
  const checks = [];
  for (const row of gate.metrics) {
    for (const c of row.checks) {
      const m = SLICE_KEY.exec(c.metric);
      const where = m ? `${m[2]}=${m[3]}` : c.metric;
      const sl = byName.get(c.metric);
      let out = c;
      if (c.rule === "present") {
        out = sl ? { ...c, result: "skipped", message: `${m?.[1]} is not defined on this slice (it needs both classes)` } : { ...c, message: `no example has ${where}, and a rule names this slice` };
      } else if (sl && !sl.gated && (c.result === "pass" || c.result === "fail")) {
        out = {
          ...c,
          result: "skipped",
          message: `${sl.n} examples, fewer than the ${slices.minSize} a slice needs to be gated: reported, not gated (${c.message})`
        };
      }
      checks.push({ ...out, message: `${where}: ${out.message}` });
    }
  }
  slices.checks = checks;
  const failed = checks.filter((c) => c.result === "fail");
  report.failed.push(...failed);
  report.failedChecks += failed.length;
  report.checks += checks.filter((c) => c.result === "pass" || c.result === "fail").length;
  report.passed = report.failedChecks === 0;
}
__name(gateSlices, "gateSlices");
function fmt3(x, p) {
  if (x === null) return "\u2014";
  return String(Number(x.toPrecision(p))).replace("-", "\u2212");
}
__name(fmt3, "fmt");
function cell(m, p) {
  if (m.baseline === null || m.candidate === null) return `${fmt3(m.baseline, p)} \u2192 ${fmt3(m.candidate, p)}`;
  const d = m.candidate - m.baseline;
  const better = SIGNIFICANCE_DIRECTION[m.metric] === "higher" ? d > 0 : d < 0;
  const mark = Math.abs(d) < 1e-12 ? "\u26AA" : better ? "\u{1F7E2}" : "\u{1F534}";
  return `${fmt3(m.baseline, p)} \u2192 ${fmt3(m.candidate, p)} ${mark}`;
}
__name(cell, "cell");
function htmlText(t) {
  return t.replace(/[\r\n]+/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/@/g, "@\u200B");
}
__name(htmlText, "htmlText");
var MAX_OPEN_ROWS = 8;
var MAX_SHOWN_SLICES = 25;
function renderSlices(s, precision = 3) {
  const out = [
    "### Slices",
    "",
    `Each metric on the examples of each slice, baseline \u2192 candidate (\u{1F7E2} better, \u{1F534} worse). Slices with fewer than ${s.minSize} examples are reported, not gated.`,
    ""
  ];
  for (const column of s.columns) {
    const all = s.slices.filter((sl) => sl.column === column);
    const failing = /* @__PURE__ */ __name((sl) => s.checks.some((c) => c.result === "fail" && SLICE_KEY.exec(c.metric)?.[2] === column && SLICE_KEY.exec(c.metric)?.[3] === sl.value), "failing");
    const rows = all.filter((sl, i) => i < MAX_SHOWN_SLICES || failing(sl));
    const hidden = all.length - rows.length;
    const body = table(
      [code(column), "n", ...s.metrics.map((m) => code(m)), "checks"],
      rows.map((sl) => {
        const mine = s.checks.filter((c) => SLICE_KEY.exec(c.metric)?.[2] === column && SLICE_KEY.exec(c.metric)?.[3] === sl.value);
        const failed = mine.filter((c) => c.result === "fail");
        const passed = mine.filter((c) => c.result === "pass");
        const status = failed.length ? `\u274C ${failed.map((c) => code(SLICE_KEY.exec(c.metric)?.[1] ?? c.metric)).join(", ")}` : passed.length ? "\u2705" : sl.gated ? "" : "not gated (small)";
        return [
          sl.value === "" ? "(empty)" : code(sl.value),
          sl.n.toLocaleString("en-US"),
          ...sl.metrics.map((m) => cell(m, precision)),
          status
        ];
      }),
      ["left", "right", ...s.metrics.map(() => "left"), "left"]
    );
    const count = `${all.length} ${all.length === 1 ? "slice" : "slices"}${hidden ? ` (the ${hidden} smallest are in report.json)` : ""}`;
    out.push(
      rows.length > MAX_OPEN_ROWS ? details(`By <code>${htmlText(column)}</code>: ${count}`, body) : `**By ${code(column)}: ${count}**

${body}`,
      ""
    );
  }
  return out;
}
__name(renderSlices, "renderSlices");

// node_modules/@mlops-actions/metrics/src/pictures.ts
function plural2(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
__name(plural2, "plural");
function curvesSection(r) {
  const c = r.curves;
  if (!c) return [];
  const { roc, pr } = curveCharts(c);
  const auc = r.significance?.metrics.find((m) => m.metric === "roc_auc");
  const why = auc ? "" : ` DeLong's test needs at least 2 positive and 2 negative examples, so ROC AUC is not tested.`;
  return [
    "### ROC and precision\u2013recall curves",
    "",
    `${plural2(c.positives + c.negatives, "example")}, ${plural2(c.positives, "positive")}. Lines: ${MODEL_PALETTE.baseline.legend} baseline, ${MODEL_PALETTE.candidate.legend} candidate. The titles give the exact AUC and average precision; the lines are drawn at ${c.points} evenly spaced false-positive rates (ROC, interpolated along the curve) and recalls (precision\u2013recall, the best precision at that recall or higher), since a chart's lines share their x values.${why}`,
    "",
    roc,
    "",
    details("Precision\u2013recall curve", pr),
    ""
  ];
}
__name(curvesSection, "curvesSection");
function renderPictures(r, precision = 4) {
  return [
    ...curvesSection(r),
    ...r.confusion ? renderConfusion(r.confusion) : [],
    ...r.slices ? renderSlices(r.slices, Math.min(precision, 3)) : []
  ];
}
__name(renderPictures, "renderPictures");

// node_modules/@mlops-actions/metrics/src/render.ts
var MINUS = "\u2212";
function formatValue(x, p = 4) {
  if (Number.isInteger(x) && Math.abs(x) < 1e15) return String(x).replace("-", MINUS);
  return String(Number(x.toPrecision(p))).replace("-", MINUS);
}
__name(formatValue, "formatValue");
function formatPair(a, b, p = 4) {
  let q = p;
  while (q < 12 && a !== b && formatValue(a, q) === formatValue(b, q)) q++;
  return [formatValue(a, q), formatValue(b, q)];
}
__name(formatPair, "formatPair");
function formatSigned(x, p = 4) {
  if (x === 0) return "0";
  return `${x > 0 ? "+" : ""}${formatValue(x, p)}`;
}
__name(formatSigned, "formatSigned");
function formatPercent(fraction, p = 3) {
  if (fraction === 0) return "0%";
  return `${fraction > 0 ? "+" : ""}${formatValue(fraction * 100, p)}%`;
}
__name(formatPercent, "formatPercent");
var BOUND_TEXT = {
  min: /* @__PURE__ */ __name((v, p) => `\u2265 ${formatValue(v, p)}`, "min"),
  max: /* @__PURE__ */ __name((v, p) => `\u2264 ${formatValue(v, p)}`, "max"),
  max_drop: /* @__PURE__ */ __name((v, p) => `drop \u2264 ${formatValue(v, p)}`, "max_drop"),
  max_drop_relative: /* @__PURE__ */ __name((v) => `drop \u2264 ${formatValue(v * 100, 3)}%`, "max_drop_relative"),
  max_increase: /* @__PURE__ */ __name((v, p) => `rise \u2264 ${formatValue(v, p)}`, "max_increase"),
  max_increase_relative: /* @__PURE__ */ __name((v) => `rise \u2264 ${formatValue(v * 100, 3)}%`, "max_increase_relative"),
  max_regression: /* @__PURE__ */ __name((v, p) => `worse by \u2264 ${formatValue(v, p)}`, "max_regression"),
  max_regression_relative: /* @__PURE__ */ __name((v) => `worse by \u2264 ${formatValue(v * 100, 3)}%`, "max_regression_relative"),
  min_improvement: /* @__PURE__ */ __name((v, p) => `better by \u2265 ${formatValue(v, p)}`, "min_improvement"),
  min_improvement_relative: /* @__PURE__ */ __name((v) => `better by \u2265 ${formatValue(v * 100, 3)}%`, "min_improvement_relative")
};
var STATUS = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  new: "\u{1F195} new",
  missing: "\u274C missing",
  removed: "\u2796 removed",
  info: ""
};
function changeMark(m) {
  switch (m.change) {
    case "improved":
      return "\u{1F7E2}";
    case "regressed":
      return "\u{1F534}";
    default:
      return "\u26AA";
  }
}
__name(changeMark, "changeMark");
function ruleCell(m, p) {
  const parts = [];
  for (const c of m.checks) {
    if (c.rule === "present" || c.rule === "baseline") continue;
    let text = BOUND_TEXT[c.rule](c.threshold ?? 0, p);
    if (c.significance) text += " if significant";
    if (c.result === "fail") text = `**${text}** \u274C`;
    else if (c.result === "not-applicable") text += " (n/a: baseline is 0)";
    else if (c.result === "skipped") text += " (skipped: no baseline)";
    parts.push(text);
  }
  if (m.direction && m.directionSource === "rule") parts.unshift(m.direction === "higher" ? "higher is better" : "lower is better");
  return parts.join("; ");
}
__name(ruleCell, "ruleCell");
function metricRow(m, p) {
  const name = code(m.name);
  if (m.candidate === void 0) {
    return [name, m.baseline === void 0 ? "\u2014" : formatValue(m.baseline, p), "\u2014", "", "", ruleCell(m, p), STATUS[m.status]];
  }
  if (m.baseline === void 0) return [name, "\u2014", formatValue(m.candidate, p), "", "", ruleCell(m, p), STATUS[m.status]];
  const [b, c] = formatPair(m.baseline, m.candidate, p);
  const delta = m.delta ?? 0;
  const rel = m.relativeDelta === null ? "n/a" : formatPercent(m.relativeDelta ?? 0);
  return [name, b, c, `${changeMark(m)} ${formatSigned(delta, p)}`, rel, ruleCell(m, p), STATUS[m.status]];
}
__name(metricRow, "metricRow");
function whereText(o) {
  if (!o) return "";
  return ` (${o.field ? `${code(o.field)} in ` : ""}${o.file ? code(o.where) : escapeText(o.where)})`;
}
__name(whereText, "whereText");
function describeBaseline(r) {
  const b = r.baseline;
  switch (b.kind) {
    case "none":
      return "no baseline";
    case "file":
      return `baseline ${code(b.source)}`;
    case "registry":
      return `${code(b.model)} v${escapeText(b.version)}${b.alias ? ` (alias ${code(b.alias)})` : ""} from the registry`;
  }
}
__name(describeBaseline, "describeBaseline");
function plural3(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
__name(plural3, "plural");
function verdict(r, o) {
  const failed = r.failedChecks;
  const lines = [];
  if (r.passed) {
    lines.push(
      r.checks === 0 ? "## \u2705 validate-metrics: no rule to check" : `## \u2705 validate-metrics: the candidate passes ${r.checks === 1 ? "the only check" : `all ${plural3(r.checks, "check")}`}`
    );
  } else {
    lines.push(
      `## \u274C validate-metrics: the candidate fails ${failed} of ${plural3(r.checks, "check")}${o.reportOnly ? " (report only: fail-on is never)" : ""}`
    );
  }
  const c = r.counts;
  const moves = [];
  if (r.baseline.kind !== "none") {
    if (c.improved) moves.push(`${c.improved} improved`);
    if (c.regressed) moves.push(`${c.regressed} regressed`);
    if (c.unchanged) moves.push(`${c.unchanged} unchanged`);
    if (c.new) moves.push(`${c.new} new`);
    if (c.removed) moves.push(`${c.removed} removed`);
  }
  if (c.missing) moves.push(`${c.missing} missing`);
  const against = r.baseline.kind === "none" ? `No baseline: ${r.noBaseline === "pass" ? "value bounds were checked, change bounds skipped" : "change bounds fail (no-baseline: fail)"}.` : `Compared with ${describeBaseline(r)}`;
  const main = r.metrics.find((m) => m.name === r.mainMetric);
  const lead = main && main.candidate !== void 0 && main.baseline !== void 0 && main.delta !== void 0 ? ` ${code(main.name)}: ${formatPair(main.baseline, main.candidate, o.precision).join(" \u2192 ")} (${changeMark(main)} ${formatSigned(main.delta, o.precision)}).` : "";
  lines.push("");
  lines.push(`${against}${r.baseline.kind === "none" ? "" : `${moves.length ? `: ${moves.join(", ")}` : ""}.`}${lead}`);
  return lines;
}
__name(verdict, "verdict");
function failedList(r) {
  const failed = r.failed;
  if (!failed.length) return [];
  return [
    "### Failed checks",
    "",
    ...failed.map((c) => `- \u274C ${c.metric ? `${code(c.metric)}: ` : ""}${escapeText(c.message)}${whereText(c.origin)}`),
    ""
  ];
}
__name(failedList, "failedList");
function metricsTable(r, o) {
  const p = o.precision;
  const rows = r.metrics.filter((m) => m.status !== "removed");
  if (!rows.length) return [];
  const headers = ["metric", "baseline", "candidate", "\u0394", "\u0394%", "rule", "status"];
  const align = ["left", "right", "right", "right", "right", "left", "left"];
  const legend = r.baseline.kind === "none" ? [] : ["", "\u{1F7E2} better \xB7 \u{1F534} worse \xB7 \u26AA unchanged or no known direction \u2014 judged by each metric's direction, so a lower loss is \u{1F7E2}."];
  if (rows.length <= o.maxRows)
    return [
      table(
        headers,
        rows.map((m) => metricRow(m, p)),
        align
      ),
      ...legend,
      ""
    ];
  const important = /* @__PURE__ */ __name((m) => m.checks.length > 0 || m.status === "fail" || m.status === "missing" || m.name === r.mainMetric, "important");
  const shown = rows.filter(important);
  const rest = rows.filter((m) => !important(m));
  const out = [];
  if (shown.length)
    out.push(
      table(
        headers,
        shown.map((m) => metricRow(m, p)),
        align
      ),
      ...legend,
      ""
    );
  if (rest.length)
    out.push(
      details(
        `${plural3(rest.length, "more metric")} without rules`,
        table(
          headers,
          rest.map((m) => metricRow(m, p)),
          align
        )
      ),
      ""
    );
  return out;
}
__name(metricsTable, "metricsTable");
var VERDICT = {
  improvement: "\u{1F7E2} significant improvement",
  regression: "\u{1F534} significant regression",
  "not-significant": "\u26AA not significant"
};
function significanceSection(r, p) {
  const s = r.significance;
  if (!s) return [];
  const level = formatValue(s.confidence * 100, 4);
  const what = s.task === "regression" ? "regression" : s.task === "binary" ? `binary classification, positive class ${code(s.positiveLabel ?? "")}` : `${plural3(s.labels?.length ?? 0, "class", "classes")} of y_true, precision/recall/F1 macro-averaged`;
  const rows = s.metrics.map((m) => {
    const [b, c] = formatPair(m.baseline, m.candidate, p);
    const ci = m.ci ? `[${formatSigned(m.ci[0], 3)}, ${formatSigned(m.ci[1], 3)}]${m.interval === "exact" ? " exact" : ""}` : "\u2014";
    const test = m.mcnemar ? `McNemar exact p = ${formatValue(m.mcnemar.pValue, 3)} (only the candidate right: ${m.mcnemar.candidateOnlyCorrect}, only the baseline: ${m.mcnemar.baselineOnlyCorrect})` : m.permutation ? `paired permutation p = ${formatValue(m.permutation.pValue, 3)} (${m.permutation.exact ? `all ${plural3(m.permutation.arrangements, "arrangement")}` : `${plural3(m.permutation.arrangements, "random arrangement")}`})` : m.delong ? `DeLong paired z = ${formatValue(m.delong.z, 3)}, p = ${formatValue(m.delong.pValue, 3)}` : m.interval === "stratified percentile bootstrap" ? "paired stratified bootstrap" : "paired percentile bootstrap";
    return [m.metric, b, c, formatSigned(m.delta, p), ci, test, VERDICT[m.verdict]];
  });
  const permutation = s.metrics.some((m) => m.method === "permutation");
  const few = s.n < s.minBootstrapN ? `fewer than ${s.minBootstrapN} examples` : `the two models ${s.task === "regression" ? "err differently" : "predict differently"} on ${s.differing === void 0 ? `fewer than ${s.minBootstrapN}` : `only ${plural3(s.differing, "example")}`}`;
  const methods = permutation ? `${few}, too few for a bootstrap interval, so ${s.task === "regression" ? "MAE and RMSE are" : "precision, recall and F1 are"} judged by a paired permutation test (seed ${s.seed})` : `paired percentile bootstrap with ${plural3(s.resamples, "resample")}, seed ${s.seed}, so a rerun gives the same numbers`;
  const accuracy = s.task === "regression" ? "" : ` Accuracy: McNemar's exact test, with the exact interval that inverts it (the two always agree).`;
  const scored = s.metrics.some((m) => m.method === "delong") ? ` ROC AUC: DeLong's test for two correlated ROC curves, with the interval \u0394 \xB1 z\xB7SE of the same standard error (so the two agree)${s.metrics.some((m) => m.metric === "average_precision") ? "; average precision: a paired bootstrap that resamples positives and negatives separately" : ""}.` : "";
  const extra = s.predictedOnlyLabels?.length ? ` Labels only the predictions use (${s.predictedOnlyLabels.map((l) => code(l)).join(", ")}) count as errors, not as classes.` : "";
  return [
    `### Significance (${what})`,
    "",
    `${plural3(s.n, "example")} from ${code(s.source)}; ${methods}.${accuracy}${scored}${extra}`,
    "",
    table(["metric", "baseline", "candidate", "\u0394", `${level}% interval of \u0394`, "test", "verdict"], rows, [
      "left",
      "right",
      "right",
      "right",
      "left",
      "left",
      "left"
    ]),
    ""
  ];
}
__name(significanceSection, "significanceSection");
function trendSection(r, p) {
  const t = r.trend;
  if (!t || t.points.length < 2) return [];
  const values = t.points.map((x) => x.value);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const pad = hi > lo ? (hi - lo) * 0.1 : Math.abs(hi) * 0.01 || 1;
  const labels = t.points.map((x) => x.role === "baseline" ? `${x.label} (baseline)` : x.label);
  return [
    `### ${escapeText(t.metric)} across registered versions`,
    "",
    xyChart({
      title: t.metric,
      xLabels: labels,
      yLabel: t.metric,
      yRange: [Number((lo - pad).toPrecision(p + 1)), Number((hi + pad).toPrecision(p + 1))],
      series: [{ kind: "line", values }]
    }),
    ""
  ];
}
__name(trendSection, "trendSection");
function changedSection(r, o) {
  const out = [];
  const fold = /* @__PURE__ */ __name((summary, body, count) => count > o.maxListItems ? details(summary, body) : `${summary}

${body}`, "fold");
  const pm = r.params;
  if (pm) {
    const n = pm.changed.length + pm.added.length + pm.removed.length;
    if (n === 0) out.push(`**Params:** unchanged (${plural3(pm.unchanged, "parameter")}).`, "");
    else {
      const v = /* @__PURE__ */ __name((s) => s === void 0 ? "\u2014" : code(s.length > 80 ? `${s.slice(0, 80)}\u2026` : s), "v");
      const rows = [
        ...pm.changed.map((x) => [code(x.name), v(x.baseline), v(x.candidate), "changed"]),
        ...pm.added.map((x) => [code(x.name), "\u2014", v(x.candidate), "added"]),
        ...pm.removed.map((x) => [code(x.name), v(x.baseline), "\u2014", "removed"])
      ];
      const summary = `Params: ${[pm.changed.length && `${pm.changed.length} changed`, pm.added.length && `${pm.added.length} added`, pm.removed.length && `${pm.removed.length} removed`].filter(Boolean).join(", ")}, ${pm.unchanged} unchanged`;
      out.push(fold(n > o.maxListItems ? summary : `**${summary}**`, table(["param", "baseline", "candidate", ""], rows), n), "");
    }
  }
  const d = r.data;
  if (d) {
    const short = /* @__PURE__ */ __name((h) => h ? code(h.replace(/^(\w+:)?([0-9a-f]{12})[0-9a-f]*$/, (_, alg, hex) => `${alg ?? ""}${hex}\u2026`)) : "unknown", "short");
    const same = d.baselineHash !== void 0 && d.baselineHash === d.candidateHash;
    let hashes = "";
    if (d.baselineHash && d.candidateHash)
      hashes = `dataset ${short(d.baselineHash)} \u2192 ${short(d.candidateHash)}${same ? " (the same data)" : ""}`;
    else if (d.candidateHash)
      hashes = `dataset ${short(d.candidateHash)}${d.candidateFiles !== void 0 ? ` (${plural3(d.candidateFiles, "file")})` : ""}; no baseline data to compare with`;
    else if (d.baselineHash) hashes = `the baseline was trained on dataset ${short(d.baselineHash)}; pass data-manifest to compare`;
    const f = d.files;
    if (f && (f.added.length || f.removed.length || f.modified.length)) {
      const n = f.added.length + f.removed.length + f.modified.length;
      const summary = `Data: ${plural3(n, "file")} changed (${[f.added.length && `${f.added.length} added`, f.removed.length && `${f.removed.length} removed`, f.modified.length && `${f.modified.length} modified`].filter(Boolean).join(", ")})`;
      const list = [
        ...f.added.map((x) => `- added ${code(x)}`),
        ...f.modified.map((x) => `- modified ${code(x)}`),
        ...f.removed.map((x) => `- removed ${code(x)}`)
      ].join("\n");
      out.push(n > o.maxListItems ? `**Data:** ${hashes}

${details(summary, list)}` : `**${summary}:** ${hashes}

${list}`, "");
    } else if (hashes) out.push(`**Data:** ${hashes}${f ? ", no file changed" : ""}.`, "");
  }
  const created = r.metrics.filter((m) => m.status === "new");
  const removed = r.metrics.filter((m) => m.status === "removed");
  if (created.length) out.push(`**New metrics:** ${created.map((m) => code(m.name)).join(", ")}.`, "");
  if (removed.length)
    out.push(
      `**Removed metrics** (the baseline reports them, the candidate does not): ${removed.map((m) => `${code(m.name)} (was ${formatValue(m.baseline ?? 0, o.precision)})`).join(", ")}.`,
      ""
    );
  return out.length ? ["### What changed", "", ...out] : [];
}
__name(changedSection, "changedSection");
function footer(r) {
  const parts = [];
  if (r.links.run) parts.push(link(r.links.fullReport ? "Workflow run" : "Workflow run and full report", r.links.run));
  if (r.links.fullReport) parts.push(link("Full report", r.links.fullReport));
  parts.push(`rules: ${r.rules.file ? code(r.rules.file) : escapeText(r.rules.source)}`);
  if (r.baseline.kind === "registry" && r.baseline.runUrl) parts.push(link(`run that trained v${r.baseline.version}`, r.baseline.runUrl));
  return ["---", parts.join(" \xB7 ")];
}
__name(footer, "footer");
function renderMarkdown(r, options = {}) {
  const o = { precision: 4, reportOnly: false, maxRows: 20, maxListItems: 10, ...options };
  const lines = [
    ...verdict(r, o),
    "",
    ...metricsTable(r, o),
    ...failedList(r),
    ...significanceSection(r, o.precision),
    ...renderPictures(r, o.precision),
    ...trendSection(r, o.precision),
    ...renderPlotsSection(r.plots, (x) => formatValue(x, o.precision)),
    ...changedSection(r, o),
    ...footer(r)
  ];
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n")}
`;
}
__name(renderMarkdown, "renderMarkdown");

// node_modules/@mlops-actions/metrics/src/validate.ts
import { extname as extname3, join } from "node:path";
async function readRules(source) {
  if (source.kind === "none") return EMPTY_RULES;
  if (source.kind === "inline") return parseRules(parseYamlText(source.text, source.source ?? "input 'rules'"));
  const text = await readText(
    source.file.path,
    source.file.display,
    "Check the path (it is relative to the workspace), or write the rules inline",
    { input: "rules", what: "rules file" }
  );
  const format = extname3(source.file.path).toLowerCase() === ".json" ? "json" : "yaml";
  return parseRules(parseDocumentText(text, source.file.display, source.file.display, format), source.file.display);
}
__name(readRules, "readRules");
async function resolveBaseline(source, o) {
  if (source.kind === "none") return { info: { kind: "none" } };
  if (source.kind === "file") {
    const metrics = await readMetricsFile(source.file.path, source.file.display, "baseline");
    return { metrics, info: { kind: "file", source: source.file.display } };
  }
  const { registry, model, alias } = source;
  const card = await registry.resolve(model, { alias });
  if (!card) {
    o.log?.info(
      `No version of ${model} has the alias ${alias} yet: comparing without a baseline (no-baseline: ${o.noBaseline ?? "pass"}).`
    );
    return { info: { kind: "none" } };
  }
  const label2 = `registry: ${model}@${card.version} (${alias})`;
  const hasMetrics = card.metrics && Object.keys(card.metrics).length > 0;
  if (!hasMetrics) o.log?.warning(`${model} ${card.version} (${alias}) has no recorded metrics: comparing without a baseline.`);
  const trend = /* @__PURE__ */ __name(async (main, candidate) => {
    const versions = await registry.versions(model);
    const keep = Math.max(2, o.trendVersions ?? 10) - (candidate === void 0 ? 0 : 1);
    const points = versions.filter((v) => typeof v.metrics[main] === "number" && Number.isFinite(v.metrics[main])).slice(0, keep).reverse().map((v) => ({
      label: `v${v.version}`,
      value: v.metrics[main],
      ...v.version === card.version ? { role: "baseline" } : {}
    }));
    if (candidate !== void 0) points.push({ label: "candidate", value: candidate, role: "candidate" });
    return points.length >= 2 ? { metric: main, points } : void 0;
  }, "trend");
  return {
    metrics: hasMetrics ? metricSetFromRecord(
      card.metrics,
      label2,
      (_name, why) => o.log?.warning(`${why}: a change rule on it fails unless the rule says no_baseline: pass`)
    ) : void 0,
    info: hasMetrics ? { kind: "registry", model, alias, version: card.version, registry: source.label, runUrl: card.lineage?.runUrl } : { kind: "none" },
    params: card.params ? paramsFromValue(card.params, label2) : void 0,
    dataHash: card.data?.hash,
    trend,
    plots: /* @__PURE__ */ __name(async () => {
      const bytes = await registry.readAttachment?.(model, card.version, "plots");
      if (!bytes) return void 0;
      const source2 = `registry: ${model}@${card.version} (${alias})`;
      return {
        set: plotSetFromTexts(parsePlotsBundle(Buffer.from(bytes).toString("utf8"), `the plots attachment of ${model}@${card.version}`)),
        source: source2
      };
    }, "plots")
  };
}
__name(resolveBaseline, "resolveBaseline");
async function validateMetrics(o) {
  try {
    return await validate(o);
  } finally {
    if (o.baseline.kind === "registry") await o.baseline.registry.close?.();
  }
}
__name(validateMetrics, "validateMetrics");
async function readPlots(o, baseline) {
  const p = o.plots;
  if (!p?.candidate.length) {
    if (p?.baseline?.length)
      throw new UserError("is set but plots is not: there is nothing to compare the baseline curves with", {
        input: "baseline-plots",
        fix: "Pass the candidate's plot files in 'plots' too"
      });
    return void 0;
  }
  const candidate = await readPlotFiles(await resolvePlotFiles(p.workspace, p.candidate, "plots"), "plots");
  if (p.baseline?.length)
    return comparePlots(
      candidate,
      await readPlotFiles(await resolvePlotFiles(p.workspace, p.baseline, "baseline-plots"), "baseline-plots"),
      "baseline-plots"
    );
  const stored = await baseline.plots?.();
  if (!stored && o.baseline.kind === "registry" && baseline.info.kind === "registry")
    o.log?.info(`${baseline.info.model} ${baseline.info.version} has no plots attachment: charting the candidate's curves alone.`);
  return comparePlots(candidate, stored?.set, stored?.source);
}
__name(readPlots, "readPlots");
async function validate(o) {
  if (o.slices?.length && !o.predictions) {
    throw new UserError("is set but predictions is not: slices are columns of the predictions file", {
      input: "slices",
      fix: "Pass the predictions file (with the slice columns) in predictions, or leave slices empty"
    });
  }
  const { metricRules: rules, sliceRules } = splitSliceRules(await readRules(o.rules), o.slices);
  const candidate = await readMetricsFile(o.metrics.path, o.metrics.display, "metrics");
  const baseline = await resolveBaseline(o.baseline, o);
  const params = o.params ? await readParamsFile(o.params.path, o.params.display, "params") : void 0;
  const baselineParams = o.baselineParams ? await readParamsFile(o.baselineParams.path, o.baselineParams.display, "baseline-params") : void 0;
  const data = await readDataDiff({
    candidate: o.dataManifest,
    baseline: o.baselineDataManifest,
    baselineHash: o.baselineDataManifest ? void 0 : baseline.dataHash
  });
  const predictions = o.predictions ? await readPredictionsFile(o.predictions.path, o.predictions.display, "predictions", { slices: o.slices }) : void 0;
  const significance = predictions ? computeSignificance(predictions, o.significance) : void 0;
  const positive = predictions && significance?.task === "binary" ? predictions.yTrue.map((t) => normaliseLabel(t) === significance.positiveLabel) : void 0;
  const curves = positive && predictions?.baselineScore && predictions.candidateScore ? computeCurves(positive, predictions.baselineScore, predictions.candidateScore) : void 0;
  const confusion = predictions && significance ? computeConfusion(predictions, significance) : void 0;
  const slices = predictions && significance ? computeSlices(predictions, significance, o.minSliceSize ?? MIN_SLICE_SIZE) : void 0;
  const plots = await readPlots(o, baseline);
  if (o.mainMetric !== void 0 && !candidate.values.has(o.mainMetric)) {
    throw new UserError(`the main metric ${JSON.stringify(o.mainMetric)} is not in ${candidate.source}`, {
      input: "main-metric",
      fix: `Name one of its metrics (${[...candidate.values.keys()].slice(0, 8).join(", ")}${candidate.values.size > 8 ? ", \u2026" : ""}), or leave it empty`
    });
  }
  const mainMetric = o.mainMetric ?? chooseMainMetric(candidate, rules);
  const trend = baseline.trend && mainMetric ? await baseline.trend(mainMetric, candidate.values.get(mainMetric)?.value) : void 0;
  const report = compareMetrics({
    candidate,
    baseline: baseline.metrics,
    baselineInfo: baseline.info,
    rules,
    noBaseline: o.noBaseline ?? "pass",
    significance,
    curves,
    confusion,
    slices,
    mainMetric,
    params: diffParams(baselineParams ?? baseline.params, params),
    data,
    trend,
    plots,
    links: o.links
  });
  if (sliceRules && slices) gateSlices(report, sliceRules, slices);
  const markdown = renderMarkdown(report, { precision: o.precision ?? 4, reportOnly: o.reportOnly ?? false });
  if (!o.reportDir) return { report, markdown };
  const reportPath = join(o.reportDir, "report.json");
  const markdownPath = join(o.reportDir, "report.md");
  await writeFileAtomic(reportPath, reportJson(report));
  await writeFileAtomic(markdownPath, markdown);
  return { report, markdown, reportPath, markdownPath };
}
__name(validate, "validate");

// node_modules/@mlops-actions/metrics/src/report-json.ts
import { access, readFile as readFile2 } from "node:fs/promises";
import { join as join2 } from "node:path";
var S = "string";
var N = "number";
var I = "int";
var B = "boolean";
var obj = /* @__PURE__ */ __name((object, required = []) => ({ object, required }), "obj");
var arr = /* @__PURE__ */ __name((array) => ({ array }), "arr");
var oneOf = /* @__PURE__ */ __name((...values) => ({ enum: values }), "oneOf");
var SIGNIFICANCE_METRICS = ["accuracy", "precision", "recall", "f1", "mae", "rmse", "roc_auc", "average_precision"];
var ORIGIN = obj({ key: S, field: oneOf(...RULE_KEYS), file: S, line: I, where: S }, ["key", "where"]);
var CHECK = obj(
  {
    metric: S,
    // The renderer looks the rule up in a table: only the keys it knows.
    rule: oneOf(...VALUE_KEYS, ...CHANGE_KEYS, "present", "baseline"),
    threshold: N,
    observed: N,
    result: oneOf("pass", "fail", "not-applicable", "skipped"),
    message: S,
    significance: obj(
      {
        required: oneOf(true),
        verdict: oneOf("improvement", "regression", "not-significant", "unavailable"),
        againstBound: oneOf("beyond", "within", "undetermined"),
        decisive: B
      },
      ["required", "verdict", "decisive"]
    ),
    origin: ORIGIN
  },
  ["metric", "rule", "result", "message"]
);
var METRIC_SIGNIFICANCE = obj(
  {
    metric: oneOf(...SIGNIFICANCE_METRICS),
    direction: oneOf("higher", "lower"),
    baseline: N,
    candidate: N,
    delta: N,
    ci: { nullable: { tuple: [N, N] } },
    method: oneOf("mcnemar", "bootstrap", "permutation", "delong"),
    interval: oneOf("exact", "percentile bootstrap", "stratified percentile bootstrap", "delong", "none"),
    delong: obj({ pValue: N, z: N }, ["pValue", "z"]),
    mcnemar: obj({ baselineOnlyCorrect: I, candidateOnlyCorrect: I, pValue: N }, ["baselineOnlyCorrect", "candidateOnlyCorrect", "pValue"]),
    permutation: obj({ pValue: N, exact: B, arrangements: I }, ["pValue", "exact", "arrangements"]),
    verdict: oneOf("improvement", "regression", "not-significant")
  },
  ["metric", "direction", "baseline", "candidate", "delta", "ci", "method", "interval", "verdict"]
);
var METRIC = obj(
  {
    name: S,
    candidate: N,
    baseline: N,
    delta: N,
    relativeDelta: { nullable: N },
    direction: oneOf("higher", "lower"),
    directionSource: oneOf("rule", "name", "bound"),
    change: oneOf("improved", "regressed", "unchanged", "changed"),
    status: oneOf("pass", "fail", "new", "missing", "removed", "info"),
    checks: arr(CHECK),
    significance: METRIC_SIGNIFICANCE,
    line: I
  },
  ["name", "status", "checks"]
);
var MODEL_CURVES = obj({ auc: N, averagePrecision: N, roc: arr(N), pr: arr(N) }, ["auc", "averagePrecision", "roc", "pr"]);
var CURVES = obj({ positives: I, negatives: I, points: I, baseline: MODEL_CURVES, candidate: MODEL_CURVES }, [
  "positives",
  "negatives",
  "points",
  "baseline",
  "candidate"
]);
var CONFUSION = obj({ labels: arr(S), pooled: I, baseline: arr(arr(I)), candidate: arr(arr(I)) }, [
  "labels",
  "pooled",
  "baseline",
  "candidate"
]);
var SLICE = obj(
  {
    column: S,
    value: S,
    n: I,
    gated: B,
    metrics: arr(
      obj({ metric: oneOf(...SIGNIFICANCE_METRICS), baseline: { nullable: N }, candidate: { nullable: N } }, [
        "metric",
        "baseline",
        "candidate"
      ])
    )
  },
  ["column", "value", "n", "gated", "metrics"]
);
var SLICES = obj({ columns: arr(S), minSize: I, metrics: arr(oneOf(...SIGNIFICANCE_METRICS)), slices: arr(SLICE), checks: arr(CHECK) }, [
  "columns",
  "minSize",
  "metrics",
  "slices",
  "checks"
]);
var PARAM_CHANGE = obj({ name: S, baseline: S, candidate: S }, ["name"]);
var PLOT_SIDE = obj({ file: S, values: arr(N), points: I, first: N, last: N, final: N }, [
  "file",
  "values",
  "points",
  "first",
  "last",
  "final"
]);
var PLOTS = obj(
  {
    candidate: arr(S),
    baseline: arr(S),
    baselineSource: S,
    charts: arr(
      obj({ name: S, xName: S, x: arr(N), resampled: B, baseline: PLOT_SIDE, candidate: PLOT_SIDE }, ["name", "xName", "x", "resampled"])
    ),
    skipped: arr(obj({ file: S, fields: arr(S) }, ["file", "fields"]))
  },
  ["candidate", "charts", "skipped"]
);
var REPORT = obj(
  {
    format: oneOf(REPORT_FORMAT),
    passed: B,
    failedChecks: I,
    checks: I,
    failed: arr(CHECK),
    candidate: obj({ source: S }, ["source"]),
    baseline: {
      union: [
        { when: { key: "kind", value: "none" }, spec: obj({ kind: oneOf("none") }, ["kind"]) },
        { when: { key: "kind", value: "file" }, spec: obj({ kind: oneOf("file"), source: S }, ["kind", "source"]) },
        {
          when: { key: "kind", value: "registry" },
          spec: obj({ kind: oneOf("registry"), model: S, alias: S, version: S, registry: S, runUrl: S }, ["kind", "model", "version"])
        }
      ]
    },
    rules: obj({ source: S, file: S }, ["source"]),
    noBaseline: oneOf("pass", "fail"),
    mainMetric: S,
    metrics: arr(METRIC),
    globalChecks: arr(CHECK),
    counts: obj({ improved: I, regressed: I, unchanged: I, new: I, removed: I, missing: I }, [
      "improved",
      "regressed",
      "unchanged",
      "new",
      "removed",
      "missing"
    ]),
    significance: obj(
      {
        source: S,
        task: oneOf("binary", "multiclass", "regression"),
        n: I,
        resamples: I,
        seed: I,
        confidence: N,
        minBootstrapN: I,
        positiveLabel: S,
        labels: arr(S),
        predictedOnlyLabels: arr(S),
        metrics: arr(METRIC_SIGNIFICANCE)
      },
      ["source", "task", "n", "resamples", "seed", "confidence", "minBootstrapN", "metrics"]
    ),
    curves: CURVES,
    confusion: CONFUSION,
    slices: SLICES,
    params: obj({ changed: arr(PARAM_CHANGE), added: arr(PARAM_CHANGE), removed: arr(PARAM_CHANGE), unchanged: I }, [
      "changed",
      "added",
      "removed",
      "unchanged"
    ]),
    data: obj({
      baselineHash: S,
      candidateHash: S,
      files: obj({ added: arr(S), removed: arr(S), modified: arr(S) }, ["added", "removed", "modified"]),
      candidateFiles: I,
      candidateBytes: I
    }),
    trend: obj({ metric: S, points: arr(obj({ label: S, value: N, role: oneOf("baseline", "candidate") }, ["label", "value"])) }, [
      "metric",
      "points"
    ]),
    plots: PLOTS,
    links: obj({ run: S, fullReport: S })
  },
  [
    "format",
    "passed",
    "failedChecks",
    "checks",
    "failed",
    "candidate",
    "baseline",
    "rules",
    "noBaseline",
    "metrics",
    "globalChecks",
    "counts",
    "links"
  ]
);
function describe2(v) {
  return v === null ? "null" : Array.isArray(v) ? "a list" : typeof v === "string" ? `a string` : typeof v;
}
__name(describe2, "describe");
function parse2(spec, v, path, fail) {
  if (spec === "string") return typeof v === "string" ? v : fail(path, `must be a string, not ${describe2(v)}`);
  if (spec === "number") return typeof v === "number" && Number.isFinite(v) ? v : fail(path, `must be a finite number, not ${describe2(v)}`);
  if (spec === "int")
    return typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : fail(path, `must be a whole number, not ${describe2(v)}`);
  if (spec === "boolean") return typeof v === "boolean" ? v : fail(path, `must be true or false, not ${describe2(v)}`);
  if ("enum" in spec)
    return spec.enum.includes(v) ? v : fail(path, `must be one of ${spec.enum.map((e) => JSON.stringify(e)).join(", ")}`);
  if ("nullable" in spec) return v === null ? null : parse2(spec.nullable, v, path, fail);
  if ("array" in spec) {
    if (!Array.isArray(v)) return fail(path, `must be a list, not ${describe2(v)}`);
    return v.map((x, i) => parse2(spec.array, x, `${path}[${i}]`, fail));
  }
  if ("tuple" in spec) {
    if (!Array.isArray(v) || v.length !== spec.tuple.length) return fail(path, `must be a list of ${spec.tuple.length}`);
    return spec.tuple.map((s, i) => parse2(s, v[i], `${path}[${i}]`, fail));
  }
  if ("union" in spec) {
    const kind = v && typeof v === "object" ? v[spec.union[0].when.key] : void 0;
    const branch = spec.union.find((u) => u.when.value === kind);
    return branch ? parse2(branch.spec, v, path, fail) : fail(path, `has an unknown ${spec.union[0].when.key}`);
  }
  if (!v || typeof v !== "object" || Array.isArray(v)) return fail(path, `must be a mapping, not ${describe2(v)}`);
  const input = v;
  const out = {};
  for (const [key, s] of Object.entries(spec.object)) {
    const x = input[key];
    if (x === void 0 || x === null && !(typeof s === "object" && "nullable" in s)) {
      if (spec.required?.includes(key)) fail(`${path}.${key}`, "is missing");
      continue;
    }
    out[key] = parse2(s, x, `${path}.${key}`, fail);
  }
  return out;
}
__name(parse2, "parse");
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
var READERS = {
  [REPORT_FORMAT]: readFormat1
};
var FORMAT_FAMILY = /^mlops-actions\/validate-metrics-report@(\d+)$/;
function readFormat1(value, fail) {
  const report = parse2(REPORT, value, "$", fail);
  report.plots?.charts.forEach((chart, i) => {
    if (chart.x.length === 0 || chart.x.length > MAX_CHART_POINTS)
      fail(`plots.charts[${i}].x`, `must hold 1 to ${MAX_CHART_POINTS} values`);
    for (const side2 of ["baseline", "candidate"]) {
      if (chart[side2] && chart[side2].values.length !== chart.x.length)
        fail(`plots.charts[${i}].${side2}.values`, `must hold one value per x (${chart.x.length})`);
    }
  });
  const c = report.confusion;
  if (c) {
    const k = c.labels.length + (c.pooled ? 1 : 0);
    for (const side2 of ["baseline", "candidate"]) {
      if (c[side2].length !== k || c[side2].some((row) => row.length !== k))
        fail(`confusion.${side2}`, `must be ${k} rows of ${k} counts (one per label${c.pooled ? " and the pooled classes" : ""})`);
    }
  }
  return report;
}
__name(readFormat1, "readFormat1");
function reportError(message, file, o, extra) {
  return new UserError(message, {
    file,
    ...o.input ? { input: o.input } : {},
    ...extra.key ? { key: extra.key } : {},
    ...extra.line ? { line: extra.line } : {},
    fix: extra.fix
  });
}
__name(reportError, "reportError");
function parseBytes(bytes, file, o) {
  const digest = `sha256:${sha256Bytes(bytes)}`;
  const doc = parseJsonText(bytes.toString("utf8"), file, file);
  const v = doc.value;
  const fix = "Pass the 'report' output of validate-metrics (its report.json)";
  if (v === null || typeof v !== "object" || Array.isArray(v))
    throw reportError("is not a validate-metrics report: the top level is not a JSON object", file, o, { fix });
  const format = v["format"];
  if (format === void 0) throw reportError("is not a validate-metrics report: it has no 'format'", file, o, { key: "format", fix });
  const reader = typeof format === "string" ? READERS[format] : void 0;
  if (!reader) {
    const line = doc.lineOf(["format"]);
    const known = Object.keys(READERS).join(", ");
    const version = typeof format === "string" ? FORMAT_FAMILY.exec(format)?.[1] : void 0;
    if (version !== void 0 && Number(version) > Math.max(...Object.keys(READERS).map((k) => Number(FORMAT_FAMILY.exec(k)[1]))))
      throw reportError(`was written by a newer validate-metrics (format ${JSON.stringify(format)}); this one reads ${known}`, file, o, {
        key: "format",
        line,
        fix: "Use the same release of mlops-actions for the step that writes the report and the step that reads it"
      });
    throw reportError(`is not a validate-metrics report: its format ${JSON.stringify(format)} is none of ${known}`, file, o, {
      key: "format",
      line,
      fix
    });
  }
  const fail = /* @__PURE__ */ __name((path, problem) => {
    const key = path.replace(/^\$\.?/, "");
    throw reportError(`${key || "the report"} ${problem}`, file, o, {
      fix: `Pass a report.json written by validate-metrics (format ${format}); a report that does not match is not read`
    });
  }, "fail");
  return { report: reader(v, fail), format, digest, file };
}
__name(parseBytes, "parseBytes");
async function readMetricsReport(source, o = {}) {
  if ("text" in source) return parseBytes(Buffer.from(source.text, "utf8"), source.file, o);
  const file = source.display ?? source.path;
  const fix = "Pass the 'report' output of validate-metrics (its report.json)";
  await checkSize(
    source.path,
    file,
    MAX_REPORT_BYTES,
    "validate-metrics report",
    `${fix}; it is never over ${mib(MAX_REPORT_BYTES)}`,
    o.input
  );
  let bytes;
  try {
    bytes = await readFile2(source.path);
  } catch (e) {
    const code2 = e.code;
    throw reportError(`cannot be read: ${code2 === "ENOENT" ? "file not found" : messageOf(e)}`, file, o, { fix });
  }
  return parseBytes(bytes, file, o);
}
__name(readMetricsReport, "readMetricsReport");
function parseMetricsReport(text, file, o = {}) {
  return parseBytes(Buffer.from(text, "utf8"), file, o);
}
__name(parseMetricsReport, "parseMetricsReport");
function parseReportJson(text, file) {
  return parseMetricsReport(text, file).report;
}
__name(parseReportJson, "parseReportJson");
function reportVerdict(report) {
  return {
    passed: report.passed,
    failed: [...new Set(report.failed.map((c) => c.metric || c.rule))],
    checks: report.checks
  };
}
__name(reportVerdict, "reportVerdict");
function renderForeignReport(text, file, o = {}) {
  return renderForeign(parseMetricsReport(text, file).report, o);
}
__name(renderForeignReport, "renderForeignReport");
function renderForeign(parsed, o) {
  const run = o.sourceRunUrl && /^https:\/\//i.test(o.sourceRunUrl) ? o.sourceRunUrl : void 0;
  const report = { ...parsed, links: { run } };
  if (report.baseline.kind === "registry") delete report.baseline.runUrl;
  const where = run ? link("the pull request's own run", run) : "the pull request's own run";
  const note = `> [!NOTE]
> The numbers come from ${where}, where the pull request's code computed them. This comment was rendered from that run's JSON report by a workflow of the base repository.
`;
  return { report, markdown: `${note}
${renderMarkdown(report, { precision: o.precision ?? 4 })}` };
}
__name(renderForeign, "renderForeign");
async function publishForeignReport(o) {
  try {
    await access(o.file.path);
  } catch (e) {
    throw new UserError(`cannot be read: ${e.code === "ENOENT" ? "file not found" : messageOf(e)}`, {
      input: "report",
      file: o.file.display,
      fix: "Download the report artifact first and pass the path of its report.json"
    });
  }
  const { report, markdown } = renderForeign((await readMetricsReport({ path: o.file.path, display: o.file.display })).report, o);
  const markdownPath = join2(o.reportDir, "report.md");
  await writeFileAtomic(markdownPath, markdown);
  return { report, markdown, reportPath: o.file.path, markdownPath };
}
__name(publishForeignReport, "publishForeignReport");

// node_modules/@mlops-actions/metrics/src/run.ts
var checkText = /* @__PURE__ */ __name((c) => `${c.metric ? `${c.metric}: ` : ""}${c.message}`, "checkText");
async function baselineSource(b, deps) {
  if (b.kind !== "registry") return b;
  if (!deps.openRegistry) throw new Error("baseline is registry, but no registry opener was given");
  return { kind: "registry", registry: await deps.openRegistry(), model: b.model, alias: b.alias, label: b.label };
}
__name(baselineSource, "baselineSource");
async function runValidateMetrics(run, deps) {
  const { log } = deps;
  const foreign = run.report !== void 0;
  const result = run.report ? await publishForeignReport({
    file: run.report,
    reportDir: run.options.reportDir,
    sourceRunUrl: run.sourceRunUrl,
    precision: run.options.precision
  }) : await validateMetrics({ ...run.options, baseline: await baselineSource(run.baseline, deps), log });
  const { report, markdown } = result;
  const failStep = !report.passed && run.failOn === "regression" && !foreign;
  for (const c of foreign ? [] : report.failed) {
    const place = { file: c.origin?.file, line: c.origin?.line, title: "validate-metrics" };
    if (failStep) deps.annotate.error(checkText(c), place);
    else deps.annotate.warning(checkText(c), place);
  }
  deps.outputs({
    passed: report.passed,
    "failed-checks": report.failedChecks,
    failed: report.failed.map((c) => `${c.metric ? `${c.metric}: ` : ""}${c.rule}`).join("\n"),
    report: result.reportPath ?? "",
    markdown: result.markdownPath ?? "",
    // Set again below when a comment is posted (the last value of an output wins).
    "comment-url": ""
  });
  await deps.summary(markdown);
  const posted = await deps.publish?.(markdown);
  if (posted?.url) deps.outputs({ "comment-url": posted.url });
  if (failStep) log.info(`validate-metrics: ${report.failedChecks} of ${report.checks} checks failed (fail-on: regression)`);
  else if (!report.passed) log.info(`validate-metrics: ${report.failedChecks} checks failed, but fail-on is never`);
  return { passed: report.passed, failStep };
}
__name(runValidateMetrics, "runValidateMetrics");

// node_modules/@mlops-actions/metrics/src/options.ts
import { join as join3, resolve } from "node:path";
function isInlineRules(text) {
  return text.includes("\n") || /:\s|[{}]|:$/.test(text);
}
__name(isInlineRules, "isInlineRules");
function parseValidateMetricsOptions(i) {
  const metrics = i.metrics ?? (i.report ? { path: i.report.path, display: i.report.display } : void 0);
  if (!metrics)
    throw new UserError("is required but was not set", {
      input: "metrics",
      fix: "Add 'metrics:' under 'with:' in the step: the candidate's metrics file (or 'report:' to publish a report another run wrote)"
    });
  if (i.report && i.metrics !== void 0)
    throw new UserError("cannot be combined with metrics: report publishes a report another run wrote, metrics validates here", {
      input: "report",
      fix: "Keep one of 'report:' and 'metrics:'"
    });
  let baseline = { kind: "none" };
  let registry;
  if (i.baseline === "registry") {
    if (!i.model)
      throw new UserError("is required when baseline is registry", {
        input: "model",
        fix: "Name the registered model, e.g. 'model: churn'"
      });
    const champion = i.champion(i.model);
    registry = champion.registry;
    baseline = { kind: "registry", model: champion.model, alias: champion.alias, label: registry.uri };
  } else if (i.baseline !== void 0) {
    baseline = { kind: "file", file: i.file("baseline") };
  }
  if (i.reportUrl !== void 0 && !/^https?:\/\//i.test(i.reportUrl))
    throw new UserError(`must be an http(s) URL, got '${i.reportUrl}'`, { input: "report-url" });
  let rules = { kind: "none" };
  if (i.rules !== void 0) rules = isInlineRules(i.rules) ? { kind: "inline", text: i.rules } : { kind: "file", file: i.file("rules") };
  let pullRequest = i.ctx.pullRequest;
  if (i.pullRequest !== void 0) {
    if (!/^[1-9]\d*$/.test(i.pullRequest))
      throw new UserError(`must be a pull-request number, got '${i.pullRequest}'`, { input: "pull-request" });
    pullRequest = Number(i.pullRequest);
  }
  const source = i.ctx.event["workflow_run"]?.html_url;
  return {
    run: {
      report: i.report,
      sourceRunUrl: typeof source === "string" ? source : i.ctx.runUrl,
      options: {
        ...i.validate,
        metrics,
        rules,
        reportOnly: i.failOn === "never",
        links: { run: i.ctx.runUrl, fullReport: i.reportUrl },
        reportDir: i.reportDir?.path ?? join3(resolve(i.ctx.runnerTemp), "validate-metrics")
      },
      baseline,
      failOn: i.failOn
    },
    registry,
    comment: i.comment,
    commentKey: i.commentKey,
    pullRequest,
    // A registry baseline reads the token with the registry inputs.
    token: registry ? registry.token : i.token
  };
}
__name(parseValidateMetricsOptions, "parseValidateMetricsOptions");
export {
  CHANGE_KEYS,
  CHANGE_MEANING,
  CURVE_POINTS,
  DEFAULT_CONFIDENCE,
  DEFAULT_RESAMPLES,
  DEFAULT_SEED,
  EMPTY_RULES,
  MAX_CHART_POINTS,
  MAX_CONFUSION_CLASSES,
  MAX_DOCUMENT_BYTES,
  MAX_PLOT_BYTES,
  MAX_PLOT_CHARTS,
  MAX_PLOT_FILES,
  MAX_PREDICTIONS_BYTES,
  MAX_REPORT_BYTES,
  MAX_SHOWN_SLICES,
  MAX_SLICE_VALUES,
  MIN_BOOTSTRAP_N,
  MIN_DELONG_CLASS,
  MIN_SLICE_SIZE,
  MODEL_PALETTE,
  PLOTS_BUNDLE_FORMAT,
  REPORT_FORMAT,
  RULE_KEYS,
  TOLERANCE,
  atLeast,
  averagePrecision,
  bootstrapAveragePrecisionDelta,
  chartGrid,
  chartNumber2 as chartNumber,
  chooseMainMetric,
  clopperPearson,
  closest,
  compareMetrics,
  comparePlots,
  computeConfusion,
  computeCurves,
  computeSignificance,
  computeSlices,
  createRng,
  curveCharts,
  delongPaired,
  diffParams,
  exactAccuracyInterval,
  formatPair,
  formatPercent,
  formatSigned,
  formatValue,
  gateSlices,
  inferDirection,
  isInlineRules,
  leafName,
  mcnemarExact,
  metricSetFromRecord,
  midranks,
  normalQuantile,
  normaliseLabel,
  paramsFromValue,
  parseDocumentText,
  parseJsonText,
  parseMetricsCsv,
  parseMetricsDocument,
  parseMetricsReport,
  parsePlotText,
  parsePlotsBundle,
  parsePredictionsCsv,
  parseReportJson,
  parseRules,
  parseValidateMetricsOptions,
  parseYamlText,
  plotChartMermaid,
  plotSetFromTexts,
  plotsBundle,
  prOnGrid,
  publishForeignReport,
  readDataDiff,
  readMetricsFile,
  readMetricsReport,
  readParamsFile,
  readPlotFiles,
  readPlotsBundle,
  readPredictionsFile,
  readRules,
  readText,
  renderConfusion,
  renderForeignReport,
  renderMarkdown,
  renderPlotsSection,
  renderSlices,
  reportJson,
  reportVerdict,
  resolvePlotFiles,
  resolveRule,
  rocAuc,
  rocOnGrid,
  runGate,
  runValidateMetrics,
  significanceMetricFor,
  sliceMetricName,
  splitSliceRules,
  toMetricNumber,
  validateMetrics,
  words
};
