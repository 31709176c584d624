import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  code,
  compareVersionsDesc,
  details,
  escapeText,
  formatBytes,
  hashPaths,
  hashingStream,
  highestVersion,
  isAlias,
  isModelName,
  isModelVersion,
  link,
  makeFolders,
  nextVersion,
  parseAlias,
  parseModelName,
  parseModelVersion,
  readManifest,
  resolveInside,
  sha256Bytes,
  sha256File,
  sha256Stream,
  table,
  versionTag,
  writeJsonAtomic
} from "./chunk-Z36CZIMZ.js";
import {
  UserError,
  messageOf,
  readStructuredFile
} from "./chunk-L2EF6UH4.js";
import {
  __commonJS,
  __name,
  __require,
  __toESM
} from "./chunk-C6ICYTQL.js";

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants = __require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform = process.env.GRACEFUL_FS_PLATFORM || process.platform;
    process.cwd = function() {
      if (!cwd)
        cwd = origCwd.call(process);
      return cwd;
    };
    try {
      process.cwd();
    } catch (er) {
    }
    if (typeof process.chdir === "function") {
      chdir = process.chdir;
      process.chdir = function(d) {
        cwd = null;
        chdir.call(process, d);
      };
      if (Object.setPrototypeOf) Object.setPrototypeOf(process.chdir, chdir);
    }
    var chdir;
    module.exports = patch;
    function patch(fs2) {
      if (constants.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs2);
      }
      if (!fs2.lutimes) {
        patchLutimes(fs2);
      }
      fs2.chown = chownFix(fs2.chown);
      fs2.fchown = chownFix(fs2.fchown);
      fs2.lchown = chownFix(fs2.lchown);
      fs2.chmod = chmodFix(fs2.chmod);
      fs2.fchmod = chmodFix(fs2.fchmod);
      fs2.lchmod = chmodFix(fs2.lchmod);
      fs2.chownSync = chownFixSync(fs2.chownSync);
      fs2.fchownSync = chownFixSync(fs2.fchownSync);
      fs2.lchownSync = chownFixSync(fs2.lchownSync);
      fs2.chmodSync = chmodFixSync(fs2.chmodSync);
      fs2.fchmodSync = chmodFixSync(fs2.fchmodSync);
      fs2.lchmodSync = chmodFixSync(fs2.lchmodSync);
      fs2.stat = statFix(fs2.stat);
      fs2.fstat = statFix(fs2.fstat);
      fs2.lstat = statFix(fs2.lstat);
      fs2.statSync = statFixSync(fs2.statSync);
      fs2.fstatSync = statFixSync(fs2.fstatSync);
      fs2.lstatSync = statFixSync(fs2.lstatSync);
      if (fs2.chmod && !fs2.lchmod) {
        fs2.lchmod = function(path, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs2.lchmodSync = function() {
        };
      }
      if (fs2.chown && !fs2.lchown) {
        fs2.lchown = function(path, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs2.lchownSync = function() {
        };
      }
      if (platform === "win32") {
        fs2.rename = typeof fs2.rename !== "function" ? fs2.rename : (function(fs$rename) {
          function rename5(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, /* @__PURE__ */ __name(function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs2.stat(to, function(stater, st) {
                    if (stater && stater.code === "ENOENT")
                      fs$rename(from, to, CB);
                    else
                      cb(er);
                  });
                }, backoff);
                if (backoff < 100)
                  backoff += 10;
                return;
              }
              if (cb) cb(er);
            }, "CB"));
          }
          __name(rename5, "rename");
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename5, fs$rename);
          return rename5;
        })(fs2.rename);
      }
      fs2.read = typeof fs2.read !== "function" ? fs2.read : (function(fs$read) {
        function read(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = /* @__PURE__ */ __name(function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs2, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            }, "callback");
          }
          return fs$read.call(fs2, fd, buffer, offset, length, position, callback);
        }
        __name(read, "read");
        if (Object.setPrototypeOf) Object.setPrototypeOf(read, fs$read);
        return read;
      })(fs2.read);
      fs2.readSync = typeof fs2.readSync !== "function" ? fs2.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs2, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs2.readSync);
      function patchLchmod(fs3) {
        fs3.lchmod = function(path, mode, callback) {
          fs3.open(
            path,
            constants.O_WRONLY | constants.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs3.fchmod(fd, mode, function(err2) {
                fs3.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs3.lchmodSync = function(path, mode) {
          var fd = fs3.openSync(path, constants.O_WRONLY | constants.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs3.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs3.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs3.closeSync(fd);
            }
          }
          return ret;
        };
      }
      __name(patchLchmod, "patchLchmod");
      function patchLutimes(fs3) {
        if (constants.hasOwnProperty("O_SYMLINK") && fs3.futimes) {
          fs3.lutimes = function(path, at, mt, cb) {
            fs3.open(path, constants.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs3.futimes(fd, at, mt, function(er2) {
                fs3.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs3.lutimesSync = function(path, at, mt) {
            var fd = fs3.openSync(path, constants.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs3.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs3.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs3.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs3.futimes) {
          fs3.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs3.lutimesSync = function() {
          };
        }
      }
      __name(patchLutimes, "patchLutimes");
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs2, target, mode, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      __name(chmodFix, "chmodFix");
      function chmodFixSync(orig) {
        if (!orig) return orig;
        return function(target, mode) {
          try {
            return orig.call(fs2, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      __name(chmodFixSync, "chmodFixSync");
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs2, target, uid, gid, function(er) {
            if (chownErOk(er)) er = null;
            if (cb) cb.apply(this, arguments);
          });
        };
      }
      __name(chownFix, "chownFix");
      function chownFixSync(orig) {
        if (!orig) return orig;
        return function(target, uid, gid) {
          try {
            return orig.call(fs2, target, uid, gid);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      __name(chownFixSync, "chownFixSync");
      function statFix(orig) {
        if (!orig) return orig;
        return function(target, options, cb) {
          if (typeof options === "function") {
            cb = options;
            options = null;
          }
          function callback(er, stats) {
            if (stats) {
              if (stats.uid < 0) stats.uid += 4294967296;
              if (stats.gid < 0) stats.gid += 4294967296;
            }
            if (cb) cb.apply(this, arguments);
          }
          __name(callback, "callback");
          return options ? orig.call(fs2, target, options, callback) : orig.call(fs2, target, callback);
        };
      }
      __name(statFix, "statFix");
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs2, target, options) : orig.call(fs2, target);
          if (stats) {
            if (stats.uid < 0) stats.uid += 4294967296;
            if (stats.gid < 0) stats.gid += 4294967296;
          }
          return stats;
        };
      }
      __name(statFixSync, "statFixSync");
      function chownErOk(er) {
        if (!er)
          return true;
        if (er.code === "ENOSYS")
          return true;
        var nonroot = !process.getuid || process.getuid() !== 0;
        if (nonroot) {
          if (er.code === "EINVAL" || er.code === "EPERM")
            return true;
        }
        return false;
      }
      __name(chownErOk, "chownErOk");
    }
    __name(patch, "patch");
  }
});

// node_modules/graceful-fs/legacy-streams.js
var require_legacy_streams = __commonJS({
  "node_modules/graceful-fs/legacy-streams.js"(exports, module) {
    var Stream = __require("stream").Stream;
    module.exports = legacy;
    function legacy(fs2) {
      return {
        ReadStream,
        WriteStream
      };
      function ReadStream(path, options) {
        if (!(this instanceof ReadStream)) return new ReadStream(path, options);
        Stream.call(this);
        var self = this;
        this.path = path;
        this.fd = null;
        this.readable = true;
        this.paused = false;
        this.flags = "r";
        this.mode = 438;
        this.bufferSize = 64 * 1024;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.encoding) this.setEncoding(this.encoding);
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.end === void 0) {
            this.end = Infinity;
          } else if ("number" !== typeof this.end) {
            throw TypeError("end must be a Number");
          }
          if (this.start > this.end) {
            throw new Error("start must be <= end");
          }
          this.pos = this.start;
        }
        if (this.fd !== null) {
          process.nextTick(function() {
            self._read();
          });
          return;
        }
        fs2.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self.emit("error", err);
            self.readable = false;
            return;
          }
          self.fd = fd;
          self.emit("open", fd);
          self._read();
        });
      }
      __name(ReadStream, "ReadStream");
      function WriteStream(path, options) {
        if (!(this instanceof WriteStream)) return new WriteStream(path, options);
        Stream.call(this);
        this.path = path;
        this.fd = null;
        this.writable = true;
        this.flags = "w";
        this.encoding = "binary";
        this.mode = 438;
        this.bytesWritten = 0;
        options = options || {};
        var keys = Object.keys(options);
        for (var index = 0, length = keys.length; index < length; index++) {
          var key = keys[index];
          this[key] = options[key];
        }
        if (this.start !== void 0) {
          if ("number" !== typeof this.start) {
            throw TypeError("start must be a Number");
          }
          if (this.start < 0) {
            throw new Error("start must be >= zero");
          }
          this.pos = this.start;
        }
        this.busy = false;
        this._queue = [];
        if (this.fd === null) {
          this._open = fs2.open;
          this._queue.push([this._open, this.path, this.flags, this.mode, void 0]);
          this.flush();
        }
      }
      __name(WriteStream, "WriteStream");
    }
    __name(legacy, "legacy");
  }
});

// node_modules/graceful-fs/clone.js
var require_clone = __commonJS({
  "node_modules/graceful-fs/clone.js"(exports, module) {
    "use strict";
    module.exports = clone;
    var getPrototypeOf = Object.getPrototypeOf || function(obj) {
      return obj.__proto__;
    };
    function clone(obj) {
      if (obj === null || typeof obj !== "object")
        return obj;
      if (obj instanceof Object)
        var copy = { __proto__: getPrototypeOf(obj) };
      else
        var copy = /* @__PURE__ */ Object.create(null);
      Object.getOwnPropertyNames(obj).forEach(function(key) {
        Object.defineProperty(copy, key, Object.getOwnPropertyDescriptor(obj, key));
      });
      return copy;
    }
    __name(clone, "clone");
  }
});

// node_modules/graceful-fs/graceful-fs.js
var require_graceful_fs = __commonJS({
  "node_modules/graceful-fs/graceful-fs.js"(exports, module) {
    var fs2 = __require("fs");
    var polyfills = require_polyfills();
    var legacy = require_legacy_streams();
    var clone = require_clone();
    var util = __require("util");
    var gracefulQueue;
    var previousSymbol;
    if (typeof Symbol === "function" && typeof Symbol.for === "function") {
      gracefulQueue = /* @__PURE__ */ Symbol.for("graceful-fs.queue");
      previousSymbol = /* @__PURE__ */ Symbol.for("graceful-fs.previous");
    } else {
      gracefulQueue = "___graceful-fs.queue";
      previousSymbol = "___graceful-fs.previous";
    }
    function noop() {
    }
    __name(noop, "noop");
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: /* @__PURE__ */ __name(function() {
          return queue2;
        }, "get")
      });
    }
    __name(publishQueue, "publishQueue");
    var debug = noop;
    if (util.debuglog)
      debug = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug = /* @__PURE__ */ __name(function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      }, "debug");
    if (!fs2[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs2, queue);
      fs2.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs2, fd, function(err) {
            if (!err) {
              resetQueue();
            }
            if (typeof cb === "function")
              cb.apply(this, arguments);
          });
        }
        __name(close, "close");
        Object.defineProperty(close, previousSymbol, {
          value: fs$close
        });
        return close;
      })(fs2.close);
      fs2.closeSync = (function(fs$closeSync) {
        function closeSync(fd) {
          fs$closeSync.apply(fs2, arguments);
          resetQueue();
        }
        __name(closeSync, "closeSync");
        Object.defineProperty(closeSync, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync;
      })(fs2.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug(fs2[gracefulQueue]);
          __require("assert").equal(fs2[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs2[gracefulQueue]);
    }
    module.exports = patch(clone(fs2));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs2.__patched) {
      module.exports = patch(fs2);
      fs2.__patched = true;
    }
    function patch(fs3) {
      polyfills(fs3);
      fs3.gracefulify = patch;
      fs3.createReadStream = createReadStream3;
      fs3.createWriteStream = createWriteStream3;
      var fs$readFile = fs3.readFile;
      fs3.readFile = readFile5;
      function readFile5(path, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$readFile(path, options, cb);
        function go$readFile(path2, options2, cb2, startTime) {
          return fs$readFile(path2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$readFile, [path2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
        __name(go$readFile, "go$readFile");
      }
      __name(readFile5, "readFile");
      var fs$writeFile = fs3.writeFile;
      fs3.writeFile = writeFile4;
      function writeFile4(path, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$writeFile(path, data, options, cb);
        function go$writeFile(path2, data2, options2, cb2, startTime) {
          return fs$writeFile(path2, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$writeFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
        __name(go$writeFile, "go$writeFile");
      }
      __name(writeFile4, "writeFile");
      var fs$appendFile = fs3.appendFile;
      if (fs$appendFile)
        fs3.appendFile = appendFile;
      function appendFile(path, data, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        return go$appendFile(path, data, options, cb);
        function go$appendFile(path2, data2, options2, cb2, startTime) {
          return fs$appendFile(path2, data2, options2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$appendFile, [path2, data2, options2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
        __name(go$appendFile, "go$appendFile");
      }
      __name(appendFile, "appendFile");
      var fs$copyFile = fs3.copyFile;
      if (fs$copyFile)
        fs3.copyFile = copyFile2;
      function copyFile2(src, dest, flags, cb) {
        if (typeof flags === "function") {
          cb = flags;
          flags = 0;
        }
        return go$copyFile(src, dest, flags, cb);
        function go$copyFile(src2, dest2, flags2, cb2, startTime) {
          return fs$copyFile(src2, dest2, flags2, function(err) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$copyFile, [src2, dest2, flags2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
        __name(go$copyFile, "go$copyFile");
      }
      __name(copyFile2, "copyFile");
      var fs$readdir = fs3.readdir;
      fs3.readdir = readdir4;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir4(path, options, cb) {
        if (typeof options === "function")
          cb = options, options = null;
        var go$readdir = noReaddirOptionVersions.test(process.version) ? /* @__PURE__ */ __name(function go$readdir2(path2, options2, cb2, startTime) {
          return fs$readdir(path2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        }, "go$readdir") : /* @__PURE__ */ __name(function go$readdir2(path2, options2, cb2, startTime) {
          return fs$readdir(path2, options2, fs$readdirCallback(
            path2,
            options2,
            cb2,
            startTime
          ));
        }, "go$readdir");
        return go$readdir(path, options, cb);
        function fs$readdirCallback(path2, options2, cb2, startTime) {
          return function(err, files) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([
                go$readdir,
                [path2, options2, cb2],
                err,
                startTime || Date.now(),
                Date.now()
              ]);
            else {
              if (files && files.sort)
                files.sort();
              if (typeof cb2 === "function")
                cb2.call(this, err, files);
            }
          };
        }
        __name(fs$readdirCallback, "fs$readdirCallback");
      }
      __name(readdir4, "readdir");
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs3);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs3.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs3.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs3, "ReadStream", {
        get: /* @__PURE__ */ __name(function() {
          return ReadStream;
        }, "get"),
        set: /* @__PURE__ */ __name(function(val) {
          ReadStream = val;
        }, "set"),
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs3, "WriteStream", {
        get: /* @__PURE__ */ __name(function() {
          return WriteStream;
        }, "get"),
        set: /* @__PURE__ */ __name(function(val) {
          WriteStream = val;
        }, "set"),
        enumerable: true,
        configurable: true
      });
      var FileReadStream = ReadStream;
      Object.defineProperty(fs3, "FileReadStream", {
        get: /* @__PURE__ */ __name(function() {
          return FileReadStream;
        }, "get"),
        set: /* @__PURE__ */ __name(function(val) {
          FileReadStream = val;
        }, "set"),
        enumerable: true,
        configurable: true
      });
      var FileWriteStream = WriteStream;
      Object.defineProperty(fs3, "FileWriteStream", {
        get: /* @__PURE__ */ __name(function() {
          return FileWriteStream;
        }, "get"),
        set: /* @__PURE__ */ __name(function(val) {
          FileWriteStream = val;
        }, "set"),
        enumerable: true,
        configurable: true
      });
      function ReadStream(path, options) {
        if (this instanceof ReadStream)
          return fs$ReadStream.apply(this, arguments), this;
        else
          return ReadStream.apply(Object.create(ReadStream.prototype), arguments);
      }
      __name(ReadStream, "ReadStream");
      function ReadStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            if (that.autoClose)
              that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
            that.read();
          }
        });
      }
      __name(ReadStream$open, "ReadStream$open");
      function WriteStream(path, options) {
        if (this instanceof WriteStream)
          return fs$WriteStream.apply(this, arguments), this;
        else
          return WriteStream.apply(Object.create(WriteStream.prototype), arguments);
      }
      __name(WriteStream, "WriteStream");
      function WriteStream$open() {
        var that = this;
        open(that.path, that.flags, that.mode, function(err, fd) {
          if (err) {
            that.destroy();
            that.emit("error", err);
          } else {
            that.fd = fd;
            that.emit("open", fd);
          }
        });
      }
      __name(WriteStream$open, "WriteStream$open");
      function createReadStream3(path, options) {
        return new fs3.ReadStream(path, options);
      }
      __name(createReadStream3, "createReadStream");
      function createWriteStream3(path, options) {
        return new fs3.WriteStream(path, options);
      }
      __name(createWriteStream3, "createWriteStream");
      var fs$open = fs3.open;
      fs3.open = open;
      function open(path, flags, mode, cb) {
        if (typeof mode === "function")
          cb = mode, mode = null;
        return go$open(path, flags, mode, cb);
        function go$open(path2, flags2, mode2, cb2, startTime) {
          return fs$open(path2, flags2, mode2, function(err, fd) {
            if (err && (err.code === "EMFILE" || err.code === "ENFILE"))
              enqueue([go$open, [path2, flags2, mode2, cb2], err, startTime || Date.now(), Date.now()]);
            else {
              if (typeof cb2 === "function")
                cb2.apply(this, arguments);
            }
          });
        }
        __name(go$open, "go$open");
      }
      __name(open, "open");
      return fs3;
    }
    __name(patch, "patch");
    function enqueue(elem) {
      debug("ENQUEUE", elem[0].name, elem[1]);
      fs2[gracefulQueue].push(elem);
      retry();
    }
    __name(enqueue, "enqueue");
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i = 0; i < fs2[gracefulQueue].length; ++i) {
        if (fs2[gracefulQueue][i].length > 2) {
          fs2[gracefulQueue][i][3] = now;
          fs2[gracefulQueue][i][4] = now;
        }
      }
      retry();
    }
    __name(resetQueue, "resetQueue");
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs2[gracefulQueue].length === 0)
        return;
      var elem = fs2[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs2[gracefulQueue].push(elem);
        }
      }
      if (retryTimer === void 0) {
        retryTimer = setTimeout(retry, 0);
      }
    }
    __name(retry, "retry");
  }
});

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
      var counts = {};
      var mainError = null;
      var mainErrorCount = 0;
      for (var i = 0; i < this._errors.length; i++) {
        var error = this._errors[i];
        var message = error.message;
        var count = (counts[message] || 0) + 1;
        counts[message] = count;
        if (count >= mainErrorCount) {
          mainError = error;
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
    function probe(file, fs2, callback) {
      const cachedPrecision = fs2[cacheSymbol];
      if (cachedPrecision) {
        return fs2.stat(file, (err, stat6) => {
          if (err) {
            return callback(err);
          }
          callback(null, stat6.mtime, cachedPrecision);
        });
      }
      const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs2.utimes(file, mtime, mtime, (err) => {
        if (err) {
          return callback(err);
        }
        fs2.stat(file, (err2, stat6) => {
          if (err2) {
            return callback(err2);
          }
          const precision = stat6.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs2, cacheSymbol, { value: precision });
          callback(null, stat6.mtime, precision);
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
    var fs2 = require_graceful_fs();
    var retry = require_retry2();
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
        options.fs.stat(lockfilePath, (err2, stat6) => {
          if (err2) {
            if (err2.code === "ENOENT") {
              return acquireLock(file, { ...options, stale: 0 }, callback);
            }
            return callback(err2);
          }
          if (!isLockStale(stat6, options)) {
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
    function isLockStale(stat6, options) {
      return stat6.mtime.getTime() < Date.now() - options.stale;
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
        options.fs.stat(lock2.lockfilePath, (err, stat6) => {
          const isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
          if (err) {
            if (err.code === "ENOENT" || isOverThreshold) {
              return setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" }));
            }
            lock2.updateDelay = 1e3;
            return updateLock(file, options);
          }
          const isMtimeOurs = lock2.mtime.getTime() === stat6.mtime.getTime();
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
        fs: fs2,
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
        const operation = retry.operation(options.retries);
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
        fs: fs2,
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
    function check(file, options, callback) {
      options = {
        stale: 1e4,
        realpath: true,
        fs: fs2,
        ...options
      };
      options.stale = Math.max(options.stale || 0, 2e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        options.fs.stat(getLockFile(file2, options), (err2, stat6) => {
          if (err2) {
            return err2.code === "ENOENT" ? callback(null, false) : callback(err2);
          }
          return callback(null, !isLockStale(stat6, options));
        });
      });
    }
    __name(check, "check");
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
    module.exports.check = check;
    module.exports.getLocks = getLocks;
  }
});

// node_modules/proper-lockfile/lib/adapter.js
var require_adapter = __commonJS({
  "node_modules/proper-lockfile/lib/adapter.js"(exports, module) {
    "use strict";
    var fs2 = require_graceful_fs();
    function createSyncFs(fs3) {
      const methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"];
      const newFs = { ...fs3 };
      methods.forEach((method) => {
        newFs[method] = (...args) => {
          const callback = args.pop();
          let ret;
          try {
            ret = fs3[`${method}Sync`](...args);
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
      return (...args) => new Promise((resolve5, reject) => {
        args.push((err, result) => {
          if (err) {
            reject(err);
          } else {
            resolve5(result);
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
      options.fs = createSyncFs(options.fs || fs2);
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
    function check(file, options) {
      return toPromise(lockfile2.check)(file, options);
    }
    __name(check, "check");
    function checkSync(file, options) {
      return toSync(lockfile2.check)(file, toSyncOptions(options));
    }
    __name(checkSync, "checkSync");
    module.exports = lock;
    module.exports.lock = lock;
    module.exports.unlock = unlock;
    module.exports.lockSync = lockSync;
    module.exports.unlockSync = unlockSync;
    module.exports.check = check;
    module.exports.checkSync = checkSync;
  }
});

// node_modules/@mlops-actions/registry/src/open.ts
import { existsSync as existsSync2 } from "node:fs";
import { tmpdir } from "node:os";

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
import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import { copyFile, readdir, readFile, rename, rm as rm2, rmdir, stat, writeFile as writeFile2 } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname as dirname2, join, relative, sep } from "node:path";

// node_modules/@mlops-actions/registry/src/verify.ts
import { createReadStream, createWriteStream } from "node:fs";
import { dirname } from "node:path";
import { pipeline } from "node:stream/promises";
async function copyHashed(source, dest) {
  await makeFolders(dirname(dest));
  const input = typeof source === "string" ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
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
    const v = JSON.parse(await readFile(join(lockDir, OWNER_FILE), "utf8"));
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
    return `'${join(this.o.root, path)}'`;
  }
  async read() {
    const root = this.o.root;
    const readBuffer = /* @__PURE__ */ __name(async (path) => {
      try {
        return await readFile(join(root, path));
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
          await copyFile(join(root, path), dest);
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
      const lockDir = join(root, ".lock");
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
      await rmdir(join(root, ".staging")).catch(() => void 0);
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
    const aside = `${lockDir}.dead-${randomBytes(6).toString("hex")}`;
    try {
      await rename(lockDir, aside);
    } catch {
      return;
    }
    const moved = await readOwner(aside);
    if (moved && moved.nonce === owner.nonce) {
      await rm2(aside, { recursive: true, force: true });
      this.o.log?.info(`registry: took over the lock of ${this.o.root} left by process ${owner.pid}, which is gone`);
    } else {
      await rename(aside, lockDir).catch(() => rm2(aside, { recursive: true, force: true }));
    }
  }
  /** Staging folders of registry writers that died mid-write: only the lock holder stages, so all of them are stale. */
  async cleanStaging() {
    const dir = join(this.o.root, ".staging");
    let names;
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const legacy = /^(\d+)-[0-9a-f]{12}$/.exec(name);
      if (name.startsWith(STAGING_PREFIX) || legacy && pidIsGone(Number(legacy[1]))) {
        await rm2(join(dir, name), { recursive: true, force: true });
        this.o.log?.debug?.(`registry: removed the staging folder ${name} of a writer that died`);
      }
    }
  }
  async apply(cs, compromised) {
    const root = this.o.root;
    const staging = join(root, ".staging", `${STAGING_PREFIX}${process.pid}-${randomBytes(6).toString("hex")}`);
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
        const p = join(staging, String(i));
        if ("data" in c) await writeFile2(p, c.data);
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
        const dest = join(root, c.path);
        await makeFolders(dirname2(dest));
        await rename(staged[i], dest);
      }
      for (const c of cs.changes) {
        const size = "data" in c ? Buffer.byteLength(c.data) : c.size;
        const st = await stat(join(root, c.path)).catch(() => void 0);
        if (!st?.isFile() || st.size !== size) {
          throw new UserError(
            `the registry file ${join(root, c.path)} is ${st ? `${st.size} bytes, expected ${size}` : "missing"} right after it was written`,
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
      await rm2(staging, { recursive: true, force: true });
    }
  }
  async close() {
  }
};
function lockFs() {
  const owner = { host: hostname(), pid: process.pid, nonce: randomBytes(8).toString("hex") };
  return {
    ...fs,
    mkdir: /* @__PURE__ */ __name(((path, cb) => {
      const made = /* @__PURE__ */ __name(() => fs.writeFile(join(path, OWNER_FILE), JSON.stringify(owner), () => cb(null)), "made");
      fs.mkdir(path, (err) => {
        if (!err) return made();
        if (err.code !== "ENOENT") return cb(err);
        const retry = /* @__PURE__ */ __name(() => fs.mkdir(path, (again) => again ? cb(again) : made()), "retry");
        makeFolders(dirname2(path)).then(retry, retry);
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
    const up = dirname2(d);
    const rel = relative(createdTop, up);
    if (up === d || rel.startsWith("..") || rel.split(sep).includes("..")) return;
    d = up;
  }
}
__name(removeEmptyDirs, "removeEmptyDirs");

// node_modules/@mlops-actions/registry/src/git-backend.ts
import { mkdir as mkdir2, mkdtemp, readFile as readFile2, rm as rm3, writeFile as writeFile3 } from "node:fs/promises";
import { join as join2, resolve } from "node:path";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";

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
    this.exited = new Promise((resolve5) => {
      this.child.on("close", (code2) => {
        this.fail(
          new Error(`git cat-file --batch ended (exit ${code2 ?? "signal"}): ${this.stderr.trim().split("\n").slice(-3).join(" | ")}`)
        );
        resolve5();
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
    return new Promise((resolve5, reject) => {
      if (this.queue.length === 0) this.child.stdout.ref?.();
      this.queue.push({ object, sink, resolve: resolve5, reject });
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
    return new Promise((resolve5, reject) => {
      const child = spawn2("git", args, { env: { ...this.env, ...o.env }, stdio: ["pipe", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => reject(cannotRunGit(e)));
      child.on(
        "close",
        (code2) => resolve5({ code: code2 ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: this.redact(Buffer.concat(err).toString("utf8")) })
      );
      child.stdin.on("error", () => void 0);
      child.stdin.end(o.input ?? "");
    });
  }
  /** Like run(), with stdout as bytes (blobs). */
  runBuffer(args) {
    return new Promise((resolve5, reject) => {
      const child = spawn2("git", args, { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => reject(cannotRunGit(e)));
      child.on(
        "close",
        (code2) => resolve5({ code: code2 ?? 1, stdout: Buffer.concat(out), stderr: this.redact(Buffer.concat(err).toString("utf8")) })
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
    const closed = new Promise((resolve5, reject) => {
      child.on("error", reject);
      child.on("close", (code3) => resolve5(code3 ?? 1));
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
    const exited = new Promise((resolve5, reject) => {
      child.on("error", reject);
      child.on("close", (code3) => resolve5(code3 ?? 1));
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
  versionCheck = new Promise((resolve5, reject) => {
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
      resolve5(m[0]);
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
    this.workDir = await mkdtemp(join2(this.o.tempDir, "mlops-registry-"));
    const gitDir = join2(this.workDir, "repo.git");
    const cli = new GitCli({ gitDir, remoteUrl, token: this.o.token });
    for (const d of ["objects/info", "objects/pack", "refs/heads", "refs/tags"]) await mkdir2(join2(gitDir, d), { recursive: true });
    await writeFile3(join2(gitDir, "HEAD"), "ref: refs/heads/unused\n");
    await writeFile3(
      join2(gitDir, "config"),
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
      const line = (await readFile2(join2(this.cli.gitDir, "FETCH_HEAD"), "utf8")).split("\n")[0] ?? "";
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
          const entry = (await this.tree(rev, slash < 0 ? "" : p.slice(0, slash), commit))?.find(
            (e) => e.name === p.slice(slash + 1) && e.type === "blob"
          );
          if (entry) wanted.add(entry.oid);
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
    const stage = await mkdtemp(join2(this.workDir, "stage-"));
    try {
      const env = { GIT_INDEX_FILE: join2(stage, "index") };
      await git.ok(parent ? ["read-tree", parent] : ["read-tree", "--empty"], { env });
      const paths = [];
      for (const [i, c] of cs.changes.entries()) {
        if ("data" in c) {
          const p = join2(stage, `blob-${i}`);
          await writeFile3(p, c.data);
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
      const info = cs.changes.map((c, i) => `100644 ${oids[i]}	${c.path}\0`).join("");
      await git.ok(["update-index", "-z", "--index-info"], { env, input: info });
      const tree = (await git.ok(["write-tree", "--missing-ok"], { env })).trim();
      await this.verifyTree(tree, cs, oids);
      return (await git.ok(["commit-tree", tree, ...parent ? ["-p", parent] : [], "-F", "-"], { env: this.authorEnv(), input: cs.message })).trim();
    } finally {
      await rm3(stage, { recursive: true, force: true });
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
    const missing = cs.changes.filter((c, i) => listed.get(c.path) !== oids[i]).map((c) => "source" in c ? c.source : c.path);
    if (missing.length) {
      throw new UserError(
        `git left ${missing.length} file(s) out of the registry commit: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ", \u2026" : ""}`,
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
      const summary = [...new Set(lines.map((l) => l.split("	")[2] ?? ""))].join("; ");
      if (/\[rejected\].*(non-fast-forward|fetch first|stale info|already exists)/.test(summary))
        return { kind: "conflict", detail: summary };
      if (/\[remote rejected\].*(lock|incorrect old value|failed to update ref|cannot update)/i.test(summary))
        return { kind: "conflict", detail: summary };
      return { kind: "refused", detail: [summary, remote].filter(Boolean).join(" \u2014 ") };
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
    if (this.workDir) await rm3(this.workDir, { recursive: true, force: true });
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
    if (url) return isUrl(url) ? o.token ? withoutUserinfo(url) : url : resolve(workspace, url);
    if (fallback) {
      o.log?.info(`registry: the workspace ${workspace} has no git remote 'origin' (no checkout); using ${fallback}`);
      return fallback;
    }
    if (!existsSync(resolve(workspace, remote))) {
      throw new UserError(`the workspace ${workspace} has no git remote named '${remote}'`, {
        input: "registry",
        fix: "Check out the repository first (actions/checkout), or give the remote's URL or path: git:https://github.com/<owner>/<repo>.git"
      });
    }
  }
  return resolve(workspace, remote);
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
import { randomBytes as randomBytes3 } from "node:crypto";
import { readdir as readdir2, readFile as readFile4, rename as rename3, rm as rm5, stat as stat4 } from "node:fs/promises";
import { dirname as dirname5, join as join4, resolve as resolvePath } from "node:path";

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
import { realpath, readFile as readFile3, stat as stat2 } from "node:fs/promises";
import { basename, dirname as dirname3, isAbsolute, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";
var isObject2 = /* @__PURE__ */ __name((v) => typeof v === "object" && v !== null && !Array.isArray(v), "isObject");
async function readDataManifest(path, displayPath = path) {
  const m = await readManifest(path, displayPath);
  return { hash: m.hash, files: m.files, bytes: m.bytes, algorithm: m.algorithm, manifest: displayPath };
}
__name(readDataManifest, "readDataManifest");
var DATA_HASH = /^(sha256|sha512|sha1|md5):[0-9a-f]{32,128}$/;
function parseDataHash(text) {
  const hash = text.trim();
  if (!DATA_HASH.test(hash)) {
    throw new UserError(`'${hash}' is not a dataset hash`, {
      input: "data-hash",
      fix: "Pass the 'hash' output of data-hash, e.g. sha256:<64 hex digits>"
    });
  }
  return { hash, algorithm: hash.split(":")[0] };
}
__name(parseDataHash, "parseDataHash");
async function checkJsonFile(path, displayPath, input) {
  let text;
  try {
    text = await readFile3(path, "utf8");
  } catch (e) {
    throw new UserError(`cannot read the file: ${fsWords(e)}`, {
      file: displayPath,
      input,
      fix: "Check the path; it is relative to the workspace"
    });
  }
  try {
    JSON.parse(text);
  } catch (e) {
    throw new UserError(`is not valid JSON (${messageOf(e)})`, {
      file: displayPath,
      input,
      fix: "Pass the JSON profile written by drift-report"
    });
  }
}
__name(checkJsonFile, "checkJsonFile");
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
async function insideWorkspace(workspace, line) {
  const outside = /* @__PURE__ */ __name(() => new UserError(`'${line}' leads outside the workspace`, {
    input: "path",
    fix: "Register model files from inside the workspace (GITHUB_WORKSPACE): write or copy them there first"
  }), "outside");
  const lexical = relative2(workspace, resolve2(workspace, line.replace(/^!/, "")));
  if (lexical === ".." || lexical.startsWith(`..${sep2}`) || isAbsolute(lexical)) throw outside();
  const plain = line.replace(/^!/, "").split(/[\\/]/);
  const cut = plain.findIndex((p) => /[*?[\]{}]/.test(p));
  const base = resolve2(workspace, ...cut < 0 ? plain : plain.slice(0, cut));
  const real = await realpath(base).catch(() => void 0);
  const root = await realpath(workspace).catch(() => workspace);
  if (real !== void 0 && real !== root && !real.startsWith(root.endsWith(sep2) ? root : `${root}${sep2}`)) throw outside();
}
__name(insideWorkspace, "insideWorkspace");
async function modelSelection(workspace, lines) {
  const meaningful = lines.map((l) => l.trim()).filter((l) => l !== "" && !l.startsWith("#"));
  for (const line of meaningful) await insideWorkspace(workspace, line);
  if (meaningful.length === 1 && !/[*?[\]{}!]/.test(meaningful[0])) {
    const abs = resolve2(workspace, meaningful[0]);
    const s = await stat2(abs).catch(() => void 0);
    if (s?.isDirectory()) return { root: abs, paths: ["."] };
    if (s?.isFile()) return { root: dirname3(abs), paths: [basename(abs)] };
  }
  return { root: workspace, paths: meaningful };
}
__name(modelSelection, "modelSelection");

// node_modules/@mlops-actions/registry/src/stores.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { createReadStream as createReadStream2 } from "node:fs";
import { realpath as realpath2, rename as rename2, rm as rm4, stat as stat3 } from "node:fs/promises";
import { basename as basename2, dirname as dirname4, isAbsolute as isAbsolute2, join as join3, resolve as resolve3, sep as sep3 } from "node:path";
import { Readable, Writable } from "node:stream";
import { pipeline as pipeline3 } from "node:stream/promises";
import { fileURLToPath } from "node:url";
var AUTO_STORE_THRESHOLD = 25 * 1024 * 1024;
function fileUriToDir(uri, workspace) {
  const rest = uri.slice("file:".length);
  if (rest.startsWith("//")) return fileURLToPath(uri);
  if (rest === "") throw new UserError(`'${uri}' names no directory`, { fix: "Write file:<directory>, e.g. file:.mlops/registry" });
  return resolve3(workspace, rest);
}
__name(fileUriToDir, "fileUriToDir");
async function putFileStore(dir, name, m, log) {
  const target = join3(dir, name, m.digestHex);
  const location = { kind: "file", uri: `file:${target}` };
  const remove = /* @__PURE__ */ __name(() => rm4(target, { recursive: true, force: true }), "remove");
  if (await verifyDir(target, m.files)) return { location, created: false, remove: /* @__PURE__ */ __name(async () => void 0, "remove") };
  const staging = join3(dir, ".staging", `${process.pid}-${randomBytes2(6).toString("hex")}`);
  try {
    for (const f of m.files) {
      const got = await copyHashed(join3(m.root, f.path), join3(staging, f.path));
      if (got.sha256 !== f.sha256 || got.size !== f.size) {
        throw new UserError(`the model file ${f.path} changed while it was being stored (sha256 ${got.sha256}, expected ${f.sha256})`, {
          fix: "Register once the training step has finished writing its files; nothing was registered"
        });
      }
    }
    await makeFolders(join3(dir, name));
    if (await pathExists(target)) {
      log?.warning(`registry: ${target} held files that do not match their digest; replacing them`);
      await remove();
    }
    try {
      await rename2(staging, target);
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
    await rm4(staging, { recursive: true, force: true });
  }
  return { location, created: true, remove };
}
__name(putFileStore, "putFileStore");
async function fileStoreFile(uri, card, path) {
  const refuse = /* @__PURE__ */ __name((why) => new UserError(
    `the model card of ${card.name}@${card.version} names the file store '${uri}', outside the registry's own store directories (${why}); nothing was read from it`,
    {
      key: "store.uri",
      fix: `A file: store of this version must be <store directory>/${card.name}/<its digest in hex>, as register-model writes it: the card was edited by hand or by someone else; restore it from the registry's history`
    }
  ), "refuse");
  const rest = uri.startsWith("file:") ? uri.slice("file:".length) : "";
  const hex = /^sha256:([0-9a-f]{64})$/.exec(card.digest)?.[1];
  if (!hex) throw refuse("the card has no sha256 digest");
  if (rest.startsWith("//") || !isAbsolute2(rest)) throw refuse("not an absolute file:<directory>");
  const dir = resolve3(rest);
  if (basename2(dir) !== hex || basename2(dirname4(dir)) !== card.name || rest.split(/[\\/]/).includes("..")) {
    throw refuse(`not a directory named ${card.name}/<digest>`);
  }
  if (!isSafeRelativePath(path)) throw refuse("a file path that leaves the directory");
  let realDir;
  let real;
  try {
    realDir = await realpath2(dir);
    real = await realpath2(join3(dir, path));
  } catch {
    return void 0;
  }
  if (basename2(realDir) !== hex || basename2(dirname4(realDir)) !== card.name || !real.startsWith(realDir + sep3)) {
    throw refuse("a symbolic link leads out of it");
  }
  return real;
}
__name(fileStoreFile, "fileStoreFile");
async function verifyDir(dir, files) {
  for (const f of files) {
    try {
      const got = await sha256File(join3(dir, f.path));
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
    out[f.path] = await uploadAsset(gh, release, want, join3(m.root, f.path), f.size, log);
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
        data: Readable.toWeb(createReadStream2(path, { highWaterMark: 1 << 20 })),
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
    const staging = join4(destDir, `.mlops-download-${randomBytes3(6).toString("hex")}`);
    try {
      for (const f of card.files) {
        const tmp = join4(staging, f.path);
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
        const dest = join4(destDir, f.path);
        await makeFolders(dirname5(dest));
        await rename3(join4(staging, f.path), dest);
        files.push({ path: f.path, absolute: dest, size: f.size, sha256: f.sha256 });
      }
      return { dir: destDir, files, card };
    } finally {
      await rm5(staging, { recursive: true, force: true });
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
        const entry = explicit ? await this.committedCard(s, found, explicit) : await this.cardByDigest(s, found, digest);
        if (explicit && entry && entry.digest !== digest) {
          throw new UserError(
            `${name}@${explicit} is already registered with different files (digest ${entry.digest}, these files are ${digest})`,
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
        if (entry) {
          card = withDeprecation(entry, index);
        } else {
          const version = explicit ?? nextVersion(index.latest ? [index.latest] : [], bump);
          const sequence = index.count + 1;
          let location = stored?.location;
          if (store.kind === "registry") {
            location = { kind: "registry" };
            for (const f of files)
              changes.push({ path: layout.file(name, version, f.path), source: join4(model.root, f.path), sha256: f.sha256, size: f.size });
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
          const m = this.moveAlias(index, alias, card.version, now, who, entry ? "re-registration of the same files" : "registered");
          move = m.move;
          if (m.entry) audit.push(m.entry);
        }
        const result = { card, created: !entry, ...move ? { alias: move } : {} };
        const tag = o.tag ? { name: versionTag(name, card.version), target: lineage.commit, message: `Model ${name} version ${card.version} (${digest})` } : void 0;
        if (!changes.length && !audit.length) return { result, changeSet: tag ? { changes: [], message: "", tag } : void 0 };
        await this.finishChanges(s, index, audit, added, changes, now);
        const subject = entry ? `alias ${name} ${alias} \u2192 ${card.version}` : `register ${name}@${card.version}${alias ? ` as ${alias}` : ""}`;
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
      const { move, entry } = this.moveAlias(index, alias, to, now, who, o.reason);
      if (!entry) return { result: move };
      const changes = [];
      await this.finishChanges(s, index, [entry], void 0, changes, now);
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
      const shown = { ...card };
      if (deprecation) shown.deprecated = deprecation;
      else delete shown.deprecated;
      changes.push({ path: layout.card(name, v), data: toJson(shown) });
      const entry = {
        at: now,
        action: restore ? "restore" : "deprecate",
        model: name,
        version: v,
        ...who,
        ...reason ? { reason } : {}
      };
      await this.finishChanges(s, index, [entry], void 0, changes, now);
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
      entries = await readdir2(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (/^\.git$/i.test(e.name)) found.push(r);
      else if (e.isDirectory()) await walk(join4(abs, e.name), r);
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
  const retry = { ...DEFAULT_RETRY, ...o.retry };
  const tempDir = o.tempDir ?? tmpdir();
  const timeScale = o.timeScale ?? 1;
  const github = o.github && o.timeScale !== void 0 ? { ...o.github, timeScale } : o.github;
  const ctx = { workspace: o.workspace, tempDir, branch, github, identity: o.identity, log: o.log, segmentLines: o.segmentLines };
  if (uri.startsWith("file:")) {
    const root = fileUriToDir(uri, o.workspace);
    return new RegistryImpl(new FileBackend({ root, uri, log: o.log, retry }), { ...ctx, branch: void 0 });
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
      retry: timeScale === 1 ? retry : { ...retry, baseMs: retry.baseMs * timeScale, maxMs: retry.maxMs * timeScale }
    });
    return new RegistryImpl(backend, ctx);
  }
  throw new UserError(`'${redactUrls(uri)}' is not a registry URI`, {
    input: "registry",
    fix: "Write git:origin (a branch of this repository), git:<url or path>, or file:<dir>"
  });
}
__name(openRegistry, "openRegistry");
function missingFileRegistry(uri, workspace) {
  const u = uri.trim();
  if (!u.startsWith("file:")) return void 0;
  const dir = fileUriToDir(u, workspace);
  return existsSync2(dir) ? void 0 : dir;
}
__name(missingFileRegistry, "missingFileRegistry");

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

// node_modules/@mlops-actions/registry/src/summary.ts
function storeText(r) {
  const s = r.card.store;
  if (s.kind === "registry") return "the registry";
  if (s.kind === "file") return code(s.uri);
  return `GitHub Release ${code(s.tag)}`;
}
__name(storeText, "storeText");
function renderRegistrationSummary(r, o) {
  const c = r.card;
  const head = r.created ? `### Registered ${code(c.name)} version ${code(c.version)}` : `### ${code(c.name)} is already registered as version ${code(c.version)} (same files${r.alias?.moved ? "; only the alias moved" : "; nothing new was written"})`;
  const rows = [
    ["version", code(c.version)],
    ["digest", code(c.digest)],
    ["files", `${c.files.length} (${formatBytes(c.bytes)})`],
    ["stored in", storeText(r)],
    ["registry", `${code(o.registry)}${o.branch ? ` branch ${code(o.branch)}` : ""}`]
  ];
  if (r.alias)
    rows.push([
      "alias",
      `${code(r.alias.alias)}: ${escapeText(r.alias.from ?? "(none)")} \u2192 ${escapeText(r.alias.to ?? "(none)")}${r.alias.moved ? "" : " (unchanged)"}`
    ]);
  if (r.tag) rows.push(["tag", code(r.tag)]);
  if (c.data) rows.push(["data", `${code(c.data.hash)}${c.data.files !== void 0 ? ` (${c.data.files} files)` : ""}`]);
  if (c.validation) {
    rows.push([
      "validation",
      c.validation.passed ? "passed" : `**failed**${c.validation.failed.length ? `: ${c.validation.failed.slice(0, 5).map(escapeText).join(", ")}` : ""}`
    ]);
  }
  if (c.attachments?.["reference-profile"]) rows.push(["reference profile", "stored with the version"]);
  if (c.attachments?.plots) rows.push(["plots", "stored with the version (a baseline for validate-metrics)"]);
  if (c.lineage.commit) rows.push(["commit", code(c.lineage.commit.slice(0, 12))]);
  if (c.lineage.runUrl) rows.push(["run", link(c.lineage.runId ? `run ${c.lineage.runId}` : "workflow run", c.lineage.runUrl)]);
  const parts = [head, "", table(["", ""], rows)];
  const metrics = flattenMetrics(c.metrics, 50);
  const names = Object.keys(metrics);
  if (names.length) {
    const mt = table(
      ["metric", "value"],
      names.map((k) => [escapeText(k), String(metrics[k])]),
      ["left", "right"]
    );
    parts.push("", names.length > 10 ? details(`Metrics (${names.length})`, mt) : mt);
  }
  const files = table(
    ["file", "size", "sha256"],
    c.files.slice(0, 50).map((f) => [code(f.path), formatBytes(f.size), code(f.sha256.slice(0, 16))]),
    ["left", "right", "left"]
  );
  parts.push(
    "",
    details(`Files (${c.files.length})`, c.files.length > 50 ? `${files}

\u2026and ${c.files.length - 50} more (see the model card)` : files)
  );
  return `${parts.join("\n")}
`;
}
__name(renderRegistrationSummary, "renderRegistrationSummary");

// node_modules/@mlops-actions/registry/src/lifecycle.ts
import { randomBytes as randomBytes4 } from "node:crypto";
import { readdir as readdir3, rename as rename4, rm as rm6, stat as stat5 } from "node:fs/promises";
import { basename as basename3, dirname as dirname6, join as join5 } from "node:path";
var DEFAULT_INPUTS = { model: "model", version: "version", alias: "alias", allowDeprecated: "allow-deprecated" };
function parseVersionRef(ref, names = {}) {
  const n = { ...DEFAULT_INPUTS, ...names };
  const version = ref.version?.trim() || void 0;
  const alias = ref.alias?.trim() || void 0;
  if (version === void 0 === (alias === void 0)) {
    throw new UserError(
      version === void 0 ? "give a version (or latest), or an alias that points at one" : "give version or alias, not both",
      {
        input: version === void 0 ? n.version : n.alias,
        fix: `Set '${n.version}: 1.4.0', '${n.version}: latest' or '${n.alias}: production'`
      }
    );
  }
  if (alias !== void 0) return { alias: parseAlias(alias, { input: n.alias }) };
  if (version.toLowerCase() === "latest") return {};
  return { version: parseModelVersion(version, { input: n.version }) };
}
__name(parseVersionRef, "parseVersionRef");
function describeRef(ref) {
  return ref.version ?? (ref.alias ? `alias ${ref.alias}` : "latest");
}
__name(describeRef, "describeRef");
async function resolveVersion(registry, name, ref, names = {}) {
  return resolveParsed(registry, name, parseVersionRef(ref, names), names);
}
__name(resolveVersion, "resolveVersion");
async function resolveParsed(registry, name, r, names = {}) {
  const n = { ...DEFAULT_INPUTS, ...names };
  const card = await registry.resolve(name, r);
  if (card) return card;
  const versions = await registry.versions(name, { limit: 5 });
  if (versions.length === 0) {
    throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, {
      input: n.model,
      fix: "Check the model name and the registry (and registry-branch)"
    });
  }
  if (r.alias !== void 0) {
    const known = Object.entries(await registry.aliases(name)).map(([a, s]) => `${a} \u2192 ${s.version}`);
    throw new UserError(`alias '${r.alias}' of model '${name}' is not set`, {
      input: n.alias,
      fix: known.length ? `Set aliases are ${known.join(", ")}; or give a version` : `No alias of '${name}' is set yet; give a version (or latest) instead`
    });
  }
  throw new UserError(`model '${name}' has no version ${r.version ?? "latest"} in the registry ${registry.uri}`, {
    input: n.version,
    fix: `Registered versions include ${versions.map((v) => v.version).join(", ")} (the most recent ones)`
  });
}
__name(resolveParsed, "resolveParsed");
function refuseDeprecated(card, allow, what, input = "allow-deprecated", log) {
  const d = card.deprecated;
  if (!d) return;
  const text = `${card.name} ${card.version} is deprecated (${d.reason}; ${d.at.replace("T", " ").replace(/\.\d+Z$/, "Z")}${d.actor ? ` by ${d.actor}` : ""})`;
  if (allow) {
    log?.warning(`${text}; using it because ${input} is true`);
    return;
  }
  throw new UserError(`${text}, so it is not ${what}`, {
    input,
    fix: `Use another version (the registry's catalog lists them), restore this one ('mlops registry deprecate ${card.name} ${card.version} --restore'), or set '${input}: true' to use it anyway`
  });
}
__name(refuseDeprecated, "refuseDeprecated");
function listModels(registry) {
  return registry.models();
}
__name(listModels, "listModels");
async function showModel(registry, name, ref = { version: "latest" }, names = {}) {
  const card = await resolveVersion(registry, name, ref, names);
  const aliases = await registry.aliases(name);
  const versions = await registry.versions(name);
  const deprecated = await registry.deprecations(name);
  return { card, aliases, versions, deprecated };
}
__name(showModel, "showModel");
async function modelHistory(registry, name, o = {}) {
  const all = await registry.auditLog(name, o.alias);
  if (all.length === 0 && (await registry.versions(name, { limit: 1 })).length === 0) {
    throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, {
      input: "model",
      fix: "Check the model name and the registry"
    });
  }
  return o.limit && o.limit > 0 ? all.slice(-o.limit) : all;
}
__name(modelHistory, "modelHistory");
async function promote(registry, name, ref, alias, o = {}) {
  const parsed = parseVersionRef(ref);
  const card = await resolveParsed(registry, name, parsed);
  refuseDeprecated(card, o.allowDeprecated === true, "promoted");
  const move = await registry.setAlias(name, alias, card.version, {
    expectedFrom: o.expectedFrom,
    reason: o.reason ?? `promote ${describeRef(parsed)}`,
    gtoTag: o.gtoTags
  });
  return { ...move, card };
}
__name(promote, "promote");
async function rollback(registry, name, alias, o = {}) {
  const current = (await registry.aliases(name))[alias]?.version;
  if (current === void 0) {
    throw new UserError(`alias '${alias}' of model '${name}' is not set, so there is nothing to roll back`, {
      input: "alias",
      fix: "Check the alias name, or promote a version to it"
    });
  }
  let target = o.to;
  if (target === void 0) {
    const moves = await registry.aliasHistory(name, alias);
    const last = [...moves].reverse().find((m) => m.to === current);
    target = last?.from ?? void 0;
    if (target === void 0) {
      throw new UserError(
        `alias '${alias}' of model '${name}' pointed at no version before ${current}, so there is nothing to roll back to`,
        {
          input: "alias",
          fix: "Give the version to go back to explicitly, or remove the alias"
        }
      );
    }
  }
  if (target === current)
    throw new UserError(`alias '${alias}' of model '${name}' already points at ${current}`, { input: "to", fix: "Give another version" });
  const card = await resolveParsed(registry, name, { version: target }, { version: "to" });
  refuseDeprecated(card, o.allowDeprecated === true, "rolled back to");
  const move = await registry.setAlias(name, alias, target, {
    expectedFrom: current,
    reason: o.reason ?? `rollback from ${current}`,
    gtoTag: o.gtoTags
  });
  return { ...move, card };
}
__name(rollback, "rollback");
async function deprecate(registry, name, version, o) {
  return registry.deprecate(name, version, {
    reason: o.reason,
    restore: o.restore,
    gtoTag: o.gtoTags
  });
}
__name(deprecate, "deprecate");
async function removeAlias(registry, name, alias, o = {}) {
  const aliases = await registry.aliases(name);
  const current = aliases[alias]?.version;
  if (current === void 0) {
    const known = Object.keys(aliases);
    throw new UserError(`alias '${alias}' of model '${name}' is not set`, {
      input: "alias",
      fix: known.length ? `Set aliases are ${known.join(", ")}` : `No alias of '${name}' is set`
    });
  }
  const card = await registry.card(name, current);
  const move = await registry.setAlias(name, alias, null, { expectedFrom: current, reason: o.reason ?? "removed", gtoTag: o.gtoTags });
  return { ...move, card };
}
__name(removeAlias, "removeAlias");
async function fetchModel(registry, o) {
  const pathInput = o.inputs?.path ?? "path";
  const overwriteInput = o.inputs?.overwrite ?? "overwrite";
  const card = await resolveVersion(registry, o.name, o.ref, o.inputs);
  refuseDeprecated(card, o.allowDeprecated === true, "fetched", o.inputs?.allowDeprecated ?? "allow-deprecated", o.log);
  const existing = await inspectDest(o.dest, pathInput);
  if (existing === "non-empty" && !o.overwrite) {
    throw new UserError(`the destination ${o.dest} already holds files`, {
      input: pathInput,
      fix: `Fetch into a new or empty folder, or set '${overwriteInput}: true' to replace what is there (only after every file is verified)`
    });
  }
  const parent = dirname6(o.dest);
  let createdParent;
  try {
    createdParent = await makeFolders(parent);
  } catch (e) {
    throw new UserError(`cannot create the folder ${parent}: ${fsCreateWords(e)}`, {
      input: pathInput,
      fix: "Fetch into a writable folder (under the workspace or the runner temp)"
    });
  }
  const tag = randomBytes4(6).toString("hex");
  const staging = join5(parent, `.${basename3(o.dest)}.fetch-${tag}`);
  const old = join5(parent, `.${basename3(o.dest)}.old-${tag}`);
  const cardPath = typeof o.cardPath === "function" ? o.cardPath(card) : o.cardPath;
  let cardWritten = false;
  try {
    try {
      await makeFolders(staging);
    } catch (e) {
      throw new UserError(`cannot create a folder beside ${o.dest}: ${fsCreateWords(e)}`, {
        input: pathInput,
        fix: "Fetch into a folder whose parent is writable"
      });
    }
    const got = await registry.download(card.name, card.version, staging);
    const listed = await listFiles(staging);
    const expected = new Set(card.files.map((f) => f.path));
    const stray = listed.filter((p) => !expected.has(p));
    if (stray.length || listed.length !== expected.size) {
      throw new UserError(
        `the files fetched for ${card.name}@${card.version} are not the ones its card lists (${stray.slice(0, 3).join(", ") || "some are missing"})`,
        {
          fix: "The store was altered: restore it from its history, or register the model again under a new version"
        }
      );
    }
    if (cardPath) {
      await writeJsonAtomic(cardPath, card);
      cardWritten = true;
    }
    let replaced = false;
    if (existing !== "absent") {
      try {
        await rename4(o.dest, old);
      } catch (e) {
        throw new UserError(`cannot replace ${o.dest}: ${fsWords(e)}`, {
          input: pathInput,
          fix: "Fetch into a folder this runner may change"
        });
      }
      replaced = existing === "non-empty";
    }
    try {
      await rename4(staging, o.dest);
    } catch (e) {
      if (existing !== "absent") await rename4(old, o.dest).catch(() => void 0);
      throw new UserError(`cannot move the fetched files to ${o.dest}: ${fsWords(e)}`, {
        input: pathInput,
        fix: "Fetch into a folder this runner may change"
      });
    }
    await rm6(old, { recursive: true, force: true }).catch(() => void 0);
    return { card, dir: o.dest, files: got.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })), replaced, cardPath };
  } catch (e) {
    if (cardWritten && cardPath) await rm6(cardPath, { force: true }).catch(() => void 0);
    await rm6(staging, { recursive: true, force: true }).catch(() => void 0);
    if (createdParent) await rm6(createdParent, { recursive: true, force: true }).catch(() => void 0);
    throw e;
  } finally {
    await rm6(staging, { recursive: true, force: true }).catch(() => void 0);
  }
}
__name(fetchModel, "fetchModel");
async function inspectDest(dest, input) {
  let st;
  try {
    st = await stat5(dest);
  } catch (e) {
    if (e.code === "ENOENT") return "absent";
    throw new UserError(`cannot use ${dest} as the destination: ${fsWords(e)}`, { input, fix: "Give a folder path this runner can write" });
  }
  if (!st.isDirectory())
    throw new UserError(`the destination ${dest} is a file, not a folder`, {
      input,
      fix: "Give a folder path (it is created when missing)"
    });
  try {
    return (await readdir3(dest)).length ? "non-empty" : "empty";
  } catch (e) {
    throw new UserError(`cannot read the destination ${dest}: ${fsWords(e)}`, {
      input,
      fix: "Give a folder this runner can read and write"
    });
  }
}
__name(inspectDest, "inspectDest");
async function listFiles(dir, rel = "") {
  const out = [];
  for (const e of await readdir3(join5(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...await listFiles(dir, r));
    else out.push(r);
  }
  return out;
}
__name(listFiles, "listFiles");
function renderFetchSummary(r, where) {
  const c = r.card;
  const bytes = r.files.reduce((n, f) => n + f.size, 0);
  const rows = [
    ["model", `${code(c.name)} ${code(c.version)}${where.ref !== c.version ? ` (${escapeText(where.ref)})` : ""}`],
    ["digest", code(c.digest)],
    ["files", `${r.files.length} (${bytes.toLocaleString("en-US")} bytes), each verified against the model card (sha256 and size)`],
    ["store", escapeText(c.store.kind === "release" ? `GitHub Release ${c.store.tag}` : c.store.kind)],
    ["registry", code(where.registry)],
    ["path", code(r.dir)]
  ];
  if (c.deprecated) rows.push(["deprecated", `\u26A0\uFE0F ${escapeText(c.deprecated.reason)} (fetched because allow-deprecated is true)`]);
  return [`### Fetched \`${c.name}\` version \`${c.version}\``, "", table(["", ""], rows), ""].join("\n");
}
__name(renderFetchSummary, "renderFetchSummary");

// node_modules/@mlops-actions/registry/src/fetch-options.ts
import { isAbsolute as isAbsolute3, join as join6, resolve as resolve4, sep as sep4 } from "node:path";
function parseFetchOptions(i) {
  const workspace = resolve4(i.workspace);
  const model = parseModelName(i.model, { input: "model" });
  const ref = { version: i.version, alias: i.alias };
  const parsed = parseVersionRef(ref);
  const refText = parsed.version ?? parsed.alias ?? "latest";
  const given = i.path;
  if (/[\r\n]/.test(given ?? ""))
    throw new UserError("must be one folder, got several lines", { input: "path", fix: "Give a single folder path" });
  const dest = given === void 0 ? join6(resolve4(i.runnerTemp), "fetch-model", `${model}-${refText}`) : isAbsolute3(given) ? resolve4(given) : resolveInside(workspace, given, { input: "path" });
  if (holds(dest, workspace)) {
    throw new UserError(`'${given}' is the workspace${dest === workspace ? "" : " or a folder holding it"}`, {
      input: "path",
      fix: "Fetch into a folder of its own, e.g. models/<name> or ${{ runner.temp }}/model"
    });
  }
  if (i.registryDirectory && holds(dest, resolve4(i.registryDirectory))) {
    throw new UserError(`'${given}' holds the registry directory ${i.registry.uri}`, {
      input: "path",
      fix: "Fetch into a folder outside the registry, e.g. models/<name>"
    });
  }
  return {
    model,
    ref,
    refText,
    registry: i.registry,
    token: i.token,
    dest,
    overwrite: given === void 0 ? true : i.overwrite,
    allowDeprecated: i.allowDeprecated,
    // Outside the model folder, which holds the model's files and nothing else.
    cardDir: join6(resolve4(i.runnerTemp), "fetch-model")
  };
}
__name(parseFetchOptions, "parseFetchOptions");
function holds(outer, inner) {
  return inner === outer || inner.startsWith(outer.endsWith(sep4) ? outer : `${outer}${sep4}`);
}
__name(holds, "holds");

// node_modules/@mlops-actions/registry/src/fetch-step.ts
import { join as join7 } from "node:path";

// node_modules/@mlops-actions/registry/src/step-registry.ts
function lazyReleaseClient(make) {
  let client;
  return {
    request: /* @__PURE__ */ __name(async (route, parameters) => {
      client ??= make();
      return (await client).request(route, parameters);
    }, "request")
  };
}
__name(lazyReleaseClient, "lazyReleaseClient");
function openStepRegistry(registry, token, ctx, log, gitHubClient) {
  const github = ctx.owner && ctx.repo && token && gitHubClient ? { octokit: lazyReleaseClient(() => gitHubClient(token)), owner: ctx.owner, repo: ctx.repo } : void 0;
  const opened = openRegistry({
    uri: registry.uri,
    branch: registry.branch,
    token,
    github,
    log,
    workspace: ctx.workspace,
    tempDir: ctx.tempDir,
    identity: ctx.identity,
    serverUrl: ctx.serverUrl,
    timeScale: ctx.timeScale
  });
  return { registry: opened, github };
}
__name(openStepRegistry, "openStepRegistry");

// node_modules/@mlops-actions/registry/src/fetch-step.ts
async function runFetchModel(o, deps) {
  const { ctx, log } = deps;
  const { registry } = openStepRegistry(o.registry, o.token, ctx, log, deps.gitHubClient);
  try {
    const result = await fetchModel(registry, {
      name: o.model,
      ref: o.ref,
      dest: o.dest,
      overwrite: o.overwrite,
      allowDeprecated: o.allowDeprecated,
      cardPath: /* @__PURE__ */ __name((c) => join7(o.cardDir, `${c.name}-${c.version}.card.json`), "cardPath"),
      log
    });
    const card = result.card;
    log.info(
      `Fetched ${card.name}@${card.version} (${card.digest}, ${result.files.length} file(s), each verified) from ${registry.uri} into ${result.dir}`
    );
    return {
      outputs: { version: card.version, digest: card.digest, path: result.dir, card: result.cardPath, metrics: card.metrics ?? {} },
      summary: renderFetchSummary(result, { registry: registry.uri, ref: o.refText }),
      card
    };
  } finally {
    await registry.close();
  }
}
__name(runFetchModel, "runFetchModel");

// node_modules/@mlops-actions/registry/src/register-step.ts
import { join as join8 } from "node:path";

// node_modules/@mlops-actions/registry/src/events.ts
var REGISTRY_EVENT_TYPES = {
  registered: "model-registered",
  aliasMoved: "alias-moved"
};
function cardUrl(card, c) {
  if (!c.registry.startsWith("git:origin") || !c.serverUrl || !c.repository || !c.branch) return null;
  const path = layout.card(card.name, card.version).split("/").map(encodeURIComponent).join("/");
  return `${c.serverUrl.replace(/\/+$/, "")}/${c.repository}/blob/${c.branch.split("/").map(encodeURIComponent).join("/")}/${path}`;
}
__name(cardUrl, "cardUrl");
function registryEventPayload(card, c, move) {
  return {
    model: card.name,
    version: card.version,
    alias: move?.alias ?? null,
    previous: move?.from ?? null,
    digest: card.digest,
    uri: card.uri,
    card_url: cardUrl(card, c),
    run_url: c.runUrl ?? null,
    actor: c.actor ?? null
  };
}
__name(registryEventPayload, "registryEventPayload");
function registrationEvents(card, created, move, c) {
  const out = [];
  if (created) out.push({ type: REGISTRY_EVENT_TYPES.registered, payload: registryEventPayload(card, c, move?.moved ? move : void 0) });
  if (move?.moved) out.push({ type: REGISTRY_EVENT_TYPES.aliasMoved, payload: registryEventPayload(card, c, move) });
  return out;
}
__name(registrationEvents, "registrationEvents");
async function sendRegistryEvent(client, target, type, payload) {
  try {
    await client.request("POST /repos/{owner}/{repo}/dispatches", {
      owner: target.owner,
      repo: target.repo,
      event_type: type,
      client_payload: payload
    });
  } catch (e) {
    const status2 = e.status;
    throw new UserError(`could not send the ${type} event (repository_dispatch) to ${target.owner}/${target.repo}: ${messageOf(e)}`, {
      input: "events",
      fix: status2 === 403 || status2 === 404 ? "Give the job 'permissions: contents: write' (the token sends repository_dispatch with it), or set events: false" : "Re-run the job; or set events: false"
    });
  }
}
__name(sendRegistryEvent, "sendRegistryEvent");
function aliasEvent(card, move, c) {
  if (!move.moved) return void 0;
  if (move.to === null) return { type: ALIAS_REMOVED, payload: registryEventPayload(card, c, move) };
  return { type: REGISTRY_EVENT_TYPES.aliasMoved, payload: registryEventPayload(card, c, move) };
}
__name(aliasEvent, "aliasEvent");
var ALIAS_REMOVED = "alias-removed";
function repositoryOfRegistry(remoteUrl, serverUrl) {
  const u = URL.parse(remoteUrl.replace(/^git:/, ""));
  const server = URL.parse(serverUrl);
  if (!u || !server || u.protocol !== "https:" && u.protocol !== "http:" || u.host !== server.host) return void 0;
  const m = /^\/([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?\/?$/.exec(u.pathname);
  return m ? `${m[1]}/${m[2]}` : void 0;
}
__name(repositoryOfRegistry, "repositoryOfRegistry");
async function sendAliasEvent(registry, client, target, move, c, card) {
  const version = move.to ?? move.from;
  if (!move.moved || version === null) return void 0;
  const e = aliasEvent(card ?? await registry.card(move.model, version), move, c);
  if (!e) return void 0;
  await sendRegistryEvent(client, target, e.type, e.payload);
  return e.type;
}
__name(sendAliasEvent, "sendAliasEvent");

// node_modules/@mlops-actions/registry/src/register-step.ts
async function runRegisterModel(o, deps) {
  const { ctx, log } = deps;
  const { registry, github } = openStepRegistry(o.registry, o.token, ctx, log, deps.gitHubClient);
  try {
    const result = await registry.register(o.register);
    const card = result.card;
    const cardPath = join8(o.cardDir, `${card.name}-${card.version}.card.json`);
    await writeJsonAtomic(cardPath, card);
    log.info(
      result.created ? `Registered ${card.name}@${card.version} (${card.digest}) in ${registry.uri}` : `${card.name}@${card.version} already holds these files (${card.digest}); nothing new was registered`
    );
    const outputs = {
      version: card.version,
      digest: card.digest,
      card: cardPath,
      uri: card.uri,
      tag: result.tag ?? "",
      created: result.created
    };
    const summary = renderRegistrationSummary(result, {
      registry: registry.uri,
      branch: registry.kind === "git" ? o.registry.branch : void 0
    });
    const sent = [];
    let error;
    if (o.events) {
      try {
        await sendEvents(card, result, o, ctx, github, log, sent);
      } catch (e) {
        error = e instanceof Error ? e : new Error(String(e));
      }
    }
    return { outputs, summary, result, sent, error };
  } finally {
    await registry.close().catch((e) => log.warning(`could not clean up after the registry: ${e instanceof Error ? e.message : String(e)}`));
  }
}
__name(runRegisterModel, "runRegisterModel");
async function sendEvents(card, result, o, ctx, github, log, sent) {
  const events = registrationEvents(card, result.created, result.alias, {
    registry: o.registry.uri,
    branch: o.registry.branch,
    serverUrl: ctx.serverUrl,
    repository: ctx.repository,
    runUrl: ctx.runUrl,
    actor: ctx.actor
  });
  if (!github) {
    if (events.length)
      log.warning(`events: not sending ${events.map((e) => e.type).join(" and ")}: no GitHub repository or token (a local run)`);
    return;
  }
  for (const e of events) {
    await sendRegistryEvent(github.octokit, github, e.type, e.payload);
    sent.push(e.type);
    log.info(`Sent the ${e.type} event (repository_dispatch) for ${card.name}@${card.version}`);
  }
}
__name(sendEvents, "sendEvents");
function parseStoreChoice(text, where = { input: "store" }) {
  if (!["auto", "registry", "release"].includes(text) && !text.startsWith("file:")) {
    throw new UserError(`must be auto, registry, release or file:<dir>, got '${text}'`, {
      ...where,
      fix: "Leave store empty for auto, or write registry, release or file:<directory>"
    });
  }
  if (text === "file:")
    throw new UserError(`'file:' names no directory`, { ...where, fix: "Write file:<directory>, e.g. file:.mlops/registry" });
  return text;
}
__name(parseStoreChoice, "parseStoreChoice");
async function readMappingFile(file, input) {
  const doc = await readStructuredFile(file.path, file.display);
  if (doc.value === null || typeof doc.value !== "object" || Array.isArray(doc.value)) {
    throw new UserError("must hold a mapping of names to values (JSON or YAML)", {
      input,
      file: file.display,
      fix: `Write the ${input} as name: value pairs, e.g. ${input === "metrics" ? '{"accuracy": 0.93}' : "depth: 6"}`
    });
  }
  checkFiniteValues(doc.value, { input, file: file.display, doc, words: input === "metrics" });
  return doc.value;
}
__name(readMappingFile, "readMappingFile");
async function readDataLineage(manifest, dataHash) {
  const data = manifest ? await readDataManifest(manifest.path, manifest.display) : void 0;
  if (dataHash === void 0) return data;
  const given = parseDataHash(dataHash);
  if (data && data.hash !== given.hash) {
    throw new UserError(`says ${given.hash} but the data-manifest says ${data.hash}`, {
      input: "data-hash",
      fix: "Give one of data-manifest and data-hash, from the same data-hash step"
    });
  }
  return data ?? given;
}
__name(readDataLineage, "readDataLineage");
export {
  ALIAS_REMOVED,
  AUDIT_SEGMENT_LINES,
  AUTO_STORE_THRESHOLD,
  CARD_SCHEMA,
  COMMITTER,
  DEFAULT_BRANCH,
  DEFAULT_RETRY,
  HISTORY_SEGMENT_LINES,
  INDEX_METRICS_LIMIT,
  MIN_GIT,
  REGISTRY_EVENT_TYPES,
  aliasEvent,
  assetNames,
  backoffMs,
  cardUrl,
  checkFiniteValues,
  checkJsonFile,
  commitAuthor,
  compareVersionsDesc,
  deprecate,
  fetchModel,
  flattenMetrics,
  highestVersion,
  isAlias,
  isModelName,
  isModelVersion,
  layout,
  lazyReleaseClient,
  listModels,
  missingFileRegistry,
  modelHistory,
  modelSelection,
  nextVersion,
  openRegistry,
  openStepRegistry,
  parseAlias,
  parseDataHash,
  parseFetchOptions,
  parseModelName,
  parseModelVersion,
  parseStoreChoice,
  parseVersionRef,
  promote,
  readDataLineage,
  readDataManifest,
  readMappingFile,
  readReferenceProfile,
  referenceProfileOf,
  refuseDeprecated,
  registrationEvents,
  registryEventPayload,
  releaseTag,
  removeAlias,
  renderFetchSummary,
  renderRegistrationSummary,
  repositoryOfRegistry,
  resolveVersion,
  rollback,
  runFetchModel,
  runRegisterModel,
  sendAliasEvent,
  sendRegistryEvent,
  showModel,
  versionTag
};
