import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  UserError,
  checkOutputPath,
  fsWriteError,
  isUserError,
  messageOf,
  parseStructured
} from "./chunks/chunk-OX5QIC4H.js";
import {
  ExitCode,
  Octokit,
  debug,
  error,
  getInput,
  group,
  info,
  isDebug,
  notice,
  paginateRest,
  require_graceful_fs,
  require_light,
  restEndpointMethods,
  retry,
  setFailed,
  setOutput,
  setSecret,
  warning
} from "./chunks/chunk-QRSZ52CV.js";
import {
  __commonJS,
  __export,
  __name,
  __require,
  __toESM
} from "./chunks/chunk-C6ICYTQL.js";

// node_modules/retry/lib/retry_operation.js
var require_retry_operation = __commonJS({
  "node_modules/retry/lib/retry_operation.js"(exports, module) {
    function RetryOperation(timeouts, options) {
      if (typeof options === "boolean") {
        options = { forever: options };
      }
      this._originalTimeouts = JSON.parse(JSON.stringify(timeouts));
      this._timeouts = timeouts;
      this._options = options || {};
      this._maxRetryTime = options && options.maxRetryTime || Infinity;
      this._fn = null;
      this._errors = [];
      this._attempts = 1;
      this._operationTimeout = null;
      this._operationTimeoutCb = null;
      this._timeout = null;
      this._operationStart = null;
      if (this._options.forever) {
        this._cachedTimeouts = this._timeouts.slice(0);
      }
    }
    __name(RetryOperation, "RetryOperation");
    module.exports = RetryOperation;
    RetryOperation.prototype.reset = function() {
      this._attempts = 1;
      this._timeouts = this._originalTimeouts;
    };
    RetryOperation.prototype.stop = function() {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      this._timeouts = [];
      this._cachedTimeouts = null;
    };
    RetryOperation.prototype.retry = function(err) {
      if (this._timeout) {
        clearTimeout(this._timeout);
      }
      if (!err) {
        return false;
      }
      var currentTime = (/* @__PURE__ */ new Date()).getTime();
      if (err && currentTime - this._operationStart >= this._maxRetryTime) {
        this._errors.unshift(new Error("RetryOperation timeout occurred"));
        return false;
      }
      this._errors.push(err);
      var timeout = this._timeouts.shift();
      if (timeout === void 0) {
        if (this._cachedTimeouts) {
          this._errors.splice(this._errors.length - 1, this._errors.length);
          this._timeouts = this._cachedTimeouts.slice(0);
          timeout = this._timeouts.shift();
        } else {
          return false;
        }
      }
      var self = this;
      var timer = setTimeout(function() {
        self._attempts++;
        if (self._operationTimeoutCb) {
          self._timeout = setTimeout(function() {
            self._operationTimeoutCb(self._attempts);
          }, self._operationTimeout);
          if (self._options.unref) {
            self._timeout.unref();
          }
        }
        self._fn(self._attempts);
      }, timeout);
      if (this._options.unref) {
        timer.unref();
      }
      return true;
    };
    RetryOperation.prototype.attempt = function(fn, timeoutOps) {
      this._fn = fn;
      if (timeoutOps) {
        if (timeoutOps.timeout) {
          this._operationTimeout = timeoutOps.timeout;
        }
        if (timeoutOps.cb) {
          this._operationTimeoutCb = timeoutOps.cb;
        }
      }
      var self = this;
      if (this._operationTimeoutCb) {
        this._timeout = setTimeout(function() {
          self._operationTimeoutCb();
        }, self._operationTimeout);
      }
      this._operationStart = (/* @__PURE__ */ new Date()).getTime();
      this._fn(this._attempts);
    };
    RetryOperation.prototype.try = function(fn) {
      console.log("Using RetryOperation.try() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = function(fn) {
      console.log("Using RetryOperation.start() is deprecated");
      this.attempt(fn);
    };
    RetryOperation.prototype.start = RetryOperation.prototype.try;
    RetryOperation.prototype.errors = function() {
      return this._errors;
    };
    RetryOperation.prototype.attempts = function() {
      return this._attempts;
    };
    RetryOperation.prototype.mainError = function() {
      if (this._errors.length === 0) {
        return null;
      }
      var counts2 = {};
      var mainError = null;
      var mainErrorCount = 0;
      for (var i = 0; i < this._errors.length; i++) {
        var error2 = this._errors[i];
        var message = error2.message;
        var count = (counts2[message] || 0) + 1;
        counts2[message] = count;
        if (count >= mainErrorCount) {
          mainError = error2;
          mainErrorCount = count;
        }
      }
      return mainError;
    };
  }
});

// node_modules/retry/lib/retry.js
var require_retry = __commonJS({
  "node_modules/retry/lib/retry.js"(exports) {
    var RetryOperation = require_retry_operation();
    exports.operation = function(options) {
      var timeouts = exports.timeouts(options);
      return new RetryOperation(timeouts, {
        forever: options && options.forever,
        unref: options && options.unref,
        maxRetryTime: options && options.maxRetryTime
      });
    };
    exports.timeouts = function(options) {
      if (options instanceof Array) {
        return [].concat(options);
      }
      var opts = {
        retries: 10,
        factor: 2,
        minTimeout: 1 * 1e3,
        maxTimeout: Infinity,
        randomize: false
      };
      for (var key in options) {
        opts[key] = options[key];
      }
      if (opts.minTimeout > opts.maxTimeout) {
        throw new Error("minTimeout is greater than maxTimeout");
      }
      var timeouts = [];
      for (var i = 0; i < opts.retries; i++) {
        timeouts.push(this.createTimeout(i, opts));
      }
      if (options && options.forever && !timeouts.length) {
        timeouts.push(this.createTimeout(i, opts));
      }
      timeouts.sort(function(a, b) {
        return a - b;
      });
      return timeouts;
    };
    exports.createTimeout = function(attempt, opts) {
      var random = opts.randomize ? Math.random() + 1 : 1;
      var timeout = Math.round(random * opts.minTimeout * Math.pow(opts.factor, attempt));
      timeout = Math.min(timeout, opts.maxTimeout);
      return timeout;
    };
    exports.wrap = function(obj, options, methods) {
      if (options instanceof Array) {
        methods = options;
        options = null;
      }
      if (!methods) {
        methods = [];
        for (var key in obj) {
          if (typeof obj[key] === "function") {
            methods.push(key);
          }
        }
      }
      for (var i = 0; i < methods.length; i++) {
        var method = methods[i];
        var original = obj[method];
        obj[method] = (/* @__PURE__ */ __name(function retryWrapper(original2) {
          var op = exports.operation(options);
          var args = Array.prototype.slice.call(arguments, 1);
          var callback = args.pop();
          args.push(function(err) {
            if (op.retry(err)) {
              return;
            }
            if (err) {
              arguments[0] = op.mainError();
            }
            callback.apply(this, arguments);
          });
          op.attempt(function() {
            original2.apply(obj, args);
          });
        }, "retryWrapper")).bind(obj, original);
        obj[method].options = options;
      }
    };
  }
});

// node_modules/retry/index.js
var require_retry2 = __commonJS({
  "node_modules/retry/index.js"(exports, module) {
    module.exports = require_retry();
  }
});

// node_modules/proper-lockfile/node_modules/signal-exit/signals.js
var require_signals = __commonJS({
  "node_modules/proper-lockfile/node_modules/signal-exit/signals.js"(exports, module) {
    module.exports = [
      "SIGABRT",
      "SIGALRM",
      "SIGHUP",
      "SIGINT",
      "SIGTERM"
    ];
    if (process.platform !== "win32") {
      module.exports.push(
        "SIGVTALRM",
        "SIGXCPU",
        "SIGXFSZ",
        "SIGUSR2",
        "SIGTRAP",
        "SIGSYS",
        "SIGQUIT",
        "SIGIOT"
        // should detect profiler and enable/disable accordingly.
        // see #21
        // 'SIGPROF'
      );
    }
    if (process.platform === "linux") {
      module.exports.push(
        "SIGIO",
        "SIGPOLL",
        "SIGPWR",
        "SIGSTKFLT",
        "SIGUNUSED"
      );
    }
  }
});

// node_modules/proper-lockfile/node_modules/signal-exit/index.js
var require_signal_exit = __commonJS({
  "node_modules/proper-lockfile/node_modules/signal-exit/index.js"(exports, module) {
    var process2 = global.process;
    var processOk = /* @__PURE__ */ __name(function(process3) {
      return process3 && typeof process3 === "object" && typeof process3.removeListener === "function" && typeof process3.emit === "function" && typeof process3.reallyExit === "function" && typeof process3.listeners === "function" && typeof process3.kill === "function" && typeof process3.pid === "number" && typeof process3.on === "function";
    }, "processOk");
    if (!processOk(process2)) {
      module.exports = function() {
        return function() {
        };
      };
    } else {
      assert = __require("assert");
      signals = require_signals();
      isWin = /^win/i.test(process2.platform);
      EE = __require("events");
      if (typeof EE !== "function") {
        EE = EE.EventEmitter;
      }
      if (process2.__signal_exit_emitter__) {
        emitter = process2.__signal_exit_emitter__;
      } else {
        emitter = process2.__signal_exit_emitter__ = new EE();
        emitter.count = 0;
        emitter.emitted = {};
      }
      if (!emitter.infinite) {
        emitter.setMaxListeners(Infinity);
        emitter.infinite = true;
      }
      module.exports = function(cb, opts) {
        if (!processOk(global.process)) {
          return function() {
          };
        }
        assert.equal(typeof cb, "function", "a callback must be provided for exit handler");
        if (loaded === false) {
          load();
        }
        var ev = "exit";
        if (opts && opts.alwaysLast) {
          ev = "afterexit";
        }
        var remove = /* @__PURE__ */ __name(function() {
          emitter.removeListener(ev, cb);
          if (emitter.listeners("exit").length === 0 && emitter.listeners("afterexit").length === 0) {
            unload();
          }
        }, "remove");
        emitter.on(ev, cb);
        return remove;
      };
      unload = /* @__PURE__ */ __name(function unload2() {
        if (!loaded || !processOk(global.process)) {
          return;
        }
        loaded = false;
        signals.forEach(function(sig) {
          try {
            process2.removeListener(sig, sigListeners[sig]);
          } catch (er) {
          }
        });
        process2.emit = originalProcessEmit;
        process2.reallyExit = originalProcessReallyExit;
        emitter.count -= 1;
      }, "unload");
      module.exports.unload = unload;
      emit = /* @__PURE__ */ __name(function emit2(event, code2, signal) {
        if (emitter.emitted[event]) {
          return;
        }
        emitter.emitted[event] = true;
        emitter.emit(event, code2, signal);
      }, "emit");
      sigListeners = {};
      signals.forEach(function(sig) {
        sigListeners[sig] = /* @__PURE__ */ __name(function listener() {
          if (!processOk(global.process)) {
            return;
          }
          var listeners = process2.listeners(sig);
          if (listeners.length === emitter.count) {
            unload();
            emit("exit", null, sig);
            emit("afterexit", null, sig);
            if (isWin && sig === "SIGHUP") {
              sig = "SIGINT";
            }
            process2.kill(process2.pid, sig);
          }
        }, "listener");
      });
      module.exports.signals = function() {
        return signals;
      };
      loaded = false;
      load = /* @__PURE__ */ __name(function load2() {
        if (loaded || !processOk(global.process)) {
          return;
        }
        loaded = true;
        emitter.count += 1;
        signals = signals.filter(function(sig) {
          try {
            process2.on(sig, sigListeners[sig]);
            return true;
          } catch (er) {
            return false;
          }
        });
        process2.emit = processEmit;
        process2.reallyExit = processReallyExit;
      }, "load");
      module.exports.load = load;
      originalProcessReallyExit = process2.reallyExit;
      processReallyExit = /* @__PURE__ */ __name(function processReallyExit2(code2) {
        if (!processOk(global.process)) {
          return;
        }
        process2.exitCode = code2 || /* istanbul ignore next */
        0;
        emit("exit", process2.exitCode, null);
        emit("afterexit", process2.exitCode, null);
        originalProcessReallyExit.call(process2, process2.exitCode);
      }, "processReallyExit");
      originalProcessEmit = process2.emit;
      processEmit = /* @__PURE__ */ __name(function processEmit2(ev, arg) {
        if (ev === "exit" && processOk(global.process)) {
          if (arg !== void 0) {
            process2.exitCode = arg;
          }
          var ret = originalProcessEmit.apply(this, arguments);
          emit("exit", process2.exitCode, null);
          emit("afterexit", process2.exitCode, null);
          return ret;
        } else {
          return originalProcessEmit.apply(this, arguments);
        }
      }, "processEmit");
    }
    var assert;
    var signals;
    var isWin;
    var EE;
    var emitter;
    var unload;
    var emit;
    var sigListeners;
    var loaded;
    var load;
    var originalProcessReallyExit;
    var processReallyExit;
    var originalProcessEmit;
    var processEmit;
  }
});

// node_modules/proper-lockfile/lib/mtime-precision.js
var require_mtime_precision = __commonJS({
  "node_modules/proper-lockfile/lib/mtime-precision.js"(exports, module) {
    "use strict";
    var cacheSymbol = /* @__PURE__ */ Symbol();
    function probe(file, fs4, callback) {
      const cachedPrecision = fs4[cacheSymbol];
      if (cachedPrecision) {
        return fs4.stat(file, (err, stat5) => {
          if (err) {
            return callback(err);
          }
          callback(null, stat5.mtime, cachedPrecision);
        });
      }
      const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs4.utimes(file, mtime, mtime, (err) => {
        if (err) {
          return callback(err);
        }
        fs4.stat(file, (err2, stat5) => {
          if (err2) {
            return callback(err2);
          }
          const precision = stat5.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs4, cacheSymbol, { value: precision });
          callback(null, stat5.mtime, precision);
        });
      });
    }
    __name(probe, "probe");
    function getMtime(precision) {
      let now = Date.now();
      if (precision === "s") {
        now = Math.ceil(now / 1e3) * 1e3;
      }
      return new Date(now);
    }
    __name(getMtime, "getMtime");
    module.exports.probe = probe;
    module.exports.getMtime = getMtime;
  }
});

// node_modules/proper-lockfile/lib/lockfile.js
var require_lockfile = __commonJS({
  "node_modules/proper-lockfile/lib/lockfile.js"(exports, module) {
    "use strict";
    var path = __require("path");
    var fs4 = require_graceful_fs();
    var retry2 = require_retry2();
    var onExit = require_signal_exit();
    var mtimePrecision = require_mtime_precision();
    var locks = {};
    function getLockFile(file, options) {
      return options.lockfilePath || `${file}.lock`;
    }
    __name(getLockFile, "getLockFile");
    function resolveCanonicalPath(file, options, callback) {
      if (!options.realpath) {
        return callback(null, path.resolve(file));
      }
      options.fs.realpath(file, callback);
    }
    __name(resolveCanonicalPath, "resolveCanonicalPath");
    function acquireLock(file, options, callback) {
      const lockfilePath = getLockFile(file, options);
      options.fs.mkdir(lockfilePath, (err) => {
        if (!err) {
          return mtimePrecision.probe(lockfilePath, options.fs, (err2, mtime, mtimePrecision2) => {
            if (err2) {
              options.fs.rmdir(lockfilePath, () => {
              });
              return callback(err2);
            }
            callback(null, mtime, mtimePrecision2);
          });
        }
        if (err.code !== "EEXIST") {
          return callback(err);
        }
        if (options.stale <= 0) {
          return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
        }
        options.fs.stat(lockfilePath, (err2, stat5) => {
          if (err2) {
            if (err2.code === "ENOENT") {
              return acquireLock(file, { ...options, stale: 0 }, callback);
            }
            return callback(err2);
          }
          if (!isLockStale(stat5, options)) {
            return callback(Object.assign(new Error("Lock file is already being held"), { code: "ELOCKED", file }));
          }
          removeLock(file, options, (err3) => {
            if (err3) {
              return callback(err3);
            }
            acquireLock(file, { ...options, stale: 0 }, callback);
          });
        });
      });
    }
    __name(acquireLock, "acquireLock");
    function isLockStale(stat5, options) {
      return stat5.mtime.getTime() < Date.now() - options.stale;
    }
    __name(isLockStale, "isLockStale");
    function removeLock(file, options, callback) {
      options.fs.rmdir(getLockFile(file, options), (err) => {
        if (err && err.code !== "ENOENT") {
          return callback(err);
        }
        callback();
      });
    }
    __name(removeLock, "removeLock");
    function updateLock(file, options) {
      const lock2 = locks[file];
      if (lock2.updateTimeout) {
        return;
      }
      lock2.updateDelay = lock2.updateDelay || options.update;
      lock2.updateTimeout = setTimeout(() => {
        lock2.updateTimeout = null;
        options.fs.stat(lock2.lockfilePath, (err, stat5) => {
          const isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
          if (err) {
            if (err.code === "ENOENT" || isOverThreshold) {
              return setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" }));
            }
            lock2.updateDelay = 1e3;
            return updateLock(file, options);
          }
          const isMtimeOurs = lock2.mtime.getTime() === stat5.mtime.getTime();
          if (!isMtimeOurs) {
            return setLockAsCompromised(
              file,
              lock2,
              Object.assign(
                new Error("Unable to update lock within the stale threshold"),
                { code: "ECOMPROMISED" }
              )
            );
          }
          const mtime = mtimePrecision.getMtime(lock2.mtimePrecision);
          options.fs.utimes(lock2.lockfilePath, mtime, mtime, (err2) => {
            const isOverThreshold2 = lock2.lastUpdate + options.stale < Date.now();
            if (lock2.released) {
              return;
            }
            if (err2) {
              if (err2.code === "ENOENT" || isOverThreshold2) {
                return setLockAsCompromised(file, lock2, Object.assign(err2, { code: "ECOMPROMISED" }));
              }
              lock2.updateDelay = 1e3;
              return updateLock(file, options);
            }
            lock2.mtime = mtime;
            lock2.lastUpdate = Date.now();
            lock2.updateDelay = null;
            updateLock(file, options);
          });
        });
      }, lock2.updateDelay);
      if (lock2.updateTimeout.unref) {
        lock2.updateTimeout.unref();
      }
    }
    __name(updateLock, "updateLock");
    function setLockAsCompromised(file, lock2, err) {
      lock2.released = true;
      if (lock2.updateTimeout) {
        clearTimeout(lock2.updateTimeout);
      }
      if (locks[file] === lock2) {
        delete locks[file];
      }
      lock2.options.onCompromised(err);
    }
    __name(setLockAsCompromised, "setLockAsCompromised");
    function lock(file, options, callback) {
      options = {
        stale: 1e4,
        update: null,
        realpath: true,
        retries: 0,
        fs: fs4,
        onCompromised: /* @__PURE__ */ __name((err) => {
          throw err;
        }, "onCompromised"),
        ...options
      };
      options.retries = options.retries || 0;
      options.retries = typeof options.retries === "number" ? { retries: options.retries } : options.retries;
      options.stale = Math.max(options.stale || 0, 2e3);
      options.update = options.update == null ? options.stale / 2 : options.update || 0;
      options.update = Math.max(Math.min(options.update, options.stale / 2), 1e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const operation = retry2.operation(options.retries);
        operation.attempt(() => {
          acquireLock(file2, options, (err2, mtime, mtimePrecision2) => {
            if (operation.retry(err2)) {
              return;
            }
            if (err2) {
              return callback(operation.mainError());
            }
            const lock2 = locks[file2] = {
              lockfilePath: getLockFile(file2, options),
              mtime,
              mtimePrecision: mtimePrecision2,
              options,
              lastUpdate: Date.now()
            };
            updateLock(file2, options);
            callback(null, (releasedCallback) => {
              if (lock2.released) {
                return releasedCallback && releasedCallback(Object.assign(new Error("Lock is already released"), { code: "ERELEASED" }));
              }
              unlock(file2, { ...options, realpath: false }, releasedCallback);
            });
          });
        });
      });
    }
    __name(lock, "lock");
    function unlock(file, options, callback) {
      options = {
        fs: fs4,
        realpath: true,
        ...options
      };
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        const lock2 = locks[file2];
        if (!lock2) {
          return callback(Object.assign(new Error("Lock is not acquired/owned by you"), { code: "ENOTACQUIRED" }));
        }
        lock2.updateTimeout && clearTimeout(lock2.updateTimeout);
        lock2.released = true;
        delete locks[file2];
        removeLock(file2, options, callback);
      });
    }
    __name(unlock, "unlock");
    function check2(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: true,
        fs: fs4,
        ...options
      };
      options.stale = Math.max(options.stale || 0, 2e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        options.fs.stat(getLockFile(file2, options), (err2, stat5) => {
          if (err2) {
            return err2.code === "ENOENT" ? callback(null, false) : callback(err2);
          }
          return callback(null, !isLockStale(stat5, options));
        });
      });
    }
    __name(check2, "check");
    function getLocks() {
      return locks;
    }
    __name(getLocks, "getLocks");
    onExit(() => {
      for (const file in locks) {
        const options = locks[file].options;
        try {
          options.fs.rmdirSync(getLockFile(file, options));
        } catch (e) {
        }
      }
    });
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.check = check2;
    module.exports.getLocks = getLocks;
  }
});

// node_modules/proper-lockfile/lib/adapter.js
var require_adapter = __commonJS({
  "node_modules/proper-lockfile/lib/adapter.js"(exports, module) {
    "use strict";
    var fs4 = require_graceful_fs();
    function createSyncFs(fs5) {
      const methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"];
      const newFs = { ...fs5 };
      methods.forEach((method) => {
        newFs[method] = (...args) => {
          const callback = args.pop();
          let ret;
          try {
            ret = fs5[`${method}Sync`](...args);
          } catch (err) {
            return callback(err);
          }
          callback(null, ret);
        };
      });
      return newFs;
    }
    __name(createSyncFs, "createSyncFs");
    function toPromise(method) {
      return (...args) => new Promise((resolve8, reject) => {
        args.push((err, result) => {
          if (err) {
            reject(err);
          } else {
            resolve8(result);
          }
        });
        method(...args);
      });
    }
    __name(toPromise, "toPromise");
    function toSync(method) {
      return (...args) => {
        let err;
        let result;
        args.push((_err, _result) => {
          err = _err;
          result = _result;
        });
        method(...args);
        if (err) {
          throw err;
        }
        return result;
      };
    }
    __name(toSync, "toSync");
    function toSyncOptions(options) {
      options = { ...options };
      options.fs = createSyncFs(options.fs || fs4);
      if (typeof options.retries === "number" && options.retries > 0 || options.retries && typeof options.retries.retries === "number" && options.retries.retries > 0) {
        throw Object.assign(new Error("Cannot use retries with the sync api"), { code: "ESYNC" });
      }
      return options;
    }
    __name(toSyncOptions, "toSyncOptions");
    module.exports = {
      toPromise,
      toSync,
      toSyncOptions
    };
  }
});

// node_modules/proper-lockfile/index.js
var require_proper_lockfile = __commonJS({
  "node_modules/proper-lockfile/index.js"(exports, module) {
    "use strict";
    var lockfile2 = require_lockfile();
    var { toPromise, toSync, toSyncOptions } = require_adapter();
    async function lock(file, options) {
      const release = await toPromise(lockfile2.lock)(file, options);
      return toPromise(release);
    }
    __name(lock, "lock");
    function lockSync(file, options) {
      const release = toSync(lockfile2.lock)(file, toSyncOptions(options));
      return toSync(release);
    }
    __name(lockSync, "lockSync");
    function unlock(file, options) {
      return toPromise(lockfile2.unlock)(file, options);
    }
    __name(unlock, "unlock");
    function unlockSync(file, options) {
      return toSync(lockfile2.unlock)(file, toSyncOptions(options));
    }
    __name(unlockSync, "unlockSync");
    function check2(file, options) {
      return toPromise(lockfile2.check)(file, options);
    }
    __name(check2, "check");
    function checkSync(file, options) {
      return toSync(lockfile2.check)(file, toSyncOptions(options));
    }
    __name(checkSync, "checkSync");
    module.exports = lock;
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.lockSync = lockSync;
    module.exports.unlockSync = unlockSync;
    module.exports.check = check2;
    module.exports.checkSync = checkSync;
  }
});

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
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
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
    var isObject3 = /* @__PURE__ */ __name((val) => val && typeof val === "object" && !Array.isArray(val), "isObject");
    var picomatch2 = /* @__PURE__ */ __name((glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch2(input, options, returnState));
        const arrayMatcher = /* @__PURE__ */ __name((str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        }, "arrayMatcher");
        return arrayMatcher;
      }
      const isState = isObject3(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix2 = opts.windows;
      const regex2 = isState ? picomatch2.compileRe(glob2, options) : picomatch2.makeRe(glob2, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = /* @__PURE__ */ __name(() => false, "isIgnored");
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = /* @__PURE__ */ __name((input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob: glob2, posix: posix2 });
        const result = { glob: glob2, state, regex: regex2, posix: posix2, input, output, match, isMatch };
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
    picomatch2.test = (input, regex2, options, { glob: glob2, posix: posix2 } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix2 ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch2.matchBase(input, regex2, options, posix2);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob2, options, posix2 = options && options.windows) => {
      const regex2 = glob2 instanceof RegExp ? glob2 : picomatch2.makeRe(glob2, options);
      return regex2.test(utils.basename(input, { windows: posix2 }));
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
      const regex2 = picomatch2.toRegex(source, options);
      if (returnState === true) {
        regex2.state = state;
      }
      return regex2;
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
    function picomatch2(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    __name(picomatch2, "picomatch");
    Object.assign(picomatch2, pico);
    module.exports = picomatch2;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/internal/constants.js
var require_constants2 = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/internal/constants.js"(exports, module) {
    "use strict";
    var SEMVER_SPEC_VERSION = "2.0.0";
    var MAX_LENGTH = 256;
    var MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER || /* istanbul ignore next */
    9007199254740991;
    var MAX_SAFE_COMPONENT_LENGTH = 16;
    var MAX_SAFE_BUILD_LENGTH = MAX_LENGTH - 6;
    var WHITESPACE_CHARACTERS = [
      "	",
      "\n",
      "\v",
      "\f",
      "\r",
      " ",
      "\xA0",
      "\u1680",
      "\u2000",
      "\u2001",
      "\u2002",
      "\u2003",
      "\u2004",
      "\u2005",
      "\u2006",
      "\u2007",
      "\u2008",
      "\u2009",
      "\u200A",
      "\u2028",
      "\u2029",
      "\u202F",
      "\u205F",
      "\u3000",
      "\uFEFF"
    ];
    var RELEASE_TYPES = [
      "major",
      "premajor",
      "minor",
      "preminor",
      "patch",
      "prepatch",
      "prerelease"
    ];
    module.exports = {
      MAX_LENGTH,
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_SAFE_INTEGER,
      WHITESPACE_CHARACTERS,
      RELEASE_TYPES,
      SEMVER_SPEC_VERSION,
      FLAG_INCLUDE_PRERELEASE: 1,
      FLAG_LOOSE: 2
    };
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/internal/debug.js
var require_debug = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/internal/debug.js"(exports, module) {
    "use strict";
    var debug3 = typeof process === "object" && process.env && process.env.NODE_DEBUG && /\bsemver\b/i.test(process.env.NODE_DEBUG) ? (...args) => console.error("SEMVER", ...args) : () => {
    };
    module.exports = debug3;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/internal/re.js
var require_re = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/internal/re.js"(exports, module) {
    "use strict";
    var {
      MAX_SAFE_COMPONENT_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      MAX_LENGTH
    } = require_constants2();
    var debug3 = require_debug();
    exports = module.exports = {};
    var re = exports.re = [];
    var safeRe = exports.safeRe = [];
    var src = exports.src = [];
    var safeSrc = exports.safeSrc = [];
    var t = exports.t = {};
    var R = 0;
    var LETTERDASHNUMBER = "[a-zA-Z0-9-]";
    var safeRegexReplacements = [
      ["\\s", 1],
      ["\\d", MAX_LENGTH],
      [LETTERDASHNUMBER, MAX_SAFE_BUILD_LENGTH]
    ];
    var makeSafeRegex = /* @__PURE__ */ __name((value) => {
      for (const [token, max] of safeRegexReplacements) {
        value = value.split(`${token}*`).join(`${token}{0,${max}}`).split(`${token}+`).join(`${token}{1,${max}}`);
      }
      return value;
    }, "makeSafeRegex");
    var createToken = /* @__PURE__ */ __name((name, value, isGlobal) => {
      const safe = makeSafeRegex(value);
      const index = R++;
      debug3(name, index, value);
      t[name] = index;
      src[index] = value;
      safeSrc[index] = safe;
      re[index] = new RegExp(value, isGlobal ? "g" : void 0);
      safeRe[index] = new RegExp(safe, isGlobal ? "g" : void 0);
    }, "createToken");
    createToken("NUMERICIDENTIFIER", "0|[1-9]\\d*");
    createToken("NUMERICIDENTIFIERLOOSE", "\\d+");
    createToken("NONNUMERICIDENTIFIER", `\\d*[a-zA-Z-]${LETTERDASHNUMBER}*`);
    createToken("MAINVERSION", `(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})\\.(${src[t.NUMERICIDENTIFIER]})`);
    createToken("MAINVERSIONLOOSE", `(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})\\.(${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASEIDENTIFIER", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIER]})`);
    createToken("PRERELEASEIDENTIFIERLOOSE", `(?:${src[t.NONNUMERICIDENTIFIER]}|${src[t.NUMERICIDENTIFIERLOOSE]})`);
    createToken("PRERELEASE", `(?:-(${src[t.PRERELEASEIDENTIFIER]}(?:\\.${src[t.PRERELEASEIDENTIFIER]})*))`);
    createToken("PRERELEASELOOSE", `(?:-?(${src[t.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${src[t.PRERELEASEIDENTIFIERLOOSE]})*))`);
    createToken("BUILDIDENTIFIER", `${LETTERDASHNUMBER}+`);
    createToken("BUILD", `(?:\\+(${src[t.BUILDIDENTIFIER]}(?:\\.${src[t.BUILDIDENTIFIER]})*))`);
    createToken("FULLPLAIN", `v?${src[t.MAINVERSION]}${src[t.PRERELEASE]}?${src[t.BUILD]}?`);
    createToken("FULL", `^${src[t.FULLPLAIN]}$`);
    createToken("LOOSEPLAIN", `[v=\\s]*${src[t.MAINVERSIONLOOSE]}${src[t.PRERELEASELOOSE]}?${src[t.BUILD]}?`);
    createToken("LOOSE", `^${src[t.LOOSEPLAIN]}$`);
    createToken("GTLT", "((?:<|>)?=?)");
    createToken("XRANGEIDENTIFIERLOOSE", `${src[t.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);
    createToken("XRANGEIDENTIFIER", `${src[t.NUMERICIDENTIFIER]}|x|X|\\*`);
    createToken("XRANGEPLAIN", `[v=\\s]*(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:\\.(${src[t.XRANGEIDENTIFIER]})(?:${src[t.PRERELEASE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGEPLAINLOOSE", `[v=\\s]*(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:\\.(${src[t.XRANGEIDENTIFIERLOOSE]})(?:${src[t.PRERELEASELOOSE]})?${src[t.BUILD]}?)?)?`);
    createToken("XRANGE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAIN]}$`);
    createToken("XRANGELOOSE", `^${src[t.GTLT]}\\s*${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COERCEPLAIN", `${"(^|[^\\d])(\\d{1,"}${MAX_SAFE_COMPONENT_LENGTH}})(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?(?:\\.(\\d{1,${MAX_SAFE_COMPONENT_LENGTH}}))?`);
    createToken("COERCE", `${src[t.COERCEPLAIN]}(?:$|[^\\d])`);
    createToken("COERCEFULL", src[t.COERCEPLAIN] + `(?:${src[t.PRERELEASE]})?(?:${src[t.BUILD]})?(?:$|[^\\d])`);
    createToken("COERCERTL", src[t.COERCE], true);
    createToken("COERCERTLFULL", src[t.COERCEFULL], true);
    createToken("LONETILDE", "(?:~>?)");
    createToken("TILDETRIM", `(\\s*)${src[t.LONETILDE]}\\s+`, true);
    exports.tildeTrimReplace = "$1~";
    createToken("TILDE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAIN]}$`);
    createToken("TILDELOOSE", `^${src[t.LONETILDE]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("LONECARET", "(?:\\^)");
    createToken("CARETTRIM", `(\\s*)${src[t.LONECARET]}\\s+`, true);
    exports.caretTrimReplace = "$1^";
    createToken("CARET", `^${src[t.LONECARET]}${src[t.XRANGEPLAIN]}$`);
    createToken("CARETLOOSE", `^${src[t.LONECARET]}${src[t.XRANGEPLAINLOOSE]}$`);
    createToken("COMPARATORLOOSE", `^${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]})$|^$`);
    createToken("COMPARATOR", `^${src[t.GTLT]}\\s*(${src[t.FULLPLAIN]})$|^$`);
    createToken("COMPARATORTRIM", `(\\s*)${src[t.GTLT]}\\s*(${src[t.LOOSEPLAIN]}|${src[t.XRANGEPLAIN]})`, true);
    exports.comparatorTrimReplace = "$1$2$3";
    createToken("HYPHENRANGE", `^\\s*(${src[t.XRANGEPLAIN]})\\s+-\\s+(${src[t.XRANGEPLAIN]})\\s*$`);
    createToken("HYPHENRANGELOOSE", `^\\s*(${src[t.XRANGEPLAINLOOSE]})\\s+-\\s+(${src[t.XRANGEPLAINLOOSE]})\\s*$`);
    createToken("STAR", "(<|>)?=?\\s*\\*");
    createToken("GTE0", "^\\s*>=\\s*0\\.0\\.0\\s*$");
    createToken("GTE0PRE", "^\\s*>=\\s*0\\.0\\.0-0\\s*$");
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/internal/parse-options.js
var require_parse_options = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/internal/parse-options.js"(exports, module) {
    "use strict";
    var looseOption = Object.freeze({ loose: true });
    var emptyOpts = Object.freeze({});
    var parseOptions = /* @__PURE__ */ __name((options) => {
      if (!options) {
        return emptyOpts;
      }
      if (typeof options !== "object") {
        return looseOption;
      }
      return options;
    }, "parseOptions");
    module.exports = parseOptions;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/internal/identifiers.js
var require_identifiers = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/internal/identifiers.js"(exports, module) {
    "use strict";
    var numeric = /^[0-9]+$/;
    var compareIdentifiers = /* @__PURE__ */ __name((a, b) => {
      if (typeof a === "number" && typeof b === "number") {
        return a === b ? 0 : a < b ? -1 : 1;
      }
      const anum = numeric.test(a);
      const bnum = numeric.test(b);
      if (anum && bnum) {
        a = +a;
        b = +b;
      }
      return a === b ? 0 : anum && !bnum ? -1 : bnum && !anum ? 1 : a < b ? -1 : 1;
    }, "compareIdentifiers");
    var rcompareIdentifiers = /* @__PURE__ */ __name((a, b) => compareIdentifiers(b, a), "rcompareIdentifiers");
    module.exports = {
      compareIdentifiers,
      rcompareIdentifiers
    };
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/classes/semver.js
var require_semver = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/classes/semver.js"(exports, module) {
    "use strict";
    var debug3 = require_debug();
    var { MAX_LENGTH, MAX_SAFE_INTEGER } = require_constants2();
    var { safeRe: re, t } = require_re();
    var parseOptions = require_parse_options();
    var { compareIdentifiers } = require_identifiers();
    var isPrereleaseIdentifier = /* @__PURE__ */ __name((prerelease, identifier) => {
      const identifiers = identifier.split(".");
      if (identifiers.length > prerelease.length) {
        return false;
      }
      for (let i = 0; i < identifiers.length; i++) {
        if (compareIdentifiers(prerelease[i], identifiers[i]) !== 0) {
          return false;
        }
      }
      return true;
    }, "isPrereleaseIdentifier");
    var SemVer = class _SemVer {
      static {
        __name(this, "SemVer");
      }
      constructor(version, options) {
        options = parseOptions(options);
        if (version instanceof _SemVer) {
          if (version.loose === !!options.loose && version.includePrerelease === !!options.includePrerelease) {
            return version;
          } else {
            version = version.version;
          }
        } else if (typeof version !== "string") {
          throw new TypeError(`Invalid version. Must be a string. Got type "${typeof version}".`);
        }
        if (version.length > MAX_LENGTH) {
          throw new TypeError(
            `version is longer than ${MAX_LENGTH} characters`
          );
        }
        debug3("SemVer", version, options);
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        const m = version.trim().match(options.loose ? re[t.LOOSE] : re[t.FULL]);
        if (!m) {
          throw new TypeError(`Invalid Version: ${version}`);
        }
        this.raw = version;
        this.major = +m[1];
        this.minor = +m[2];
        this.patch = +m[3];
        if (this.major > MAX_SAFE_INTEGER || this.major < 0) {
          throw new TypeError("Invalid major version");
        }
        if (this.minor > MAX_SAFE_INTEGER || this.minor < 0) {
          throw new TypeError("Invalid minor version");
        }
        if (this.patch > MAX_SAFE_INTEGER || this.patch < 0) {
          throw new TypeError("Invalid patch version");
        }
        if (!m[4]) {
          this.prerelease = [];
        } else {
          this.prerelease = m[4].split(".").map((id) => {
            if (/^[0-9]+$/.test(id)) {
              const num2 = +id;
              if (num2 >= 0 && num2 < MAX_SAFE_INTEGER) {
                return num2;
              }
            }
            return id;
          });
        }
        this.build = m[5] ? m[5].split(".") : [];
        this.format();
      }
      format() {
        this.version = `${this.major}.${this.minor}.${this.patch}`;
        if (this.prerelease.length) {
          this.version += `-${this.prerelease.join(".")}`;
        }
        return this.version;
      }
      toString() {
        return this.version;
      }
      compare(other) {
        debug3("SemVer.compare", this.version, this.options, other);
        if (!(other instanceof _SemVer)) {
          if (typeof other === "string" && other === this.version) {
            return 0;
          }
          other = new _SemVer(other, this.options);
        }
        if (other.version === this.version) {
          return 0;
        }
        return this.compareMain(other) || this.comparePre(other);
      }
      compareMain(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.major < other.major) {
          return -1;
        }
        if (this.major > other.major) {
          return 1;
        }
        if (this.minor < other.minor) {
          return -1;
        }
        if (this.minor > other.minor) {
          return 1;
        }
        if (this.patch < other.patch) {
          return -1;
        }
        if (this.patch > other.patch) {
          return 1;
        }
        return 0;
      }
      comparePre(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        if (this.prerelease.length && !other.prerelease.length) {
          return -1;
        } else if (!this.prerelease.length && other.prerelease.length) {
          return 1;
        } else if (!this.prerelease.length && !other.prerelease.length) {
          return 0;
        }
        let i = 0;
        do {
          const a = this.prerelease[i];
          const b = other.prerelease[i];
          debug3("prerelease compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      compareBuild(other) {
        if (!(other instanceof _SemVer)) {
          other = new _SemVer(other, this.options);
        }
        let i = 0;
        do {
          const a = this.build[i];
          const b = other.build[i];
          debug3("build compare", i, a, b);
          if (a === void 0 && b === void 0) {
            return 0;
          } else if (b === void 0) {
            return 1;
          } else if (a === void 0) {
            return -1;
          } else if (a === b) {
            continue;
          } else {
            return compareIdentifiers(a, b);
          }
        } while (++i);
      }
      // preminor will bump the version up to the next minor release, and immediately
      // down to pre-release. premajor and prepatch work the same way.
      inc(release, identifier, identifierBase) {
        if (release.startsWith("pre")) {
          if (!identifier && identifierBase === false) {
            throw new Error("invalid increment argument: identifier is empty");
          }
          if (identifier) {
            const match = `-${identifier}`.match(this.options.loose ? re[t.PRERELEASELOOSE] : re[t.PRERELEASE]);
            if (!match || match[1] !== identifier) {
              throw new Error(`invalid identifier: ${identifier}`);
            }
          }
        }
        switch (release) {
          case "premajor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor = 0;
            this.major++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "preminor":
            this.prerelease.length = 0;
            this.patch = 0;
            this.minor++;
            this.inc("pre", identifier, identifierBase);
            break;
          case "prepatch":
            this.prerelease.length = 0;
            this.inc("patch", identifier, identifierBase);
            this.inc("pre", identifier, identifierBase);
            break;
          // If the input is a non-prerelease version, this acts the same as
          // prepatch.
          case "prerelease":
            if (this.prerelease.length === 0) {
              this.inc("patch", identifier, identifierBase);
            }
            this.inc("pre", identifier, identifierBase);
            break;
          case "release":
            if (this.prerelease.length === 0) {
              throw new Error(`version ${this.raw} is not a prerelease`);
            }
            this.prerelease.length = 0;
            break;
          case "major":
            if (this.minor !== 0 || this.patch !== 0 || this.prerelease.length === 0) {
              this.major++;
            }
            this.minor = 0;
            this.patch = 0;
            this.prerelease = [];
            break;
          case "minor":
            if (this.patch !== 0 || this.prerelease.length === 0) {
              this.minor++;
            }
            this.patch = 0;
            this.prerelease = [];
            break;
          case "patch":
            if (this.prerelease.length === 0) {
              this.patch++;
            }
            this.prerelease = [];
            break;
          // This probably shouldn't be used publicly.
          // 1.0.0 'pre' would become 1.0.0-0 which is the wrong direction.
          case "pre": {
            const base = Number(identifierBase) ? 1 : 0;
            if (this.prerelease.length === 0) {
              this.prerelease = [base];
            } else {
              let i = this.prerelease.length;
              while (--i >= 0) {
                if (typeof this.prerelease[i] === "number") {
                  this.prerelease[i]++;
                  i = -2;
                }
              }
              if (i === -1) {
                if (identifier === this.prerelease.join(".") && identifierBase === false) {
                  throw new Error("invalid increment argument: identifier already exists");
                }
                this.prerelease.push(base);
              }
            }
            if (identifier) {
              let prerelease = [identifier, base];
              if (identifierBase === false) {
                prerelease = [identifier];
              }
              if (isPrereleaseIdentifier(this.prerelease, identifier)) {
                const prereleaseBase = this.prerelease[identifier.split(".").length];
                if (isNaN(prereleaseBase)) {
                  this.prerelease = prerelease;
                }
              } else {
                this.prerelease = prerelease;
              }
            }
            break;
          }
          default:
            throw new Error(`invalid increment argument: ${release}`);
        }
        this.raw = this.format();
        if (this.build.length) {
          this.raw += `+${this.build.join(".")}`;
        }
        return this;
      }
    };
    module.exports = SemVer;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/parse.js
var require_parse2 = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/parse.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = /* @__PURE__ */ __name((version, options, throwErrors = false) => {
      if (version instanceof SemVer) {
        return version;
      }
      try {
        return new SemVer(version, options);
      } catch (er) {
        if (!throwErrors) {
          return null;
        }
        throw er;
      }
    }, "parse");
    module.exports = parse;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var valid = /* @__PURE__ */ __name((version, options) => {
      const v = parse(version, options);
      return v ? v.version : null;
    }, "valid");
    module.exports = valid;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var clean = /* @__PURE__ */ __name((version, options) => {
      const s = parse(version.trim().replace(/^[=v]+/, ""), options);
      return s ? s.version : null;
    }, "clean");
    module.exports = clean;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/inc.js
var require_inc = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/inc.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var inc = /* @__PURE__ */ __name((version, release, options, identifier, identifierBase) => {
      if (typeof options === "string") {
        identifierBase = identifier;
        identifier = options;
        options = void 0;
      }
      try {
        return new SemVer(
          version instanceof SemVer ? version.version : version,
          options
        ).inc(release, identifier, identifierBase).version;
      } catch (er) {
        return null;
      }
    }, "inc");
    module.exports = inc;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/diff.js
var require_diff = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/diff.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var diff = /* @__PURE__ */ __name((version1, version2) => {
      const v1 = parse(version1, null, true);
      const v2 = parse(version2, null, true);
      const comparison = v1.compare(v2);
      if (comparison === 0) {
        return null;
      }
      const v1Higher = comparison > 0;
      const highVersion = v1Higher ? v1 : v2;
      const lowVersion = v1Higher ? v2 : v1;
      const highHasPre = !!highVersion.prerelease.length;
      const lowHasPre = !!lowVersion.prerelease.length;
      if (lowHasPre && !highHasPre) {
        if (!lowVersion.patch && !lowVersion.minor) {
          return "major";
        }
        if (lowVersion.compareMain(highVersion) === 0) {
          if (lowVersion.minor && !lowVersion.patch) {
            return "minor";
          }
          return "patch";
        }
      }
      const prefix = highHasPre ? "pre" : "";
      if (v1.major !== v2.major) {
        return prefix + "major";
      }
      if (v1.minor !== v2.minor) {
        return prefix + "minor";
      }
      if (v1.patch !== v2.patch) {
        return prefix + "patch";
      }
      return "prerelease";
    }, "diff");
    module.exports = diff;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/major.js
var require_major = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/major.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var major = /* @__PURE__ */ __name((a, loose) => new SemVer(a, loose).major, "major");
    module.exports = major;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/minor.js
var require_minor = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/minor.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var minor = /* @__PURE__ */ __name((a, loose) => new SemVer(a, loose).minor, "minor");
    module.exports = minor;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/patch.js
var require_patch = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/patch.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var patch = /* @__PURE__ */ __name((a, loose) => new SemVer(a, loose).patch, "patch");
    module.exports = patch;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/prerelease.js
var require_prerelease = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/prerelease.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var prerelease = /* @__PURE__ */ __name((version, options) => {
      const parsed = parse(version, options);
      return parsed && parsed.prerelease.length ? parsed.prerelease : null;
    }, "prerelease");
    module.exports = prerelease;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/compare.js
var require_compare = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/compare.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compare = /* @__PURE__ */ __name((a, b, loose) => new SemVer(a, loose).compare(new SemVer(b, loose)), "compare");
    module.exports = compare;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/rcompare.js
var require_rcompare = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/rcompare.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var rcompare = /* @__PURE__ */ __name((a, b, loose) => compare(b, a, loose), "rcompare");
    module.exports = rcompare;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/compare-loose.js
var require_compare_loose = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/compare-loose.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var compareLoose = /* @__PURE__ */ __name((a, b) => compare(a, b, true), "compareLoose");
    module.exports = compareLoose;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/compare-build.js
var require_compare_build = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/compare-build.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var compareBuild = /* @__PURE__ */ __name((a, b, loose) => {
      const versionA = new SemVer(a, loose);
      const versionB = new SemVer(b, loose);
      return versionA.compare(versionB) || versionA.compareBuild(versionB);
    }, "compareBuild");
    module.exports = compareBuild;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/sort.js
var require_sort = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/sort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var sort = /* @__PURE__ */ __name((list, loose) => list.sort((a, b) => compareBuild(a, b, loose)), "sort");
    module.exports = sort;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/rsort.js
var require_rsort = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/rsort.js"(exports, module) {
    "use strict";
    var compareBuild = require_compare_build();
    var rsort = /* @__PURE__ */ __name((list, loose) => list.sort((a, b) => compareBuild(b, a, loose)), "rsort");
    module.exports = rsort;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/gt.js
var require_gt = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/gt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gt = /* @__PURE__ */ __name((a, b, loose) => compare(a, b, loose) > 0, "gt");
    module.exports = gt;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/lt.js
var require_lt = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/lt.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lt = /* @__PURE__ */ __name((a, b, loose) => compare(a, b, loose) < 0, "lt");
    module.exports = lt;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/eq.js
var require_eq = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/eq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var eq = /* @__PURE__ */ __name((a, b, loose) => compare(a, b, loose) === 0, "eq");
    module.exports = eq;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/neq.js
var require_neq = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/neq.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var neq = /* @__PURE__ */ __name((a, b, loose) => compare(a, b, loose) !== 0, "neq");
    module.exports = neq;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/gte.js
var require_gte = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/gte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var gte = /* @__PURE__ */ __name((a, b, loose) => compare(a, b, loose) >= 0, "gte");
    module.exports = gte;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/lte.js
var require_lte = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/lte.js"(exports, module) {
    "use strict";
    var compare = require_compare();
    var lte = /* @__PURE__ */ __name((a, b, loose) => compare(a, b, loose) <= 0, "lte");
    module.exports = lte;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/cmp.js
var require_cmp = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/cmp.js"(exports, module) {
    "use strict";
    var eq = require_eq();
    var neq = require_neq();
    var gt = require_gt();
    var gte = require_gte();
    var lt = require_lt();
    var lte = require_lte();
    var cmp = /* @__PURE__ */ __name((a, op, b, loose) => {
      switch (op) {
        case "===":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a === b;
        case "!==":
          if (typeof a === "object") {
            a = a.version;
          }
          if (typeof b === "object") {
            b = b.version;
          }
          return a !== b;
        case "":
        case "=":
        case "==":
          return eq(a, b, loose);
        case "!=":
          return neq(a, b, loose);
        case ">":
          return gt(a, b, loose);
        case ">=":
          return gte(a, b, loose);
        case "<":
          return lt(a, b, loose);
        case "<=":
          return lte(a, b, loose);
        default:
          throw new TypeError(`Invalid operator: ${op}`);
      }
    }, "cmp");
    module.exports = cmp;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/coerce.js
var require_coerce = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/coerce.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var parse = require_parse2();
    var { safeRe: re, t } = require_re();
    var coerce = /* @__PURE__ */ __name((version, options) => {
      if (version instanceof SemVer) {
        return version;
      }
      if (typeof version === "number") {
        version = String(version);
      }
      if (typeof version !== "string") {
        return null;
      }
      options = options || {};
      let match = null;
      if (!options.rtl) {
        match = version.match(options.includePrerelease ? re[t.COERCEFULL] : re[t.COERCE]);
      } else {
        const coerceRtlRegex = options.includePrerelease ? re[t.COERCERTLFULL] : re[t.COERCERTL];
        let next;
        while ((next = coerceRtlRegex.exec(version)) && (!match || match.index + match[0].length !== version.length)) {
          if (!match || next.index + next[0].length !== match.index + match[0].length) {
            match = next;
          }
          coerceRtlRegex.lastIndex = next.index + next[1].length + next[2].length;
        }
        coerceRtlRegex.lastIndex = -1;
      }
      if (match === null) {
        return null;
      }
      const major = match[2];
      const minor = match[3] || "0";
      const patch = match[4] || "0";
      const prerelease = options.includePrerelease && match[5] ? `-${match[5]}` : "";
      const build = options.includePrerelease && match[6] ? `+${match[6]}` : "";
      return parse(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    }, "coerce");
    module.exports = coerce;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse = require_parse2();
    var constants = require_constants2();
    var SemVer = require_semver();
    var truncate = /* @__PURE__ */ __name((version, truncation, options) => {
      if (!constants.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    }, "truncate");
    var cloneInputVersion = /* @__PURE__ */ __name((version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse(versionStringToParse, options);
    }, "cloneInputVersion");
    var doTruncation = /* @__PURE__ */ __name((version, truncation) => {
      if (isPrerelease(truncation)) {
        return version.version;
      }
      version.prerelease = [];
      switch (truncation) {
        case "major":
          version.minor = 0;
          version.patch = 0;
          break;
        case "minor":
          version.patch = 0;
          break;
      }
      return version.format();
    }, "doTruncation");
    var isPrerelease = /* @__PURE__ */ __name((type) => {
      return type.startsWith("pre");
    }, "isPrerelease");
    module.exports = truncate;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/internal/lrucache.js
var require_lrucache = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/internal/lrucache.js"(exports, module) {
    "use strict";
    var LRUCache = class {
      static {
        __name(this, "LRUCache");
      }
      constructor() {
        this.max = 1e3;
        this.map = /* @__PURE__ */ new Map();
      }
      get(key) {
        const value = this.map.get(key);
        if (value === void 0) {
          return void 0;
        } else {
          this.map.delete(key);
          this.map.set(key, value);
          return value;
        }
      }
      delete(key) {
        return this.map.delete(key);
      }
      set(key, value) {
        const deleted = this.delete(key);
        if (!deleted && value !== void 0) {
          if (this.map.size >= this.max) {
            const firstKey = this.map.keys().next().value;
            this.delete(firstKey);
          }
          this.map.set(key, value);
        }
        return this;
      }
    };
    module.exports = LRUCache;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/internal/trim-comparator-whitespace.js
var require_trim_comparator_whitespace = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/internal/trim-comparator-whitespace.js"(exports, module) {
    "use strict";
    var {
      MAX_LENGTH,
      MAX_SAFE_BUILD_LENGTH,
      WHITESPACE_CHARACTERS
    } = require_constants2();
    var whitespace = new Uint8Array(65536);
    for (const char of WHITESPACE_CHARACTERS) {
      whitespace[char.charCodeAt(0)] = 1;
    }
    var isWhitespace = /* @__PURE__ */ __name((char) => char !== void 0 && whitespace[char.charCodeAt(0)] === 1, "isWhitespace");
    var isVersionPrefix = /* @__PURE__ */ __name((char) => char === "v" || char === "=" || isWhitespace(char), "isVersionPrefix");
    var isDigit = /* @__PURE__ */ __name((char) => char !== void 0 && char >= "0" && char <= "9", "isDigit");
    var isLetter = /* @__PURE__ */ __name((char) => char !== void 0 && (char >= "a" && char <= "z" || char >= "A" && char <= "Z"), "isLetter");
    var isIdentifierCharacter = /* @__PURE__ */ __name((char) => isDigit(char) || isLetter(char) || char === "-", "isIdentifierCharacter");
    var isVersionStart = /* @__PURE__ */ __name((char) => isDigit(char) || char === "x" || char === "X" || char === "*", "isVersionStart");
    var findDigitsEndIndex = /* @__PURE__ */ __name((range, start, limit, digitRuns) => {
      if (!isDigit(range[start])) {
        return start;
      }
      if (start >= digitRuns.start && start < digitRuns.end) {
        return Math.min(start + limit, digitRuns.end);
      }
      if (start >= digitRuns.previousStart && start < digitRuns.previousEnd) {
        return Math.min(start + limit, digitRuns.previousEnd);
      }
      let end = start + 1;
      while (isDigit(range[end])) {
        end++;
      }
      digitRuns.previousStart = digitRuns.start;
      digitRuns.previousEnd = digitRuns.end;
      digitRuns.start = start;
      digitRuns.end = end;
      return Math.min(start + limit, end);
    }, "findDigitsEndIndex");
    var findVersionNumberEndIndex = /* @__PURE__ */ __name((range, start, loose, digitRuns) => {
      if (!loose && range[start] === "0") {
        return start + 1;
      }
      return findDigitsEndIndex(range, start, loose ? MAX_LENGTH : MAX_LENGTH + 1, digitRuns);
    }, "findVersionNumberEndIndex");
    var findPrereleaseIdentifierEndIndex = /* @__PURE__ */ __name((range, start, loose, digitRuns) => {
      const digitsEnd = findDigitsEndIndex(range, start, MAX_LENGTH, digitRuns);
      if (isLetter(range[digitsEnd]) || range[digitsEnd] === "-") {
        let end = digitsEnd + 1;
        const limit = end + MAX_SAFE_BUILD_LENGTH;
        while (end < limit && isIdentifierCharacter(range[end])) {
          end++;
        }
        return end;
      }
      return findVersionNumberEndIndex(range, start, loose, digitRuns);
    }, "findPrereleaseIdentifierEndIndex");
    var findPrereleaseEndIndex = /* @__PURE__ */ __name((range, start, loose, digitRuns) => {
      const hyphen = range[start] === "-";
      if (!loose && !hyphen) {
        return start;
      }
      const identifierStart = start + (hyphen ? 1 : 0);
      let end = findPrereleaseIdentifierEndIndex(range, identifierStart, loose, digitRuns);
      if (end === identifierStart) {
        if (!loose || !hyphen) {
          return start;
        }
        end = findPrereleaseIdentifierEndIndex(range, start, loose, digitRuns);
      }
      while (range[end] === ".") {
        const next = findPrereleaseIdentifierEndIndex(range, end + 1, loose, digitRuns);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    }, "findPrereleaseEndIndex");
    var findBuildIdentifierEndIndex = /* @__PURE__ */ __name((range, start) => {
      let end = start;
      while (end - start < MAX_SAFE_BUILD_LENGTH && isIdentifierCharacter(range[end])) {
        end++;
      }
      return end;
    }, "findBuildIdentifierEndIndex");
    var findBuildEndIndex = /* @__PURE__ */ __name((range, start) => {
      if (range[start] !== "+") {
        return start;
      }
      let end = findBuildIdentifierEndIndex(range, start + 1);
      if (end === start + 1) {
        return start;
      }
      while (range[end] === ".") {
        const next = findBuildIdentifierEndIndex(range, end + 1);
        if (next === end + 1) {
          break;
        }
        end = next;
      }
      return end;
    }, "findBuildEndIndex");
    var findLooseFullVersionEndIndex = /* @__PURE__ */ __name((range, start, digitRuns) => {
      let end = start;
      for (let component = 0; component < 3; component++) {
        const next = findVersionNumberEndIndex(range, end, true, digitRuns);
        if (next === end) {
          return start;
        }
        end = next;
        if (component < 2) {
          if (range[end] !== ".") {
            return start;
          }
          end++;
        }
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, true, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, "findLooseFullVersionEndIndex");
    var findPartialVersionComponentEndIndex = /* @__PURE__ */ __name((range, start, digitRuns) => {
      if (isDigit(range[start])) {
        return findVersionNumberEndIndex(range, start, false, digitRuns);
      }
      return isVersionStart(range[start]) ? start + 1 : start;
    }, "findPartialVersionComponentEndIndex");
    var findPartialVersionEndIndex = /* @__PURE__ */ __name((range, start, digitRuns) => {
      let end = findPartialVersionComponentEndIndex(range, start, digitRuns);
      for (let component = 0; component < 2; component++) {
        if (range[end] !== ".") {
          return end;
        }
        const next = findPartialVersionComponentEndIndex(range, end + 1, digitRuns);
        if (next === end + 1) {
          return end;
        }
        end = next;
      }
      const prereleaseEnd = findPrereleaseEndIndex(range, end, false, digitRuns);
      return findBuildEndIndex(range, prereleaseEnd);
    }, "findPartialVersionEndIndex");
    var findVersionEndIndex = /* @__PURE__ */ __name((range, start, digitRuns) => {
      const fullVersionEnd = findLooseFullVersionEndIndex(range, start, digitRuns);
      return fullVersionEnd !== start ? fullVersionEnd : findPartialVersionEndIndex(range, start, digitRuns);
    }, "findVersionEndIndex");
    var findRemovableWhitespaceIndex = /* @__PURE__ */ __name((range, matchStart) => {
      let position = matchStart;
      if (isWhitespace(range[position])) {
        position++;
      }
      if (range[position] === "<" || range[position] === ">") {
        position++;
      }
      if (range[position] === "=") {
        position++;
      }
      return isWhitespace(range[position]) ? position : -1;
    }, "findRemovableWhitespaceIndex");
    var trimComparatorWhitespace = /* @__PURE__ */ __name((range) => {
      let result = "";
      let copyFrom = 0;
      let cursor = 0;
      const digitRuns = { start: -1, end: -1, previousStart: -1, previousEnd: -1 };
      while (cursor < range.length) {
        const matchStart = cursor;
        if (range[cursor] === "<" || range[cursor] === ">") {
          cursor++;
        } else if (!isVersionPrefix(range[cursor]) && !isVersionStart(range[cursor])) {
          cursor++;
          continue;
        }
        while (cursor < range.length && isVersionPrefix(range[cursor])) {
          cursor++;
        }
        if (!isVersionStart(range[cursor])) {
          continue;
        }
        const whitespacePosition = findRemovableWhitespaceIndex(range, matchStart);
        if (whitespacePosition !== -1) {
          result += range.slice(copyFrom, whitespacePosition);
          copyFrom = whitespacePosition + 1;
        }
        cursor = findVersionEndIndex(range, cursor, digitRuns);
      }
      return result + range.slice(copyFrom);
    }, "trimComparatorWhitespace");
    module.exports = trimComparatorWhitespace;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/classes/range.js
var require_range = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/classes/range.js"(exports, module) {
    "use strict";
    var SPACE_CHARACTERS = /\s+/g;
    var Range = class _Range {
      static {
        __name(this, "Range");
      }
      constructor(range, options) {
        options = parseOptions(options);
        if (range instanceof _Range) {
          if (range.loose === !!options.loose && range.includePrerelease === !!options.includePrerelease) {
            return range;
          } else {
            return new _Range(range.raw, options);
          }
        }
        if (range instanceof Comparator) {
          this.raw = range.value;
          this.set = [[range]];
          this.formatted = void 0;
          return this;
        }
        this.options = options;
        this.loose = !!options.loose;
        this.includePrerelease = !!options.includePrerelease;
        this.raw = range.trim().replace(SPACE_CHARACTERS, " ");
        this.set = this.raw.split("||").map((r) => this.parseRange(r.trim())).filter((c) => c.length);
        if (!this.set.length) {
          throw new TypeError(`Invalid SemVer Range: ${this.raw}`);
        }
        if (this.set.length > 1) {
          const first = this.set[0];
          this.set = this.set.filter((c) => !isNullSet(c[0]));
          if (this.set.length === 0) {
            this.set = [first];
          } else if (this.set.length > 1) {
            for (const c of this.set) {
              if (c.length === 1 && isAny(c[0])) {
                this.set = [c];
                break;
              }
            }
          }
        }
        this.formatted = void 0;
      }
      get range() {
        if (this.formatted === void 0) {
          this.formatted = "";
          for (let i = 0; i < this.set.length; i++) {
            if (i > 0) {
              this.formatted += "||";
            }
            const comps = this.set[i];
            for (let k = 0; k < comps.length; k++) {
              if (k > 0) {
                this.formatted += " ";
              }
              this.formatted += comps[k].toString().trim();
            }
          }
        }
        return this.formatted;
      }
      format() {
        return this.range;
      }
      toString() {
        return this.range;
      }
      parseRange(range) {
        range = range.replace(BUILDSTRIPRE, "");
        const memoOpts = (this.options.includePrerelease && FLAG_INCLUDE_PRERELEASE) | (this.options.loose && FLAG_LOOSE);
        const memoKey = memoOpts + ":" + range;
        const cached = cache.get(memoKey);
        if (cached) {
          return cached;
        }
        const loose = this.options.loose;
        const hr = loose ? re[t.HYPHENRANGELOOSE] : re[t.HYPHENRANGE];
        range = range.replace(hr, hyphenReplace(this.options.includePrerelease));
        debug3("hyphen replace", range);
        range = trimComparatorWhitespace(range);
        debug3("comparator trim", range);
        range = range.replace(re[t.TILDETRIM], tildeTrimReplace);
        debug3("tilde trim", range);
        range = range.replace(re[t.CARETTRIM], caretTrimReplace);
        debug3("caret trim", range);
        let rangeList = range.split(" ").map((comp) => parseComparator(comp, this.options)).join(" ").split(/\s+/).map((comp) => replaceGTE0(comp, this.options));
        if (loose) {
          rangeList = rangeList.filter((comp) => {
            debug3("loose invalid filter", comp, this.options);
            return !!comp.match(re[t.COMPARATORLOOSE]);
          });
        }
        debug3("range list", rangeList);
        const rangeMap = /* @__PURE__ */ new Map();
        const comparators = rangeList.map((comp) => new Comparator(comp, this.options));
        for (const comp of comparators) {
          if (isNullSet(comp)) {
            return [comp];
          }
          rangeMap.set(comp.value, comp);
        }
        if (rangeMap.size > 1 && rangeMap.has("")) {
          rangeMap.delete("");
        }
        const result = [...rangeMap.values()];
        cache.set(memoKey, result);
        return result;
      }
      intersects(range, options) {
        if (!(range instanceof _Range)) {
          throw new TypeError("a Range is required");
        }
        return this.set.some((thisComparators) => {
          return isSatisfiable(thisComparators, options) && range.set.some((rangeComparators) => {
            return isSatisfiable(rangeComparators, options) && thisComparators.every((thisComparator) => {
              return rangeComparators.every((rangeComparator) => {
                return thisComparator.intersects(rangeComparator, options);
              });
            });
          });
        });
      }
      // if ANY of the sets match ALL of its comparators, then pass
      test(version) {
        if (!version) {
          return false;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        for (let i = 0; i < this.set.length; i++) {
          if (testSet(this.set[i], version, this.options)) {
            return true;
          }
        }
        return false;
      }
    };
    module.exports = Range;
    var LRU = require_lrucache();
    var cache = new LRU();
    var parseOptions = require_parse_options();
    var Comparator = require_comparator();
    var debug3 = require_debug();
    var SemVer = require_semver();
    var trimComparatorWhitespace = require_trim_comparator_whitespace();
    var {
      safeRe: re,
      src,
      t,
      tildeTrimReplace,
      caretTrimReplace
    } = require_re();
    var { FLAG_INCLUDE_PRERELEASE, FLAG_LOOSE } = require_constants2();
    var BUILDSTRIPRE = new RegExp(src[t.BUILD], "g");
    var isNullSet = /* @__PURE__ */ __name((c) => c.value === "<0.0.0-0", "isNullSet");
    var isAny = /* @__PURE__ */ __name((c) => c.value === "", "isAny");
    var isSatisfiable = /* @__PURE__ */ __name((comparators, options) => {
      let result = true;
      const remainingComparators = comparators.slice();
      let testComparator = remainingComparators.pop();
      while (result && remainingComparators.length) {
        result = remainingComparators.every((otherComparator) => {
          return testComparator.intersects(otherComparator, options);
        });
        testComparator = remainingComparators.pop();
      }
      return result;
    }, "isSatisfiable");
    var parseComparator = /* @__PURE__ */ __name((comp, options) => {
      comp = comp.replace(re[t.BUILD], "");
      debug3("comp", comp, options);
      comp = replaceCarets(comp, options);
      debug3("caret", comp);
      comp = replaceTildes(comp, options);
      debug3("tildes", comp);
      comp = replaceXRanges(comp, options);
      debug3("xrange", comp);
      comp = replaceStars(comp, options);
      debug3("stars", comp);
      return comp;
    }, "parseComparator");
    var isX = /* @__PURE__ */ __name((id) => !id || id.toLowerCase() === "x" || id === "*", "isX");
    var invalidXRangeOrder = /* @__PURE__ */ __name((M, m, p) => isX(M) && !isX(m) || isX(m) && p && !isX(p), "invalidXRangeOrder");
    var replaceTildes = /* @__PURE__ */ __name((comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceTilde(c, options)).join(" ");
    }, "replaceTildes");
    var replaceTilde = /* @__PURE__ */ __name((comp, options) => {
      const r = options.loose ? re[t.TILDELOOSE] : re[t.TILDE];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug3("tilde", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
        } else if (pr) {
          debug3("replaceTilde pr", pr);
          ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
        } else {
          ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
        }
        debug3("tilde return", ret);
        return ret;
      });
    }, "replaceTilde");
    var replaceCarets = /* @__PURE__ */ __name((comp, options) => {
      return comp.trim().split(/\s+/).map((c) => replaceCaret(c, options)).join(" ");
    }, "replaceCarets");
    var replaceCaret = /* @__PURE__ */ __name((comp, options) => {
      debug3("caret", comp, options);
      const r = options.loose ? re[t.CARETLOOSE] : re[t.CARET];
      const z = options.includePrerelease ? "-0" : "";
      return comp.replace(r, (_, M, m, p, pr) => {
        debug3("caret", comp, _, M, m, p, pr);
        let ret;
        if (isX(M)) {
          ret = "";
        } else if (isX(m)) {
          ret = `>=${M}.0.0${z} <${+M + 1}.0.0-0`;
        } else if (isX(p)) {
          if (M === "0") {
            ret = `>=${M}.${m}.0${z} <${M}.${+m + 1}.0-0`;
          } else {
            ret = `>=${M}.${m}.0${z} <${+M + 1}.0.0-0`;
          }
        } else if (pr) {
          debug3("replaceCaret pr", pr);
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p}-${pr} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p}-${pr} <${+M + 1}.0.0-0`;
          }
        } else {
          debug3("no pr");
          if (M === "0") {
            if (m === "0") {
              ret = `>=${M}.${m}.${p} <${M}.${m}.${+p + 1}-0`;
            } else {
              ret = `>=${M}.${m}.${p} <${M}.${+m + 1}.0-0`;
            }
          } else {
            ret = `>=${M}.${m}.${p} <${+M + 1}.0.0-0`;
          }
        }
        debug3("caret return", ret);
        return ret;
      });
    }, "replaceCaret");
    var replaceXRanges = /* @__PURE__ */ __name((comp, options) => {
      debug3("replaceXRanges", comp, options);
      return comp.split(/\s+/).map((c) => replaceXRange(c, options)).join(" ");
    }, "replaceXRanges");
    var replaceXRange = /* @__PURE__ */ __name((comp, options) => {
      comp = comp.trim();
      const r = options.loose ? re[t.XRANGELOOSE] : re[t.XRANGE];
      return comp.replace(r, (ret, gtlt, M, m, p, pr) => {
        debug3("xRange", comp, ret, gtlt, M, m, p, pr);
        if (invalidXRangeOrder(M, m, p)) {
          return comp;
        }
        const xM = isX(M);
        const xm = xM || isX(m);
        const xp = xm || isX(p);
        const anyX = xp;
        if (gtlt === "=" && anyX) {
          gtlt = "";
        }
        pr = options.includePrerelease ? "-0" : "";
        if (xM) {
          if (gtlt === ">" || gtlt === "<") {
            ret = "<0.0.0-0";
          } else {
            ret = "*";
          }
        } else if (gtlt && anyX) {
          if (xm) {
            m = 0;
          }
          p = 0;
          if (gtlt === ">") {
            gtlt = ">=";
            if (xm) {
              M = +M + 1;
              m = 0;
              p = 0;
            } else {
              m = +m + 1;
              p = 0;
            }
          } else if (gtlt === "<=") {
            gtlt = "<";
            if (xm) {
              M = +M + 1;
            } else {
              m = +m + 1;
            }
          }
          if (gtlt === "<") {
            pr = "-0";
          }
          ret = `${gtlt + M}.${m}.${p}${pr}`;
        } else if (xm) {
          ret = `>=${M}.0.0${pr} <${+M + 1}.0.0-0`;
        } else if (xp) {
          ret = `>=${M}.${m}.0${pr} <${M}.${+m + 1}.0-0`;
        }
        debug3("xRange return", ret);
        return ret;
      });
    }, "replaceXRange");
    var replaceStars = /* @__PURE__ */ __name((comp, options) => {
      debug3("replaceStars", comp, options);
      return comp.trim().replace(re[t.STAR], "");
    }, "replaceStars");
    var replaceGTE0 = /* @__PURE__ */ __name((comp, options) => {
      debug3("replaceGTE0", comp, options);
      return comp.trim().replace(re[options.includePrerelease ? t.GTE0PRE : t.GTE0], "");
    }, "replaceGTE0");
    var hyphenReplace = /* @__PURE__ */ __name((incPr) => ($0, from, fM, fm, fp, fpr, fb, to, tM, tm, tp, tpr) => {
      if (isX(fM)) {
        from = "";
      } else if (isX(fm)) {
        from = `>=${fM}.0.0${incPr ? "-0" : ""}`;
      } else if (isX(fp)) {
        from = `>=${fM}.${fm}.0${incPr ? "-0" : ""}`;
      } else if (fpr) {
        from = `>=${from}`;
      } else {
        from = `>=${from}${incPr ? "-0" : ""}`;
      }
      if (isX(tM)) {
        to = "";
      } else if (isX(tm)) {
        to = `<${+tM + 1}.0.0-0`;
      } else if (isX(tp)) {
        to = `<${tM}.${+tm + 1}.0-0`;
      } else if (tpr) {
        to = `<=${tM}.${tm}.${tp}-${tpr}`;
      } else if (incPr) {
        to = `<${tM}.${tm}.${+tp + 1}-0`;
      } else {
        to = `<=${to}`;
      }
      return `${from} ${to}`.trim();
    }, "hyphenReplace");
    var testSet = /* @__PURE__ */ __name((set, version, options) => {
      for (let i = 0; i < set.length; i++) {
        if (!set[i].test(version)) {
          return false;
        }
      }
      if (version.prerelease.length && !options.includePrerelease) {
        for (let i = 0; i < set.length; i++) {
          debug3(set[i].semver);
          if (set[i].semver === Comparator.ANY) {
            continue;
          }
          if (set[i].semver.prerelease.length > 0) {
            const allowed = set[i].semver;
            if (allowed.major === version.major && allowed.minor === version.minor && allowed.patch === version.patch) {
              return true;
            }
          }
        }
        return false;
      }
      return true;
    }, "testSet");
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/classes/comparator.js
var require_comparator = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/classes/comparator.js"(exports, module) {
    "use strict";
    var ANY = /* @__PURE__ */ Symbol("SemVer ANY");
    var Comparator = class _Comparator {
      static {
        __name(this, "Comparator");
      }
      static get ANY() {
        return ANY;
      }
      constructor(comp, options) {
        options = parseOptions(options);
        if (comp instanceof _Comparator) {
          if (comp.loose === !!options.loose) {
            return comp;
          } else {
            comp = comp.value;
          }
        }
        comp = comp.trim().split(/\s+/).join(" ");
        debug3("comparator", comp, options);
        this.options = options;
        this.loose = !!options.loose;
        this.parse(comp);
        if (this.semver === ANY) {
          this.value = "";
        } else {
          this.value = this.operator + this.semver.version;
        }
        debug3("comp", this);
      }
      parse(comp) {
        const r = this.options.loose ? re[t.COMPARATORLOOSE] : re[t.COMPARATOR];
        const m = comp.match(r);
        if (!m) {
          throw new TypeError(`Invalid comparator: ${comp}`);
        }
        this.operator = m[1] !== void 0 ? m[1] : "";
        if (this.operator === "=") {
          this.operator = "";
        }
        if (!m[2]) {
          this.semver = ANY;
        } else {
          this.semver = new SemVer(m[2], this.options.loose);
        }
      }
      toString() {
        return this.value;
      }
      test(version) {
        debug3("Comparator.test", version, this.options.loose);
        if (this.semver === ANY || version === ANY) {
          return true;
        }
        if (typeof version === "string") {
          try {
            version = new SemVer(version, this.options);
          } catch (er) {
            return false;
          }
        }
        return cmp(version, this.operator, this.semver, this.options);
      }
      intersects(comp, options) {
        if (!(comp instanceof _Comparator)) {
          throw new TypeError("a Comparator is required");
        }
        if (this.operator === "") {
          if (this.value === "") {
            return true;
          }
          return new Range(comp.value, options).test(this.value);
        } else if (comp.operator === "") {
          if (comp.value === "") {
            return true;
          }
          return new Range(this.value, options).test(comp.semver);
        }
        options = parseOptions(options);
        if (options.includePrerelease && (this.value === "<0.0.0-0" || comp.value === "<0.0.0-0")) {
          return false;
        }
        if (!options.includePrerelease && (this.value.startsWith("<0.0.0") || comp.value.startsWith("<0.0.0"))) {
          return false;
        }
        if (this.operator.startsWith(">") && comp.operator.startsWith(">")) {
          return true;
        }
        if (this.operator.startsWith("<") && comp.operator.startsWith("<")) {
          return true;
        }
        if (this.semver.version === comp.semver.version && this.operator.includes("=") && comp.operator.includes("=")) {
          return true;
        }
        if (cmp(this.semver, "<", comp.semver, options) && this.operator.startsWith(">") && comp.operator.startsWith("<")) {
          return true;
        }
        if (cmp(this.semver, ">", comp.semver, options) && this.operator.startsWith("<") && comp.operator.startsWith(">")) {
          return true;
        }
        return false;
      }
    };
    module.exports = Comparator;
    var parseOptions = require_parse_options();
    var { safeRe: re, t } = require_re();
    var cmp = require_cmp();
    var debug3 = require_debug();
    var SemVer = require_semver();
    var Range = require_range();
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/satisfies.js
var require_satisfies = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/satisfies.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var satisfies = /* @__PURE__ */ __name((version, range, options) => {
      try {
        range = new Range(range, options);
      } catch (er) {
        return false;
      }
      return range.test(version);
    }, "satisfies");
    module.exports = satisfies;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/to-comparators.js
var require_to_comparators = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/to-comparators.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var toComparators = /* @__PURE__ */ __name((range, options) => new Range(range, options).set.map((comp) => comp.map((c) => c.value).join(" ").trim().split(" ")), "toComparators");
    module.exports = toComparators;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/max-satisfying.js
var require_max_satisfying = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/max-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var maxSatisfying = /* @__PURE__ */ __name((versions, range, options) => {
      let max = null;
      let maxSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!max || maxSV.compare(v) === -1) {
            max = v;
            maxSV = new SemVer(max, options);
          }
        }
      });
      return max;
    }, "maxSatisfying");
    module.exports = maxSatisfying;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/min-satisfying.js
var require_min_satisfying = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/min-satisfying.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var minSatisfying = /* @__PURE__ */ __name((versions, range, options) => {
      let min = null;
      let minSV = null;
      let rangeObj = null;
      try {
        rangeObj = new Range(range, options);
      } catch (er) {
        return null;
      }
      versions.forEach((v) => {
        if (rangeObj.test(v)) {
          if (!min || minSV.compare(v) === 1) {
            min = v;
            minSV = new SemVer(min, options);
          }
        }
      });
      return min;
    }, "minSatisfying");
    module.exports = minSatisfying;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/min-version.js
var require_min_version = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/min-version.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Range = require_range();
    var gt = require_gt();
    var minVersion = /* @__PURE__ */ __name((range, loose) => {
      range = new Range(range, loose);
      let minver = new SemVer("0.0.0");
      if (range.test(minver)) {
        return minver;
      }
      minver = new SemVer("0.0.0-0");
      if (range.test(minver)) {
        return minver;
      }
      minver = null;
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let setMin = null;
        comparators.forEach((comparator) => {
          const compver = new SemVer(comparator.semver.version);
          switch (comparator.operator) {
            case ">":
              if (compver.prerelease.length === 0) {
                compver.patch++;
              } else {
                compver.prerelease.push(0);
              }
              compver.raw = compver.format();
            /* fallthrough */
            case "":
            case ">=":
              if (!setMin || gt(compver, setMin)) {
                setMin = compver;
              }
              break;
            case "<":
            case "<=":
              break;
            /* istanbul ignore next */
            default:
              throw new Error(`Unexpected operation: ${comparator.operator}`);
          }
        });
        if (setMin && (!minver || gt(minver, setMin))) {
          minver = setMin;
        }
      }
      if (minver && range.test(minver)) {
        return minver;
      }
      return null;
    }, "minVersion");
    module.exports = minVersion;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/valid.js
var require_valid2 = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/valid.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var validRange = /* @__PURE__ */ __name((range, options) => {
      try {
        return new Range(range, options).range || "*";
      } catch (er) {
        return null;
      }
    }, "validRange");
    module.exports = validRange;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/outside.js
var require_outside = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/outside.js"(exports, module) {
    "use strict";
    var SemVer = require_semver();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var Range = require_range();
    var satisfies = require_satisfies();
    var gt = require_gt();
    var lt = require_lt();
    var lte = require_lte();
    var gte = require_gte();
    var outside2 = /* @__PURE__ */ __name((version, range, hilo, options) => {
      version = new SemVer(version, options);
      range = new Range(range, options);
      let gtfn, ltefn, ltfn, comp, ecomp;
      switch (hilo) {
        case ">":
          gtfn = gt;
          ltefn = lte;
          ltfn = lt;
          comp = ">";
          ecomp = ">=";
          break;
        case "<":
          gtfn = lt;
          ltefn = gte;
          ltfn = gt;
          comp = "<";
          ecomp = "<=";
          break;
        default:
          throw new TypeError('Must provide a hilo val of "<" or ">"');
      }
      if (satisfies(version, range, options)) {
        return false;
      }
      for (let i = 0; i < range.set.length; ++i) {
        const comparators = range.set[i];
        let high = null;
        let low = null;
        comparators.forEach((comparator) => {
          if (comparator.semver === ANY) {
            comparator = new Comparator(">=0.0.0");
          }
          high = high || comparator;
          low = low || comparator;
          if (gtfn(comparator.semver, high.semver, options)) {
            high = comparator;
          } else if (ltfn(comparator.semver, low.semver, options)) {
            low = comparator;
          }
        });
        if (high.operator === comp || high.operator === ecomp) {
          return false;
        }
        if ((!low.operator || low.operator === comp) && ltefn(version, low.semver)) {
          return false;
        } else if (low.operator === ecomp && ltfn(version, low.semver)) {
          return false;
        }
      }
      return true;
    }, "outside");
    module.exports = outside2;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/gtr.js
var require_gtr = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/gtr.js"(exports, module) {
    "use strict";
    var outside2 = require_outside();
    var gtr = /* @__PURE__ */ __name((version, range, options) => outside2(version, range, ">", options), "gtr");
    module.exports = gtr;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/ltr.js
var require_ltr = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/ltr.js"(exports, module) {
    "use strict";
    var outside2 = require_outside();
    var ltr = /* @__PURE__ */ __name((version, range, options) => outside2(version, range, "<", options), "ltr");
    module.exports = ltr;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/intersects.js
var require_intersects = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/intersects.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var intersects = /* @__PURE__ */ __name((r1, r2, options) => {
      r1 = new Range(r1, options);
      r2 = new Range(r2, options);
      return r1.intersects(r2, options);
    }, "intersects");
    module.exports = intersects;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/simplify.js
var require_simplify = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/simplify.js"(exports, module) {
    "use strict";
    var satisfies = require_satisfies();
    var compare = require_compare();
    module.exports = (versions, range, options) => {
      const set = [];
      let first = null;
      let prev = null;
      const v = versions.sort((a, b) => compare(a, b, options));
      for (const version of v) {
        const included = satisfies(version, range, options);
        if (included) {
          prev = version;
          if (!first) {
            first = version;
          }
        } else {
          if (prev) {
            set.push([first, prev]);
          }
          prev = null;
          first = null;
        }
      }
      if (first) {
        set.push([first, null]);
      }
      const ranges = [];
      for (const [min, max] of set) {
        if (min === max) {
          ranges.push(min);
        } else if (!max && min === v[0]) {
          ranges.push("*");
        } else if (!max) {
          ranges.push(`>=${min}`);
        } else if (min === v[0]) {
          ranges.push(`<=${max}`);
        } else {
          ranges.push(`${min} - ${max}`);
        }
      }
      const simplified = ranges.join(" || ");
      const original = typeof range.raw === "string" ? range.raw : String(range);
      return simplified.length < original.length ? simplified : range;
    };
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/ranges/subset.js
var require_subset = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/ranges/subset.js"(exports, module) {
    "use strict";
    var Range = require_range();
    var Comparator = require_comparator();
    var { ANY } = Comparator;
    var satisfies = require_satisfies();
    var compare = require_compare();
    var subset = /* @__PURE__ */ __name((sub, dom, options = {}) => {
      if (sub === dom) {
        return true;
      }
      sub = new Range(sub, options);
      dom = new Range(dom, options);
      let sawNonNull = false;
      OUTER: for (const simpleSub of sub.set) {
        for (const simpleDom of dom.set) {
          const isSub = simpleSubset(simpleSub, simpleDom, options);
          sawNonNull = sawNonNull || isSub !== null;
          if (isSub) {
            continue OUTER;
          }
        }
        if (sawNonNull) {
          return false;
        }
      }
      return true;
    }, "subset");
    var minimumVersionWithPreRelease = [new Comparator(">=0.0.0-0")];
    var minimumVersion = [new Comparator(">=0.0.0")];
    var simpleSubset = /* @__PURE__ */ __name((sub, dom, options) => {
      if (sub === dom) {
        return true;
      }
      if (sub.length === 1 && sub[0].semver === ANY) {
        if (dom.length === 1 && dom[0].semver === ANY) {
          return true;
        } else if (options.includePrerelease) {
          sub = minimumVersionWithPreRelease;
        } else {
          sub = minimumVersion;
        }
      }
      if (dom.length === 1 && dom[0].semver === ANY) {
        if (options.includePrerelease) {
          return true;
        } else {
          dom = minimumVersion;
        }
      }
      const eqSet = /* @__PURE__ */ new Set();
      let gt, lt;
      for (const c of sub) {
        if (c.operator === ">" || c.operator === ">=") {
          gt = higherGT(gt, c, options);
        } else if (c.operator === "<" || c.operator === "<=") {
          lt = lowerLT(lt, c, options);
        } else {
          eqSet.add(c.semver);
        }
      }
      if (eqSet.size > 1) {
        return null;
      }
      let gtltComp;
      if (gt && lt) {
        gtltComp = compare(gt.semver, lt.semver, options);
        if (gtltComp > 0) {
          return null;
        } else if (gtltComp === 0 && (gt.operator !== ">=" || lt.operator !== "<=")) {
          return null;
        }
      }
      for (const eq of eqSet) {
        if (gt && !satisfies(eq, String(gt), options)) {
          return null;
        }
        if (lt && !satisfies(eq, String(lt), options)) {
          return null;
        }
        for (const c of dom) {
          if (!satisfies(eq, String(c), options)) {
            return false;
          }
        }
        return true;
      }
      let higher, lower;
      let hasDomLT, hasDomGT;
      let needDomLTPre = lt && !options.includePrerelease && lt.semver.prerelease.length ? lt.semver : false;
      let needDomGTPre = gt && !options.includePrerelease && gt.semver.prerelease.length ? gt.semver : false;
      if (needDomLTPre && needDomLTPre.prerelease.length === 1 && lt.operator === "<" && needDomLTPre.prerelease[0] === 0) {
        needDomLTPre = false;
      }
      for (const c of dom) {
        hasDomGT = hasDomGT || c.operator === ">" || c.operator === ">=";
        hasDomLT = hasDomLT || c.operator === "<" || c.operator === "<=";
        if (gt) {
          if (needDomGTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomGTPre.major && c.semver.minor === needDomGTPre.minor && c.semver.patch === needDomGTPre.patch) {
              needDomGTPre = false;
            }
          }
          if (c.operator === ">" || c.operator === ">=") {
            higher = higherGT(gt, c, options);
            if (higher === c && higher !== gt) {
              return false;
            }
          } else if (gt.operator === ">=" && !c.test(gt.semver)) {
            return false;
          }
        }
        if (lt) {
          if (needDomLTPre) {
            if (c.semver.prerelease && c.semver.prerelease.length && c.semver.major === needDomLTPre.major && c.semver.minor === needDomLTPre.minor && c.semver.patch === needDomLTPre.patch) {
              needDomLTPre = false;
            }
          }
          if (c.operator === "<" || c.operator === "<=") {
            lower = lowerLT(lt, c, options);
            if (lower === c && lower !== lt) {
              return false;
            }
          } else if (lt.operator === "<=" && !c.test(lt.semver)) {
            return false;
          }
        }
        if (!c.operator && (lt || gt) && gtltComp !== 0) {
          return false;
        }
      }
      if (gt && hasDomLT && !lt && gtltComp !== 0) {
        return false;
      }
      if (lt && hasDomGT && !gt && gtltComp !== 0) {
        return false;
      }
      if (needDomGTPre || needDomLTPre) {
        return false;
      }
      return true;
    }, "simpleSubset");
    var higherGT = /* @__PURE__ */ __name((a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp > 0 ? a : comp < 0 ? b : b.operator === ">" && a.operator === ">=" ? b : a;
    }, "higherGT");
    var lowerLT = /* @__PURE__ */ __name((a, b, options) => {
      if (!a) {
        return b;
      }
      const comp = compare(a.semver, b.semver, options);
      return comp < 0 ? a : comp > 0 ? b : b.operator === "<" && a.operator === "<=" ? b : a;
    }, "lowerLT");
    module.exports = subset;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/index.js
var require_semver2 = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/index.js"(exports, module) {
    "use strict";
    var internalRe = require_re();
    var constants = require_constants2();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse = require_parse2();
    var valid = require_valid();
    var clean = require_clean();
    var inc = require_inc();
    var diff = require_diff();
    var major = require_major();
    var minor = require_minor();
    var patch = require_patch();
    var prerelease = require_prerelease();
    var compare = require_compare();
    var rcompare = require_rcompare();
    var compareLoose = require_compare_loose();
    var compareBuild = require_compare_build();
    var sort = require_sort();
    var rsort = require_rsort();
    var gt = require_gt();
    var lt = require_lt();
    var eq = require_eq();
    var neq = require_neq();
    var gte = require_gte();
    var lte = require_lte();
    var cmp = require_cmp();
    var coerce = require_coerce();
    var truncate = require_truncate();
    var Comparator = require_comparator();
    var Range = require_range();
    var satisfies = require_satisfies();
    var toComparators = require_to_comparators();
    var maxSatisfying = require_max_satisfying();
    var minSatisfying = require_min_satisfying();
    var minVersion = require_min_version();
    var validRange = require_valid2();
    var outside2 = require_outside();
    var gtr = require_gtr();
    var ltr = require_ltr();
    var intersects = require_intersects();
    var simplifyRange = require_simplify();
    var subset = require_subset();
    module.exports = {
      parse,
      valid,
      clean,
      inc,
      diff,
      major,
      minor,
      patch,
      prerelease,
      compare,
      rcompare,
      compareLoose,
      compareBuild,
      sort,
      rsort,
      gt,
      lt,
      eq,
      neq,
      gte,
      lte,
      cmp,
      coerce,
      truncate,
      Comparator,
      Range,
      satisfies,
      toComparators,
      maxSatisfying,
      minSatisfying,
      minVersion,
      validRange,
      outside: outside2,
      gtr,
      ltr,
      intersects,
      simplifyRange,
      subset,
      SemVer,
      re: internalRe.re,
      src: internalRe.src,
      tokens: internalRe.t,
      SEMVER_SPEC_VERSION: constants.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// actions/drift-report/src/main.ts
import { join as join9 } from "node:path";

// node_modules/@mlops-actions/action-kit/src/inputs.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

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
  const missing2 = [];
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
      missing2.push(d);
    }
  }
  let first;
  for (const d of missing2.reverse()) {
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

// node_modules/@mlops-actions/action-kit/src/inputs.ts
var fromEnvironment = /* @__PURE__ */ __name((name) => getInput(name, { trimWhitespace: true }), "fromEnvironment");
var TRUE = ["true", "True", "TRUE"];
var FALSE = ["false", "False", "FALSE"];
var Inputs = class {
  static {
    __name(this, "Inputs");
  }
  source;
  constructor(source = fromEnvironment) {
    this.source = source;
  }
  /** The raw value, or undefined when empty. */
  optional(name) {
    const v = this.source(name);
    return v === "" ? void 0 : v;
  }
  string(name, fallback) {
    return this.optional(name) ?? fallback ?? missing(name);
  }
  /** A token or other credential: masked in the log before anything can print it. */
  secret(name, options = {}) {
    const v = this.optional(name);
    if (v !== void 0) setSecret(v);
    if (v === void 0 && options.required) {
      throw new UserError("is required but was not set", { input: name, fix: `Pass it, e.g. '${name}: \${{ secrets.GITHUB_TOKEN }}'` });
    }
    return v;
  }
  /** YAML 1.2 core booleans, as @actions/core accepts them. */
  boolean(name, fallback) {
    const v = this.optional(name);
    if (v === void 0) return fallback;
    if (TRUE.includes(v)) return true;
    if (FALSE.includes(v)) return false;
    throw new UserError(`must be true or false, got '${v}'`, { input: name });
  }
  number(name, fallback, limits = {}) {
    const raw = this.optional(name);
    if (raw === void 0) {
      return fallback ?? missing(name);
    }
    const n = Number(raw);
    const kind = limits.integer ? "an integer" : "a number";
    if (raw.trim() === "" || !Number.isFinite(n) || limits.integer && !Number.isInteger(n)) {
      throw new UserError(`must be ${kind}, got '${raw}'`, { input: name });
    }
    if (limits.min !== void 0 && n < limits.min) throw new UserError(`must be at least ${limits.min}, got ${n}`, { input: name });
    if (limits.max !== void 0 && n > limits.max) throw new UserError(`must be at most ${limits.max}, got ${n}`, { input: name });
    return n;
  }
  choice(name, allowed, fallback) {
    const v = this.optional(name) ?? fallback;
    if (v === void 0) return missing(name);
    if (!allowed.includes(v)) {
      throw new UserError(`must be one of ${allowed.map((a) => `'${a}'`).join(", ")}, got '${v}'`, { input: name });
    }
    return v;
  }
  /** One item per line; blank lines and lines starting with '#' are ignored. */
  list(name, options = {}) {
    const v = this.optional(name);
    if (v === void 0) {
      return options.required ? missing(name) : [];
    }
    return v.split(/\r?\n/).flatMap((line) => options.commas ? line.split(",") : [line]).map((s) => s.trim()).filter((s) => s !== "" && !s.startsWith("#"));
  }
  /** A path resolved inside `root` (normally the workspace). */
  path(name, options) {
    const v = this.optional(name) ?? options.fallback;
    return v === void 0 ? void 0 : resolveInside(options.root, v, { input: name });
  }
  /**
   * One file or directory: a relative path stays inside `root` (the workspace); an absolute one is taken
   * as it is (e.g. under runner.temp, or a serving directory on a self-hosted runner). `display` is
   * the path to show in messages: workspace-relative when inside it.
   */
  file(name, options) {
    const v = this.optional(name);
    if (v === void 0) return void 0;
    if (/[\r\n]/.test(v))
      throw new UserError("must be one path, got several lines", { input: name, fix: "Give a single path on one line" });
    const path = isAbsolute2(v) ? resolve2(v) : resolveInside(options.root, v, { input: name });
    const rel = relative2(options.root, path);
    return { path, display: rel && !rel.startsWith("..") && !isAbsolute2(rel) ? rel.split(sep2).join("/") : path };
  }
  /** A duration such as `90m`, `12h`, `30d`, `2w`; returned in milliseconds. */
  duration(name) {
    const v = this.optional(name);
    if (v === void 0) return void 0;
    const ms = parseDuration(v);
    if (ms === void 0) {
      throw new UserError(`'${v}' is not a duration`, { input: name, fix: "Write a number and a unit: s, m, h, d or w (e.g. 30d)" });
    }
    return ms;
  }
};
function missing(name) {
  throw new UserError("is required but was not set", { input: name, fix: `Add '${name}:' under 'with:' in the step` });
}
__name(missing, "missing");
var UNIT_MS = { s: 1e3, m: 6e4, h: 36e5, d: 864e5, w: 7 * 864e5 };
function parseDuration(text) {
  const m = /^(\d+(?:\.\d+)?)\s*([smhdw])$/.exec(text.trim());
  if (!m) return void 0;
  return Number(m[1]) * UNIT_MS[m[2]];
}
__name(parseDuration, "parseDuration");
function mappingInput(inputs, name) {
  const v = inputs.optional(name);
  if (v === void 0) return void 0;
  let parsed;
  try {
    parsed = parseStructured(v, `input '${name}'`).value;
  } catch (e) {
    throw new UserError(`is not valid YAML or JSON: ${e.message}`, { input: name });
  }
  if (parsed === null || typeof parsed !== "object" || Array.isArray(parsed)) {
    throw new UserError("must be a mapping (key: value lines, or a JSON object)", { input: name });
  }
  return parsed;
}
__name(mappingInput, "mappingInput");

// node_modules/@mlops-actions/action-kit/src/annotations.ts
import { isAbsolute as isAbsolute3, relative as relative3 } from "node:path";
function properties(place) {
  const ws = process.env["GITHUB_WORKSPACE"];
  let file = place.file;
  if (file && ws && isAbsolute3(file)) {
    const rel = relative3(ws, file);
    if (!rel.startsWith("..")) file = rel.split("\\").join("/");
  }
  const props = {};
  if (file) props.file = file;
  if (place.line) props.startLine = place.line;
  if (place.column) props.startColumn = place.column;
  if (place.title) props.title = place.title;
  return props;
}
__name(properties, "properties");
var annotate = {
  error: /* @__PURE__ */ __name((message, place = {}) => error(message, properties(place)), "error"),
  warning: /* @__PURE__ */ __name((message, place = {}) => warning(message, properties(place)), "warning"),
  notice: /* @__PURE__ */ __name((message, place = {}) => notice(message, properties(place)), "notice")
};

// node_modules/@mlops-actions/action-kit/src/run.ts
function debugEnabled() {
  return isDebug() || process.env["ACTIONS_STEP_DEBUG"] === "true";
}
__name(debugEnabled, "debugEnabled");
async function run(body) {
  try {
    await body();
  } catch (e) {
    if (isUserError(e)) {
      if (e.file) {
        annotate.error(e.message, { file: e.file, line: e.line, column: e.column });
        process.exitCode = ExitCode.Failure;
      } else setFailed(e.message);
    } else if (e instanceof Error && e.name === "GitHubNetworkError") {
      setFailed(e.message);
    } else {
      const err = e instanceof Error ? e : new Error(String(e));
      if (debugEnabled() && err.stack) info(err.stack);
      setFailed(`${err.message}${debugEnabled() ? "" : " (re-run with debug logging for the stack trace)"}`);
    }
  }
}
__name(run, "run");

// node_modules/@mlops-actions/action-kit/src/summary.ts
import { appendFile } from "node:fs/promises";
var written = /* @__PURE__ */ new Set();
var JobSummary = class {
  static {
    __name(this, "JobSummary");
  }
  parts = [];
  add(markdown) {
    this.parts.push(markdown.endsWith("\n") ? markdown : `${markdown}
`);
    return this;
  }
  get markdown() {
    return this.parts.join("\n");
  }
  async write() {
    const file = process.env["GITHUB_STEP_SUMMARY"];
    if (!file) return false;
    if (written.has(file)) throw new Error("the job summary was already written in this run (it is written once)");
    written.add(file);
    await appendFile(file, this.markdown, "utf8");
    return true;
  }
};

// node_modules/@mlops-actions/action-kit/src/outputs.ts
function setOutputs(outputs) {
  for (const [name, value] of Object.entries(outputs)) {
    const text = value === void 0 || value === null ? "" : typeof value === "object" ? JSON.stringify(value) : String(value);
    setOutput(name, text);
  }
}
__name(setOutputs, "setOutputs");

// node_modules/@mlops-actions/action-kit/src/context.ts
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { resolve as resolve3 } from "node:path";
function readRunnerContext(env = process.env) {
  const repository = env["GITHUB_REPOSITORY"] || void 0;
  const [owner, repo] = repository?.split("/") ?? [];
  const serverUrl = (env["GITHUB_SERVER_URL"] || "https://github.com").replace(/\/$/, "");
  const runId = env["GITHUB_RUN_ID"] || void 0;
  const event = readEvent(env["GITHUB_EVENT_PATH"]);
  const pr = event["pull_request"];
  const issue = event["issue"];
  const prNumber = pr?.number ?? (issue?.pull_request ? issue.number : void 0);
  const headRepo = pr?.head?.repo?.full_name;
  return {
    workspace: env["GITHUB_WORKSPACE"] || process.cwd(),
    runnerTemp: env["RUNNER_TEMP"] || tmpdir(),
    repository,
    owner,
    repo,
    sha: env["GITHUB_SHA"] || void 0,
    ref: env["GITHUB_REF"] || void 0,
    workflow: env["GITHUB_WORKFLOW"] || void 0,
    job: env["GITHUB_JOB"] || void 0,
    runId,
    runAttempt: env["GITHUB_RUN_ATTEMPT"] || void 0,
    actor: env["GITHUB_ACTOR"] || void 0,
    actorId: env["GITHUB_ACTOR_ID"] || void 0,
    eventName: env["GITHUB_EVENT_NAME"] || void 0,
    event,
    serverUrl,
    apiUrl: (env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/$/, ""),
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : void 0,
    pullRequest: typeof prNumber === "number" ? prNumber : void 0,
    fromFork: Boolean(headRepo && repository && headRepo !== repository),
    onGitHub: env["GITHUB_ACTIONS"] === "true",
    cacheMode: env["ACTIONS_CACHE_MODE"] || void 0,
    timeScale: readTimeScale(env["MLOPS_ACTIONS_TIME_SCALE"])
  };
}
__name(readRunnerContext, "readRunnerContext");
function readTimeScale(value) {
  if (value === void 0 || value.trim() === "") return 1;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) {
    throw new UserError(`MLOPS_ACTIONS_TIME_SCALE is '${value}', not a number >= 0`, {
      fix: "Unset it (the real waits), or set 0 to skip retry and polling waits (tests only)"
    });
  }
  return n;
}
__name(readTimeScale, "readTimeScale");
function readEvent(path) {
  if (!path) return {};
  try {
    const v = JSON.parse(readFileSync(path, "utf8"));
    return v && typeof v === "object" && !Array.isArray(v) ? v : {};
  } catch (e) {
    throw new UserError(`cannot read the event payload: ${e.message}`, { file: path });
  }
}
__name(readEvent, "readEvent");
function requireRepository(ctx) {
  if (!ctx.owner || !ctx.repo) {
    throw new UserError("GITHUB_REPOSITORY is not set, so there is no repository to talk to", {
      fix: "Run this step in a GitHub workflow, or set GITHUB_REPOSITORY=owner/name for a local run"
    });
  }
  return { owner: ctx.owner, repo: ctx.repo };
}
__name(requireRepository, "requireRepository");
function defaultRegistry(ctx) {
  return ctx.onGitHub ? "git:origin" : "file:.mlops/registry";
}
__name(defaultRegistry, "defaultRegistry");
function registryContext(ctx) {
  return {
    workspace: resolve3(ctx.workspace),
    tempDir: resolve3(ctx.runnerTemp),
    identity: { actor: ctx.actor, actorId: ctx.actorId, runUrl: ctx.runUrl, runId: ctx.runId, repository: ctx.repository },
    serverUrl: ctx.serverUrl,
    timeScale: ctx.timeScale
  };
}
__name(registryContext, "registryContext");

// node_modules/@mlops-actions/action-kit/src/registry-inputs.ts
import { existsSync } from "node:fs";
import { resolve as resolve4 } from "node:path";
import { fileURLToPath } from "node:url";
var DEFAULT_REGISTRY_BRANCH = "mlops-registry";
var FIX_MISSING = "Point it at the directory register-model wrote (file:<dir>, relative to the workspace), or use git:origin for the repository's registry branch";
function readRegistryInputs(inputs, ctx, options = {}) {
  const uri = inputs.optional("registry") ?? defaultRegistry(ctx);
  const branch = inputs.string("registry-branch", DEFAULT_REGISTRY_BRANCH);
  const token = inputs.secret("github-token");
  const directory = fileRegistryDirectory(uri, ctx.workspace);
  const missing2 = directory !== void 0 && !existsSync(directory);
  if (missing2 && options.mustExist) {
    throw new UserError(`the registry directory ${uri.slice("file:".length)} does not exist`, { input: "registry", fix: FIX_MISSING });
  }
  return { uri, branch, token, directory, missing: missing2 };
}
__name(readRegistryInputs, "readRegistryInputs");
function fileRegistryDirectory(uri, workspace) {
  if (!uri.startsWith("file:")) return void 0;
  const rest = uri.slice("file:".length);
  if (rest === "")
    throw new UserError("'file:' names no directory", { input: "registry", fix: "Write file:<directory>, e.g. file:.mlops/registry" });
  if (!rest.startsWith("//")) return resolve4(workspace, rest);
  try {
    return fileURLToPath(uri);
  } catch (e) {
    throw new UserError(`'${uri}' is not a usable file URL: ${e.message}`, {
      input: "registry",
      fix: "Write file:<directory> (relative to the workspace) or file:///<absolute directory>"
    });
  }
}
__name(fileRegistryDirectory, "fileRegistryDirectory");

// node_modules/@mlops-actions/action-kit/src/log.ts
var log_exports = {};
__export(log_exports, {
  debug: () => debug2,
  group: () => group2,
  info: () => info2,
  warning: () => warning2
});
var info2 = /* @__PURE__ */ __name((message) => info(message), "info");
var debug2 = /* @__PURE__ */ __name((message) => debug(message), "debug");
var warning2 = /* @__PURE__ */ __name((message) => warning(message), "warning");
var group2 = /* @__PURE__ */ __name((name, fn) => group(name, fn), "group");

// node_modules/@mlops-actions/action-kit/src/artifact.ts
import { readdir } from "node:fs/promises";
import { join as join2 } from "node:path";
function artifactName(base) {
  return base.replace(/[":<>|*?\\/\r\n]/g, "-").slice(0, 200) || "artifact";
}
__name(artifactName, "artifactName");
async function uploadArtifact(dir, name, options = {}) {
  const safe = artifactName(name);
  const env = options.env ?? process.env;
  if (!env["ACTIONS_RUNTIME_TOKEN"]) {
    return { uploaded: false, name: safe, reason: "no-runtime", message: "no Actions runtime here (ACTIONS_RUNTIME_TOKEN is not set)" };
  }
  try {
    const files = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isFile() && !d.name.startsWith(".")).map((d) => join2(dir, d.name));
    const { DefaultArtifactClient } = await import("./chunks/artifact-3KHYD5PG.js");
    const r = await new DefaultArtifactClient().uploadArtifact(
      safe,
      files,
      dir,
      options.retentionDays ? { retentionDays: options.retentionDays } : {}
    );
    return { uploaded: true, name: safe, id: r.id, size: r.size };
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    const ghes = err.name === "GHESNotSupportedError" || /not (currently )?supported on GHES/i.test(err.message);
    return { uploaded: false, name: safe, reason: ghes ? "ghes" : "failed", message: err.message };
  }
}
__name(uploadArtifact, "uploadArtifact");

// node_modules/@mlops-actions/drift/src/engine.ts
import { existsSync as existsSync2, statSync as statSync2 } from "node:fs";
import { glob, readFile } from "node:fs/promises";
import { join as join3 } from "node:path";

// node_modules/@mlops-actions/statistics/src/special.ts
var LN_SQRT_2PI = 0.9189385332046728;
var SQRT_2PI = 2.5066282746310007;
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
function bd0(x, m) {
  if (x === 0) return m;
  const d = x - m;
  if (Math.abs(d) < 0.1 * (x + m)) {
    const v = d / (x + m);
    const v2 = v * v;
    let s = d * v;
    let ej = 2 * x * v;
    for (let j = 1; j < 1e3; j++) {
      ej *= v2;
      const s1 = s + ej / (2 * j + 1);
      if (s1 === s) return s1;
      s = s1;
    }
    return s;
  }
  return x * Math.log(x / m) + m - x;
}
__name(bd0, "bd0");
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
function chi2Sf(x, df) {
  if (Number.isNaN(x) || Number.isNaN(df)) return NaN;
  if (!(df > 0)) return NaN;
  if (x <= 0) return 1;
  return gammaQ(df / 2, x / 2);
}
__name(chi2Sf, "chi2Sf");
function normSf(x) {
  if (Number.isNaN(x)) return NaN;
  if (x === Infinity) return 0;
  if (x === -Infinity) return 1;
  if (x >= 0) return 0.5 * gammaQ(0.5, x * x / 2);
  return 0.5 + 0.5 * gammaP(0.5, x * x / 2);
}
__name(normSf, "normSf");
function binomPmf(k, n, p, q, np = n * p, nq = n * q) {
  if (p === 0) return k === 0 ? 1 : 0;
  if (q === 0) return k === n ? 1 : 0;
  if (k === 0) {
    if (n === 0) return 1;
    return p < 0.1 ? Math.exp(-bd0(n, nq) - np) : Math.exp(n * Math.log(q));
  }
  if (k === n) return q < 0.1 ? Math.exp(-bd0(n, np) - nq) : Math.exp(n * Math.log(p));
  if (k < 0 || k > n) return 0;
  const lc = stirlerr(n) - stirlerr(k) - stirlerr(n - k) - bd0(k, np) - bd0(n - k, nq);
  const lf = Math.log(2 * Math.PI) + Math.log(k) + Math.log1p(-k / n);
  return Math.exp(lc - 0.5 * lf);
}
__name(binomPmf, "binomPmf");
function twoProduct(a, b) {
  const hi = a * b;
  const split = 134217729;
  let t = split * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = split * b;
  const bh = t - (t - b);
  const bl = b - bh;
  const lo = ah * bh - hi + ah * bl + al * bh + al * bl;
  return [hi, lo];
}
__name(twoProduct, "twoProduct");
function roundHalfEven(x) {
  const r = Math.round(x);
  if (Math.abs(x - Math.trunc(x)) === 0.5 && r % 2 !== 0) return r - 1;
  return r;
}
__name(roundHalfEven, "roundHalfEven");
function binom(n, k) {
  if (k < 0 || k > n) return 0;
  let kx = k;
  if (kx > n / 2 && n > 0) kx = n - kx;
  if (kx < 20) {
    let num2 = 1;
    let den = 1;
    for (let i = 1; i <= kx; i++) {
      num2 *= i + n - kx;
      den *= i;
      if (Math.abs(num2) > 1e50) {
        num2 /= den;
        den = 1;
      }
    }
    return num2 / den;
  }
  const m = n - kx;
  const logc = stirlerr(n) - stirlerr(kx) - stirlerr(m) - 0.5 * (Math.log(2 * Math.PI) + Math.log(kx) + Math.log1p(-kx / n)) + kx * Math.log(n / kx) + m * Math.log(n / m);
  return Math.exp(logc);
}
__name(binom, "binom");

// node_modules/@mlops-actions/statistics/src/kolmogorov.ts
var EPS2 = 2220446049250313e-31;
var MINLOG = -708.3964185322641;
var TWO128 = 2 ** 128;
var TWOM128 = 2 ** -128;
var clip01 = /* @__PURE__ */ __name((p) => p < 0 ? 0 : Math.min(p, 1), "clip01");
function smirnovSf(n, d) {
  if (!(n > 0 && d >= 0 && d <= 1) || !Number.isInteger(n)) return NaN;
  if (n === 1) return 1 - d;
  if (d === 0) return 1;
  if (d === 1) return 0;
  const [nxHi, nxLo] = twoProduct(n, d);
  let nxfl = Math.floor(nxHi);
  if (nxfl === nxHi && nxLo < 0) nxfl -= 1;
  const alpha = nxHi - nxfl + nxLo;
  if (nxfl === 0 || nxfl === 1 && alpha === 0) {
    return clip01(1 - d * Math.pow(1 + d, n - 1));
  }
  if (-2 * n * d * d < MINLOG) return 0;
  if (nxfl >= n - 1) return clip01(Math.pow(1 - d, n));
  if (n > 1e6) {
    const logp = -Math.pow(6 * n * d + 1, 2) / 18 / n;
    return logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp);
  }
  const vmax = n - nxfl - 1;
  let sum = 0;
  let peaked = false;
  let prev = 0;
  const sN = stirlerr(n);
  const log2pi = Math.log(2 * Math.PI);
  for (let v = 0; v <= vmax; v++) {
    const np = nxHi + v + nxLo;
    const nq = n - v - nxHi - nxLo;
    const p = np / n;
    let pmf;
    if (v === 0) pmf = binomPmf(0, n, p, nq / n, np, nq);
    else {
      const lc = sN - stirlerr(v) - stirlerr(n - v) - bd0(v, np) - bd0(n - v, nq);
      pmf = Math.exp(lc - 0.5 * (log2pi + Math.log(v) + Math.log1p(-v / n)));
    }
    const term = pmf / p;
    sum += term;
    if (term < prev) peaked = true;
    prev = term;
    if (peaked && 4 * (vmax - v + 1) * term < EPS2 * sum) break;
  }
  return clip01(d * sum);
}
__name(smirnovSf, "smirnovSf");
function logNFactorialOverNPowN(n) {
  const coeffs = [1 / 12, -1 / 360, 1 / 1260, -1 / 1680, 1 / 1188, -691 / 360360, 1 / 156, -3617 / 122400];
  const r = 1 / n;
  const r2 = r * r;
  let s = 0;
  for (let j = coeffs.length - 1; j >= 0; j--) s = s * r2 + coeffs[j];
  return Math.log(n) / 2 - n + LN_SQRT_2PI + s * r;
}
__name(logNFactorialOverNPowN, "logNFactorialOverNPowN");
function durbinMatrixCdf(n, d) {
  if (d >= 1) return 1;
  const nd = n * d;
  if (nd <= 0.5) return 0;
  const k = Math.ceil(nd);
  const h = k - nd;
  const m = 2 * k - 1;
  const H2 = new Float64Array(m * m);
  const invFact = new Float64Array(m + 1);
  invFact[0] = 1;
  for (let j = 1; j <= m; j++) invFact[j] = invFact[j - 1] / j;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i - j + 1 >= 0) H2[i * m + j] = invFact[i - j + 1];
    }
  }
  let hp = 1;
  for (let i = 0; i < m; i++) {
    hp *= h;
    H2[i * m] = H2[i * m] - hp * invFact[i + 1];
    H2[(m - 1) * m + (m - 1 - i)] = H2[(m - 1) * m + (m - 1 - i)] - hp * invFact[i + 1];
  }
  if (2 * h - 1 > 0) H2[(m - 1) * m] = H2[(m - 1) * m] + Math.pow(2 * h - 1, m) * invFact[m];
  const row = new Float64Array(m);
  row[k - 1] = 1;
  let rowExp = 0;
  let P = H2;
  let pExp = 0;
  let e = n;
  let sq = new Float64Array(m * m);
  const nextRow = new Float64Array(m);
  while (e > 0) {
    if (e & 1) {
      nextRow.fill(0);
      for (let l = 0; l < m; l++) {
        const r = row[l];
        if (r === 0) continue;
        const o = l * m;
        for (let j = 0; j < m; j++) nextRow[j] = nextRow[j] + r * P[o + j];
      }
      row.set(nextRow);
      rowExp += pExp;
      let big2 = 0;
      for (let j = 0; j < m; j++) big2 = Math.max(big2, Math.abs(row[j]));
      if (big2 > TWO128) {
        for (let j = 0; j < m; j++) row[j] = row[j] * TWOM128;
        rowExp += 128;
      }
    }
    e = Math.floor(e / 2);
    if (e === 0) break;
    sq.fill(0);
    for (let i = 0; i < m; i++) {
      const oi = i * m;
      for (let l = 0; l < m; l++) {
        const a = P[oi + l];
        if (a === 0) continue;
        const ol = l * m;
        for (let j = 0; j < m; j++) sq[oi + j] = sq[oi + j] + a * P[ol + j];
      }
    }
    [P, sq] = [sq, P === H2 ? new Float64Array(m * m) : P];
    pExp *= 2;
    let big = 0;
    for (let i = 0; i < P.length; i++) big = Math.max(big, Math.abs(P[i]));
    if (big > TWO128) {
      for (let i = 0; i < P.length; i++) P[i] = P[i] * TWOM128;
      pExp += 128;
    }
  }
  let resultExp = rowExp;
  let p = row[k - 1];
  for (let i = 1; i <= n; i++) {
    p = i * p / n;
    if (Math.abs(p) < TWOM128) {
      p *= TWO128;
      resultExp -= 128;
    }
  }
  return clip01(p * Math.pow(2, resultExp));
}
__name(durbinMatrixCdf, "durbinMatrixCdf");
function pomeranzCdf(n, d) {
  const t = n * d;
  const ll = Math.floor(t);
  const f = t - ll;
  const g = Math.min(f, 1 - f);
  const fHigh = f >= 0.5 ? 1 : 0;
  const fLow = f < 0.5 ? 1 : 0;
  const maxPow = 2 * (ll + 2) + 2;
  const powers = /* @__PURE__ */ __name((delta) => {
    const out = new Float64Array(maxPow);
    out[0] = 1;
    const r = delta / n;
    for (let j = 1; j < maxPow; j++) out[j] = out[j - 1] * r / j;
    return out;
  }, "powers");
  const pg = powers(g);
  const p2g = powers(2 * g);
  const p12g = powers(1 - 2 * g);
  const lower = /* @__PURE__ */ __name((r) => {
    if (r === 1) return 0;
    if (r === 2 * n + 1) return n - ll;
    if (r % 2 === 0) return r / 2 - ll - fHigh;
    return (r - 1) / 2 - ll;
  }, "lower");
  const upper = /* @__PURE__ */ __name((r) => {
    if (r === 1) return ll;
    if (r === 2 * n + 1) return n;
    if (r % 2 === 0) return r / 2 + ll - fLow;
    return (r - 1) / 2 + ll;
  }, "upper");
  let cur = new Float64Array(n + 1);
  let next = new Float64Array(n + 1);
  cur[0] = 1;
  let lo = 0;
  let hi = 0;
  let expo = 0;
  for (let r = 1; r <= 2 * n + 1; r++) {
    const pw = r === 1 || r === 2 * n + 1 ? pg : r % 2 === 0 ? p12g : p2g;
    const nlo = Math.max(0, r + 1 <= 2 * n + 1 ? lower(r + 1) : n);
    const nhi = Math.min(n, upper(r));
    if (nhi < nlo) return 0;
    next.fill(0);
    let max = 0;
    for (let j = nlo; j <= nhi; j++) {
      let s = 0;
      const kmax = Math.min(j, hi);
      for (let kk = lo; kk <= kmax; kk++) {
        const gap = j - kk;
        if (gap < maxPow) s += cur[kk] * pw[gap];
      }
      next[j] = s;
      if (s > max) max = s;
    }
    if (max > 0 && max < TWOM128) {
      for (let j = nlo; j <= nhi; j++) next[j] = next[j] * TWO128;
      expo -= 128;
    }
    [cur, next] = [next, cur];
    lo = nlo;
    hi = nhi;
  }
  let ans = cur[n];
  for (let i = 1; i <= n; i++) {
    if (Math.abs(ans) > TWO128) {
      ans *= TWOM128;
      expo += 128;
    }
    ans *= i;
  }
  return clip01(ans * Math.pow(2, expo));
}
__name(pomeranzCdf, "pomeranzCdf");
function pelzGoodCdf(n, d) {
  if (d <= 0) return 0;
  if (d >= 1) return 1;
  const z = Math.sqrt(n) * d;
  const z2 = z * z;
  const z4 = z2 * z2;
  const z6 = z4 * z2;
  const pi2 = Math.PI * Math.PI;
  const pi4 = pi2 * pi2;
  const pi6 = pi4 * pi2;
  const qlog = -pi2 / 8 / z2;
  if (qlog < -708) return 0;
  const q = Math.exp(qlog);
  const k1a = -z2;
  const k1b = pi2 / 4;
  const k2a = 6 * z6 + 2 * z4;
  const k2b = (2 * z4 - 5 * z2) * pi2 / 4;
  const k2c = pi4 * (1 - 2 * z2) / 16;
  const k3d = pi6 * (5 - 30 * z2) / 64;
  const k3c = pi4 * (-60 * z2 + 212 * z4) / 16;
  const k3b = pi2 * (135 * z4 - 96 * z6) / 4;
  const k3a = -30 * z6 - 90 * z4 * z4;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  const maxk = Math.ceil(16 * z / Math.PI);
  for (let k = maxk; k >= 1; k--) {
    const m = 2 * k - 1;
    const m2 = m * m;
    const m4 = m2 * m2;
    const m6 = m4 * m2;
    const qp = Math.pow(q, 8 * k);
    s0 = s0 * qp + 1;
    s1 = s1 * qp + (k1a + k1b * m2);
    s2 = s2 * qp + (k2a + k2b * m2 + k2c * m4);
    s3 = s3 * qp + (k3a + k3b * m2 + k3c * m4 + k3d * m6);
  }
  const f = q * SQRT_2PI;
  const K0 = s0 * f / z;
  let K1 = s1 * f / (6 * z4);
  let K2 = s2 * f / (72 * z4 * z2 * z);
  let K3 = s3 * f / (6480 * z4 * z6);
  const qq = Math.exp(-pi2 / 2 / z2);
  let e2 = 0;
  let e3 = 0;
  const sqrt3z = Math.sqrt(3) * z;
  for (let k = maxk; k >= 1; k--) {
    const k2 = k * k;
    const w = Math.pow(qq, k2);
    e2 += k2 * w;
    const kpi = Math.PI * k;
    e3 += (sqrt3z + kpi) * (sqrt3z - kpi) * k2 * w;
  }
  K2 += e2 * pi2 * SQRT_2PI / (-36 * z2 * z);
  K3 += e3 * pi2 * SQRT_2PI / (216 * z6);
  K1 /= Math.sqrt(n);
  K2 /= n;
  K3 /= n * Math.sqrt(n);
  return K0 + K1 + K2 + K3;
}
__name(pelzGoodCdf, "pelzGoodCdf");
function kolmogn(n, x, wantCdf) {
  const pick = /* @__PURE__ */ __name((cdf, sf) => clip01(wantCdf ? cdf : sf), "pick");
  if (Number.isNaN(n) || Number.isNaN(x)) return NaN;
  if (!Number.isInteger(n) || n <= 0) return NaN;
  if (x >= 1) return pick(1, 0);
  if (x <= 0) return pick(0, 1);
  const t = n * x;
  if (t <= 1) {
    if (t <= 0.5) return pick(0, 1);
    let prob;
    if (n <= 140) {
      prob = 1;
      const w = 2 * t - 1;
      for (let i = 1; i <= n; i++) prob *= i * (1 / n) * w;
    } else {
      prob = Math.exp(logNFactorialOverNPowN(n) + n * Math.log(2 * t - 1));
    }
    return pick(prob, 1 - prob);
  }
  if (t >= n - 1) {
    const prob = 2 * Math.pow(1 - x, n);
    return pick(1 - prob, prob);
  }
  if (x >= 0.5) {
    const prob = 2 * smirnovSf(n, x);
    return pick(1 - prob, prob);
  }
  const nxx = t * x;
  if (n <= 140) {
    if (nxx <= 0.754693) {
      const c2 = durbinMatrixCdf(n, x);
      return pick(c2, 1 - c2);
    }
    if (nxx <= 4) {
      const c2 = pomeranzCdf(n, x);
      return pick(c2, 1 - c2);
    }
    const prob = 2 * smirnovSf(n, x);
    return pick(1 - prob, prob);
  }
  if (!wantCdf) {
    if (nxx >= 370) return 0;
    if (nxx >= 2.2) return clip01(2 * smirnovSf(n, x));
  }
  let c;
  if (nxx >= 18) c = 1;
  else if (n <= 1e5 && n * Math.pow(x, 1.5) <= 1.4) c = durbinMatrixCdf(n, x);
  else c = pelzGoodCdf(n, x);
  return pick(c, 1 - c);
}
__name(kolmogn, "kolmogn");
function kstwoSf(d, n) {
  if (!Number.isInteger(n) || n < 1) return NaN;
  if (d <= 0.5 / n) return 1;
  if (d >= 1) return 0;
  return kolmogn(n, d, false);
}
__name(kstwoSf, "kstwoSf");

// node_modules/@mlops-actions/statistics/src/sort.ts
var RADIX_MIN = 4096;
var LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
var scratch = new Uint32Array(0);
var counts = new Uint32Array(4 * 65536);
function sortFloat64(a) {
  const n = a.length;
  if (n < RADIX_MIN || !LITTLE_ENDIAN) return a.sort();
  const u = new Uint32Array(a.buffer, a.byteOffset, n * 2);
  counts.fill(0);
  for (let i = 0; i < n; i++) {
    let lo = u[2 * i];
    let hi = u[2 * i + 1];
    if (hi & 2147483648) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 2147483648) >>> 0;
    }
    u[2 * i] = lo;
    u[2 * i + 1] = hi;
    counts[lo & 65535]++;
    counts[65536 + (lo >>> 16)]++;
    counts[131072 + (hi & 65535)]++;
    counts[196608 + (hi >>> 16)]++;
  }
  let src = u;
  let dst;
  for (let pass = 0; pass < 4; pass++) {
    const base = pass * 65536;
    let skip = false;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      if (c === n) skip = true;
      if (c !== 0) break;
    }
    if (skip) continue;
    let sum = 0;
    for (let d = 0; d < 65536; d++) {
      const c = counts[base + d];
      counts[base + d] = sum;
      sum += c;
    }
    if (!dst) {
      if (scratch.length < n * 2) scratch = new Uint32Array(n * 2);
      dst = scratch.subarray(0, n * 2);
    }
    const out = src === u ? dst : u;
    const word = pass >> 1;
    const shift = (pass & 1) * 16;
    for (let i = 0; i < n; i++) {
      const lo = src[2 * i];
      const hi = src[2 * i + 1];
      const d = (word === 0 ? lo : hi) >>> shift & 65535;
      const p = counts[base + d]++;
      out[2 * p] = lo;
      out[2 * p + 1] = hi;
    }
    src = out;
  }
  if (src !== u) u.set(src);
  for (let i = 0; i < n; i++) {
    const hi = u[2 * i + 1];
    if (hi & 2147483648) {
      u[2 * i + 1] = (hi & 2147483647) >>> 0;
    } else {
      u[2 * i + 1] = ~hi >>> 0;
      u[2 * i] = ~u[2 * i] >>> 0;
    }
  }
  return a;
}
__name(sortFloat64, "sortFloat64");

// node_modules/@mlops-actions/statistics/src/ks.ts
var MAX_AUTO_N = 1e4;
var INT32_MAX = 2147483647;
function sortedCopy(x, name = "sample", alreadySorted = false) {
  const n = x.length;
  if (alreadySorted) {
    for (let i = 0; i < n; i++) {
      const v = x[i];
      if (Number.isNaN(v)) throw new RangeError(`${name} contains NaN at index ${i}; drop or count missing values before testing`);
      if (i > 0 && v < x[i - 1]) throw new RangeError(`${name} is not sorted ascending at index ${i} although sorted: true was passed`);
    }
    return x;
  }
  const out = x instanceof Float64Array ? x.slice() : Float64Array.from(x);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(out[i])) throw new RangeError(`${name} contains NaN at index ${i}; drop or count missing values before testing`);
  }
  return sortFloat64(out);
}
__name(sortedCopy, "sortedCopy");
function ecdfExtremes(a, b) {
  const n1 = a.length;
  const n2 = b.length;
  let i = 0;
  let j = 0;
  let maxA = -Infinity;
  let maxALoc = NaN;
  let maxB = -Infinity;
  let maxBLoc = NaN;
  let minA = Infinity;
  let minALoc = NaN;
  let minB = Infinity;
  let minBLoc = NaN;
  while (i < n1 || j < n2) {
    let v;
    if (i < n1 && (j >= n2 || a[i] <= b[j])) v = a[i];
    else v = b[j];
    const i0 = i;
    while (i < n1 && a[i] <= v) i++;
    while (j < n2 && b[j] <= v) j++;
    const diff = i / n1 - j / n2;
    if (i > i0) {
      if (diff > maxA) {
        maxA = diff;
        maxALoc = v;
      }
      if (diff < minA) {
        minA = diff;
        minALoc = v;
      }
    } else {
      if (diff > maxB) {
        maxB = diff;
        maxBLoc = v;
      }
      if (diff < minB) {
        minB = diff;
        minBLoc = v;
      }
    }
  }
  const useMaxA = maxA >= maxB;
  const useMinA = minA <= minB;
  return {
    max: useMaxA ? maxA : maxB,
    maxLoc: useMaxA ? maxALoc : maxBLoc,
    min: useMinA ? minA : minB,
    minLoc: useMinA ? minALoc : minBLoc
  };
}
__name(ecdfExtremes, "ecdfExtremes");
function gcd(a, b) {
  while (b) [a, b] = [b, a % b];
  return a;
}
__name(gcd, "gcd");
function probOutsideSquare(n, h) {
  let P = 0;
  for (let k = Math.floor(n / h); k >= 0; k--) {
    let p1 = 1;
    for (let j = 0; j < h; j++) p1 = (n - k * h - j) * p1 / (n + k * h + j + 1);
    P = p1 * (1 - P);
  }
  return 2 * P;
}
__name(probOutsideSquare, "probOutsideSquare");
function probOutsideBand(m0, n0, g, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  const A = new Float64Array(n + 1).fill(1);
  const maxj0 = Math.min(Math.ceil(h / mg), n + 1);
  for (let j = 0; j < maxj0; j++) A[j] = 0;
  let prevMin = 0;
  for (let i = 1; i <= m; i++) {
    let minj = Math.max(Math.floor((ng * i - h) / mg) + 1, 0);
    minj = Math.min(minj, n);
    const maxj = Math.min(Math.ceil((ng * i + h) / mg), n + 1);
    if (maxj <= minj) return 1;
    for (let j = prevMin; j < minj; j++) A[j] = 1;
    prevMin = minj;
    let below = minj === 0 ? 0 : 1;
    for (let j = minj; j < maxj; j++) {
      below = (A[j] * i + below * j) / (i + j);
      A[j] = below;
    }
  }
  return A[n];
}
__name(probOutsideBand, "probOutsideBand");
function countPathsOutside(m0, n0, g, h) {
  const m = Math.max(m0, n0);
  const n = Math.min(m0, n0);
  const mg = m / g;
  const ng = n / g;
  const lxj = n + Math.floor((mg - h) / mg);
  if (lxj <= 0) return binom(m + n, n);
  const xj = new Float64Array(lxj);
  for (let j = 0; j < lxj; j++) xj[j] = Math.floor((h + mg * j + ng - 1) / ng);
  const B = new Float64Array(lxj);
  B[0] = 1;
  for (let j = 1; j < lxj; j++) {
    let bj = binom(xj[j] + j, j);
    for (let i = 0; i < j; i++) bj -= binom(xj[j] - xj[i] + j - i, j - i) * B[i];
    if (!Number.isFinite(bj)) return NaN;
    B[j] = bj;
  }
  let paths = 0;
  for (let j = 0; j < lxj; j++) paths += B[j] * binom(m - xj[j] + n - j, n - j);
  return paths;
}
__name(countPathsOutside, "countPathsOutside");
function attemptExact(n1, n2, g, d, alternative) {
  const lcm = n1 / g * n2;
  const h = roundHalfEven(d * lcm);
  d = h / lcm;
  if (h === 0) return { ok: true, d, p: 1 };
  let p;
  if (alternative === "two-sided") {
    p = n1 === n2 ? probOutsideSquare(n1, h) : probOutsideBand(n1, n2, g, h);
  } else if (n1 === n2) {
    p = 1;
    for (let j = 0; j < h; j++) p *= (n1 - j) / (n1 + j + 1);
  } else {
    const total = binom(n1 + n2, n1);
    if (!Number.isFinite(total)) return { ok: false, d, p: NaN };
    const paths = countPathsOutside(n1, n2, g, h);
    if (!Number.isFinite(paths) || paths > total) return { ok: false, d, p: NaN };
    p = paths / total;
  }
  if (!(p >= 0 && p <= 1)) return { ok: false, d, p };
  return { ok: true, d, p };
}
__name(attemptExact, "attemptExact");
function ks2sampAsymptoticP(d, n1, n2, alternative = "two-sided") {
  if (!(n1 >= 1 && n2 >= 1)) throw new RangeError("sample sizes must be at least 1");
  const p = asymptoticP(n1, n2, d, alternative);
  return Number.isNaN(p) ? p : Math.min(Math.max(p, 0), 1);
}
__name(ks2sampAsymptoticP, "ks2sampAsymptoticP");
function asymptoticP(n1, n2, d, alternative) {
  const m = Math.max(n1, n2);
  const n = Math.min(n1, n2);
  const en = m * n / (m + n);
  if (alternative === "two-sided") {
    const N = roundHalfEven(en);
    if (N < 1) return NaN;
    return kstwoSf(d, N);
  }
  const z = Math.sqrt(en) * d;
  const expt = -2 * z ** 2 - 2 * z * (m + 2 * n) / Math.sqrt(m * n * (m + n)) / 3;
  return Math.exp(expt);
}
__name(asymptoticP, "asymptoticP");
function ks2samp(a, b, opts = {}) {
  const alternative = opts.alternative ?? "two-sided";
  let method = opts.method ?? "auto";
  if (!["two-sided", "less", "greater"].includes(alternative))
    throw new RangeError(`unknown alternative '${alternative}': use two-sided, less or greater`);
  if (!["auto", "exact", "asymp"].includes(method)) throw new RangeError(`unknown method '${method}': use auto, exact or asymp`);
  const n1 = a.length;
  const n2 = b.length;
  if (n1 === 0 || n2 === 0) throw new RangeError("ks2samp needs two non-empty samples");
  const sa = sortedCopy(a, "first sample", opts.sorted === true);
  const sb = sortedCopy(b, "second sample", opts.sorted === true);
  const ex = ecdfExtremes(sa, sb);
  const minS = Math.min(Math.max(-ex.min, 0), 1);
  const maxS = ex.max;
  let d;
  let loc;
  let sign;
  if (alternative === "less" || alternative === "two-sided" && minS > maxS) {
    d = minS;
    loc = ex.minLoc;
    sign = -1;
  } else {
    d = maxS;
    loc = ex.maxLoc;
    sign = 1;
  }
  const g = gcd(n1, n2);
  const n1g = n1 / g;
  const n2g = n2 / g;
  let fallback;
  if (method === "auto") method = Math.max(n1, n2) <= MAX_AUTO_N ? "exact" : "asymp";
  else if (method === "exact" && n1g >= INT32_MAX / n2g) {
    method = "asymp";
    fallback = `exact calculation not possible with sample sizes ${n1} and ${n2} (lcm too large)`;
  }
  let p = -Infinity;
  if (method === "exact") {
    const r = attemptExact(n1, n2, g, d, alternative);
    d = r.d;
    if (r.ok) p = r.p;
    else {
      method = "asymp";
      fallback = "exact calculation unsuccessful (overflow); used the asymptotic distribution";
    }
  }
  if (method === "asymp") p = asymptoticP(n1, n2, d, alternative);
  p = Number.isNaN(p) ? p : Math.min(Math.max(p, 0), 1);
  const result = { statistic: d, pvalue: p, method, statisticLocation: loc, statisticSign: sign };
  if (fallback) result.exactFallback = fallback;
  return result;
}
__name(ks2samp, "ks2samp");

// node_modules/@mlops-actions/statistics/src/chisquare.ts
function checkCounts(x, what) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${what}[${i}] is ${v}; counts must be finite and non-negative`);
  }
}
__name(checkCounts, "checkCounts");
function alignCounts(reference, current) {
  const isArr = /* @__PURE__ */ __name((x) => !(x instanceof Map) && typeof x.length === "number", "isArr");
  if (isArr(reference) && isArr(current)) {
    if (reference.length !== current.length) {
      throw new RangeError(
        `reference has ${reference.length} categories but current has ${current.length}; align them or pass records keyed by category`
      );
    }
    return {
      categories: Array.from({ length: reference.length }, (_, i) => String(i)),
      reference: Float64Array.from(reference),
      current: Float64Array.from(current)
    };
  }
  if (isArr(reference) || isArr(current)) throw new RangeError("pass both counts as arrays or both as records/maps keyed by category");
  const r = reference instanceof Map ? reference : new Map(Object.entries(reference));
  const c = current instanceof Map ? current : new Map(Object.entries(current));
  const categories = [.../* @__PURE__ */ new Set([...r.keys(), ...c.keys()])];
  return {
    categories,
    reference: Float64Array.from(categories, (k) => r.get(k) ?? 0),
    current: Float64Array.from(categories, (k) => c.get(k) ?? 0)
  };
}
__name(alignCounts, "alignCounts");
function chiSquareDrift(referenceCounts, currentCounts) {
  const al = alignCounts(referenceCounts, currentCounts);
  checkCounts(al.reference, "reference");
  checkCounts(al.current, "current");
  const keep = [];
  for (let i = 0; i < al.categories.length; i++) if (al.reference[i] > 0 || al.current[i] > 0) keep.push(i);
  const ref = Float64Array.from(keep, (i) => al.reference[i]);
  const cur = Float64Array.from(keep, (i) => al.current[i]);
  const categories = keep.map((i) => al.categories[i]);
  const refTotal = pairwiseSum(ref);
  const curTotal = pairwiseSum(cur);
  if (refTotal === 0 || curTotal === 0) throw new RangeError("chiSquareDrift needs at least one count in each sample");
  const k = ref.length;
  const df = k - 1;
  let unseen = 0;
  const terms = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const e = ref[i] / refTotal * curTotal;
    if (e === 0) unseen++;
    const d = cur[i] - e;
    terms[i] = d * d / e;
  }
  const statistic = pairwiseSum(terms);
  const pvalue = df > 0 ? chi2Sf(statistic, df) : 1;
  return { statistic: df > 0 ? statistic : 0, pvalue, df, unseenCategories: unseen, categories };
}
__name(chiSquareDrift, "chiSquareDrift");
function chi2Contingency(table2, correction = true) {
  const r = table2.length;
  if (r === 0) throw new RangeError("chi2Contingency needs a non-empty table");
  const c = table2[0].length;
  if (c === 0) throw new RangeError("chi2Contingency needs a non-empty table");
  const obs = [];
  for (let i = 0; i < r; i++) {
    const row = table2[i];
    if (row.length !== c) throw new RangeError(`table row ${i} has ${row.length} cells but row 0 has ${c}`);
    checkCounts(row, `table[${i}]`);
    obs.push(Array.from(row));
  }
  const rowSums = obs.map((row) => pairwiseSum(row));
  const colSums = Array.from({ length: c }, (_, j) => pairwiseSum(obs.map((row) => row[j])));
  const total = pairwiseSum(obs.flat());
  const expected = obs.map((_, i) => colSums.map((cs) => rowSums[i] * cs / total));
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      if (expected[i][j] === 0) throw new RangeError(`the expected frequency at (${i}, ${j}) is zero: drop empty rows and columns`);
    }
  }
  const dof = r * c - (r + c) + 2 - 1;
  if (dof === 0) return { statistic: 0, pvalue: 1, dof, expected };
  const adj = obs.map(
    (row, i) => row.map((o, j) => {
      if (!(dof === 1 && correction)) return o;
      const diff = expected[i][j] - o;
      return o + Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
    })
  );
  const terms = [];
  for (let i = 0; i < r; i++) {
    for (let j = 0; j < c; j++) {
      const d = adj[i][j] - expected[i][j];
      terms.push(d * d / expected[i][j]);
    }
  }
  const statistic = pairwiseSum(terms);
  return { statistic, pvalue: chi2Sf(statistic, dof), dof, expected };
}
__name(chi2Contingency, "chi2Contingency");
function pairwiseSum(x, start = 0, end = x.length) {
  return pairwiseSumOf(x, (v) => v, start, end);
}
__name(pairwiseSum, "pairwiseSum");
function pairwiseSumOf(x, f, start = 0, end = x.length) {
  const n = end - start;
  if (n < 8) {
    let s = 0;
    for (let i = start; i < end; i++) s += f(x[i]);
    return s;
  }
  if (n <= 128) {
    const r = [
      f(x[start]),
      f(x[start + 1]),
      f(x[start + 2]),
      f(x[start + 3]),
      f(x[start + 4]),
      f(x[start + 5]),
      f(x[start + 6]),
      f(x[start + 7])
    ];
    let i = start + 8;
    for (; i < end - (end - start) % 8; i += 8) {
      for (let k = 0; k < 8; k++) r[k] = r[k] + f(x[i + k]);
    }
    let s = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
    for (; i < end; i++) s += f(x[i]);
    return s;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwiseSumOf(x, f, start, start + half) + pairwiseSumOf(x, f, start + half, end);
}
__name(pairwiseSumOf, "pairwiseSumOf");
function chiSquareHomogeneity(referenceCounts, currentCounts, opts = {}) {
  const m = opts.minExpected ?? 5;
  if (!(m >= 0 && Number.isFinite(m))) throw new RangeError(`minExpected must be a non-negative number, got ${m}`);
  const al = alignCounts(referenceCounts, currentCounts);
  checkCounts(al.reference, "reference");
  checkCounts(al.current, "current");
  const keep = [];
  for (let i = 0; i < al.categories.length; i++) if (al.reference[i] > 0 || al.current[i] > 0) keep.push(i);
  const categories = keep.map((i) => al.categories[i]);
  const ref = keep.map((i) => al.reference[i]);
  const cur = keep.map((i) => al.current[i]);
  const r0 = pairwiseSum(ref);
  const r1 = pairwiseSum(cur);
  if (r0 === 0 || r1 === 0) throw new RangeError("chiSquareHomogeneity needs at least one count in each sample");
  const total = r0 + r1;
  const unseen = ref.reduce((n, v, i) => n + (v === 0 && cur[i] > 0 ? 1 : 0), 0);
  const minRow = Math.min(r0, r1);
  const expectedMin = /* @__PURE__ */ __name((colTotal) => minRow * colTotal / total, "expectedMin");
  const cells = [];
  const rare = [];
  for (let j = 0; j < ref.length; j++) {
    if (m > 0 && expectedMin(ref[j] + cur[j]) < m) rare.push(j);
    else cells.push({ ref: ref[j], cur: cur[j] });
  }
  let pooledGroups = 0;
  if (rare.length > 0) {
    rare.sort(
      (a, b) => ref[a] + cur[a] - (ref[b] + cur[b]) || (categories[a] < categories[b] ? -1 : categories[a] > categories[b] ? 1 : 0)
    );
    const groups2 = [];
    let g = { ref: 0, cur: 0 };
    for (const j of rare) {
      g.ref += ref[j];
      g.cur += cur[j];
      if (expectedMin(g.ref + g.cur) >= m) {
        groups2.push(g);
        g = { ref: 0, cur: 0 };
      }
    }
    if (g.ref + g.cur > 0) {
      if (groups2.length > 0) {
        groups2[groups2.length - 1].ref += g.ref;
        groups2[groups2.length - 1].cur += g.cur;
      } else if (cells.length > 0) {
        let s = 0;
        for (let i = 1; i < cells.length; i++) if (cells[i].ref + cells[i].cur < cells[s].ref + cells[s].cur) s = i;
        cells[s].ref += g.ref;
        cells[s].cur += g.cur;
      } else {
        groups2.push(g);
      }
    }
    pooledGroups = groups2.length;
    cells.push(...groups2);
  }
  const base = { categories, cells: cells.length, pooledCategories: rare.length, pooledGroups, unseenCategories: unseen };
  if (cells.length < 2) return { statistic: 0, pvalue: 1, df: 0, ...base };
  const x = chi2Contingency([cells.map((c) => c.ref), cells.map((c) => c.cur)], opts.correction ?? true);
  return { statistic: x.statistic, pvalue: x.pvalue, df: x.dof, ...base };
}
__name(chiSquareHomogeneity, "chiSquareHomogeneity");

// node_modules/@mlops-actions/statistics/src/distances.ts
function normalised(x, what) {
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${what}[${i}] is ${v}; counts and shares must be finite and non-negative`);
  }
  const total = pairwiseSum(x);
  if (!(total > 0)) throw new RangeError(`${what} is empty (its counts sum to 0)`);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] / total;
  return out;
}
__name(normalised, "normalised");
function pair(p, q) {
  const al = alignCounts(p, q);
  if (al.reference.length === 0) throw new RangeError("the distributions have no categories");
  return [normalised(al.reference, "reference"), normalised(al.current, "current")];
}
__name(pair, "pair");
function psi(referenceShares, currentShares, opts = {}) {
  const epsilon = opts.epsilon ?? 1e-4;
  if (!(epsilon > 0 && epsilon < 1)) throw new RangeError(`epsilon must be in (0, 1), got ${epsilon}`);
  const [r, c] = pair(referenceShares, currentShares);
  let s = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i] === 0 ? epsilon : r[i];
    const ci = c[i] === 0 ? epsilon : c[i];
    s += (ri - ci) * Math.log(ri / ci);
  }
  return s;
}
__name(psi, "psi");
function relEntr(x, y) {
  if (x > 0 && y > 0) return x * Math.log(x / y);
  if (x === 0 && y >= 0) return 0;
  return Infinity;
}
__name(relEntr, "relEntr");
function jensenShannon(p, q, base) {
  if (base !== void 0 && !(base > 0 && base !== 1)) throw new RangeError(`log base must be positive and not 1, got ${base}`);
  const [a, b] = pair(p, q);
  const k = a.length;
  const left = new Float64Array(k);
  const right = new Float64Array(k);
  for (let i = 0; i < k; i++) {
    const m = (a[i] + b[i]) / 2;
    left[i] = relEntr(a[i], m);
    right[i] = relEntr(b[i], m);
  }
  let js = pairwiseSum(left) + pairwiseSum(right);
  if (base !== void 0) js /= Math.log(base);
  return Math.sqrt(Math.max(js / 2, 0));
}
__name(jensenShannon, "jensenShannon");
function hellinger(p, q) {
  const [a, b] = pair(p, q);
  const t = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const d = Math.sqrt(a[i]) - Math.sqrt(b[i]);
    t[i] = d * d;
  }
  return Math.sqrt(pairwiseSum(t)) / Math.SQRT2;
}
__name(hellinger, "hellinger");
function lInfinity(p, q) {
  const [a, b] = pair(p, q);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}
__name(lInfinity, "lInfinity");
function checkWeights(w, n, what) {
  if (w.length !== n) throw new RangeError(`${what} weights have ${w.length} entries for ${n} values`);
  let s = 0;
  for (let i = 0; i < w.length; i++) {
    const v = w[i];
    if (!(v >= 0)) throw new RangeError(`${what} weight ${i} is ${v}; weights must be non-negative`);
    s += v;
  }
  if (!(s > 0 && s < Infinity)) throw new RangeError(`${what} weights must sum to a positive finite number`);
}
__name(checkWeights, "checkWeights");
function sortedWithCumWeights(values, weights, what, alreadySorted = false) {
  if (!weights) return { x: sortedCopy(values, what, alreadySorted), cum: null };
  const n = values.length;
  const idx = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(values[i])) throw new RangeError(`${what} contains NaN at index ${i}`);
    idx[i] = i;
  }
  idx.sort((i, j) => values[i] - values[j] || i - j);
  const x = new Float64Array(n);
  const cum = new Float64Array(n + 1);
  for (let k = 0; k < n; k++) {
    x[k] = values[idx[k]];
    cum[k + 1] = cum[k] + weights[idx[k]];
  }
  return { x, cum };
}
__name(sortedWithCumWeights, "sortedWithCumWeights");
function wasserstein(u, v, uWeights, vWeights, opts = {}) {
  if (u.length === 0 || v.length === 0) throw new RangeError("Distribution can't be empty: wasserstein needs two non-empty samples");
  if (uWeights) checkWeights(uWeights, u.length, "first sample");
  if (vWeights) checkWeights(vWeights, v.length, "second sample");
  const su = sortedWithCumWeights(u, uWeights, "first sample", opts.sorted === true);
  const sv = sortedWithCumWeights(v, vWeights, "second sample", opts.sorted === true);
  const nu = su.x.length;
  const nv = sv.x.length;
  const cdfU = /* @__PURE__ */ __name((c) => su.cum ? su.cum[c] / su.cum[nu] : c / nu, "cdfU");
  const cdfV = /* @__PURE__ */ __name((c) => sv.cum ? sv.cum[c] / sv.cum[nv] : c / nv, "cdfV");
  let i = 0;
  let j = 0;
  let sum = 0;
  let comp = 0;
  let prev = NaN;
  let prevDiff = 0;
  while (i < nu || j < nv) {
    const x = i < nu && (j >= nv || su.x[i] <= sv.x[j]) ? su.x[i] : sv.x[j];
    if (!Number.isNaN(prev)) {
      const term = prevDiff * (x - prev);
      const t = sum + term;
      comp += Math.abs(sum) >= Math.abs(term) ? sum - t + term : term - t + sum;
      sum = t;
    }
    while (i < nu && su.x[i] <= x) i++;
    while (j < nv && sv.x[j] <= x) j++;
    prevDiff = Math.abs(cdfU(i) - cdfV(j));
    prev = x;
  }
  return sum + comp;
}
__name(wasserstein, "wasserstein");
function meanStd(x, ddof = 0) {
  const n = x.length;
  if (n === 0) return { mean: NaN, std: NaN };
  let mean = pairwiseSum(x) / n;
  let squares = pairwiseSumOf(x, (v) => (v - mean) * (v - mean));
  if (Number.isFinite(mean) && Number.isFinite(squares)) return { mean, std: Math.sqrt(squares / Math.max(n - ddof, 0)) };
  let maxAbs = 0;
  for (let i = 0; i < n; i++) {
    const a = Math.abs(x[i]);
    if (!(a <= Number.MAX_VALUE)) return { mean: pairwiseSum(x) / n, std: NaN };
    if (a > maxAbs) maxAbs = a;
  }
  const shift = Math.max(0, Math.ceil(Math.log2(maxAbs)) - 490);
  const down = 2 ** -shift;
  const up = 2 ** shift;
  const scaledMean = pairwiseSumOf(x, (v) => v * down) / n;
  squares = pairwiseSumOf(x, (v) => (v * down - scaledMean) * (v * down - scaledMean));
  mean = scaledMean * up;
  return { mean, std: Math.sqrt(squares / Math.max(n - ddof, 0)) * up };
}
__name(meanStd, "meanStd");
function normalizedWasserstein(reference, current, opts = {}) {
  const floor = opts.floor ?? 1e-3;
  const rel = opts.relativeFloor ?? 0;
  if (!(floor >= 0) || !(rel >= 0) || floor === 0 && rel === 0)
    throw new RangeError(`floor must be positive (or zero with a positive relativeFloor), got ${floor} and ${rel}`);
  const { std } = meanStd(reference, 0);
  let scale = 0;
  if (rel > 0) for (let i = 0; i < reference.length; i++) scale = Math.max(scale, Math.abs(reference[i]));
  const divisor = Math.max(std, floor, rel * scale);
  const w = wasserstein(reference, current, void 0, void 0, { sorted: opts.sorted === true });
  if (Number.isFinite(w) && Number.isFinite(divisor)) return divisor === 0 ? w === 0 ? 0 : Infinity : w / divisor;
  const down = 2 ** -600;
  let finite = true;
  const shrink = /* @__PURE__ */ __name((x) => {
    const out = new Float64Array(x.length);
    for (let i = 0; i < x.length; i++) {
      if (!Number.isFinite(x[i])) finite = false;
      out[i] = x[i] * down;
    }
    return out;
  }, "shrink");
  const r = shrink(reference);
  const c = shrink(current);
  if (!finite) return w / divisor;
  return normalizedWasserstein(r, c, { floor: floor * down, relativeFloor: rel, sorted: opts.sorted === true });
}
__name(normalizedWasserstein, "normalizedWasserstein");

// node_modules/@mlops-actions/statistics/src/ztest.ts
function twoProportionZTest(x1, n1, x2, n2) {
  for (const [v2, what] of [
    [x1, "x1"],
    [n1, "n1"],
    [x2, "x2"],
    [n2, "n2"]
  ]) {
    if (!Number.isFinite(v2) || v2 < 0) throw new RangeError(`${what} is ${v2}; counts must be finite and non-negative`);
  }
  if (n1 === 0 || n2 === 0) throw new RangeError("both samples need at least one observation");
  if (x1 > n1 || x2 > n2) throw new RangeError("a category count exceeds its sample size");
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const P = (p1 * n1 + p2 * n2) / (n1 + n2);
  const v = P * (1 - P) * (1 / n1 + 1 / n2);
  if (!(v > 0)) return { statistic: 0, pvalue: 1 };
  const z = (p2 - p1) / Math.sqrt(v);
  return { statistic: z, pvalue: Math.min(1, 2 * normSf(Math.abs(z))) };
}
__name(twoProportionZTest, "twoProportionZTest");
function twoProportionZ(referenceCounts, currentCounts) {
  const al = alignCounts(referenceCounts, currentCounts);
  const n1 = pairwiseSum(al.reference);
  const n2 = pairwiseSum(al.current);
  if (!(n1 > 0) || !(n2 > 0)) throw new RangeError("twoProportionZ needs at least one count in each sample");
  const perCategory = [];
  for (let i = 0; i < al.categories.length; i++) {
    const x1 = al.reference[i];
    const x2 = al.current[i];
    if (x1 === 0 && x2 === 0) continue;
    perCategory.push({
      category: al.categories[i],
      referenceShare: x1 / n1,
      currentShare: x2 / n2,
      ...twoProportionZTest(x1, n1, x2, n2)
    });
  }
  let best = perCategory[0];
  for (const c of perCategory) if (c.pvalue < best.pvalue) best = c;
  const k = perCategory.length;
  const tests = k <= 2 ? 1 : k;
  return { statistic: best.statistic, pvalue: Math.min(1, tests * best.pvalue), category: best.category, tests, perCategory };
}
__name(twoProportionZ, "twoProportionZ");

// node_modules/@mlops-actions/statistics/src/multitest.ts
function check(p) {
  for (let i = 0; i < p.length; i++) {
    const v = p[i];
    if (!(v >= 0 && v <= 1)) throw new RangeError(`p-value ${i} is ${v}; p-values must be in [0, 1] (leave distance tests out)`);
  }
}
__name(check, "check");
function bonferroni(pvalues) {
  check(pvalues);
  const m = pvalues.length;
  return Array.from(pvalues, (p) => Math.min(p * m, 1));
}
__name(bonferroni, "bonferroni");
function benjaminiHochberg(pvalues) {
  check(pvalues);
  const m = pvalues.length;
  const order = Array.from({ length: m }, (_, i) => i).sort((a, b) => pvalues[a] - pvalues[b] || a - b);
  const adj = new Float64Array(m);
  let running = Infinity;
  for (let r = m - 1; r >= 0; r--) {
    const ecdf = (r + 1) / m;
    running = Math.min(running, pvalues[order[r]] / ecdf);
    adj[r] = running;
  }
  const out = new Array(m);
  for (let r = 0; r < m; r++) out[order[r]] = Math.min(adj[r], 1);
  return out;
}
__name(benjaminiHochberg, "benjaminiHochberg");

// node_modules/@mlops-actions/statistics/src/sketch.ts
var MIN_CAPACITY = 8;
var DECAY = 2 / 3;
var encode = /* @__PURE__ */ __name((x) => Number.isFinite(x) ? x : String(x), "encode");
var decode = /* @__PURE__ */ __name((x) => {
  if (typeof x === "number" && Number.isFinite(x)) return x;
  if (x === "Infinity") return Infinity;
  if (x === "-Infinity") return -Infinity;
  throw new RangeError(`sketch value ${JSON.stringify(x)} is not a number`);
}, "decode");
function mergeSorted(a, b) {
  const out = new Float64Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}
__name(mergeSorted, "mergeSorted");
var QuantileSketch = class _QuantileSketch {
  static {
    __name(this, "QuantileSketch");
  }
  k;
  /** Number of (non-NaN) values added. */
  count = 0;
  /** NaN values seen, not part of the distribution. */
  nan = 0;
  /** Exact minimum and maximum (NaN while empty). */
  min = NaN;
  max = NaN;
  /**
   * bufs[h] holds lens[h] items of weight 2^h: level 0 unsorted, the others sorted. Buffers are
   * reused and grown by doubling, so adding values allocates nothing in the steady state.
   */
  bufs = [new Float64Array(64)];
  lens = [0];
  scratch = new Float64Array(64);
  size = 0;
  caps = [];
  totalCap = 0;
  rng;
  cache = null;
  constructor(opts = {}) {
    const k = opts.k ?? 200;
    if (!Number.isInteger(k) || k < MIN_CAPACITY || k > 65535) throw new RangeError(`sketch k must be an integer in [8, 65535], got ${k}`);
    this.k = k;
    this.rng = (opts.seed ?? 1) >>> 0 || 1;
    this.updateCapacities();
  }
  /** Normalized rank error bound (99% confidence) for one query; `all` for all queries at once. */
  static rankErrorBound(k, all = false) {
    return all ? 2.446 / Math.pow(k, 0.9433) : 2.296 / Math.pow(k, 0.9723);
  }
  get rankErrorBound() {
    return _QuantileSketch.rankErrorBound(this.k);
  }
  /** The retained items of level h (weight 2^h). */
  level(h) {
    return this.bufs[h].subarray(0, this.lens[h]);
  }
  /** The retained values (each standing for 2^level original values), in no particular order. */
  retainedValues() {
    const out = [];
    for (let h = 0; h < this.bufs.length; h++) for (const v of this.level(h)) out.push(v);
    return out;
  }
  /** Number of values retained (memory use). */
  get retained() {
    return this.size;
  }
  coin() {
    let x = this.rng;
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    this.rng = x;
    return x & 1;
  }
  /** Level capacities: k at the top level, shrinking by 2/3 per level below, at least 8. */
  updateCapacities() {
    const H2 = this.bufs.length;
    this.caps = [];
    this.totalCap = 0;
    for (let h = 0; h < H2; h++) {
      const c = Math.max(MIN_CAPACITY, Math.ceil(this.k * Math.pow(DECAY, H2 - 1 - h)));
      this.caps.push(c);
      this.totalCap += c;
    }
  }
  addLevel() {
    this.bufs.push(new Float64Array(16));
    this.lens.push(0);
    this.updateCapacities();
  }
  /** Makes room for `extra` more items at level h. */
  reserve(h, extra) {
    let b = this.bufs[h];
    const need = this.lens[h] + extra;
    if (need > b.length) {
      const grown = new Float64Array(Math.max(need, b.length * 2));
      grown.set(b.subarray(0, this.lens[h]));
      this.bufs[h] = b = grown;
    }
    return b;
  }
  add(x) {
    if (Number.isNaN(x)) {
      this.nan++;
      return;
    }
    if (this.count === 0) {
      this.min = x;
      this.max = x;
    } else if (x < this.min) this.min = x;
    else if (x > this.max) this.max = x;
    this.count++;
    const b = this.lens[0] < this.bufs[0].length ? this.bufs[0] : this.reserve(0, 1);
    b[this.lens[0]++] = x;
    this.size++;
    this.cache = null;
    if (this.size > this.totalCap) this.compress();
  }
  addAll(values) {
    for (let i = 0; i < values.length; i++) this.add(values[i]);
  }
  /** Compacts levels until the sketch fits its capacity. */
  compress() {
    while (this.size > this.totalCap) {
      let h = 0;
      while (h < this.bufs.length - 1 && this.lens[h] < this.caps[h]) h++;
      this.compact(h);
    }
  }
  /** Halves level h: sort it, keep every other item (random offset) at double weight one level up. */
  compact(h) {
    if (h + 1 === this.bufs.length) this.addLevel();
    const len = this.lens[h];
    const level = this.bufs[h].subarray(0, len);
    if (h === 0) level.sort();
    const start = len % 2;
    const offset = this.coin();
    const pc = (len - start) / 2;
    if (this.scratch.length < pc) this.scratch = new Float64Array(Math.max(pc, this.scratch.length * 2));
    const promoted = this.scratch;
    for (let i2 = start + offset, j2 = 0; j2 < pc; i2 += 2, j2++) promoted[j2] = level[i2];
    this.lens[h] = start;
    const up = this.reserve(h + 1, pc);
    let i = this.lens[h + 1] - 1;
    let j = pc - 1;
    let k = this.lens[h + 1] + pc - 1;
    while (j >= 0) up[k--] = i >= 0 && up[i] > promoted[j] ? up[i--] : promoted[j--];
    this.lens[h + 1] = this.lens[h + 1] + pc;
    this.size -= pc;
  }
  /** Adds another sketch's values into this one (same k required). */
  merge(other) {
    if (other.k !== this.k) throw new RangeError(`cannot merge sketches with k = ${this.k} and k = ${other.k}`);
    if (other.count === 0) {
      this.nan += other.nan;
      return this;
    }
    while (this.bufs.length < other.bufs.length) this.addLevel();
    for (let h = 0; h < other.bufs.length; h++) {
      const theirs = other.level(h);
      if (theirs.length === 0) continue;
      const b = this.reserve(h, theirs.length);
      if (h === 0) b.set(theirs, this.lens[0]);
      else {
        const merged = mergeSorted(this.level(h), theirs);
        b.set(merged, 0);
      }
      this.lens[h] = this.lens[h] + theirs.length;
      this.size += theirs.length;
    }
    this.min = this.count === 0 ? other.min : Math.min(this.min, other.min);
    this.max = this.count === 0 ? other.max : Math.max(this.max, other.max);
    this.count += other.count;
    this.nan += other.nan;
    this.cache = null;
    this.compress();
    return this;
  }
  sortedView() {
    if (this.cache) return this.cache;
    const items = [];
    for (let h = 0; h < this.bufs.length; h++) {
      const w = 2 ** h;
      for (const v of this.level(h)) items.push([v, w]);
    }
    items.sort((a, b) => a[0] - b[0]);
    const values = new Float64Array(items.length);
    const cum = new Float64Array(items.length);
    let c = 0;
    items.forEach(([v, w], i) => {
      values[i] = v;
      c += w;
      cum[i] = c;
    });
    this.cache = { values, cum };
    return this.cache;
  }
  /** Estimated number of values ≤ x. */
  rank(x) {
    if (this.count === 0 || Number.isNaN(x)) return NaN;
    if (x < this.min) return 0;
    if (x >= this.max) return this.count;
    const { values, cum } = this.sortedView();
    let lo = 0;
    let hi = values.length;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (values[mid] <= x) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? 0 : cum[lo - 1];
  }
  /** Estimated share of values ≤ x (the empirical CDF), within ±rankErrorBound of the truth. */
  cdf(x) {
    return this.rank(x) / this.count;
  }
  /**
   * Estimated q-quantile: the smallest retained value whose estimated rank reaches q·count;
   * quantile(0) = min and quantile(1) = max exactly.
   */
  quantile(q) {
    if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile level must be in [0, 1], got ${q}`);
    if (this.count === 0) return NaN;
    if (q === 0) return this.min;
    if (q === 1) return this.max;
    const { values, cum } = this.sortedView();
    const target = q * this.count;
    let lo = 0;
    let hi = values.length - 1;
    while (lo < hi) {
      const mid = lo + hi >>> 1;
      if (cum[mid] >= target) hi = mid;
      else lo = mid + 1;
    }
    return Math.min(Math.max(values[lo], this.min), this.max);
  }
  serialize() {
    return {
      type: "kll",
      version: 1,
      k: this.k,
      count: this.count,
      min: this.count ? encode(this.min) : null,
      max: this.count ? encode(this.max) : null,
      nan: this.nan,
      rng: this.rng,
      levels: this.bufs.map((_, h) => Array.from(this.level(h), encode))
    };
  }
  toJSON() {
    return this.serialize();
  }
  static deserialize(json) {
    const j = json;
    if (j?.type !== "kll" || j.version !== 1 || !Array.isArray(j.levels) || typeof j.k !== "number" || typeof j.count !== "number") {
      throw new RangeError('not a serialized quantile sketch (expected {type: "kll", version: 1, k, count, levels, \u2026})');
    }
    const s = new _QuantileSketch({ k: j.k, seed: typeof j.rng === "number" ? j.rng : 1 });
    const levels = j.levels.map((l, h) => {
      if (!Array.isArray(l)) throw new RangeError(`sketch level ${h} is not an array`);
      const vals = Float64Array.from(l, decode);
      if (h > 0) {
        for (let i = 1; i < vals.length; i++) if (vals[i] < vals[i - 1]) throw new RangeError(`sketch level ${h} is not sorted`);
      }
      return vals;
    });
    if (levels.length === 0) levels.push(new Float64Array(0));
    s.bufs = levels.map((l) => {
      const b = new Float64Array(Math.max(16, l.length * 2));
      b.set(l);
      return b;
    });
    s.lens = levels.map((l) => l.length);
    s.updateCapacities();
    s.size = levels.reduce((a, l) => a + l.length, 0);
    const weight = levels.reduce((a, l, h) => a + l.length * 2 ** h, 0);
    if (weight !== j.count) throw new RangeError(`sketch levels hold ${weight} values but count says ${j.count}`);
    s.count = j.count;
    s.nan = typeof j.nan === "number" ? j.nan : 0;
    if (s.count > 0) {
      s.min = decode(j.min);
      s.max = decode(j.max);
    }
    return s;
  }
};
function quantileBinEdgesFromSketch(sketch, bins = 10) {
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`bins must be an integer \u2265 2, got ${bins}`);
  if (sketch.count === 0) throw new RangeError("cannot bin an empty sketch");
  const out = [];
  for (let i = 1; i < bins; i++) {
    const e = sketch.quantile(i / bins);
    if (!out.length || e > out[out.length - 1]) out.push(e);
  }
  return out;
}
__name(quantileBinEdgesFromSketch, "quantileBinEdgesFromSketch");
function sketchKsStatistic(a, b) {
  if (a.count === 0 || b.count === 0) throw new RangeError("KS from sketches needs two non-empty sketches");
  const points = /* @__PURE__ */ new Set([a.min, a.max, b.min, b.max]);
  for (const s of [a, b]) for (const v of s.retainedValues()) points.add(v);
  let d = 0;
  for (const x of points) d = Math.max(d, Math.abs(a.cdf(x) - b.cdf(x)));
  return { statistic: d, errorBound: a.rankErrorBound + b.rankErrorBound };
}
__name(sketchKsStatistic, "sketchKsStatistic");

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
function quantileBinEdges(reference, bins = 10, opts = {}) {
  if (!Number.isInteger(bins) || bins < 2) throw new RangeError(`bins must be an integer \u2265 2, got ${bins}`);
  if (reference.length === 0) throw new RangeError("cannot bin an empty reference sample");
  const s = sortedCopy(reference, "reference", opts.sorted === true);
  const edges = [];
  for (let i = 1; i < bins; i++) edges.push(quantileSorted(s, i / bins));
  return dedupeEdges(edges);
}
__name(quantileBinEdges, "quantileBinEdges");
function dedupeEdges(edges) {
  const out = [];
  for (let i = 0; i < edges.length; i++) {
    const e = edges[i];
    if (!Number.isFinite(e)) throw new RangeError(`bin edge ${i} is ${e}; edges must be finite`);
    if (out.length && e < out[out.length - 1]) throw new RangeError(`bin edges must be ascending (edge ${i} is ${e})`);
    if (!out.length || e > out[out.length - 1]) out.push(e);
  }
  return out;
}
__name(dedupeEdges, "dedupeEdges");
function binIndex(edges, x) {
  let lo = 0;
  let hi = edges.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (edges[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
__name(binIndex, "binIndex");
function shareVector(counts2, opts = {}) {
  const epsilon = opts.epsilon ?? 0;
  if (!(epsilon >= 0 && epsilon < 1)) throw new RangeError(`epsilon must be in [0, 1), got ${epsilon}`);
  let total = 0;
  for (let i = 0; i < counts2.length; i++) {
    const c = counts2[i];
    if (!Number.isFinite(c) || c < 0) throw new RangeError(`count ${i} is ${c}; counts must be finite and non-negative`);
    total += c;
  }
  if (!(total > 0)) throw new RangeError("cannot turn counts that sum to 0 into shares");
  const out = new Float64Array(counts2.length);
  for (let i = 0; i < counts2.length; i++) {
    const s = counts2[i] / total;
    out[i] = s === 0 && epsilon > 0 ? epsilon : s;
  }
  return out;
}
__name(shareVector, "shareVector");
var BinnedHistogram = class _BinnedHistogram {
  static {
    __name(this, "BinnedHistogram");
  }
  edges;
  counts;
  /** NaN values seen (not in any bin). */
  nan = 0;
  constructor(edges) {
    this.edges = Object.freeze(dedupeEdges(edges));
    if (this.edges.length !== edges.length) throw new RangeError("histogram edges must be strictly ascending");
    this.counts = new Float64Array(this.edges.length + 1);
  }
  add(x) {
    if (Number.isNaN(x)) this.nan++;
    else this.counts[binIndex(this.edges, x)]++;
  }
  addAll(values) {
    for (let i = 0; i < values.length; i++) this.add(values[i]);
  }
  /** Number of non-NaN values counted. */
  get total() {
    let s = 0;
    for (const c of this.counts) s += c;
    return s;
  }
  merge(other) {
    if (other.edges.length !== this.edges.length || other.edges.some((e, i) => e !== this.edges[i])) {
      throw new RangeError("cannot merge histograms with different edges; build both on the reference edges");
    }
    for (let i = 0; i < this.counts.length; i++) this.counts[i] = this.counts[i] + other.counts[i];
    this.nan += other.nan;
    return this;
  }
  shares(opts = {}) {
    return shareVector(this.counts, opts);
  }
  toJSON() {
    return { type: "histogram", version: 1, edges: [...this.edges], counts: Array.from(this.counts), nan: this.nan };
  }
  static fromJSON(json) {
    const j = json;
    if (j?.type !== "histogram" || j.version !== 1 || !Array.isArray(j.edges) || !Array.isArray(j.counts)) {
      throw new RangeError('not a serialized histogram (expected {type: "histogram", version: 1, edges, counts})');
    }
    const h = new _BinnedHistogram(j.edges);
    if (j.counts.length !== h.counts.length)
      throw new RangeError(`histogram has ${j.counts.length} counts for ${j.edges.length} edges (expected edges + 1)`);
    j.counts.forEach((c, i) => {
      if (!(Number.isFinite(c) && c >= 0)) throw new RangeError(`histogram count ${i} is ${c}`);
      h.counts[i] = c;
    });
    h.nan = typeof j.nan === "number" && j.nan >= 0 ? j.nan : 0;
    return h;
  }
};

// node_modules/@mlops-actions/drift/src/tests.ts
var TEST_NAMES = [
  "ks",
  "chi-square",
  "chi-square-gof",
  "psi",
  "jensen-shannon",
  "wasserstein",
  "l-infinity",
  "z",
  "hellinger"
];
var TESTS = {
  ks: { name: "ks", kind: "p-value", types: ["numerical"], threshold: 0.05, statistic: "D (largest gap between the two empirical CDFs)" },
  "chi-square": {
    name: "chi-square",
    kind: "p-value",
    types: ["categorical"],
    threshold: 0.05,
    statistic: "chi-square statistic of the 2 \xD7 k table (two-sample test of homogeneity)"
  },
  "chi-square-gof": {
    name: "chi-square-gof",
    kind: "p-value",
    types: ["categorical"],
    threshold: 0.05,
    statistic: "chi-square statistic of the current counts against the reference shares taken as exact (goodness of fit)"
  },
  z: {
    name: "z",
    kind: "p-value",
    types: ["categorical"],
    threshold: 0.05,
    statistic: "z of the two-proportion test on the most common reference category"
  },
  psi: { name: "psi", kind: "distance", types: ["numerical", "categorical"], threshold: 0.1, statistic: "PSI (natural log)" },
  "jensen-shannon": {
    name: "jensen-shannon",
    kind: "distance",
    types: ["numerical", "categorical"],
    threshold: 0.1,
    statistic: "Jensen\u2013Shannon distance (log base 2)"
  },
  wasserstein: {
    name: "wasserstein",
    kind: "distance",
    types: ["numerical"],
    threshold: 0.1,
    statistic: "Wasserstein distance / reference standard deviation"
  },
  "l-infinity": {
    name: "l-infinity",
    kind: "distance",
    types: ["numerical", "categorical"],
    threshold: 0.1,
    statistic: "largest absolute difference of shares"
  },
  hellinger: { name: "hellinger", kind: "distance", types: ["numerical", "categorical"], threshold: 0.1, statistic: "Hellinger distance" }
};
var SMALL_SAMPLE = 1e3;
var FEW_VALUES = 5;
var DISTANCE_NOISE_LEVEL = 0.05;
var SPARSE_EXPECTED = 5;
function jensenShannonNoiseLevel(categories, n1, n2, threshold) {
  if (categories < 2) return 0;
  return chi2Sf(8 * Math.LN2 * threshold * threshold * n1 * n2 / (n1 + n2), categories - 1);
}
__name(jensenShannonNoiseLevel, "jensenShannonNoiseLevel");
function isTestName(s) {
  return TEST_NAMES.includes(s);
}
__name(isTestName, "isTestName");
function parseTestName(s, where) {
  const v = String(s).trim().toLowerCase();
  const aliases = {
    chisquare: "chi-square",
    chi2: "chi-square",
    "chisquare-gof": "chi-square-gof",
    "chi2-gof": "chi-square-gof",
    js: "jensen-shannon",
    jensenshannon: "jensen-shannon",
    linf: "l-infinity",
    "z-test": "z",
    kolmogorov: "ks"
  };
  const name = aliases[v] ?? v;
  if (!isTestName(name)) {
    throw new UserError(`unknown test '${String(s)}'`, { ...where, fix: `Use one of: ${TEST_NAMES.join(", ")}` });
  }
  return name;
}
__name(parseTestName, "parseTestName");
var fmt = /* @__PURE__ */ __name((n) => n.toLocaleString("en-US"), "fmt");
function smallestPooledCount(reference, current) {
  let min = Infinity;
  for (const [k, r] of reference) {
    const t = r + (current.get(k) ?? 0);
    if (t > 0 && t < min) min = t;
  }
  for (const [k, c] of current) if (!reference.has(k) && c > 0 && c < min) min = c;
  return min;
}
__name(smallestPooledCount, "smallestPooledCount");
function chooseTest(type, n, distinct, requested, column, sizes) {
  const few = type === "numerical" && distinct <= FEW_VALUES;
  if (requested) {
    const info3 = TESTS[requested];
    if (!info3.types.includes(type)) {
      throw new UserError(`test '${requested}' applies to ${info3.types.join(" or ")} columns, but '${column}' is ${type}`, {
        input: "tests",
        key: column,
        fix: type === "categorical" ? `Use chi-square, chi-square-gof, z, psi, jensen-shannon, l-infinity or hellinger, or list '${column}' under 'numerical'` : `Use ks, wasserstein, psi, jensen-shannon, l-infinity or hellinger, or list '${column}' under 'categorical'`
      });
    }
    return { test: requested, asCategories: false, reason: `${requested}, as asked in 'tests'` };
  }
  const small = n <= SMALL_SAMPLE;
  const size = `${fmt(n)} values ${small ? "\u2264" : ">"} ${fmt(SMALL_SAMPLE)}`;
  if (type === "numerical" && !few) {
    return small ? {
      test: "ks",
      asCategories: false,
      reason: `numerical, ${size}: two-sample Kolmogorov\u2013Smirnov (a p-value is meaningful at this size)`
    } : {
      test: "wasserstein",
      asCategories: false,
      reason: `numerical, ${size}: p-values flag trivial shifts at this size, so the Wasserstein distance in reference standard deviations`
    };
  }
  const what = few ? `numerical with ${distinct} distinct value${distinct === 1 ? "" : "s"} (\u2264 ${FEW_VALUES}, tested as categories)` : "categorical";
  const pTest = /* @__PURE__ */ __name(() => distinct <= 2 ? { test: "z", asCategories: few, reason: `${what}, two categories, ${size}: two-proportion z-test` } : {
    test: "chi-square",
    asCategories: few,
    reason: `${what}, ${size}: chi-square test of homogeneity (two samples, rare categories pooled)`
  }, "pTest");
  if (small) return pTest();
  const s = sizes ?? { reference: n, current: n, jsThreshold: TESTS["jensen-shannon"].threshold };
  const noise = jensenShannonNoiseLevel(distinct, s.reference, s.current, s.jsThreshold);
  if (noise > DISTANCE_NOISE_LEVEL) {
    const c = pTest();
    return {
      ...c,
      reason: `${c.reason}; not the Jensen\u2013Shannon distance, whose sampling noise alone would reach ${s.jsThreshold} in about ${Math.round(noise * 100)}% of same-distribution samples with ${fmt(distinct)} categories at these sizes`
    };
  }
  if (s.smallestCount !== void 0) {
    const expected = Math.min(s.reference, s.current) * s.smallestCount / (s.reference + s.current);
    if (expected < SPARSE_EXPECTED) {
      const c = pTest();
      return {
        ...c,
        reason: `${c.reason}; not the Jensen\u2013Shannon distance, because a category is sparse (expected count ${expected < 0.1 ? expected.toPrecision(1) : expected.toFixed(1)} < ${SPARSE_EXPECTED} in the smaller sample), where the distance's sampling noise is larger than its estimate`
      };
    }
  }
  return {
    test: "jensen-shannon",
    asCategories: few,
    reason: `${what}, ${size}: p-values flag trivial shifts at this size, so the Jensen\u2013Shannon distance`
  };
}
__name(chooseTest, "chooseTest");

// node_modules/@mlops-actions/drift/src/binning.ts
function referenceBinEdges(sortedReference, bins) {
  return quantileBinEdges(sortedReference, bins, { sorted: true });
}
__name(referenceBinEdges, "referenceBinEdges");
function countBelowOrEqual(sorted, x) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >>> 1;
    if (sorted[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
__name(countBelowOrEqual, "countBelowOrEqual");

// node_modules/@mlops-actions/drift/src/compare.ts
var DEFAULT_SETTINGS = {
  tests: {},
  thresholds: {},
  missingShareThreshold: 0.05,
  bins: 10,
  psiEpsilon: 1e-4,
  jsBase: 2,
  wassersteinFloor: 0,
  wassersteinRelativeFloor: 1e-3,
  chiSquareMinExpected: 5
};
var CHART_BINS = 24;
var CHART_CATEGORIES = 12;
var SCORE_CAP = 100;
function thresholdFor(column, test, s) {
  return s.thresholds[column] ?? s.thresholds[test] ?? TESTS[test].threshold;
}
__name(thresholdFor, "thresholdFor");
function scoreOf(kind, statistic, p, threshold) {
  if (kind === "distance") return Number.isFinite(statistic) ? Math.min(SCORE_CAP, statistic / threshold) : SCORE_CAP;
  if (p === null || !(threshold > 0 && threshold < 1)) return 0;
  if (p <= 0) return SCORE_CAP;
  return Math.min(SCORE_CAP, Math.log(p) / Math.log(threshold));
}
__name(scoreOf, "scoreOf");
function share(part, whole) {
  return whole > 0 ? part / whole : 0;
}
__name(share, "share");
function missingLikeShare(missing2, infinite, rows) {
  return share(missing2 + infinite, rows);
}
__name(missingLikeShare, "missingLikeShare");
function sideCounts(c, count) {
  const missing2 = c.missing + c.invalid;
  return {
    rows: c.rows,
    missing: missing2,
    missing_share: missingLikeShare(missing2, c.infinite, c.rows),
    invalid: c.invalid,
    infinite: c.infinite,
    count
  };
}
__name(sideCounts, "sideCounts");
function numericSummary(c) {
  const v = c.values;
  const s = sideCounts(c, v.length);
  if (v.length > 0) {
    const { mean, std } = meanStd(v, 0);
    s.mean = mean;
    s.std = std;
    s.min = v[0];
    s.max = v[v.length - 1];
    s.median = v.length % 2 ? v[(v.length - 1) / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    s.distinct = distinctSorted(v);
  }
  return s;
}
__name(numericSummary, "numericSummary");
function categoricalSummary(c) {
  let count = 0;
  for (const n of c.categories?.values() ?? []) count += n;
  const s = sideCounts(c, count);
  if (c.categories) {
    s.distinct = c.categories.size;
    s.top = [...c.categories.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([value, n]) => ({ value, share: share(n, count) }));
  }
  return s;
}
__name(categoricalSummary, "categoricalSummary");
function unionDistinctSorted(a, b, cap = Infinity) {
  let i = 0;
  let j = 0;
  let d = 0;
  while ((i < a.length || j < b.length) && d <= cap) {
    const x = j >= b.length || i < a.length && a[i] <= b[j] ? a[i] : b[j];
    d++;
    while (i < a.length && a[i] === x) i++;
    while (j < b.length && b[j] === x) j++;
  }
  return d;
}
__name(unionDistinctSorted, "unionDistinctSorted");
function unionSize(a, b) {
  let n = a.size;
  for (const k of b.keys()) if (!a.has(k)) n++;
  return n;
}
__name(unionSize, "unionSize");
function distinctSorted(v) {
  if (v.length === 0) return 0;
  let d = 1;
  for (let i = 1; i < v.length; i++) if (v[i] !== v[i - 1]) d++;
  return d;
}
__name(distinctSorted, "distinctSorted");
function countsOfSorted(v) {
  const m = /* @__PURE__ */ new Map();
  let i = 0;
  while (i < v.length) {
    let j = i + 1;
    while (j < v.length && v[j] === v[i]) j++;
    m.set(String(v[i]), j - i);
    i = j;
  }
  return m;
}
__name(countsOfSorted, "countsOfSorted");
function binCounts2(sorted, edges) {
  const out = [];
  let prev = 0;
  for (const e of edges) {
    const k = countBelowOrEqual(sorted, e);
    out.push(k - prev);
    prev = k;
  }
  out.push(sorted.length - prev);
  return out;
}
__name(binCounts2, "binCounts");
function histogramChart(ref, cur) {
  if (ref.length === 0 || cur.length === 0) return void 0;
  let lo = Math.min(quantileSorted(ref, 5e-3), quantileSorted(cur, 5e-3));
  let hi = Math.max(quantileSorted(ref, 0.995), quantileSorted(cur, 0.995));
  if (!(hi > lo)) {
    lo = Math.min(ref[0], cur[0]);
    hi = Math.max(ref[ref.length - 1], cur[cur.length - 1]);
  }
  if (!(hi > lo)) {
    hi = lo + 1;
  }
  const edges = [];
  for (let i = 0; i <= CHART_BINS; i++) edges.push(lo + (hi - lo) * i / CHART_BINS);
  const inner = edges.slice(1, -1);
  const toShares = /* @__PURE__ */ __name((v) => binCounts2(v, inner).map((n) => share(n, v.length)), "toShares");
  return { kind: "histogram", edges, reference: toShares(ref), current: toShares(cur) };
}
__name(histogramChart, "histogramChart");
function barsChart(ref, cur) {
  const total = /* @__PURE__ */ __name((m) => [...m.values()].reduce((a, b) => a + b, 0), "total");
  const rt = total(ref);
  const ct = total(cur);
  const keys = [.../* @__PURE__ */ new Set([...ref.keys(), ...cur.keys()])];
  const weight = new Map(keys.map((k) => [k, Math.max(share(ref.get(k) ?? 0, rt), share(cur.get(k) ?? 0, ct))]));
  keys.sort((a, b) => weight.get(b) - weight.get(a) || (a < b ? -1 : 1));
  const shown2 = keys.slice(0, CHART_CATEGORIES);
  const rest = keys.slice(CHART_CATEGORIES);
  const chart = {
    kind: "bars",
    labels: shown2,
    reference: shown2.map((k) => share(ref.get(k) ?? 0, rt)),
    current: shown2.map((k) => share(cur.get(k) ?? 0, ct))
  };
  if (rest.length) {
    chart.other = {
      reference: share(
        rest.reduce((a, k) => a + (ref.get(k) ?? 0), 0),
        rt
      ),
      current: share(
        rest.reduce((a, k) => a + (cur.get(k) ?? 0), 0),
        ct
      )
    };
  }
  return chart;
}
__name(barsChart, "barsChart");
function missingPart(ref, cur, threshold) {
  const mr = ref.missing + ref.infinite;
  const mc = cur.missing + cur.infinite;
  const nr = ref.rows;
  const nc = cur.rows;
  let change;
  if (nr > 0 && nc > 0) change = (mc * nr - mr * nc) / (nr * nc);
  else change = cur.missing_share - ref.missing_share;
  return { reference_share: ref.missing_share, current_share: cur.missing_share, change, threshold, drift: Math.abs(change) > threshold };
}
__name(missingPart, "missingPart");
function skippedColumn(name, type, reference, current, reason, s, exact) {
  return {
    name,
    type,
    test: null,
    test_kind: null,
    reason,
    statistic: null,
    p_value: null,
    p_value_adjusted: null,
    threshold: null,
    drift: false,
    score: 0,
    missing: missingPart(reference, current, s.missingShareThreshold),
    reference,
    current,
    skipped: reason,
    notes: [],
    exact
  };
}
__name(skippedColumn, "skippedColumn");
function categoricalTest(test, ref, cur, s) {
  const r = Array.isArray(ref) ? ref : canonicalOrder(ref);
  const c = Array.isArray(cur) ? cur : canonicalOrder(cur);
  switch (test) {
    case "chi-square": {
      const x = chiSquareHomogeneity(r, c, { minExpected: s.chiSquareMinExpected });
      const notes = [];
      if (x.pooledCategories > 0) {
        notes.push(
          `${x.pooledCategories} rare categor${x.pooledCategories === 1 ? "y" : "ies"} (expected count < ${s.chiSquareMinExpected}) pooled ${x.pooledGroups > 0 ? `into ${x.pooledGroups} group${x.pooledGroups === 1 ? "" : "s"}` : "with the smallest other category"}; ${x.cells} cells, df ${x.df}`
        );
      }
      if (x.df === 0) notes.push("fewer than two cells after pooling: too few values to test, p = 1");
      if (x.unseenCategories > 0)
        notes.push(
          `${x.unseenCategories} categor${x.unseenCategories === 1 ? "y is" : "ies are"} new in the current data (absent from the reference)`
        );
      return { statistic: x.statistic, p: x.pvalue, notes };
    }
    case "chi-square-gof": {
      const x = chiSquareDrift(r, c);
      const notes = [
        "goodness of fit: the reference shares are taken as exact (Evidently-compatible; anti-conservative when the reference is a sample)"
      ];
      if (x.unseenCategories > 0)
        notes.push(
          `${x.unseenCategories} categor${x.unseenCategories === 1 ? "y is" : "ies are"} new in the current data (absent from the reference): the chi-square statistic is infinite`
        );
      return { statistic: x.statistic, p: x.pvalue, notes };
    }
    case "z": {
      const x = twoProportionZ(r, c);
      const notes = x.tests > 1 ? [`z-test per category against the rest, ${x.tests} tests combined by Bonferroni; the smallest p-value is for '${x.category}'`] : [];
      return { statistic: x.statistic, p: x.pvalue, notes };
    }
    case "psi":
      return { statistic: psi(r, c, { epsilon: s.psiEpsilon }), p: null, notes: [] };
    case "jensen-shannon":
      return { statistic: jensenShannon(r, c, s.jsBase), p: null, notes: [] };
    case "hellinger":
      return { statistic: hellinger(r, c), p: null, notes: [] };
    case "l-infinity":
      return { statistic: lInfinity(r, c), p: null, notes: [] };
    default:
      throw new Error(`test ${test} does not take counts`);
  }
}
__name(categoricalTest, "categoricalTest");
function canonicalOrder(m) {
  return new Map([...m].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
__name(canonicalOrder, "canonicalOrder");
function compareExact(ref, cur, s) {
  const name = ref.name;
  if (ref.type === "categorical") {
    const rs2 = categoricalSummary(ref);
    const cs2 = categoricalSummary(cur);
    if (!ref.categories || !cur.categories) {
      return skippedColumn(
        name,
        "categorical",
        rs2,
        cs2,
        `more than ${ref.categories ? "" : "the limit of "}distinct values (an identifier, most likely): not tested`,
        s,
        true
      );
    }
    return categoricalColumn(name, ref.categories, cur.categories, rs2, cs2, s, true);
  }
  const rv = ref.values;
  const cv = cur.values;
  const rs = numericSummary(ref);
  const cs = numericSummary(cur);
  if (rv.length === 0 || cv.length === 0) {
    return skippedColumn(
      name,
      "numerical",
      rs,
      cs,
      `no numeric values in the ${rv.length === 0 ? "reference" : "current"} data: not tested`,
      s,
      true
    );
  }
  const requested = s.tests[name] ?? s.tests["*"];
  const distinct = unionDistinctSorted(rv, cv, 64);
  const valueCounts = distinct <= FEW_VALUES ? { ref: countsOfSorted(rv), cur: countsOfSorted(cv) } : void 0;
  const choice = chooseTest(
    "numerical",
    Math.min(rv.length, cv.length),
    distinct,
    requested && TESTS[requested].types.includes("numerical") ? requested : void 0,
    name,
    {
      reference: rv.length,
      current: cv.length,
      jsThreshold: thresholdFor(name, "jensen-shannon", s),
      ...valueCounts ? { smallestCount: smallestPooledCount(valueCounts.ref, valueCounts.cur) } : {}
    }
  );
  if (choice.asCategories) {
    const vc = valueCounts ?? { ref: countsOfSorted(rv), cur: countsOfSorted(cv) };
    return { ...categoricalColumn(name, vc.ref, vc.cur, rs, cs, s, true, choice.test, choice.reason), type: "numerical" };
  }
  const test = choice.test;
  const threshold = thresholdFor(name, test, s);
  let out;
  if (test === "ks") {
    const x = ks2samp(rv, cv, { sorted: true });
    out = { statistic: x.statistic, p: x.pvalue, notes: [`${x.method} p-value${x.exactFallback ? ` (${x.exactFallback})` : ""}`] };
  } else if (test === "wasserstein") {
    out = {
      statistic: normalizedWasserstein(rv, cv, { floor: s.wassersteinFloor, relativeFloor: s.wassersteinRelativeFloor, sorted: true }),
      p: null,
      notes: []
    };
    if (out.statistic === Infinity)
      out.notes.push("the reference is all zeros and the current data is not: the normalised distance is infinite");
  } else {
    const edges = referenceBinEdges(rv, s.bins);
    out = categoricalTest(test, binCounts2(rv, edges), binCounts2(cv, edges), s);
    out.notes.push(`${edges.length + 1} bins at the reference quantiles`);
  }
  return finishColumn(name, "numerical", test, choice.reason, threshold, out, rs, cs, s, histogramChart(rv, cv), true);
}
__name(compareExact, "compareExact");
function categoricalColumn(name, ref, cur, rs, cs, s, exact, chosen, chosenReason) {
  if (rs.count === 0 || cs.count === 0) {
    return skippedColumn(
      name,
      "categorical",
      rs,
      cs,
      `no values in the ${rs.count === 0 ? "reference" : "current"} data: not tested`,
      s,
      exact
    );
  }
  let test = chosen;
  let reason = chosenReason;
  if (!test) {
    const requested = s.tests[name] ?? s.tests["*"];
    const choice = chooseTest(
      "categorical",
      Math.min(rs.count, cs.count),
      unionSize(ref, cur),
      requested && TESTS[requested].types.includes("categorical") ? requested : void 0,
      name,
      {
        reference: rs.count,
        current: cs.count,
        jsThreshold: thresholdFor(name, "jensen-shannon", s),
        smallestCount: smallestPooledCount(ref, cur)
      }
    );
    test = choice.test;
    reason = choice.reason;
  }
  const threshold = thresholdFor(name, test, s);
  const out = categoricalTest(test, ref, cur, s);
  return finishColumn(name, "categorical", test, reason, threshold, out, rs, cs, s, barsChart(ref, cur), exact);
}
__name(categoricalColumn, "categoricalColumn");
function finishColumn(name, type, test, reason, threshold, out, rs, cs, s, chart, exact) {
  const kind = TESTS[test].kind;
  const notes = [...out.notes];
  if (Number.isNaN(out.statistic) || out.p !== null && Number.isNaN(out.p)) {
    const why2 = `${test} could not be computed on these values (the statistic is not a number): not tested`;
    return { ...skippedColumn(name, type, rs, cs, why2, s, exact), test, test_kind: kind, chart, notes: [...notes, why2] };
  }
  const drift = kind === "p-value" ? out.p < threshold : out.statistic >= threshold;
  if (rs.invalid || cs.invalid) notes.push(`${rs.invalid + cs.invalid} value(s) that are not numbers counted as missing`);
  if (rs.infinite || cs.infinite) notes.push(`${rs.infinite + cs.infinite} infinite value(s) left out of the test`);
  return {
    name,
    type,
    test,
    test_kind: kind,
    reason,
    statistic: out.statistic,
    p_value: out.p,
    p_value_adjusted: out.p,
    threshold,
    drift,
    score: scoreOf(kind, out.statistic, out.p, threshold),
    missing: missingPart(rs, cs, s.missingShareThreshold),
    reference: rs,
    current: cs,
    chart,
    notes,
    exact
  };
}
__name(finishColumn, "finishColumn");
function decide(columns, changes, o) {
  const tested = columns.filter((c) => c.test_kind === "p-value" && c.p_value !== null);
  if (o.correction !== "none" && tested.length > 1) {
    const adjusted = (o.correction === "bonferroni" ? bonferroni : benjaminiHochberg)(tested.map((c) => c.p_value));
    tested.forEach((c, i) => {
      c.p_value_adjusted = adjusted[i];
      c.drift = c.p_value_adjusted < c.threshold;
      c.score = scoreOf("p-value", c.statistic, c.p_value_adjusted, c.threshold);
    });
  }
  const inShare = columns.filter((c) => !c.skipped || c.missing.drift);
  const driftedCols = inShare.filter((c) => c.drift || c.missing.drift);
  const compared = inShare.length;
  const share3 = compared > 0 ? driftedCols.length / compared : 0;
  const reasons = [];
  let drift = false;
  const digits = share3 !== o.driftShare && fmtShare(share3, 3) === fmtShare(o.driftShare, 3) ? 6 : 3;
  if (compared > 0 && share3 >= o.driftShare) {
    drift = true;
    reasons.push(
      `${driftedCols.length} of ${compared} columns drifted (share ${fmtShare(share3, digits)} \u2265 ${fmtShare(o.driftShare, digits)})`
    );
  } else {
    reasons.push(
      `${driftedCols.length} of ${compared} columns drifted (share ${fmtShare(share3, digits)} < ${fmtShare(o.driftShare, digits)})`
    );
  }
  const left = columns.filter((c) => c.skipped && !c.missing.drift);
  if (left.length)
    reasons.push(
      `${left.length} column${left.length === 1 ? "" : "s"} not tested, left out of the share: ${left.map((c) => c.name).join(", ")}`
    );
  const critical = driftedCols.filter((c) => o.criticalColumns.includes(c.name));
  if (critical.length) {
    drift = true;
    reasons.push(`critical column${critical.length > 1 ? "s" : ""} drifted: ${critical.map((c) => c.name).join(", ")}`);
  }
  if (changes.length && o.schemaChanges === "drift") {
    drift = true;
    reasons.push(
      `the schema changed: ${changes.map((c) => `${c.column} ${c.change === "type" ? `changed type (${c.reference} \u2192 ${c.current})` : c.change}`).join(", ")}`
    );
  }
  return { drift, share: share3, drifted_columns: driftedCols.map((c) => c.name), compared_columns: compared, reasons };
}
__name(decide, "decide");
function fmtShare(x, digits) {
  return Number(x.toFixed(digits)).toString();
}
__name(fmtShare, "fmtShare");

// node_modules/@mlops-actions/drift/src/bytecount.ts
var ByteCounter = class {
  static {
    __name(this, "ByteCounter");
  }
  arena = Buffer.allocUnsafe(4096);
  used = 0;
  offsets = new Int32Array(64);
  lengths = new Int32Array(64);
  counts = new Float64Array(64);
  table = new Int32Array(128).fill(-1);
  size = 0;
  /** Counts bytes [s, e) of buf. Returns false (and counts nothing) when a new value would exceed `max` distinct values. */
  add(buf, s, e, max) {
    const len = e - s;
    let h = 2166136261;
    for (let i = s; i < e; i++) h = Math.imul(h ^ buf[i], 16777619);
    const mask = this.table.length - 1;
    let slot = h >>> 0 & mask;
    for (; ; ) {
      const k2 = this.table[slot];
      if (k2 < 0) break;
      if (this.lengths[k2] === len) {
        const off = this.offsets[k2];
        let same = true;
        for (let i = 0; i < len; i++) {
          if (this.arena[off + i] !== buf[s + i]) {
            same = false;
            break;
          }
        }
        if (same) {
          this.counts[k2]++;
          return true;
        }
      }
      slot = slot + 1 & mask;
    }
    if (this.size >= max) return false;
    const k = this.size++;
    if (k === this.offsets.length) this.growEntries();
    if (this.used + len > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(this.arena.length * 2, this.used + len));
      this.arena.copy(bigger, 0, 0, this.used);
      this.arena = bigger;
    }
    for (let i = 0; i < len; i++) this.arena[this.used + i] = buf[s + i];
    this.offsets[k] = this.used;
    this.lengths[k] = len;
    this.counts[k] = 1;
    this.used += len;
    this.table[slot] = k;
    if (this.size * 2 > this.table.length) this.rehash();
    return true;
  }
  /** value → count (values decoded as UTF-8). */
  toMap(into = /* @__PURE__ */ new Map()) {
    for (let k = 0; k < this.size; k++) {
      const key = this.arena.toString("utf8", this.offsets[k], this.offsets[k] + this.lengths[k]);
      into.set(key, (into.get(key) ?? 0) + this.counts[k]);
    }
    return into;
  }
  growEntries() {
    const n = this.offsets.length * 2;
    const o = new Int32Array(n);
    o.set(this.offsets);
    this.offsets = o;
    const l = new Int32Array(n);
    l.set(this.lengths);
    this.lengths = l;
    const c = new Float64Array(n);
    c.set(this.counts);
    this.counts = c;
  }
  rehash() {
    const table2 = new Int32Array(this.table.length * 2).fill(-1);
    const mask = table2.length - 1;
    for (let k = 0; k < this.size; k++) {
      let h = 2166136261;
      const off = this.offsets[k];
      for (let i = 0; i < this.lengths[k]; i++) h = Math.imul(h ^ this.arena[off + i], 16777619);
      let slot = h >>> 0 & mask;
      while (table2[slot] >= 0) slot = slot + 1 & mask;
      table2[slot] = k;
    }
    this.table = table2;
  }
};

// node_modules/@mlops-actions/drift/src/number.ts
var NUMBER = 0;
var MISSING = 1;
var TEXT = 2;
var parseStatus = NUMBER;
var POW10 = new Float64Array(23);
for (let i = 0, p = 1; i < 23; i++, p *= 10) POW10[i] = p;
var MISSING_TOKENS = [
  "",
  "#N/A",
  "#N/A N/A",
  "#NA",
  "-1.#IND",
  "-1.#QNAN",
  "-NaN",
  "-nan",
  "1.#IND",
  "1.#QNAN",
  "<NA>",
  "N/A",
  "NA",
  "NULL",
  "NaN",
  "None",
  "n/a",
  "nan",
  "null"
];
var MISSING_SET = new Set(MISSING_TOKENS);
var INFINITY_TOKENS = /* @__PURE__ */ new Map([
  ["inf", Infinity],
  ["+inf", Infinity],
  ["-inf", -Infinity],
  ["Inf", Infinity],
  ["+Inf", Infinity],
  ["-Inf", -Infinity],
  ["INF", Infinity],
  ["-INF", -Infinity],
  ["Infinity", Infinity],
  ["+Infinity", Infinity],
  ["-Infinity", -Infinity]
]);
function isMissingText(s) {
  return MISSING_SET.has(s);
}
__name(isMissingText, "isMissingText");
function isMissingBytes(b, s, e) {
  const len = e - s;
  if (len === 0) return true;
  if (len > 8) return false;
  const c = b[s];
  if (c !== 35 && c !== 45 && c !== 49 && c !== 60 && c !== 78 && c !== 110) return false;
  return MISSING_SET.has(latin1(b, s, e));
}
__name(isMissingBytes, "isMissingBytes");
function latin1(b, s, e) {
  const f = b.latin1Slice;
  return f ? f.call(b, s, e) : Buffer.from(b.buffer, b.byteOffset + s, e - s).toString("latin1");
}
__name(latin1, "latin1");
function parseNumber(b, s, e) {
  while (s < e && b[s] === 32) s++;
  while (e > s && b[e - 1] === 32) e--;
  if (s === e) {
    parseStatus = MISSING;
    return NaN;
  }
  let i = s;
  let neg = false;
  const c = b[i];
  if (c === 45 || c === 43) {
    neg = c === 45;
    i++;
  }
  let hi = 0;
  let lo = 0;
  let loDigits = 0;
  let significant = 0;
  let exp10 = 0;
  let digits = 0;
  let tooLong = false;
  for (; i < e; i++) {
    const d = b[i] - 48;
    if (d < 0 || d > 9) break;
    digits++;
    if (significant === 0 && d === 0) continue;
    significant++;
    if (significant <= 15) hi = hi * 10 + d;
    else if (significant <= 19) {
      lo = lo * 10 + d;
      loDigits++;
    } else {
      tooLong = true;
      exp10++;
    }
  }
  if (i < e && b[i] === 46) {
    i++;
    for (; i < e; i++) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) break;
      digits++;
      if (significant === 0 && d === 0) {
        exp10--;
        continue;
      }
      significant++;
      if (significant <= 15) {
        hi = hi * 10 + d;
        exp10--;
      } else if (significant <= 19) {
        lo = lo * 10 + d;
        loDigits++;
        exp10--;
      } else {
        tooLong = true;
      }
    }
  }
  if (digits === 0) return special(b, s, e);
  if (i < e && (b[i] === 101 || b[i] === 69)) {
    i++;
    let eneg = false;
    if (i < e && (b[i] === 45 || b[i] === 43)) {
      eneg = b[i] === 45;
      i++;
    }
    const start = i;
    let ev = 0;
    for (; i < e; i++) {
      const d = b[i] - 48;
      if (d < 0 || d > 9) break;
      if (ev < 1e5) ev = ev * 10 + d;
    }
    if (i === start) return special(b, s, e);
    exp10 += eneg ? -ev : ev;
  }
  if (i !== e) return special(b, s, e);
  parseStatus = NUMBER;
  if (significant === 0) return neg ? -0 : 0;
  if (tooLong || exp10 < -22 || exp10 > 22) return Number(latin1(b, s, e));
  let v;
  if (loDigits === 0) {
    v = exp10 === 0 ? hi : exp10 < 0 ? hi / POW10[-exp10] : hi * POW10[exp10];
  } else {
    v = doubleDouble(hi, lo, loDigits, exp10);
    if (Number.isNaN(v)) return Number(latin1(b, s, e));
  }
  return neg ? -v : v;
}
__name(parseNumber, "parseNumber");
var SPLIT = 134217729;
var prodHi = 0;
var prodLo = 0;
function twoProduct2(a, b) {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  prodHi = p;
  prodLo = ah * bh - p + ah * bl + al * bh + al * bl;
}
__name(twoProduct2, "twoProduct");
var bits = new Float64Array(1);
var words = new Uint32Array(bits.buffer);
var LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;
function neighbour(x, dir) {
  bits[0] = x;
  const l = words[LOW];
  if (dir > 0) {
    words[LOW] = l + 1 >>> 0;
    if (l === 4294967295) words[1 - LOW] = words[1 - LOW] + 1 >>> 0;
  } else {
    words[LOW] = l - 1 >>> 0;
    if (l === 0) words[1 - LOW] = words[1 - LOW] - 1 >>> 0;
  }
  return bits[0];
}
__name(neighbour, "neighbour");
function doubleDouble(hi, lo, loDigits, exp10) {
  twoProduct2(hi, POW10[loDigits]);
  const p = prodHi;
  const err = prodLo;
  const s = p + lo;
  const bb = s - p;
  const tail = p - (s - bb) + (lo - bb) + err;
  const mh = s + tail;
  const ml = tail - (mh - s);
  let q;
  let r;
  if (exp10 >= 0) {
    const P = POW10[exp10];
    twoProduct2(mh, P);
    const p2 = prodLo + ml * P;
    q = prodHi + p2;
    r = p2 - (q - prodHi);
  } else {
    const P = POW10[-exp10];
    const q1 = mh / P;
    twoProduct2(q1, P);
    const rem = (mh - prodHi - prodLo + ml) / P;
    q = q1 + rem;
    r = rem - (q - q1);
  }
  if (r === 0 || Math.abs(r) < q * 555e-19) return q;
  const half = Math.abs(neighbour(q, r > 0 ? 1 : -1) - q) / 2;
  const a = Math.abs(r);
  if (a >= half || half - a <= q * 25e-30) return NaN;
  return q;
}
__name(doubleDouble, "doubleDouble");
function special(b, s, e) {
  if (e - s > 9) {
    parseStatus = TEXT;
    return NaN;
  }
  const t = latin1(b, s, e);
  if (MISSING_SET.has(t)) {
    parseStatus = MISSING;
    return NaN;
  }
  const inf = INFINITY_TOKENS.get(t);
  if (inf !== void 0) {
    parseStatus = NUMBER;
    return inf;
  }
  parseStatus = TEXT;
  return NaN;
}
__name(special, "special");
function parseNumberText(t) {
  const buf = Buffer.from(t, "latin1");
  if (buf.length !== t.length || /[^\x00-\xff]/.test(t)) {
    parseStatus = isMissingText(t) ? MISSING : TEXT;
    return NaN;
  }
  return parseNumber(buf, 0, buf.length);
}
__name(parseNumberText, "parseNumberText");

// node_modules/@mlops-actions/drift/src/columns.ts
var DEFAULT_MAX_CATEGORIES = 1e4;
var ColumnBuilder = class {
  static {
    __name(this, "ColumnBuilder");
  }
  name;
  type;
  forced;
  /** Numerical: keep the values. */
  store;
  maxCategories;
  rows = 0;
  missing = 0;
  invalid = 0;
  infinite = 0;
  firstInvalid;
  values;
  n = 0;
  categories;
  /** CSV values counted by their bytes (merged into `categories` when collection ends). */
  bytes;
  highCardinality = false;
  /** Called with each finite number when not storing (profiles). */
  onNumber;
  constructor(name, type, options = {}) {
    this.name = name;
    this.type = type;
    this.forced = options.forced ?? false;
    this.store = options.store ?? true;
    this.maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
    const capacity = this.store && type === "numerical" ? Math.max(16, options.capacity ?? 1024) : 0;
    this.values = capacity && options.allocate ? options.allocate(capacity) : new Float64Array(capacity);
    if (type === "categorical") this.categories = /* @__PURE__ */ new Map();
  }
  /** A CSV field: bytes [s, e) of buf; `escaped` when it holds doubled quotes. */
  addBytes(buf, s, e, escaped, file, line) {
    this.rows++;
    if (this.type === "numerical") {
      const v = escaped ? parseNumberText(buf.toString("utf8", s, e).replace(/""/g, '"')) : parseNumber(buf, s, e);
      const st = parseStatus;
      if (st === NUMBER) this.number(v);
      else if (st === MISSING) this.missing++;
      else this.invalidValue(buf.toString("utf8", s, e), file, line);
    } else {
      if (isMissingBytes(buf, s, e)) {
        this.missing++;
        return;
      }
      if (this.categories === void 0) return;
      if (escaped) {
        this.category(buf.toString("utf8", s, e).replace(/""/g, '"'));
        return;
      }
      this.bytes ??= new ByteCounter();
      if (!this.bytes.add(buf, s, e, this.maxCategories - this.categories.size)) this.tooMany();
    }
  }
  /** A value from JSONL or Parquet. */
  addValue(v, file, line) {
    this.rows++;
    if (v === null || v === void 0) {
      this.missing++;
      return;
    }
    if (this.type === "numerical") {
      let x;
      if (typeof v === "number") x = v;
      else if (typeof v === "bigint") x = Number(v);
      else if (v instanceof Date) x = v.getTime();
      else if (typeof v === "boolean") x = v ? 1 : 0;
      else if (typeof v === "string") {
        x = parseNumberText(v);
        if (parseStatus === MISSING) {
          this.missing++;
          return;
        }
        if (parseStatus !== NUMBER) {
          this.invalidValue(v, file, line);
          return;
        }
      } else {
        this.invalidValue(JSON.stringify(v), file, line);
        return;
      }
      if (Number.isNaN(x)) this.missing++;
      else this.number(x);
    } else {
      const key = typeof v === "string" ? v : typeof v === "object" && !(v instanceof Date) ? JSON.stringify(v) : v instanceof Date ? v.toISOString() : String(v);
      if (typeof v === "string" && isMissingText(v)) {
        this.missing++;
        return;
      }
      if (this.categories !== void 0) this.category(key);
    }
  }
  number(v) {
    if (v === Infinity || v === -Infinity) {
      this.infinite++;
      return;
    }
    if (this.store) {
      if (this.n === this.values.length) this.grow();
      this.values[this.n++] = v;
    } else if (this.onNumber) {
      this.onNumber(v);
    }
  }
  category(key) {
    const m = this.categories;
    const c = m.get(key);
    if (c !== void 0) {
      m.set(key, c + 1);
      return;
    }
    if (m.size + (this.bytes?.size ?? 0) >= this.maxCategories) {
      this.tooMany();
      return;
    }
    m.set(key, 1);
  }
  /** An identifier-like column: stop counting so memory stays bounded. */
  tooMany() {
    this.highCardinality = true;
    this.categories = void 0;
    this.bytes = void 0;
  }
  invalidValue(text, file, line) {
    if (this.forced) {
      throw new UserError(`column '${this.name}' is declared numerical but holds '${text.slice(0, 40)}', which is not a number`, {
        file,
        line,
        fix: `Fix the value, or remove '${this.name}' from 'numerical' so its type is inferred`
      });
    }
    this.invalid++;
    this.firstInvalid ??= { file, line, value: text.slice(0, 40) };
  }
  grow() {
    const next = new Float64Array(Math.ceil(this.values.length * 1.5) + 16);
    next.set(this.values);
    this.values = next;
  }
  /** The collected data; numerical values sorted ascending (in place). */
  /** The category counts so far (undefined for an identifier-like column). */
  categoryCounts() {
    if (this.bytes && this.categories) this.bytes.toMap(this.categories);
    this.bytes = void 0;
    return this.categories;
  }
  finish() {
    this.categoryCounts();
    const values = this.type === "numerical" && this.store ? sortFloat64(this.values.subarray(0, this.n)) : void 0;
    return {
      name: this.name,
      type: this.type,
      rows: this.rows,
      missing: this.missing,
      invalid: this.invalid,
      infinite: this.infinite,
      firstInvalid: this.firstInvalid,
      values,
      categories: this.categories,
      highCardinality: this.highCardinality || void 0
    };
  }
};

// node_modules/@mlops-actions/drift/src/exact-sum.ts
var SPLITTER = 134217729;
function twoProduct3(a, b) {
  const p = a * b;
  const ca = SPLITTER * a;
  const ah = ca - (ca - a);
  const al = a - ah;
  const cb = SPLITTER * b;
  const bh = cb - (cb - b);
  const bl = b - bh;
  const err = ah * bh - p + ah * bl + al * bh + al * bl;
  return [p, err];
}
__name(twoProduct3, "twoProduct");
var ExactSum = class _ExactSum {
  static {
    __name(this, "ExactSum");
  }
  /** Non-overlapping partials, increasing magnitude: p[0 … n). */
  p = new Float64Array(8);
  n = 0;
  /** False once an addition overflowed (or a non-finite value was added). */
  finite = true;
  /** The partials (non-overlapping, increasing magnitude). */
  get partials() {
    return Array.from(this.p.subarray(0, this.n));
  }
  add(x) {
    if (!this.finite) return this;
    if (x - x !== 0) {
      this.finite = false;
      return this;
    }
    const p = this.p;
    const n = this.n;
    let i = 0;
    for (let j = 0; j < n; j++) {
      let y = p[j];
      if ((x < 0 ? -x : x) < (y < 0 ? -y : y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    if (x - x !== 0) {
      this.finite = false;
      return this;
    }
    if (i === p.length) {
      const grown = new Float64Array(p.length * 2);
      grown.set(p);
      this.p = grown;
    }
    this.p[i] = x;
    this.n = i + 1;
    return this;
  }
  /** Adds x² exactly (x·x = hi + lo by Dekker's product). */
  addSquare(x) {
    const hi = x * x;
    const c = SPLITTER * x;
    const xh = c - (c - x);
    const xl = x - xh;
    const lo = xh * xh - hi + 2 * xh * xl + xl * xl;
    if (hi - hi !== 0 || lo - lo !== 0) {
      this.finite = false;
      return this;
    }
    return this.add(hi).add(lo);
  }
  addSum(other) {
    if (!other.finite) this.finite = false;
    for (let j = 0; j < other.n; j++) this.add(other.p[j]);
    return this;
  }
  /** The exact sum rounded once to the nearest double (ties to even), as math.fsum; NaN when not finite. */
  value() {
    if (!this.finite) return NaN;
    const p = this.p;
    let n = this.n;
    let hi = 0;
    let lo = 0;
    if (n > 0) {
      hi = p[--n];
      while (n > 0) {
        const x = hi;
        const y = p[--n];
        hi = x + y;
        const yr = hi - x;
        lo = y - yr;
        if (lo !== 0) break;
      }
      if (n > 0 && (lo < 0 && p[n - 1] < 0 || lo > 0 && p[n - 1] > 0)) {
        const y = lo * 2;
        const x = hi + y;
        const yr = x - hi;
        if (y === yr) hi = x;
      }
    }
    return hi;
  }
  /**
   * The sum as partials in one canonical form (for a profile): the rounded sum, the rounded rest,
   * and so on, smallest first — a function of the exact sum only, so a merge of shard profiles writes
   * the partials one job writes. Null when the sum overflowed.
   */
  toJSON() {
    if (!this.finite) return null;
    const rest = new _ExactSum().addSum(this);
    const out = [];
    for (let i = 0; i < 64 && rest.partials.some((x) => x !== 0); i++) {
      const v = rest.value();
      out.push(v);
      rest.add(-v);
    }
    return out.reverse();
  }
  static fromJSON(v) {
    if (!Array.isArray(v) || !v.every((x) => typeof x === "number" && Number.isFinite(x))) return null;
    const s = new _ExactSum();
    for (const x of v) s.add(x);
    return s;
  }
};
function exactMoments(n, sum, squares) {
  if (n === 0) return { mean: 0, m2: 0 };
  if (!sum.finite || !squares.finite) return null;
  const num2 = new ExactSum();
  const s = sum.partials;
  for (const q of squares.partials) {
    const [hi, lo] = twoProduct3(n, q);
    num2.add(hi).add(lo);
  }
  for (const a of s) {
    for (const b of s) {
      const [hi, lo] = twoProduct3(a, b);
      num2.add(-hi).add(-lo);
    }
  }
  const mean = sum.value() / n;
  const m2 = Math.max(0, num2.value()) / n;
  if (!Number.isFinite(mean) || !Number.isFinite(m2)) return null;
  return { mean, m2 };
}
__name(exactMoments, "exactMoments");

// node_modules/@mlops-actions/drift/src/read.ts
import { closeSync as closeSync2, openSync as openSync2, readSync as readSync2, statSync } from "node:fs";
import { extname } from "node:path";

// node_modules/@mlops-actions/drift/src/csv.ts
import { closeSync, openSync, readSync } from "node:fs";
var QUOTE = 34;
var LF = 10;
var CR = 13;
function readCsvFile(path, sink, options = {}) {
  const display = options.displayPath ?? path;
  let fd;
  try {
    fd = openSync(path, "r");
  } catch (e) {
    throw new UserError(`cannot open the file (${e.code ?? String(e)})`, {
      file: display,
      fix: "Check the path and the glob"
    });
  }
  try {
    const parser = new CsvParser(sink, display, options.delimiter ?? 44, options.maxRows ?? Infinity, options.stopAfterRow);
    let buf = Buffer.allocUnsafe(options.blockSize ?? 4 << 20);
    let filled = 0;
    for (; ; ) {
      if (filled === buf.length) {
        const bigger = Buffer.allocUnsafe(buf.length * 2);
        buf.copy(bigger, 0, 0, filled);
        buf = bigger;
      }
      const got = readSync(fd, buf, filled, buf.length - filled, null);
      const eof = got === 0;
      filled += got;
      const used = parser.parse(buf, filled, eof);
      if (eof || parser.done) break;
      if (used > 0) {
        buf.copy(buf, 0, used, filled);
        filled -= used;
      }
    }
    if (!parser.sawHeader)
      throw new UserError("the file is empty", { file: display, fix: "A CSV file needs a header row naming the columns, and data rows" });
    return parser.rows;
  } finally {
    closeSync(fd);
  }
}
__name(readCsvFile, "readCsvFile");
var CsvParser = class {
  static {
    __name(this, "CsvParser");
  }
  rows = 0;
  sawHeader = false;
  done = false;
  line = 1;
  width = 0;
  bounds = new Int32Array(64);
  escaped = new Uint8Array(32);
  sink;
  display;
  delim;
  maxRows;
  stopAfterRow;
  first = true;
  constructor(sink, display, delimiter, maxRows, stopAfterRow) {
    this.sink = sink;
    this.display = display;
    this.delim = delimiter;
    this.maxRows = maxRows;
    this.stopAfterRow = stopAfterRow;
  }
  /**
   * Parses the complete records in buf[0, end). Returns the offset of the first byte not consumed
   * (the start of an unfinished record), or `end` when everything was used.
   */
  parse(buf, end, eof) {
    let i = 0;
    if (this.first && end >= 3 && buf[0] === 239 && buf[1] === 187 && buf[2] === 191) i = 3;
    if (this.first && (end >= 3 || eof)) this.first = false;
    const d = this.delim;
    while (i < end) {
      const recordStart = i;
      const recordLine = this.line;
      let lines = 0;
      let nf = 0;
      let complete = false;
      for (; ; ) {
        if (nf * 2 + 2 > this.bounds.length) this.growBounds();
        if (i >= end) {
          if (eof) {
            this.bounds[nf * 2] = i;
            this.bounds[nf * 2 + 1] = i;
            this.escaped[nf] = 0;
            nf++;
            complete = true;
          }
          break;
        }
        let c = buf[i];
        if (c === QUOTE) {
          const s = i + 1;
          let j = s;
          let esc = 0;
          let closed = -1;
          while (j < end) {
            const q = buf.indexOf(QUOTE, j);
            if (q < 0 || q >= end) {
              j = end;
              break;
            }
            for (let k = j; k < q; k++) if (buf[k] === LF) lines++;
            if (q + 1 < end && buf[q + 1] === QUOTE) {
              esc = 1;
              j = q + 2;
              continue;
            }
            if (q + 1 >= end && !eof) {
              j = end;
              break;
            }
            closed = q;
            break;
          }
          if (closed < 0) {
            if (eof) {
              throw new UserError("a quoted field is never closed", {
                file: this.display,
                line: recordLine,
                fix: 'Close the quote, or double the quotes inside the field ("")'
              });
            }
            break;
          }
          this.bounds[nf * 2] = s;
          this.bounds[nf * 2 + 1] = closed;
          this.escaped[nf] = esc;
          nf++;
          i = closed + 1;
          while (i < end) {
            c = buf[i];
            if (c === d || c === LF || c === CR) break;
            i++;
          }
        } else {
          const s = i;
          while (i < end) {
            c = buf[i];
            if (c === d || c === LF || c === CR) break;
            i++;
          }
          this.bounds[nf * 2] = s;
          this.bounds[nf * 2 + 1] = i;
          this.escaped[nf] = 0;
          nf++;
        }
        if (i >= end) {
          if (eof) {
            complete = true;
          }
          break;
        }
        c = buf[i];
        if (c === d) {
          i++;
          continue;
        }
        if (c === CR) {
          if (i + 1 >= end && !eof) break;
          i++;
          if (i < end && buf[i] === LF) i++;
        } else {
          i++;
        }
        lines++;
        complete = true;
        break;
      }
      if (!complete) return recordStart;
      this.line = recordLine + lines;
      if (nf === 1 && this.bounds[0] === this.bounds[1] && (i >= end || buf[recordStart] === LF || buf[recordStart] === CR)) {
        if (eof && i >= end) return end;
        continue;
      }
      if (!this.sawHeader) {
        this.sawHeader = true;
        this.width = nf;
        const names = [];
        for (let f = 0; f < nf; f++) names.push(fieldText(buf, this.bounds, this.escaped, f));
        this.sink.header(names);
        continue;
      }
      if (nf !== this.width) {
        throw new UserError(`this row has ${nf} field${nf === 1 ? "" : "s"} but the header has ${this.width}`, {
          file: this.display,
          line: recordLine,
          fix: "Every row needs one value per header column: add the missing separators, or quote values that contain the separator"
        });
      }
      this.rows++;
      this.sink.row(buf, this.bounds, this.escaped, recordLine);
      if (this.rows >= this.maxRows || this.stopAfterRow?.()) {
        this.done = true;
        return i;
      }
    }
    return end;
  }
  growBounds() {
    const b = new Int32Array(this.bounds.length * 2);
    b.set(this.bounds);
    this.bounds = b;
    const e = new Uint8Array(this.escaped.length * 2);
    e.set(this.escaped);
    this.escaped = e;
  }
};
function fieldText(buf, bounds, escaped, f) {
  const t = buf.toString("utf8", bounds[f * 2], bounds[f * 2 + 1]);
  return escaped[f] ? t.replace(/""/g, '"') : t;
}
__name(fieldText, "fieldText");

// node_modules/@mlops-actions/drift/src/read.ts
var SNIFF_ROWS = 1e3;
function formatOf2(path, requested, display = path) {
  if (requested !== "auto") return requested;
  const ext = extname(path.replace(/\.(gz)$/i, "")).toLowerCase();
  if (ext === ".csv" || ext === ".tsv" || ext === ".txt") return "csv";
  if (ext === ".jsonl" || ext === ".ndjson") return "jsonl";
  if (ext === ".parquet" || ext === ".pq") return "parquet";
  throw new UserError(`cannot tell the format from the extension '${ext || "(none)"}'`, {
    file: display,
    fix: "Use .csv, .tsv, .jsonl, .ndjson or .parquet, or set 'format:' to csv, jsonl or parquet"
  });
}
__name(formatOf2, "formatOf");
function delimiterOf(path) {
  return extname(path).toLowerCase() === ".tsv" ? 9 : 44;
}
__name(delimiterOf, "delimiterOf");
async function sniff(files) {
  const first = files[0];
  if (!first) throw new Error("sniff needs at least one file");
  const totalBytes = files.reduce((s, f) => s + fileSize(f), 0);
  if (first.format === "csv") return sniffCsv(files, totalBytes);
  if (first.format === "jsonl") return sniffJsonl(files);
  return sniffParquet(files);
}
__name(sniff, "sniff");
function fileSize(f) {
  try {
    return statSync(f.path).size;
  } catch (e) {
    throw new UserError(`cannot read the file (${e.code ?? messageOf(e)})`, { file: f.display });
  }
}
__name(fileSize, "fileSize");
function sniffCsv(files, totalBytes) {
  const f = files[0];
  let names = [];
  let numeric = new Int32Array(0);
  let text = new Int32Array(0);
  let undecided = 0;
  let rows = 0;
  let perRow = 64;
  let index = new Int32Array(0);
  for (const [fi, file] of files.entries()) {
    if (fi > 0 && undecided === 0) break;
    let lastLineEnd = 0;
    let sampleRows = 0;
    let fileRows = 0;
    const sink = {
      header(h) {
        if (fi === 0) {
          names = h;
          numeric = new Int32Array(h.length);
          text = new Int32Array(h.length);
          undecided = h.length;
          index = Int32Array.from(h, (_, i) => i);
        } else {
          const at = new Map(h.map((n2, i) => [n2, i]));
          index = Int32Array.from(names, (n2) => at.get(n2) ?? -1);
        }
      },
      row(buf, bounds) {
        for (let c = 0; c < names.length; c++) {
          const i = index[c];
          if (i < 0) continue;
          parseNumber(buf, bounds[i * 2], bounds[i * 2 + 1]);
          const st = parseStatus;
          if (st === NUMBER || st === TEXT) {
            if (numeric[c] === 0 && text[c] === 0) undecided--;
            if (st === NUMBER) numeric[c]++;
            else text[c]++;
          }
        }
        fileRows++;
        if (fi === 0 && fileRows <= SNIFF_ROWS && bounds[names.length * 2 - 1] >= lastLineEnd) {
          lastLineEnd = bounds[names.length * 2 - 1];
          sampleRows = fileRows;
        }
      }
    };
    const n = readCsvFile(file.path, sink, {
      displayPath: file.display,
      delimiter: delimiterOf(file.path),
      blockSize: 1 << 20,
      // At least SNIFF_ROWS rows of the first file; then only while a column has no value yet.
      stopAfterRow: /* @__PURE__ */ __name(() => undecided === 0 && (fi > 0 || fileRows >= SNIFF_ROWS), "stopAfterRow")
    });
    if (fi === 0) {
      checkNames(names, f);
      rows = n;
      perRow = sampleRows > 0 ? Math.max(1, lastLineEnd / (sampleRows + 1)) : 64;
    }
  }
  return {
    columns: names.map((name, i) => {
      if (numeric[i] === 0 && text[i] === 0) return { name, type: "categorical", undecided: true };
      return { name, type: numeric[i] > 0 && text[i] === 0 ? "numerical" : "categorical" };
    }),
    estimatedRows: Math.ceil(totalBytes / (rows > 0 ? perRow : 64))
  };
}
__name(sniffCsv, "sniffCsv");
function checkNames(names, f) {
  const seen = /* @__PURE__ */ new Set();
  for (const [i, n] of names.entries()) {
    if (n.trim() === "")
      throw new UserError(`column ${i + 1} of the header has no name`, {
        file: f.display,
        line: 1,
        fix: "Name every column in the header row"
      });
    if (seen.has(n))
      throw new UserError(`the header names column '${n}' twice`, { file: f.display, line: 1, fix: "Give every column a distinct name" });
    seen.add(n);
  }
}
__name(checkNames, "checkNames");
function forEachJsonLine(f, onLine) {
  let fd;
  try {
    fd = openSync2(f.path, "r");
  } catch (e) {
    throw new UserError(`cannot open the file (${e.code ?? messageOf(e)})`, { file: f.display });
  }
  try {
    const block = Buffer.allocUnsafe(4 << 20);
    let carry = "";
    let line = 0;
    for (; ; ) {
      const got = readSync2(fd, block, 0, block.length, null);
      const text = carry + (got > 0 ? block.toString("utf8", 0, got) : "");
      const lines = text.split("\n");
      carry = got > 0 ? lines.pop() : "";
      for (const l of lines) {
        line++;
        const t = l.trim();
        if (t === "") continue;
        if (onLine(t, line) === false) return;
      }
      if (got === 0) break;
    }
  } finally {
    closeSync2(fd);
  }
}
__name(forEachJsonLine, "forEachJsonLine");
function parseJsonLine(text, f, line) {
  let v;
  try {
    v = JSON.parse(text);
  } catch (e) {
    throw new UserError(`not valid JSON: ${messageOf(e)}`, {
      file: f.display,
      line,
      fix: "Each line of a JSONL file must be one JSON object"
    });
  }
  if (v === null || typeof v !== "object" || Array.isArray(v)) {
    throw new UserError("this line is not a JSON object", {
      file: f.display,
      line,
      fix: 'Each line of a JSONL file must be one JSON object: {"column": value, \u2026}'
    });
  }
  return v;
}
__name(parseJsonLine, "parseJsonLine");
function sniffJsonl(files) {
  const f = files[0];
  const order = [];
  const kinds = /* @__PURE__ */ new Map();
  let rows = 0;
  let allRows = 0;
  for (const [fi, file] of files.entries()) {
    let fileRows = 0;
    forEachJsonLine(file, (text, line) => {
      const obj = parseJsonLine(text, file, line);
      fileRows++;
      allRows++;
      if (fi === 0) rows++;
      const inWindow = fi === 0 && fileRows <= SNIFF_ROWS;
      for (const k in obj) {
        let kind = kinds.get(k);
        if (!kind) {
          kind = { num: 0, other: 0, late: !inWindow };
          kinds.set(k, kind);
          order.push(k);
        }
        const counted = kind.num + kind.other;
        if (!inWindow && counted > 0 && !(kind.late && counted < SNIFF_ROWS)) continue;
        const v = obj[k];
        if (v === null) continue;
        if (counted === 0 && !inWindow) kind.late = true;
        if (typeof v === "number") kind.num++;
        else kind.other++;
      }
    });
    if (fi === 0 && rows === 0)
      throw new UserError("the file is empty", { file: f.display, fix: "A JSONL file needs one JSON object per line" });
  }
  return {
    columns: order.map((name) => {
      const k = kinds.get(name);
      if (k.num === 0 && k.other === 0) return { name, type: "categorical", undecided: true };
      return { name, type: k.num > 0 && k.other === 0 ? "numerical" : "categorical" };
    }),
    // Every line was read: the count is exact.
    estimatedRows: allRows
  };
}
__name(sniffJsonl, "sniffJsonl");
var hyparquet;
var loadParquet = /* @__PURE__ */ __name(() => hyparquet ??= import("./chunks/node-3PL6ANCB.js"), "loadParquet");
function fileBuffer(fd, size) {
  return {
    byteLength: size,
    slice(start, end) {
      const stop = Math.min(end ?? size, size);
      const b = Buffer.allocUnsafeSlow(Math.max(0, stop - start));
      let off = 0;
      while (off < b.length) {
        const got = readSync2(fd, b, off, b.length - off, start + off);
        if (got === 0) break;
        off += got;
      }
      return b.buffer.slice(b.byteOffset, b.byteOffset + off);
    }
  };
}
__name(fileBuffer, "fileBuffer");
async function openParquet(f) {
  const pq = await loadParquet();
  const size = fileSize(f);
  if (size === 0) throw new UserError("the file is empty", { file: f.display, fix: "Write the Parquet file again; it has no bytes" });
  const fd = openSync2(f.path, "r");
  const file = fileBuffer(fd, size);
  try {
    const metadata = await pq.parquetMetadataAsync(file);
    return { file, metadata };
  } catch (e) {
    throw new UserError(`not a readable Parquet file: ${messageOf(e)}`, {
      file: f.display,
      fix: "Check that the file is Parquet (it ends with the PAR1 magic bytes) and was written completely"
    });
  } finally {
    closeSync2(fd);
  }
}
__name(openParquet, "openParquet");
function parquetColumns(metadata) {
  const out = [];
  const schema = metadata.schema;
  for (let i = 1; i < schema.length; ) {
    const el = schema[i];
    const children = el.num_children ?? 0;
    let type = "categorical";
    const logical = el.logical_type?.type;
    const converted = el.converted_type;
    if (children === 0 && (el.type === "INT32" || el.type === "INT64" || el.type === "FLOAT" || el.type === "DOUBLE")) {
      type = converted === "UTF8" || logical === "STRING" ? "categorical" : "numerical";
    }
    if (children === 0 && el.type === "FIXED_LEN_BYTE_ARRAY" && (converted === "DECIMAL" || logical === "DECIMAL")) type = "numerical";
    out.push({ name: el.name, type });
    let skip = 1;
    let pending = children;
    while (pending > 0) {
      const c = schema[i + skip];
      pending += (c.num_children ?? 0) - 1;
      skip++;
    }
    i += skip;
  }
  return out;
}
__name(parquetColumns, "parquetColumns");
async function sniffParquet(files) {
  const first = files[0];
  const { metadata } = await openParquet(first);
  let rows = Number(metadata.num_rows);
  for (const f of files.slice(1)) rows += Number((await openParquet(f)).metadata.num_rows);
  return { columns: parquetColumns(metadata), estimatedRows: rows };
}
__name(sniffParquet, "sniffParquet");
async function readInto(files, builders) {
  let rows = 0;
  for (const f of files) {
    if (f.format === "csv") rows += readCsvInto(f, builders);
    else if (f.format === "jsonl") rows += readJsonlInto(f, builders);
    else rows += await readParquetInto(f, builders);
  }
  return rows;
}
__name(readInto, "readInto");
function missingColumn(name, f, line) {
  return new UserError(`column '${name}' is not in this file, although it is in the first file of the same dataset`, {
    file: f.display,
    ...line ? { line } : {},
    fix: "All files of one dataset (reference or current) need the same columns"
  });
}
__name(missingColumn, "missingColumn");
function readCsvInto(f, builders) {
  let fields = new Int32Array(0);
  let active = [];
  const display = f.display;
  const sink = {
    header(names) {
      checkNames(names, f);
      const index = new Map(names.map((n, i) => [n, i]));
      fields = new Int32Array(builders.length);
      active = [...builders];
      for (const [k, b] of builders.entries()) {
        const i = index.get(b.name);
        if (i === void 0) throw missingColumn(b.name, f, 1);
        fields[k] = i;
      }
    },
    row(buf, bounds, escaped, line) {
      const n = active.length;
      for (let k = 0; k < n; k++) {
        const i = fields[k];
        active[k].addBytes(buf, bounds[i * 2], bounds[i * 2 + 1], escaped[i], display, line);
      }
    }
  };
  return readCsvFile(f.path, sink, { displayPath: display, delimiter: delimiterOf(f.path) });
}
__name(readCsvInto, "readCsvInto");
function readJsonlInto(f, builders) {
  let rows = 0;
  forEachJsonLine(f, (text, line) => {
    const obj = parseJsonLine(text, f, line);
    rows++;
    for (const b of builders) b.addValue(obj[b.name], f.display, line);
  });
  if (rows === 0) throw new UserError("the file is empty", { file: f.display, fix: "A JSONL file needs one JSON object per line" });
  return rows;
}
__name(readJsonlInto, "readJsonlInto");
async function readParquetInto(f, builders) {
  const pq = await loadParquet();
  const { metadata } = await openParquet(f);
  const names = new Set(parquetColumns(metadata).map((c) => c.name));
  for (const b of builders) if (!names.has(b.name)) throw missingColumn(b.name, f);
  const fd = openSync2(f.path, "r");
  const file = fileBuffer(fd, fileSize(f));
  const byName = new Map(builders.map((b) => [b.name, b]));
  let groupStart = 0;
  try {
    for (const group3 of metadata.row_groups) {
      const groupRows = Number(group3.num_rows);
      const chunks = [];
      try {
        await pq.parquetRead({
          file,
          metadata,
          columns: builders.map((b) => b.name),
          rowStart: groupStart,
          rowEnd: groupStart + groupRows,
          onChunk: /* @__PURE__ */ __name((c) => chunks.push({ name: c.columnName, data: c.columnData, rowStart: c.rowStart }), "onChunk")
        });
      } catch (e) {
        throw new UserError(`cannot decode the Parquet data: ${messageOf(e)}`, {
          file: f.display,
          fix: "Write the file with snappy compression or none (the pure-JS reader supports those), and check it is not truncated"
        });
      }
      for (const c of chunks) {
        const b = byName.get(c.name);
        if (!b) continue;
        const start = Math.max(c.rowStart, groupStart);
        const stop = Math.min(c.rowStart + c.data.length, groupStart + groupRows);
        for (let r = start; r < stop; r++) b.addValue(c.data[r - c.rowStart], f.display, r + 1);
      }
      groupStart += groupRows;
    }
  } finally {
    closeSync2(fd);
  }
  return groupStart;
}
__name(readParquetInto, "readParquetInto");
function makeBuilders(plan, capacity, maxCategories, allocate) {
  return plan.map(
    (p) => new ColumnBuilder(p.name, p.type, {
      forced: p.forced ?? false,
      store: p.store ?? true,
      capacity,
      ...maxCategories !== void 0 ? { maxCategories } : {},
      ...allocate ? { allocate } : {}
    })
  );
}
__name(makeBuilders, "makeBuilders");
var ArrayPool = class {
  static {
    __name(this, "ArrayPool");
  }
  free = [];
  allocate = /* @__PURE__ */ __name((capacity) => {
    const i = this.free.findIndex((a) => a.length >= capacity);
    if (i >= 0) return this.free.splice(i, 1)[0];
    return new Float64Array(capacity);
  }, "allocate");
  release(values) {
    if (values) this.free.push(new Float64Array(values.buffer, 0, values.buffer.byteLength / 8));
  }
};
async function readColumns(files, plan, options) {
  const builders = makeBuilders(plan, options.capacity, options.maxCategories, options.pool?.allocate);
  const rows = await readInto(files, builders);
  return { rows, columns: builders.map((b) => b.finish()) };
}
__name(readColumns, "readColumns");

// node_modules/@mlops-actions/drift/src/profile.ts
var PROFILE_FORMAT = "mlops-actions/drift-profile";
var PROFILE_VERSION = 1;
var EXACT_VALUES_CAP = 64;
var DEFAULT_SKETCH_K = 200;
var GridCounter = class {
  static {
    __name(this, "GridCounter");
  }
  edges;
  counts;
  lo;
  scale;
  start;
  constructor(edges) {
    this.edges = Float64Array.from(new BinnedHistogram(edges).edges);
    this.counts = new Float64Array(edges.length + 1);
    const m = edges.length;
    const buckets = Math.max(1, 4 * m);
    this.lo = edges[0] ?? 0;
    const span = (edges[m - 1] ?? 0) - this.lo;
    this.scale = span > 0 && Number.isFinite(buckets / span) ? buckets / span : 0;
    this.start = new Int32Array(buckets + 1);
    let i = 0;
    for (let b = 0; b <= buckets; b++) {
      const at = this.scale > 0 ? this.lo + b / this.scale : this.lo;
      while (i < m && this.edges[i] < at) i++;
      this.start[b] = i;
    }
  }
  add(x) {
    const e = this.edges;
    const m = e.length;
    let i;
    if (m === 0 || x <= e[0]) i = 0;
    else if (x > e[m - 1]) i = m;
    else {
      const b = Math.floor((x - this.lo) * this.scale);
      i = this.start[b < 0 ? 0 : b >= this.start.length ? this.start.length - 1 : b];
      while (i > 0 && e[i - 1] >= x) i--;
      while (i < m && e[i] < x) i++;
    }
    this.counts[i]++;
  }
  toJSON() {
    return { type: "histogram", version: 1, edges: Array.from(this.edges), counts: Array.from(this.counts), nan: 0 };
  }
};
var NumericAccumulator = class {
  static {
    __name(this, "NumericAccumulator");
  }
  n = 0;
  mean = 0;
  m2 = 0;
  sketch;
  values = /* @__PURE__ */ new Map();
  histogram;
  grid;
  sum = new ExactSum();
  squares = new ExactSum();
  constructor(k, edges, grid) {
    this.sketch = new QuantileSketch({ k });
    this.histogram = edges ? new BinnedHistogram(edges) : null;
    this.grid = grid ? new GridCounter(grid) : null;
  }
  add(x) {
    this.n++;
    const d = x - this.mean;
    if (Number.isFinite(d)) {
      this.mean += d / this.n;
      this.m2 += d * (x - this.mean);
    } else {
      this.mean = this.mean - this.mean / this.n + x / this.n;
      this.m2 = Infinity;
    }
    this.sketch.add(x);
    this.histogram?.add(x);
    this.grid?.add(x);
    this.sum.add(x);
    this.squares.addSquare(x);
    const v = this.values;
    if (v) {
      const c = v.get(x);
      if (c !== void 0) v.set(x, c + 1);
      else if (v.size < EXACT_VALUES_CAP) v.set(x, 1);
      else this.values = null;
    }
  }
};
async function profileDataset(files, plan, options = {}) {
  const k = options.sketchK ?? DEFAULT_SKETCH_K;
  const maxCategories = options.maxCategories ?? DEFAULT_MAX_CATEGORIES;
  const accumulators = /* @__PURE__ */ new Map();
  const builders = plan.map((p) => {
    const b = new ColumnBuilder(p.name, p.type, { forced: p.forced ?? false, store: false, maxCategories });
    if (p.type === "numerical") {
      const acc = new NumericAccumulator(k, options.edges?.get(p.name), options.grid?.get(p.name));
      accumulators.set(p.name, acc);
      b.onNumber = (x) => acc.add(x);
    }
    return b;
  });
  const rows = await readInto(files, builders);
  const columns = builders.map((b) => {
    const base = { name: b.name, rows: b.rows, missing: b.missing, invalid: b.invalid, infinite: b.infinite };
    if (b.type === "categorical") {
      const cats = b.categoryCounts();
      let count = 0;
      for (const c of cats?.values() ?? []) count += c;
      return {
        ...base,
        type: "categorical",
        count: cats ? count : b.rows - b.missing,
        categories: cats ? canonicalCounts(Object.fromEntries(cats)) : null
      };
    }
    const acc = accumulators.get(b.name);
    const exact = exactMoments(acc.n, acc.sum, acc.squares);
    const sums = exact ? { sum: acc.sum.toJSON(), squares: acc.squares.toJSON() } : null;
    return {
      ...base,
      type: "numerical",
      count: acc.n,
      mean: exact ? exact.mean : acc.n ? acc.mean : 0,
      m2: exact ? exact.m2 : acc.m2,
      min: acc.n ? acc.sketch.min : null,
      max: acc.n ? acc.sketch.max : null,
      sketch: acc.sketch.serialize(),
      values: acc.values ? canonicalCounts(Object.fromEntries([...acc.values].map(([v, c]) => [String(v), c]))) : null,
      histogram: acc.histogram ? acc.histogram.toJSON() : null,
      ...acc.grid ? { grid: acc.grid.toJSON() } : {},
      sums
    };
  });
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    created_at: (/* @__PURE__ */ new Date()).toISOString(),
    source: files.map((f) => f.display),
    rows,
    sketch_k: k,
    bins: options.bins ?? 10,
    max_categories: maxCategories,
    columns
  };
}
__name(profileDataset, "profileDataset");
function profileEdges(p) {
  const out = /* @__PURE__ */ new Map();
  for (const c of p.columns) {
    if (c.type !== "numerical" || c.count === 0) continue;
    out.set(c.name, quantileBinEdgesFromSketch(QuantileSketch.deserialize(c.sketch), p.bins));
  }
  return out;
}
__name(profileEdges, "profileEdges");
function profileGrid(p) {
  const out = /* @__PURE__ */ new Map();
  for (const c of p.columns) {
    if (c.type !== "numerical" || c.count === 0) continue;
    const points = sketchGrid(QuantileSketch.deserialize(c.sketch));
    if (points.length) out.set(c.name, points);
  }
  return out;
}
__name(profileGrid, "profileGrid");
function sketchGrid(k) {
  if (k.count === 0) return [];
  return [.../* @__PURE__ */ new Set([k.min, k.max, ...k.retainedValues()])].filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
}
__name(sketchGrid, "sketchGrid");
function canonicalCounts(r) {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
__name(canonicalCounts, "canonicalCounts");
function isProfile(v) {
  return typeof v === "object" && v !== null && v.format === PROFILE_FORMAT;
}
__name(isProfile, "isProfile");
function checkProfile(v, file) {
  if (!isProfile(v)) {
    throw new UserError(`not a drift profile (no "format": "${PROFILE_FORMAT}")`, {
      file,
      fix: "Pass a profile written by drift-report with 'mode: profile', or data files"
    });
  }
  const p = v;
  if (p.version !== PROFILE_VERSION) {
    throw new UserError(`profile version ${String(p.version)} is not supported (this drift-report reads version ${PROFILE_VERSION})`, {
      file,
      fix: "Write the profile again with the same version of drift-report that compares it"
    });
  }
  if (!Array.isArray(p.columns) || typeof p.rows !== "number")
    throw new UserError("the profile has no columns or row count", { file, fix: "Write the profile again" });
  return p;
}
__name(checkProfile, "checkProfile");
function emptyColumnAs(c, type, k) {
  const base = { name: c.name, rows: c.rows, missing: c.missing, invalid: c.invalid, infinite: c.infinite, count: 0 };
  if (type === "categorical") return { ...base, type: "categorical", categories: {} };
  return {
    ...base,
    type: "numerical",
    mean: 0,
    m2: 0,
    min: null,
    max: null,
    sketch: new QuantileSketch({ k }).serialize(),
    values: {},
    histogram: null,
    sums: { sum: [], squares: [] }
  };
}
__name(emptyColumnAs, "emptyColumnAs");
function mergeHistograms(parts) {
  let out = null;
  for (const [count, h] of parts) {
    if (!h) {
      if (count > 0) return null;
      continue;
    }
    try {
      if (out) out.merge(BinnedHistogram.fromJSON(h));
      else out = BinnedHistogram.fromJSON(h);
    } catch {
      return null;
    }
  }
  return out;
}
__name(mergeHistograms, "mergeHistograms");
function mergeCounts(a, b, cap) {
  if (!a || !b) return null;
  const out = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + v;
  return Object.keys(out).length > cap ? null : canonicalCounts(out);
}
__name(mergeCounts, "mergeCounts");
function mergeProfiles(profiles) {
  const first = profiles[0];
  if (!first) throw new Error("mergeProfiles needs at least one profile");
  if (profiles.length === 1) return first.profile;
  const k = first.profile.sketch_k;
  const bins = first.profile.bins;
  const cap = Math.min(...profiles.map((p) => p.profile.max_categories));
  for (const { profile, file } of profiles) {
    if (profile.sketch_k !== k || profile.bins !== bins) {
      throw new UserError(
        `this profile was written with sketch k ${profile.sketch_k} and ${profile.bins} bins, but ${first.file} with k ${k} and ${bins} bins`,
        {
          file,
          fix: "Profile every shard with the same settings"
        }
      );
    }
  }
  const order = [];
  const byName = /* @__PURE__ */ new Map();
  for (const { profile, file } of profiles) {
    for (const c of profile.columns) {
      if (!byName.has(c.name)) {
        byName.set(c.name, []);
        order.push(c.name);
      }
      byName.get(c.name).push({ col: c, file });
    }
  }
  const totalRows = profiles.reduce((s, p) => s + p.profile.rows, 0);
  const columns = order.map((name) => {
    const found = byName.get(name);
    const voter = found.find((p) => p.col.rows > p.col.missing) ?? found[0];
    const type = voter.col.type;
    const parts = found.map((p) => p.col.type === type || p.col.rows > p.col.missing ? p : { ...p, col: emptyColumnAs(p.col, type, k) });
    for (const p of parts) {
      if (p.col.type !== type) {
        throw new UserError(`column '${name}' is ${p.col.type} in this profile but ${type} in ${voter.file}`, {
          file: p.file,
          fix: `Declare the column's type ('categorical:' or 'numerical:') when profiling, so every shard agrees`
        });
      }
    }
    const rowsSeen = parts.reduce((s, p) => s + p.col.rows, 0);
    const absent = totalRows - rowsSeen;
    const base = {
      name,
      rows: totalRows,
      missing: parts.reduce((s, p) => s + p.col.missing, 0) + absent,
      invalid: parts.reduce((s, p) => s + p.col.invalid, 0),
      infinite: parts.reduce((s, p) => s + p.col.infinite, 0)
    };
    if (type === "categorical") {
      const cats = parts.map((p) => p.col.categories).reduce((a, b) => mergeCounts(a, b, cap));
      return { ...base, type: "categorical", count: parts.reduce((s, p) => s + p.col.count, 0), categories: cats };
    }
    const nums = parts.map((p) => p.col);
    let n = 0;
    let mean = 0;
    let m2 = 0;
    let sum = new ExactSum();
    let squares = new ExactSum();
    for (const c of nums) {
      const s = ExactSum.fromJSON(c.sums?.sum);
      const q = ExactSum.fromJSON(c.sums?.squares);
      if (s && q && sum && squares) {
        sum.addSum(s);
        squares.addSum(q);
      } else if (c.count > 0) {
        sum = squares = null;
      }
    }
    for (const c of nums) {
      if (c.count === 0) continue;
      const nn = n + c.count;
      const delta = c.mean - mean;
      if (Number.isFinite(delta)) mean += delta * c.count / nn;
      else mean = mean * (n / nn) + c.mean * (c.count / nn);
      m2 += c.m2 + delta * delta * n * c.count / nn;
      n = nn;
    }
    const sketch = QuantileSketch.deserialize(nums[0].sketch);
    for (const c of nums.slice(1)) sketch.merge(QuantileSketch.deserialize(c.sketch));
    const histogram = mergeHistograms(nums.map((c) => [c.count, c.histogram]));
    const grid = mergeHistograms(nums.map((c) => [c.count, c.grid]));
    const exact = sum && squares ? exactMoments(n, sum, squares) : null;
    if (exact) {
      mean = exact.mean;
      m2 = exact.m2;
    }
    const values = nums.map((c) => c.values).reduce((a, b) => mergeCounts(a, b, EXACT_VALUES_CAP));
    const mins = nums.filter((c) => c.min !== null).map((c) => c.min);
    const maxs = nums.filter((c) => c.max !== null).map((c) => c.max);
    return {
      ...base,
      type: "numerical",
      count: n,
      mean,
      m2,
      min: mins.length ? Math.min(...mins) : null,
      max: maxs.length ? Math.max(...maxs) : null,
      sketch: sketch.serialize(),
      values,
      histogram: histogram ? histogram.toJSON() : null,
      ...grid ? { grid: grid.toJSON() } : {},
      sums: exact ? { sum: sum.toJSON(), squares: squares.toJSON() } : null
    };
  });
  return {
    format: PROFILE_FORMAT,
    version: PROFILE_VERSION,
    created_at: (/* @__PURE__ */ new Date()).toISOString(),
    source: profiles.flatMap((p) => p.profile.source),
    rows: totalRows,
    sketch_k: k,
    bins,
    max_categories: cap,
    columns
  };
}
__name(mergeProfiles, "mergeProfiles");

// node_modules/@mlops-actions/drift/src/compare-profile.ts
var GRID = 1e3;
var PiecewiseCdf = class _PiecewiseCdf {
  static {
    __name(this, "PiecewiseCdf");
  }
  xs;
  fs;
  constructor(xs, fs4) {
    this.xs = xs;
    this.fs = fs4;
  }
  /**
   * From exact counts on grid edges (right-closed bins), with the exact min and max: the points are
   * (min, F(min)), the grid points strictly between min and max, and (max, 1).
   */
  static fromCounts(edges, counts2, min, max) {
    let total = 0;
    for (let i = 0; i < counts2.length; i++) total += counts2[i];
    const xs = [min];
    const fs4 = [0];
    let cum = 0;
    for (let i = 0; i < edges.length; i++) {
      cum += counts2[i];
      const e = edges[i];
      if (e === min) fs4[0] = cum / total;
      else if (e > min && e < max) {
        xs.push(e);
        fs4.push(cum / total);
      }
    }
    if (max > min) {
      xs.push(max);
      fs4.push(1);
    } else fs4[0] = 1;
    return new _PiecewiseCdf(xs, fs4);
  }
  /** A sketch's CDF read at the given points (and its min and max). */
  static fromSketch(k, points) {
    const xs = [k.min];
    const fs4 = [k.cdf(k.min)];
    for (const p of points) {
      if (p > k.min && p < k.max) {
        xs.push(p);
        fs4.push(k.cdf(p));
      }
    }
    if (k.max > k.min) {
      xs.push(k.max);
      fs4.push(1);
    } else fs4[0] = 1;
    return new _PiecewiseCdf(xs, fs4);
  }
  /** Right-continuous value at x. */
  cdf(x) {
    const xs = this.xs;
    if (x < xs[0]) return 0;
    const last = xs.length - 1;
    if (x >= xs[last]) return this.fs[last];
    let lo = 0;
    let hi = last;
    while (hi - lo > 1) {
      const mid = lo + hi >>> 1;
      if (xs[mid] <= x) lo = mid;
      else hi = mid;
    }
    const t = (x - xs[lo]) / (xs[hi] - xs[lo]);
    return this.fs[lo] + t * (this.fs[hi] - this.fs[lo]);
  }
  /** Left limit at x. */
  cdfBelow(x) {
    return x <= this.xs[0] ? 0 : this.cdf(x);
  }
  /** The smallest x with cdf(x) ≥ q. */
  quantile(q) {
    const { xs, fs: fs4 } = this;
    if (q <= fs4[0]) return xs[0];
    for (let i = 1; i < xs.length; i++) {
      if (fs4[i] >= q) {
        const d = fs4[i] - fs4[i - 1];
        return d > 0 ? xs[i - 1] + (q - fs4[i - 1]) / d * (xs[i] - xs[i - 1]) : xs[i];
      }
    }
    return xs[xs.length - 1];
  }
  /** Σ width × rise over the segments: how far ∫F dx can be from the linear interpolation's. */
  interpolationBound() {
    let b = 0;
    for (let i = 1; i < this.xs.length; i++) b += (this.xs[i] - this.xs[i - 1]) * (this.fs[i] - this.fs[i - 1]);
    return b;
  }
};
function cdfDistance(f, g) {
  const points = [.../* @__PURE__ */ new Set([...f.xs, ...g.xs])].sort((a, b) => a - b);
  let sum = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1];
    const b = points[i];
    const da = f.cdf(a) - g.cdf(a);
    const db = f.cdfBelow(b) - g.cdfBelow(b);
    const w = b - a;
    if (da >= 0 && db >= 0 || da <= 0 && db <= 0) sum += w * (Math.abs(da) + Math.abs(db)) / 2;
    else sum += w * (da * da + db * db) / (2 * (Math.abs(da) + Math.abs(db)));
  }
  return sum;
}
__name(cdfDistance, "cdfDistance");
var CHART_BINS2 = 24;
function share2(a, b) {
  return b > 0 ? a / b : 0;
}
__name(share2, "share");
function summary(c, sketch) {
  const missing2 = c.missing + c.invalid;
  const s = {
    rows: c.rows,
    missing: missing2,
    missing_share: missingLikeShare(missing2, c.infinite, c.rows),
    invalid: c.invalid,
    infinite: c.infinite,
    count: c.count
  };
  if (c.type === "numerical" && c.count > 0) {
    s.mean = c.mean;
    s.std = Math.sqrt(c.m2 / c.count);
    s.min = c.min ?? void 0;
    s.max = c.max ?? void 0;
    if (sketch) s.median = sketch.quantile(0.5);
    if (c.values) s.distinct = Object.keys(c.values).length;
  }
  if (c.type === "categorical" && c.categories) {
    const entries = Object.entries(c.categories);
    s.distinct = entries.length;
    s.top = entries.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 5).map(([value, n]) => ({ value, share: share2(n, c.count) }));
  }
  return s;
}
__name(summary, "summary");
function exactData(c, sketch) {
  if (sketch.retained !== sketch.count) return void 0;
  const values = sortFloat64(Float64Array.from(sketch.retainedValues()));
  return { name: c.name, type: "numerical", rows: c.rows, missing: c.missing, invalid: c.invalid, infinite: c.infinite, values };
}
__name(exactData, "exactData");
function sharesAt(sketch, edges) {
  const out = [];
  let prev = 0;
  for (const e of edges) {
    const f = sketch.cdf(e);
    out.push(Math.max(0, f - prev));
    prev = f;
  }
  out.push(Math.max(0, 1 - prev));
  return out;
}
__name(sharesAt, "sharesAt");
function sketchChart(r, c, min, max) {
  let lo = Math.min(r.quantile(5e-3), c.quantile(5e-3));
  let hi = Math.max(r.quantile(0.995), c.quantile(0.995));
  if (!(hi > lo)) {
    lo = min;
    hi = max;
  }
  if (!(hi > lo)) hi = lo + 1;
  const edges = [];
  for (let i = 0; i <= CHART_BINS2; i++) edges.push(lo + (hi - lo) * i / CHART_BINS2);
  const inner = edges.slice(1, -1);
  return { kind: "histogram", edges, reference: sharesAt(r, inner), current: sharesAt(c, inner) };
}
__name(sketchChart, "sketchChart");
function sameEdges(a, b) {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
__name(sameEdges, "sameEdges");
function compareProfileColumns(ref, cur, s) {
  if (ref.type === "categorical") {
    const rc = ref;
    const cc = cur;
    const rs2 = summary(rc);
    const cs2 = summary(cc);
    const refMap = rc.categories ? new Map(Object.entries(rc.categories)) : void 0;
    const curMap = cc.categories ? new Map(Object.entries(cc.categories)) : void 0;
    const data = /* @__PURE__ */ __name((c, m) => ({
      name: c.name,
      type: "categorical",
      rows: c.rows,
      missing: c.missing,
      invalid: c.invalid,
      infinite: c.infinite,
      categories: m,
      highCardinality: m ? void 0 : true
    }), "data");
    const out = compareExact(data(rc, refMap), data(cc, curMap), s);
    return { ...out, reference: rs2, current: cs2 };
  }
  const rp = ref;
  const cp = cur;
  const rk = QuantileSketch.deserialize(rp.sketch);
  const ck = QuantileSketch.deserialize(cp.sketch);
  const refGrid = sketchGrid(rk);
  const curGrid = cp.count > 0 && cp.grid && cp.min !== null && cp.max !== null && sameEdges(cp.grid.edges, refGrid) ? PiecewiseCdf.fromCounts(cp.grid.edges, cp.grid.counts, cp.min, cp.max) : void 0;
  const cd = curGrid ?? ck;
  const rs = summary(rp, rk);
  const cs = summary(cp, cd);
  const re = exactData(rp, rk);
  const ce = exactData(cp, ck);
  if (re && ce) {
    const out = compareExact(re, ce, s);
    return {
      ...out,
      reference: { ...out.reference, rows: rs.rows, missing: rs.missing, missing_share: rs.missing_share },
      current: { ...out.current, rows: cs.rows, missing: cs.missing, missing_share: cs.missing_share }
    };
  }
  if (rp.count === 0 || cp.count === 0) {
    const out = compareExact(
      {
        name: rp.name,
        type: "numerical",
        rows: rp.rows,
        missing: rp.missing,
        invalid: rp.invalid,
        infinite: rp.infinite,
        values: new Float64Array(0)
      },
      {
        name: cp.name,
        type: "numerical",
        rows: cp.rows,
        missing: cp.missing,
        invalid: cp.invalid,
        infinite: cp.infinite,
        values: new Float64Array(0)
      },
      s
    );
    return { ...out, reference: rs, current: cs, exact: false };
  }
  const distinct = rp.values && cp.values ? (/* @__PURE__ */ new Set([...Object.keys(rp.values), ...Object.keys(cp.values)])).size : Infinity;
  const valueCounts = rp.values && cp.values ? { rm: new Map(Object.entries(rp.values)), cm: new Map(Object.entries(cp.values)) } : void 0;
  const requested = s.tests[rp.name] ?? s.tests["*"];
  const choice = chooseTest(
    "numerical",
    Math.min(rp.count, cp.count),
    distinct,
    requested && TESTS[requested].types.includes("numerical") ? requested : void 0,
    rp.name,
    {
      reference: rp.count,
      current: cp.count,
      jsThreshold: thresholdFor(rp.name, "jensen-shannon", s),
      ...valueCounts ? { smallestCount: smallestPooledCount(valueCounts.rm, valueCounts.cm) } : {}
    }
  );
  if (choice.asCategories && valueCounts) {
    const { rm: rm7, cm } = valueCounts;
    const threshold2 = thresholdFor(rp.name, choice.test, s);
    const out = categoricalTest(choice.test, rm7, cm, s);
    return finishColumn(rp.name, "numerical", choice.test, choice.reason, threshold2, out, rs, cs, s, barsChart(rm7, cm), true);
  }
  const test = choice.asCategories ? choice.test === "jensen-shannon" ? "jensen-shannon" : "psi" : choice.test;
  const threshold = thresholdFor(rp.name, test, s);
  const notes = [];
  let statistic;
  let p = null;
  if (test === "ks" && curGrid) {
    let d = 0;
    for (const g of refGrid) d = Math.max(d, Math.abs(rk.cdf(g) - curGrid.cdf(g)));
    const errorBound = rk.retained === rk.count ? 0 : QuantileSketch.rankErrorBound(rk.k, true);
    statistic = d;
    const lower = Math.max(0, d - errorBound);
    p = lower > 0 ? ks2sampAsymptoticP(lower, rp.count, cp.count, "two-sided") : 1;
    notes.push(
      errorBound > 0 ? `approximate: D on the reference grid (${refGrid.length} points; current CDF exact there, reference CDF from its sketch, \xB1${errorBound.toFixed(4)}, 99% confidence); conservative asymptotic p-value for D \u2212 ${errorBound.toFixed(4)} = ${lower.toFixed(4)}` : `approximate: D on the reference's ${refGrid.length} values (both CDFs exact there; a lower bound of the exact D); asymptotic p-value`
    );
  } else if (test === "wasserstein" && curGrid) {
    const refCdf = PiecewiseCdf.fromSketch(rk, refGrid);
    const w = cdfDistance(refCdf, curGrid);
    const divisor = wassersteinDivisor(rp, rs, s);
    statistic = divisor > 0 ? w / divisor : w === 0 ? 0 : Infinity;
    const span = Math.max(rp.max, cp.max) - Math.min(rp.min, cp.min);
    const refError = rk.retained === rk.count ? 0 : QuantileSketch.rankErrorBound(rk.k, true);
    const bound = (refCdf.interpolationBound() + curGrid.interpolationBound() + refError * span) / divisor;
    notes.push(
      `approximate: \u222B|F_ref \u2212 F_cur| on the reference grid (${refGrid.length} points; current CDF exact there, linear in between; reference CDF from its sketch); within \xB1${Number.isFinite(bound) ? bound.toPrecision(3) : "\u221E"} of the exact statistic`
    );
  } else if (test === "ks") {
    const x = sketchKsStatistic(rk, ck);
    const bound = /* @__PURE__ */ __name((k) => k.retained === k.count ? 0 : QuantileSketch.rankErrorBound(k.k, true), "bound");
    const errorBound = bound(rk) + bound(ck);
    statistic = x.statistic;
    const lower = Math.max(0, x.statistic - errorBound);
    p = lower > 0 ? ks2sampAsymptoticP(lower, rp.count, cp.count, "two-sided") : 1;
    notes.push(
      `approximate: D estimated from the quantile sketches (\xB1${errorBound.toFixed(4)}, 99% confidence); conservative asymptotic p-value for D \u2212 ${errorBound.toFixed(4)} = ${lower.toFixed(4)}`
    );
  } else if (test === "wasserstein") {
    let sum = 0;
    for (let g = 0; g < GRID; g++) {
      const q = (g + 0.5) / GRID;
      sum += Math.abs(rk.quantile(q) - ck.quantile(q));
    }
    const divisor = wassersteinDivisor(rp, rs, s);
    const w = sum / GRID;
    statistic = divisor > 0 ? w / divisor : w === 0 ? 0 : Infinity;
    notes.push(`Wasserstein distance estimated from the quantile sketches on ${GRID} quantile levels`);
  } else {
    const edges = quantileBinEdgesFromSketch(rk, s.bins);
    const refShares = sharesAt(rk, edges);
    let curShares;
    if (cp.histogram && sameEdges(cp.histogram.edges, edges)) {
      curShares = Array.from(BinnedHistogram.fromJSON(cp.histogram).shares());
      notes.push(
        `${edges.length + 1} bins at the reference sketch's quantiles; current shares exact (profiled on these edges), reference shares from its sketch`
      );
    } else {
      curShares = sharesAt(ck, edges);
      notes.push(
        `${edges.length + 1} bins at the reference sketch's quantiles; both sides' shares from their sketches (the current profile was not made on these reference edges)`
      );
    }
    const out = categoricalTest(test, refShares, curShares, s);
    statistic = out.statistic;
    p = out.p;
  }
  if (test !== choice.test) notes.push(`few distinct values but the profiles lack exact counts: ${test} on bins instead of ${choice.test}`);
  const report = finishColumn(
    rp.name,
    "numerical",
    test,
    choice.reason,
    threshold,
    { statistic, p, notes },
    rs,
    cs,
    s,
    sketchChart(rk, cd, Math.min(rp.min, cp.min), Math.max(rp.max, cp.max)),
    false
  );
  return report;
}
__name(compareProfileColumns, "compareProfileColumns");
function wassersteinDivisor(rp, rs, s) {
  const magnitude = Math.max(Math.abs(rp.min ?? 0), Math.abs(rp.max ?? 0));
  return Math.max(Number.isFinite(rs.std) ? rs.std : 0, s.wassersteinFloor, s.wassersteinRelativeFloor * magnitude);
}
__name(wassersteinDivisor, "wassersteinDivisor");

// node_modules/@mlops-actions/drift/src/load.ts
import { availableParallelism } from "node:os";

// node_modules/@mlops-actions/drift/src/worker.ts
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
var MARK = "mlops-actions-drift-worker";
var entry = new URL("./worker-entry.ts", import.meta.url);
function setWorkerEntry(url) {
  entry = url;
}
__name(setWorkerEntry, "setWorkerEntry");
function isDriftWorker() {
  return !isMainThread && workerData?.mark === MARK;
}
__name(isDriftWorker, "isDriftWorker");
async function serveDriftWorker() {
  const port = parentPort;
  if (!port) throw new Error("serveDriftWorker must run in a worker thread");
  const req = workerData.request;
  let reply;
  const transfer = [];
  try {
    const result = await readColumns(req.files, req.plan, {
      capacity: req.capacity,
      ...req.maxCategories ? { maxCategories: req.maxCategories } : {}
    });
    for (const c of result.columns) if (c.values) transfer.push(c.values.buffer);
    reply = { ok: result };
  } catch (e) {
    const err = e;
    reply = {
      error: {
        message: err instanceof Error ? err.message : String(e),
        userError: isUserError(e),
        ...err.file ? { file: err.file } : {},
        ...err.line ? { line: err.line } : {}
      }
    };
  }
  port.postMessage(reply, transfer);
}
__name(serveDriftWorker, "serveDriftWorker");
function readColumnsInWorker(request) {
  return new Promise((resolve8, reject) => {
    const w = new Worker(entry, { workerData: { mark: MARK, request } });
    let settled = false;
    w.once("message", (reply) => {
      settled = true;
      if ("ok" in reply) resolve8(reply.ok);
      else reject(rebuild(reply.error));
    });
    w.once("error", (e) => {
      if (!settled) reject(e);
      settled = true;
    });
    w.once("exit", (code2) => {
      if (!settled) reject(new Error(`the reader thread stopped with code ${code2} before answering`));
    });
  });
}
__name(readColumnsInWorker, "readColumnsInWorker");
function rebuild(e) {
  if (!e.userError) return new Error(e.message);
  const err = new UserError(e.message);
  Object.assign(err, { file: e.file, line: e.line });
  return err;
}
__name(rebuild, "rebuild");

// node_modules/@mlops-actions/drift/src/load.ts
var DEFAULT_MEMORY_BUDGET = 128 * 1024 * 1024;
function resolveSchema(reference, current, sel) {
  const ref = new Map(
    reference.map((c) => [c.name, c.undecided ? current.find((o) => o.name === c.name && !o.undecided)?.type ?? c.type : c.type])
  );
  const cur = new Map(
    current.map((c) => [c.name, c.undecided ? reference.find((o) => o.name === c.name && !o.undecided)?.type ?? c.type : c.type])
  );
  const known = /* @__PURE__ */ __name((n) => ref.has(n) || cur.has(n), "known");
  const check2 = /* @__PURE__ */ __name((input, names) => {
    for (const n of names) {
      if (!known(n)) {
        const sample = [.../* @__PURE__ */ new Set([...ref.keys(), ...cur.keys()])].slice(0, 12).join(", ");
        throw new UserError(`column '${n}' is in neither the reference nor the current data`, {
          input,
          fix: `Check the spelling (names are case-sensitive). Columns: ${sample}${ref.size + cur.size > 12 ? ", \u2026" : ""}`
        });
      }
    }
  }, "check");
  check2("columns", sel.columns);
  check2("categorical", sel.categorical);
  check2("numerical", sel.numerical);
  for (const n of sel.categorical) {
    if (sel.numerical.includes(n))
      throw new UserError(`column '${n}' is listed as both categorical and numerical`, {
        input: "numerical",
        fix: "Keep it in one of the two lists"
      });
  }
  const wanted = /* @__PURE__ */ __name((n) => (sel.columns.length === 0 || sel.columns.includes(n)) && !sel.exclude.includes(n), "wanted");
  const forcedType = /* @__PURE__ */ __name((n) => sel.categorical.includes(n) ? "categorical" : sel.numerical.includes(n) ? "numerical" : void 0, "forcedType");
  const compared = [];
  const changes = [];
  for (const { name } of reference) {
    if (!wanted(name)) continue;
    const forced = forcedType(name);
    const r = forced ?? ref.get(name);
    if (!cur.has(name)) {
      changes.push({ column: name, change: "removed", reference: r });
      continue;
    }
    const c = forced ?? cur.get(name);
    if (r !== c) {
      changes.push({ column: name, change: "type", reference: r, current: c });
      continue;
    }
    compared.push({ name, type: r, forced: forced !== void 0 });
  }
  for (const { name } of current) {
    if (wanted(name) && !ref.has(name)) changes.push({ column: name, change: "added", current: forcedType(name) ?? cur.get(name) });
  }
  return { compared, changes };
}
__name(resolveSchema, "resolveSchema");
async function readPairs(referenceFiles, currentFiles, sniffed, compared, onPair, options = {}) {
  const budget = options.memoryBudget ?? DEFAULT_MEMORY_BUDGET;
  const parallel = options.parallel ?? availableParallelism() >= 4;
  const refCap = Math.ceil(sniffed.reference.estimatedRows * 1.02) + 16;
  const curCap = Math.ceil(sniffed.current.estimatedRows * 1.02) + 16;
  const perColumn = 8 * (refCap + curCap);
  const groupSize = Math.max(1, Math.floor(budget / perColumn));
  const numerical = compared.filter((c) => c.type === "numerical");
  const categorical = compared.filter((c) => c.type === "categorical");
  const groups2 = [];
  for (let i = 0; i < numerical.length; i += groupSize) groups2.push(numerical.slice(i, i + groupSize));
  if (groups2.length === 0) groups2.push([]);
  groups2[0] = [...categorical, ...groups2[0]];
  let referenceRows = 0;
  let currentRows = 0;
  const pool = new ArrayPool();
  for (const [g, plan] of groups2.entries()) {
    options.onPass?.(
      g + 1,
      groups2.length,
      plan.map((p) => p.name)
    );
    const refRequest = {
      files: [...referenceFiles],
      plan,
      capacity: refCap,
      ...options.maxCategories ? { maxCategories: options.maxCategories } : {}
    };
    const curRequest = {
      files: [...currentFiles],
      plan,
      capacity: curCap,
      ...options.maxCategories ? { maxCategories: options.maxCategories } : {}
    };
    let ref;
    let cur;
    if (parallel) {
      const pending = readColumnsInWorker(refRequest);
      try {
        cur = await readColumns(curRequest.files, plan, { ...curRequest, pool });
      } catch (e) {
        await pending.catch(() => void 0);
        throw e;
      }
      ref = await pending;
    } else {
      ref = await readColumns(refRequest.files, plan, { ...refRequest, pool });
      cur = await readColumns(curRequest.files, plan, { ...curRequest, pool });
    }
    referenceRows = ref.rows;
    currentRows = cur.rows;
    for (let i = 0; i < plan.length; i++) {
      await onPair(ref.columns[i], cur.columns[i]);
      pool.release(ref.columns[i].values);
      pool.release(cur.columns[i].values);
      ref.columns[i] = void 0;
      cur.columns[i] = void 0;
    }
  }
  return { referenceRows, currentRows, passes: groups2.length };
}
__name(readPairs, "readPairs");

// node_modules/@mlops-actions/markdown/src/escape.ts
var MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+!~|]/g;
function escapeText(s) {
  return String(s).replace(/\r\n|\r|\n/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_SPECIAL, (c) => `\\${c}`).replace(/@/g, "@\u200B").replace(/(https?):\/\//gi, "$1:\u200B//").replace(/\bwww\./gi, "www\u200B.");
}
__name(escapeText, "escapeText");
var escapeCell = escapeText;
function code(s) {
  const text = String(s).replace(/\r\n|\r|\n/g, " ").replace(/\|/g, "\\|");
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}
__name(code, "code");

// node_modules/@mlops-actions/markdown/src/blocks.ts
function table(headers, rows, align = []) {
  const sep7 = headers.map((_, i) => {
    const a = align[i];
    return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
  });
  const line = /* @__PURE__ */ __name((cells) => `| ${headers.map((_, i) => cells[i] ?? "").join(" | ")} |`, "line");
  return [line(headers), line(sep7), ...rows.map(line)].join("\n");
}
__name(table, "table");
function details(summary2, body, open = false) {
  return `<details${open ? " open" : ""}>
<summary>${summary2}</summary>

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
function barChart(o) {
  const max = Math.max(0, ...o.bars.map((b) => b.value));
  return xyChart({
    title: o.title,
    xLabels: o.bars.map((b) => b.label),
    yLabel: o.yLabel,
    yRange: [0, max > 0 ? max * 1.1 : 1],
    series: [{ kind: "bar", values: o.bars.map((b) => b.value) }],
    horizontal: o.horizontal ?? false
  });
}
__name(barChart, "barChart");

// node_modules/@mlops-actions/drift/src/pictures.ts
var MAX_COLUMN_CHARTS = 10;
var INLINE_CHARTS = 2;
var REFERENCE_COLOR = "#4c78a8";
var CURRENT_COLOR = "#f58518";
function chartLabels(chart) {
  if (chart.kind === "bars") return [...chart.labels, ...chart.other ? ["(other)"] : []];
  const n = chart.reference.length;
  return chart.reference.map(
    (_, i) => i === 0 ? `up to ${fmt2(chart.edges[1], 3)}` : i === n - 1 ? `above ${fmt2(chart.edges[n - 1], 3)}` : `${fmt2(chart.edges[i], 3)}\u2013${fmt2(chart.edges[i + 1], 3)}`
  );
}
__name(chartLabels, "chartLabels");
function percents(chart) {
  const ref = chart.kind === "bars" ? [...chart.reference, ...chart.other ? [chart.other.reference] : []] : chart.reference;
  const cur = chart.kind === "bars" ? [...chart.current, ...chart.other ? [chart.other.current] : []] : chart.current;
  const p = /* @__PURE__ */ __name((v) => Number((v * 100).toFixed(2)), "p");
  return { reference: ref.map(p), current: cur.map(p) };
}
__name(percents, "percents");
function columnChartMermaid(c) {
  const { reference, current } = percents(c.chart);
  const max = Math.max(0, ...reference, ...current);
  const block = xyChart({
    title: c.name,
    xLabels: chartLabels(c.chart),
    yLabel: "% of values",
    yRange: [0, max > 0 ? Math.min(100, Math.ceil(max * 1.1)) : 1],
    series: [
      { kind: "bar", values: reference },
      { kind: "line", values: current }
    ]
  });
  return block.replace(
    /^```mermaid\n/,
    `\`\`\`mermaid
%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${REFERENCE_COLOR}, ${CURRENT_COLOR}"}}}}%%
`
  );
}
__name(columnChartMermaid, "columnChartMermaid");
var isDrifted = /* @__PURE__ */ __name((c) => c.drift || c.missing.drift, "isDrifted");
function driftPictures(columns) {
  const drifted = columns.filter(isDrifted);
  const drawable = drifted.filter((c) => c.chart !== void 0 && c.chart.reference.length > 0);
  if (!drawable.length) return [];
  const shown2 = drawable.slice(0, MAX_COLUMN_CHARTS);
  const legend = "\u{1F7E6} reference (bars) \xB7 \u{1F7E7} current (line), % of values";
  const charts = shown2.map(columnChartMermaid).join("\n\n");
  const rest = drifted.length - shown2.length;
  const more = rest > 0 ? `

_${rest} more drifted ${rest === 1 ? "column is" : "columns are"} drawn in the HTML report._` : "";
  const title = `Distributions of ${shown2.length === drifted.length ? "the drifted columns" : `${shown2.length} of the ${drifted.length} drifted columns`}`;
  if (shown2.length <= INLINE_CHARTS) return [`**${escapeText(title)}** (${legend}):`, "", charts + more, ""];
  return [details(`${escapeText(title)} (${legend})`, charts + more), ""];
}
__name(driftPictures, "driftPictures");

// node_modules/@mlops-actions/drift/src/render-markdown.ts
var CHART_COLUMNS = 20;
function fmt2(x, digits = 4) {
  if (x === null || x === void 0) return "\u2014";
  if (!Number.isFinite(x)) return x > 0 ? "\u221E" : x < 0 ? "\u2212\u221E" : "\u2014";
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a < 1e-4 || a >= 1e6) return x.toExponential(2);
  return Number(x.toPrecision(digits)).toString();
}
__name(fmt2, "fmt");
function pct(x) {
  if (x === 0) return "0%";
  const v = x * 100;
  return `${v < 0.1 ? v.toPrecision(1) : Number(v.toFixed(1)).toString()}%`;
}
__name(pct, "pct");
function sortedColumns(r) {
  return [...r.columns].sort(
    (a, b) => Number(b.drift || b.missing.drift) - Number(a.drift || a.missing.drift) || b.score - a.score || (a.name < b.name ? -1 : 1)
  );
}
__name(sortedColumns, "sortedColumns");
function verdictLine(r) {
  const v = r.verdict;
  return v.drift ? `### :warning: Drift detected: ${escapeText(r.title)}` : `### :white_check_mark: No drift: ${escapeText(r.title)}`;
}
__name(verdictLine, "verdictLine");
function renderMarkdown(r, o = {}) {
  const v = r.verdict;
  const cols = sortedColumns(r);
  const out = [verdictLine(r), ""];
  out.push(v.reasons.map((x) => `- ${escapeText(x)}`).join("\n"), "");
  out.push(
    `Reference: ${r.reference.rows.toLocaleString("en-US")} rows (${r.reference.source.slice(0, 3).map(code).join(", ")}${r.reference.source.length > 3 ? `, +${r.reference.source.length - 3}` : ""}) \xB7 current: ${r.current.rows.toLocaleString("en-US")} rows (${r.current.source.slice(0, 3).map(code).join(", ")}${r.current.source.length > 3 ? `, +${r.current.source.length - 3}` : ""}) \xB7 drift share ${pct(v.share)} (${v.drifted_columns.length}/${v.compared_columns}), threshold ${pct(r.settings.drift_share)}` + (r.settings.correction !== "none" ? ` \xB7 ${r.settings.correction === "bh" ? "Benjamini\u2013Hochberg" : "Bonferroni"} correction` : "") + (r.settings.mode === "profile" ? " \xB7 compared through profiles (sketches: approximate where noted)" : ""),
    ""
  );
  const charted = cols.filter((c) => c.test !== null && !c.skipped).slice(0, CHART_COLUMNS);
  if (charted.length) {
    out.push(
      barChart({
        title: `Drift score per column (\u2265 1 is drift)${cols.length > CHART_COLUMNS ? `, top ${CHART_COLUMNS}` : ""}`,
        bars: charted.map((c) => ({ label: c.name, value: Number(c.score.toFixed(4)) })),
        yLabel: "score"
      }),
      ""
    );
  }
  const rows = cols.slice(0, o.maxRows ?? 500).map((c) => [
    escapeCell(c.name),
    c.type,
    c.test ?? "\u2014",
    fmt2(c.statistic),
    c.p_value === null ? "\u2014" : c.p_value_adjusted !== null && c.p_value_adjusted !== c.p_value ? `${fmt2(c.p_value)} (adj. ${fmt2(c.p_value_adjusted)})` : fmt2(c.p_value),
    c.threshold === null ? "\u2014" : `${c.test_kind === "p-value" ? "p <" : "\u2265"} ${fmt2(c.threshold)}`,
    fmt2(c.score, 3),
    `${pct(c.missing.reference_share)} \u2192 ${pct(c.missing.current_share)}${c.missing.drift ? " :warning:" : ""}`,
    c.skipped ? `skipped` : c.drift || c.missing.drift ? `**drift**${c.drift ? "" : " (missing)"}` : "no"
  ]);
  out.push(
    table(["column", "type", "test", "statistic", "p-value", "threshold", "score", "missing", "drift"], rows, [
      "left",
      "left",
      "left",
      "right",
      "right",
      "right",
      "right",
      "right",
      "left"
    ]),
    ""
  );
  if (cols.length > rows.length) out.push(`_${cols.length - rows.length} more columns in the JSON and HTML reports._`, "");
  out.push(...driftPictures(cols));
  if (r.schema_changes.length) {
    out.push(
      `**Schema changes** (${r.settings.schema_changes === "drift" ? "count as drift" : "reported only"}):`,
      "",
      r.schema_changes.map(
        (c) => `- **${escapeText(c.column)}** ${c.change === "added" ? `added (${c.current})` : c.change === "removed" ? `removed (was ${c.reference})` : `changed type: ${c.reference} \u2192 ${c.current}`}`
      ).join("\n"),
      ""
    );
  }
  if (r.warnings.length) out.push(r.warnings.map((w) => `> [!WARNING]
> ${escapeText(w)}`).join("\n\n"), "");
  const choices = cols.map((c) => `- **${escapeText(c.name)}**: ${escapeText(c.reason)}${c.notes.length ? ` \u2014 ${escapeText(c.notes.join("; "))}` : ""}`).join("\n");
  out.push(
    details(
      "Choices made",
      [
        `Tests by type and size: numerical columns with at most ${r.settings.small_sample.toLocaleString("en-US")} values (the smaller side) get the two-sample Kolmogorov\u2013Smirnov test, larger ones the Wasserstein distance in reference standard deviations; categorical columns get the two-sample chi-square test of homogeneity (rare categories pooled; a z-test for two categories) up to ${r.settings.small_sample.toLocaleString("en-US")} values, the Jensen\u2013Shannon distance above unless its sampling noise would reach its threshold with that many categories. Binned tests use ${r.settings.bins} reference-quantile bins; PSI uses the natural log and \u03B5 = ${r.settings.psi_epsilon} for empty bins; Jensen\u2013Shannon uses log base ${r.settings.js_log_base}; the Wasserstein distance is divided by the reference standard deviation (at least ${r.settings.wasserstein_relative_floor} \xD7 the reference's largest magnitude). A change of the missing-like share (missing, non-numbers, \xB1Infinity) larger than ${pct(r.settings.missing_share_threshold)} counts as drift.`,
        "",
        choices
      ].join("\n")
    )
  );
  if (o.runUrl) out.push("", `Full report (HTML and JSON): the \`drift-report\` artifact of [this run](${o.runUrl}).`);
  return `${out.join("\n").trimEnd()}
`;
}
__name(renderMarkdown, "renderMarkdown");

// node_modules/@mlops-actions/drift/src/render-html.ts
function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
__name(escapeHtml, "escapeHtml");
var W = 520;
var H = 200;
var PAD = { l: 44, r: 10, t: 10, b: 46 };
var REF = "#4c78a8";
var CUR = "#f58518";
function axisLabel(x) {
  return fmt2(x, 3);
}
__name(axisLabel, "axisLabel");
function svgFrame(body, label2, maxShare) {
  const ih = H - PAD.t - PAD.b;
  const ticks = [0, 0.5, 1].map((f) => {
    const y = PAD.t + ih - f * ih;
    return `<line x1="${PAD.l}" x2="${W - PAD.r}" y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" class="grid"/><text x="${PAD.l - 4}" y="${(y + 4).toFixed(1)}" text-anchor="end">${pct(maxShare * f)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(label2)}">${ticks.join("")}${body}</svg>`;
}
__name(svgFrame, "svgFrame");
function chartSvg(chart, name) {
  const iw = W - PAD.l - PAD.r;
  const ih = H - PAD.t - PAD.b;
  if (chart.kind === "histogram") {
    const n = chart.reference.length;
    const max2 = Math.max(1e-12, ...chart.reference, ...chart.current);
    const bw2 = iw / n;
    const y2 = /* @__PURE__ */ __name((v) => PAD.t + ih - v / max2 * ih, "y");
    const bars = chart.reference.map(
      (v, i) => `<rect x="${(PAD.l + i * bw2).toFixed(1)}" y="${y2(v).toFixed(1)}" width="${Math.max(0.5, bw2 - 1).toFixed(1)}" height="${(PAD.t + ih - y2(v)).toFixed(1)}" fill="${REF}" fill-opacity="0.45"/>`
    );
    const cur2 = chart.current.map((v, i) => `${i === 0 ? "M" : "L"}${(PAD.l + i * bw2).toFixed(1)},${y2(v).toFixed(1)}H${(PAD.l + (i + 1) * bw2).toFixed(1)}`).join("");
    const xt = [0, Math.floor(n / 2), n].map(
      (i) => `<text x="${(PAD.l + i * bw2).toFixed(1)}" y="${H - PAD.b + 14}" text-anchor="middle">${escapeHtml(axisLabel(chart.edges[i]))}</text>`
    );
    return svgFrame(
      `${bars.join("")}<path d="${cur2}" fill="none" stroke="${CUR}" stroke-width="2"/>${xt.join("")}`,
      `Distribution of ${name}: reference bars, current line`,
      max2
    );
  }
  const labels = [...chart.labels, ...chart.other ? ["(other)"] : []];
  const ref = [...chart.reference, ...chart.other ? [chart.other.reference] : []];
  const cur = [...chart.current, ...chart.other ? [chart.other.current] : []];
  const max = Math.max(1e-12, ...ref, ...cur);
  const gw = iw / labels.length;
  const bw = Math.max(1, gw / 2 - 2);
  const y = /* @__PURE__ */ __name((v) => PAD.t + ih - v / max * ih, "y");
  const parts = labels.map((l, i) => {
    const x = PAD.l + i * gw + 1;
    const short = l.length > 12 ? `${l.slice(0, 11)}\u2026` : l;
    return `<rect x="${x.toFixed(1)}" y="${y(ref[i]).toFixed(1)}" width="${bw.toFixed(1)}" height="${(PAD.t + ih - y(ref[i])).toFixed(1)}" fill="${REF}"><title>${escapeHtml(l)} reference ${pct(ref[i])}</title></rect><rect x="${(x + bw + 1).toFixed(1)}" y="${y(cur[i]).toFixed(1)}" width="${bw.toFixed(1)}" height="${(PAD.t + ih - y(cur[i])).toFixed(1)}" fill="${CUR}"><title>${escapeHtml(l)} current ${pct(cur[i])}</title></rect><text transform="translate(${(x + bw).toFixed(1)},${H - PAD.b + 10}) rotate(35)">${escapeHtml(short)}</text>`;
  });
  return svgFrame(parts.join(""), `Category shares of ${name}: reference and current`, max);
}
__name(chartSvg, "chartSvg");
function emptySvg(c) {
  const why2 = c.reference.count === 0 && c.current.count === 0 ? "no values on either side" : c.reference.count === 0 ? "no values in the reference" : c.current.count === 0 ? "no values in the current data" : "nothing to draw";
  return svgFrame(`<text x="${W / 2}" y="${H / 2}" text-anchor="middle">${escapeHtml(why2)}</text>`, `Distribution of ${c.name}: ${why2}`, 1);
}
__name(emptySvg, "emptySvg");
function columnCard(c) {
  const flag = c.drift || c.missing.drift;
  const side = /* @__PURE__ */ __name((s) => `${s.rows.toLocaleString("en-US")} rows, ${pct(s.missing_share)} missing` + (s.mean !== void 0 ? `, mean ${fmt2(s.mean)}, std ${fmt2(s.std)}, median ${fmt2(s.median)}, range ${fmt2(s.min)} \u2026 ${fmt2(s.max)}` : "") + (s.distinct !== void 0 && s.mean === void 0 ? `, ${s.distinct.toLocaleString("en-US")} distinct` : ""), "side");
  return `<section class="card${flag ? " drift" : ""}" id="col-${escapeHtml(encodeURIComponent(c.name))}">
<h3>${escapeHtml(c.name)} <span class="tag">${c.type}</span> ${flag ? '<span class="bad">drift</span>' : c.skipped ? '<span class="tag">skipped</span>' : '<span class="ok">no drift</span>'}</h3>
${c.chart ? chartSvg(c.chart, c.name) : emptySvg(c)}
<p class="legend"><span class="sw" style="background:${REF}"></span>reference <span class="sw" style="background:${CUR}"></span>current</p>
<p>${c.test && !c.skipped ? `<b>${escapeHtml(c.test)}</b>: statistic ${fmt2(c.statistic)}${c.p_value !== null ? `, p-value ${fmt2(c.p_value)}${c.p_value_adjusted !== c.p_value ? ` (adjusted ${fmt2(c.p_value_adjusted)})` : ""}` : ""}, threshold ${c.test_kind === "p-value" ? "p &lt;" : "\u2265"} ${fmt2(c.threshold)}, score ${fmt2(c.score, 3)}` : escapeHtml(c.skipped ?? "")}</p>
<p class="why">${escapeHtml(c.reason)}${c.notes.length ? ` \u2014 ${escapeHtml(c.notes.join("; "))}` : ""}</p>
<p class="sides">Reference: ${side(c.reference)}<br>Current: ${side(c.current)}</p>
</section>`;
}
__name(columnCard, "columnCard");
function renderHtml(r) {
  const cols = sortedColumns(r);
  const v = r.verdict;
  const rows = cols.map(
    (c) => `<tr class="${c.drift || c.missing.drift ? "drift" : ""}"><td><a href="#col-${escapeHtml(encodeURIComponent(c.name))}">${escapeHtml(c.name)}</a></td><td>${c.type}</td><td>${escapeHtml(c.test ?? "\u2014")}</td><td class="n">${fmt2(c.statistic)}</td><td class="n">${c.p_value === null ? "\u2014" : fmt2(c.p_value_adjusted ?? c.p_value)}</td><td class="n">${c.threshold === null ? "\u2014" : `${c.test_kind === "p-value" ? "p &lt;" : "\u2265"} ${fmt2(c.threshold)}`}</td><td class="n">${fmt2(c.score, 3)}</td><td class="n">${pct(c.missing.reference_share)} \u2192 ${pct(c.missing.current_share)}</td><td>${c.skipped ? "skipped" : c.drift || c.missing.drift ? "<b>drift</b>" : "no"}</td></tr>`
  ).join("\n");
  const schema = r.schema_changes.length ? `<h2>Schema changes</h2><ul>${r.schema_changes.map((c) => `<li><code>${escapeHtml(c.column)}</code> ${c.change === "type" ? `changed type: ${c.reference} \u2192 ${c.current}` : c.change === "added" ? `added (${c.current})` : `removed (was ${c.reference})`}</li>`).join("")}</ul>` : "";
  const s = r.settings;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(r.title)}</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1180px;color:#1f2328;padding:0 16px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin-top:28px}h3{font-size:15px;margin:0 0 6px}
.verdict{padding:12px 16px;border-radius:8px;margin:12px 0}.verdict.bad{background:#fff1e5;border:1px solid #f58518}.verdict.good{background:#eef8f0;border:1px solid #2da44e}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #d0d7de;padding:5px 8px;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}tr.drift td{background:#fff8f2}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(540px,1fr));gap:14px}.card{border:1px solid #d0d7de;border-radius:8px;padding:12px}.card.drift{border-color:#f58518}
svg{width:100%;height:auto;font-size:10px;fill:#57606a}.grid{stroke:#eaeef2}.tag{font-size:11px;color:#57606a;border:1px solid #d0d7de;border-radius:10px;padding:0 6px}
.bad{color:#bc4c00;font-weight:600}.ok{color:#1a7f37}.why,.sides,.legend{color:#57606a;font-size:12px;margin:4px 0}.sw{display:inline-block;width:10px;height:10px;margin:0 4px 0 10px}
code{background:#f6f8fa;padding:0 4px;border-radius:4px}
</style>
</head>
<body>
<h1>${escapeHtml(r.title)}</h1>
<p>Generated ${escapeHtml(r.generated_at)} \xB7 reference ${r.reference.rows.toLocaleString("en-US")} rows (${r.reference.source.map((x) => `<code>${escapeHtml(x)}</code>`).join(", ")}) \xB7 current ${r.current.rows.toLocaleString("en-US")} rows (${r.current.source.map((x) => `<code>${escapeHtml(x)}</code>`).join(", ")})</p>
<div class="verdict ${v.drift ? "bad" : "good"}"><b>${v.drift ? "Drift detected" : "No drift"}</b> \u2014 drift share ${pct(v.share)} (${v.drifted_columns.length} of ${v.compared_columns} columns), threshold ${pct(s.drift_share)}<ul>${v.reasons.map((x) => `<li>${escapeHtml(x)}</li>`).join("")}</ul></div>
${r.warnings.length ? `<h2>Warnings</h2><ul>${r.warnings.map((w) => `<li>${escapeHtml(w)}</li>`).join("")}</ul>` : ""}
<h2>Columns, by drift score</h2>
<table><thead><tr><th>column</th><th>type</th><th>test</th><th>statistic</th><th>p-value</th><th>threshold</th><th>score</th><th>missing</th><th>drift</th></tr></thead>
<tbody>
${rows}
</tbody></table>
${schema}
<h2>Per column</h2>
<div class="cards">
${cols.map(columnCard).join("\n")}
</div>
<h2>Choices made</h2>
<ul>
<li>Comparison: ${s.mode === "exact" ? "exact, on every value of both datasets" : "through mergeable profiles (quantile sketches with a bounded rank error; exact counts for categories)"}.</li>
<li>Automatic test choice: numerical columns with at most ${s.small_sample.toLocaleString("en-US")} values (the smaller side) get the two-sample Kolmogorov\u2013Smirnov test (exact or asymptotic p-value as scipy's ks_2samp chooses), larger ones the Wasserstein distance divided by the reference standard deviation (at least ${s.wasserstein_relative_floor} \xD7 the reference's largest magnitude); categorical columns get the two-sample chi-square test of homogeneity (categories with an expected count below ${s.chi_square_min_expected} pooled; a two-proportion z-test for two categories) up to ${s.small_sample.toLocaleString("en-US")} values, the Jensen\u2013Shannon distance above unless its sampling noise would reach its threshold with that many categories. Numerical columns with at most 5 distinct values over both samples are tested as categories.</li>
<li>Binning: ${s.bins} bins at the reference quantiles (right-closed, open-ended outer bins). PSI: natural log, \u03B5 = ${s.psi_epsilon} for an empty share. Jensen\u2013Shannon distance: log base ${s.js_log_base}.</li>
<li>Thresholds: p-value tests drift when p &lt; threshold (default 0.05); distances when the distance \u2265 threshold (default 0.1).${Object.keys(s.thresholds).length ? ` Set: ${escapeHtml(JSON.stringify(s.thresholds))}.` : ""} Correction for several p-value tests: ${s.correction}.</li>
<li>Missing values (empty fields, NA/NaN/NULL tokens, nulls, and non-numbers in numerical columns) are counted, not dropped silently: a change of the missing-like share (missing values and \xB1Infinity) larger than ${pct(s.missing_share_threshold)} counts as drift. Infinite values are left out of the tests and reported.</li>
<li>Dataset drift: when the share of drifted columns is at least ${pct(s.drift_share)}${s.critical_columns.length ? `, or any critical column drifts (${s.critical_columns.map((c) => `<code>${escapeHtml(c)}</code>`).join(", ")})` : ""}${s.schema_changes === "drift" ? ", or the schema changed" : ""}.</li>
</ul>
<h3>Per column</h3>
<ul>
${cols.map((c) => `<li><code>${escapeHtml(c.name)}</code>: ${escapeHtml(c.reason)}${c.notes.length ? ` \u2014 ${escapeHtml(c.notes.join("; "))}` : ""}</li>`).join("\n")}
</ul>
</body>
</html>
`;
}
__name(renderHtml, "renderHtml");

// node_modules/@mlops-actions/drift/src/report.ts
var REPORT_FORMAT = "mlops-actions/drift-report";
var REPORT_VERSION = 1;

// node_modules/@mlops-actions/drift/src/engine.ts
var GLOB_CHARS = /[*?[\]{}]/;
async function resolveFiles(workspace, patterns, input) {
  if (patterns.length === 0) throw new UserError("names no file", { input, fix: "Give one or more files or globs, one per line" });
  const out = /* @__PURE__ */ new Set();
  for (const p of patterns) {
    if (!GLOB_CHARS.test(p)) {
      const abs = resolveInside(workspace, p, { input });
      if (!existsSync2(abs)) throw new UserError(`'${p}' does not exist`, { input, fix: "Check the path; it is relative to the workspace" });
      if (statSync2(abs).isDirectory())
        throw new UserError(`'${p}' is a directory`, { input, fix: `Name the files, e.g. '${p.replace(/\/$/, "")}/*.csv'` });
      out.add(abs);
      continue;
    }
    let n = 0;
    for await (const m of glob(p, { cwd: workspace })) {
      const abs = resolveInside(workspace, m, { input });
      if (statSync2(abs).isFile()) {
        out.add(abs);
        n++;
      }
    }
    if (n === 0) throw new UserError(`no file matches '${p}'`, { input, fix: "Check the glob; it is relative to the workspace" });
  }
  return [...out].sort();
}
__name(resolveFiles, "resolveFiles");
async function loadSide(workspace, patterns, input, format) {
  const files = await resolveFiles(workspace, patterns, input);
  const display = files.map((f) => toPosixRelative(workspace, f));
  const jsonFiles = files.filter((f) => f.toLowerCase().endsWith(".json"));
  if (jsonFiles.length > 0) {
    if (jsonFiles.length !== files.length) {
      throw new UserError("mixes profiles (.json) and data files", {
        input,
        fix: "Give either data files or profiles for one side, not both"
      });
    }
    const profiles = [];
    for (const [i, f] of files.entries()) {
      let v;
      try {
        v = JSON.parse(await readFile(f, "utf8"));
      } catch (e) {
        throw new UserError(`cannot read the profile: ${messageOf(e)}`, {
          file: display[i],
          fix: "Pass a profile written by drift-report (mode: profile)"
        });
      }
      profiles.push({ profile: checkProfile(v, display[i]), file: display[i] });
    }
    return { kind: "profile", profile: mergeProfiles(profiles), label: display };
  }
  return {
    kind: "data",
    files: files.map((f, i) => ({ path: f, display: display[i], format: formatOf2(f, format, display[i]) })),
    label: display
  };
}
__name(loadSide, "loadSide");
function profileColumns(p) {
  return p.columns.map((c) => ({ name: c.name, type: c.type, ...c.count === 0 && c.rows - c.missing === 0 ? { undecided: true } : {} }));
}
__name(profileColumns, "profileColumns");
function checkNames2(o, all) {
  for (const key of Object.keys(o.tests)) {
    if (key !== "*" && !all.has(key))
      throw new UserError(`names column '${key}', which is in neither the reference nor the current data`, {
        input: "tests",
        key,
        fix: "Use a column name or '*'"
      });
  }
  for (const key of Object.keys(o.thresholds)) {
    if (!all.has(key) && !TEST_NAMES.includes(key)) {
      throw new UserError(`'${key}' is neither a test nor a column`, {
        input: "thresholds",
        key,
        fix: `Use a test name (${TEST_NAMES.join(", ")}) or a column name`
      });
    }
  }
  for (const c of o.criticalColumns) {
    if (!all.has(c))
      throw new UserError(`column '${c}' is in neither the reference nor the current data`, {
        input: "critical-columns",
        fix: "Check the spelling (names are case-sensitive)"
      });
  }
}
__name(checkNames2, "checkNames");
function checkTests(o, schema) {
  for (const c of schema.compared) {
    const t = o.tests[c.name];
    if (t && !TESTS[t].types.includes(c.type)) {
      throw new UserError(`test '${t}' applies to ${TESTS[t].types.join(" or ")} columns, but '${c.name}' is ${c.type}`, {
        input: "tests",
        key: c.name,
        fix: c.type === "categorical" ? `Pick a test for categories, or list '${c.name}' under 'numerical'` : `Pick a test for numbers, or list '${c.name}' under 'categorical'`
      });
    }
  }
}
__name(checkTests, "checkTests");
function settingsOf(o) {
  return {
    ...DEFAULT_SETTINGS,
    tests: o.tests,
    thresholds: o.thresholds,
    missingShareThreshold: o.missingShareThreshold ?? DEFAULT_SETTINGS.missingShareThreshold
  };
}
__name(settingsOf, "settingsOf");
async function driftReport(o) {
  const started = performance.now();
  const log = o.log;
  const reference = Array.isArray(o.reference) ? await loadSide(o.workspace, o.reference, "reference", o.format) : { kind: "profile", profile: o.reference.profile, label: [o.reference.label] };
  const current = await loadSide(o.workspace, o.current, "current", o.format);
  const s = settingsOf(o);
  const columns = [];
  let schema;
  let referenceRows = 0;
  let currentRows = 0;
  let passes = 1;
  const warnings = [];
  let mode = "exact";
  if (reference.kind === "data" && current.kind === "data") {
    const [rs, cs] = await Promise.all([sniff(reference.files), sniff(current.files)]);
    schema = resolveSchema(rs.columns, cs.columns, o.selection);
    checkNames2(o, new Set([...rs.columns, ...cs.columns].map((c) => c.name)));
    checkTests(o, schema);
    const r = await readPairs(
      reference.files,
      current.files,
      { reference: rs, current: cs },
      schema.compared,
      (ref, cur) => {
        columns.push(guarded(ref.name, () => compareExact(ref, cur, s)));
      },
      {
        ...o.memoryBudget ? { memoryBudget: o.memoryBudget } : {},
        ...o.parallel !== void 0 ? { parallel: o.parallel } : {},
        ...o.maxCategories ? { maxCategories: o.maxCategories } : {},
        onPass: /* @__PURE__ */ __name((pass, total, cols) => {
          if (total > 1)
            log?.info(
              `Reading pass ${pass} of ${total} (${cols.length} columns; the numerical columns of both datasets do not fit the memory budget at once)`
            );
        }, "onPass")
      }
    );
    referenceRows = r.referenceRows;
    currentRows = r.currentRows;
    passes = r.passes;
  } else {
    mode = "profile";
    const refProfile = reference.kind === "profile" ? reference.profile : await profileDataset(reference.files, await planOf(reference.files, o.selection), {
      ...o.maxCategories ? { maxCategories: o.maxCategories } : {}
    });
    const curProfile = current.kind === "profile" ? current.profile : await profileDataset(current.files, await planOf(current.files, o.selection, refProfile), {
      edges: profileEdges(refProfile),
      grid: profileGrid(refProfile),
      sketchK: refProfile.sketch_k,
      bins: refProfile.bins,
      ...o.maxCategories ? { maxCategories: o.maxCategories } : {}
    });
    schema = resolveSchema(profileColumns(refProfile), profileColumns(curProfile), o.selection);
    checkNames2(o, new Set([...refProfile.columns, ...curProfile.columns].map((c) => c.name)));
    checkTests(o, schema);
    const refCols = new Map(refProfile.columns.map((c) => [c.name, c]));
    const curCols = new Map(curProfile.columns.map((c) => [c.name, c]));
    for (const c of schema.compared) {
      let rc = refCols.get(c.name);
      let cc = curCols.get(c.name);
      if (rc.type !== cc.type && rc.count === 0 && rc.rows - rc.missing === 0) rc = emptyColumnAs(rc, cc.type, refProfile.sketch_k);
      else if (rc.type !== cc.type && cc.count === 0 && cc.rows - cc.missing === 0) cc = emptyColumnAs(cc, rc.type, curProfile.sketch_k);
      if (rc.type !== c.type || cc.type !== c.type) {
        warnings.push(
          `column '${c.name}' was profiled as ${rc.type === cc.type ? rc.type : `${rc.type} (reference) and ${cc.type} (current)`}; declare its type when profiling to change it`
        );
        if (rc.type !== cc.type) {
          schema.changes.push({ column: c.name, change: "type", reference: rc.type, current: cc.type });
          continue;
        }
      }
      columns.push(guarded(c.name, () => compareProfileColumns(rc, cc, s)));
    }
    referenceRows = refProfile.rows;
    currentRows = curProfile.rows;
  }
  for (const c of columns) {
    const firstInvalid = c.reference.invalid || c.current.invalid;
    if (firstInvalid)
      warnings.push(
        `column '${c.name}': ${c.reference.invalid + c.current.invalid} value(s) are not numbers; they count as missing. List the column under 'categorical' if it holds categories`
      );
  }
  const verdict = decide(columns, schema.changes, {
    driftShare: o.driftShare,
    correction: o.correction,
    criticalColumns: o.criticalColumns,
    schemaChanges: o.schemaChanges
  });
  const report = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    generated_at: (/* @__PURE__ */ new Date()).toISOString(),
    title: o.title ?? "Data drift report",
    verdict,
    reference: { source: reference.label, rows: referenceRows },
    current: { source: current.label, rows: currentRows },
    columns,
    schema_changes: schema.changes,
    settings: {
      mode,
      drift_share: o.driftShare,
      correction: o.correction,
      critical_columns: [...o.criticalColumns],
      schema_changes: o.schemaChanges,
      missing_share_threshold: s.missingShareThreshold,
      small_sample: SMALL_SAMPLE,
      bins: s.bins,
      psi_epsilon: s.psiEpsilon,
      js_log_base: s.jsBase,
      wasserstein_std_floor: s.wassersteinFloor,
      wasserstein_relative_floor: s.wassersteinRelativeFloor,
      chi_square_min_expected: s.chiSquareMinExpected,
      thresholds: { ...o.thresholds },
      tests: { ...o.tests }
    },
    warnings,
    timing: { seconds: Number(((performance.now() - started) / 1e3).toFixed(3)), passes }
  };
  const markdown = renderMarkdown(report, o.runUrl ? { runUrl: o.runUrl } : {});
  const paths = {
    json: join3(o.reportDir, "report.json"),
    markdown: join3(o.reportDir, "report.md"),
    html: join3(o.reportDir, "report.html")
  };
  await writeJsonAtomic(paths.json, JSON.parse(JSON.stringify(report, infinityAsString)));
  await writeFileAtomic(paths.markdown, markdown);
  await writeFileAtomic(paths.html, renderHtml(report));
  return { report, paths, markdown };
}
__name(driftReport, "driftReport");
function infinityAsString(_key, v) {
  return typeof v === "number" && !Number.isFinite(v) ? String(v) : v;
}
__name(infinityAsString, "infinityAsString");
function guarded(column, f) {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError)
      throw new UserError(`column '${column}' cannot be tested: ${e.message}`, {
        fix: `Exclude the column ('exclude-columns') or pick another test for it`
      });
    throw e;
  }
}
__name(guarded, "guarded");
async function planOf(files, sel, typesFrom) {
  const sn = await sniff(files);
  for (const c of sn.columns) {
    const t = c.undecided ? typesFrom?.columns.find((x) => x.name === c.name)?.type : void 0;
    if (t) c.type = t;
  }
  const names = new Set(sn.columns.map((c) => c.name));
  for (const [input, list] of [
    ["columns", sel.columns],
    ["categorical", sel.categorical],
    ["numerical", sel.numerical]
  ]) {
    for (const n of list) {
      if (!names.has(n))
        throw new UserError(`column '${n}' is not in the data`, { input, fix: "Check the spelling (names are case-sensitive)" });
    }
  }
  return sn.columns.filter((c) => (sel.columns.length === 0 || sel.columns.includes(c.name)) && !sel.exclude.includes(c.name)).map((c) => {
    const forced = sel.categorical.includes(c.name) ? "categorical" : sel.numerical.includes(c.name) ? "numerical" : void 0;
    return { name: c.name, type: forced ?? c.type, forced: forced !== void 0 };
  });
}
__name(planOf, "planOf");
async function writeProfile(o) {
  const data = await loadSide(o.workspace, o.data, "current", o.format);
  if (data.kind !== "data")
    throw new UserError("names profiles; profile mode needs data files", {
      input: "current",
      fix: "To merge profiles, pass them as reference and current of a comparison"
    });
  let edges;
  let grid;
  let sketchK;
  let bins;
  let refProfile;
  if (o.reference && !Array.isArray(o.reference)) refProfile = o.reference.profile;
  else if (o.reference?.length) {
    const ref = await loadSide(o.workspace, o.reference, "reference", o.format);
    if (ref.kind !== "profile")
      throw new UserError("must be a profile in profile mode (its bin edges are used)", {
        input: "reference",
        fix: "Pass the reference profile JSON or 'registry', or leave reference empty"
      });
    refProfile = ref.profile;
  }
  if (refProfile) {
    edges = profileEdges(refProfile);
    grid = profileGrid(refProfile);
    sketchK = refProfile.sketch_k;
    bins = refProfile.bins;
  }
  const profile = await profileDataset(data.files, await planOf(data.files, o.selection, refProfile), {
    ...edges ? { edges } : {},
    ...grid ? { grid } : {},
    ...sketchK ? { sketchK } : {},
    ...bins ? { bins } : {},
    ...o.maxCategories ? { maxCategories: o.maxCategories } : {}
  });
  const path = join3(o.reportDir, "profile.json");
  await writeJsonAtomic(path, profile);
  return { path, profile };
}
__name(writeProfile, "writeProfile");

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION = "0.0.0-development";
var noop = /* @__PURE__ */ __name(() => Promise.resolve(), "noop");
function wrapRequest(state, request, options) {
  return state.retryLimiter.schedule(doRequest, state, request, options);
}
__name(wrapRequest, "wrapRequest");
async function doRequest(state, request, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error2) => error2.type === "RATE_LIMITED")) {
      const error2 = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error2;
    }
  }
  return req;
}
__name(doRequest, "doRequest");
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
__name(isAuthRequest, "isAuthRequest");
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c) => c.startsWith("{") ? "(?:.+?)" : c).join("/")
  );
  const regex2 = `^(?:${regexes.map((r) => `(?:${r})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
__name(routeMatcher, "routeMatcher");
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = /* @__PURE__ */ __name(function(Bottleneck, common) {
  groups.global = new Bottleneck.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
}, "createGroups");
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck = import_light.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = /* @__PURE__ */ __name(() => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck();
    const events = {};
    const emitter = new Bottleneck.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info3) {
      const [state2, request, options] = info3.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request.retryCount;
      request.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error2.message)) {
          const retryAfter2 = Number(error2.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error2.response.headers != null && error2.response.headers["x-ratelimit-remaining"] === "0" || (error2.response.data?.errors ?? []).some(
          (error22) => error22.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error2.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  }, "initializeBottleneck");
  octokit.hook.wrap("request", (request, options) => {
    initializeBottleneck();
    return wrapRequest(state, request, options);
  });
  return {};
}
__name(throttling, "throttling");
throttling.VERSION = VERSION;
throttling.triggersNotification = triggersNotification;

// node_modules/@mlops-actions/github/src/errors.ts
function apiHost(apiUrl) {
  try {
    return new URL(apiUrl).host;
  } catch {
    return "the GitHub API";
  }
}
__name(apiHost, "apiHost");
function networkCode(e) {
  let c = e.cause;
  for (let depth = 0; c && depth < 4; depth++) {
    const code2 = c.code;
    if (typeof code2 === "string") return code2;
    c = c.cause;
  }
  return void 0;
}
__name(networkCode, "networkCode");
var NETWORK_REASONS = {
  ECONNREFUSED: "connection refused (nothing listens there)",
  ECONNRESET: "the connection was reset",
  ENOTFOUND: "host not found (DNS)",
  EAI_AGAIN: "host not found (DNS, temporary)",
  ETIMEDOUT: "the connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  UND_ERR_SOCKET: "the connection closed before an answer",
  UND_ERR_CONNECT_TIMEOUT: "the connection timed out",
  UND_ERR_HEADERS_TIMEOUT: "no answer before the request timed out",
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the server's TLS certificate is self-signed (a private CA: set NODE_EXTRA_CA_CERTS)",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate is signed by an untrusted CA (set NODE_EXTRA_CA_CERTS)",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate cannot be verified (a private CA: set NODE_EXTRA_CA_CERTS)",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the server's TLS certificate cannot be verified (a private CA: set NODE_EXTRA_CA_CERTS)"
};
function networkReason(e) {
  if (e.name === "AbortError" || e.name === "TimeoutError") return "no answer before the request timed out";
  const code2 = networkCode(e);
  if (code2 && NETWORK_REASONS[code2]) return NETWORK_REASONS[code2];
  if (code2) return `the connection failed (${code2.toLowerCase().replace(/_/g, " ")})`;
  const text = typeof e.message === "string" && e.message ? e.message : "the request failed";
  return text.replace(/\b[A-Z][A-Z_]{3,}\b/g, (c) => c.toLowerCase().replace(/_/g, " "));
}
__name(networkReason, "networkReason");
var GitHubNetworkError = class extends Error {
  static {
    __name(this, "GitHubNetworkError");
  }
  githubNetwork = true;
  host;
  reason;
  fix;
  constructor(host, request, reason, cause) {
    const fix = `Check that the runner can reach ${host} (firewall, proxy settings HTTPS_PROXY/NO_PROXY, DNS); on GitHub Enterprise Server check GITHUB_API_URL`;
    super(`No answer from ${host} to ${request}: ${reason}. ${fix}.`, { cause });
    this.name = "GitHubNetworkError";
    this.host = host;
    this.reason = reason;
    this.fix = fix;
  }
};
function routeOf(request) {
  let url = String(request.url ?? "").replace(/\{\?[^}]*\}$/, "");
  if (/^https?:\/\//i.test(url)) url = URL.parse(url)?.pathname ?? url;
  return `${String(request.method ?? "GET").toUpperCase()} ${url.replace(/\?.*$/, "")}`;
}
__name(routeOf, "routeOf");
function explainServerError(e, request, apiUrl) {
  const err = e;
  if (!err || typeof err !== "object" || err.response === void 0 || typeof err.status !== "number" || err.status < 500) return;
  const route = routeOf(request);
  const said = githubMessage(err);
  err.message = `GitHub answered ${err.status}${said ? ` "${said}"` : ""} to ${route} on ${apiHost(apiUrl)}, also after the retries: GitHub had trouble (see https://www.githubstatus.com); re-run the job later`;
}
__name(explainServerError, "explainServerError");
function asNetworkError(e, request, apiUrl) {
  const err = e;
  if (!err || typeof err !== "object" || err instanceof GitHubNetworkError || err.response !== void 0) return void 0;
  if (!(err.name === "HttpError" || err.name === "AbortError" || err.name === "TimeoutError")) return void 0;
  return new GitHubNetworkError(apiHost(apiUrl), routeOf(request), networkReason(err), e);
}
__name(asNetworkError, "asNetworkError");
function githubMessage(e) {
  const data = e.response?.data;
  const plain = typeof data === "string" && !/^\s*</.test(data) ? data.replace(/\s+/g, " ").slice(0, 300) : void 0;
  const fromBody = typeof data === "object" && data && typeof data.message === "string" ? data.message : plain;
  let text = fromBody?.trim() ? fromBody : typeof e.message === "string" ? e.message : String(e);
  if (/^\s*</.test(text)) text = "";
  return text.replace(/\s+-\s+https:\/\/docs\.github\.com\/\S*$/, "").trim();
}
__name(githubMessage, "githubMessage");
function describeGitHubFailure(error2, ctx) {
  const e = error2 ?? {};
  const host = apiHost(ctx.apiUrl);
  const answered = e.response !== void 0 && typeof e.status === "number";
  const status2 = answered ? e.status : void 0;
  const text = githubMessage(e);
  const q = text ? ` "${text}"` : "";
  const failed = `Could not ${ctx.action} on ${host}`;
  const make = /* @__PURE__ */ __name((kind, message, fix) => ({ kind, status: status2, message, fix }), "make");
  if (!answered) {
    const reason = error2 instanceof GitHubNetworkError ? error2.reason : networkReason(e);
    return make(
      "network",
      `${failed}: no answer from the server (network error: ${reason}).`,
      `Check that the runner can reach ${host} (firewall, proxy settings HTTPS_PROXY/NO_PROXY, DNS); on GitHub Enterprise Server check GITHUB_API_URL.`
    );
  }
  const s = status2;
  if (s === 403 && /not accessible by integration/i.test(text)) {
    return make(
      "integration-permission",
      `${failed}: GitHub answered 403${q}.`,
      `Grant '${ctx.permission}' in the workflow's or job's permissions:. A pull request from a fork always gets a read-only token: comment from a separate workflow_run workflow (see the adoption guide).`
    );
  }
  if (s === 403 && /not accessible by personal access token/i.test(text)) {
    return make(
      "token-permission",
      `${failed}: GitHub answered 403${q}.`,
      `The fine-grained personal access token lacks this repository or the permission: give it access to the repository and '${ctx.permission.replace(/: write$/, "")}' read and write, or use the default github.token.`
    );
  }
  if (s === 403 && /locked/i.test(text)) {
    return make(
      "locked",
      `${failed}: GitHub answered 403${q}.`,
      "The conversation is locked: unlock it (only people with write access can comment on a locked conversation), or read the report in the job summary."
    );
  }
  if (s === 410) {
    return make(
      "issues-disabled",
      `${failed}: GitHub answered 410${q}.`,
      "Issues are turned off for this repository: enable them under Settings \u2192 General \u2192 Features \u2192 Issues (or stop the step from writing issues)."
    );
  }
  if (s === 404) {
    return make(
      "not-found",
      `${failed}: GitHub answered 404${q}.`,
      `The repository, pull request or issue does not exist or the token cannot see it: check the number and repository, and that the token has '${ctx.permission}' (GitHub answers 404, not 403, to a token that may not see a private repository).`
    );
  }
  if (s === 401)
    return make(
      "bad-credentials",
      `${failed}: GitHub answered 401${q}.`,
      "The token is invalid or expired: pass a valid one in github-token (the default is github.token)."
    );
  if (s === 422)
    return make(
      "unprocessable",
      `${failed}: GitHub answered 422${q}.`,
      "GitHub refused the content; the report is in the job summary. If this repeats, report it with the step log."
    );
  if ((s === 403 || s === 429) && (/rate limit/i.test(text) || e.response?.headers?.["x-ratelimit-remaining"] === "0")) {
    return make(
      "rate-limit",
      `${failed}: GitHub answered ${s}${q} and the retries ran out.`,
      "Wait for the rate limit to reset and re-run the job, or spread the runs out."
    );
  }
  if (s >= 500) {
    return make(
      "server-error",
      `${failed}: GitHub answered ${s}${q} after the retries.`,
      "GitHub had trouble (see https://www.githubstatus.com): re-run the job later."
    );
  }
  if (s === 403) {
    return make("integration-permission", `${failed}: GitHub answered 403${q}.`, `Grant '${ctx.permission}' to the token.`);
  }
  return make("other", `${failed}: GitHub answered ${s}${q}.`, "See GitHub's message above; the report is in the job summary.");
}
__name(describeGitHubFailure, "describeGitHubFailure");
function isRequestFailure(error2) {
  const e = error2;
  return !!e && typeof e === "object" && (error2 instanceof GitHubNetworkError || e.name === "HttpError" || e.name === "RequestError" || typeof e.status === "number" && "request" in e || e.name === "GraphqlResponseError");
}
__name(isRequestFailure, "isRequestFailure");
function isGhesServer(serverUrl) {
  let host;
  try {
    host = new URL(serverUrl || "https://github.com").hostname.trimEnd().toUpperCase();
  } catch {
    return false;
  }
  return host !== "GITHUB.COM" && !host.endsWith(".GHE.COM") && !host.endsWith(".LOCALHOST");
}
__name(isGhesServer, "isGhesServer");

// node_modules/@mlops-actions/github/src/proxy.ts
function proxyFor(target, env) {
  const url = new URL(target);
  const get = /* @__PURE__ */ __name((name) => env[name] || env[name.toLowerCase()] || void 0, "get");
  const proxy = url.protocol === "https:" ? get("HTTPS_PROXY") : get("HTTP_PROXY");
  if (!proxy) return void 0;
  const host = url.hostname.toLowerCase();
  const bypass = (get("NO_PROXY") ?? "").split(",").map((s) => s.trim().toLowerCase().replace(/:\d+$/, "")).filter(Boolean);
  if (bypass.some((b) => b === "*" || host === b.replace(/^\./, "") || host.endsWith(b.startsWith(".") ? b : `.${b}`))) return void 0;
  return proxy;
}
__name(proxyFor, "proxyFor");
function proxyFetch(proxyUrl) {
  let ready;
  return (async (input, init) => {
    ready ??= import("./chunks/undici-6WHEG6KE.js").then((u) => ({ fetch: u.fetch, dispatcher: new u.ProxyAgent(proxyUrl) }));
    const { fetch: undiciFetch, dispatcher } = await ready;
    return undiciFetch(input, { ...init, dispatcher });
  });
}
__name(proxyFetch, "proxyFetch");

// node_modules/@mlops-actions/github/src/client.ts
var SuiteOctokit = Octokit.plugin(restEndpointMethods, paginateRest, retry, throttling);
function spacing(minMs) {
  let free = 0;
  const limiter = {
    async schedule(_options, job, ...args) {
      const now = Date.now();
      const start = Math.max(now, free);
      free = start + minMs;
      if (start > now) await new Promise((r) => setTimeout(r, start - now));
      return job(...args);
    }
  };
  return { key: /* @__PURE__ */ __name(() => limiter, "key") };
}
__name(spacing, "spacing");
function scaledTiming(scale) {
  if (scale === 1) return { retry: {}, throttle: {} };
  if (!(scale >= 0) || !Number.isFinite(scale)) throw new Error(`timeScale must be a finite number >= 0, not ${scale}`);
  return {
    retry: { retryAfterBaseValue: 1e3 * scale },
    throttle: {
      retryAfterBaseValue: 1e3 * scale,
      write: spacing(1e3 * scale),
      notifications: spacing(3e3 * scale),
      search: spacing(2e3 * scale)
    }
  };
}
__name(scaledTiming, "scaledTiming");
function createGitHubClient(options) {
  const retries = options.retries ?? 3;
  const log = options.log;
  const timing = scaledTiming(options.timeScale ?? 1);
  const proxy = proxyFor(options.apiUrl, options.proxyEnv ?? process.env);
  const onLimit = /* @__PURE__ */ __name((kind) => (retryAfter, req, _o, retryCount) => {
    log?.info(`GitHub ${kind} hit on ${req.method} ${req.url}; ${retryCount < retries ? `retrying in ${retryAfter}s` : "giving up"}`);
    return retryCount < retries;
  }, "onLimit");
  const octokit = new SuiteOctokit({
    auth: options.token,
    baseUrl: options.apiUrl.replace(/\/$/, ""),
    userAgent: "mlops-actions",
    // `retry.retries`, not `request.retries`: the latter makes the retry plugin repeat every failed
    // request, 403/404/422 included, instead of only 5xx and other retryable answers.
    retry: { retries, ...timing.retry },
    request: proxy ? { fetch: proxyFetch(proxy) } : {},
    throttle: { onRateLimit: onLimit("rate limit"), onSecondaryRateLimit: onLimit("secondary rate limit"), ...timing.throttle }
  });
  octokit.hook.wrap("request", async (request, opts) => {
    try {
      return await request(opts);
    } catch (e) {
      const request2 = { method: opts.method, url: opts.url };
      explainServerError(e, request2, options.apiUrl);
      throw asNetworkError(e, request2, options.apiUrl) ?? e;
    }
  });
  return octokit;
}
__name(createGitHubClient, "createGitHubClient");
function isApiError(e) {
  return typeof e === "object" && e !== null && typeof e.status === "number";
}
__name(isApiError, "isApiError");
function isPermissionDenied(e) {
  return isApiError(e) && (e.status === 403 || e.status === 404) && /not accessible by integration|must have (admin|push)|permission/i.test(e.message);
}
__name(isPermissionDenied, "isPermissionDenied");

// node_modules/@mlops-actions/github/src/comments.ts
var COMMENT_LIMIT = 65536;
function apiUrlOf(octokit) {
  return String(octokit.request.endpoint.DEFAULTS.baseUrl ?? "");
}
__name(apiUrlOf, "apiUrlOf");
async function authenticatedLogin(octokit) {
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return data.login;
  } catch (e) {
    if (!isPermissionDenied(e) && e.status !== 403) throw e;
  }
  try {
    const { viewer } = await octokit.graphql("query { viewer { login } }");
    return viewer.login.endsWith("[bot]") ? viewer.login : `${viewer.login}[bot]`;
  } catch {
    return "github-actions[bot]";
  }
}
__name(authenticatedLogin, "authenticatedLogin");
function openBlocks(text) {
  let open;
  let details2 = 0;
  let at = 0;
  for (const line of text.split("\n")) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (m && !open) {
      if (!(m[1][0] === "`" && m[2].includes("`"))) open = { at, char: m[1][0], length: m[1].length };
    } else if (m && open) {
      if (m[1][0] === open.char && m[1].length >= open.length && m[2].trim() === "") open = void 0;
    } else if (!open) {
      details2 += (line.match(/<details[\s>]/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
    }
    at += line.length + 1;
  }
  return { fenceStart: open?.at, details: details2 };
}
__name(openBlocks, "openBlocks");
function fitComment(body, fullReportUrl, limit = COMMENT_LIMIT) {
  if (body.length <= limit) return { text: body, truncated: false };
  const note = `

> [!NOTE]
> This comment was cut to fit GitHub's ${limit.toLocaleString("en-US")}-character limit.${fullReportUrl ? ` The full report: ${fullReportUrl}` : " The full report is in the job summary and the run's artifacts."}
`;
  const room = limit - note.length - 64;
  let kept = body.slice(0, room);
  const lastNewline = kept.lastIndexOf("\n");
  if (lastNewline > room / 2) kept = kept.slice(0, lastNewline);
  const fence = openBlocks(kept).fenceStart;
  if (fence !== void 0) kept = kept.slice(0, fence).trimEnd();
  const closers = "\n\n</details>".repeat(Math.max(0, openBlocks(kept).details));
  return { text: kept + closers + note, truncated: true };
}
__name(fitComment, "fitComment");

// node_modules/@mlops-actions/drift/src/issue.ts
function issueMarker(model) {
  return `<!-- mlops-actions:drift-report:${model.replace(/[^A-Za-z0-9._/-]/g, "_")} -->`;
}
__name(issueMarker, "issueMarker");
function issueTitle(model) {
  return `Data drift: ${model}`;
}
__name(issueTitle, "issueTitle");
async function syncDriftIssue(o) {
  const marker = issueMarker(o.model);
  try {
    const author = await authenticatedLogin(o.octokit);
    const open = await o.octokit.paginate(o.octokit.rest.issues.listForRepo, {
      owner: o.owner,
      repo: o.repo,
      state: "open",
      per_page: 100
    });
    const mine = open.filter((i) => !i.pull_request && i.body?.includes(marker) && (author === void 0 || i.user?.login === author)).sort((a, b) => a.number - b.number)[0];
    if (o.drift) {
      const body = fitComment(`${marker}
${o.markdown}`, o.runUrl).text;
      if (mine) {
        const { data: data3 } = await o.octokit.rest.issues.update({ owner: o.owner, repo: o.repo, issue_number: mine.number, body });
        return { action: "updated", number: data3.number, url: data3.html_url };
      }
      const { data: data2 } = await o.octokit.rest.issues.create({ owner: o.owner, repo: o.repo, title: issueTitle(o.model), body });
      return { action: "opened", number: data2.number, url: data2.html_url };
    }
    if (!mine) return { action: "none" };
    await o.octokit.rest.issues.createComment({
      owner: o.owner,
      repo: o.repo,
      issue_number: mine.number,
      body: `No drift any more${o.runUrl ? ` as of [this run](${o.runUrl})` : ""}: closing.`
    });
    const { data } = await o.octokit.rest.issues.update({
      owner: o.owner,
      repo: o.repo,
      issue_number: mine.number,
      state: "closed",
      state_reason: "completed"
    });
    return { action: "closed", number: data.number, url: data.html_url };
  } catch (e) {
    if (!isRequestFailure(e)) throw e;
    const failure = describeGitHubFailure(e, {
      action: `update the drift issue for ${o.model}`,
      apiUrl: apiUrlOf(o.octokit),
      permission: "issues: write"
    });
    const readOnly = failure.kind === "integration-permission" || failure.kind === "token-permission";
    const reason = `${readOnly ? "the token cannot write issues (it needs 'issues: write'). " : ""}${failure.message} ${failure.fix} The report is in the job summary.`;
    o.log?.warning(`Not updating the drift issue: ${reason}`);
    return { action: readOnly ? "read-only" : "failed", reason, failure };
  }
}
__name(syncDriftIssue, "syncDriftIssue");

// node_modules/@mlops-actions/drift/src/run.ts
function isPValueTest(name) {
  return isTestName(name) && TESTS[name].kind === "p-value";
}
__name(isPValueTest, "isPValueTest");
function parseDriftOptions(i) {
  const reference = i.reference.length === 1 && i.reference[0] === "registry" ? "registry" : i.reference;
  if (i.mode === "compare" && reference !== "registry" && reference.length === 0) {
    throw new UserError("is required to compare", {
      input: "reference",
      fix: "Give the reference data (files or globs), profiles (.json), or 'registry'"
    });
  }
  const tests = {};
  for (const [k, v] of Object.entries(i.tests ?? {})) tests[k] = parseTestName(v, { input: "tests", key: k });
  const thresholds = {};
  let missingShare;
  for (const [k, v] of Object.entries(i.thresholds ?? {})) {
    const n = typeof v === "number" ? v : Number(v);
    if (!Number.isFinite(n) || n <= 0) {
      throw new UserError(`must map to a positive number, got '${String(v)}'`, {
        input: "thresholds",
        key: k,
        fix: `Write e.g. '${k}: ${k === "missing-share" || isPValueTest(k) ? "0.05" : "0.1"}'`
      });
    }
    if (k === "missing-share") {
      if (n > 1)
        throw new UserError(`is a change of a share and must be at most 1, got ${n}`, {
          input: "thresholds",
          key: k,
          fix: "Write it as a fraction, e.g. 'missing-share: 0.05' for 5 points"
        });
      missingShare = n;
      continue;
    }
    if (isPValueTest(k) && n >= 1) {
      throw new UserError(`is a p-value threshold and must be below 1, got ${n}`, {
        input: "thresholds",
        key: k,
        fix: `Drift is p < threshold: use a small value such as '${k}: 0.05'`
      });
    }
    thresholds[k] = n;
  }
  if (i.issue && !i.model)
    throw new UserError("is needed with 'issue: true' (one issue per model)", {
      input: "model",
      fix: "Name the model (or dataset) the drift is about"
    });
  if (i.issue && !i.hasToken)
    throw new UserError("is empty, so the drift issue cannot be written", {
      input: "github-token",
      fix: "Leave it at its default '${{ github.token }}' and grant 'issues: write'"
    });
  if (reference === "registry" && !i.model)
    throw new UserError("is needed when reference is 'registry'", {
      input: "model",
      fix: "Name the registered model whose reference profile to use"
    });
  return {
    mode: i.mode,
    reference,
    current: i.current,
    format: i.format,
    selection: i.selection,
    tests,
    thresholds,
    missingShare,
    driftShare: i.driftShare,
    criticalColumns: i.criticalColumns,
    correction: i.correction,
    schemaChanges: i.schemaChanges,
    model: i.model,
    alias: i.alias,
    reportDir: i.reportDir,
    parallel: { auto: void 0, true: true, false: false }[i.parallel],
    uploadArtifact: i.uploadArtifact,
    failOnDrift: i.failOnDrift,
    issue: i.issue
  };
}
__name(parseDriftOptions, "parseDriftOptions");
function storedProfile(s) {
  let json;
  try {
    json = JSON.parse(typeof s.data === "string" ? s.data : Buffer.from(s.data).toString("utf8"));
  } catch (e) {
    throw new UserError(`the reference profile of ${s.model}@${s.version} is not JSON: ${messageOf(e)}`, { input: "reference" });
  }
  return { profile: checkProfile(json, s.label), label: s.label };
}
__name(storedProfile, "storedProfile");
async function runDriftReport(o, deps) {
  const { log, runner } = deps;
  if (deps.workerEntry) setWorkerEntry(deps.workerEntry);
  let reference;
  if (o.reference === "registry") {
    if (!deps.registryReference) throw new Error("runDriftReport: reference is registry but no registryReference was given");
    reference = storedProfile(await deps.registryReference(o.model, o.alias));
  } else reference = o.reference;
  if (o.mode === "profile") {
    const { path, profile } = await writeProfile({
      workspace: runner.workspace,
      data: o.current,
      reference,
      format: o.format,
      selection: o.selection,
      reportDir: o.reportDir
    });
    log.info(`Profile of ${profile.rows.toLocaleString("en-US")} rows, ${profile.columns.length} columns: ${path}`);
    deps.outputs({ profile: path, report: "", html: "", markdown: "", drift: false, share: 0, "drifted-columns": [] });
    if (o.uploadArtifact) await upload(o, "drift-profile", deps);
    await deps.summary(
      `### Drift profile written

${profile.rows.toLocaleString("en-US")} rows, ${profile.columns.length} columns \u2192 \`${path}\``
    );
    return;
  }
  const result = await driftReport({
    workspace: runner.workspace,
    reference,
    current: o.current,
    format: o.format,
    selection: o.selection,
    tests: o.tests,
    thresholds: o.thresholds,
    ...o.missingShare !== void 0 ? { missingShareThreshold: o.missingShare } : {},
    driftShare: o.driftShare,
    criticalColumns: o.criticalColumns,
    correction: o.correction,
    schemaChanges: o.schemaChanges,
    reportDir: o.reportDir,
    title: o.model ? `Data drift: ${o.model}` : "Data drift report",
    log,
    runUrl: runner.runUrl,
    ...o.parallel !== void 0 ? { parallel: o.parallel } : {}
  });
  const v = result.report.verdict;
  log.info(`${v.drift ? "Drift detected" : "No drift"}: ${v.reasons.join("; ")}`);
  for (const c of result.report.columns) log.info(`  ${c.name}: ${c.reason}${c.test ? ` \u2192 ${c.drift ? "drift" : "no drift"}` : ""}`);
  for (const w of result.report.warnings) log.warning(w);
  deps.outputs({
    drift: v.drift,
    share: Number(v.share.toFixed(6)),
    "drifted-columns": v.drifted_columns,
    report: result.paths.json,
    html: result.paths.html,
    markdown: result.paths.markdown,
    // Set again below when the issue is written (the last value of an output wins).
    "issue-url": "",
    profile: ""
  });
  const uploadNote = o.uploadArtifact ? await upload(o, "drift-report", deps) : void 0;
  await deps.summary(
    uploadNote ? `${result.markdown.endsWith("\n") ? result.markdown : `${result.markdown}
`}
${uploadNote}` : result.markdown
  );
  if (o.issue) {
    if (!deps.issueTarget) throw new Error("runDriftReport: issue is on but no issueTarget was given");
    const { octokit, owner, repo } = deps.issueTarget();
    const outcome = await syncDriftIssue({
      octokit,
      owner,
      repo,
      model: o.model,
      drift: v.drift,
      markdown: result.markdown,
      runUrl: runner.runUrl,
      log
    });
    if ("url" in outcome) {
      deps.outputs({ "issue-url": outcome.url });
      log.info(`Drift issue #${outcome.number} ${outcome.action}: ${outcome.url}`);
    }
  }
  if (v.drift && o.failOnDrift)
    throw new UserError(`drift detected: ${v.reasons.join("; ")}`, {
      fix: "See the report; set 'fail-on-drift: false' to report without failing"
    });
}
__name(runDriftReport, "runDriftReport");
async function upload(o, base, deps) {
  const { log, runner } = deps;
  const name = o.model ? `${base}-${o.model}` : base;
  const outcome = isGhesServer(runner.serverUrl) ? { uploaded: false, name, reason: "ghes", message: "not supported on GitHub Enterprise Server" } : await deps.uploadArtifact(o.reportDir, name);
  if (outcome.uploaded) {
    log.info(`Uploaded artifact '${outcome.name}' (${outcome.size ?? "?"} bytes)`);
    return void 0;
  }
  if (outcome.reason === "no-runtime") {
    log.warning(`Not uploading the report as an artifact: ${outcome.message}. It is in ${o.reportDir}`);
    return void 0;
  }
  if (outcome.reason === "ghes") {
    log.warning(
      `Not uploading the report as an artifact: ${runner.serverUrl} is GitHub Enterprise Server, where the artifact service this action uses (@actions/artifact v2, as upload-artifact@v4) is not available. The report is kept in ${o.reportDir} and in the job summary; to keep it as an artifact there, add an actions/upload-artifact step of a version your server supports for that folder.`
    );
    return "> [!WARNING]\n> Not uploaded as an artifact: GitHub Enterprise Server has no artifact service for @actions/artifact v2. The report files are on the runner (the `report`, `html` and `markdown` outputs).";
  }
  log.warning(`Could not upload the report artifact: ${outcome.message}. The report is kept in ${o.reportDir} and in the job summary.`);
  return "> [!WARNING]\n> Not uploaded as an artifact (see the warning in the log). The report files are on the runner (the `report`, `html` and `markdown` outputs).";
}
__name(upload, "upload");

// node_modules/@mlops-actions/registry/src/open.ts
import { tmpdir as tmpdir2 } from "node:os";

// node_modules/@mlops-actions/registry/src/backend.ts
var DEFAULT_RETRY = { attempts: 12, baseMs: 100, maxMs: 4e3 };
function backoffMs(attempt, policy, random = Math.random) {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
__name(backoffMs, "backoffMs");
var sleep = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");

// node_modules/@mlops-actions/registry/src/file-backend.ts
var import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
import { randomBytes as randomBytes2 } from "node:crypto";
import * as fs from "node:fs";
import { copyFile, readdir as readdir2, readFile as readFile2, rename as rename2, rm as rm3, rmdir, stat as stat2, writeFile as writeFile3 } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname as dirname3, join as join4, relative as relative4, sep as sep3 } from "node:path";

// node_modules/@mlops-actions/registry/src/verify.ts
import { createReadStream as createReadStream2, createWriteStream } from "node:fs";
import { dirname as dirname2 } from "node:path";
import { pipeline } from "node:stream/promises";
async function copyHashed(source, dest) {
  await makeFolders(dirname2(dest));
  const input = typeof source === "string" ? createReadStream2(source, { highWaterMark: 1 << 20 }) : source;
  const { stream, result } = hashingStream();
  await pipeline(input, stream, createWriteStream(dest));
  return result();
}
__name(copyHashed, "copyHashed");

// node_modules/@mlops-actions/registry/src/fs-words.ts
var WORDS = {
  ENOENT: "it does not exist",
  EACCES: "permission denied",
  EPERM: "the operation is not permitted",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is exceeded",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a folder",
  EEXIST: "a file is in the way of a folder",
  EISDIR: "it is a folder, not a file",
  ELOOP: "the path holds a symbolic link loop",
  ENAMETOOLONG: "the name is too long",
  EMFILE: "too many files are open",
  EBUSY: "the file is busy",
  EXDEV: "the paths are on different file systems"
};
function fsWords(e) {
  const code2 = e?.code;
  if (code2 && WORDS[code2]) return WORDS[code2];
  return messageOf(e).replace(/^E[A-Z]+:\s*/, "").replace(/,\s*\w+ '.*'$/, "");
}
__name(fsWords, "fsWords");
function fsCreateWords(e) {
  return e?.code === "ENOENT" ? "a folder above it does not accept new folders" : fsWords(e);
}
__name(fsCreateWords, "fsCreateWords");

// node_modules/@mlops-actions/registry/src/file-backend.ts
var LOCK_STALE_MS = 3e4;
var OWNER_FILE = "owner.json";
var STAGING_PREFIX = "registry-";
function pidIsGone(pid) {
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return e.code === "ESRCH";
  }
}
__name(pidIsGone, "pidIsGone");
async function readOwner(lockDir) {
  try {
    const v = JSON.parse(await readFile2(join4(lockDir, OWNER_FILE), "utf8"));
    return typeof v.host === "string" && typeof v.pid === "number" && typeof v.nonce === "string" ? v : void 0;
  } catch {
    return void 0;
  }
}
__name(readOwner, "readOwner");
var fsReason = fsWords;
var FileBackend = class {
  static {
    __name(this, "FileBackend");
  }
  kind = "file";
  uri;
  o;
  constructor(o) {
    this.o = o;
    this.uri = o.uri;
  }
  describe(path) {
    return `'${join4(this.o.root, path)}'`;
  }
  async read() {
    const root = this.o.root;
    const readBuffer = /* @__PURE__ */ __name(async (path) => {
      try {
        return await readFile2(join4(root, path));
      } catch (e) {
        if (e.code === "ENOENT" || e.code === "ENOTDIR") return void 0;
        throw new UserError(`cannot read ${this.describe(path)}: ${fsReason(e)}`, {
          fix: "Check the registry directory and its permissions"
        });
      }
    }, "readBuffer");
    return {
      revision: void 0,
      readBuffer,
      readText: /* @__PURE__ */ __name(async (path) => (await readBuffer(path))?.toString("utf8"), "readText"),
      exportFile: /* @__PURE__ */ __name(async (path, dest) => {
        try {
          await copyFile(join4(root, path), dest);
          return true;
        } catch (e) {
          if (e.code === "ENOENT") return false;
          throw new UserError(`cannot copy ${this.describe(path)} to ${dest}: ${fsReason(e)}`, {
            fix: "Check the registry directory, its permissions, and free space where the files are downloaded"
          });
        }
      }, "exportFile")
    };
  }
  async update(attempt) {
    const root = this.o.root;
    let created;
    try {
      created = await makeFolders(root);
    } catch (e) {
      throw new UserError(`cannot create the registry directory ${root}: ${fsCreateWords(e)}`, {
        fix: "Use a writable directory for the file: registry"
      });
    }
    let wrote = false;
    try {
      const lockDir = join4(root, ".lock");
      await this.takeOverDeadLock(lockDir);
      let compromised;
      let release;
      try {
        release = await import_proper_lockfile.default.lock(root, {
          lockfilePath: lockDir,
          realpath: false,
          stale: LOCK_STALE_MS,
          update: LOCK_STALE_MS / 3,
          fs: lockFs(),
          retries: { retries: this.o.retry.attempts * 4, factor: 1.5, minTimeout: 20, maxTimeout: this.o.retry.maxMs, randomize: true },
          onCompromised: /* @__PURE__ */ __name((e) => {
            compromised = e;
          }, "onCompromised")
        });
      } catch (e) {
        if (e.code === "ELOCKED") {
          throw new UserError(`the registry ${root} stayed locked by another writer`, {
            fix: `Wait for the other registration to finish and re-run; a lock left by a crashed writer (${lockDir}) is taken over at once when that writer ran on this machine, else after ${LOCK_STALE_MS / 1e3} s`
          });
        }
        throw new UserError(`cannot lock the registry ${root}: ${fsReason(e)}`, {
          fix: "Use a directory this job can write to for the file: registry"
        });
      }
      try {
        await this.cleanStaging();
        const { changeSet, result } = await attempt(await this.read());
        if (changeSet?.tag) this.o.log?.info(`registry: a file: registry has no tags; ${changeSet.tag.name} was not created`);
        if (changeSet?.changes.length) {
          await this.apply(changeSet, () => compromised);
          wrote = true;
        }
        return { result };
      } finally {
        await release().catch(() => void 0);
      }
    } finally {
      await rmdir(join4(root, ".staging")).catch(() => void 0);
      if (created && !wrote) await removeEmptyDirs(root, created);
    }
  }
  /**
   * A lock whose holder ran on this machine and is gone (its process no longer exists) is taken over at
   * once rather than after the stale time. The lock is moved aside first and checked to be the dead
   * writer's (not one a live writer took meanwhile) before it is removed.
   */
  async takeOverDeadLock(lockDir) {
    const owner = await readOwner(lockDir);
    if (!owner || owner.host !== hostname() || !pidIsGone(owner.pid)) return;
    const aside = `${lockDir}.dead-${randomBytes2(6).toString("hex")}`;
    try {
      await rename2(lockDir, aside);
    } catch {
      return;
    }
    const moved = await readOwner(aside);
    if (moved && moved.nonce === owner.nonce) {
      await rm3(aside, { recursive: true, force: true });
      this.o.log?.info(`registry: took over the lock of ${this.o.root} left by process ${owner.pid}, which is gone`);
    } else {
      await rename2(aside, lockDir).catch(() => rm3(aside, { recursive: true, force: true }));
    }
  }
  /** Staging folders of registry writers that died mid-write: only the lock holder stages, so all of them are stale. */
  async cleanStaging() {
    const dir = join4(this.o.root, ".staging");
    let names;
    try {
      names = await readdir2(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const legacy = /^(\d+)-[0-9a-f]{12}$/.exec(name);
      if (name.startsWith(STAGING_PREFIX) || legacy && pidIsGone(Number(legacy[1]))) {
        await rm3(join4(dir, name), { recursive: true, force: true });
        this.o.log?.debug?.(`registry: removed the staging folder ${name} of a writer that died`);
      }
    }
  }
  async apply(cs, compromised) {
    const root = this.o.root;
    const staging = join4(root, ".staging", `${STAGING_PREFIX}${process.pid}-${randomBytes2(6).toString("hex")}`);
    try {
      await makeFolders(staging);
    } catch (e) {
      throw new UserError(`cannot write to the registry directory ${root}: ${fsReason(e)}`, {
        fix: "Use a directory this job can write to for the file: registry; nothing was registered"
      });
    }
    try {
      const staged = [];
      for (const [i, c] of cs.changes.entries()) {
        const p = join4(staging, String(i));
        if ("data" in c) await writeFile3(p, c.data);
        else {
          const got = await copyHashed(c.source, p);
          if (got.sha256 !== c.sha256 || got.size !== c.size) {
            throw new UserError(
              `the model file ${c.source} changed while it was being registered (sha256 ${got.sha256}, expected ${c.sha256})`,
              {
                fix: "Register once the training step has finished writing its files; nothing was registered"
              }
            );
          }
        }
        staged.push(p);
      }
      const lost = compromised();
      if (lost)
        throw new UserError(`lost the lock on the registry ${root} (${lost.message}); nothing was registered`, { fix: "Re-run the step" });
      for (const [i, c] of cs.changes.entries()) {
        const dest = join4(root, c.path);
        await makeFolders(dirname3(dest));
        await rename2(staged[i], dest);
      }
      for (const c of cs.changes) {
        const size = "data" in c ? Buffer.byteLength(c.data) : c.size;
        const st = await stat2(join4(root, c.path)).catch(() => void 0);
        if (!st?.isFile() || st.size !== size) {
          throw new UserError(
            `the registry file ${join4(root, c.path)} is ${st ? `${st.size} bytes, expected ${size}` : "missing"} right after it was written`,
            {
              fix: "Another process is changing the registry directory: stop it, then register again"
            }
          );
        }
      }
    } catch (e) {
      if (e instanceof UserError) throw e;
      throw new UserError(`cannot write to the registry directory ${root}: ${fsReason(e)}`, {
        fix: "Use a directory this job can write to (with free space) for the file: registry; nothing was registered"
      });
    } finally {
      await rm3(staging, { recursive: true, force: true });
    }
  }
  async close() {
  }
};
function lockFs() {
  const owner = { host: hostname(), pid: process.pid, nonce: randomBytes2(8).toString("hex") };
  return {
    ...fs,
    mkdir: /* @__PURE__ */ __name(((path, cb) => {
      const made = /* @__PURE__ */ __name(() => fs.writeFile(join4(path, OWNER_FILE), JSON.stringify(owner), () => cb(null)), "made");
      fs.mkdir(path, (err) => {
        if (!err) return made();
        if (err.code !== "ENOENT") return cb(err);
        const retry2 = /* @__PURE__ */ __name(() => fs.mkdir(path, (again) => again ? cb(again) : made()), "retry");
        makeFolders(dirname3(path)).then(retry2, retry2);
      });
    }), "mkdir"),
    rmdir: /* @__PURE__ */ __name(((path, cb) => {
      fs.rm(path, { recursive: true }, (err) => cb(err));
    }), "rmdir"),
    rmdirSync: /* @__PURE__ */ __name(((path) => fs.rmSync(path, { recursive: true })), "rmdirSync")
  };
}
__name(lockFs, "lockFs");
async function removeEmptyDirs(dir, createdTop) {
  let d = dir;
  for (; ; ) {
    try {
      await rmdir(d);
    } catch {
      return;
    }
    if (d === createdTop) return;
    const up = dirname3(d);
    const rel = relative4(createdTop, up);
    if (up === d || rel.startsWith("..") || rel.split(sep3).includes("..")) return;
    d = up;
  }
}
__name(removeEmptyDirs, "removeEmptyDirs");

// node_modules/@mlops-actions/registry/src/git-backend.ts
import { mkdir as mkdir3, mkdtemp, readFile as readFile3, rm as rm4, writeFile as writeFile4 } from "node:fs/promises";
import { join as join5, resolve as resolve5 } from "node:path";
import { execFile } from "node:child_process";
import { existsSync as existsSync3 } from "node:fs";

// node_modules/@mlops-actions/registry/src/git-cli.ts
import { spawn as spawn2 } from "node:child_process";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { PassThrough } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// node_modules/@mlops-actions/registry/src/git-batch.ts
import { spawn } from "node:child_process";
var CatFileBatch = class {
  static {
    __name(this, "CatFileBatch");
  }
  child;
  queue = [];
  buffered = [];
  bufferedBytes = 0;
  body;
  failure;
  exited;
  stderr = "";
  constructor(env) {
    this.child = spawn("git", ["cat-file", "--batch"], { env, stdio: ["pipe", "pipe", "pipe"] });
    this.exited = new Promise((resolve8) => {
      this.child.on("close", (code2) => {
        this.fail(
          new Error(`git cat-file --batch ended (exit ${code2 ?? "signal"}): ${this.stderr.trim().split("\n").slice(-3).join(" | ")}`)
        );
        resolve8();
      });
    });
    this.child.on("error", (e) => this.fail(e));
    this.child.stdin.on("error", () => void 0);
    this.child.stderr.setEncoding("utf8").on("data", (d) => {
      this.stderr = (this.stderr + d).slice(-4e3);
    });
    this.child.stdout.on("data", (d) => this.onData(d));
    this.child.unref();
    for (const s of [this.child.stdin, this.child.stdout, this.child.stderr]) s.unref?.();
  }
  /** False once the process has ended or failed: make a new one. */
  get usable() {
    return this.failure === void 0;
  }
  /**
   * The object `object` names (an object id, or `<rev>:<path>`), its content collected unless a sink
   * takes it. Rejects when the process fails; names holding a line break cannot be asked.
   */
  read(object, sink) {
    if (/[\n\r]/.test(object)) return Promise.reject(new Error("an object name with a line break cannot go to git cat-file --batch"));
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve8, reject) => {
      if (this.queue.length === 0) this.child.stdout.ref?.();
      this.queue.push({ object, sink, resolve: resolve8, reject });
      this.child.stdin.write(`${object}
`);
    });
  }
  /** Ends the process (EOF on its stdin) and waits for it. */
  async close() {
    this.child.ref();
    for (const s of [this.child.stdout, this.child.stderr]) s.ref?.();
    this.child.stdin.end();
    await this.exited;
  }
  fail(e) {
    this.failure ??= e;
    const pending = [...this.body ? [this.body.pending] : [], ...this.queue.splice(0)];
    this.body = void 0;
    for (const p of pending) p.reject(this.failure);
  }
  settled() {
    if (this.queue.length === 0 && !this.body) this.child.stdout.unref?.();
  }
  onData(d) {
    let data = d;
    while (data.length) {
      if (this.body) {
        const b = this.body;
        const take = Math.min(b.left, data.length);
        const content = data.subarray(0, Math.max(0, Math.min(take, b.left - 1)));
        if (content.length) {
          if (b.pending.sink) b.pending.sink(content);
          else b.chunks.push(content);
        }
        b.left -= take;
        data = data.subarray(take);
        if (b.left === 0) {
          this.body = void 0;
          b.pending.resolve({ kind: "found", ...b.header, data: b.pending.sink ? void 0 : Buffer.concat(b.chunks) });
          this.settled();
        }
        continue;
      }
      const nl = data.indexOf(10);
      if (nl < 0) {
        this.buffered.push(data);
        this.bufferedBytes += data.length;
        if (this.bufferedBytes > 64 * 1024) this.fail(new Error("git cat-file --batch printed a header line longer than 64 KiB"));
        return;
      }
      const line = Buffer.concat([...this.buffered, data.subarray(0, nl)]).toString("utf8");
      this.buffered = [];
      this.bufferedBytes = 0;
      data = data.subarray(nl + 1);
      const pending = this.queue.shift();
      if (!pending) {
        this.fail(new Error(`git cat-file --batch answered a question nobody asked: ${line.slice(0, 200)}`));
        return;
      }
      const m = /^([0-9a-f]{40,64}) (\S+) (\d+)$/.exec(line);
      if (m) {
        this.body = { pending, header: { oid: m[1], type: m[2], size: Number(m[3]) }, left: Number(m[3]) + 1, chunks: [] };
        continue;
      }
      if (line === `${pending.object} missing` || line === `${pending.object} ambiguous`) {
        pending.resolve({ kind: "missing" });
        this.settled();
        continue;
      }
      pending.reject(new Error(`git cat-file --batch answered ${JSON.stringify(line.slice(0, 200))}`));
      this.fail(new Error("git cat-file --batch got out of step"));
      return;
    }
  }
};

// node_modules/@mlops-actions/registry/src/git-cli.ts
var GitCli = class {
  static {
    __name(this, "GitCli");
  }
  gitDir;
  env;
  secrets;
  batch;
  constructor(o) {
    this.gitDir = o.gitDir;
    const env = {};
    for (const [k, v] of Object.entries(process.env)) {
      if (v !== void 0 && !/^GIT_(DIR|WORK_TREE|INDEX_FILE|OBJECT_DIRECTORY|ALTERNATE_OBJECT_DIRECTORIES|NAMESPACE|CONFIG_COUNT|CONFIG_KEY_\d+|CONFIG_VALUE_\d+|CONFIG_PARAMETERS)$/.test(
        k
      )) {
        env[k] = v;
      }
    }
    Object.assign(env, {
      GIT_DIR: o.gitDir,
      LC_ALL: "C",
      LANGUAGE: "C",
      GIT_TERMINAL_PROMPT: "0",
      GIT_ASKPASS: "",
      SSH_ASKPASS: "",
      GIT_SSH_COMMAND: process.env["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
    });
    const config = [
      ["gc.auto", "0"],
      ["maintenance.auto", "false"]
    ];
    this.secrets = [];
    const header = authHeader(o.remoteUrl, o.token);
    if (header) {
      config.push([header.config[0], ""], header.config);
      this.secrets.push(o.token, header.secret);
    }
    env["GIT_CONFIG_COUNT"] = String(config.length);
    config.forEach(([k, v], i) => {
      env[`GIT_CONFIG_KEY_${i}`] = k;
      env[`GIT_CONFIG_VALUE_${i}`] = v;
    });
    this.env = env;
  }
  /** Removes the token (and its base64 form), and credentials written into URLs, from text that may be shown. */
  redact(text) {
    let out = text;
    for (const s of this.secrets) if (s) out = out.split(s).join("***");
    return redactUrls(out);
  }
  run(args, o = {}) {
    return new Promise((resolve8, reject) => {
      const child = spawn2("git", args, { env: { ...this.env, ...o.env }, stdio: ["pipe", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => reject(cannotRunGit(e)));
      child.on(
        "close",
        (code2) => resolve8({ code: code2 ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: this.redact(Buffer.concat(err).toString("utf8")) })
      );
      child.stdin.on("error", () => void 0);
      child.stdin.end(o.input ?? "");
    });
  }
  /** Like run(), with stdout as bytes (blobs). */
  runBuffer(args) {
    return new Promise((resolve8, reject) => {
      const child = spawn2("git", args, { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => reject(cannotRunGit(e)));
      child.on(
        "close",
        (code2) => resolve8({ code: code2 ?? 1, stdout: Buffer.concat(out), stderr: this.redact(Buffer.concat(err).toString("utf8")) })
      );
    });
  }
  /**
   * An object read through one long-lived `git cat-file --batch` (see git-batch.ts): no process per
   * read. Rejects when that process fails (the caller falls back to a `git cat-file` of its own, whose
   * message says why).
   */
  readObject(object, sink) {
    if (!this.batch?.usable) this.batch = new CatFileBatch(this.env);
    return this.batch.read(object, sink);
  }
  /** Ends the `git cat-file --batch` process, if one runs. */
  async close() {
    const batch = this.batch;
    this.batch = void 0;
    await batch?.close();
  }
  /** SHA-256 and size of a blob's content, streamed (through the batch process; a process of its own if that fails). */
  async blobSha256(oid) {
    const pass = new PassThrough();
    const digest = sha256Stream(pass);
    const answer = await this.readObject(oid, (chunk) => pass.write(chunk)).then(
      (a) => a,
      () => void 0
    );
    pass.end();
    if (answer?.kind === "found" && answer.type === "blob") return digest;
    digest.catch(() => void 0);
    return this.blobSha256Spawned(oid);
  }
  async blobSha256Spawned(oid) {
    const child = spawn2("git", ["cat-file", "blob", oid], { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    const err = [];
    child.stderr.on("data", (d) => err.push(d));
    const closed = new Promise((resolve8, reject) => {
      child.on("error", reject);
      child.on("close", (code3) => resolve8(code3 ?? 1));
    });
    const [digest, code2] = await Promise.all([sha256Stream(child.stdout), closed]);
    if (code2 !== 0) {
      throw new GitError(["cat-file", "blob", oid], { code: code2, stdout: "", stderr: this.redact(Buffer.concat(err).toString("utf8")) });
    }
    return digest;
  }
  /** Runs and returns stdout; a non-zero exit is an Error carrying git's message. */
  async ok(args, o = {}) {
    const r = await this.run(args, o);
    if (r.code !== 0) throw new GitError(args, r);
    return r.stdout;
  }
  /** Streams a blob to a file (`git cat-file blob <object>`); false when there is no such object. */
  async blobToFile(object, dest) {
    const child = spawn2("git", ["cat-file", "blob", object], { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    const err = [];
    child.stderr.on("data", (d) => err.push(d));
    const exited = new Promise((resolve8, reject) => {
      child.on("error", reject);
      child.on("close", (code3) => resolve8(code3 ?? 1));
    });
    await pipeline2(child.stdout, createWriteStream2(dest));
    const code2 = await exited;
    if (code2 === 0) return true;
    const stderr = this.redact(Buffer.concat(err).toString("utf8"));
    if (isMissingPath(stderr)) return false;
    throw new GitError(["cat-file", "blob", object], { code: code2, stdout: "", stderr });
  }
};
function redactUrls(text) {
  return text.replace(/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@'"]+@/gi, "$1***@");
}
__name(redactUrls, "redactUrls");
function cannotRunGit(e) {
  const code2 = e.code;
  return new UserError(code2 === "ENOENT" ? "cannot run git: there is no git on the PATH" : `cannot run git: ${fsWords(e)}`, {
    fix: "Install git 2.31 or later on the runner (GitHub-hosted runners have it) and make sure it is on the PATH"
  });
}
__name(cannotRunGit, "cannotRunGit");
var MIN_GIT = [2, 31];
var versionChecks = /* @__PURE__ */ new Map();
function checkGitVersion() {
  const path = process.env["PATH"] ?? "";
  let versionCheck = versionChecks.get(path);
  if (versionCheck) return versionCheck;
  versionCheck = new Promise((resolve8, reject) => {
    const child = spawn2("git", ["version"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (d) => out += d);
    child.on("error", (e) => reject(cannotRunGit(e)));
    child.on("close", () => {
      const m = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(out);
      if (!m) {
        reject(
          new UserError(`cannot tell which git this is ('git version' printed ${JSON.stringify(out.trim().slice(0, 100))})`, {
            fix: "Put a git 2.31 or later first on the PATH"
          })
        );
        return;
      }
      const [major, minor] = [Number(m[1]), Number(m[2])];
      if (major < MIN_GIT[0] || major === MIN_GIT[0] && minor < MIN_GIT[1]) {
        reject(
          new UserError(
            `git ${m[0].slice("git version ".length)} is too old for the git: registry, which needs git ${MIN_GIT.join(".")} or later (it passes its settings and the token header through GIT_CONFIG_COUNT)`,
            {
              fix: "Upgrade git on the runner (GitHub-hosted runners have a recent one; on a self-hosted runner install git 2.31+), or use a file: registry"
            }
          )
        );
        return;
      }
      resolve8(m[0]);
    });
  });
  versionChecks.set(path, versionCheck);
  versionCheck.catch(() => versionChecks.delete(path));
  return versionCheck;
}
__name(checkGitVersion, "checkGitVersion");
var GitError = class extends Error {
  static {
    __name(this, "GitError");
  }
  result;
  constructor(args, result) {
    super(`git ${args[0]} failed (exit ${result.code}): ${result.stderr.trim().split("\n").slice(-6).join(" | ") || "no message"}`);
    this.name = "GitError";
    this.result = result;
  }
};
function isMissingPath(stderr) {
  return /does not exist in|exists on disk, but not in|Not a valid object name|invalid object name|bad revision|path '.*' does not exist/i.test(
    stderr
  );
}
__name(isMissingPath, "isMissingPath");
function authHeader(remoteUrl, token) {
  if (!token || !/^https?:\/\//i.test(remoteUrl)) return void 0;
  const url = new URL(remoteUrl);
  url.username = "";
  url.password = "";
  url.search = "";
  url.hash = "";
  const basic = Buffer.from(`x-access-token:${token}`, "utf8").toString("base64");
  return { config: [`http.${url.href.replace(/\/+$/, "")}.extraheader`, `AUTHORIZATION: basic ${basic}`], secret: basic };
}
__name(authHeader, "authHeader");

// node_modules/@mlops-actions/registry/src/git-backend.ts
var COMMITTER = { name: "github-actions[bot]", email: "41898282+github-actions[bot]@users.noreply.github.com" };
var OID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
var GitBackend = class {
  static {
    __name(this, "GitBackend");
  }
  kind = "git";
  uri;
  o;
  cli;
  workDir;
  verifiedBlobs = /* @__PURE__ */ new Map();
  readCache = /* @__PURE__ */ new Map();
  /** Blobs in the private clone (fetched, read or written here): a prefetch does not ask for them again. */
  presentBlobs = /* @__PURE__ */ new Set();
  /** Commits of the registry branch whose commit object and trees are in the private clone. */
  knownCommits = /* @__PURE__ */ new Set();
  /** The remote ignores --filter=blob:none: every fetch of the branch brought the blobs too. */
  unfiltered = false;
  constructor(o) {
    this.o = o;
    this.uri = o.uri;
  }
  describe(path) {
    return `'${path}' on branch '${this.o.branch}' of ${this.o.uri}`;
  }
  async git() {
    if (this.cli) return this.cli;
    await checkGitVersion();
    const remoteUrl = await resolveRemote(this.o.remote, this.o.workspace, this.o.uri, {
      serverUrl: this.o.serverUrl,
      repository: this.o.identity?.repository,
      token: this.o.token,
      log: this.o.log
    });
    await makeFolders(this.o.tempDir);
    this.workDir = await mkdtemp(join5(this.o.tempDir, "mlops-registry-"));
    const gitDir = join5(this.workDir, "repo.git");
    const cli = new GitCli({ gitDir, remoteUrl, token: this.o.token });
    for (const d of ["objects/info", "objects/pack", "refs/heads", "refs/tags"]) await mkdir3(join5(gitDir, d), { recursive: true });
    await writeFile4(join5(gitDir, "HEAD"), "ref: refs/heads/unused\n");
    await writeFile4(
      join5(gitDir, "config"),
      [
        "[core]",
        "	repositoryformatversion = 1",
        "	filemode = true",
        "	bare = true",
        "[extensions]",
        "	partialClone = origin",
        "[fetch]",
        "	writeCommitGraph = false",
        '[remote "origin"]',
        `	url = ${configValue(remoteUrl)}`,
        "	promisor = true",
        "	partialclonefilter = blob:none",
        ""
      ].join("\n")
    );
    this.cli = cli;
    return cli;
  }
  get trackingRef() {
    return `refs/remotes/origin/${this.o.branch}`;
  }
  /**
   * The tip of the registry branch, its commit and trees here; undefined when the branch does not exist
   * yet. When this open registry already holds commits of the branch (fetched or written by it), a
   * `git ls-remote` asks the remote where the branch is: the same commit is not fetched again (a fetch
   * with --depth always sends the tip commit and all its trees anew). Otherwise one fetch of the branch.
   */
  async fetch() {
    const git = await this.git();
    if (this.knownCommits.size) {
      const ref = `refs/heads/${this.o.branch}`;
      const l = await git.run(["ls-remote", "origin", ref]);
      if (l.code === 0) {
        const tip2 = l.stdout.split("\n").map((line) => line.split("	")).find(([, name]) => name === ref)?.[0];
        if (tip2 && this.knownCommits.has(tip2)) return tip2;
        if (!tip2) return void 0;
      }
    }
    const tip = await this.fetchBranch(git);
    if (tip) this.knownCommits.add(tip);
    return tip;
  }
  async fetchBranch(git) {
    const r = await git.run([
      "fetch",
      "-q",
      "--no-tags",
      "--depth=1",
      "--filter=blob:none",
      "origin",
      `+refs/heads/${this.o.branch}:${this.trackingRef}`
    ]);
    if (r.code === 0) {
      if (/filtering not recognized by server/i.test(r.stderr)) this.unfiltered = true;
      return await this.fetchedTip() ?? (await git.ok(["rev-parse", "--verify", "-q", this.trackingRef])).trim();
    }
    if (/couldn't find remote ref/i.test(r.stderr)) {
      if (this.knownCommits.size) await git.run(["update-ref", "-d", this.trackingRef]);
      return void 0;
    }
    throw new UserError(`cannot reach the registry ${this.o.uri}: ${lastLines(r.stderr)}`, {
      fix: unreachableFix(this.o.uri, r.stderr)
    });
  }
  /**
   * The commit the fetch just brought, from FETCH_HEAD (a file, no `git rev-parse` process). git-fetch(1),
   * OUTPUT: "The names of refs that are fetched, together with the object names they point at, are
   * written to .git/FETCH_HEAD" (https://git-scm.com/docs/git-fetch#_output), one `<oid> TAB … TAB <what>`
   * line per ref (builtin/fetch.c, `append_fetch_head`). One branch is fetched, so one line.
   */
  async fetchedTip() {
    try {
      const line = (await readFile3(join5(this.cli.gitDir, "FETCH_HEAD"), "utf8")).split("\n")[0] ?? "";
      return /^([0-9a-f]{40}|[0-9a-f]{64})\t/.exec(line)?.[1];
    } catch {
      return void 0;
    }
  }
  async read() {
    const rev = await this.explained("read", () => this.fetch());
    return this.snapshot(rev);
  }
  /** A failed git command becomes a UserError that names the registry, the command and git's own message (redacted). */
  async explained(what, body) {
    try {
      return await body();
    } catch (e) {
      const code2 = e?.code;
      if (!(e instanceof GitError) && !(e instanceof UserError) && typeof code2 === "string" && /^E[A-Z]+$/.test(code2)) {
        throw new UserError(
          `cannot ${what} the registry ${this.o.uri}: the scratch folder ${this.o.tempDir} is not usable (${fsWords(e)})`,
          {
            fix: "Free disk space or fix permissions in RUNNER_TEMP, then re-run; nothing was registered"
          }
        );
      }
      if (!(e instanceof GitError)) throw e;
      throw new UserError(`cannot ${what} the registry ${this.o.uri} (branch '${this.o.branch}'): ${redactUrls(e.message)}`, {
        fix: what === "write" ? "Nothing was registered. Re-run the job; if it fails again, check that the runner has disk space in RUNNER_TEMP and that git works there" : unreachableFix(this.o.uri, e.result.stderr)
      });
    }
  }
  /** What was read of a commit (path → content, undefined for no such file), for the last few commits read. */
  commitCache(rev) {
    let cache = this.readCache.get(rev);
    if (!cache) {
      cache = { files: /* @__PURE__ */ new Map(), trees: /* @__PURE__ */ new Map() };
      this.readCache.set(rev, cache);
      for (const old of this.readCache.keys()) if (this.readCache.size > 4) this.readCache.delete(old);
    }
    return cache;
  }
  snapshot(rev) {
    const git = this.cli;
    const commit = rev ? this.commitCache(rev) : { files: /* @__PURE__ */ new Map(), trees: /* @__PURE__ */ new Map() };
    const cache = commit.files;
    const prefetched = /* @__PURE__ */ new Set();
    const readBuffer = /* @__PURE__ */ __name(async (path) => {
      if (!rev) return void 0;
      if (cache.has(path)) return cache.get(path);
      const answer = await git.readObject(`${rev}:${path}`).then(
        (a) => a,
        () => void 0
      );
      let data;
      if (answer?.kind === "found" && answer.type === "blob") {
        data = answer.data;
        this.presentBlobs.add(answer.oid);
      } else if (answer?.kind === "missing" && await this.absent(rev, path, commit)) {
        data = void 0;
      } else {
        const r = await git.runBuffer(["cat-file", "blob", `${rev}:${path}`]);
        if (r.code === 0) data = r.stdout;
        else if (!isMissingPath(r.stderr)) {
          throw new UserError(`cannot read ${this.describe(path)}: ${lastLines(r.stderr)}`, { fix: unreachableFix(this.o.uri, r.stderr) });
        }
      }
      cache.set(path, data);
      return data;
    }, "readBuffer");
    return {
      revision: rev,
      readBuffer,
      readText: /* @__PURE__ */ __name(async (path) => (await readBuffer(path))?.toString("utf8"), "readText"),
      exportFile: /* @__PURE__ */ __name(async (path, dest) => rev ? this.explained("read", () => git.blobToFile(`${rev}:${path}`, dest)) : false, "exportFile"),
      prefetch: /* @__PURE__ */ __name(async (paths) => {
        const fresh = paths.filter((p) => !prefetched.has(p));
        for (const p of fresh) prefetched.add(p);
        if (rev && fresh.length) await this.prefetch(rev, fresh, commit);
      }, "prefetch")
    };
  }
  /**
   * Brings the blobs of several paths in one round trip, the way git's own lazy fetch asks for missing
   * objects (left alone, git would fetch each blob on first read, one round trip apiece). A path ending
   * in '/' stands for the last entry of that directory (the current log segment), one ending in '/*'
   * for every entry of it. The trees are read through the `git cat-file --batch` process (they are all
   * here: the fetch brings them), and blobs already here or already read are not asked for.
   */
  async prefetch(rev, paths, commit) {
    if (this.unfiltered) return;
    const wanted = /* @__PURE__ */ new Set();
    try {
      for (const p of paths) {
        if (p.endsWith("/") || p.endsWith("/*")) {
          const dir = p.slice(0, p.endsWith("/") ? -1 : -2);
          const blobs = (await this.tree(rev, dir, commit) ?? []).filter((e) => e.type === "blob");
          if (p.endsWith("/*")) for (const e of blobs) wanted.add(e.oid);
          else {
            const last = blobs.reduce((a, e) => !a || e.name > a.name ? e : a, void 0);
            if (last) wanted.add(last.oid);
          }
        } else if (!commit.files.has(p)) {
          const slash = p.lastIndexOf("/");
          const entry2 = (await this.tree(rev, slash < 0 ? "" : p.slice(0, slash), commit))?.find(
            (e) => e.name === p.slice(slash + 1) && e.type === "blob"
          );
          if (entry2) wanted.add(entry2.oid);
        }
      }
    } catch {
    }
    for (const oid of wanted) if (this.presentBlobs.has(oid)) wanted.delete(oid);
    if (!wanted.size) return;
    const git = this.cli;
    const r = await git.run(
      [
        "-c",
        "fetch.negotiationAlgorithm=noop",
        "fetch",
        "-q",
        "origin",
        "--no-tags",
        "--no-write-fetch-head",
        "--recurse-submodules=no",
        "--filter=blob:none",
        "--stdin"
      ],
      {
        input: `${[...wanted].join("\n")}
`
      }
    );
    if (r.code === 0) for (const oid of wanted) this.presentBlobs.add(oid);
  }
  /** True when commit `rev` has no file at `path` (its directory does not exist or has no such entry). */
  async absent(rev, path, commit) {
    const slash = path.lastIndexOf("/");
    try {
      const entries = await this.tree(rev, slash < 0 ? "" : path.slice(0, slash), commit);
      return !entries?.some((e) => e.name === path.slice(slash + 1));
    } catch {
      return false;
    }
  }
  /**
   * The entries of a directory of commit `rev` ('' for the top), read as a tree object through the
   * `git cat-file --batch` process; undefined when there is no such directory. A tree object is a list
   * of `<mode> SP <name> NUL <binary object id>` entries (gitformat-objects / Documentation/technical,
   * tree objects; git's tree-walk.c `decode_tree_entry`).
   */
  async tree(rev, dir, commit) {
    if (commit.trees.has(dir)) return commit.trees.get(dir);
    const a = await this.cli.readObject(`${rev}:${dir}`);
    let entries;
    if (a.kind === "found" && a.type === "tree" && a.data) {
      const raw = a.data;
      const idBytes = a.oid.length / 2;
      entries = [];
      let i = 0;
      while (i < raw.length) {
        const space = raw.indexOf(32, i);
        const nul = raw.indexOf(0, space + 1);
        if (space < 0 || nul < 0 || nul + 1 + idBytes > raw.length) throw new Error(`cannot parse the tree ${a.oid}`);
        const mode = raw.toString("latin1", i, space);
        entries.push({
          name: raw.toString("utf8", space + 1, nul),
          oid: raw.toString("hex", nul + 1, nul + 1 + idBytes),
          type: mode === "40000" ? "tree" : mode === "160000" ? "commit" : "blob"
        });
        i = nul + 1 + idBytes;
      }
    }
    commit.trees.set(dir, entries);
    return entries;
  }
  update(attempt, initial) {
    return this.explained("write", () => this.updateLoop(attempt, initial));
  }
  async updateLoop(attempt, initial) {
    const policy = this.o.retry;
    let last = "";
    for (let n = 1; n <= policy.attempts; n++) {
      const snap = n === 1 && initial ? initial : await this.read();
      const { changeSet, result } = await attempt(snap);
      if (!changeSet || changeSet.changes.length === 0 && !changeSet.tag) return { result };
      const git = await this.git();
      const commit = changeSet.changes.length ? await this.commit(snap.revision, changeSet) : void 0;
      const tag = changeSet.tag ? await this.prepareTag(changeSet.tag, commit ?? snap.revision) : void 0;
      const refspecs = [
        ...commit ? [`${commit}:refs/heads/${this.o.branch}`] : [],
        ...tag?.push ? [`refs/tags/${tag.name}:refs/tags/${tag.name}`] : []
      ];
      if (refspecs.length === 0) return { result, tag: tag?.name };
      const outcome = await this.push(git, refspecs);
      if (outcome.kind === "ok") {
        if (commit) this.knownCommits.add(commit);
        this.o.log?.debug?.(`registry: pushed ${refspecs.join(" ")} (attempt ${n})`);
        return { result, revision: commit, tag: tag?.name };
      }
      if (tag?.push) await git.run(["update-ref", "-d", `refs/tags/${tag.name}`]);
      if (outcome.kind === "refused") {
        throw new UserError(`the registry ${this.o.uri} refused the push to branch '${this.o.branch}': ${outcome.detail}`, {
          fix: "Give the token write access to the repository (in the workflow: 'permissions: contents: write' on this job), or check branch protection rules on the registry branch; nothing was registered"
        });
      }
      last = outcome.detail;
      if (n < policy.attempts) {
        const wait = backoffMs(n, policy);
        this.o.log?.info(
          outcome.kind === "conflict" ? `registry: another writer updated '${this.o.branch}' first; retrying on the new tip in ${wait} ms (attempt ${n + 1} of ${policy.attempts})` : `registry: push failed (${outcome.detail}); retrying in ${wait} ms (attempt ${n + 1} of ${policy.attempts})`
        );
        await sleep(wait);
      }
    }
    throw new UserError(`could not write to the registry ${this.o.uri} after ${policy.attempts} attempts: ${last}`, {
      fix: "Too many writers at once or an unstable connection: re-run the job (nothing was registered), or serialise registrations with a workflow concurrency group"
    });
  }
  /** Builds the commit on top of `parent` in a private index; returns its id. */
  async commit(parent, cs) {
    const git = await this.git();
    const stage = await mkdtemp(join5(this.workDir, "stage-"));
    try {
      const env = { GIT_INDEX_FILE: join5(stage, "index") };
      await git.ok(parent ? ["read-tree", parent] : ["read-tree", "--empty"], { env });
      const paths = [];
      for (const [i, c] of cs.changes.entries()) {
        if ("data" in c) {
          const p = join5(stage, `blob-${i}`);
          await writeFile4(p, c.data);
          paths.push(p);
        } else paths.push(c.source);
      }
      const plain = paths.filter((p) => !p.includes("\n"));
      const listed = plain.length ? (await git.ok(["hash-object", "-w", "--no-filters", "--stdin-paths"], { input: `${plain.join("\n")}
` })).trim().split("\n") : [];
      if (listed.length !== plain.length) throw new Error(`git hash-object returned ${listed.length} ids for ${plain.length} files`);
      const oids = [];
      for (const p of paths)
        oids.push(p.includes("\n") ? (await git.ok(["hash-object", "-w", "--no-filters", "--", p])).trim() : listed.shift());
      for (const oid of oids) this.presentBlobs.add(oid);
      for (const [i, c] of cs.changes.entries()) {
        if ("source" in c) await this.verifyBlob(oids[i], c.source, c.sha256, c.size);
      }
      const info3 = cs.changes.map((c, i) => `100644 ${oids[i]}	${c.path}\0`).join("");
      await git.ok(["update-index", "-z", "--index-info"], { env, input: info3 });
      const tree = (await git.ok(["write-tree", "--missing-ok"], { env })).trim();
      await this.verifyTree(tree, cs, oids);
      return (await git.ok(["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"], { env: this.authorEnv(), input: cs.message })).trim();
    } finally {
      await rm4(stage, { recursive: true, force: true });
    }
  }
  /**
   * Checks that the tree about to be committed holds every path written, with the content written: git
   * skips some paths without failing (`update-index` only says "Ignoring path" for a `.git` component,
   * for instance), and a card listing a file the commit lacks would make every later download fail.
   */
  async verifyTree(tree, cs, oids) {
    const specs0 = [...new Set(cs.changes.map((c) => c.path.includes("/") ? c.path.slice(0, c.path.lastIndexOf("/") + 1) : c.path))];
    const specs = specs0.filter((d) => !specs0.some((o) => o !== d && o.endsWith("/") && d.startsWith(o)));
    const listed = /* @__PURE__ */ new Map();
    const out = await this.cli.ok(["ls-tree", "-r", "-z", "--full-tree", tree, "--", ...specs.map((d) => `:(literal)${d}`)]);
    for (const rec of out.split("\0")) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.*)$/s.exec(rec);
      if (m) listed.set(m[2], m[1]);
    }
    const missing2 = cs.changes.filter((c, i) => listed.get(c.path) !== oids[i]).map((c) => "source" in c ? c.source : c.path);
    if (missing2.length) {
      throw new UserError(
        `git left ${missing2.length} file(s) out of the registry commit: ${missing2.slice(0, 5).join(", ")}${missing2.length > 5 ? ", \u2026" : ""}`,
        {
          fix: "Rename these files (git cannot store names such as .git, or names Windows and macOS treat as .git, in a commit); nothing was registered"
        }
      );
    }
  }
  async verifyBlob(oid, source, sha256, size) {
    if (this.verifiedBlobs.get(oid) === sha256) return;
    const got = await this.cli.blobSha256(oid);
    if (got.sha256 !== sha256 || got.size !== size) {
      throw new UserError(`the model file ${source} changed while it was being registered (sha256 ${got.sha256}, expected ${sha256})`, {
        fix: "Register once the training step has finished writing its files; nothing was registered"
      });
    }
    this.verifiedBlobs.set(oid, sha256);
  }
  authorEnv() {
    const author = commitAuthor(this.o.identity);
    return {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: COMMITTER.name,
      GIT_COMMITTER_EMAIL: COMMITTER.email
    };
  }
  /**
   * Creates the annotated tag locally. It points at `tag.target` (the commit that produced the model)
   * when the remote has it, else at `fallback` (the registry commit). An existing remote tag is left
   * alone (tags are never moved).
   */
  async prepareTag(tag, fallback) {
    const git = await this.git();
    if (tag.counterOf !== void 0) tag = { ...tag, name: `${tag.name}#${await this.highestGtoCounter(git, tag.counterOf) + 1}` };
    const existing = await git.run(["ls-remote", "--tags", "origin", `refs/tags/${tag.name}`]);
    if (existing.code === 0 && existing.stdout.trim() !== "") {
      this.o.log?.info(`registry: tag ${tag.name} already exists; left as it is`);
      return { name: tag.name, push: false };
    }
    let target = fallback;
    if (tag.target && !OID.test(tag.target))
      throw new UserError(`'${tag.target}' is not a commit id, so the tag cannot point at it`, {
        fix: "Pass the full 40-hex commit id (GITHUB_SHA)"
      });
    if (tag.target) {
      const r = await git.run(["fetch", "-q", "--no-tags", "--depth=1", "--filter=blob:none", "--end-of-options", "origin", tag.target]);
      if (r.code === 0) target = tag.target;
      else
        this.o.log?.warning(
          `registry: commit ${tag.target} is not on ${this.o.uri}; tag ${tag.name} points at the registry commit instead`
        );
    }
    if (!target) return void 0;
    await git.ok(["tag", "-a", "-f", "-m", tag.message, "--end-of-options", tag.name, target], { env: this.authorEnv() });
    return { name: tag.name, push: true };
  }
  /**
   * The highest GTO counter (`…#<n>` at the end of a tag name) among the remote's tags of `artifact`
   * (`<artifact>@…` and `<artifact>#…`); 0 when there is none. GTO numbers an artifact's counted tags
   * in one sequence, whatever the stage (iterative/gto, gto/tag.py `name_tag`).
   */
  async highestGtoCounter(git, artifact) {
    const r = await git.run(["ls-remote", "--tags", "--refs", "origin", `refs/tags/${artifact}@*`, `refs/tags/${artifact}#*`]);
    if (r.code !== 0)
      throw new UserError(`cannot list the tags of ${this.o.uri}: ${lastLines(r.stderr)}`, {
        fix: "Check that the token can read the repository"
      });
    let max = 0;
    for (const line of r.stdout.split("\n")) {
      const ref = line.split("	")[1]?.trim().slice("refs/tags/".length);
      if (!ref || !(ref.startsWith(`${artifact}@`) || ref.startsWith(`${artifact}#`))) continue;
      const m = /#(\d+)$/.exec(ref);
      if (m) max = Math.max(max, Number(m[1]));
    }
    return max;
  }
  async push(git, refspecs) {
    const r = await git.run(["push", "--porcelain", ...refspecs.length > 1 ? ["--atomic"] : [], "origin", ...refspecs]);
    if (r.code === 0) return { kind: "ok" };
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("!	"));
    const remote = r.stderr.split("\n").filter((l) => l.startsWith("remote:")).map((l) => l.replace(/^remote:\s*/, "").trim()).filter(Boolean).join(" ");
    if (lines.length) {
      const summary2 = [...new Set(lines.map((l) => l.split("	")[2] ?? ""))].join("; ");
      if (/\[rejected\].*(non-fast-forward|fetch first|stale info|already exists)/.test(summary2))
        return { kind: "conflict", detail: summary2 };
      if (/\[remote rejected\].*(lock|incorrect old value|failed to update ref|cannot update)/i.test(summary2))
        return { kind: "conflict", detail: summary2 };
      return { kind: "refused", detail: [summary2, remote].filter(Boolean).join(" \u2014 ") };
    }
    const text = `${remote} ${lastLines(r.stderr)}`.trim();
    if (/\b(401|403)\b|denied|not allowed|Authentication failed|Write access to repository not granted|could not read Username/i.test(
      r.stderr
    )) {
      return { kind: "refused", detail: text };
    }
    return { kind: "transient", detail: text };
  }
  async close() {
    await this.cli?.close();
    this.readCache.clear();
    this.presentBlobs.clear();
    this.knownCommits.clear();
    this.unfiltered = false;
    if (this.workDir) await rm4(this.workDir, { recursive: true, force: true });
    this.cli = void 0;
    this.workDir = void 0;
  }
};
function lastLines(stderr) {
  const lines = stderr.split("\n").map((l) => l.trim()).filter((l) => l && !l.startsWith("hint:"));
  const key = lines.filter((l) => /^(fatal|error):/.test(l));
  return [...new Set(key.length ? key : lines.slice(-3))].join(" ") || "no message from git";
}
__name(lastLines, "lastLines");
function unreachableFix(uri, stderr) {
  if (/Duplicate header/i.test(stderr)) {
    return "git sent two Authorization headers: remove the extra http.<url>.extraheader from the runner's git config (git config --global --unset-all http.<url>.extraheader), or set persist-credentials: false on actions/checkout";
  }
  if (/\b(401|403)\b|Authentication failed|could not read Username/i.test(stderr)) {
    return "The token cannot read the repository: pass a token with 'contents: read' (and 'contents: write' to register) as github-token";
  }
  return `Check that ${uri} names a reachable git remote (a remote of the checked-out workspace such as git:origin, a URL, or a path) and that the token can read it`;
}
__name(unreachableFix, "unreachableFix");
async function resolveRemote(remote, workspace, uri, o = {}) {
  if (remote === "")
    throw new UserError(`'${uri}' names no remote`, { input: "registry", fix: "Write git:origin, git:<url> or file:<dir>" });
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(remote) || /^[^/\s]+@[^/\s]+:/.test(remote)) return remote;
  if (/^[A-Za-z0-9_][A-Za-z0-9._-]*$/.test(remote)) {
    const url = await new Promise((done) => {
      const env = { ...process.env };
      for (const k of ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"]) delete env[k];
      execFile(
        "git",
        ["-C", workspace, "remote", "get-url", "--end-of-options", remote],
        { env },
        (err, stdout) => done(err ? void 0 : stdout.trim() || void 0)
      );
    });
    const fallback = remote === "origin" ? repositoryUrl(o.serverUrl, o.repository) : void 0;
    if (url && fallback && isSshUrl(url)) {
      o.log?.info(`registry: origin is an SSH URL; using ${fallback} with the token instead`);
      return fallback;
    }
    if (url) return isUrl(url) ? o.token ? withoutUserinfo(url) : url : resolve5(workspace, url);
    if (fallback) {
      o.log?.info(`registry: the workspace ${workspace} has no git remote 'origin' (no checkout); using ${fallback}`);
      return fallback;
    }
    if (!existsSync3(resolve5(workspace, remote))) {
      throw new UserError(`the workspace ${workspace} has no git remote named '${remote}'`, {
        input: "registry",
        fix: "Check out the repository first (actions/checkout), or give the remote's URL or path: git:https://github.com/<owner>/<repo>.git"
      });
    }
  }
  return resolve5(workspace, remote);
}
__name(resolveRemote, "resolveRemote");
function repositoryUrl(serverUrl, repository) {
  if (!serverUrl || !repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository) || !/^https?:\/\/[^\s@]+$/i.test(serverUrl))
    return void 0;
  return `${serverUrl.replace(/\/+$/, "")}/${repository}.git`;
}
__name(repositoryUrl, "repositoryUrl");
function isSshUrl(s) {
  return /^(ssh|git\+ssh|ssh\+git):\/\//i.test(s) || /^[^/\s]+@[^/\s]+:/.test(s) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(s);
}
__name(isSshUrl, "isSshUrl");
function withoutUserinfo(url) {
  if (!/^https?:\/\//i.test(url)) return url;
  try {
    const u = new URL(url);
    if (!u.username && !u.password) return url;
    u.username = "";
    u.password = "";
    return u.href;
  } catch {
    return url;
  }
}
__name(withoutUserinfo, "withoutUserinfo");
var LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\[bot\])?$/;
function commitAuthor(identity) {
  const a = identity?.author;
  if (a?.name.trim() && /^[^\s<>@]+@[^\s<>@]+$/.test(a.email) && !/[<>\n\r\0]/.test(a.name)) return { name: a.name.trim(), email: a.email };
  const login = identity?.actor;
  if (!login || !LOGIN.test(login)) return { ...COMMITTER };
  const id = identity?.actorId;
  return {
    name: login,
    email: id && /^\d{1,20}$/.test(id) ? `${id}+${login}@users.noreply.github.com` : `${login}@users.noreply.github.com`
  };
}
__name(commitAuthor, "commitAuthor");
function isUrl(s) {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(s) || /^[^/\s]+@[^/\s]+:/.test(s);
}
__name(isUrl, "isUrl");
function configValue(v) {
  return `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
__name(configValue, "configValue");

// node_modules/@mlops-actions/registry/src/registry.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { readdir as readdir3, readFile as readFile4, rename as rename4, rm as rm6, stat as stat4 } from "node:fs/promises";
import { dirname as dirname5, join as join8, resolve as resolvePath } from "node:path";

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

// node_modules/@mlops-actions/hashing/src/hash-paths.ts
import * as crypto2 from "node:crypto";
import * as fs3 from "node:fs";
import { isAbsolute as isAbsolute5, resolve as resolve6 } from "node:path";
import { setImmediate as yieldToLoop } from "node:timers/promises";

// node_modules/@mlops-actions/hashing/src/pool.ts
import * as crypto from "node:crypto";
import * as fs2 from "node:fs";
import { availableParallelism as availableParallelism2 } from "node:os";
import { sep as sep4 } from "node:path";
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
function hashFileSync(fs4, crypto3, path, flags, buf, algorithm, withStat, meta, i) {
  const fd = fs4.openSync(path, flags);
  try {
    let size = -1;
    if (withStat) {
      const st = fs4.fstatSync(fd);
      if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      size = st.size;
      meta[i * 3 + 1] = st.mtimeMs;
      meta[i * 3 + 2] = st.ino;
    }
    let got = fs4.readSync(fd, buf, 0, buf.length, null);
    if (got < buf.length && (size === -1 || got === size)) {
      meta[i * 3] = got;
      return crypto3.hash(algorithm, buf.subarray(0, got), "hex");
    }
    if (size === -1) {
      const st = fs4.fstatSync(fd);
      if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      size = st.size;
    }
    const h = crypto3.createHash(algorithm);
    let total = 0;
    while (got > 0) {
      h.update(buf.subarray(0, got));
      total += got;
      got = fs4.readSync(fd, buf, 0, buf.length, null);
    }
    if (total !== size)
      throw Object.assign(new Error(`its size changed from ${size} to ${total} bytes while it was read`), { code: "ECHANGED" });
    meta[i * 3] = total;
    return h.digest("hex");
  } finally {
    fs4.closeSync(fd);
  }
}
__name(hashFileSync, "hashFileSync");
function statFileSync(fs4, path, noFollow, meta, i) {
  let st;
  try {
    st = noFollow ? fs4.lstatSync(path, { throwIfNoEntry: false }) : fs4.statSync(path, { throwIfNoEntry: false });
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
  const fd = fs2.openSync(path, flags);
  try {
    const st = fs2.fstatSync(fd);
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
          (resolve8, reject) => fs2.read(fd, ring[k % ring.length], 0, OVERLAP_CHUNK, k * OVERLAP_CHUNK, (e, n) => e ? reject(e) : resolve8(n))
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
    const grew = total === st.size && fs2.readSync(fd, ring[0], 0, 1, total) > 0;
    if (grew || total !== st.size)
      throw Object.assign(new Error(`its size changed from ${st.size} bytes while it was read`), { code: "ECHANGED" });
    meta[0] = total;
    meta[1] = st.mtimeMs;
    meta[2] = st.ino;
    return h.digest("hex");
  } finally {
    fs2.closeSync(fd);
  }
}
__name(hashFileOverlapped, "hashFileOverlapped");
function pathPrefix(root, cwd) {
  const absolute = root.endsWith(sep4) ? root : `${root}${sep4}`;
  if (!cwd) return absolute;
  const under = cwd.endsWith(sep4) ? cwd : `${cwd}${sep4}`;
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
function openFlags(fs4, noFollow) {
  return fs4.constants.O_RDONLY | fs4.constants.O_NONBLOCK | (noFollow ? fs4.constants.O_NOFOLLOW : 0);
}
__name(openFlags, "openFlags");
function workerMain(hashFile, statFile) {
  const { parentPort: parentPort2, workerData: workerData2 } = process.getBuiltinModule("node:worker_threads");
  const fs4 = process.getBuiltinModule("node:fs");
  let crypto3;
  const algorithm = workerData2.algorithm;
  const prefix = workerData2.prefix;
  const withStat = workerData2.stat;
  const flags = workerData2.flags;
  const noFollow = workerData2.noFollow;
  const buf = Buffer.allocUnsafe(workerData2.bufferSize);
  parentPort2.on("message", (req) => {
    const names = req.names.split("\0");
    const n = names.length;
    const meta = new Float64Array(n * 3);
    if (req.op === "stat") {
      for (let i = 0; i < n; i++) statFile(fs4, prefix + names[i], noFollow, meta, i);
      parentPort2.postMessage({ id: req.id, meta, digests: "" }, [meta.buffer]);
      return;
    }
    let digests = "";
    for (let i = 0; i < n; i++) {
      const path = prefix + names[i];
      try {
        crypto3 ??= process.getBuiltinModule("node:crypto");
        digests += hashFile(fs4, crypto3, path, flags, buf, algorithm, withStat, meta, i);
      } catch (e) {
        const err = e;
        parentPort2.postMessage({
          id: req.id,
          meta,
          digests,
          error: { index: i, code: err.code ?? "EUNKNOWN", message: err.message ?? String(e) }
        });
        return;
      }
    }
    parentPort2.postMessage({ id: req.id, meta, digests }, [meta.buffer]);
  });
  parentPort2.postMessage({ ready: true });
}
__name(workerMain, "workerMain");
var WORKER_SOURCE = `(${workerMain.toString()})(${hashFileSync.toString()}, ${statFileSync.toString()});`;
function defaultConcurrency() {
  return Math.max(1, availableParallelism2());
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
    this.flags = openFlags(fs2, o.noFollow ?? false);
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
    return new Promise((resolve8, reject) => {
      this.queue.push({ id: this.nextId++, op, names, resolve: resolve8, reject });
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
    const { algorithm, stat: stat5 } = this.options;
    const meta = new Float64Array(job.names.length * 3);
    if (job.op === "stat") {
      const noFollow = this.options.noFollow ?? false;
      for (let i = 0; i < job.names.length; i++) statFileSync(fs2, this.prefix + job.names[i], noFollow, meta, i);
      job.resolve({ meta, digests: "" });
      return true;
    }
    this.mainBuffer ??= Buffer.allocUnsafe(BUFFER_SIZE);
    let digests = "";
    for (let i = 0; i < job.names.length; i++) {
      try {
        digests += hashFileSync(fs2, crypto, this.prefix + job.names[i], this.flags, this.mainBuffer, algorithm, stat5 ?? false, meta, i);
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
import { lstatSync, readdirSync, realpathSync, statSync as statSync3 } from "node:fs";
import { isAbsolute as isAbsolute4, join as join6, posix, relative as relative5, sep as sep5 } from "node:path";
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
    const lexical = rel === "" ? rootReal : join6(rootReal, ...rel.split("/"));
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
            abs: `${dir.abs}${sep5}${name}`,
            chain: { real: `${dir.chain.real}${sep5}${name}`, parent: dir.chain }
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
          subdirs.push({ rel, abs: `${dir.abs}${sep5}${name}`, chain: { real: `${dir.chain.real}${sep5}${name}`, parent: dir.chain } });
        } else if (d.isSymbolicLink()) {
          if (!follow) {
            if (!match || matches(match, rel, counter)) {
              record?.links.push(name);
              skippedSymlinks.add(rel);
            }
            continue;
          }
          followedLink = true;
          const abs = `${dir.abs}${sep5}${name}`;
          const real = checkReal(line, rel, abs);
          let st;
          try {
            st = statSync3(abs);
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
    const abs = line === "" ? root : join6(root, ...line.split("/"));
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
        st = statSync3(abs);
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
    const baseAbs = base === "" ? root : join6(root, ...base.split("/"));
    let baseStat;
    try {
      baseStat = statSync3(baseAbs);
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
  if (isAbsolute4(p)) {
    const rel = relative5(root, p);
    if (rel.startsWith("..") || isAbsolute4(rel)) throw outside(line, input);
    p = rel.split(sep5).join("/");
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
  return p === dir || p.startsWith(dir.endsWith(sep5) ? dir : `${dir}${sep5}`);
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
    return statSync3(abs, { throwIfNoEntry: false });
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
  const words2 = {
    EACCES: "permission denied",
    EPERM: "permission denied",
    ELOOP: "a symbolic link loop",
    ENAMETOOLONG: "the name is too long",
    ENOENT: "it does not exist",
    ENOTDIR: "a part of the path is a file, not a folder",
    EIO: "an input/output error (a failing disk or network file system)"
  };
  return words2[code2] ?? `the file system answered ${code2}`;
}
__name(why, "why");
function codeOf(e) {
  return e.code ?? (e instanceof Error ? e.message : String(e));
}
__name(codeOf, "codeOf");

// node_modules/@mlops-actions/hashing/src/stat-cache.ts
import { readFileSync as readFileSync2 } from "node:fs";
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
    buf = readFileSync2(path);
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
      const special2 = take(row[9]);
      if (!files || !subdirs || !links || !special2) return false;
      dirs.set(`${rel}\0${line}`, { mtimeMs, ctimeMs, ino, files, subdirs, links, special: special2 });
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
  const root = resolve6(o.root);
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
      for (const group3 of walk) for (const rel of group3) files.paths.push(rel);
      files.paths.sort(compareBytewise);
      const n = files.paths.length;
      statSizes = new Array(n);
      const mtimes = cache ? new Float64Array(n) : void 0;
      const inodes = cache ? new Float64Array(n) : void 0;
      let total = 0;
      for (let k = 0; k < n; k++) {
        const st = fs3.statSync(prefix + files.paths[k], { throwIfNoEntry: false });
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
  if (!isAbsolute5(prefix) && workingDirectory() !== cwd)
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
  for (const rel of paths) total += fs3.statSync(prefix + rel, { throwIfNoEntry: false })?.size ?? 0;
  return total;
}
__name(totalSize, "totalSize");
async function statAgainstCache(files, cache, walk, prefix, follow, pool) {
  const misses = [];
  let missBytes = 0;
  let hits = 0;
  const { sizes, mtimes, inodes, digests } = cache;
  const check2 = /* @__PURE__ */ __name((ks2, slots2, meta2) => {
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
      jobs.push(pool.submitStat(names).then((r) => check2(bks, bslots, r.meta)));
    } else {
      for (let i = 0; i < names.length; i++) statFileSync(fs3, prefix + names[i], !follow, meta, i);
      check2(ks, slots, meta);
    }
    ks = [];
    slots = [];
    names = [];
  }, "flush");
  let hint = 0;
  let slice = performance.now();
  for (const group3 of walk) {
    if (files.paths.length > CAP_YOUNG_GENERATION_AFTER) capYoungGeneration();
    for (const rel of group3) {
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
  const flags = openFlags(fs3, !follow);
  const meta = new Float64Array(3);
  for (const k of ks) {
    const rel = files.paths[k];
    meta.fill(0);
    try {
      const st = fs3.statSync(prefix + rel, { throwIfNoEntry: false });
      files.digests[k] = st && st.size > BUFFER_SIZE ? await hashFileOverlapped(prefix + rel, flags, algorithm, meta) : hashFileSync(fs3, crypto2, prefix + rel, flags, buf, algorithm, withStat, meta, 0);
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
  for (const group3 of walk) {
    for (const rel of group3) files.paths.push(rel);
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

// node_modules/@mlops-actions/registry/src/names.ts
var import_semver = __toESM(require_semver2(), 1);
var MODEL_NAME = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;
var ALIAS_NAME = /^[a-z](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;
function isModelName(name) {
  return MODEL_NAME.test(name) && !name.includes("..");
}
__name(isModelName, "isModelName");
function isAlias(alias) {
  return ALIAS_NAME.test(alias) && !alias.includes("..");
}
__name(isAlias, "isAlias");
function isModelVersion(version) {
  return !version.includes("+") && import_semver.default.valid(version) === version;
}
__name(isModelVersion, "isModelVersion");
function parseModelName(name, where = { input: "name" }) {
  if (!isModelName(name)) {
    throw new UserError(`'${name}' is not a valid model name`, {
      ...where,
      fix: "Use 1 to 64 lowercase letters, digits, dots, dashes and underscores, starting and ending with a letter or digit (e.g. churn-classifier)"
    });
  }
  return name;
}
__name(parseModelName, "parseModelName");
function parseAlias(alias, where = { input: "alias" }) {
  if (!isAlias(alias)) {
    throw new UserError(`'${alias}' is not a valid alias`, {
      ...where,
      fix: "Use 1 to 64 lowercase letters, digits, dots, dashes and underscores, starting with a letter (e.g. production, candidate)"
    });
  }
  return alias;
}
__name(parseAlias, "parseAlias");
function compareVersionsDesc(a, b) {
  return import_semver.default.rcompare(a, b);
}
__name(compareVersionsDesc, "compareVersionsDesc");
function highestVersion(versions) {
  let best;
  for (const v of versions) if (best === void 0 || import_semver.default.gt(v, best)) best = v;
  return best;
}
__name(highestVersion, "highestVersion");
function nextVersion(existing, bump) {
  const from = highestVersion(existing) ?? "0.0.0";
  const next = import_semver.default.inc(from, bump);
  if (!next || !isModelVersion(next)) throw new Error(`cannot bump ${from} by ${bump}`);
  return next;
}
__name(nextVersion, "nextVersion");
function versionTag(name, version) {
  return `${name}@v${version}`;
}
__name(versionTag, "versionTag");

// node_modules/@mlops-actions/registry/src/catalog.ts
var CATALOG_METRICS = 3;
function catalogEntry(index, previous, added) {
  const latest = index.latest;
  let metrics = previous && previous.latest === latest ? { ...previous.metrics } : {};
  if (added && added.version === latest) {
    metrics = {};
    for (const [k, v] of Object.entries(added.metrics).slice(0, CATALOG_METRICS)) metrics[k] = v;
  }
  const deprecated = Object.entries(index.deprecated ?? {});
  return {
    latest,
    versions: index.count,
    aliases: Object.fromEntries(Object.entries(index.aliases).map(([a, s]) => [a, s.version])),
    metrics,
    updatedAt: index.updatedAt,
    ...deprecated.length ? { deprecated: Object.fromEntries(deprecated.map(([v, d]) => [v, d.reason])) } : {}
  };
}
__name(catalogEntry, "catalogEntry");
function formatNumber(n) {
  return Number.isInteger(n) ? String(n) : Number(n.toPrecision(4)).toString();
}
__name(formatNumber, "formatNumber");
function renderReadme(catalog, where) {
  const names = Object.keys(catalog.models).sort();
  const rows = names.map((name) => {
    const m = catalog.models[name];
    const aliases = Object.entries(m.aliases).sort(([a], [b]) => a.localeCompare(b)).map(([a, v]) => `${code(a)} \u2192 ${escapeText(v)}`).join("<br>");
    const metrics = Object.entries(m.metrics).map(([k, v]) => `${escapeText(k)} ${formatNumber(v)}`).join("<br>");
    const deprecated = Object.entries(m.deprecated ?? {}).sort(([a], [b]) => compareVersionsDesc(a, b)).map(([v, reason]) => `${escapeText(v)}: ${escapeText(reason.length > 80 ? `${reason.slice(0, 79)}\u2026` : reason)}`).join("<br>");
    return [
      `[${escapeText(name)}](models/${name}/index.json)`,
      m.latest ? `[${escapeText(m.latest)}](models/${name}/versions/${m.latest}/card.json)` : "",
      String(m.versions),
      aliases,
      metrics,
      deprecated,
      escapeText(m.updatedAt.replace("T", " ").replace(/\.\d+Z$/, "Z"))
    ];
  });
  const lines = [
    "# Model registry",
    "",
    where.kind === "git" ? `This branch${where.branch ? ` (${code(where.branch)})` : ""} is a model registry written by the MLOps Actions \`register-model\` and \`deploy\` steps and the \`mlops registry\` command. Do not edit it by hand: every version is immutable and every file is verified against its model card.` : "This directory is a model registry written by the MLOps Actions `register-model` and `deploy` steps and the `mlops registry` command. Do not edit it by hand: every version is immutable and every file is verified against its model card.",
    "",
    names.length ? table(["model", "latest", "versions", "aliases", "main metrics (latest)", "deprecated", "updated (UTC)"], rows) : "_No model registered yet._",
    "",
    "## Layout",
    "",
    "- `models/<name>/index.json`: a model's latest version, number of versions and aliases.",
    "- `models/<name>/history/*.jsonl`: one line per version: digest, main metrics, validation, commit.",
    "- `models/<name>/versions/<version>/card.json`: the model card (files with sha256, lineage, data, params, metrics).",
    "- `models/<name>/versions/<version>/files/`: the model files, when stored in the registry.",
    "- `models/<name>/audit/*.jsonl`: who registered what, moved or removed which alias, deprecated or restored which version, when, from which run.",
    "",
    "A deprecated version keeps its files and card; `deploy` and `fetch-model` refuse it unless `allow-deprecated: true`.",
    "- `models/<name>/digests/`: which version holds which files (re-registering the same files is a no-op).",
    "- `registry.json`: this catalog as data.",
    ""
  ];
  return lines.join("\n");
}
__name(renderReadme, "renderReadme");

// node_modules/@mlops-actions/registry/src/types.ts
var CARD_SCHEMA = "mlops-actions/model-card@1";
var INDEX_METRICS_LIMIT = 20;

// node_modules/@mlops-actions/registry/src/layout.ts
var layout = {
  readme: "README.md",
  catalog: "registry.json",
  index: /* @__PURE__ */ __name((name) => `models/${name}/index.json`, "index"),
  versionDir: /* @__PURE__ */ __name((name, version) => `models/${name}/versions/${version}`, "versionDir"),
  card: /* @__PURE__ */ __name((name, version) => `models/${name}/versions/${version}/card.json`, "card"),
  file: /* @__PURE__ */ __name((name, version, path) => `models/${name}/versions/${version}/files/${path}`, "file"),
  attachment: /* @__PURE__ */ __name((name, version, file) => `models/${name}/versions/${version}/${file}`, "attachment"),
  digest: /* @__PURE__ */ __name((name, digest) => `models/${name}/digests/${digest.replace(/^sha256:/, "")}.json`, "digest"),
  historyDir: /* @__PURE__ */ __name((name) => `models/${name}/history/`, "historyDir"),
  historySegment: /* @__PURE__ */ __name((name, segment) => `models/${name}/history/${String(segment).padStart(4, "0")}.jsonl`, "historySegment"),
  auditDir: /* @__PURE__ */ __name((name) => `models/${name}/audit/`, "auditDir"),
  auditSegment: /* @__PURE__ */ __name((name, segment) => `models/${name}/audit/${String(segment).padStart(4, "0")}.jsonl`, "auditSegment")
};
var HISTORY_SEGMENT_LINES = 100;
var AUDIT_SEGMENT_LINES = 250;
var INDEX_SCHEMA = "mlops-actions/model-index@1";
var CATALOG_SCHEMA = "mlops-actions/registry@1";
function emptyIndex(name, now, perSegment = {}) {
  return {
    schema: INDEX_SCHEMA,
    name,
    count: 0,
    aliases: {},
    history: { perSegment: perSegment.history ?? HISTORY_SEGMENT_LINES, segment: 1, lines: 0 },
    audit: { perSegment: perSegment.audit ?? AUDIT_SEGMENT_LINES, segment: 1, lines: 0, total: 0 },
    updatedAt: now
  };
}
__name(emptyIndex, "emptyIndex");
function emptyCatalog(now) {
  return { schema: CATALOG_SCHEMA, models: {}, updatedAt: now };
}
__name(emptyCatalog, "emptyCatalog");
function corrupted(where, problem, key) {
  return new UserError(`the registry file ${where} is corrupted: ${problem}`, {
    ...key ? { key } : {},
    fix: "Restore it from the registry's history (git log / git revert on the registry branch, or a backup of the file: directory); the registry never writes a file like this"
  });
}
__name(corrupted, "corrupted");
function parseJson(text, where) {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw corrupted(where, `not valid JSON (${e.message})`);
  }
}
__name(parseJson, "parseJson");
var isObject = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObject");
function parseIndex(text, where, name) {
  const v = parseJson(text, where);
  if (!isObject(v)) throw corrupted(where, "not a JSON object");
  if (v["schema"] !== INDEX_SCHEMA)
    throw corrupted(where, `schema is ${JSON.stringify(v["schema"])}, expected '${INDEX_SCHEMA}'`, "schema");
  if (v["name"] !== name) throw corrupted(where, `it names model ${JSON.stringify(v["name"])}, not '${name}'`, "name");
  if (!Number.isInteger(v["count"]) || v["count"] < 0) throw corrupted(where, "count is not a number of versions", "count");
  if (v["latest"] !== void 0 && !isVersionText(v["latest"])) throw corrupted(where, "latest is not a version", "latest");
  if (!isObject(v["aliases"])) throw corrupted(where, "aliases is not an object", "aliases");
  for (const [alias, state] of Object.entries(v["aliases"])) {
    if (!isAlias(alias)) throw corrupted(where, `'${alias}' is not an alias name`, `aliases.${alias}`);
    if (!isObject(state) || !isVersionText(state["version"])) throw corrupted(where, `alias '${alias}' has no version`, `aliases.${alias}`);
  }
  for (const key of ["history", "audit"]) {
    const log = v[key];
    const ok = /* @__PURE__ */ __name((k) => isObject(log) && Number.isInteger(log[k]) && log[k] >= 0, "ok");
    if (!ok("perSegment") || !ok("segment") || !ok("lines") || key === "audit" && !ok("total") || log.perSegment < 1) {
      throw corrupted(where, `${key} is not {perSegment, segment, lines${key === "audit" ? ", total" : ""}}`, key);
    }
  }
  if (v["deprecated"] !== void 0) {
    if (!isObject(v["deprecated"])) throw corrupted(where, "deprecated is not an object", "deprecated");
    for (const [version, d] of Object.entries(v["deprecated"])) {
      if (!isObject(d) || typeof d["reason"] !== "string" || typeof d["at"] !== "string")
        throw corrupted(where, `deprecated version '${version}' has no reason and date`, `deprecated.${version}`);
    }
  }
  const h = v["history"];
  if ((h.segment - 1) * h.perSegment + h.lines !== v["count"])
    throw corrupted(where, `count ${String(v["count"])} does not match the history (${h.segment} segments)`, "count");
  return v;
}
__name(parseIndex, "parseIndex");
function parseCatalog(text, where) {
  const v = parseJson(text, where);
  if (!isObject(v) || v["schema"] !== CATALOG_SCHEMA || !isObject(v["models"]))
    throw corrupted(where, `not a registry catalog (${CATALOG_SCHEMA})`);
  for (const [name, m] of Object.entries(v["models"])) {
    if (!isModelName(name)) throw corrupted(where, `'${name}' is not a model name`, `models.${name}`);
    if (!isObject(m) || m["latest"] !== void 0 && !isVersionText(m["latest"]))
      throw corrupted(where, `model '${name}' has no valid latest version`, `models.${name}.latest`);
  }
  return v;
}
__name(parseCatalog, "parseCatalog");
function isVersionText(v) {
  return typeof v === "string" && isModelVersion(v);
}
__name(isVersionText, "isVersionText");
function parseCard(text, where, name, version) {
  const v = parseJson(text, where);
  if (!isObject(v) || v["schema"] !== CARD_SCHEMA) throw corrupted(where, `not a model card (${CARD_SCHEMA})`, "schema");
  if (v["name"] !== name || v["version"] !== version)
    throw corrupted(where, `it describes ${String(v["name"])}@${String(v["version"])}, not ${name}@${version}`);
  if (!Array.isArray(v["files"]) || typeof v["digest"] !== "string" || !isObject(v["store"]))
    throw corrupted(where, "files, digest or store is missing");
  for (const [i, f] of v["files"].entries()) {
    if (!isObject(f) || typeof f["path"] !== "string" || typeof f["sha256"] !== "string" || typeof f["size"] !== "number") {
      throw corrupted(where, `file ${i} has no path, size and sha256`, `files[${i}]`);
    }
    if (!isSafeRelativePath(f["path"])) throw corrupted(where, `file path '${f["path"]}' is not a plain relative path`, `files[${i}].path`);
  }
  return v;
}
__name(parseCard, "parseCard");
function parseLog(text, where, keep) {
  const out = [];
  const lines = text.split("\n");
  for (let i = 0; i < lines.length && out.length < keep; i++) {
    const line = lines[i];
    if (line.trim() === "") continue;
    try {
      out.push(JSON.parse(line));
    } catch {
      throw corrupted(where, `line ${i + 1} is not valid JSON`);
    }
  }
  if (out.length < keep) throw corrupted(where, `it holds ${out.length} lines where the index counts ${keep}`);
  return out;
}
__name(parseLog, "parseLog");
function parseDigestMarker(text, where) {
  const v = parseJson(text, where);
  if (!isObject(v) || !isVersionText(v["version"]) || !Number.isInteger(v["seq"]))
    throw corrupted(where, "not a digest marker {version, seq}");
  return v;
}
__name(parseDigestMarker, "parseDigestMarker");
function isSafeRelativePath(p) {
  if (p === "" || p.startsWith("/") || p.includes("\\") || p.includes("\0")) return false;
  return p.split("/").every((s) => s !== "" && s !== "." && s !== "..");
}
__name(isSafeRelativePath, "isSafeRelativePath");
function toJson(value) {
  return `${JSON.stringify(value, null, 2)}
`;
}
__name(toJson, "toJson");
function flattenMetrics(metrics, limit) {
  const out = {};
  let n = 0;
  const walk = /* @__PURE__ */ __name((v, prefix) => {
    if (n >= limit) return;
    if (typeof v === "number" && Number.isFinite(v)) {
      out[prefix] = v;
      n++;
    } else if (isObject(v)) {
      for (const [k, child] of Object.entries(v)) walk(child, prefix ? `${prefix}.${k}` : k);
    }
  }, "walk");
  walk(metrics ?? {}, "");
  return out;
}
__name(flattenMetrics, "flattenMetrics");

// node_modules/@mlops-actions/registry/src/reports.ts
var isObject2 = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObject");
var NAN_WORDS = /^[+-]?(?:nan|\.nan)$/i;
var INF_WORDS = /^[+-]?(?:inf|infinity|\.inf)$/i;
function checkFiniteValues(value, o) {
  const walk = /* @__PURE__ */ __name((v, path) => {
    let what;
    if (typeof v === "number" && !Number.isFinite(v)) what = Number.isNaN(v) ? "NaN" : v > 0 ? "infinity" : "minus infinity";
    else if (o.words && typeof v === "string" && NAN_WORDS.test(v.trim())) what = "NaN";
    else if (o.words && typeof v === "string" && INF_WORDS.test(v.trim())) what = v.trim().startsWith("-") ? "minus infinity" : "infinity";
    if (what) {
      const key = path.join(".");
      const line = o.doc?.lineOf(path);
      throw new UserError(
        `${o.input === "metrics" ? "metric" : "value"} ${JSON.stringify(key)} is ${what}, which the model card cannot record (JSON has no NaN or infinity)`,
        {
          input: o.input,
          ...o.file ? { file: o.file } : {},
          ...line ? { line } : {},
          key,
          fix: "Write a finite number, or leave the entry out when it could not be computed; nothing was registered"
        }
      );
    }
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, String(i)]));
    else if (isObject2(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  }, "walk");
  walk(value, []);
}
__name(checkFiniteValues, "checkFiniteValues");

// node_modules/@mlops-actions/registry/src/stores.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { createReadStream as createReadStream3 } from "node:fs";
import { realpath, rename as rename3, rm as rm5, stat as stat3 } from "node:fs/promises";
import { basename as basename2, dirname as dirname4, isAbsolute as isAbsolute6, join as join7, resolve as resolve7, sep as sep6 } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline as pipeline3 } from "node:stream/promises";
import { fileURLToPath as fileURLToPath2 } from "node:url";
var AUTO_STORE_THRESHOLD = 25 * 1024 * 1024;
function fileUriToDir(uri, workspace) {
  const rest = uri.slice("file:".length);
  if (rest.startsWith("//")) return fileURLToPath2(uri);
  if (rest === "") throw new UserError(`'${uri}' names no directory`, { fix: "Write file:<directory>, e.g. file:.mlops/registry" });
  return resolve7(workspace, rest);
}
__name(fileUriToDir, "fileUriToDir");
async function putFileStore(dir, name, m, log) {
  const target = join7(dir, name, m.digestHex);
  const location = { kind: "file", uri: `file:${target}` };
  const remove = /* @__PURE__ */ __name(() => rm5(target, { recursive: true, force: true }), "remove");
  if (await verifyDir(target, m.files)) return { location, created: false, remove: /* @__PURE__ */ __name(async () => void 0, "remove") };
  const staging = join7(dir, ".staging", `${process.pid}-${randomBytes3(6).toString("hex")}`);
  try {
    for (const f of m.files) {
      const got = await copyHashed(join7(m.root, f.path), join7(staging, f.path));
      if (got.sha256 !== f.sha256 || got.size !== f.size) {
        throw new UserError(`the model file ${f.path} changed while it was being stored (sha256 ${got.sha256}, expected ${f.sha256})`, {
          fix: "Register once the training step has finished writing its files; nothing was registered"
        });
      }
    }
    await makeFolders(join7(dir, name));
    if (await pathExists(target)) {
      log?.warning(`registry: ${target} held files that do not match their digest; replacing them`);
      await remove();
    }
    try {
      await rename3(staging, target);
    } catch (e) {
      if (!["EEXIST", "ENOTEMPTY"].includes(e.code ?? "") || !await verifyDir(target, m.files)) throw e;
      return { location, created: false, remove: /* @__PURE__ */ __name(async () => void 0, "remove") };
    }
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(`cannot store the model files in ${dir}: ${messageOf(e)}`, {
      fix: "Use a writable directory for store: file:<dir>"
    });
  } finally {
    await rm5(staging, { recursive: true, force: true });
  }
  return { location, created: true, remove };
}
__name(putFileStore, "putFileStore");
async function fileStoreFile(uri, card, path) {
  const refuse = /* @__PURE__ */ __name((why2) => new UserError(
    `the model card of ${card.name}@${card.version} names the file store '${uri}', outside the registry's own store directories (${why2}); nothing was read from it`,
    {
      key: "store.uri",
      fix: `A file: store of this version must be <store directory>/${card.name}/<its digest in hex>, as register-model writes it: the card was edited by hand or by someone else; restore it from the registry's history`
    }
  ), "refuse");
  const rest = uri.startsWith("file:") ? uri.slice("file:".length) : "";
  const hex = /^sha256:([0-9a-f]{64})$/.exec(card.digest)?.[1];
  if (!hex) throw refuse("the card has no sha256 digest");
  if (rest.startsWith("//") || !isAbsolute6(rest)) throw refuse("not an absolute file:<directory>");
  const dir = resolve7(rest);
  if (basename2(dir) !== hex || basename2(dirname4(dir)) !== card.name || rest.split(/[\\/]/).includes("..")) {
    throw refuse(`not a directory named ${card.name}/<digest>`);
  }
  if (!isSafeRelativePath(path)) throw refuse("a file path that leaves the directory");
  let realDir;
  let real;
  try {
    realDir = await realpath(dir);
    real = await realpath(join7(dir, path));
  } catch {
    return void 0;
  }
  if (basename2(realDir) !== hex || basename2(dirname4(realDir)) !== card.name || !real.startsWith(realDir + sep6)) {
    throw refuse("a symbolic link leads out of it");
  }
  return real;
}
__name(fileStoreFile, "fileStoreFile");
async function verifyDir(dir, files) {
  for (const f of files) {
    try {
      const got = await sha256File(join7(dir, f.path));
      if (got.sha256 !== f.sha256 || got.size !== f.size) return false;
    } catch {
      return false;
    }
  }
  return files.length > 0;
}
__name(verifyDir, "verifyDir");
async function pathExists(p) {
  return stat3(p).then(
    () => true,
    () => false
  );
}
__name(pathExists, "pathExists");
function status(e) {
  const s = e?.status;
  return typeof s === "number" ? s : void 0;
}
__name(status, "status");
function errorBody(e) {
  try {
    return JSON.stringify(e?.response?.data ?? "");
  } catch {
    return "";
  }
}
__name(errorBody, "errorBody");
function releaseTag(name, digestHex) {
  return `mlops-registry/${name}/sha256-${digestHex.slice(0, 16)}`;
}
__name(releaseTag, "releaseTag");
function assetNames(paths) {
  const used = /* @__PURE__ */ new Set();
  return paths.map((p, i) => {
    let n = p.replace(/\//g, "--").replace(/[^A-Za-z0-9._-]/g, "_").replace(/^[.]/, "_");
    if (used.has(n)) n = `${i}-${n}`;
    used.add(n);
    return n;
  });
}
__name(assetNames, "assetNames");
function releaseError(action, e, gh) {
  if (e instanceof UserError) return e;
  const s = status(e);
  const fix = s === 403 || s === 404 ? "Give the job 'permissions: contents: write' (Release assets need it), or use store: registry or store: file:<dir>" : "Re-run the job; if it keeps failing, check GitHub status or use another store";
  return new UserError(`cannot ${action} in ${gh.owner}/${gh.repo} (${s ?? "no status"}: ${messageOf(e)})`, { fix });
}
__name(releaseError, "releaseError");
var RELEASE_TAG_ATTEMPTS = 5;
async function putReleaseStore(gh, name, m, log) {
  const base = releaseTag(name, m.digestHex);
  const { owner, repo } = gh;
  const names = assetNames(m.files.map((f) => f.path));
  let drafts;
  for (let n = 1; n <= RELEASE_TAG_ATTEMPTS; n++) {
    const tag = n === 1 ? base : `${base}.${n}`;
    const next = `${base}.${n + 1}`;
    const published = await publishedRelease(gh, tag);
    if (published) {
      const assets = await listAssets(gh, published.id).catch((e) => {
        throw releaseError(`list the assets of release ${tag}`, e, gh);
      });
      const held2 = await heldAssets(gh, m, names, assets);
      if (held2) return releaseStored(gh, published, held2, false, log);
      log?.warning(
        `registry: the published release ${tag} does not hold these model files as the card needs them, and a published release is never changed; storing them under ${next}`
      );
      continue;
    }
    drafts ??= await listDrafts(gh, base);
    const leftovers = drafts.filter((d) => d.tag_name === tag);
    let release = leftovers[0];
    if (release) {
      log?.info(`registry: resuming the draft release ${tag} (id ${release.id}) an earlier run left`);
    } else {
      release = await createDraft(gh, tag, name, m).catch((e) => {
        throw releaseError("create a release for the model files", e, gh);
      });
    }
    let uploaded;
    try {
      uploaded = await fillDraft(gh, release, m, names, log);
    } catch (e) {
      log?.info(`registry: the draft release ${tag} keeps the files uploaded so far; the next run resumes it`);
      throw releaseError("upload the model files", e, gh);
    }
    let done;
    try {
      done = (await gh.octokit.request("PATCH /repos/{owner}/{repo}/releases/{release_id}", {
        owner,
        repo,
        release_id: release.id,
        draft: false,
        prerelease: true,
        make_latest: "false"
      })).data;
    } catch (e) {
      if (status(e) === 422 && /tag_name/.test(errorBody(e)) && /immutable/i.test(errorBody(e))) {
        log?.warning(
          `registry: GitHub refuses to publish ${tag}: an immutable release used that tag before; storing the files under ${next}`
        );
        await gh.octokit.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: release.id }).catch(() => void 0);
        continue;
      }
      throw releaseError(`publish the release ${tag}`, e, gh);
    }
    if (done.draft !== false) throw releaseError(`publish the release ${tag}`, new Error("GitHub kept it a draft"), gh);
    const held = await heldAssets(gh, m, names, done.assets ?? await listAssets(gh, done.id), uploaded);
    if (!held) {
      throw new UserError(
        `the published release ${tag} in ${owner}/${repo} does not hold the model files that were uploaded to its draft`,
        {
          fix: "Re-run the job; nothing was registered"
        }
      );
    }
    for (const extra of leftovers.slice(1)) {
      await gh.octokit.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: extra.id }).catch(() => void 0);
    }
    return releaseStored(gh, done, held, true, log);
  }
  throw new UserError(
    `the tags ${base} to ${base}.${RELEASE_TAG_ATTEMPTS} of ${owner}/${repo} are all taken by releases that lack these model files`,
    {
      fix: "Delete the draft or mutable releases of those tags that hold no complete model (published immutable ones cannot be changed), or use store: file:<dir>"
    }
  );
}
__name(putReleaseStore, "putReleaseStore");
function releaseStored(gh, release, assets, created, log) {
  const { owner, repo } = gh;
  const tag = release.tag_name;
  const remove = /* @__PURE__ */ __name(async () => {
    if (release.immutable) {
      log?.info(
        `registry: keeping the immutable release ${tag}: its tag could never be used again, and the next registration of these files reuses it`
      );
      return;
    }
    await gh.octokit.request("DELETE /repos/{owner}/{repo}/releases/{release_id}", { owner, repo, release_id: release.id }).catch(() => void 0);
    await gh.octokit.request("DELETE /repos/{owner}/{repo}/git/refs/{ref}", { owner, repo, ref: `tags/${tag}` }).catch(() => void 0);
  }, "remove");
  return {
    location: { kind: "release", owner, repo, tag, releaseId: release.id, assets },
    created,
    remove: created ? remove : async () => void 0
  };
}
__name(releaseStored, "releaseStored");
async function publishedRelease(gh, tag) {
  try {
    return (await gh.octokit.request("GET /repos/{owner}/{repo}/releases/tags/{tag}", { owner: gh.owner, repo: gh.repo, tag })).data;
  } catch (e) {
    if (status(e) === 404) return void 0;
    throw releaseError("look up the model files release", e, gh);
  }
}
__name(publishedRelease, "publishedRelease");
async function listDrafts(gh, base) {
  const out = [];
  try {
    for (let page = 1; ; page++) {
      const { data } = await gh.octokit.request("GET /repos/{owner}/{repo}/releases", {
        owner: gh.owner,
        repo: gh.repo,
        per_page: 100,
        page
      });
      const list = data;
      out.push(...list.filter((r) => r.draft === true && (r.tag_name === base || r.tag_name.startsWith(`${base}.`))));
      if (list.length < 100) break;
    }
  } catch (e) {
    throw releaseError("list the releases", e, gh);
  }
  return out.sort((a, b) => a.id - b.id);
}
__name(listDrafts, "listDrafts");
async function createDraft(gh, tag, name, m) {
  return (await gh.octokit.request("POST /repos/{owner}/{repo}/releases", {
    owner: gh.owner,
    repo: gh.repo,
    tag_name: tag,
    name: `Model files: ${name} (sha256:${m.digestHex.slice(0, 12)}\u2026)`,
    body: `Files of model \`${name}\`, digest \`sha256:${m.digestHex}\`, stored by the MLOps registry. The registry branch's model card names the version and lists every file's sha256. Do not edit these assets.`,
    draft: true,
    prerelease: true,
    make_latest: "false"
  })).data;
}
__name(createDraft, "createDraft");
function assetLooksRight(a, f) {
  return (a.state === void 0 || a.state === "uploaded") && a.size === f.size && (!a.digest || a.digest === `sha256:${f.sha256}`);
}
__name(assetLooksRight, "assetLooksRight");
async function assetHolds(gh, a, f) {
  if (!assetLooksRight(a, f)) return false;
  if (a.digest) return true;
  const got = await hashAsset(gh, a.id);
  return got.sha256 === f.sha256 && got.size === f.size;
}
__name(assetHolds, "assetHolds");
async function heldAssets(gh, m, names, assets, ids) {
  const out = {};
  for (const [i, f] of m.files.entries()) {
    const a = assets.find((x) => ids ? x.id === ids[f.path]?.id : x.name === names[i]);
    if (!a || !await assetHolds(gh, a, f)) return void 0;
    out[f.path] = { id: a.id, name: a.name };
  }
  return out;
}
__name(heldAssets, "heldAssets");
async function fillDraft(gh, release, m, names, log) {
  const { owner, repo } = gh;
  const existing = await listAssets(gh, release.id);
  const out = {};
  for (const [i, f] of m.files.entries()) {
    const want = names[i];
    const have = existing.find((a) => a.name === want);
    if (have && await assetHolds(gh, have, f)) {
      out[f.path] = have;
      continue;
    }
    if (have) await gh.octokit.request("DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}", { owner, repo, asset_id: have.id });
    out[f.path] = await uploadAsset(gh, release, want, join7(m.root, f.path), f.size, log);
  }
  const listed = await listAssets(gh, release.id);
  for (const f of m.files) {
    const a = listed.find((x) => x.id === out[f.path].id);
    if (!a || !await assetHolds(gh, a, f)) {
      throw new UserError(
        `GitHub stored asset ${out[f.path].name} of the draft release ${release.tag_name} with ${a ? `${a.size} bytes (${a.digest ?? "no digest"})` : "nothing"}, expected ${f.size} bytes (sha256:${f.sha256})`,
        { fix: "Re-run the job (it replaces the broken asset); nothing was registered" }
      );
    }
  }
  return out;
}
__name(fillDraft, "fillDraft");
async function listAssets(gh, releaseId) {
  const out = [];
  for (let page = 1; ; page++) {
    const { data } = await gh.octokit.request("GET /repos/{owner}/{repo}/releases/{release_id}/assets", {
      owner: gh.owner,
      repo: gh.repo,
      release_id: releaseId,
      per_page: 100,
      page
    });
    const list = data;
    out.push(...list);
    if (list.length < 100) return out;
  }
}
__name(listAssets, "listAssets");
async function uploadAsset(gh, release, name, path, size, log) {
  const attempts = 3;
  for (let n = 1; ; n++) {
    try {
      const { data } = await gh.octokit.request(`POST ${release.upload_url}`, {
        name,
        data: Readable.toWeb(createReadStream3(path, { highWaterMark: 1 << 20 })),
        headers: { "content-type": "application/octet-stream", "content-length": size },
        request: { retries: 0 }
      });
      return data;
    } catch (e) {
      const s = status(e);
      if (s === 422 && /already_exists/.test(errorBody(e))) {
        const other = (await listAssets(gh, release.id)).find((a) => a.name === name);
        if (other) return other;
      }
      if (n >= attempts || s !== void 0 && s < 500 && s !== 429) throw e;
      const wait = backoffMs(n, { ...DEFAULT_RETRY, baseMs: 1e3 * (gh.timeScale ?? 1), maxMs: DEFAULT_RETRY.maxMs * (gh.timeScale ?? 1) });
      log?.info(`registry: uploading ${name} failed (${s ?? messageOf(e)}); retrying in ${wait} ms`);
      await sleep(wait);
    }
  }
}
__name(uploadAsset, "uploadAsset");
async function assetStream(gh, assetId) {
  let body;
  try {
    const r = await gh.octokit.request("GET /repos/{owner}/{repo}/releases/assets/{asset_id}", {
      owner: gh.owner,
      repo: gh.repo,
      asset_id: assetId,
      headers: { accept: "application/octet-stream" },
      request: { parseSuccessResponseBody: false }
    });
    body = r.data;
  } catch (e) {
    throw releaseError(`download release asset ${assetId}`, e, gh);
  }
  return body instanceof ReadableStream ? Readable.fromWeb(body) : Readable.from([Buffer.from(body instanceof ArrayBuffer ? new Uint8Array(body) : body)]);
}
__name(assetStream, "assetStream");
async function downloadAsset(gh, assetId, dest) {
  return copyHashed(await assetStream(gh, assetId), dest);
}
__name(downloadAsset, "downloadAsset");
async function hashAsset(gh, assetId) {
  const { stream, result } = hashingStream();
  await pipeline3(await assetStream(gh, assetId), stream, new Writable({ write: /* @__PURE__ */ __name((_chunk, _enc, cb) => cb(), "write") }));
  return result();
}
__name(hashAsset, "hashAsset");

// node_modules/@mlops-actions/registry/src/registry.ts
var ATTACHMENT_FILES = {
  "reference-profile": "reference-profile.json",
  "validation-report": "validation-report.json",
  plots: "plots.json"
};
var RegistryImpl = class {
  static {
    __name(this, "RegistryImpl");
  }
  backend;
  ctx;
  constructor(backend, ctx) {
    this.backend = backend;
    this.ctx = ctx;
  }
  get uri() {
    return this.backend.uri;
  }
  get kind() {
    return this.backend.kind;
  }
  // ----- reading ---------------------------------------------------------------------------------
  async readIndex(s, name) {
    const path = layout.index(name);
    const text = await s.readText(path);
    return text === void 0 ? void 0 : parseIndex(text, this.backend.describe(path), name);
  }
  async readCatalog(s) {
    const text = await s.readText(layout.catalog);
    return text === void 0 ? void 0 : parseCatalog(text, this.backend.describe(layout.catalog));
  }
  /** The committed lines of one segment of a log. */
  async readSegment(s, log, path, segment) {
    const keep = segment < log.segment ? log.perSegment : segment === log.segment ? log.lines : 0;
    if (keep === 0) return [];
    const text = await s.readText(path);
    if (text === void 0) throw corrupted(this.backend.describe(path), "the file is missing though the index counts lines in it");
    return parseLog(text, this.backend.describe(path), keep);
  }
  async readLog(s, log, pathOf) {
    const out = [];
    for (let seg = 1; seg <= log.segment; seg++) out.push(...await this.readSegment(s, log, pathOf(seg), seg));
    return out;
  }
  /** The history line of the `seq`-th registered version (1-based). */
  async historyLine(s, index, seq) {
    if (!Number.isInteger(seq) || seq < 1 || seq > index.count) return void 0;
    const segment = Math.ceil(seq / index.history.perSegment);
    const lines = await this.readSegment(s, index.history, layout.historySegment(index.name, segment), segment);
    return lines[(seq - 1) % index.history.perSegment];
  }
  /**
   * The card of a registered version, or undefined. A card counts only when its history line (found
   * through its sequence number) names it: a card a writer left without committing the index does not.
   */
  async committedCard(s, index, version) {
    if (!index || index.count === 0) return void 0;
    const path = layout.card(index.name, version);
    const text = await s.readText(path);
    if (text === void 0) return void 0;
    const card = parseCard(text, this.backend.describe(path), index.name, version);
    const line = await this.historyLine(s, index, card.sequence);
    return line && line.version === version && line.digest === card.digest ? card : void 0;
  }
  /** The version registered with these files (the last one, if several were), or undefined. */
  async cardByDigest(s, index, digest) {
    if (!index || index.count === 0) return void 0;
    const path = layout.digest(index.name, digest);
    const text = await s.readText(path);
    if (text === void 0) return void 0;
    const marker = parseDigestMarker(text, this.backend.describe(path));
    const line = await this.historyLine(s, index, marker.seq);
    if (!line || line.version !== marker.version || line.digest !== digest) return void 0;
    return this.committedCard(s, index, marker.version);
  }
  async pick(s, index, ref) {
    let version;
    if (ref.version !== void 0) version = ref.version;
    else if (ref.alias !== void 0) version = index.aliases[ref.alias]?.version;
    else version = index.latest;
    if (version === void 0) return void 0;
    const card = await this.committedCard(s, index, version);
    if (!card && ref.version === void 0)
      throw corrupted(this.backend.describe(layout.index(index.name)), `it names version ${version}, which has no registered card`);
    return card;
  }
  async resolve(name, ref = {}) {
    const version = ref.version;
    const s = await this.backend.read();
    await s.prefetch?.([layout.index(name), ...version ? [layout.card(name, version)] : [], layout.historyDir(name)]);
    const index = await this.readIndex(s, name);
    return index ? withDeprecation(await this.pick(s, index, ref), index) : void 0;
  }
  async versions(name, o = {}) {
    const s = await this.backend.read();
    const limit = o.limit !== void 0 && o.limit > 0 ? Math.floor(o.limit) : void 0;
    await s.prefetch?.([layout.index(name), limit ? layout.historyDir(name) : `${layout.historyDir(name)}*`]);
    const index = await this.readIndex(s, name);
    if (!index) return [];
    let lines;
    if (limit === void 0) lines = await this.readLog(s, index.history, (seg) => layout.historySegment(name, seg));
    else {
      lines = [];
      for (let seg = index.history.segment; seg >= 1 && lines.length < limit; seg--) {
        lines.unshift(...await this.readSegment(s, index.history, layout.historySegment(name, seg), seg));
      }
      lines = lines.slice(-limit);
    }
    const bad = lines.find((l) => typeof l.version !== "string" || !isModelVersion(l.version));
    if (bad)
      throw corrupted(
        this.backend.describe(layout.historyDir(name)),
        `a line names ${JSON.stringify(bad.version)}, which is not a version`
      );
    const deprecated = index.deprecated ?? {};
    return lines.map((l) => deprecated[l.version] ? { ...l, deprecated: deprecated[l.version].reason } : l).sort((a, b) => compareVersionsDesc(a.version, b.version));
  }
  async aliases(name) {
    const index = await this.readIndex(await this.backend.read(), name);
    return index ? { ...index.aliases } : {};
  }
  async models() {
    const catalog = await this.readCatalog(await this.backend.read());
    return Object.entries(catalog?.models ?? {}).map(([name, m]) => ({
      name,
      // parseCatalog checked the names
      latest: m.latest,
      versions: m.versions,
      aliases: { ...m.aliases },
      updatedAt: m.updatedAt,
      ...m.deprecated && Object.keys(m.deprecated).length ? { deprecated: Object.keys(m.deprecated).sort(compareVersionsDesc) } : {}
    })).sort((a, b) => a.name.localeCompare(b.name));
  }
  /** The card of a registered version, or a UserError that lists recent versions. */
  async requireCard(s, name, version) {
    const index = await this.readIndex(s, name);
    if (!index)
      throw new UserError(`there is no model '${name}' in the registry ${this.uri}`, { fix: "Check the model name, or register it first" });
    const card = await this.committedCard(s, index, version);
    if (card) return withDeprecation(card, index);
    const recent = (await this.readSegment(s, index.history, layout.historySegment(name, index.history.segment), index.history.segment)).map((e) => e.version).sort(compareVersionsDesc).slice(0, 5);
    throw new UserError(`model '${name}' has no version ${version} in the registry ${this.uri}`, {
      fix: recent.length ? `Registered versions include ${recent.join(", ")} (the most recent ones)` : "Check the version"
    });
  }
  async card(name, version) {
    const s = await this.backend.read();
    await s.prefetch?.([layout.index(name), layout.card(name, version), layout.historyDir(name)]);
    return this.requireCard(s, name, version);
  }
  async download(name, version, destDir) {
    const v = version;
    const s = await this.backend.read();
    await s.prefetch?.([layout.index(name), layout.card(name, v), layout.historyDir(name)]);
    const card = await this.requireCard(s, name, v);
    if (card.store.kind === "registry") await s.prefetch?.(card.files.map((f) => layout.file(name, v, f.path)));
    try {
      await makeFolders(destDir);
    } catch (e) {
      throw new UserError(`cannot create the download folder ${destDir}: ${fsCreateWords(e)}`, {
        fix: "Download into a writable folder (a path under the workspace or RUNNER_TEMP that is not a file)"
      });
    }
    const staging = join8(destDir, `.mlops-download-${randomBytes4(6).toString("hex")}`);
    try {
      for (const f of card.files) {
        const tmp = join8(staging, f.path);
        await makeFolders(dirname5(tmp));
        const got = await this.fetchStored(s, card, f, tmp);
        if (!got || got.sha256 !== f.sha256 || got.size !== f.size) {
          throw new UserError(
            got ? `${f.path} of ${name}@${v} does not match its model card: sha256 ${got.sha256} (${got.size} bytes), the card says ${f.sha256} (${f.size} bytes)` : `${f.path} of ${name}@${v} is missing from its store (${card.store.kind})`,
            {
              fix: "The stored copy was altered or lost: do not deploy it. Restore the store from its history or register the model again under a new version"
            }
          );
        }
      }
      const files = [];
      for (const f of card.files) {
        const dest = join8(destDir, f.path);
        await makeFolders(dirname5(dest));
        await rename4(join8(staging, f.path), dest);
        files.push({ path: f.path, absolute: dest, size: f.size, sha256: f.sha256 });
      }
      return { dir: destDir, files, card };
    } finally {
      await rm6(staging, { recursive: true, force: true });
    }
  }
  async fetchStored(s, card, f, dest) {
    const store = card.store;
    if (store.kind === "registry") {
      const ok = await s.exportFile(layout.file(card.name, card.version, f.path), dest);
      return ok ? sha256File(dest) : void 0;
    }
    if (store.kind === "file") {
      const source = await fileStoreFile(store.uri, card, f.path);
      if (!source) return void 0;
      try {
        return await copyHashed(source, dest);
      } catch (e) {
        if (e.code === "ENOENT") return void 0;
        throw new UserError(`cannot read ${source}: ${fsWords(e)}`, {
          fix: "Check that the file store directory is reachable from this runner"
        });
      }
    }
    const asset = store.assets[f.path];
    if (!asset) return void 0;
    const gh = this.ctx.github;
    if (!gh) {
      throw new UserError(
        `the files of ${card.name}@${card.version} are GitHub Release assets of ${store.owner}/${store.repo}, and no GitHub client is configured`,
        {
          fix: "Run on GitHub (or set GITHUB_REPOSITORY and a token) to download them"
        }
      );
    }
    return downloadAsset({ ...gh, owner: store.owner, repo: store.repo }, asset.id, dest);
  }
  async readAttachment(name, version, attachment) {
    const v = version;
    const s = await this.backend.read();
    await s.prefetch?.([
      layout.index(name),
      layout.card(name, v),
      layout.historyDir(name),
      layout.attachment(name, v, ATTACHMENT_FILES[attachment])
    ]);
    const card = await this.committedCard(s, await this.readIndex(s, name), v);
    const a = card?.attachments?.[attachment];
    if (!a) return void 0;
    const path = layout.attachment(name, v, a.path);
    const data = await s.readBuffer(path);
    if (!data || sha256Bytes(data) !== a.sha256) {
      throw new UserError(
        `the ${attachment} of ${name}@${v} (${this.backend.describe(path)}) ${data ? "does not match its sha256 on the card" : "is missing"}`,
        {
          fix: "The registry was altered: restore the file from its history"
        }
      );
    }
    return data;
  }
  async auditLog(name, alias) {
    const s = await this.backend.read();
    const index = await this.readIndex(s, name);
    if (!index) return [];
    const out = await this.readLog(s, index.audit, (seg) => layout.auditSegment(name, seg));
    return alias === void 0 ? out : out.filter((e) => e.action === "alias" && e.alias === alias);
  }
  async aliasHistory(name, alias) {
    const log = await this.auditLog(name, alias);
    return log.filter((e) => e.action === "alias").map((e) => ({
      // The audit log is the registry's own record, written from checked names and versions.
      model: e.model,
      alias: e.alias,
      from: e.from ?? null,
      to: e.to ?? null,
      at: e.at,
      actor: e.actor,
      runUrl: e.runUrl,
      reason: e.reason,
      moved: true
    }));
  }
  // ----- writing ---------------------------------------------------------------------------------
  now() {
    return (/* @__PURE__ */ new Date()).toISOString();
  }
  who(lineage) {
    const actor = this.ctx.identity?.actor ?? lineage?.actor;
    const runUrl = this.ctx.identity?.runUrl ?? lineage?.runUrl;
    return { ...actor ? { actor } : {}, ...runUrl ? { runUrl } : {} };
  }
  /** Appends lines to a segmented log: rewrites only its last segment (and starts new ones when full). */
  async appendLog(s, log, pathOf, lines, changes) {
    let { segment, lines: count } = log;
    let text = count > 0 ? (await this.readSegment(s, log, pathOf(segment), segment)).map((l) => `${JSON.stringify(l)}
`).join("") : "";
    for (const line of lines) {
      if (count >= log.perSegment) {
        changes.push({ path: pathOf(segment), data: text });
        segment++;
        count = 0;
        text = "";
      }
      text += `${line}
`;
      count++;
    }
    if (lines.length) changes.push({ path: pathOf(segment), data: text });
    return { perSegment: log.perSegment, segment, lines: count };
  }
  /**
   * Adds the log lines, the index, the catalog and the README to a change set, in that order: the
   * index is the commit point of a file: registry.
   */
  async finishChanges(s, index, audit, added, changes, now) {
    const name = index.name;
    if (added) {
      index.history = await this.appendLog(s, index.history, (seg) => layout.historySegment(name, seg), [JSON.stringify(added)], changes);
      index.count++;
      index.latest = highestVersion([...index.latest ? [index.latest] : [], added.version]);
    }
    const total = index.audit.total + audit.length;
    index.audit = {
      ...await this.appendLog(
        s,
        index.audit,
        (seg) => layout.auditSegment(name, seg),
        audit.map((e) => JSON.stringify(e)),
        changes
      ),
      total
    };
    index.updatedAt = now;
    changes.push({ path: layout.index(name), data: toJson(index) });
    const catalog = await this.readCatalog(s) ?? emptyCatalog(now);
    catalog.models[name] = catalogEntry(index, catalog.models[name], added);
    catalog.updatedAt = now;
    changes.push({ path: layout.catalog, data: toJson(catalog) });
    changes.push({ path: layout.readme, data: renderReadme(catalog, { kind: this.backend.kind, branch: this.ctx.branch }) });
  }
  moveAlias(index, alias, to, now, who, reason) {
    const from = index.aliases[alias]?.version ?? null;
    const base = { model: index.name, alias, from, to, at: now, ...who, ...reason ? { reason } : {} };
    if (from === to) return { move: { ...base, moved: false } };
    if (to === null) delete index.aliases[alias];
    else index.aliases[alias] = { version: to, since: now, ...who };
    return {
      move: { ...base, moved: true },
      entry: { at: now, action: "alias", model: index.name, alias, from, to, ...who, ...reason ? { reason } : {} }
    };
  }
  chooseStore(choice, bytes) {
    if (choice.startsWith("file:")) return { kind: "file", dir: fileUriToDir(choice, this.ctx.workspace) };
    if (choice === "registry") return { kind: "registry" };
    if (choice === "release") {
      if (!this.ctx.github) {
        throw new UserError("store: release needs a GitHub repository and token, and none is configured", {
          input: "store",
          fix: "Run on GitHub (GITHUB_REPOSITORY is set there), or use store: registry or store: file:<dir>"
        });
      }
      return { kind: "release" };
    }
    if (choice !== "auto") {
      throw new UserError(`'${choice}' is not a store`, { input: "store", fix: "Use auto, registry, release or file:<dir>" });
    }
    if (this.backend.kind === "file" || bytes <= AUTO_STORE_THRESHOLD) return { kind: "registry" };
    if (this.ctx.github) return { kind: "release" };
    throw new UserError(
      `the model is ${(bytes / 1048576).toFixed(1)} MiB, above the ${AUTO_STORE_THRESHOLD / 1048576} MiB that store: auto keeps on the registry branch, and GitHub Release assets are not available (no GitHub repository or token)`,
      { input: "store", fix: "Set store: registry to keep it on the branch anyway, or store: file:<dir>" }
    );
  }
  async register(o) {
    const name = o.name;
    const explicit = o.version !== void 0 && o.version !== "" ? o.version : void 0;
    const alias = o.alias ? o.alias : void 0;
    const bump = o.bump ?? "minor";
    if (!["major", "minor", "patch"].includes(bump))
      throw new UserError(`'${bump}' is not a bump`, { input: "bump", fix: "Use major, minor or patch" });
    if (o.metrics) checkFiniteValues(o.metrics, { input: "metrics", words: true });
    if (o.params) checkFiniteValues(o.params, { input: "params" });
    const commit = o.lineage?.commit;
    if (commit !== void 0 && !/^(?:[0-9a-f]{40}|[0-9a-f]{64})$/.test(commit)) {
      throw new UserError(`the commit ${JSON.stringify(commit.slice(0, 80))} (GITHUB_SHA) is not a git commit id`, {
        fix: "GITHUB_SHA must be the full 40-hex id of the commit the workflow runs on: do not override it in env:; nothing was registered"
      });
    }
    const gitDirs = await gitFolders(o.files.root, o.files.paths);
    if (gitDirs.length) {
      this.ctx.log?.warning(
        `register-model: left out ${gitDirs.length === 1 ? "the git folder" : `${gitDirs.length} git folders`} ${gitDirs.slice(0, 5).join(", ")}${gitDirs.length > 5 ? ", \u2026" : ""} of the model files (a clone's history is not part of the model, and git cannot store it in the registry)`
      );
    }
    const manifest = await hashPaths({
      root: o.files.root,
      paths: o.files.paths,
      exclude: [...o.files.exclude ?? [], GIT_DIR_PATTERN],
      input: "path"
    });
    if (manifest.files === 0) {
      throw new UserError("matched no file", {
        input: "path",
        fix: "Point it at the model files the training wrote (a file, a directory or globs)"
      });
    }
    const files = manifest.entries.map((e) => ({ path: e.path, size: e.size, sha256: e.digest }));
    for (const f of files) {
      if (!isSafeRelativePath(f.path))
        throw new UserError(`the model file path '${f.path}' cannot be stored`, { input: "path", fix: "Rename the file" });
      const bad = f.path.split("/").find((p) => GIT_LOOKALIKE.test(p));
      if (bad !== void 0) {
        throw new UserError(
          `the model file '${f.path}' cannot be stored in a git registry: '${bad}' is a name git and GitHub treat as '.git'`,
          {
            input: "path",
            fix: "Rename or remove it before registering; nothing was registered"
          }
        );
      }
    }
    const digest = manifest.hash;
    const digestHex = digest.slice("sha256:".length);
    const model = { root: o.files.root, files, digestHex };
    const attachments = [];
    if (o.referenceProfile) attachments.push({ name: "reference-profile", data: await readInput(o.referenceProfile, "reference-profile") });
    if (o.validation) attachments.push({ name: "validation-report", data: await readInput(o.validation.file, "validation-report") });
    if (o.plots !== void 0) attachments.push({ name: "plots", data: Buffer.from(o.plots, "utf8") });
    const reads = [
      layout.index(name),
      layout.catalog,
      layout.auditDir(name),
      layout.historyDir(name),
      layout.digest(name, digest),
      ...explicit ? [layout.card(name, explicit)] : []
    ];
    const initial = await this.backend.read();
    await initial.prefetch?.(reads);
    const index0 = await this.readIndex(initial, name);
    const existing0 = explicit ? await this.committedCard(initial, index0, explicit) : await this.cardByDigest(initial, index0, digest);
    const store = this.chooseStore(o.store ?? "auto", manifest.bytes);
    let stored;
    if (!existing0 && store.kind === "file") stored = await putFileStore(store.dir, name, model, this.ctx.log);
    if (!existing0 && store.kind === "release") stored = await putReleaseStore(this.ctx.github, name, model, this.ctx.log);
    const lineage = o.lineage ?? {};
    const who = this.who(lineage);
    let outcome;
    try {
      outcome = await this.backend.update(async (s) => {
        const now = this.now();
        await s.prefetch?.(reads);
        const found = await this.readIndex(s, name);
        const index = found ?? emptyIndex(name, now, { history: this.ctx.segmentLines, audit: this.ctx.segmentLines });
        const entry2 = explicit ? await this.committedCard(s, found, explicit) : await this.cardByDigest(s, found, digest);
        if (explicit && entry2 && entry2.digest !== digest) {
          throw new UserError(
            `${name}@${explicit} is already registered with different files (digest ${entry2.digest}, these files are ${digest})`,
            {
              input: "version",
              fix: "Versions are immutable: register these files under a new version, or leave version empty to bump"
            }
          );
        }
        const changes = [];
        const audit = [];
        let card;
        let added;
        if (entry2) {
          card = withDeprecation(entry2, index);
        } else {
          const version = explicit ?? nextVersion(index.latest ? [index.latest] : [], bump);
          const sequence = index.count + 1;
          let location = stored?.location;
          if (store.kind === "registry") {
            location = { kind: "registry" };
            for (const f of files)
              changes.push({ path: layout.file(name, version, f.path), source: join8(model.root, f.path), sha256: f.sha256, size: f.size });
          }
          const att = {};
          for (const a of attachments) {
            const file = ATTACHMENT_FILES[a.name];
            att[a.name] = { path: file, size: a.data.length, sha256: sha256Bytes(a.data) };
            changes.push({ path: layout.attachment(name, version, file), data: a.data });
          }
          card = {
            schema: CARD_SCHEMA,
            name,
            version,
            createdAt: now,
            ...o.description ? { description: o.description } : {},
            digest,
            bytes: manifest.bytes,
            files,
            store: location,
            lineage: stripUndefined(lineage),
            ...o.data ? { data: stripUndefined(o.data) } : {},
            ...o.params ? { params: o.params } : {},
            ...o.metrics ? { metrics: o.metrics } : {},
            ...o.validation ? { validation: o.validation.summary } : {},
            ...o.fingerprint ? { fingerprint: o.fingerprint } : {},
            ...o.training ? { training: o.training } : {},
            ...attachments.length ? { attachments: att } : {},
            uri: `${this.uri}#${name}@${version}`,
            sequence
          };
          changes.push({ path: layout.card(name, version), data: toJson(card) });
          changes.push({ path: layout.digest(name, digest), data: toJson({ version, seq: sequence }) });
          added = stripUndefined({
            version,
            digest,
            createdAt: now,
            bytes: manifest.bytes,
            files: files.length,
            store: card.store.kind,
            metrics: flattenMetrics(o.metrics, INDEX_METRICS_LIMIT),
            validation: o.validation ? o.validation.summary.passed ? "passed" : "failed" : null,
            commit: lineage.commit,
            runUrl: lineage.runUrl,
            dataHash: o.data?.hash
          });
          audit.push({ at: now, action: "register", model: name, version, ...who });
        }
        let move;
        if (alias) {
          const m = this.moveAlias(index, alias, card.version, now, who, entry2 ? "re-registration of the same files" : "registered");
          move = m.move;
          if (m.entry) audit.push(m.entry);
        }
        const result = { card, created: !entry2, ...move ? { alias: move } : {} };
        const tag = o.tag ? { name: versionTag(name, card.version), target: lineage.commit, message: `Model ${name} version ${card.version} (${digest})` } : void 0;
        if (!changes.length && !audit.length) return { result, changeSet: tag ? { changes: [], message: "", tag } : void 0 };
        await this.finishChanges(s, index, audit, added, changes, now);
        const subject = entry2 ? `alias ${name} ${alias} \u2192 ${card.version}` : `register ${name}@${card.version}${alias ? ` as ${alias}` : ""}`;
        const changeSet = { changes, message: commitMessage(subject, digest, who), tag };
        return { result, changeSet };
      }, initial);
    } catch (e) {
      if (stored?.created) await this.removeUnreferenced(stored, name, digest);
      throw e;
    }
    if (o.tag && this.backend.kind === "git" && outcome.tag) outcome.result.tag = outcome.tag;
    return outcome.result;
  }
  /**
   * Removes a stored copy this run made for a registration that failed, unless a version with the
   * same files exists meanwhile: the copy is content-addressed, so another writer may be using it.
   */
  async removeUnreferenced(stored, name, digest) {
    try {
      const s = await this.backend.read();
      if (await this.cardByDigest(s, await this.readIndex(s, name), digest)) return;
      await stored.remove();
    } catch {
    }
  }
  async setAlias(name, alias, version, o = {}) {
    const to = version;
    const expected = o.expectedFrom;
    const who = this.who();
    const outcome = await this.backend.update(async (s) => {
      const now = this.now();
      await s.prefetch?.([layout.index(name), layout.catalog, layout.auditDir(name), ...to ? [layout.card(name, to)] : []]);
      const index = await this.readIndex(s, name);
      if (!index)
        throw new UserError(`there is no model '${name}' in the registry ${this.uri}`, {
          fix: "Check the model name, or register it first"
        });
      const target = to === null ? void 0 : await this.committedCard(s, index, to);
      if (to !== null && !target) {
        throw new UserError(`model '${name}' has no version ${to}, so alias '${alias}' cannot point at it`, {
          fix: "Register the version first, or check the version"
        });
      }
      const current = index.aliases[alias]?.version ?? null;
      if (expected !== void 0 && current !== expected) {
        throw new UserError(
          `alias '${alias}' of '${name}' moved meanwhile: it points at ${current ?? "nothing"}, expected ${expected ?? "nothing"}; it was left unchanged`,
          {
            fix: "Another run changed it (e.g. a concurrent deployment); re-run to act on the current state, and use a workflow concurrency group per environment"
          }
        );
      }
      const { move, entry: entry2 } = this.moveAlias(index, alias, to, now, who, o.reason);
      if (!entry2) return { result: move };
      const changes = [];
      await this.finishChanges(s, index, [entry2], void 0, changes, now);
      const gto = o.gtoTag ? {
        name: `${name}#${alias}${to === null ? "!" : ""}`,
        counterOf: name,
        target: (target ?? (move.from ? await this.committedCard(s, index, move.from) : void 0))?.lineage.commit,
        message: to === null ? `Unassign stage ${alias} from ${name} ${move.from ?? ""}`.trim() : `Assign stage ${alias} to ${name} v${to}`
      } : void 0;
      return {
        result: move,
        changeSet: {
          changes,
          message: commitMessage(`alias ${name} ${alias}: ${move.from ?? "(none)"} \u2192 ${to ?? "(none)"}`, void 0, who),
          tag: gto
        }
      };
    });
    const result = outcome.result;
    if (o.gtoTag && this.backend.kind === "git" && outcome.tag) result.tag = outcome.tag;
    return result;
  }
  async deprecations(name) {
    const index = await this.readIndex(await this.backend.read(), name);
    return { ...index?.deprecated ?? {} };
  }
  async deprecate(name, version, o) {
    const v = version;
    const restore = o.restore === true;
    const reason = (o.reason ?? "").trim();
    if (!restore && reason === "") {
      throw new UserError(`deprecating ${name}@${v} needs a reason`, {
        input: "reason",
        fix: 'Say why the version must not be used (e.g. "trained on leaked labels"); it is shown to whoever tries to deploy or fetch it'
      });
    }
    if (reason.length > 500)
      throw new UserError(`the reason is ${reason.length} characters long`, {
        input: "reason",
        fix: "Keep it under 500 characters; link to an issue for details"
      });
    const who = this.who();
    const outcome = await this.backend.update(async (s) => {
      const now = this.now();
      await s.prefetch?.([layout.index(name), layout.catalog, layout.auditDir(name), layout.card(name, v), layout.historyDir(name)]);
      const index = await this.readIndex(s, name);
      if (!index) throw new UserError(`there is no model '${name}' in the registry ${this.uri}`, { fix: "Check the model name" });
      const card = await this.committedCard(s, index, v);
      if (!card) await this.requireCard(s, name, v);
      const current = index.deprecated?.[v];
      const aliases = Object.entries(index.aliases).filter(([, a]) => a.version === v).map(([a]) => a).sort();
      if (restore ? !current : current !== void 0) {
        return { result: { model: name, version: v, deprecated: current, changed: false, aliases } };
      }
      const changes = [];
      let deprecation;
      const deprecated = { ...index.deprecated ?? {} };
      if (restore) delete deprecated[v];
      else {
        deprecation = { reason, at: now, ...who };
        deprecated[v] = deprecation;
      }
      if (Object.keys(deprecated).length) index.deprecated = deprecated;
      else delete index.deprecated;
      const shown2 = { ...card };
      if (deprecation) shown2.deprecated = deprecation;
      else delete shown2.deprecated;
      changes.push({ path: layout.card(name, v), data: toJson(shown2) });
      const entry2 = {
        at: now,
        action: restore ? "restore" : "deprecate",
        model: name,
        version: v,
        ...who,
        ...reason ? { reason } : {}
      };
      await this.finishChanges(s, index, [entry2], void 0, changes, now);
      const subject = restore ? `restore ${name}@${v}` : `deprecate ${name}@${v}`;
      const gto = o.gtoTag && !restore ? {
        name: `${versionTag(name, v)}!`,
        counterOf: name,
        target: card.lineage.commit,
        message: `Deregister ${name} v${v}: ${reason}`
      } : void 0;
      return {
        result: { model: name, version: v, deprecated: deprecation, changed: true, aliases },
        changeSet: {
          changes,
          message: commitMessage(`${subject}${reason ? `: ${reason.split("\n")[0].slice(0, 120)}` : ""}`, card.digest, who),
          tag: gto
        }
      };
    });
    const result = outcome.result;
    if (o.gtoTag && this.backend.kind === "git" && outcome.tag) result.tag = outcome.tag;
    return result;
  }
  close() {
    return this.backend.close();
  }
};
function withDeprecation(card, index) {
  if (!card) return card;
  const d = index.deprecated?.[card.version];
  if (d) return { ...card, deprecated: d };
  if (card.deprecated === void 0) return card;
  const { deprecated: _stale, ...rest } = card;
  return rest;
}
__name(withDeprecation, "withDeprecation");
var GIT_DIR_PATTERN = ".[gG][iI][tT]";
var GIT_LOOKALIKE = /^(?:\.git[. ]+|\.git[. ]*:.*|git~\d+)$/i;
async function gitFolders(root, paths) {
  const found = [];
  let budget = 1e5;
  const walk = /* @__PURE__ */ __name(async (abs, rel) => {
    if (budget-- <= 0 || found.length >= 20) return;
    let entries;
    try {
      entries = await readdir3(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (/^\.git$/i.test(e.name)) found.push(r);
      else if (e.isDirectory()) await walk(join8(abs, e.name), r);
    }
  }, "walk");
  for (const p of paths) {
    if (p.startsWith("!") || /[*?[\]{}]/.test(p)) continue;
    const abs = resolvePath(root, p);
    const st = await stat4(abs).catch(() => void 0);
    const rel = p === "." ? "" : p.replace(/^\.\//, "").replace(/\/+$/, "");
    if (/^\.git$/i.test(rel.split("/").pop() ?? "")) found.push(rel);
    else if (st?.isDirectory()) await walk(abs, rel);
  }
  return found;
}
__name(gitFolders, "gitFolders");
async function readInput(path, input) {
  try {
    return await readFile4(path);
  } catch (e) {
    throw new UserError(`cannot read ${path}: ${fsWords(e)}`, { input, fix: "Check the path; it is relative to the workspace" });
  }
}
__name(readInput, "readInput");
function commitMessage(subject, digest, who) {
  const trailers = [
    digest ? `Model-Digest: ${digest}` : "",
    who.actor ? `Registered-By: ${who.actor}` : "",
    who.runUrl ? `Run: ${who.runUrl}` : ""
  ].filter(Boolean);
  return `${subject}
${trailers.length ? `
${trailers.join("\n")}
` : ""}`;
}
__name(commitMessage, "commitMessage");
function stripUndefined(o) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== void 0));
}
__name(stripUndefined, "stripUndefined");

// node_modules/@mlops-actions/registry/src/open.ts
var DEFAULT_BRANCH = "mlops-registry";
var BRANCH = /^(?![/-]|.*\/\/|.*\.\.|.*@\{|.*\.lock$|.*\/\.|.*[/.]$)[A-Za-z0-9._/-]{1,200}$/;
function refuseCredentials(uri) {
  const rest = uri.slice(4).trim();
  const m = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)@/i.exec(rest);
  if (!m) return;
  const scheme = m[1].toLowerCase();
  const userinfo = m[2];
  if (/^https?$/.test(scheme) || userinfo.includes(":")) {
    throw new UserError(
      `the registry URL ${redactUrls(uri)} carries credentials (user or token before '@'); they would be written into every model card and output`,
      {
        input: "registry",
        fix: "Remove them from the URL (git:https://host/owner/repo.git) and pass the token as the github-token input, which is sent as an HTTP header and never stored"
      }
    );
  }
}
__name(refuseCredentials, "refuseCredentials");
function openRegistry(o) {
  const uri = o.uri.trim();
  const branch = o.branch?.trim() || DEFAULT_BRANCH;
  if (!BRANCH.test(branch)) {
    throw new UserError(`'${branch}' is not a usable branch name`, {
      input: "registry-branch",
      fix: `Use a plain branch name such as ${DEFAULT_BRANCH}`
    });
  }
  const retry2 = { ...DEFAULT_RETRY, ...o.retry };
  const tempDir = o.tempDir ?? tmpdir2();
  const timeScale = o.timeScale ?? 1;
  const github = o.github && o.timeScale !== void 0 ? { ...o.github, timeScale } : o.github;
  const ctx = { workspace: o.workspace, tempDir, branch, github, identity: o.identity, log: o.log, segmentLines: o.segmentLines };
  if (uri.startsWith("file:")) {
    const root = fileUriToDir(uri, o.workspace);
    return new RegistryImpl(new FileBackend({ root, uri, log: o.log, retry: retry2 }), { ...ctx, branch: void 0 });
  }
  if (uri.startsWith("git:")) {
    refuseCredentials(uri);
    const backend = new GitBackend({
      remote: uri.slice(4).trim(),
      workspace: o.workspace,
      uri,
      branch,
      tempDir,
      token: o.token,
      identity: o.identity,
      serverUrl: o.serverUrl,
      log: o.log,
      retry: timeScale === 1 ? retry2 : { ...retry2, baseMs: retry2.baseMs * timeScale, maxMs: retry2.maxMs * timeScale }
    });
    return new RegistryImpl(backend, ctx);
  }
  throw new UserError(`'${redactUrls(uri)}' is not a registry URI`, {
    input: "registry",
    fix: "Write git:origin (a branch of this repository), git:<url or path>, or file:<dir>"
  });
}
__name(openRegistry, "openRegistry");

// node_modules/@mlops-actions/registry/src/reference-profile.ts
async function referenceProfileOf(registry, model, alias) {
  const card = await registry.resolve(model, { alias });
  if (!card) {
    throw new UserError(`model '${model}' has no version with the alias '${alias}' in ${registry.uri}`, {
      input: "alias",
      fix: "Register the model and set the alias (register-model, deploy), or compare with reference files"
    });
  }
  const data = await registry.readAttachment(model, card.version, "reference-profile");
  if (!data) {
    throw new UserError(`${model}@${card.version} (alias '${alias}') has no reference profile`, {
      input: "reference",
      fix: "Write one with drift-report 'mode: profile' on the training data and pass it to register-model's reference-profile input"
    });
  }
  return { data, model, version: card.version, label: `registry:${model}@${card.version}` };
}
__name(referenceProfileOf, "referenceProfileOf");
async function readReferenceProfile(open, model, alias) {
  const registry = openRegistry(open);
  try {
    return await referenceProfileOf(registry, model, alias);
  } finally {
    await registry.close();
  }
}
__name(readReferenceProfile, "readReferenceProfile");

// actions/drift-report/src/main.ts
function readInputs(inputs, ctx) {
  const current = inputs.list("current", { required: true });
  const mode = inputs.choice("mode", ["compare", "profile"], "compare");
  const reference = inputs.list("reference");
  const registry = readRegistryInputs(inputs, ctx);
  return {
    mode,
    reference,
    current,
    format: inputs.choice("format", ["auto", "csv", "jsonl", "parquet"], "auto"),
    selection: {
      columns: inputs.list("columns", { commas: true }),
      exclude: inputs.list("exclude-columns", { commas: true }),
      categorical: inputs.list("categorical", { commas: true }),
      numerical: inputs.list("numerical", { commas: true })
    },
    tests: mappingInput(inputs, "tests"),
    thresholds: mappingInput(inputs, "thresholds"),
    driftShare: inputs.number("drift-share", 0.5, { min: 0, max: 1 }),
    criticalColumns: inputs.list("critical-columns", { commas: true }),
    correction: inputs.choice("correction", ["none", "bonferroni", "bh"], "none"),
    schemaChanges: inputs.choice("schema-changes", ["drift", "report"], "drift"),
    model: inputs.optional("model"),
    alias: inputs.string("alias", "production"),
    reportDir: inputs.file("report-dir", { root: ctx.workspace })?.path ?? join9(ctx.runnerTemp, "drift-report"),
    parallel: inputs.choice("parallel", ["auto", "true", "false"], "auto"),
    uploadArtifact: inputs.boolean("upload-artifact", true),
    failOnDrift: inputs.boolean("fail-on-drift", false),
    issue: inputs.boolean("issue", false),
    hasToken: registry.token !== void 0,
    registry
  };
}
__name(readInputs, "readInputs");
async function main() {
  const ctx = readRunnerContext();
  const i = readInputs(new Inputs(), ctx);
  await runDriftReport(parseDriftOptions(i), {
    runner: { workspace: ctx.workspace, serverUrl: ctx.serverUrl, runUrl: ctx.runUrl },
    log: log_exports,
    outputs: setOutputs,
    summary: /* @__PURE__ */ __name((markdown) => new JobSummary().add(markdown).write(), "summary"),
    uploadArtifact: /* @__PURE__ */ __name((dir, name) => uploadArtifact(dir, name), "uploadArtifact"),
    // The model and alias inputs enter the registry here: checked once, naming the inputs.
    registryReference: /* @__PURE__ */ __name((model, alias) => readReferenceProfile(
      { uri: i.registry.uri, branch: i.registry.branch, token: i.registry.token, log: log_exports, ...registryContext(ctx) },
      parseModelName(model, { input: "model" }),
      parseAlias(alias, { input: "alias" })
    ), "registryReference"),
    issueTarget: /* @__PURE__ */ __name(() => ({
      octokit: createGitHubClient({ token: i.registry.token, apiUrl: ctx.apiUrl, log: log_exports, timeScale: ctx.timeScale }),
      ...requireRepository(ctx)
    }), "issueTarget"),
    // Reader threads start from this bundle, whose top level serves them (below).
    workerEntry: new URL(import.meta.url)
  });
}
__name(main, "main");
if (isDriftWorker()) await serveDriftWorker();
function run2() {
  return isDriftWorker() ? Promise.resolve() : run(main);
}
__name(run2, "run");

// actions/drift-report/src/index.ts
await run2();
