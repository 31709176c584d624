import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  checkOutputPath,
  fsWriteError
} from "./chunks/chunk-ABXQCFSI.js";
import {
  UserError,
  isUserError,
  messageOf
} from "./chunks/chunk-HK3EZUH2.js";
import {
  __commonJS,
  __export,
  __name,
  __require,
  __toESM
} from "./chunks/chunk-C6ICYTQL.js";

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants3 = __require("constants");
    var origCwd = process.cwd;
    var cwd = null;
    var platform2 = process.env.GRACEFUL_FS_PLATFORM || process.platform;
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
    function patch(fs6) {
      if (constants3.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
        patchLchmod(fs6);
      }
      if (!fs6.lutimes) {
        patchLutimes(fs6);
      }
      fs6.chown = chownFix(fs6.chown);
      fs6.fchown = chownFix(fs6.fchown);
      fs6.lchown = chownFix(fs6.lchown);
      fs6.chmod = chmodFix(fs6.chmod);
      fs6.fchmod = chmodFix(fs6.fchmod);
      fs6.lchmod = chmodFix(fs6.lchmod);
      fs6.chownSync = chownFixSync(fs6.chownSync);
      fs6.fchownSync = chownFixSync(fs6.fchownSync);
      fs6.lchownSync = chownFixSync(fs6.lchownSync);
      fs6.chmodSync = chmodFixSync(fs6.chmodSync);
      fs6.fchmodSync = chmodFixSync(fs6.fchmodSync);
      fs6.lchmodSync = chmodFixSync(fs6.lchmodSync);
      fs6.stat = statFix(fs6.stat);
      fs6.fstat = statFix(fs6.fstat);
      fs6.lstat = statFix(fs6.lstat);
      fs6.statSync = statFixSync(fs6.statSync);
      fs6.fstatSync = statFixSync(fs6.fstatSync);
      fs6.lstatSync = statFixSync(fs6.lstatSync);
      if (fs6.chmod && !fs6.lchmod) {
        fs6.lchmod = function(path, mode, cb) {
          if (cb) process.nextTick(cb);
        };
        fs6.lchmodSync = function() {
        };
      }
      if (fs6.chown && !fs6.lchown) {
        fs6.lchown = function(path, uid, gid, cb) {
          if (cb) process.nextTick(cb);
        };
        fs6.lchownSync = function() {
        };
      }
      if (platform2 === "win32") {
        fs6.rename = typeof fs6.rename !== "function" ? fs6.rename : (function(fs$rename) {
          function rename7(from, to, cb) {
            var start = Date.now();
            var backoff = 0;
            fs$rename(from, to, /* @__PURE__ */ __name(function CB(er) {
              if (er && (er.code === "EACCES" || er.code === "EPERM" || er.code === "EBUSY") && Date.now() - start < 6e4) {
                setTimeout(function() {
                  fs6.stat(to, function(stater, st) {
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
          __name(rename7, "rename");
          if (Object.setPrototypeOf) Object.setPrototypeOf(rename7, fs$rename);
          return rename7;
        })(fs6.rename);
      }
      fs6.read = typeof fs6.read !== "function" ? fs6.read : (function(fs$read) {
        function read2(fd, buffer, offset, length, position, callback_) {
          var callback;
          if (callback_ && typeof callback_ === "function") {
            var eagCounter = 0;
            callback = /* @__PURE__ */ __name(function(er, _, __) {
              if (er && er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                return fs$read.call(fs6, fd, buffer, offset, length, position, callback);
              }
              callback_.apply(this, arguments);
            }, "callback");
          }
          return fs$read.call(fs6, fd, buffer, offset, length, position, callback);
        }
        __name(read2, "read");
        if (Object.setPrototypeOf) Object.setPrototypeOf(read2, fs$read);
        return read2;
      })(fs6.read);
      fs6.readSync = typeof fs6.readSync !== "function" ? fs6.readSync : /* @__PURE__ */ (function(fs$readSync) {
        return function(fd, buffer, offset, length, position) {
          var eagCounter = 0;
          while (true) {
            try {
              return fs$readSync.call(fs6, fd, buffer, offset, length, position);
            } catch (er) {
              if (er.code === "EAGAIN" && eagCounter < 10) {
                eagCounter++;
                continue;
              }
              throw er;
            }
          }
        };
      })(fs6.readSync);
      function patchLchmod(fs7) {
        fs7.lchmod = function(path, mode, callback) {
          fs7.open(
            path,
            constants3.O_WRONLY | constants3.O_SYMLINK,
            mode,
            function(err, fd) {
              if (err) {
                if (callback) callback(err);
                return;
              }
              fs7.fchmod(fd, mode, function(err2) {
                fs7.close(fd, function(err22) {
                  if (callback) callback(err2 || err22);
                });
              });
            }
          );
        };
        fs7.lchmodSync = function(path, mode) {
          var fd = fs7.openSync(path, constants3.O_WRONLY | constants3.O_SYMLINK, mode);
          var threw = true;
          var ret;
          try {
            ret = fs7.fchmodSync(fd, mode);
            threw = false;
          } finally {
            if (threw) {
              try {
                fs7.closeSync(fd);
              } catch (er) {
              }
            } else {
              fs7.closeSync(fd);
            }
          }
          return ret;
        };
      }
      __name(patchLchmod, "patchLchmod");
      function patchLutimes(fs7) {
        if (constants3.hasOwnProperty("O_SYMLINK") && fs7.futimes) {
          fs7.lutimes = function(path, at, mt, cb) {
            fs7.open(path, constants3.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs7.futimes(fd, at, mt, function(er2) {
                fs7.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs7.lutimesSync = function(path, at, mt) {
            var fd = fs7.openSync(path, constants3.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs7.futimesSync(fd, at, mt);
              threw = false;
            } finally {
              if (threw) {
                try {
                  fs7.closeSync(fd);
                } catch (er) {
                }
              } else {
                fs7.closeSync(fd);
              }
            }
            return ret;
          };
        } else if (fs7.futimes) {
          fs7.lutimes = function(_a, _b, _c, cb) {
            if (cb) process.nextTick(cb);
          };
          fs7.lutimesSync = function() {
          };
        }
      }
      __name(patchLutimes, "patchLutimes");
      function chmodFix(orig) {
        if (!orig) return orig;
        return function(target, mode, cb) {
          return orig.call(fs6, target, mode, function(er) {
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
            return orig.call(fs6, target, mode);
          } catch (er) {
            if (!chownErOk(er)) throw er;
          }
        };
      }
      __name(chmodFixSync, "chmodFixSync");
      function chownFix(orig) {
        if (!orig) return orig;
        return function(target, uid, gid, cb) {
          return orig.call(fs6, target, uid, gid, function(er) {
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
            return orig.call(fs6, target, uid, gid);
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
          return options ? orig.call(fs6, target, options, callback) : orig.call(fs6, target, callback);
        };
      }
      __name(statFix, "statFix");
      function statFixSync(orig) {
        if (!orig) return orig;
        return function(target, options) {
          var stats = options ? orig.call(fs6, target, options) : orig.call(fs6, target);
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
    function legacy(fs6) {
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
        fs6.open(this.path, this.flags, this.mode, function(err, fd) {
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
          this._open = fs6.open;
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
    var fs6 = __require("fs");
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
    var debug3 = noop;
    if (util.debuglog)
      debug3 = util.debuglog("gfs4");
    else if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || ""))
      debug3 = /* @__PURE__ */ __name(function() {
        var m = util.format.apply(util, arguments);
        m = "GFS4: " + m.split(/\n/).join("\nGFS4: ");
        console.error(m);
      }, "debug");
    if (!fs6[gracefulQueue]) {
      queue = global[gracefulQueue] || [];
      publishQueue(fs6, queue);
      fs6.close = (function(fs$close) {
        function close(fd, cb) {
          return fs$close.call(fs6, fd, function(err) {
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
      })(fs6.close);
      fs6.closeSync = (function(fs$closeSync) {
        function closeSync2(fd) {
          fs$closeSync.apply(fs6, arguments);
          resetQueue();
        }
        __name(closeSync2, "closeSync");
        Object.defineProperty(closeSync2, previousSymbol, {
          value: fs$closeSync
        });
        return closeSync2;
      })(fs6.closeSync);
      if (/\bgfs4\b/i.test(process.env.NODE_DEBUG || "")) {
        process.on("exit", function() {
          debug3(fs6[gracefulQueue]);
          __require("assert").equal(fs6[gracefulQueue].length, 0);
        });
      }
    }
    var queue;
    if (!global[gracefulQueue]) {
      publishQueue(global, fs6[gracefulQueue]);
    }
    module.exports = patch(clone(fs6));
    if (process.env.TEST_GRACEFUL_FS_GLOBAL_PATCH && !fs6.__patched) {
      module.exports = patch(fs6);
      fs6.__patched = true;
    }
    function patch(fs7) {
      polyfills(fs7);
      fs7.gracefulify = patch;
      fs7.createReadStream = createReadStream4;
      fs7.createWriteStream = createWriteStream3;
      var fs$readFile = fs7.readFile;
      fs7.readFile = readFile4;
      function readFile4(path, options, cb) {
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
      __name(readFile4, "readFile");
      var fs$writeFile = fs7.writeFile;
      fs7.writeFile = writeFile6;
      function writeFile6(path, data, options, cb) {
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
      __name(writeFile6, "writeFile");
      var fs$appendFile = fs7.appendFile;
      if (fs$appendFile)
        fs7.appendFile = appendFile3;
      function appendFile3(path, data, options, cb) {
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
      __name(appendFile3, "appendFile");
      var fs$copyFile = fs7.copyFile;
      if (fs$copyFile)
        fs7.copyFile = copyFile3;
      function copyFile3(src, dest, flags, cb) {
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
      __name(copyFile3, "copyFile");
      var fs$readdir = fs7.readdir;
      fs7.readdir = readdir5;
      var noReaddirOptionVersions = /^v[0-5]\./;
      function readdir5(path, options, cb) {
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
      __name(readdir5, "readdir");
      if (process.version.substr(0, 4) === "v0.8") {
        var legStreams = legacy(fs7);
        ReadStream = legStreams.ReadStream;
        WriteStream = legStreams.WriteStream;
      }
      var fs$ReadStream = fs7.ReadStream;
      if (fs$ReadStream) {
        ReadStream.prototype = Object.create(fs$ReadStream.prototype);
        ReadStream.prototype.open = ReadStream$open;
      }
      var fs$WriteStream = fs7.WriteStream;
      if (fs$WriteStream) {
        WriteStream.prototype = Object.create(fs$WriteStream.prototype);
        WriteStream.prototype.open = WriteStream$open;
      }
      Object.defineProperty(fs7, "ReadStream", {
        get: /* @__PURE__ */ __name(function() {
          return ReadStream;
        }, "get"),
        set: /* @__PURE__ */ __name(function(val) {
          ReadStream = val;
        }, "set"),
        enumerable: true,
        configurable: true
      });
      Object.defineProperty(fs7, "WriteStream", {
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
      Object.defineProperty(fs7, "FileReadStream", {
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
      Object.defineProperty(fs7, "FileWriteStream", {
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
        open2(that.path, that.flags, that.mode, function(err, fd) {
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
        open2(that.path, that.flags, that.mode, function(err, fd) {
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
      function createReadStream4(path, options) {
        return new fs7.ReadStream(path, options);
      }
      __name(createReadStream4, "createReadStream");
      function createWriteStream3(path, options) {
        return new fs7.WriteStream(path, options);
      }
      __name(createWriteStream3, "createWriteStream");
      var fs$open = fs7.open;
      fs7.open = open2;
      function open2(path, flags, mode, cb) {
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
      __name(open2, "open");
      return fs7;
    }
    __name(patch, "patch");
    function enqueue(elem) {
      debug3("ENQUEUE", elem[0].name, elem[1]);
      fs6[gracefulQueue].push(elem);
      retry();
    }
    __name(enqueue, "enqueue");
    var retryTimer;
    function resetQueue() {
      var now = Date.now();
      for (var i = 0; i < fs6[gracefulQueue].length; ++i) {
        if (fs6[gracefulQueue][i].length > 2) {
          fs6[gracefulQueue][i][3] = now;
          fs6[gracefulQueue][i][4] = now;
        }
      }
      retry();
    }
    __name(resetQueue, "resetQueue");
    function retry() {
      clearTimeout(retryTimer);
      retryTimer = void 0;
      if (fs6[gracefulQueue].length === 0)
        return;
      var elem = fs6[gracefulQueue].shift();
      var fn = elem[0];
      var args = elem[1];
      var err = elem[2];
      var startTime = elem[3];
      var lastTime = elem[4];
      if (startTime === void 0) {
        debug3("RETRY", fn.name, args);
        fn.apply(null, args);
      } else if (Date.now() - startTime >= 6e4) {
        debug3("TIMEOUT", fn.name, args);
        var cb = args.pop();
        if (typeof cb === "function")
          cb.call(null, err);
      } else {
        var sinceAttempt = Date.now() - lastTime;
        var sinceStart = Math.max(lastTime - startTime, 1);
        var desiredDelay = Math.min(sinceStart * 1.2, 100);
        if (sinceAttempt >= desiredDelay) {
          debug3("RETRY", fn.name, args);
          fn.apply(null, args.concat([startTime]));
        } else {
          fs6[gracefulQueue].push(elem);
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
        var error2 = this._errors[i];
        var message = error2.message;
        var count = (counts[message] || 0) + 1;
        counts[message] = count;
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
    function probe(file, fs6, callback) {
      const cachedPrecision = fs6[cacheSymbol];
      if (cachedPrecision) {
        return fs6.stat(file, (err, stat7) => {
          if (err) {
            return callback(err);
          }
          callback(null, stat7.mtime, cachedPrecision);
        });
      }
      const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs6.utimes(file, mtime, mtime, (err) => {
        if (err) {
          return callback(err);
        }
        fs6.stat(file, (err2, stat7) => {
          if (err2) {
            return callback(err2);
          }
          const precision = stat7.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs6, cacheSymbol, { value: precision });
          callback(null, stat7.mtime, precision);
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
    var fs6 = require_graceful_fs();
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
        options.fs.stat(lockfilePath, (err2, stat7) => {
          if (err2) {
            if (err2.code === "ENOENT") {
              return acquireLock(file, { ...options, stale: 0 }, callback);
            }
            return callback(err2);
          }
          if (!isLockStale(stat7, options)) {
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
    function isLockStale(stat7, options) {
      return stat7.mtime.getTime() < Date.now() - options.stale;
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
        options.fs.stat(lock2.lockfilePath, (err, stat7) => {
          const isOverThreshold = lock2.lastUpdate + options.stale < Date.now();
          if (err) {
            if (err.code === "ENOENT" || isOverThreshold) {
              return setLockAsCompromised(file, lock2, Object.assign(err, { code: "ECOMPROMISED" }));
            }
            lock2.updateDelay = 1e3;
            return updateLock(file, options);
          }
          const isMtimeOurs = lock2.mtime.getTime() === stat7.mtime.getTime();
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
        fs: fs6,
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
        fs: fs6,
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
        fs: fs6,
        ...options
      };
      options.stale = Math.max(options.stale || 0, 2e3);
      resolveCanonicalPath(file, options, (err, file2) => {
        if (err) {
          return callback(err);
        }
        options.fs.stat(getLockFile(file2, options), (err2, stat7) => {
          if (err2) {
            return err2.code === "ENOENT" ? callback(null, false) : callback(err2);
          }
          return callback(null, !isLockStale(stat7, options));
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
    var fs6 = require_graceful_fs();
    function createSyncFs(fs7) {
      const methods = ["mkdir", "realpath", "stat", "rmdir", "utimes"];
      const newFs = { ...fs7 };
      methods.forEach((method) => {
        newFs[method] = (...args) => {
          const callback = args.pop();
          let ret;
          try {
            ret = fs7[`${method}Sync`](...args);
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
      return (...args) => new Promise((resolve9, reject) => {
        args.push((err, result) => {
          if (err) {
            reject(err);
          } else {
            resolve9(result);
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
      options.fs = createSyncFs(options.fs || fs6);
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
        const platform2 = navigator.platform.toLowerCase();
        return platform2 === "win32" || platform2 === "windows";
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
    var constants3 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants3;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants3.DEFAULT_MAX_EXTGLOB_RECURSION;
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
      const PLATFORM_CHARS = constants3.globChars(opts.windows);
      const EXTGLOB_CHARS = constants3.extglobChars(PLATFORM_CHARS);
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
      const consume = /* @__PURE__ */ __name((value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
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
          const open2 = tokens[token.tokensIndex];
          open2.type = "text";
          open2.value = literal;
          open2.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open2.output;
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
          const open2 = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open2);
          push(open2);
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
      } = constants3.globChars(opts.windows);
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
    var constants3 = require_constants();
    var isObject3 = /* @__PURE__ */ __name((val) => val && typeof val === "object" && !Array.isArray(val), "isObject");
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
      const isState = isObject3(glob) && glob.tokens && glob.input;
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
    picomatch2.constants = constants3;
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
              const num = +id;
              if (num >= 0 && num < MAX_SAFE_INTEGER) {
                return num;
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
    var constants3 = require_constants2();
    var SemVer = require_semver();
    var truncate = /* @__PURE__ */ __name((version, truncation, options) => {
      if (!constants3.RELEASE_TYPES.includes(truncation)) {
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
    var constants3 = require_constants2();
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
      SEMVER_SPEC_VERSION: constants3.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants3.RELEASE_TYPES,
      compareIdentifiers: identifiers.compareIdentifiers,
      rcompareIdentifiers: identifiers.rcompareIdentifiers
    };
  }
});

// node_modules/@mlops-actions/action-kit/src/inputs.ts
import { isAbsolute as isAbsolute2, relative as relative2, resolve as resolve2, sep as sep2 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
__name(toCommandValue, "toCommandValue");
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}
__name(toCommandProperties, "toCommandProperties");

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties2, message) {
  const cmd = new Command(command, properties2, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
__name(issueCommand, "issueCommand");
function issue(name, message = "") {
  issueCommand(name, {}, message);
}
__name(issue, "issue");
var CMD_STRING = "::";
var Command = class {
  static {
    __name(this, "Command");
  }
  constructor(command, properties2, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties2;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
__name(escapeData, "escapeData");
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}
__name(escapeProperty, "escapeProperty");

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
__name(issueFileCommand, "issueFileCommand");
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}
__name(prepareKeyValueMessage, "prepareKeyValueMessage");

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve9) {
      resolve9(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve9, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    __name(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    __name(rejected, "rejected");
    function step(result) {
      result.done ? resolve9(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    __name(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  static {
    __name(this, "Summary");
  }
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code2, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code2), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label2, content) {
    const element = this.wrap("details", this.wrap("summary", label2) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var __awaiter2 = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve9) {
      resolve9(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve9, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    __name(fulfilled, "fulfilled");
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    __name(rejected, "rejected");
    function step(result) {
      result.done ? resolve9(result.value) : adopt(result.value).then(fulfilled, rejected);
    }
    __name(step, "step");
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
__name(setSecret, "setSecret");
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
__name(getInput, "getInput");
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
__name(setOutput, "setOutput");
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
__name(setFailed, "setFailed");
function isDebug() {
  return process.env["RUNNER_DEBUG"] === "1";
}
__name(isDebug, "isDebug");
function debug(message) {
  issueCommand("debug", {}, message);
}
__name(debug, "debug");
function error(message, properties2 = {}) {
  issueCommand("error", toCommandProperties(properties2), message instanceof Error ? message.toString() : message);
}
__name(error, "error");
function warning(message, properties2 = {}) {
  issueCommand("warning", toCommandProperties(properties2), message instanceof Error ? message.toString() : message);
}
__name(warning, "warning");
function notice(message, properties2 = {}) {
  issueCommand("notice", toCommandProperties(properties2), message instanceof Error ? message.toString() : message);
}
__name(notice, "notice");
function info(message) {
  process.stdout.write(message + os4.EOL);
}
__name(info, "info");
function startGroup(name) {
  issue("group", name);
}
__name(startGroup, "startGroup");
function endGroup() {
  issue("endgroup");
}
__name(endGroup, "endGroup");
function group(name, fn) {
  return __awaiter2(this, void 0, void 0, function* () {
    startGroup(name);
    let result;
    try {
      result = yield fn();
    } finally {
      endGroup();
    }
    return result;
  });
}
__name(group, "group");

// node_modules/@mlops-actions/files/src/atomic.ts
import { randomBytes } from "node:crypto";
import { mkdir as mkdir2, rename as rename2, rm as rm2, stat as stat2, writeFile as writeFile2 } from "node:fs/promises";
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
    await writeFile2(tmp, data);
    await rename2(tmp, path);
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
      const st = await stat2(d);
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
      await mkdir2(d);
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
  await rm2(path, { force: true, recursive: true }).catch(() => void 0);
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
import { appendFile as appendFile2 } from "node:fs/promises";
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
    await appendFile2(file, this.markdown, "utf8");
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
  const issue2 = event["issue"];
  const prNumber = pr?.number ?? (issue2?.pull_request ? issue2.number : void 0);
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
import { existsSync as existsSync2 } from "node:fs";
import { resolve as resolve4 } from "node:path";
import { fileURLToPath } from "node:url";
var DEFAULT_REGISTRY_BRANCH = "mlops-registry";
var FIX_MISSING = "Point it at the directory register-model wrote (file:<dir>, relative to the workspace), or use git:origin for the repository's registry branch";
function readRegistryInputs(inputs, ctx, options = {}) {
  const uri = inputs.optional("registry") ?? defaultRegistry(ctx);
  const branch = inputs.string("registry-branch", DEFAULT_REGISTRY_BRANCH);
  const token = inputs.secret("github-token");
  const directory = fileRegistryDirectory(uri, ctx.workspace);
  const missing2 = directory !== void 0 && !existsSync2(directory);
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
import * as fs3 from "node:fs";
import { copyFile as copyFile2, readdir as readdir2, readFile, rename as rename3, rm as rm4, rmdir as rmdir2, stat as stat3, writeFile as writeFile4 } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname as dirname3, join as join2, relative as relative4, sep as sep3 } from "node:path";

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
    const v = JSON.parse(await readFile(join2(lockDir, OWNER_FILE), "utf8"));
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
    return `'${join2(this.o.root, path)}'`;
  }
  async read() {
    const root = this.o.root;
    const readBuffer = /* @__PURE__ */ __name(async (path) => {
      try {
        return await readFile(join2(root, path));
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
          await copyFile2(join2(root, path), dest);
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
      const lockDir = join2(root, ".lock");
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
      await rmdir2(join2(root, ".staging")).catch(() => void 0);
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
      await rename3(lockDir, aside);
    } catch {
      return;
    }
    const moved = await readOwner(aside);
    if (moved && moved.nonce === owner.nonce) {
      await rm4(aside, { recursive: true, force: true });
      this.o.log?.info(`registry: took over the lock of ${this.o.root} left by process ${owner.pid}, which is gone`);
    } else {
      await rename3(aside, lockDir).catch(() => rm4(aside, { recursive: true, force: true }));
    }
  }
  /** Staging folders of registry writers that died mid-write: only the lock holder stages, so all of them are stale. */
  async cleanStaging() {
    const dir = join2(this.o.root, ".staging");
    let names;
    try {
      names = await readdir2(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const legacy = /^(\d+)-[0-9a-f]{12}$/.exec(name);
      if (name.startsWith(STAGING_PREFIX) || legacy && pidIsGone(Number(legacy[1]))) {
        await rm4(join2(dir, name), { recursive: true, force: true });
        this.o.log?.debug?.(`registry: removed the staging folder ${name} of a writer that died`);
      }
    }
  }
  async apply(cs, compromised) {
    const root = this.o.root;
    const staging = join2(root, ".staging", `${STAGING_PREFIX}${process.pid}-${randomBytes2(6).toString("hex")}`);
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
        const p = join2(staging, String(i));
        if ("data" in c) await writeFile4(p, c.data);
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
        const dest = join2(root, c.path);
        await makeFolders(dirname3(dest));
        await rename3(staged[i], dest);
      }
      for (const c of cs.changes) {
        const size = "data" in c ? Buffer.byteLength(c.data) : c.size;
        const st = await stat3(join2(root, c.path)).catch(() => void 0);
        if (!st?.isFile() || st.size !== size) {
          throw new UserError(
            `the registry file ${join2(root, c.path)} is ${st ? `${st.size} bytes, expected ${size}` : "missing"} right after it was written`,
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
      await rm4(staging, { recursive: true, force: true });
    }
  }
  async close() {
  }
};
function lockFs() {
  const owner = { host: hostname(), pid: process.pid, nonce: randomBytes2(8).toString("hex") };
  return {
    ...fs3,
    mkdir: /* @__PURE__ */ __name(((path, cb) => {
      const made = /* @__PURE__ */ __name(() => fs3.writeFile(join2(path, OWNER_FILE), JSON.stringify(owner), () => cb(null)), "made");
      fs3.mkdir(path, (err) => {
        if (!err) return made();
        if (err.code !== "ENOENT") return cb(err);
        const retry = /* @__PURE__ */ __name(() => fs3.mkdir(path, (again) => again ? cb(again) : made()), "retry");
        makeFolders(dirname3(path)).then(retry, retry);
      });
    }), "mkdir"),
    rmdir: /* @__PURE__ */ __name(((path, cb) => {
      fs3.rm(path, { recursive: true }, (err) => cb(err));
    }), "rmdir"),
    rmdirSync: /* @__PURE__ */ __name(((path) => fs3.rmSync(path, { recursive: true })), "rmdirSync")
  };
}
__name(lockFs, "lockFs");
async function removeEmptyDirs(dir, createdTop) {
  let d = dir;
  for (; ; ) {
    try {
      await rmdir2(d);
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
import { mkdir as mkdir4, mkdtemp, readFile as readFile2, rm as rm5, writeFile as writeFile5 } from "node:fs/promises";
import { join as join3, resolve as resolve5 } from "node:path";
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
    this.exited = new Promise((resolve9) => {
      this.child.on("close", (code2) => {
        this.fail(
          new Error(`git cat-file --batch ended (exit ${code2 ?? "signal"}): ${this.stderr.trim().split("\n").slice(-3).join(" | ")}`)
        );
        resolve9();
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
    return new Promise((resolve9, reject) => {
      if (this.queue.length === 0) this.child.stdout.ref?.();
      this.queue.push({ object, sink, resolve: resolve9, reject });
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
    return new Promise((resolve9, reject) => {
      const child = spawn2("git", args, { env: { ...this.env, ...o.env }, stdio: ["pipe", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => reject(cannotRunGit(e)));
      child.on(
        "close",
        (code2) => resolve9({ code: code2 ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: this.redact(Buffer.concat(err).toString("utf8")) })
      );
      child.stdin.on("error", () => void 0);
      child.stdin.end(o.input ?? "");
    });
  }
  /** Like run(), with stdout as bytes (blobs). */
  runBuffer(args) {
    return new Promise((resolve9, reject) => {
      const child = spawn2("git", args, { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => reject(cannotRunGit(e)));
      child.on(
        "close",
        (code2) => resolve9({ code: code2 ?? 1, stdout: Buffer.concat(out), stderr: this.redact(Buffer.concat(err).toString("utf8")) })
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
    const closed = new Promise((resolve9, reject) => {
      child.on("error", reject);
      child.on("close", (code3) => resolve9(code3 ?? 1));
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
    const exited = new Promise((resolve9, reject) => {
      child.on("error", reject);
      child.on("close", (code3) => resolve9(code3 ?? 1));
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
  versionCheck = new Promise((resolve9, reject) => {
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
      resolve9(m[0]);
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
    this.workDir = await mkdtemp(join3(this.o.tempDir, "mlops-registry-"));
    const gitDir = join3(this.workDir, "repo.git");
    const cli = new GitCli({ gitDir, remoteUrl, token: this.o.token });
    for (const d of ["objects/info", "objects/pack", "refs/heads", "refs/tags"]) await mkdir4(join3(gitDir, d), { recursive: true });
    await writeFile5(join3(gitDir, "HEAD"), "ref: refs/heads/unused\n");
    await writeFile5(
      join3(gitDir, "config"),
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
      const line = (await readFile2(join3(this.cli.gitDir, "FETCH_HEAD"), "utf8")).split("\n")[0] ?? "";
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
    const stage = await mkdtemp(join3(this.workDir, "stage-"));
    try {
      const env = { GIT_INDEX_FILE: join3(stage, "index") };
      await git.ok(parent ? ["read-tree", parent] : ["read-tree", "--empty"], { env });
      const paths = [];
      for (const [i, c] of cs.changes.entries()) {
        if ("data" in c) {
          const p = join3(stage, `blob-${i}`);
          await writeFile5(p, c.data);
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
      await rm5(stage, { recursive: true, force: true });
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
    if (this.workDir) await rm5(this.workDir, { recursive: true, force: true });
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
import { readdir as readdir3, readFile as readFile3, rename as rename5, rm as rm7, stat as stat5 } from "node:fs/promises";
import { dirname as dirname5, join as join6, resolve as resolvePath } from "node:path";

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
import * as crypto3 from "node:crypto";
import * as fs5 from "node:fs";
import { isAbsolute as isAbsolute5, resolve as resolve6 } from "node:path";
import { setImmediate as yieldToLoop } from "node:timers/promises";

// node_modules/@mlops-actions/hashing/src/pool.ts
import * as crypto2 from "node:crypto";
import * as fs4 from "node:fs";
import { availableParallelism } from "node:os";
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
function hashFileSync(fs6, crypto4, path, flags, buf, algorithm, withStat, meta, i) {
  const fd = fs6.openSync(path, flags);
  try {
    let size = -1;
    if (withStat) {
      const st = fs6.fstatSync(fd);
      if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      size = st.size;
      meta[i * 3 + 1] = st.mtimeMs;
      meta[i * 3 + 2] = st.ino;
    }
    let got = fs6.readSync(fd, buf, 0, buf.length, null);
    if (got < buf.length && (size === -1 || got === size)) {
      meta[i * 3] = got;
      return crypto4.hash(algorithm, buf.subarray(0, got), "hex");
    }
    if (size === -1) {
      const st = fs6.fstatSync(fd);
      if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
      size = st.size;
    }
    const h = crypto4.createHash(algorithm);
    let total = 0;
    while (got > 0) {
      h.update(buf.subarray(0, got));
      total += got;
      got = fs6.readSync(fd, buf, 0, buf.length, null);
    }
    if (total !== size)
      throw Object.assign(new Error(`its size changed from ${size} to ${total} bytes while it was read`), { code: "ECHANGED" });
    meta[i * 3] = total;
    return h.digest("hex");
  } finally {
    fs6.closeSync(fd);
  }
}
__name(hashFileSync, "hashFileSync");
function statFileSync(fs6, path, noFollow, meta, i) {
  let st;
  try {
    st = noFollow ? fs6.lstatSync(path, { throwIfNoEntry: false }) : fs6.statSync(path, { throwIfNoEntry: false });
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
  const fd = fs4.openSync(path, flags);
  try {
    const st = fs4.fstatSync(fd);
    if (!st.isFile()) throw Object.assign(new Error("not a regular file"), { code: "ENOTREG" });
    const h = crypto2.createHash(algorithm);
    const ring = Array.from({ length: OVERLAP_DEPTH + 1 }, () => Buffer.allocUnsafe(OVERLAP_CHUNK));
    const chunks = Math.ceil(st.size / OVERLAP_CHUNK);
    const reads = [];
    let issued = 0;
    const issue2 = /* @__PURE__ */ __name(() => {
      const k = issued++;
      reads.push(
        new Promise(
          (resolve9, reject) => fs4.read(fd, ring[k % ring.length], 0, OVERLAP_CHUNK, k * OVERLAP_CHUNK, (e, n) => e ? reject(e) : resolve9(n))
        )
      );
    }, "issue");
    while (issued < chunks && issued < OVERLAP_DEPTH) issue2();
    let total = 0;
    try {
      for (let k = 0; k < chunks; k++) {
        const n = await reads.shift();
        if (issued < chunks) issue2();
        h.update(ring[k % ring.length].subarray(0, n));
        total += n;
        if (n < OVERLAP_CHUNK && k < chunks - 1) break;
      }
    } finally {
      await Promise.allSettled(reads);
    }
    const grew = total === st.size && fs4.readSync(fd, ring[0], 0, 1, total) > 0;
    if (grew || total !== st.size)
      throw Object.assign(new Error(`its size changed from ${st.size} bytes while it was read`), { code: "ECHANGED" });
    meta[0] = total;
    meta[1] = st.mtimeMs;
    meta[2] = st.ino;
    return h.digest("hex");
  } finally {
    fs4.closeSync(fd);
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
function openFlags(fs6, noFollow) {
  return fs6.constants.O_RDONLY | fs6.constants.O_NONBLOCK | (noFollow ? fs6.constants.O_NOFOLLOW : 0);
}
__name(openFlags, "openFlags");
function workerMain(hashFile, statFile) {
  const { parentPort, workerData } = process.getBuiltinModule("node:worker_threads");
  const fs6 = process.getBuiltinModule("node:fs");
  let crypto4;
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
      for (let i = 0; i < n; i++) statFile(fs6, prefix + names[i], noFollow, meta, i);
      parentPort.postMessage({ id: req.id, meta, digests: "" }, [meta.buffer]);
      return;
    }
    let digests = "";
    for (let i = 0; i < n; i++) {
      const path = prefix + names[i];
      try {
        crypto4 ??= process.getBuiltinModule("node:crypto");
        digests += hashFile(fs6, crypto4, path, flags, buf, algorithm, withStat, meta, i);
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
    this.flags = openFlags(fs4, o.noFollow ?? false);
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
    return new Promise((resolve9, reject) => {
      this.queue.push({ id: this.nextId++, op, names, resolve: resolve9, reject });
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
    const { algorithm, stat: stat7 } = this.options;
    const meta = new Float64Array(job.names.length * 3);
    if (job.op === "stat") {
      const noFollow = this.options.noFollow ?? false;
      for (let i = 0; i < job.names.length; i++) statFileSync(fs4, this.prefix + job.names[i], noFollow, meta, i);
      job.resolve({ meta, digests: "" });
      return true;
    }
    this.mainBuffer ??= Buffer.allocUnsafe(BUFFER_SIZE);
    let digests = "";
    for (let i = 0; i < job.names.length; i++) {
      try {
        digests += hashFileSync(fs4, crypto2, this.prefix + job.names[i], this.flags, this.mainBuffer, algorithm, stat7 ?? false, meta, i);
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
import { isAbsolute as isAbsolute4, join as join4, posix, relative as relative5, sep as sep5 } from "node:path";
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
    const lexical = rel === "" ? rootReal : join4(rootReal, ...rel.split("/"));
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
    const abs = line === "" ? root : join4(root, ...line.split("/"));
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
    const baseAbs = base === "" ? root : join4(root, ...base.split("/"));
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
        const st = fs5.statSync(prefix + files.paths[k], { throwIfNoEntry: false });
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
  for (const rel of paths) total += fs5.statSync(prefix + rel, { throwIfNoEntry: false })?.size ?? 0;
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
      for (let i = 0; i < names.length; i++) statFileSync(fs5, prefix + names[i], !follow, meta, i);
      check(ks, slots, meta);
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
  const flags = openFlags(fs5, !follow);
  const meta = new Float64Array(3);
  for (const k of ks) {
    const rel = files.paths[k];
    meta.fill(0);
    try {
      const st = fs5.statSync(prefix + rel, { throwIfNoEntry: false });
      files.digests[k] = st && st.size > BUFFER_SIZE ? await hashFileOverlapped(prefix + rel, flags, algorithm, meta) : hashFileSync(fs5, crypto3, prefix + rel, flags, buf, algorithm, withStat, meta, 0);
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

// node_modules/@mlops-actions/markdown/src/blocks.ts
function table(headers, rows, align = []) {
  const sep8 = headers.map((_, i) => {
    const a = align[i];
    return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
  });
  const line = /* @__PURE__ */ __name((cells) => `| ${headers.map((_, i) => cells[i] ?? "").join(" | ")} |`, "line");
  return [line(headers), line(sep8), ...rows.map(line)].join("\n");
}
__name(table, "table");

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
function parseModelVersion(version, where = { input: "version" }) {
  const text = version.trim().replace(/^v(?=\d)/, "");
  if (!isModelVersion(text)) {
    throw new UserError(`'${version}' is not a semantic version without build metadata`, {
      ...where,
      fix: "Write MAJOR.MINOR.PATCH, optionally with a pre-release such as 1.4.0 or 2.0.0-rc.1; or leave it empty and use bump"
    });
  }
  return text;
}
__name(parseModelVersion, "parseModelVersion");
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
import { realpath, rename as rename4, rm as rm6, stat as stat4 } from "node:fs/promises";
import { basename as basename2, dirname as dirname4, isAbsolute as isAbsolute6, join as join5, resolve as resolve7, sep as sep6 } from "node:path";
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
  const target = join5(dir, name, m.digestHex);
  const location = { kind: "file", uri: `file:${target}` };
  const remove = /* @__PURE__ */ __name(() => rm6(target, { recursive: true, force: true }), "remove");
  if (await verifyDir(target, m.files)) return { location, created: false, remove: /* @__PURE__ */ __name(async () => void 0, "remove") };
  const staging = join5(dir, ".staging", `${process.pid}-${randomBytes3(6).toString("hex")}`);
  try {
    for (const f of m.files) {
      const got = await copyHashed(join5(m.root, f.path), join5(staging, f.path));
      if (got.sha256 !== f.sha256 || got.size !== f.size) {
        throw new UserError(`the model file ${f.path} changed while it was being stored (sha256 ${got.sha256}, expected ${f.sha256})`, {
          fix: "Register once the training step has finished writing its files; nothing was registered"
        });
      }
    }
    await makeFolders(join5(dir, name));
    if (await pathExists(target)) {
      log?.warning(`registry: ${target} held files that do not match their digest; replacing them`);
      await remove();
    }
    try {
      await rename4(staging, target);
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
    await rm6(staging, { recursive: true, force: true });
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
    real = await realpath(join5(dir, path));
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
      const got = await sha256File(join5(dir, f.path));
      if (got.sha256 !== f.sha256 || got.size !== f.size) return false;
    } catch {
      return false;
    }
  }
  return files.length > 0;
}
__name(verifyDir, "verifyDir");
async function pathExists(p) {
  return stat4(p).then(
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
    out[f.path] = await uploadAsset(gh, release, want, join5(m.root, f.path), f.size, log);
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
    const staging = join6(destDir, `.mlops-download-${randomBytes4(6).toString("hex")}`);
    try {
      for (const f of card.files) {
        const tmp = join6(staging, f.path);
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
        const dest = join6(destDir, f.path);
        await makeFolders(dirname5(dest));
        await rename5(join6(staging, f.path), dest);
        files.push({ path: f.path, absolute: dest, size: f.size, sha256: f.sha256 });
      }
      return { dir: destDir, files, card };
    } finally {
      await rm7(staging, { recursive: true, force: true });
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
              changes.push({ path: layout.file(name, version, f.path), source: join6(model.root, f.path), sha256: f.sha256, size: f.size });
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
      const shown2 = { ...card };
      if (deprecation) shown2.deprecated = deprecation;
      else delete shown2.deprecated;
      changes.push({ path: layout.card(name, v), data: toJson(shown2) });
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
      entries = await readdir3(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (/^\.git$/i.test(e.name)) found.push(r);
      else if (e.isDirectory()) await walk(join6(abs, e.name), r);
    }
  }, "walk");
  for (const p of paths) {
    if (p.startsWith("!") || /[*?[\]{}]/.test(p)) continue;
    const abs = resolvePath(root, p);
    const st = await stat5(abs).catch(() => void 0);
    const rel = p === "." ? "" : p.replace(/^\.\//, "").replace(/\/+$/, "");
    if (/^\.git$/i.test(rel.split("/").pop() ?? "")) found.push(rel);
    else if (st?.isDirectory()) await walk(abs, rel);
  }
  return found;
}
__name(gitFolders, "gitFolders");
async function readInput(path, input) {
  try {
    return await readFile3(path);
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
  const tempDir = o.tempDir ?? tmpdir2();
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

// node_modules/@mlops-actions/registry/src/lifecycle.ts
import { randomBytes as randomBytes5 } from "node:crypto";
import { readdir as readdir4, rename as rename6, rm as rm8, stat as stat6 } from "node:fs/promises";
import { basename as basename3, dirname as dirname6, join as join7 } from "node:path";
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
  const tag = randomBytes5(6).toString("hex");
  const staging = join7(parent, `.${basename3(o.dest)}.fetch-${tag}`);
  const old = join7(parent, `.${basename3(o.dest)}.old-${tag}`);
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
        await rename6(o.dest, old);
      } catch (e) {
        throw new UserError(`cannot replace ${o.dest}: ${fsWords(e)}`, {
          input: pathInput,
          fix: "Fetch into a folder this runner may change"
        });
      }
      replaced = existing === "non-empty";
    }
    try {
      await rename6(staging, o.dest);
    } catch (e) {
      if (existing !== "absent") await rename6(old, o.dest).catch(() => void 0);
      throw new UserError(`cannot move the fetched files to ${o.dest}: ${fsWords(e)}`, {
        input: pathInput,
        fix: "Fetch into a folder this runner may change"
      });
    }
    await rm8(old, { recursive: true, force: true }).catch(() => void 0);
    return { card, dir: o.dest, files: got.files.map((f) => ({ path: f.path, size: f.size, sha256: f.sha256 })), replaced, cardPath };
  } catch (e) {
    if (cardWritten && cardPath) await rm8(cardPath, { force: true }).catch(() => void 0);
    await rm8(staging, { recursive: true, force: true }).catch(() => void 0);
    if (createdParent) await rm8(createdParent, { recursive: true, force: true }).catch(() => void 0);
    throw e;
  } finally {
    await rm8(staging, { recursive: true, force: true }).catch(() => void 0);
  }
}
__name(fetchModel, "fetchModel");
async function inspectDest(dest, input) {
  let st;
  try {
    st = await stat6(dest);
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
    return (await readdir4(dest)).length ? "non-empty" : "empty";
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
  for (const e of await readdir4(join7(dir, rel), { withFileTypes: true })) {
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
import { isAbsolute as isAbsolute7, join as join8, resolve as resolve8, sep as sep7 } from "node:path";
function parseFetchOptions(i) {
  const workspace = resolve8(i.workspace);
  const model = parseModelName(i.model, { input: "model" });
  const ref = { version: i.version, alias: i.alias };
  const parsed = parseVersionRef(ref);
  const refText = parsed.version ?? parsed.alias ?? "latest";
  const given = i.path;
  if (/[\r\n]/.test(given ?? ""))
    throw new UserError("must be one folder, got several lines", { input: "path", fix: "Give a single folder path" });
  const dest = given === void 0 ? join8(resolve8(i.runnerTemp), "fetch-model", `${model}-${refText}`) : isAbsolute7(given) ? resolve8(given) : resolveInside(workspace, given, { input: "path" });
  if (holds(dest, workspace)) {
    throw new UserError(`'${given}' is the workspace${dest === workspace ? "" : " or a folder holding it"}`, {
      input: "path",
      fix: "Fetch into a folder of its own, e.g. models/<name> or ${{ runner.temp }}/model"
    });
  }
  if (i.registryDirectory && holds(dest, resolve8(i.registryDirectory))) {
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
    cardDir: join8(resolve8(i.runnerTemp), "fetch-model")
  };
}
__name(parseFetchOptions, "parseFetchOptions");
function holds(outer, inner) {
  return inner === outer || inner.startsWith(outer.endsWith(sep7) ? outer : `${outer}${sep7}`);
}
__name(holds, "holds");

// node_modules/@mlops-actions/registry/src/fetch-step.ts
import { join as join9 } from "node:path";

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
      cardPath: /* @__PURE__ */ __name((c) => join9(o.cardDir, `${c.name}-${c.version}.card.json`), "cardPath"),
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

// actions/fetch-model/src/main.ts
function readInputs() {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const registry = readRegistryInputs(inputs, ctx, { mustExist: true });
  return {
    ctx,
    workspace: ctx.workspace,
    runnerTemp: ctx.runnerTemp,
    model: inputs.string("model"),
    version: inputs.optional("version"),
    alias: inputs.optional("alias"),
    registry: { uri: registry.uri, branch: registry.branch },
    registryDirectory: registry.directory,
    token: registry.token,
    path: inputs.optional("path"),
    overwrite: inputs.boolean("overwrite", false),
    allowDeprecated: inputs.boolean("allow-deprecated", false)
  };
}
__name(readInputs, "readInputs");
var run2 = /* @__PURE__ */ __name(() => run(async () => {
  const { ctx, ...raw } = readInputs();
  const r = await runFetchModel(parseFetchOptions(raw), {
    ctx: { ...registryContext(ctx), owner: ctx.owner, repo: ctx.repo },
    log: log_exports,
    // The GitHub client (and its code) is loaded on the first Release asset download only.
    gitHubClient: /* @__PURE__ */ __name((token) => import("./chunks/src-6NR7XKKT.js").then(
      (m) => m.createGitHubClient({ token, apiUrl: ctx.apiUrl, log: log_exports, timeScale: ctx.timeScale })
    ), "gitHubClient")
  });
  setOutputs(r.outputs);
  await new JobSummary().add(r.summary).write();
}), "run");

// actions/fetch-model/src/index.ts
await run2();
