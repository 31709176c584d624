import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  chartNumber,
  code,
  compareManifests,
  details,
  escapeText,
  label,
  link,
  parseAlias,
  parseModelName,
  readManifest,
  resolveInside,
  sha256Bytes,
  table,
  toPosixRelative,
  writeFileAtomic,
  xyChart
} from "./chunks/chunk-Z36CZIMZ.js";
import {
  MAX_DOCUMENT_BYTES,
  UserError,
  checkSize,
  isUserError,
  messageOf,
  mib,
  parseDocumentText,
  parseJsonText,
  parseYamlText
} from "./chunks/chunk-L2EF6UH4.js";
import {
  __commonJS,
  __export,
  __name,
  __toESM
} from "./chunks/chunk-C6ICYTQL.js";

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      __name(getCjsExportFromNamespace, "getCjsExportFromNamespace");
      var load = /* @__PURE__ */ __name(function(received, defaults, onto = {}) {
        var k, ref, v;
        for (k in defaults) {
          v = defaults[k];
          onto[k] = (ref = received[k]) != null ? ref : v;
        }
        return onto;
      }, "load");
      var overwrite = /* @__PURE__ */ __name(function(received, defaults, onto = {}) {
        var k, v;
        for (k in received) {
          v = received[k];
          if (defaults[k] !== void 0) {
            onto[k] = v;
          }
        }
        return onto;
      }, "overwrite");
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        static {
          __name(this, "DLList");
        }
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        static {
          __name(this, "Events");
        }
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises3;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises3 = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error2) {
                e2 = error2;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises3)).find(function(x) {
              return x != null;
            });
          } catch (error2) {
            e = error2;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        static {
          __name(this, "Queues");
        }
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j, ref, results;
            results = [];
            for (i = j = 1, ref = num_priorities; 1 <= ref ? j <= ref : j >= ref; i = 1 <= ref ? ++j : --j) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn);
          });
        }
        getFirst(arr2 = this._lists) {
          var j, len, list;
          for (j = 0, len = arr2.length; j < len; j++) {
            list = arr2[j];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
        static {
          __name(this, "BottleneckError");
        }
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        static {
          __name(this, "Job");
        }
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error: error2, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error2 != null ? error2 : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run3, free) {
          var error2, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error2 = error1;
            return this._onFailure(error2, eventInfo, clearGlobalState, run3, free);
          }
        }
        doExpire(clearGlobalState, run3, free) {
          var error2, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error2 = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error2, eventInfo, clearGlobalState, run3, free);
        }
        async _onFailure(error2, eventInfo, clearGlobalState, run3, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error2, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run3(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error2);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        static {
          __name(this, "LocalDatastore");
        }
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t = 0) {
          return new this.Promise(function(resolve6, reject) {
            return setTimeout(resolve6, t);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        static {
          __name(this, "States");
        }
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k, pos, ref, results, v;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k in ref) {
              v = ref[k];
              if (v === pos) {
                results.push(k);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v, i) => {
            acc[this.status[i]] = v;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        static {
          __name(this, "Sync");
        }
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error2, reject, resolve6, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve6, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve6(returned);
                };
              } catch (error1) {
                error2 = error1;
                return function() {
                  return reject(error2);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve6;
          resolve6 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve6 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve6, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = /* @__PURE__ */ __name(() => console.log("You must import the full version of Bottleneck in order to use this feature."), "require$$2");
      var require$$3 = /* @__PURE__ */ __name(() => console.log("You must import the full version of Bottleneck in order to use this feature."), "require$$3");
      var require$$4 = /* @__PURE__ */ __name(() => console.log("You must import the full version of Bottleneck in order to use this feature."), "require$$4");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          static {
            __name(this, "Group");
          }
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k, ref, results, v;
            ref = this.instances;
            results = [];
            for (k in ref) {
              v = ref[k];
              results.push({
                key: k,
                limiter: v
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k = found[i];
                keys.push(k.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k, ref, results, time, v;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k in ref) {
                v = ref[k];
                try {
                  if (await v._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k));
                  } else {
                    results.push(void 0);
                  }
                } catch (error2) {
                  e = error2;
                  results.push(v.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          static {
            __name(this, "Batcher");
          }
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = /* @__PURE__ */ __name(() => console.log("You must import the full version of Bottleneck in order to use this feature."), "require$$4$1");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          static {
            __name(this, "Bottleneck");
          }
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run3;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run3 = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run3, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run3, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = /* @__PURE__ */ __name((at) => {
              var finished;
              finished = /* @__PURE__ */ __name(() => {
                var counts2;
                counts2 = this._states.counts;
                return counts2[0] + counts2[1] + counts2[2] + counts2[3] === at;
              }, "finished");
              return new this.Promise((resolve6, reject) => {
                if (finished()) {
                  return resolve6();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve6();
                    }
                  });
                }
              });
            }, "waitForExecuting");
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k, ref, v;
                ref = this._scheduled;
                for (k in ref) {
                  v = ref[k];
                  if (this.jobStatus(v.job.options.id) === "RUNNING") {
                    clearTimeout(v.timeout);
                    clearTimeout(v.expiration);
                    v.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error2, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error2 = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error: error2 });
              job.doDrop({ error: error2 });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = /* @__PURE__ */ __name((...args2) => {
              return new this.Promise(function(resolve6, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve6)(args3);
                });
              });
            }, "task");
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = /* @__PURE__ */ __name(function(...args) {
              return schedule(fn.bind(this), ...args);
            }, "wrapped");
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// actions/validate-metrics/src/main.ts
import { resolve as resolve5 } from "node:path";

// node_modules/@mlops-actions/action-kit/src/inputs.ts
import { isAbsolute, relative, resolve, sep } from "node:path";

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
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve6, reject) {
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
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
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
      const cells = row.map((cell2) => {
        if (typeof cell2 === "string") {
          return this.wrap("td", cell2);
        }
        const { header, data, colspan, rowspan } = cell2;
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
    return value instanceof P ? value : new P(function(resolve6) {
      resolve6(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve6, reject) {
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
      result.done ? resolve6(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    const path = isAbsolute(v) ? resolve(v) : resolveInside(options.root, v, { input: name });
    const rel = relative(options.root, path);
    return { path, display: rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel.split(sep).join("/") : path };
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
import { isAbsolute as isAbsolute2, relative as relative2 } from "node:path";
function properties(place) {
  const ws = process.env["GITHUB_WORKSPACE"];
  let file = place.file;
  if (file && ws && isAbsolute2(file)) {
    const rel = relative2(ws, file);
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
import { resolve as resolve2 } from "node:path";
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
    workspace: resolve2(ctx.workspace),
    tempDir: resolve2(ctx.runnerTemp),
    identity: { actor: ctx.actor, actorId: ctx.actorId, runUrl: ctx.runUrl, runId: ctx.runId, repository: ctx.repository },
    serverUrl: ctx.serverUrl,
    timeScale: ctx.timeScale
  };
}
__name(registryContext, "registryContext");

// node_modules/@mlops-actions/action-kit/src/registry-inputs.ts
import { existsSync as existsSync2 } from "node:fs";
import { resolve as resolve3 } from "node:path";
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
  if (!rest.startsWith("//")) return resolve3(workspace, rest);
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

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}
__name(getUserAgent, "getUserAgent");

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}
__name(register, "register");

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = /* @__PURE__ */ __name((method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    }, "hook");
  }
  if (kind === "after") {
    hook2 = /* @__PURE__ */ __name((method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    }, "hook");
  }
  if (kind === "error") {
    hook2 = /* @__PURE__ */ __name((method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error2) => {
        return orig(error2, options);
      });
    }, "hook");
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}
__name(addHook, "addHook");

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}
__name(removeHook, "removeHook");

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
__name(bindApi, "bindApi");
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
__name(Singular, "Singular");
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
__name(Collection, "Collection");
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
__name(lowercaseKeys, "lowercaseKeys");
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
__name(isPlainObject, "isPlainObject");
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
__name(mergeDeep, "mergeDeep");
function removeUndefinedProperties(obj2) {
  for (const key in obj2) {
    if (obj2[key] === void 0) {
      delete obj2[key];
    }
  }
  return obj2;
}
__name(removeUndefinedProperties, "removeUndefinedProperties");
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
__name(merge, "merge");
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
__name(addQueryParameters, "addQueryParameters");
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
__name(removeNonChars, "removeNonChars");
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b) => a.concat(b), []);
}
__name(extractUrlVariableNames, "extractUrlVariableNames");
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
__name(omit, "omit");
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
__name(encodeReserved, "encodeReserved");
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c) {
    return "%" + c.charCodeAt(0).toString(16).toUpperCase();
  });
}
__name(encodeUnreserved, "encodeUnreserved");
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
__name(encodeValue, "encodeValue");
function isDefined(value) {
  return value !== void 0 && value !== null;
}
__name(isDefined, "isDefined");
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
__name(isKeyOperator, "isKeyOperator");
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              result.push(encodeValue(operator, value[k], k));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k) {
            if (isDefined(value[k])) {
              tmp.push(encodeUnreserved(k));
              tmp.push(encodeValue(operator, value[k].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
__name(getValues, "getValues");
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
__name(parseUrl, "parseUrl");
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
__name(expand, "expand");
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
__name(parse, "parse");
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
__name(endpointWithDefaults, "endpointWithDefaults");
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS2 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS2);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS2,
    defaults: withDefaults.bind(null, DEFAULTS2),
    merge: merge.bind(null, DEFAULTS2),
    parse
  });
}
__name(withDefaults, "withDefaults");
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var SP = 32;
var HTAB = 9;
var SEMI = 59;
var EQ = 61;
var DQUOTE = 34;
var BSLASH = 92;
var COMMA = 44;
var LOWER_CASE = 1;
var OWS = 2;
var SEMI_FLAG = 4;
var COMMA_FLAG = 8;
var TOKEN_FLAG = 16;
var NON_ASCII = 65280;
var CASE_FLAGS = LOWER_CASE | NON_ASCII;
var CHAR_MAP = new Uint8Array(256);
CHAR_MAP[HTAB] |= OWS;
CHAR_MAP[SP] |= OWS;
CHAR_MAP[SEMI] |= SEMI_FLAG;
CHAR_MAP[COMMA] |= COMMA_FLAG;
for (let code2 = 128; code2 <= 255; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE;
}
for (const char of "!#$%&'*+-.^_`|~") {
  CHAR_MAP[char.charCodeAt(0)] |= TOKEN_FLAG;
}
for (let code2 = 48; code2 <= 57; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
for (let code2 = 65; code2 <= 90; code2++) {
  CHAR_MAP[code2] |= LOWER_CASE | TOKEN_FLAG;
}
for (let code2 = 97; code2 <= 122; code2++) {
  CHAR_MAP[code2] |= TOKEN_FLAG;
}
var NullObject = /* @__PURE__ */ (() => {
  const C = /* @__PURE__ */ __name(function() {
  }, "C");
  C.prototype = /* @__PURE__ */ Object.create(null);
  return C;
})();
function parse2(header, options) {
  const stopFlags = SEMI_FLAG | (options?.comma === true ? COMMA_FLAG : 0);
  const len = header.length;
  let valueStart = options?.start ?? 0;
  while ((CHAR_MAP[header.charCodeAt(valueStart)] & OWS) !== 0) {
    valueStart++;
  }
  let index = valueStart;
  let typeFlags = 0;
  let whitespace = -1;
  let stop = options?.parameters === false ? COMMA_FLAG : 0;
  while (index < len) {
    const code2 = header.charCodeAt(index);
    const flags = CHAR_MAP[code2];
    if ((flags & stopFlags) !== 0) {
      stop |= flags & COMMA_FLAG;
      break;
    }
    if ((flags & OWS) !== 0) {
      if (whitespace === -1)
        whitespace = index;
    } else {
      whitespace = -1;
    }
    typeFlags |= code2 & NON_ASCII | flags;
    index++;
  }
  const valueEnd = whitespace === -1 ? index : whitespace;
  const value = header.slice(valueStart, valueEnd);
  const type = (typeFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
  if (index === len || stop !== 0) {
    return { type, index, parameters: new NullObject() };
  }
  return parseParameters(header, type, index, len, stopFlags);
}
__name(parse2, "parse");
function parseParameters(header, type, index, len, stopFlags) {
  const parameters = new NullObject();
  parameter: while (index < len) {
    index++;
    while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
      index++;
    }
    const keyStart = index;
    let keyFlags = 0;
    let keyWhitespace = -1;
    while (index < len) {
      const code2 = header.charCodeAt(index);
      const flags = CHAR_MAP[code2];
      if ((flags & stopFlags) !== 0) {
        if ((flags & COMMA_FLAG) !== 0)
          break parameter;
        continue parameter;
      }
      if (code2 === EQ) {
        const keyEnd = keyWhitespace === -1 ? index : keyWhitespace;
        const value = header.slice(keyStart, keyEnd);
        const key = (keyFlags & CASE_FLAGS) === 0 ? value : value.toLowerCase();
        index++;
        while ((CHAR_MAP[header.charCodeAt(index)] & OWS) !== 0) {
          index++;
        }
        if (index < len && header.charCodeAt(index) === DQUOTE) {
          const quotedStart = ++index;
          let escaped = false;
          while (index < len) {
            const code3 = header.charCodeAt(index);
            if (code3 === DQUOTE) {
              if (parameters[key] === void 0) {
                parameters[key] = escaped ? unescapeQuotedPairs(header, quotedStart, index) : header.slice(quotedStart, index);
              }
              index++;
              let stop2 = 0;
              while (index < len) {
                const code4 = header.charCodeAt(index);
                const flags2 = CHAR_MAP[code4];
                if ((flags2 & stopFlags) !== 0) {
                  stop2 = flags2 & COMMA_FLAG;
                  break;
                }
                index++;
              }
              if (stop2 !== 0)
                break parameter;
              continue parameter;
            }
            if (code3 === BSLASH && index + 1 < len) {
              escaped = true;
              index += 2;
              continue;
            }
            index++;
          }
          continue parameter;
        }
        const valueStart = index;
        let stop = 0;
        let valueWhitespace = -1;
        while (index < len) {
          const code3 = header.charCodeAt(index);
          const flags2 = CHAR_MAP[code3];
          if ((flags2 & stopFlags) !== 0) {
            stop = flags2 & COMMA_FLAG;
            break;
          }
          if ((flags2 & OWS) !== 0) {
            if (valueWhitespace === -1)
              valueWhitespace = index;
          } else {
            valueWhitespace = -1;
          }
          index++;
        }
        if (parameters[key] === void 0) {
          const valueEnd = valueWhitespace === -1 ? index : valueWhitespace;
          parameters[key] = header.slice(valueStart, valueEnd);
        }
        if (stop !== 0)
          break parameter;
        continue parameter;
      }
      if ((flags & OWS) !== 0) {
        if (keyWhitespace === -1)
          keyWhitespace = index;
      } else {
        keyWhitespace = -1;
      }
      keyFlags |= code2 & NON_ASCII | flags;
      index++;
    }
  }
  return { type, index, parameters };
}
__name(parseParameters, "parseParameters");
function unescapeQuotedPairs(str, start, end) {
  let result = "";
  for (let index = start; index < end; index++) {
    if (str.charCodeAt(index) === BSLASH) {
      result += str.slice(start, index);
      start = ++index;
    }
  }
  return result + str.slice(start, end);
}
__name(unescapeQuotedPairs, "unescapeQuotedPairs");

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = /* @__PURE__ */ __name((val) => val === void 0 || typeof val === "function" || typeof val === "symbol", "isUnstringifiable");
var isRawJSON = /* @__PURE__ */ __name((val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON", "isRawJSON");
var stringifyIteratively = /* @__PURE__ */ __name((rootValue, replacer, spaceParam) => {
  let space2 = "";
  if (typeof spaceParam === "number") {
    space2 = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space2 = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = /* @__PURE__ */ __name((parent, key, val) => {
    const isObject2 = val !== null && typeof val === "object";
    const hasToJSON = isObject2 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  }, "prepareVal");
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space2) chunks.push("\n" + space2.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k];
        const childVal = prepareVal(node.val, k, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space2) {
          chunks.push("\n" + space2.repeat(level) + originalStringify(k) + ": ");
        } else {
          chunks.push(originalStringify(k) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space2) chunks.push("\n" + space2.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
}, "stringifyIteratively");
var JSONStringify = /* @__PURE__ */ __name((value, replacer, space2) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space2
      );
    }
    if (!value) return originalStringify(value, replacer, space2);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space2
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space2);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error2;
  }
}, "JSONStringify");
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = /* @__PURE__ */ __name(() => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
}, "isContextSourceSupported");
var convertMarkedBigIntsReviver = /* @__PURE__ */ __name((key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
}, "convertMarkedBigIntsReviver");
var JSONParseV2 = /* @__PURE__ */ __name((text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
}, "JSONParseV2");
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = /* @__PURE__ */ __name((parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
}, "applyReviverIteratively");
var serializeBigInts = /* @__PURE__ */ __name((text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
}, "serializeBigInts");
var JSONParse = /* @__PURE__ */ __name((text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error2;
  }
}, "JSONParse");

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  static {
    __name(this, "RequestError");
  }
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION2 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION2} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
__name(isPlainObject2, "isPlainObject");
var noop = /* @__PURE__ */ __name(() => "", "noop");
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error2) {
    let message = "Unknown Error";
    if (error2 instanceof Error) {
      if (error2.name === "AbortError") {
        error2.status = 500;
        throw error2;
      }
      message = error2.message;
      if (error2.name === "TypeError" && "cause" in error2) {
        if (error2.cause instanceof Error) {
          message = error2.cause.message;
        } else if (typeof error2.cause === "string") {
          message = error2.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error2;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
__name(fetchWrapper, "fetchWrapper");
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = parse2(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
__name(getResponseData, "getResponseData");
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
__name(isJSONResponse, "isJSONResponse");
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v) => JSON.stringify(v)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
__name(toErrorMessage, "toErrorMessage");
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = /* @__PURE__ */ __name(function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = /* @__PURE__ */ __name((route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    }, "request2");
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  }, "newApi");
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
__name(withDefaults2, "withDefaults");
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION3 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
__name(_buildMessageForResponseErrors, "_buildMessageForResponseErrors");
var GraphqlResponseError = class extends Error {
  static {
    __name(this, "GraphqlResponseError");
  }
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
__name(graphql, "graphql");
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = /* @__PURE__ */ __name((query, options) => {
    return graphql(newRequest, query, options);
  }, "newApi");
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
__name(withDefaults3, "withDefaults");
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION3} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}
__name(withCustomRequest, "withCustomRequest");

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep2 = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep2}${b64url}${sep2}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
__name(auth, "auth");
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
__name(withAuthorizationPrefix, "withAuthorizationPrefix");
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
__name(hook, "hook");
var createTokenAuth = /* @__PURE__ */ __name(function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
}, "createTokenAuth2");

// node_modules/@octokit/core/dist-src/version.js
var VERSION4 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = /* @__PURE__ */ __name(() => {
}, "noop");
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
__name(createLogger, "createLogger");
var userAgentTrail = `octokit-core.js/${VERSION4} ${getUserAgent()}`;
var Octokit = class {
  static {
    __name(this, "Octokit");
  }
  static VERSION = VERSION4;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      static {
        __name(this, "OctokitWithDefaults");
      }
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static {
        __name(this, "NewOctokit");
      }
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION5 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount;
  response.data.total_commits = totalCommits;
  return response;
}
__name(normalizePaginatedListResponse, "normalizePaginatedListResponse");
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error2) {
          if (error2.status !== 409) throw error2;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
__name(iterator, "iterator");
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
__name(paginate, "paginate");
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    __name(done, "done");
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
__name(gather, "gather");
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
__name(paginateRest, "paginateRest");
paginateRest.VERSION = VERSION5;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/version.js
var VERSION6 = "17.0.0";

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/generated/endpoints.js
var Endpoints = {
  actions: {
    addCustomLabelsToSelfHostedRunnerForOrg: [
      "POST /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    addCustomLabelsToSelfHostedRunnerForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    addRepoAccessToSelfHostedRunnerGroupInOrg: [
      "PUT /orgs/{org}/actions/runner-groups/{runner_group_id}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    approveWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/approve"
    ],
    cancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel"
    ],
    createEnvironmentVariable: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    createHostedRunnerForOrg: ["POST /orgs/{org}/actions/hosted-runners"],
    createOrUpdateEnvironmentSecret: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    createOrUpdateOrgSecret: ["PUT /orgs/{org}/actions/secrets/{secret_name}"],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    createOrgVariable: ["POST /orgs/{org}/actions/variables"],
    createRegistrationTokenForOrg: [
      "POST /orgs/{org}/actions/runners/registration-token"
    ],
    createRegistrationTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/registration-token"
    ],
    createRemoveTokenForOrg: ["POST /orgs/{org}/actions/runners/remove-token"],
    createRemoveTokenForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/remove-token"
    ],
    createRepoVariable: ["POST /repos/{owner}/{repo}/actions/variables"],
    createWorkflowDispatch: [
      "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches"
    ],
    deleteActionsCacheById: [
      "DELETE /repos/{owner}/{repo}/actions/caches/{cache_id}"
    ],
    deleteActionsCacheByKey: [
      "DELETE /repos/{owner}/{repo}/actions/caches{?key,ref}"
    ],
    deleteArtifact: [
      "DELETE /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"
    ],
    deleteCustomImageFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    deleteCustomImageVersionFromOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    deleteEnvironmentSecret: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    deleteEnvironmentVariable: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    deleteHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/actions/secrets/{secret_name}"],
    deleteOrgVariable: ["DELETE /orgs/{org}/actions/variables/{name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/actions/secrets/{secret_name}"
    ],
    deleteRepoVariable: [
      "DELETE /repos/{owner}/{repo}/actions/variables/{name}"
    ],
    deleteSelfHostedRunnerFromOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}"
    ],
    deleteSelfHostedRunnerFromRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    deleteWorkflowRun: ["DELETE /repos/{owner}/{repo}/actions/runs/{run_id}"],
    deleteWorkflowRunLogs: [
      "DELETE /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    disableSelectedRepositoryGithubActionsOrganization: [
      "DELETE /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    disableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/disable"
    ],
    downloadArtifact: [
      "GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}"
    ],
    downloadJobLogsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs"
    ],
    downloadWorkflowRunAttemptLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/logs"
    ],
    downloadWorkflowRunLogs: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/logs"
    ],
    enableSelectedRepositoryGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories/{repository_id}"
    ],
    enableWorkflow: [
      "PUT /repos/{owner}/{repo}/actions/workflows/{workflow_id}/enable"
    ],
    forceCancelWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/force-cancel"
    ],
    generateRunnerJitconfigForOrg: [
      "POST /orgs/{org}/actions/runners/generate-jitconfig"
    ],
    generateRunnerJitconfigForRepo: [
      "POST /repos/{owner}/{repo}/actions/runners/generate-jitconfig"
    ],
    getActionsCacheList: ["GET /repos/{owner}/{repo}/actions/caches"],
    getActionsCacheUsage: ["GET /repos/{owner}/{repo}/actions/cache/usage"],
    getActionsCacheUsageByRepoForOrg: [
      "GET /orgs/{org}/actions/cache/usage-by-repository"
    ],
    getActionsCacheUsageForOrg: ["GET /orgs/{org}/actions/cache/usage"],
    getAllowedActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/selected-actions"
    ],
    getAllowedActionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    getArtifact: ["GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}"],
    getCustomImageForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}"
    ],
    getCustomImageVersionForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions/{version}"
    ],
    getCustomOidcSubClaimForRepo: [
      "GET /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    getEnvironmentPublicKey: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key"
    ],
    getEnvironmentSecret: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}"
    ],
    getEnvironmentVariable: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    getGithubActionsDefaultWorkflowPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions/workflow"
    ],
    getGithubActionsDefaultWorkflowPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    getGithubActionsPermissionsOrganization: [
      "GET /orgs/{org}/actions/permissions"
    ],
    getGithubActionsPermissionsRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions"
    ],
    getHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    getHostedRunnersGithubOwnedImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/github-owned"
    ],
    getHostedRunnersLimitsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/limits"
    ],
    getHostedRunnersMachineSpecsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/machine-sizes"
    ],
    getHostedRunnersPartnerImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/partner"
    ],
    getHostedRunnersPlatformsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/platforms"
    ],
    getJobForWorkflowRun: ["GET /repos/{owner}/{repo}/actions/jobs/{job_id}"],
    getOrgPublicKey: ["GET /orgs/{org}/actions/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/actions/secrets/{secret_name}"],
    getOrgVariable: ["GET /orgs/{org}/actions/variables/{name}"],
    getPendingDeploymentsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    getRepoPermissions: [
      "GET /repos/{owner}/{repo}/actions/permissions",
      {},
      { renamed: ["actions", "getGithubActionsPermissionsRepository"] }
    ],
    getRepoPublicKey: ["GET /repos/{owner}/{repo}/actions/secrets/public-key"],
    getRepoSecret: ["GET /repos/{owner}/{repo}/actions/secrets/{secret_name}"],
    getRepoVariable: ["GET /repos/{owner}/{repo}/actions/variables/{name}"],
    getReviewsForRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals"
    ],
    getSelfHostedRunnerForOrg: ["GET /orgs/{org}/actions/runners/{runner_id}"],
    getSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}"
    ],
    getWorkflow: ["GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}"],
    getWorkflowAccessToRepository: [
      "GET /repos/{owner}/{repo}/actions/permissions/access"
    ],
    getWorkflowRun: ["GET /repos/{owner}/{repo}/actions/runs/{run_id}"],
    getWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}"
    ],
    getWorkflowRunUsage: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/timing"
    ],
    getWorkflowUsage: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/timing"
    ],
    listArtifactsForRepo: ["GET /repos/{owner}/{repo}/actions/artifacts"],
    listCustomImageVersionsForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom/{image_definition_id}/versions"
    ],
    listCustomImagesForOrg: [
      "GET /orgs/{org}/actions/hosted-runners/images/custom"
    ],
    listEnvironmentSecrets: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/secrets"
    ],
    listEnvironmentVariables: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/variables"
    ],
    listGithubHostedRunnersInGroupForOrg: [
      "GET /orgs/{org}/actions/runner-groups/{runner_group_id}/hosted-runners"
    ],
    listHostedRunnersForOrg: ["GET /orgs/{org}/actions/hosted-runners"],
    listJobsForWorkflowRun: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs"
    ],
    listJobsForWorkflowRunAttempt: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs"
    ],
    listLabelsForSelfHostedRunnerForOrg: [
      "GET /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    listLabelsForSelfHostedRunnerForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    listOrgSecrets: ["GET /orgs/{org}/actions/secrets"],
    listOrgVariables: ["GET /orgs/{org}/actions/variables"],
    listRepoOrganizationSecrets: [
      "GET /repos/{owner}/{repo}/actions/organization-secrets"
    ],
    listRepoOrganizationVariables: [
      "GET /repos/{owner}/{repo}/actions/organization-variables"
    ],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/actions/secrets"],
    listRepoVariables: ["GET /repos/{owner}/{repo}/actions/variables"],
    listRepoWorkflows: ["GET /repos/{owner}/{repo}/actions/workflows"],
    listRunnerApplicationsForOrg: ["GET /orgs/{org}/actions/runners/downloads"],
    listRunnerApplicationsForRepo: [
      "GET /repos/{owner}/{repo}/actions/runners/downloads"
    ],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    listSelectedReposForOrgVariable: [
      "GET /orgs/{org}/actions/variables/{name}/repositories"
    ],
    listSelectedRepositoriesEnabledGithubActionsOrganization: [
      "GET /orgs/{org}/actions/permissions/repositories"
    ],
    listSelfHostedRunnersForOrg: ["GET /orgs/{org}/actions/runners"],
    listSelfHostedRunnersForRepo: ["GET /repos/{owner}/{repo}/actions/runners"],
    listWorkflowRunArtifacts: [
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts"
    ],
    listWorkflowRuns: [
      "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs"
    ],
    listWorkflowRunsForRepo: ["GET /repos/{owner}/{repo}/actions/runs"],
    reRunJobForWorkflowRun: [
      "POST /repos/{owner}/{repo}/actions/jobs/{job_id}/rerun"
    ],
    reRunWorkflow: ["POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun"],
    reRunWorkflowFailedJobs: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/rerun-failed-jobs"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    removeAllCustomLabelsFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    removeCustomLabelFromSelfHostedRunnerForOrg: [
      "DELETE /orgs/{org}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeCustomLabelFromSelfHostedRunnerForRepo: [
      "DELETE /repos/{owner}/{repo}/actions/runners/{runner_id}/labels/{name}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/actions/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgVariable: [
      "DELETE /orgs/{org}/actions/variables/{name}/repositories/{repository_id}"
    ],
    reviewCustomGatesForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/deployment_protection_rule"
    ],
    reviewPendingDeploymentsForRun: [
      "POST /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments"
    ],
    setAllowedActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/selected-actions"
    ],
    setAllowedActionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/selected-actions"
    ],
    setCustomLabelsForSelfHostedRunnerForOrg: [
      "PUT /orgs/{org}/actions/runners/{runner_id}/labels"
    ],
    setCustomLabelsForSelfHostedRunnerForRepo: [
      "PUT /repos/{owner}/{repo}/actions/runners/{runner_id}/labels"
    ],
    setCustomOidcSubClaimForRepo: [
      "PUT /repos/{owner}/{repo}/actions/oidc/customization/sub"
    ],
    setGithubActionsDefaultWorkflowPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/workflow"
    ],
    setGithubActionsDefaultWorkflowPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/workflow"
    ],
    setGithubActionsPermissionsOrganization: [
      "PUT /orgs/{org}/actions/permissions"
    ],
    setGithubActionsPermissionsRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/actions/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgVariable: [
      "PUT /orgs/{org}/actions/variables/{name}/repositories"
    ],
    setSelectedRepositoriesEnabledGithubActionsOrganization: [
      "PUT /orgs/{org}/actions/permissions/repositories"
    ],
    setWorkflowAccessToRepository: [
      "PUT /repos/{owner}/{repo}/actions/permissions/access"
    ],
    updateEnvironmentVariable: [
      "PATCH /repos/{owner}/{repo}/environments/{environment_name}/variables/{name}"
    ],
    updateHostedRunnerForOrg: [
      "PATCH /orgs/{org}/actions/hosted-runners/{hosted_runner_id}"
    ],
    updateOrgVariable: ["PATCH /orgs/{org}/actions/variables/{name}"],
    updateRepoVariable: [
      "PATCH /repos/{owner}/{repo}/actions/variables/{name}"
    ]
  },
  activity: {
    checkRepoIsStarredByAuthenticatedUser: ["GET /user/starred/{owner}/{repo}"],
    deleteRepoSubscription: ["DELETE /repos/{owner}/{repo}/subscription"],
    deleteThreadSubscription: [
      "DELETE /notifications/threads/{thread_id}/subscription"
    ],
    getFeeds: ["GET /feeds"],
    getRepoSubscription: ["GET /repos/{owner}/{repo}/subscription"],
    getThread: ["GET /notifications/threads/{thread_id}"],
    getThreadSubscriptionForAuthenticatedUser: [
      "GET /notifications/threads/{thread_id}/subscription"
    ],
    listEventsForAuthenticatedUser: ["GET /users/{username}/events"],
    listNotificationsForAuthenticatedUser: ["GET /notifications"],
    listOrgEventsForAuthenticatedUser: [
      "GET /users/{username}/events/orgs/{org}"
    ],
    listPublicEvents: ["GET /events"],
    listPublicEventsForRepoNetwork: ["GET /networks/{owner}/{repo}/events"],
    listPublicEventsForUser: ["GET /users/{username}/events/public"],
    listPublicOrgEvents: ["GET /orgs/{org}/events"],
    listReceivedEventsForUser: ["GET /users/{username}/received_events"],
    listReceivedPublicEventsForUser: [
      "GET /users/{username}/received_events/public"
    ],
    listRepoEvents: ["GET /repos/{owner}/{repo}/events"],
    listRepoNotificationsForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/notifications"
    ],
    listReposStarredByAuthenticatedUser: ["GET /user/starred"],
    listReposStarredByUser: ["GET /users/{username}/starred"],
    listReposWatchedByUser: ["GET /users/{username}/subscriptions"],
    listStargazersForRepo: ["GET /repos/{owner}/{repo}/stargazers"],
    listWatchedReposForAuthenticatedUser: ["GET /user/subscriptions"],
    listWatchersForRepo: ["GET /repos/{owner}/{repo}/subscribers"],
    markNotificationsAsRead: ["PUT /notifications"],
    markRepoNotificationsAsRead: ["PUT /repos/{owner}/{repo}/notifications"],
    markThreadAsDone: ["DELETE /notifications/threads/{thread_id}"],
    markThreadAsRead: ["PATCH /notifications/threads/{thread_id}"],
    setRepoSubscription: ["PUT /repos/{owner}/{repo}/subscription"],
    setThreadSubscription: [
      "PUT /notifications/threads/{thread_id}/subscription"
    ],
    starRepoForAuthenticatedUser: ["PUT /user/starred/{owner}/{repo}"],
    unstarRepoForAuthenticatedUser: ["DELETE /user/starred/{owner}/{repo}"]
  },
  apps: {
    addRepoToInstallation: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "addRepoToInstallationForAuthenticatedUser"] }
    ],
    addRepoToInstallationForAuthenticatedUser: [
      "PUT /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    checkToken: ["POST /applications/{client_id}/token"],
    createFromManifest: ["POST /app-manifests/{code}/conversions"],
    createInstallationAccessToken: [
      "POST /app/installations/{installation_id}/access_tokens"
    ],
    deleteAuthorization: ["DELETE /applications/{client_id}/grant"],
    deleteInstallation: ["DELETE /app/installations/{installation_id}"],
    deleteToken: ["DELETE /applications/{client_id}/token"],
    getAuthenticated: ["GET /app"],
    getBySlug: ["GET /apps/{app_slug}"],
    getInstallation: ["GET /app/installations/{installation_id}"],
    getOrgInstallation: ["GET /orgs/{org}/installation"],
    getRepoInstallation: ["GET /repos/{owner}/{repo}/installation"],
    getSubscriptionPlanForAccount: [
      "GET /marketplace_listing/accounts/{account_id}"
    ],
    getSubscriptionPlanForAccountStubbed: [
      "GET /marketplace_listing/stubbed/accounts/{account_id}"
    ],
    getUserInstallation: ["GET /users/{username}/installation"],
    getWebhookConfigForApp: ["GET /app/hook/config"],
    getWebhookDelivery: ["GET /app/hook/deliveries/{delivery_id}"],
    listAccountsForPlan: ["GET /marketplace_listing/plans/{plan_id}/accounts"],
    listAccountsForPlanStubbed: [
      "GET /marketplace_listing/stubbed/plans/{plan_id}/accounts"
    ],
    listInstallationReposForAuthenticatedUser: [
      "GET /user/installations/{installation_id}/repositories"
    ],
    listInstallationRequestsForAuthenticatedApp: [
      "GET /app/installation-requests"
    ],
    listInstallations: ["GET /app/installations"],
    listInstallationsForAuthenticatedUser: ["GET /user/installations"],
    listPlans: ["GET /marketplace_listing/plans"],
    listPlansStubbed: ["GET /marketplace_listing/stubbed/plans"],
    listReposAccessibleToInstallation: ["GET /installation/repositories"],
    listSubscriptionsForAuthenticatedUser: ["GET /user/marketplace_purchases"],
    listSubscriptionsForAuthenticatedUserStubbed: [
      "GET /user/marketplace_purchases/stubbed"
    ],
    listWebhookDeliveries: ["GET /app/hook/deliveries"],
    redeliverWebhookDelivery: [
      "POST /app/hook/deliveries/{delivery_id}/attempts"
    ],
    removeRepoFromInstallation: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}",
      {},
      { renamed: ["apps", "removeRepoFromInstallationForAuthenticatedUser"] }
    ],
    removeRepoFromInstallationForAuthenticatedUser: [
      "DELETE /user/installations/{installation_id}/repositories/{repository_id}"
    ],
    resetToken: ["PATCH /applications/{client_id}/token"],
    revokeInstallationAccessToken: ["DELETE /installation/token"],
    scopeToken: ["POST /applications/{client_id}/token/scoped"],
    suspendInstallation: ["PUT /app/installations/{installation_id}/suspended"],
    unsuspendInstallation: [
      "DELETE /app/installations/{installation_id}/suspended"
    ],
    updateWebhookConfigForApp: ["PATCH /app/hook/config"]
  },
  billing: {
    getGithubActionsBillingOrg: ["GET /orgs/{org}/settings/billing/actions"],
    getGithubActionsBillingUser: [
      "GET /users/{username}/settings/billing/actions"
    ],
    getGithubBillingPremiumRequestUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/premium_request/usage"
    ],
    getGithubBillingPremiumRequestUsageReportUser: [
      "GET /users/{username}/settings/billing/premium_request/usage"
    ],
    getGithubBillingUsageReportOrg: [
      "GET /organizations/{org}/settings/billing/usage"
    ],
    getGithubBillingUsageReportUser: [
      "GET /users/{username}/settings/billing/usage"
    ],
    getGithubPackagesBillingOrg: ["GET /orgs/{org}/settings/billing/packages"],
    getGithubPackagesBillingUser: [
      "GET /users/{username}/settings/billing/packages"
    ],
    getSharedStorageBillingOrg: [
      "GET /orgs/{org}/settings/billing/shared-storage"
    ],
    getSharedStorageBillingUser: [
      "GET /users/{username}/settings/billing/shared-storage"
    ]
  },
  campaigns: {
    createCampaign: ["POST /orgs/{org}/campaigns"],
    deleteCampaign: ["DELETE /orgs/{org}/campaigns/{campaign_number}"],
    getCampaignSummary: ["GET /orgs/{org}/campaigns/{campaign_number}"],
    listOrgCampaigns: ["GET /orgs/{org}/campaigns"],
    updateCampaign: ["PATCH /orgs/{org}/campaigns/{campaign_number}"]
  },
  checks: {
    create: ["POST /repos/{owner}/{repo}/check-runs"],
    createSuite: ["POST /repos/{owner}/{repo}/check-suites"],
    get: ["GET /repos/{owner}/{repo}/check-runs/{check_run_id}"],
    getSuite: ["GET /repos/{owner}/{repo}/check-suites/{check_suite_id}"],
    listAnnotations: [
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations"
    ],
    listForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-runs"],
    listForSuite: [
      "GET /repos/{owner}/{repo}/check-suites/{check_suite_id}/check-runs"
    ],
    listSuitesForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/check-suites"],
    rerequestRun: [
      "POST /repos/{owner}/{repo}/check-runs/{check_run_id}/rerequest"
    ],
    rerequestSuite: [
      "POST /repos/{owner}/{repo}/check-suites/{check_suite_id}/rerequest"
    ],
    setSuitesPreferences: [
      "PATCH /repos/{owner}/{repo}/check-suites/preferences"
    ],
    update: ["PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}"]
  },
  codeScanning: {
    commitAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix/commits"
    ],
    createAutofix: [
      "POST /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    createVariantAnalysis: [
      "POST /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses"
    ],
    deleteAnalysis: [
      "DELETE /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}{?confirm_delete}"
    ],
    deleteCodeqlDatabase: [
      "DELETE /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}",
      {},
      { renamedParameters: { alert_id: "alert_number" } }
    ],
    getAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/analyses/{analysis_id}"
    ],
    getAutofix: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/autofix"
    ],
    getCodeqlDatabase: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases/{language}"
    ],
    getDefaultSetup: ["GET /repos/{owner}/{repo}/code-scanning/default-setup"],
    getSarif: ["GET /repos/{owner}/{repo}/code-scanning/sarifs/{sarif_id}"],
    getVariantAnalysis: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}"
    ],
    getVariantAnalysisRepoTask: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/variant-analyses/{codeql_variant_analysis_id}/repos/{repo_owner}/{repo_name}"
    ],
    listAlertInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/code-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/code-scanning/alerts"],
    listAlertsInstances: [
      "GET /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}/instances",
      {},
      { renamed: ["codeScanning", "listAlertInstances"] }
    ],
    listCodeqlDatabases: [
      "GET /repos/{owner}/{repo}/code-scanning/codeql/databases"
    ],
    listRecentAnalyses: ["GET /repos/{owner}/{repo}/code-scanning/analyses"],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/code-scanning/alerts/{alert_number}"
    ],
    updateDefaultSetup: [
      "PATCH /repos/{owner}/{repo}/code-scanning/default-setup"
    ],
    uploadSarif: ["POST /repos/{owner}/{repo}/code-scanning/sarifs"]
  },
  codeSecurity: {
    attachConfiguration: [
      "POST /orgs/{org}/code-security/configurations/{configuration_id}/attach"
    ],
    attachEnterpriseConfiguration: [
      "POST /enterprises/{enterprise}/code-security/configurations/{configuration_id}/attach"
    ],
    createConfiguration: ["POST /orgs/{org}/code-security/configurations"],
    createConfigurationForEnterprise: [
      "POST /enterprises/{enterprise}/code-security/configurations"
    ],
    deleteConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    deleteConfigurationForEnterprise: [
      "DELETE /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    detachConfiguration: [
      "DELETE /orgs/{org}/code-security/configurations/detach"
    ],
    getConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    getConfigurationForRepository: [
      "GET /repos/{owner}/{repo}/code-security-configuration"
    ],
    getConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations"
    ],
    getConfigurationsForOrg: ["GET /orgs/{org}/code-security/configurations"],
    getDefaultConfigurations: [
      "GET /orgs/{org}/code-security/configurations/defaults"
    ],
    getDefaultConfigurationsForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/defaults"
    ],
    getRepositoriesForConfiguration: [
      "GET /orgs/{org}/code-security/configurations/{configuration_id}/repositories"
    ],
    getRepositoriesForEnterpriseConfiguration: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}/repositories"
    ],
    getSingleConfigurationForEnterprise: [
      "GET /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ],
    setConfigurationAsDefault: [
      "PUT /orgs/{org}/code-security/configurations/{configuration_id}/defaults"
    ],
    setConfigurationAsDefaultForEnterprise: [
      "PUT /enterprises/{enterprise}/code-security/configurations/{configuration_id}/defaults"
    ],
    updateConfiguration: [
      "PATCH /orgs/{org}/code-security/configurations/{configuration_id}"
    ],
    updateEnterpriseConfiguration: [
      "PATCH /enterprises/{enterprise}/code-security/configurations/{configuration_id}"
    ]
  },
  codesOfConduct: {
    getAllCodesOfConduct: ["GET /codes_of_conduct"],
    getConductCode: ["GET /codes_of_conduct/{key}"]
  },
  codespaces: {
    addRepositoryForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    checkPermissionsForDevcontainer: [
      "GET /repos/{owner}/{repo}/codespaces/permissions_check"
    ],
    codespaceMachinesForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/machines"
    ],
    createForAuthenticatedUser: ["POST /user/codespaces"],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    createOrUpdateSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}"
    ],
    createWithPrForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/codespaces"
    ],
    createWithRepoForAuthenticatedUser: [
      "POST /repos/{owner}/{repo}/codespaces"
    ],
    deleteForAuthenticatedUser: ["DELETE /user/codespaces/{codespace_name}"],
    deleteFromOrganization: [
      "DELETE /orgs/{org}/members/{username}/codespaces/{codespace_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/codespaces/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    deleteSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}"
    ],
    exportForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/exports"
    ],
    getCodespacesForUserInOrg: [
      "GET /orgs/{org}/members/{username}/codespaces"
    ],
    getExportDetailsForAuthenticatedUser: [
      "GET /user/codespaces/{codespace_name}/exports/{export_id}"
    ],
    getForAuthenticatedUser: ["GET /user/codespaces/{codespace_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/codespaces/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/codespaces/secrets/{secret_name}"],
    getPublicKeyForAuthenticatedUser: [
      "GET /user/codespaces/secrets/public-key"
    ],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/codespaces/secrets/{secret_name}"
    ],
    getSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}"
    ],
    listDevcontainersInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/devcontainers"
    ],
    listForAuthenticatedUser: ["GET /user/codespaces"],
    listInOrganization: [
      "GET /orgs/{org}/codespaces",
      {},
      { renamedParameters: { org_id: "org" } }
    ],
    listInRepositoryForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces"
    ],
    listOrgSecrets: ["GET /orgs/{org}/codespaces/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/codespaces/secrets"],
    listRepositoriesForSecretForAuthenticatedUser: [
      "GET /user/codespaces/secrets/{secret_name}/repositories"
    ],
    listSecretsForAuthenticatedUser: ["GET /user/codespaces/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    preFlightWithRepoForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/new"
    ],
    publishForAuthenticatedUser: [
      "POST /user/codespaces/{codespace_name}/publish"
    ],
    removeRepositoryForSecretForAuthenticatedUser: [
      "DELETE /user/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/codespaces/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repoMachinesForAuthenticatedUser: [
      "GET /repos/{owner}/{repo}/codespaces/machines"
    ],
    setRepositoriesForSecretForAuthenticatedUser: [
      "PUT /user/codespaces/secrets/{secret_name}/repositories"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/codespaces/secrets/{secret_name}/repositories"
    ],
    startForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/start"],
    stopForAuthenticatedUser: ["POST /user/codespaces/{codespace_name}/stop"],
    stopInOrganization: [
      "POST /orgs/{org}/members/{username}/codespaces/{codespace_name}/stop"
    ],
    updateForAuthenticatedUser: ["PATCH /user/codespaces/{codespace_name}"]
  },
  copilot: {
    addCopilotSeatsForTeams: [
      "POST /orgs/{org}/copilot/billing/selected_teams"
    ],
    addCopilotSeatsForUsers: [
      "POST /orgs/{org}/copilot/billing/selected_users"
    ],
    cancelCopilotSeatAssignmentForTeams: [
      "DELETE /orgs/{org}/copilot/billing/selected_teams"
    ],
    cancelCopilotSeatAssignmentForUsers: [
      "DELETE /orgs/{org}/copilot/billing/selected_users"
    ],
    copilotMetricsForOrganization: ["GET /orgs/{org}/copilot/metrics"],
    copilotMetricsForTeam: ["GET /orgs/{org}/team/{team_slug}/copilot/metrics"],
    getCopilotOrganizationDetails: ["GET /orgs/{org}/copilot/billing"],
    getCopilotSeatDetailsForUser: [
      "GET /orgs/{org}/members/{username}/copilot"
    ],
    listCopilotSeats: ["GET /orgs/{org}/copilot/billing/seats"]
  },
  credentials: { revoke: ["POST /credentials/revoke"] },
  dependabot: {
    addSelectedRepoToOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    createOrUpdateOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}"
    ],
    createOrUpdateRepoSecret: [
      "PUT /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    deleteOrgSecret: ["DELETE /orgs/{org}/dependabot/secrets/{secret_name}"],
    deleteRepoSecret: [
      "DELETE /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    getAlert: ["GET /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"],
    getOrgPublicKey: ["GET /orgs/{org}/dependabot/secrets/public-key"],
    getOrgSecret: ["GET /orgs/{org}/dependabot/secrets/{secret_name}"],
    getRepoPublicKey: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/public-key"
    ],
    getRepoSecret: [
      "GET /repos/{owner}/{repo}/dependabot/secrets/{secret_name}"
    ],
    listAlertsForEnterprise: [
      "GET /enterprises/{enterprise}/dependabot/alerts"
    ],
    listAlertsForOrg: ["GET /orgs/{org}/dependabot/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/dependabot/alerts"],
    listOrgSecrets: ["GET /orgs/{org}/dependabot/secrets"],
    listRepoSecrets: ["GET /repos/{owner}/{repo}/dependabot/secrets"],
    listSelectedReposForOrgSecret: [
      "GET /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    removeSelectedRepoFromOrgSecret: [
      "DELETE /orgs/{org}/dependabot/secrets/{secret_name}/repositories/{repository_id}"
    ],
    repositoryAccessForOrg: [
      "GET /organizations/{org}/dependabot/repository-access"
    ],
    setRepositoryAccessDefaultLevel: [
      "PUT /organizations/{org}/dependabot/repository-access/default-level"
    ],
    setSelectedReposForOrgSecret: [
      "PUT /orgs/{org}/dependabot/secrets/{secret_name}/repositories"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/dependabot/alerts/{alert_number}"
    ],
    updateRepositoryAccessForOrg: [
      "PATCH /organizations/{org}/dependabot/repository-access"
    ]
  },
  dependencyGraph: {
    createRepositorySnapshot: [
      "POST /repos/{owner}/{repo}/dependency-graph/snapshots"
    ],
    diffRange: [
      "GET /repos/{owner}/{repo}/dependency-graph/compare/{basehead}"
    ],
    exportSbom: ["GET /repos/{owner}/{repo}/dependency-graph/sbom"]
  },
  emojis: { get: ["GET /emojis"] },
  enterpriseTeamMemberships: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/memberships/remove"
    ],
    get: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ],
    list: ["GET /enterprises/{enterprise}/teams/{enterprise-team}/memberships"],
    remove: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/memberships/{username}"
    ]
  },
  enterpriseTeamOrganizations: {
    add: [
      "PUT /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    bulkAdd: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/add"
    ],
    bulkRemove: [
      "POST /enterprises/{enterprise}/teams/{enterprise-team}/organizations/remove"
    ],
    delete: [
      "DELETE /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignment: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations/{org}"
    ],
    getAssignments: [
      "GET /enterprises/{enterprise}/teams/{enterprise-team}/organizations"
    ]
  },
  enterpriseTeams: {
    create: ["POST /enterprises/{enterprise}/teams"],
    delete: ["DELETE /enterprises/{enterprise}/teams/{team_slug}"],
    get: ["GET /enterprises/{enterprise}/teams/{team_slug}"],
    list: ["GET /enterprises/{enterprise}/teams"],
    update: ["PATCH /enterprises/{enterprise}/teams/{team_slug}"]
  },
  gists: {
    checkIsStarred: ["GET /gists/{gist_id}/star"],
    create: ["POST /gists"],
    createComment: ["POST /gists/{gist_id}/comments"],
    delete: ["DELETE /gists/{gist_id}"],
    deleteComment: ["DELETE /gists/{gist_id}/comments/{comment_id}"],
    fork: ["POST /gists/{gist_id}/forks"],
    get: ["GET /gists/{gist_id}"],
    getComment: ["GET /gists/{gist_id}/comments/{comment_id}"],
    getRevision: ["GET /gists/{gist_id}/{sha}"],
    list: ["GET /gists"],
    listComments: ["GET /gists/{gist_id}/comments"],
    listCommits: ["GET /gists/{gist_id}/commits"],
    listForUser: ["GET /users/{username}/gists"],
    listForks: ["GET /gists/{gist_id}/forks"],
    listPublic: ["GET /gists/public"],
    listStarred: ["GET /gists/starred"],
    star: ["PUT /gists/{gist_id}/star"],
    unstar: ["DELETE /gists/{gist_id}/star"],
    update: ["PATCH /gists/{gist_id}"],
    updateComment: ["PATCH /gists/{gist_id}/comments/{comment_id}"]
  },
  git: {
    createBlob: ["POST /repos/{owner}/{repo}/git/blobs"],
    createCommit: ["POST /repos/{owner}/{repo}/git/commits"],
    createRef: ["POST /repos/{owner}/{repo}/git/refs"],
    createTag: ["POST /repos/{owner}/{repo}/git/tags"],
    createTree: ["POST /repos/{owner}/{repo}/git/trees"],
    deleteRef: ["DELETE /repos/{owner}/{repo}/git/refs/{ref}"],
    getBlob: ["GET /repos/{owner}/{repo}/git/blobs/{file_sha}"],
    getCommit: ["GET /repos/{owner}/{repo}/git/commits/{commit_sha}"],
    getRef: ["GET /repos/{owner}/{repo}/git/ref/{ref}"],
    getTag: ["GET /repos/{owner}/{repo}/git/tags/{tag_sha}"],
    getTree: ["GET /repos/{owner}/{repo}/git/trees/{tree_sha}"],
    listMatchingRefs: ["GET /repos/{owner}/{repo}/git/matching-refs/{ref}"],
    updateRef: ["PATCH /repos/{owner}/{repo}/git/refs/{ref}"]
  },
  gitignore: {
    getAllTemplates: ["GET /gitignore/templates"],
    getTemplate: ["GET /gitignore/templates/{name}"]
  },
  hostedCompute: {
    createNetworkConfigurationForOrg: [
      "POST /orgs/{org}/settings/network-configurations"
    ],
    deleteNetworkConfigurationFromOrg: [
      "DELETE /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkConfigurationForOrg: [
      "GET /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ],
    getNetworkSettingsForOrg: [
      "GET /orgs/{org}/settings/network-settings/{network_settings_id}"
    ],
    listNetworkConfigurationsForOrg: [
      "GET /orgs/{org}/settings/network-configurations"
    ],
    updateNetworkConfigurationForOrg: [
      "PATCH /orgs/{org}/settings/network-configurations/{network_configuration_id}"
    ]
  },
  interactions: {
    getRestrictionsForAuthenticatedUser: ["GET /user/interaction-limits"],
    getRestrictionsForOrg: ["GET /orgs/{org}/interaction-limits"],
    getRestrictionsForRepo: ["GET /repos/{owner}/{repo}/interaction-limits"],
    getRestrictionsForYourPublicRepos: [
      "GET /user/interaction-limits",
      {},
      { renamed: ["interactions", "getRestrictionsForAuthenticatedUser"] }
    ],
    removeRestrictionsForAuthenticatedUser: ["DELETE /user/interaction-limits"],
    removeRestrictionsForOrg: ["DELETE /orgs/{org}/interaction-limits"],
    removeRestrictionsForRepo: [
      "DELETE /repos/{owner}/{repo}/interaction-limits"
    ],
    removeRestrictionsForYourPublicRepos: [
      "DELETE /user/interaction-limits",
      {},
      { renamed: ["interactions", "removeRestrictionsForAuthenticatedUser"] }
    ],
    setRestrictionsForAuthenticatedUser: ["PUT /user/interaction-limits"],
    setRestrictionsForOrg: ["PUT /orgs/{org}/interaction-limits"],
    setRestrictionsForRepo: ["PUT /repos/{owner}/{repo}/interaction-limits"],
    setRestrictionsForYourPublicRepos: [
      "PUT /user/interaction-limits",
      {},
      { renamed: ["interactions", "setRestrictionsForAuthenticatedUser"] }
    ]
  },
  issues: {
    addAssignees: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    addBlockedByDependency: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    addLabels: ["POST /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    addSubIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    checkUserCanBeAssigned: ["GET /repos/{owner}/{repo}/assignees/{assignee}"],
    checkUserCanBeAssignedToIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/assignees/{assignee}"
    ],
    create: ["POST /repos/{owner}/{repo}/issues"],
    createComment: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/comments"
    ],
    createLabel: ["POST /repos/{owner}/{repo}/labels"],
    createMilestone: ["POST /repos/{owner}/{repo}/milestones"],
    deleteComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}"
    ],
    deleteLabel: ["DELETE /repos/{owner}/{repo}/labels/{name}"],
    deleteMilestone: [
      "DELETE /repos/{owner}/{repo}/milestones/{milestone_number}"
    ],
    get: ["GET /repos/{owner}/{repo}/issues/{issue_number}"],
    getComment: ["GET /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    getEvent: ["GET /repos/{owner}/{repo}/issues/events/{event_id}"],
    getLabel: ["GET /repos/{owner}/{repo}/labels/{name}"],
    getMilestone: ["GET /repos/{owner}/{repo}/milestones/{milestone_number}"],
    getParent: ["GET /repos/{owner}/{repo}/issues/{issue_number}/parent"],
    list: ["GET /issues"],
    listAssignees: ["GET /repos/{owner}/{repo}/assignees"],
    listComments: ["GET /repos/{owner}/{repo}/issues/{issue_number}/comments"],
    listCommentsForRepo: ["GET /repos/{owner}/{repo}/issues/comments"],
    listDependenciesBlockedBy: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by"
    ],
    listDependenciesBlocking: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocking"
    ],
    listEvents: ["GET /repos/{owner}/{repo}/issues/{issue_number}/events"],
    listEventsForRepo: ["GET /repos/{owner}/{repo}/issues/events"],
    listEventsForTimeline: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/timeline"
    ],
    listForAuthenticatedUser: ["GET /user/issues"],
    listForOrg: ["GET /orgs/{org}/issues"],
    listForRepo: ["GET /repos/{owner}/{repo}/issues"],
    listLabelsForMilestone: [
      "GET /repos/{owner}/{repo}/milestones/{milestone_number}/labels"
    ],
    listLabelsForRepo: ["GET /repos/{owner}/{repo}/labels"],
    listLabelsOnIssue: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    listMilestones: ["GET /repos/{owner}/{repo}/milestones"],
    listSubIssues: [
      "GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues"
    ],
    lock: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    removeAllLabels: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels"
    ],
    removeAssignees: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/assignees"
    ],
    removeDependencyBlockedBy: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/dependencies/blocked_by/{issue_id}"
    ],
    removeLabel: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}"
    ],
    removeSubIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/sub_issue"
    ],
    reprioritizeSubIssue: [
      "PATCH /repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority"
    ],
    setLabels: ["PUT /repos/{owner}/{repo}/issues/{issue_number}/labels"],
    unlock: ["DELETE /repos/{owner}/{repo}/issues/{issue_number}/lock"],
    update: ["PATCH /repos/{owner}/{repo}/issues/{issue_number}"],
    updateComment: ["PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}"],
    updateLabel: ["PATCH /repos/{owner}/{repo}/labels/{name}"],
    updateMilestone: [
      "PATCH /repos/{owner}/{repo}/milestones/{milestone_number}"
    ]
  },
  licenses: {
    get: ["GET /licenses/{license}"],
    getAllCommonlyUsed: ["GET /licenses"],
    getForRepo: ["GET /repos/{owner}/{repo}/license"]
  },
  markdown: {
    render: ["POST /markdown"],
    renderRaw: [
      "POST /markdown/raw",
      { headers: { "content-type": "text/plain; charset=utf-8" } }
    ]
  },
  meta: {
    get: ["GET /meta"],
    getAllVersions: ["GET /versions"],
    getOctocat: ["GET /octocat"],
    getZen: ["GET /zen"],
    root: ["GET /"]
  },
  migrations: {
    deleteArchiveForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/archive"
    ],
    deleteArchiveForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/archive"
    ],
    downloadArchiveForOrg: [
      "GET /orgs/{org}/migrations/{migration_id}/archive"
    ],
    getArchiveForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/archive"
    ],
    getStatusForAuthenticatedUser: ["GET /user/migrations/{migration_id}"],
    getStatusForOrg: ["GET /orgs/{org}/migrations/{migration_id}"],
    listForAuthenticatedUser: ["GET /user/migrations"],
    listForOrg: ["GET /orgs/{org}/migrations"],
    listReposForAuthenticatedUser: [
      "GET /user/migrations/{migration_id}/repositories"
    ],
    listReposForOrg: ["GET /orgs/{org}/migrations/{migration_id}/repositories"],
    listReposForUser: [
      "GET /user/migrations/{migration_id}/repositories",
      {},
      { renamed: ["migrations", "listReposForAuthenticatedUser"] }
    ],
    startForAuthenticatedUser: ["POST /user/migrations"],
    startForOrg: ["POST /orgs/{org}/migrations"],
    unlockRepoForAuthenticatedUser: [
      "DELETE /user/migrations/{migration_id}/repos/{repo_name}/lock"
    ],
    unlockRepoForOrg: [
      "DELETE /orgs/{org}/migrations/{migration_id}/repos/{repo_name}/lock"
    ]
  },
  oidc: {
    getOidcCustomSubTemplateForOrg: [
      "GET /orgs/{org}/actions/oidc/customization/sub"
    ],
    updateOidcCustomSubTemplateForOrg: [
      "PUT /orgs/{org}/actions/oidc/customization/sub"
    ]
  },
  orgs: {
    addSecurityManagerTeam: [
      "PUT /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.addSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#add-a-security-manager-team"
      }
    ],
    assignTeamToOrgRole: [
      "PUT /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    assignUserToOrgRole: [
      "PUT /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    blockUser: ["PUT /orgs/{org}/blocks/{username}"],
    cancelInvitation: ["DELETE /orgs/{org}/invitations/{invitation_id}"],
    checkBlockedUser: ["GET /orgs/{org}/blocks/{username}"],
    checkMembershipForUser: ["GET /orgs/{org}/members/{username}"],
    checkPublicMembershipForUser: ["GET /orgs/{org}/public_members/{username}"],
    convertMemberToOutsideCollaborator: [
      "PUT /orgs/{org}/outside_collaborators/{username}"
    ],
    createArtifactStorageRecord: [
      "POST /orgs/{org}/artifacts/metadata/storage-record"
    ],
    createInvitation: ["POST /orgs/{org}/invitations"],
    createIssueType: ["POST /orgs/{org}/issue-types"],
    createWebhook: ["POST /orgs/{org}/hooks"],
    customPropertiesForOrgsCreateOrUpdateOrganizationValues: [
      "PATCH /organizations/{org}/org-properties/values"
    ],
    customPropertiesForOrgsGetOrganizationValues: [
      "GET /organizations/{org}/org-properties/values"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinition: [
      "PUT /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationDefinitions: [
      "PATCH /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposCreateOrUpdateOrganizationValues: [
      "PATCH /orgs/{org}/properties/values"
    ],
    customPropertiesForReposDeleteOrganizationDefinition: [
      "DELETE /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinition: [
      "GET /orgs/{org}/properties/schema/{custom_property_name}"
    ],
    customPropertiesForReposGetOrganizationDefinitions: [
      "GET /orgs/{org}/properties/schema"
    ],
    customPropertiesForReposGetOrganizationValues: [
      "GET /orgs/{org}/properties/values"
    ],
    delete: ["DELETE /orgs/{org}"],
    deleteAttestationsBulk: ["POST /orgs/{org}/attestations/delete-request"],
    deleteAttestationsById: [
      "DELETE /orgs/{org}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /orgs/{org}/attestations/digest/{subject_digest}"
    ],
    deleteIssueType: ["DELETE /orgs/{org}/issue-types/{issue_type_id}"],
    deleteWebhook: ["DELETE /orgs/{org}/hooks/{hook_id}"],
    disableSelectedRepositoryImmutableReleasesOrganization: [
      "DELETE /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    enableSelectedRepositoryImmutableReleasesOrganization: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories/{repository_id}"
    ],
    get: ["GET /orgs/{org}"],
    getImmutableReleasesSettings: [
      "GET /orgs/{org}/settings/immutable-releases"
    ],
    getImmutableReleasesSettingsRepositories: [
      "GET /orgs/{org}/settings/immutable-releases/repositories"
    ],
    getMembershipForAuthenticatedUser: ["GET /user/memberships/orgs/{org}"],
    getMembershipForUser: ["GET /orgs/{org}/memberships/{username}"],
    getOrgRole: ["GET /orgs/{org}/organization-roles/{role_id}"],
    getOrgRulesetHistory: ["GET /orgs/{org}/rulesets/{ruleset_id}/history"],
    getOrgRulesetVersion: [
      "GET /orgs/{org}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getWebhook: ["GET /orgs/{org}/hooks/{hook_id}"],
    getWebhookConfigForOrg: ["GET /orgs/{org}/hooks/{hook_id}/config"],
    getWebhookDelivery: [
      "GET /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    list: ["GET /organizations"],
    listAppInstallations: ["GET /orgs/{org}/installations"],
    listArtifactStorageRecords: [
      "GET /orgs/{org}/artifacts/{subject_digest}/metadata/storage-records"
    ],
    listAttestationRepositories: ["GET /orgs/{org}/attestations/repositories"],
    listAttestations: ["GET /orgs/{org}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /orgs/{org}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedUsers: ["GET /orgs/{org}/blocks"],
    listFailedInvitations: ["GET /orgs/{org}/failed_invitations"],
    listForAuthenticatedUser: ["GET /user/orgs"],
    listForUser: ["GET /users/{username}/orgs"],
    listInvitationTeams: ["GET /orgs/{org}/invitations/{invitation_id}/teams"],
    listIssueTypes: ["GET /orgs/{org}/issue-types"],
    listMembers: ["GET /orgs/{org}/members"],
    listMembershipsForAuthenticatedUser: ["GET /user/memberships/orgs"],
    listOrgRoleTeams: ["GET /orgs/{org}/organization-roles/{role_id}/teams"],
    listOrgRoleUsers: ["GET /orgs/{org}/organization-roles/{role_id}/users"],
    listOrgRoles: ["GET /orgs/{org}/organization-roles"],
    listOrganizationFineGrainedPermissions: [
      "GET /orgs/{org}/organization-fine-grained-permissions"
    ],
    listOutsideCollaborators: ["GET /orgs/{org}/outside_collaborators"],
    listPatGrantRepositories: [
      "GET /orgs/{org}/personal-access-tokens/{pat_id}/repositories"
    ],
    listPatGrantRequestRepositories: [
      "GET /orgs/{org}/personal-access-token-requests/{pat_request_id}/repositories"
    ],
    listPatGrantRequests: ["GET /orgs/{org}/personal-access-token-requests"],
    listPatGrants: ["GET /orgs/{org}/personal-access-tokens"],
    listPendingInvitations: ["GET /orgs/{org}/invitations"],
    listPublicMembers: ["GET /orgs/{org}/public_members"],
    listSecurityManagerTeams: [
      "GET /orgs/{org}/security-managers",
      {},
      {
        deprecated: "octokit.rest.orgs.listSecurityManagerTeams() is deprecated, see https://docs.github.com/rest/orgs/security-managers#list-security-manager-teams"
      }
    ],
    listWebhookDeliveries: ["GET /orgs/{org}/hooks/{hook_id}/deliveries"],
    listWebhooks: ["GET /orgs/{org}/hooks"],
    pingWebhook: ["POST /orgs/{org}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /orgs/{org}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeMember: ["DELETE /orgs/{org}/members/{username}"],
    removeMembershipForUser: ["DELETE /orgs/{org}/memberships/{username}"],
    removeOutsideCollaborator: [
      "DELETE /orgs/{org}/outside_collaborators/{username}"
    ],
    removePublicMembershipForAuthenticatedUser: [
      "DELETE /orgs/{org}/public_members/{username}"
    ],
    removeSecurityManagerTeam: [
      "DELETE /orgs/{org}/security-managers/teams/{team_slug}",
      {},
      {
        deprecated: "octokit.rest.orgs.removeSecurityManagerTeam() is deprecated, see https://docs.github.com/rest/orgs/security-managers#remove-a-security-manager-team"
      }
    ],
    reviewPatGrantRequest: [
      "POST /orgs/{org}/personal-access-token-requests/{pat_request_id}"
    ],
    reviewPatGrantRequestsInBulk: [
      "POST /orgs/{org}/personal-access-token-requests"
    ],
    revokeAllOrgRolesTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}"
    ],
    revokeAllOrgRolesUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}"
    ],
    revokeOrgRoleTeam: [
      "DELETE /orgs/{org}/organization-roles/teams/{team_slug}/{role_id}"
    ],
    revokeOrgRoleUser: [
      "DELETE /orgs/{org}/organization-roles/users/{username}/{role_id}"
    ],
    setImmutableReleasesSettings: [
      "PUT /orgs/{org}/settings/immutable-releases"
    ],
    setImmutableReleasesSettingsRepositories: [
      "PUT /orgs/{org}/settings/immutable-releases/repositories"
    ],
    setMembershipForUser: ["PUT /orgs/{org}/memberships/{username}"],
    setPublicMembershipForAuthenticatedUser: [
      "PUT /orgs/{org}/public_members/{username}"
    ],
    unblockUser: ["DELETE /orgs/{org}/blocks/{username}"],
    update: ["PATCH /orgs/{org}"],
    updateIssueType: ["PUT /orgs/{org}/issue-types/{issue_type_id}"],
    updateMembershipForAuthenticatedUser: [
      "PATCH /user/memberships/orgs/{org}"
    ],
    updatePatAccess: ["POST /orgs/{org}/personal-access-tokens/{pat_id}"],
    updatePatAccesses: ["POST /orgs/{org}/personal-access-tokens"],
    updateWebhook: ["PATCH /orgs/{org}/hooks/{hook_id}"],
    updateWebhookConfigForOrg: ["PATCH /orgs/{org}/hooks/{hook_id}/config"]
  },
  packages: {
    deletePackageForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}"
    ],
    deletePackageForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    deletePackageForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}"
    ],
    deletePackageVersionForAuthenticatedUser: [
      "DELETE /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForOrg: [
      "DELETE /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    deletePackageVersionForUser: [
      "DELETE /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getAllPackageVersionsForAPackageOwnedByAnOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions",
      {},
      { renamed: ["packages", "getAllPackageVersionsForPackageOwnedByOrg"] }
    ],
    getAllPackageVersionsForAPackageOwnedByTheAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions",
      {},
      {
        renamed: [
          "packages",
          "getAllPackageVersionsForPackageOwnedByAuthenticatedUser"
        ]
      }
    ],
    getAllPackageVersionsForPackageOwnedByAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByOrg: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions"
    ],
    getAllPackageVersionsForPackageOwnedByUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions"
    ],
    getPackageForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}"
    ],
    getPackageForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}"
    ],
    getPackageForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}"
    ],
    getPackageVersionForAuthenticatedUser: [
      "GET /user/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForOrganization: [
      "GET /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    getPackageVersionForUser: [
      "GET /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}"
    ],
    listDockerMigrationConflictingPackagesForAuthenticatedUser: [
      "GET /user/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForOrganization: [
      "GET /orgs/{org}/docker/conflicts"
    ],
    listDockerMigrationConflictingPackagesForUser: [
      "GET /users/{username}/docker/conflicts"
    ],
    listPackagesForAuthenticatedUser: ["GET /user/packages"],
    listPackagesForOrganization: ["GET /orgs/{org}/packages"],
    listPackagesForUser: ["GET /users/{username}/packages"],
    restorePackageForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/restore{?token}"
    ],
    restorePackageVersionForAuthenticatedUser: [
      "POST /user/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForOrg: [
      "POST /orgs/{org}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ],
    restorePackageVersionForUser: [
      "POST /users/{username}/packages/{package_type}/{package_name}/versions/{package_version_id}/restore"
    ]
  },
  privateRegistries: {
    createOrgPrivateRegistry: ["POST /orgs/{org}/private-registries"],
    deleteOrgPrivateRegistry: [
      "DELETE /orgs/{org}/private-registries/{secret_name}"
    ],
    getOrgPrivateRegistry: ["GET /orgs/{org}/private-registries/{secret_name}"],
    getOrgPublicKey: ["GET /orgs/{org}/private-registries/public-key"],
    listOrgPrivateRegistries: ["GET /orgs/{org}/private-registries"],
    updateOrgPrivateRegistry: [
      "PATCH /orgs/{org}/private-registries/{secret_name}"
    ]
  },
  projects: {
    addItemForOrg: ["POST /orgs/{org}/projectsV2/{project_number}/items"],
    addItemForUser: [
      "POST /users/{username}/projectsV2/{project_number}/items"
    ],
    deleteItemForOrg: [
      "DELETE /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    deleteItemForUser: [
      "DELETE /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    getFieldForOrg: [
      "GET /orgs/{org}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getFieldForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields/{field_id}"
    ],
    getForOrg: ["GET /orgs/{org}/projectsV2/{project_number}"],
    getForUser: ["GET /users/{username}/projectsV2/{project_number}"],
    getOrgItem: ["GET /orgs/{org}/projectsV2/{project_number}/items/{item_id}"],
    getUserItem: [
      "GET /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ],
    listFieldsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/fields"],
    listFieldsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/fields"
    ],
    listForOrg: ["GET /orgs/{org}/projectsV2"],
    listForUser: ["GET /users/{username}/projectsV2"],
    listItemsForOrg: ["GET /orgs/{org}/projectsV2/{project_number}/items"],
    listItemsForUser: [
      "GET /users/{username}/projectsV2/{project_number}/items"
    ],
    updateItemForOrg: [
      "PATCH /orgs/{org}/projectsV2/{project_number}/items/{item_id}"
    ],
    updateItemForUser: [
      "PATCH /users/{username}/projectsV2/{project_number}/items/{item_id}"
    ]
  },
  pulls: {
    checkIfMerged: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    create: ["POST /repos/{owner}/{repo}/pulls"],
    createReplyForReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies"
    ],
    createReview: ["POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    createReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    deletePendingReview: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    deleteReviewComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ],
    dismissReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/dismissals"
    ],
    get: ["GET /repos/{owner}/{repo}/pulls/{pull_number}"],
    getReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    getReviewComment: ["GET /repos/{owner}/{repo}/pulls/comments/{comment_id}"],
    list: ["GET /repos/{owner}/{repo}/pulls"],
    listCommentsForReview: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/comments"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/commits"],
    listFiles: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/files"],
    listRequestedReviewers: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    listReviewComments: [
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/comments"
    ],
    listReviewCommentsForRepo: ["GET /repos/{owner}/{repo}/pulls/comments"],
    listReviews: ["GET /repos/{owner}/{repo}/pulls/{pull_number}/reviews"],
    merge: ["PUT /repos/{owner}/{repo}/pulls/{pull_number}/merge"],
    removeRequestedReviewers: [
      "DELETE /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    requestReviewers: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers"
    ],
    submitReview: [
      "POST /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}/events"
    ],
    update: ["PATCH /repos/{owner}/{repo}/pulls/{pull_number}"],
    updateBranch: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/update-branch"
    ],
    updateReview: [
      "PUT /repos/{owner}/{repo}/pulls/{pull_number}/reviews/{review_id}"
    ],
    updateReviewComment: [
      "PATCH /repos/{owner}/{repo}/pulls/comments/{comment_id}"
    ]
  },
  rateLimit: { get: ["GET /rate_limit"] },
  reactions: {
    createForCommitComment: [
      "POST /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    createForIssue: [
      "POST /repos/{owner}/{repo}/issues/{issue_number}/reactions"
    ],
    createForIssueComment: [
      "POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    createForPullRequestReviewComment: [
      "POST /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    createForRelease: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    createForTeamDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    createForTeamDiscussionInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ],
    deleteForCommitComment: [
      "DELETE /repos/{owner}/{repo}/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForIssue: [
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}"
    ],
    deleteForIssueComment: [
      "DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForPullRequestComment: [
      "DELETE /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions/{reaction_id}"
    ],
    deleteForRelease: [
      "DELETE /repos/{owner}/{repo}/releases/{release_id}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussion: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions/{reaction_id}"
    ],
    deleteForTeamDiscussionComment: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions/{reaction_id}"
    ],
    listForCommitComment: [
      "GET /repos/{owner}/{repo}/comments/{comment_id}/reactions"
    ],
    listForIssue: ["GET /repos/{owner}/{repo}/issues/{issue_number}/reactions"],
    listForIssueComment: [
      "GET /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions"
    ],
    listForPullRequestReviewComment: [
      "GET /repos/{owner}/{repo}/pulls/comments/{comment_id}/reactions"
    ],
    listForRelease: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/reactions"
    ],
    listForTeamDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}/reactions"
    ],
    listForTeamDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/reactions"
    ]
  },
  repos: {
    acceptInvitation: [
      "PATCH /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "acceptInvitationForAuthenticatedUser"] }
    ],
    acceptInvitationForAuthenticatedUser: [
      "PATCH /user/repository_invitations/{invitation_id}"
    ],
    addAppAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    addCollaborator: ["PUT /repos/{owner}/{repo}/collaborators/{username}"],
    addStatusCheckContexts: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    addTeamAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    addUserAccessRestrictions: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    cancelPagesDeployment: [
      "POST /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}/cancel"
    ],
    checkAutomatedSecurityFixes: [
      "GET /repos/{owner}/{repo}/automated-security-fixes"
    ],
    checkCollaborator: ["GET /repos/{owner}/{repo}/collaborators/{username}"],
    checkImmutableReleases: ["GET /repos/{owner}/{repo}/immutable-releases"],
    checkPrivateVulnerabilityReporting: [
      "GET /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    checkVulnerabilityAlerts: [
      "GET /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    codeownersErrors: ["GET /repos/{owner}/{repo}/codeowners/errors"],
    compareCommits: ["GET /repos/{owner}/{repo}/compare/{base}...{head}"],
    compareCommitsWithBasehead: [
      "GET /repos/{owner}/{repo}/compare/{basehead}"
    ],
    createAttestation: ["POST /repos/{owner}/{repo}/attestations"],
    createAutolink: ["POST /repos/{owner}/{repo}/autolinks"],
    createCommitComment: [
      "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    createCommitSignatureProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    createCommitStatus: ["POST /repos/{owner}/{repo}/statuses/{sha}"],
    createDeployKey: ["POST /repos/{owner}/{repo}/keys"],
    createDeployment: ["POST /repos/{owner}/{repo}/deployments"],
    createDeploymentBranchPolicy: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    createDeploymentProtectionRule: [
      "POST /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    createDeploymentStatus: [
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    createDispatchEvent: ["POST /repos/{owner}/{repo}/dispatches"],
    createForAuthenticatedUser: ["POST /user/repos"],
    createFork: ["POST /repos/{owner}/{repo}/forks"],
    createInOrg: ["POST /orgs/{org}/repos"],
    createOrUpdateEnvironment: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    createOrUpdateFileContents: ["PUT /repos/{owner}/{repo}/contents/{path}"],
    createOrgRuleset: ["POST /orgs/{org}/rulesets"],
    createPagesDeployment: ["POST /repos/{owner}/{repo}/pages/deployments"],
    createPagesSite: ["POST /repos/{owner}/{repo}/pages"],
    createRelease: ["POST /repos/{owner}/{repo}/releases"],
    createRepoRuleset: ["POST /repos/{owner}/{repo}/rulesets"],
    createUsingTemplate: [
      "POST /repos/{template_owner}/{template_repo}/generate"
    ],
    createWebhook: ["POST /repos/{owner}/{repo}/hooks"],
    customPropertiesForReposCreateOrUpdateRepositoryValues: [
      "PATCH /repos/{owner}/{repo}/properties/values"
    ],
    customPropertiesForReposGetRepositoryValues: [
      "GET /repos/{owner}/{repo}/properties/values"
    ],
    declineInvitation: [
      "DELETE /user/repository_invitations/{invitation_id}",
      {},
      { renamed: ["repos", "declineInvitationForAuthenticatedUser"] }
    ],
    declineInvitationForAuthenticatedUser: [
      "DELETE /user/repository_invitations/{invitation_id}"
    ],
    delete: ["DELETE /repos/{owner}/{repo}"],
    deleteAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    deleteAdminBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    deleteAnEnvironment: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    deleteAutolink: ["DELETE /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    deleteBranchProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    deleteCommitComment: ["DELETE /repos/{owner}/{repo}/comments/{comment_id}"],
    deleteCommitSignatureProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    deleteDeployKey: ["DELETE /repos/{owner}/{repo}/keys/{key_id}"],
    deleteDeployment: [
      "DELETE /repos/{owner}/{repo}/deployments/{deployment_id}"
    ],
    deleteDeploymentBranchPolicy: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    deleteFile: ["DELETE /repos/{owner}/{repo}/contents/{path}"],
    deleteInvitation: [
      "DELETE /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    deleteOrgRuleset: ["DELETE /orgs/{org}/rulesets/{ruleset_id}"],
    deletePagesSite: ["DELETE /repos/{owner}/{repo}/pages"],
    deletePullRequestReviewProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    deleteRelease: ["DELETE /repos/{owner}/{repo}/releases/{release_id}"],
    deleteReleaseAsset: [
      "DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    deleteRepoRuleset: ["DELETE /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    deleteWebhook: ["DELETE /repos/{owner}/{repo}/hooks/{hook_id}"],
    disableAutomatedSecurityFixes: [
      "DELETE /repos/{owner}/{repo}/automated-security-fixes"
    ],
    disableDeploymentProtectionRule: [
      "DELETE /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    disableImmutableReleases: [
      "DELETE /repos/{owner}/{repo}/immutable-releases"
    ],
    disablePrivateVulnerabilityReporting: [
      "DELETE /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    disableVulnerabilityAlerts: [
      "DELETE /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    downloadArchive: [
      "GET /repos/{owner}/{repo}/zipball/{ref}",
      {},
      { renamed: ["repos", "downloadZipballArchive"] }
    ],
    downloadTarballArchive: ["GET /repos/{owner}/{repo}/tarball/{ref}"],
    downloadZipballArchive: ["GET /repos/{owner}/{repo}/zipball/{ref}"],
    enableAutomatedSecurityFixes: [
      "PUT /repos/{owner}/{repo}/automated-security-fixes"
    ],
    enableImmutableReleases: ["PUT /repos/{owner}/{repo}/immutable-releases"],
    enablePrivateVulnerabilityReporting: [
      "PUT /repos/{owner}/{repo}/private-vulnerability-reporting"
    ],
    enableVulnerabilityAlerts: [
      "PUT /repos/{owner}/{repo}/vulnerability-alerts"
    ],
    generateReleaseNotes: [
      "POST /repos/{owner}/{repo}/releases/generate-notes"
    ],
    get: ["GET /repos/{owner}/{repo}"],
    getAccessRestrictions: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions"
    ],
    getAdminBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    getAllDeploymentProtectionRules: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules"
    ],
    getAllEnvironments: ["GET /repos/{owner}/{repo}/environments"],
    getAllStatusCheckContexts: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts"
    ],
    getAllTopics: ["GET /repos/{owner}/{repo}/topics"],
    getAppsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps"
    ],
    getAutolink: ["GET /repos/{owner}/{repo}/autolinks/{autolink_id}"],
    getBranch: ["GET /repos/{owner}/{repo}/branches/{branch}"],
    getBranchProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    getBranchRules: ["GET /repos/{owner}/{repo}/rules/branches/{branch}"],
    getClones: ["GET /repos/{owner}/{repo}/traffic/clones"],
    getCodeFrequencyStats: ["GET /repos/{owner}/{repo}/stats/code_frequency"],
    getCollaboratorPermissionLevel: [
      "GET /repos/{owner}/{repo}/collaborators/{username}/permission"
    ],
    getCombinedStatusForRef: ["GET /repos/{owner}/{repo}/commits/{ref}/status"],
    getCommit: ["GET /repos/{owner}/{repo}/commits/{ref}"],
    getCommitActivityStats: ["GET /repos/{owner}/{repo}/stats/commit_activity"],
    getCommitComment: ["GET /repos/{owner}/{repo}/comments/{comment_id}"],
    getCommitSignatureProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_signatures"
    ],
    getCommunityProfileMetrics: ["GET /repos/{owner}/{repo}/community/profile"],
    getContent: ["GET /repos/{owner}/{repo}/contents/{path}"],
    getContributorsStats: ["GET /repos/{owner}/{repo}/stats/contributors"],
    getCustomDeploymentProtectionRule: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/{protection_rule_id}"
    ],
    getDeployKey: ["GET /repos/{owner}/{repo}/keys/{key_id}"],
    getDeployment: ["GET /repos/{owner}/{repo}/deployments/{deployment_id}"],
    getDeploymentBranchPolicy: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    getDeploymentStatus: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses/{status_id}"
    ],
    getEnvironment: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}"
    ],
    getLatestPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/latest"],
    getLatestRelease: ["GET /repos/{owner}/{repo}/releases/latest"],
    getOrgRuleSuite: ["GET /orgs/{org}/rulesets/rule-suites/{rule_suite_id}"],
    getOrgRuleSuites: ["GET /orgs/{org}/rulesets/rule-suites"],
    getOrgRuleset: ["GET /orgs/{org}/rulesets/{ruleset_id}"],
    getOrgRulesets: ["GET /orgs/{org}/rulesets"],
    getPages: ["GET /repos/{owner}/{repo}/pages"],
    getPagesBuild: ["GET /repos/{owner}/{repo}/pages/builds/{build_id}"],
    getPagesDeployment: [
      "GET /repos/{owner}/{repo}/pages/deployments/{pages_deployment_id}"
    ],
    getPagesHealthCheck: ["GET /repos/{owner}/{repo}/pages/health"],
    getParticipationStats: ["GET /repos/{owner}/{repo}/stats/participation"],
    getPullRequestReviewProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    getPunchCardStats: ["GET /repos/{owner}/{repo}/stats/punch_card"],
    getReadme: ["GET /repos/{owner}/{repo}/readme"],
    getReadmeInDirectory: ["GET /repos/{owner}/{repo}/readme/{dir}"],
    getRelease: ["GET /repos/{owner}/{repo}/releases/{release_id}"],
    getReleaseAsset: ["GET /repos/{owner}/{repo}/releases/assets/{asset_id}"],
    getReleaseByTag: ["GET /repos/{owner}/{repo}/releases/tags/{tag}"],
    getRepoRuleSuite: [
      "GET /repos/{owner}/{repo}/rulesets/rule-suites/{rule_suite_id}"
    ],
    getRepoRuleSuites: ["GET /repos/{owner}/{repo}/rulesets/rule-suites"],
    getRepoRuleset: ["GET /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    getRepoRulesetHistory: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history"
    ],
    getRepoRulesetVersion: [
      "GET /repos/{owner}/{repo}/rulesets/{ruleset_id}/history/{version_id}"
    ],
    getRepoRulesets: ["GET /repos/{owner}/{repo}/rulesets"],
    getStatusChecksProtection: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    getTeamsWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams"
    ],
    getTopPaths: ["GET /repos/{owner}/{repo}/traffic/popular/paths"],
    getTopReferrers: ["GET /repos/{owner}/{repo}/traffic/popular/referrers"],
    getUsersWithAccessToProtectedBranch: [
      "GET /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users"
    ],
    getViews: ["GET /repos/{owner}/{repo}/traffic/views"],
    getWebhook: ["GET /repos/{owner}/{repo}/hooks/{hook_id}"],
    getWebhookConfigForRepo: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    getWebhookDelivery: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}"
    ],
    listActivities: ["GET /repos/{owner}/{repo}/activity"],
    listAttestations: [
      "GET /repos/{owner}/{repo}/attestations/{subject_digest}"
    ],
    listAutolinks: ["GET /repos/{owner}/{repo}/autolinks"],
    listBranches: ["GET /repos/{owner}/{repo}/branches"],
    listBranchesForHeadCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/branches-where-head"
    ],
    listCollaborators: ["GET /repos/{owner}/{repo}/collaborators"],
    listCommentsForCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments"
    ],
    listCommitCommentsForRepo: ["GET /repos/{owner}/{repo}/comments"],
    listCommitStatusesForRef: [
      "GET /repos/{owner}/{repo}/commits/{ref}/statuses"
    ],
    listCommits: ["GET /repos/{owner}/{repo}/commits"],
    listContributors: ["GET /repos/{owner}/{repo}/contributors"],
    listCustomDeploymentRuleIntegrations: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment_protection_rules/apps"
    ],
    listDeployKeys: ["GET /repos/{owner}/{repo}/keys"],
    listDeploymentBranchPolicies: [
      "GET /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies"
    ],
    listDeploymentStatuses: [
      "GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses"
    ],
    listDeployments: ["GET /repos/{owner}/{repo}/deployments"],
    listForAuthenticatedUser: ["GET /user/repos"],
    listForOrg: ["GET /orgs/{org}/repos"],
    listForUser: ["GET /users/{username}/repos"],
    listForks: ["GET /repos/{owner}/{repo}/forks"],
    listInvitations: ["GET /repos/{owner}/{repo}/invitations"],
    listInvitationsForAuthenticatedUser: ["GET /user/repository_invitations"],
    listLanguages: ["GET /repos/{owner}/{repo}/languages"],
    listPagesBuilds: ["GET /repos/{owner}/{repo}/pages/builds"],
    listPublic: ["GET /repositories"],
    listPullRequestsAssociatedWithCommit: [
      "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls"
    ],
    listReleaseAssets: [
      "GET /repos/{owner}/{repo}/releases/{release_id}/assets"
    ],
    listReleases: ["GET /repos/{owner}/{repo}/releases"],
    listTags: ["GET /repos/{owner}/{repo}/tags"],
    listTeams: ["GET /repos/{owner}/{repo}/teams"],
    listWebhookDeliveries: [
      "GET /repos/{owner}/{repo}/hooks/{hook_id}/deliveries"
    ],
    listWebhooks: ["GET /repos/{owner}/{repo}/hooks"],
    merge: ["POST /repos/{owner}/{repo}/merges"],
    mergeUpstream: ["POST /repos/{owner}/{repo}/merge-upstream"],
    pingWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/pings"],
    redeliverWebhookDelivery: [
      "POST /repos/{owner}/{repo}/hooks/{hook_id}/deliveries/{delivery_id}/attempts"
    ],
    removeAppAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    removeCollaborator: [
      "DELETE /repos/{owner}/{repo}/collaborators/{username}"
    ],
    removeStatusCheckContexts: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    removeStatusCheckProtection: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    removeTeamAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    removeUserAccessRestrictions: [
      "DELETE /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    renameBranch: ["POST /repos/{owner}/{repo}/branches/{branch}/rename"],
    replaceAllTopics: ["PUT /repos/{owner}/{repo}/topics"],
    requestPagesBuild: ["POST /repos/{owner}/{repo}/pages/builds"],
    setAdminBranchProtection: [
      "POST /repos/{owner}/{repo}/branches/{branch}/protection/enforce_admins"
    ],
    setAppAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/apps",
      {},
      { mapToData: "apps" }
    ],
    setStatusCheckContexts: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks/contexts",
      {},
      { mapToData: "contexts" }
    ],
    setTeamAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/teams",
      {},
      { mapToData: "teams" }
    ],
    setUserAccessRestrictions: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection/restrictions/users",
      {},
      { mapToData: "users" }
    ],
    testPushWebhook: ["POST /repos/{owner}/{repo}/hooks/{hook_id}/tests"],
    transfer: ["POST /repos/{owner}/{repo}/transfer"],
    update: ["PATCH /repos/{owner}/{repo}"],
    updateBranchProtection: [
      "PUT /repos/{owner}/{repo}/branches/{branch}/protection"
    ],
    updateCommitComment: ["PATCH /repos/{owner}/{repo}/comments/{comment_id}"],
    updateDeploymentBranchPolicy: [
      "PUT /repos/{owner}/{repo}/environments/{environment_name}/deployment-branch-policies/{branch_policy_id}"
    ],
    updateInformationAboutPagesSite: ["PUT /repos/{owner}/{repo}/pages"],
    updateInvitation: [
      "PATCH /repos/{owner}/{repo}/invitations/{invitation_id}"
    ],
    updateOrgRuleset: ["PUT /orgs/{org}/rulesets/{ruleset_id}"],
    updatePullRequestReviewProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_pull_request_reviews"
    ],
    updateRelease: ["PATCH /repos/{owner}/{repo}/releases/{release_id}"],
    updateReleaseAsset: [
      "PATCH /repos/{owner}/{repo}/releases/assets/{asset_id}"
    ],
    updateRepoRuleset: ["PUT /repos/{owner}/{repo}/rulesets/{ruleset_id}"],
    updateStatusCheckPotection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks",
      {},
      { renamed: ["repos", "updateStatusCheckProtection"] }
    ],
    updateStatusCheckProtection: [
      "PATCH /repos/{owner}/{repo}/branches/{branch}/protection/required_status_checks"
    ],
    updateWebhook: ["PATCH /repos/{owner}/{repo}/hooks/{hook_id}"],
    updateWebhookConfigForRepo: [
      "PATCH /repos/{owner}/{repo}/hooks/{hook_id}/config"
    ],
    uploadReleaseAsset: [
      "POST /repos/{owner}/{repo}/releases/{release_id}/assets{?name,label}",
      { baseUrl: "https://uploads.github.com" }
    ]
  },
  search: {
    code: ["GET /search/code"],
    commits: ["GET /search/commits"],
    issuesAndPullRequests: ["GET /search/issues"],
    labels: ["GET /search/labels"],
    repos: ["GET /search/repositories"],
    topics: ["GET /search/topics"],
    users: ["GET /search/users"]
  },
  secretScanning: {
    createPushProtectionBypass: [
      "POST /repos/{owner}/{repo}/secret-scanning/push-protection-bypasses"
    ],
    getAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    getScanHistory: ["GET /repos/{owner}/{repo}/secret-scanning/scan-history"],
    listAlertsForOrg: ["GET /orgs/{org}/secret-scanning/alerts"],
    listAlertsForRepo: ["GET /repos/{owner}/{repo}/secret-scanning/alerts"],
    listLocationsForAlert: [
      "GET /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}/locations"
    ],
    listOrgPatternConfigs: [
      "GET /orgs/{org}/secret-scanning/pattern-configurations"
    ],
    updateAlert: [
      "PATCH /repos/{owner}/{repo}/secret-scanning/alerts/{alert_number}"
    ],
    updateOrgPatternConfigs: [
      "PATCH /orgs/{org}/secret-scanning/pattern-configurations"
    ]
  },
  securityAdvisories: {
    createFork: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/forks"
    ],
    createPrivateVulnerabilityReport: [
      "POST /repos/{owner}/{repo}/security-advisories/reports"
    ],
    createRepositoryAdvisory: [
      "POST /repos/{owner}/{repo}/security-advisories"
    ],
    createRepositoryAdvisoryCveRequest: [
      "POST /repos/{owner}/{repo}/security-advisories/{ghsa_id}/cve"
    ],
    getGlobalAdvisory: ["GET /advisories/{ghsa_id}"],
    getRepositoryAdvisory: [
      "GET /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ],
    listGlobalAdvisories: ["GET /advisories"],
    listOrgRepositoryAdvisories: ["GET /orgs/{org}/security-advisories"],
    listRepositoryAdvisories: ["GET /repos/{owner}/{repo}/security-advisories"],
    updateRepositoryAdvisory: [
      "PATCH /repos/{owner}/{repo}/security-advisories/{ghsa_id}"
    ]
  },
  teams: {
    addOrUpdateMembershipForUserInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    addOrUpdateRepoPermissionsInOrg: [
      "PUT /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    checkPermissionsForRepoInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    create: ["POST /orgs/{org}/teams"],
    createDiscussionCommentInOrg: [
      "POST /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    createDiscussionInOrg: ["POST /orgs/{org}/teams/{team_slug}/discussions"],
    deleteDiscussionCommentInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    deleteDiscussionInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    deleteInOrg: ["DELETE /orgs/{org}/teams/{team_slug}"],
    getByName: ["GET /orgs/{org}/teams/{team_slug}"],
    getDiscussionCommentInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    getDiscussionInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    getMembershipForUserInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    list: ["GET /orgs/{org}/teams"],
    listChildInOrg: ["GET /orgs/{org}/teams/{team_slug}/teams"],
    listDiscussionCommentsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments"
    ],
    listDiscussionsInOrg: ["GET /orgs/{org}/teams/{team_slug}/discussions"],
    listForAuthenticatedUser: ["GET /user/teams"],
    listMembersInOrg: ["GET /orgs/{org}/teams/{team_slug}/members"],
    listPendingInvitationsInOrg: [
      "GET /orgs/{org}/teams/{team_slug}/invitations"
    ],
    listReposInOrg: ["GET /orgs/{org}/teams/{team_slug}/repos"],
    removeMembershipForUserInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/memberships/{username}"
    ],
    removeRepoInOrg: [
      "DELETE /orgs/{org}/teams/{team_slug}/repos/{owner}/{repo}"
    ],
    updateDiscussionCommentInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments/{comment_number}"
    ],
    updateDiscussionInOrg: [
      "PATCH /orgs/{org}/teams/{team_slug}/discussions/{discussion_number}"
    ],
    updateInOrg: ["PATCH /orgs/{org}/teams/{team_slug}"]
  },
  users: {
    addEmailForAuthenticated: [
      "POST /user/emails",
      {},
      { renamed: ["users", "addEmailForAuthenticatedUser"] }
    ],
    addEmailForAuthenticatedUser: ["POST /user/emails"],
    addSocialAccountForAuthenticatedUser: ["POST /user/social_accounts"],
    block: ["PUT /user/blocks/{username}"],
    checkBlocked: ["GET /user/blocks/{username}"],
    checkFollowingForUser: ["GET /users/{username}/following/{target_user}"],
    checkPersonIsFollowedByAuthenticated: ["GET /user/following/{username}"],
    createGpgKeyForAuthenticated: [
      "POST /user/gpg_keys",
      {},
      { renamed: ["users", "createGpgKeyForAuthenticatedUser"] }
    ],
    createGpgKeyForAuthenticatedUser: ["POST /user/gpg_keys"],
    createPublicSshKeyForAuthenticated: [
      "POST /user/keys",
      {},
      { renamed: ["users", "createPublicSshKeyForAuthenticatedUser"] }
    ],
    createPublicSshKeyForAuthenticatedUser: ["POST /user/keys"],
    createSshSigningKeyForAuthenticatedUser: ["POST /user/ssh_signing_keys"],
    deleteAttestationsBulk: [
      "POST /users/{username}/attestations/delete-request"
    ],
    deleteAttestationsById: [
      "DELETE /users/{username}/attestations/{attestation_id}"
    ],
    deleteAttestationsBySubjectDigest: [
      "DELETE /users/{username}/attestations/digest/{subject_digest}"
    ],
    deleteEmailForAuthenticated: [
      "DELETE /user/emails",
      {},
      { renamed: ["users", "deleteEmailForAuthenticatedUser"] }
    ],
    deleteEmailForAuthenticatedUser: ["DELETE /user/emails"],
    deleteGpgKeyForAuthenticated: [
      "DELETE /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "deleteGpgKeyForAuthenticatedUser"] }
    ],
    deleteGpgKeyForAuthenticatedUser: ["DELETE /user/gpg_keys/{gpg_key_id}"],
    deletePublicSshKeyForAuthenticated: [
      "DELETE /user/keys/{key_id}",
      {},
      { renamed: ["users", "deletePublicSshKeyForAuthenticatedUser"] }
    ],
    deletePublicSshKeyForAuthenticatedUser: ["DELETE /user/keys/{key_id}"],
    deleteSocialAccountForAuthenticatedUser: ["DELETE /user/social_accounts"],
    deleteSshSigningKeyForAuthenticatedUser: [
      "DELETE /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    follow: ["PUT /user/following/{username}"],
    getAuthenticated: ["GET /user"],
    getById: ["GET /user/{account_id}"],
    getByUsername: ["GET /users/{username}"],
    getContextForUser: ["GET /users/{username}/hovercard"],
    getGpgKeyForAuthenticated: [
      "GET /user/gpg_keys/{gpg_key_id}",
      {},
      { renamed: ["users", "getGpgKeyForAuthenticatedUser"] }
    ],
    getGpgKeyForAuthenticatedUser: ["GET /user/gpg_keys/{gpg_key_id}"],
    getPublicSshKeyForAuthenticated: [
      "GET /user/keys/{key_id}",
      {},
      { renamed: ["users", "getPublicSshKeyForAuthenticatedUser"] }
    ],
    getPublicSshKeyForAuthenticatedUser: ["GET /user/keys/{key_id}"],
    getSshSigningKeyForAuthenticatedUser: [
      "GET /user/ssh_signing_keys/{ssh_signing_key_id}"
    ],
    list: ["GET /users"],
    listAttestations: ["GET /users/{username}/attestations/{subject_digest}"],
    listAttestationsBulk: [
      "POST /users/{username}/attestations/bulk-list{?per_page,before,after}"
    ],
    listBlockedByAuthenticated: [
      "GET /user/blocks",
      {},
      { renamed: ["users", "listBlockedByAuthenticatedUser"] }
    ],
    listBlockedByAuthenticatedUser: ["GET /user/blocks"],
    listEmailsForAuthenticated: [
      "GET /user/emails",
      {},
      { renamed: ["users", "listEmailsForAuthenticatedUser"] }
    ],
    listEmailsForAuthenticatedUser: ["GET /user/emails"],
    listFollowedByAuthenticated: [
      "GET /user/following",
      {},
      { renamed: ["users", "listFollowedByAuthenticatedUser"] }
    ],
    listFollowedByAuthenticatedUser: ["GET /user/following"],
    listFollowersForAuthenticatedUser: ["GET /user/followers"],
    listFollowersForUser: ["GET /users/{username}/followers"],
    listFollowingForUser: ["GET /users/{username}/following"],
    listGpgKeysForAuthenticated: [
      "GET /user/gpg_keys",
      {},
      { renamed: ["users", "listGpgKeysForAuthenticatedUser"] }
    ],
    listGpgKeysForAuthenticatedUser: ["GET /user/gpg_keys"],
    listGpgKeysForUser: ["GET /users/{username}/gpg_keys"],
    listPublicEmailsForAuthenticated: [
      "GET /user/public_emails",
      {},
      { renamed: ["users", "listPublicEmailsForAuthenticatedUser"] }
    ],
    listPublicEmailsForAuthenticatedUser: ["GET /user/public_emails"],
    listPublicKeysForUser: ["GET /users/{username}/keys"],
    listPublicSshKeysForAuthenticated: [
      "GET /user/keys",
      {},
      { renamed: ["users", "listPublicSshKeysForAuthenticatedUser"] }
    ],
    listPublicSshKeysForAuthenticatedUser: ["GET /user/keys"],
    listSocialAccountsForAuthenticatedUser: ["GET /user/social_accounts"],
    listSocialAccountsForUser: ["GET /users/{username}/social_accounts"],
    listSshSigningKeysForAuthenticatedUser: ["GET /user/ssh_signing_keys"],
    listSshSigningKeysForUser: ["GET /users/{username}/ssh_signing_keys"],
    setPrimaryEmailVisibilityForAuthenticated: [
      "PATCH /user/email/visibility",
      {},
      { renamed: ["users", "setPrimaryEmailVisibilityForAuthenticatedUser"] }
    ],
    setPrimaryEmailVisibilityForAuthenticatedUser: [
      "PATCH /user/email/visibility"
    ],
    unblock: ["DELETE /user/blocks/{username}"],
    unfollow: ["DELETE /user/following/{username}"],
    updateAuthenticated: ["PATCH /user"]
  }
};
var endpoints_default = Endpoints;

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/endpoints-to-methods.js
var endpointMethodsMap = /* @__PURE__ */ new Map();
for (const [scope, endpoints] of Object.entries(endpoints_default)) {
  for (const [methodName, endpoint2] of Object.entries(endpoints)) {
    const [route, defaults, decorations] = endpoint2;
    const [method, url] = route.split(/ /);
    const endpointDefaults = Object.assign(
      {
        method,
        url
      },
      defaults
    );
    if (!endpointMethodsMap.has(scope)) {
      endpointMethodsMap.set(scope, /* @__PURE__ */ new Map());
    }
    endpointMethodsMap.get(scope).set(methodName, {
      scope,
      methodName,
      endpointDefaults,
      decorations
    });
  }
}
var handler = {
  has({ scope }, methodName) {
    return endpointMethodsMap.get(scope).has(methodName);
  },
  getOwnPropertyDescriptor(target, methodName) {
    return {
      value: this.get(target, methodName),
      // ensures method is in the cache
      configurable: true,
      writable: true,
      enumerable: true
    };
  },
  defineProperty(target, methodName, descriptor) {
    Object.defineProperty(target.cache, methodName, descriptor);
    return true;
  },
  deleteProperty(target, methodName) {
    delete target.cache[methodName];
    return true;
  },
  ownKeys({ scope }) {
    return [...endpointMethodsMap.get(scope).keys()];
  },
  set(target, methodName, value) {
    return target.cache[methodName] = value;
  },
  get({ octokit, scope, cache }, methodName) {
    if (cache[methodName]) {
      return cache[methodName];
    }
    const method = endpointMethodsMap.get(scope).get(methodName);
    if (!method) {
      return void 0;
    }
    const { endpointDefaults, decorations } = method;
    if (decorations) {
      cache[methodName] = decorate(
        octokit,
        scope,
        methodName,
        endpointDefaults,
        decorations
      );
    } else {
      cache[methodName] = octokit.request.defaults(endpointDefaults);
    }
    return cache[methodName];
  }
};
function endpointsToMethods(octokit) {
  const newMethods = {};
  for (const scope of endpointMethodsMap.keys()) {
    newMethods[scope] = new Proxy({ octokit, scope, cache: {} }, handler);
  }
  return newMethods;
}
__name(endpointsToMethods, "endpointsToMethods");
function decorate(octokit, scope, methodName, defaults, decorations) {
  const requestWithDefaults = octokit.request.defaults(defaults);
  function withDecorations(...args) {
    let options = requestWithDefaults.endpoint.merge(...args);
    if (decorations.mapToData) {
      options = Object.assign({}, options, {
        data: options[decorations.mapToData],
        [decorations.mapToData]: void 0
      });
      return requestWithDefaults(options);
    }
    if (decorations.renamed) {
      const [newScope, newMethodName] = decorations.renamed;
      octokit.log.warn(
        `octokit.${scope}.${methodName}() has been renamed to octokit.${newScope}.${newMethodName}()`
      );
    }
    if (decorations.deprecated) {
      octokit.log.warn(decorations.deprecated);
    }
    if (decorations.renamedParameters) {
      const options2 = requestWithDefaults.endpoint.merge(...args);
      for (const [name, alias] of Object.entries(
        decorations.renamedParameters
      )) {
        if (name in options2) {
          octokit.log.warn(
            `"${name}" parameter is deprecated for "octokit.${scope}.${methodName}()". Use "${alias}" instead`
          );
          if (!(alias in options2)) {
            options2[alias] = options2[name];
          }
          delete options2[name];
        }
      }
      return requestWithDefaults(options2);
    }
    return requestWithDefaults(...args);
  }
  __name(withDecorations, "withDecorations");
  return Object.assign(withDecorations, requestWithDefaults);
}
__name(decorate, "decorate");

// node_modules/@octokit/plugin-rest-endpoint-methods/dist-src/index.js
function restEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    rest: api
  };
}
__name(restEndpointMethods, "restEndpointMethods");
restEndpointMethods.VERSION = VERSION6;
function legacyRestEndpointMethods(octokit) {
  const api = endpointsToMethods(octokit);
  return {
    ...api,
    rest: api
  };
}
__name(legacyRestEndpointMethods, "legacyRestEndpointMethods");
legacyRestEndpointMethods.VERSION = VERSION6;

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
function isRequestError(error2) {
  return error2.request !== void 0;
}
__name(isRequestError, "isRequestError");
async function errorRequest(state, octokit, error2, options) {
  if (!isRequestError(error2) || !error2?.request.request) {
    throw error2;
  }
  if (error2.status >= 400 && !state.doNotRetry.includes(error2.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error2, retries, retryAfter);
  }
  throw error2;
}
__name(errorRequest, "errorRequest");
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error2, info3) {
    const maxRetries = ~~error2.request.request?.retries;
    const after = ~~error2.request.request?.retryAfter;
    options.request.retryCount = info3.retryCount + 1;
    if (maxRetries > info3.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
__name(wrapRequest, "wrapRequest");
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error2 = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error2, options);
  }
  return response;
}
__name(requestWithGraphqlErrorHandling, "requestWithGraphqlErrorHandling");
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: /* @__PURE__ */ __name((error2, retries, retryAfter) => {
        error2.request.request = Object.assign({}, error2.request.request, {
          retries,
          retryAfter
        });
        return error2;
      }, "retryRequest")
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
__name(retry, "retry");
retry.VERSION = VERSION7;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION8 = "0.0.0-development";
var noop3 = /* @__PURE__ */ __name(() => Promise.resolve(), "noop");
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
__name(wrapRequest2, "wrapRequest");
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
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
var createGroups = /* @__PURE__ */ __name(function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
}, "createGroups");
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
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
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error2, info3) {
      const [state2, request2, options] = info3.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error2.status !== 401;
      if (!(shouldRetryGraphQL || error2.status === 403 || error2.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
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
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  }, "initializeBottleneck");
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
__name(throttling, "throttling");
throttling.VERSION = VERSION8;
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
  constructor(host, request2, reason, cause) {
    const fix = `Check that the runner can reach ${host} (firewall, proxy settings HTTPS_PROXY/NO_PROXY, DNS); on GitHub Enterprise Server check GITHUB_API_URL`;
    super(`No answer from ${host} to ${request2}: ${reason}. ${fix}.`, { cause });
    this.name = "GitHubNetworkError";
    this.host = host;
    this.reason = reason;
    this.fix = fix;
  }
};
function routeOf(request2) {
  let url = String(request2.url ?? "").replace(/\{\?[^}]*\}$/, "");
  if (/^https?:\/\//i.test(url)) url = URL.parse(url)?.pathname ?? url;
  return `${String(request2.method ?? "GET").toUpperCase()} ${url.replace(/\?.*$/, "")}`;
}
__name(routeOf, "routeOf");
function explainServerError(e, request2, apiUrl) {
  const err = e;
  if (!err || typeof err !== "object" || err.response === void 0 || typeof err.status !== "number" || err.status < 500) return;
  const route = routeOf(request2);
  const said = githubMessage(err);
  err.message = `GitHub answered ${err.status}${said ? ` "${said}"` : ""} to ${route} on ${apiHost(apiUrl)}, also after the retries: GitHub had trouble (see https://www.githubstatus.com); re-run the job later`;
}
__name(explainServerError, "explainServerError");
function asNetworkError(e, request2, apiUrl) {
  const err = e;
  if (!err || typeof err !== "object" || err instanceof GitHubNetworkError || err.response !== void 0) return void 0;
  if (!(err.name === "HttpError" || err.name === "AbortError" || err.name === "TimeoutError")) return void 0;
  return new GitHubNetworkError(apiHost(apiUrl), routeOf(request2), networkReason(err), e);
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
  const status = answered ? e.status : void 0;
  const text = githubMessage(e);
  const q = text ? ` "${text}"` : "";
  const failed = `Could not ${ctx.action} on ${host}`;
  const make = /* @__PURE__ */ __name((kind, message, fix) => ({ kind, status, message, fix }), "make");
  if (!answered) {
    const reason = error2 instanceof GitHubNetworkError ? error2.reason : networkReason(e);
    return make(
      "network",
      `${failed}: no answer from the server (network error: ${reason}).`,
      `Check that the runner can reach ${host} (firewall, proxy settings HTTPS_PROXY/NO_PROXY, DNS); on GitHub Enterprise Server check GITHUB_API_URL.`
    );
  }
  const s = status;
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
    ready ??= import("./chunks/undici-QKCTPTFB.js").then((u) => ({ fetch: u.fetch, dispatcher: new u.ProxyAgent(proxyUrl) }));
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
  octokit.hook.wrap("request", async (request2, opts) => {
    try {
      return await request2(opts);
    } catch (e) {
      const request3 = { method: opts.method, url: opts.url };
      explainServerError(e, request3, options.apiUrl);
      throw asNetworkError(e, request3, options.apiUrl) ?? e;
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
function commentMarker(action, key) {
  const safe = /* @__PURE__ */ __name((s) => s.replace(/[^A-Za-z0-9._/-]/g, "_"), "safe");
  return `<!-- mlops-actions:${safe(action)}:${safe(key)} -->`;
}
__name(commentMarker, "commentMarker");
function apiUrlOf(octokit) {
  return String(octokit.request.endpoint.DEFAULTS.baseUrl ?? "");
}
__name(apiUrlOf, "apiUrlOf");
async function upsertComment(o) {
  const marker = commentMarker(o.action, o.key);
  const { text: body, truncated } = fitComment(`${marker}
${o.body}`, o.fullReportUrl);
  const ref = { owner: o.owner, repo: o.repo };
  try {
    const author = await authenticatedLogin(o.octokit);
    const findMine = /* @__PURE__ */ __name(async () => {
      const comments = await o.octokit.paginate(o.octokit.rest.issues.listComments, { ...ref, issue_number: o.issueNumber, per_page: 100 });
      return comments.filter((c) => c.body?.includes(marker) && (author === void 0 || c.user?.login === author)).sort((a, b) => a.id - b.id);
    }, "findMine");
    const settle = /* @__PURE__ */ __name(async (mine2, outcome) => {
      const [keep, ...extra] = mine2;
      for (const c of extra) {
        try {
          await o.octokit.rest.issues.deleteComment({ ...ref, comment_id: c.id });
        } catch (e) {
          if (e.status !== 404) throw e;
        }
      }
      if (extra.length) o.log?.info(`Removed ${extra.length} duplicate comment(s) left by a concurrent run; kept the oldest.`);
      if (keep.body === body) return { outcome, id: keep.id, url: keep.html_url, truncated };
      const { data } = await o.octokit.rest.issues.updateComment({ ...ref, comment_id: keep.id, body });
      return { outcome: extra.length && outcome === "created" ? "updated" : outcome, id: data.id, url: data.html_url, truncated };
    }, "settle");
    const mine = await findMine();
    if (mine.length) return await settle(mine, "updated");
    const create = /* @__PURE__ */ __name((retries) => o.octokit.rest.issues.createComment({
      ...ref,
      issue_number: o.issueNumber,
      body,
      ...retries === void 0 ? {} : { request: { retries } }
    }), "create");
    let created;
    try {
      created = (await create(0)).data;
    } catch (e) {
      const status = e.status;
      if (status !== void 0 && status < 500 && e.response !== void 0) throw e;
      if ((await findMine()).length === 0) created = (await create()).data;
    }
    const after = await findMine();
    if (after.length === 0) {
      if (created) return { outcome: "created", id: created.id, url: created.html_url, truncated };
      const failure = {
        kind: "other",
        status: void 0,
        message: `The ${o.action} comment on #${o.issueNumber} was posted but is no longer listed (deleted meanwhile?).`,
        fix: "Re-run the job to post it again."
      };
      const reason = `${failure.message} ${failure.fix} The report is in the job summary.`;
      o.log?.warning(`Not commenting: ${reason}`);
      return { outcome: "failed", reason, failure };
    }
    return await settle(after, "created");
  } catch (e) {
    if (!isRequestFailure(e)) throw e;
    const failure = describeGitHubFailure(e, {
      action: `post the ${o.action} comment on #${o.issueNumber}`,
      apiUrl: apiUrlOf(o.octokit),
      permission: o.permission ?? "pull-requests: write"
    });
    const readOnly = failure.kind === "integration-permission" || failure.kind === "token-permission";
    const reason = readOnly ? `the token cannot write comments here (a pull request from a fork gets a read-only token). ${failure.message} ${failure.fix} The report is in the job summary.` : `${failure.message} ${failure.fix} The report is in the job summary.`;
    o.log?.warning(`Not commenting: ${reason}`);
    return readOnly ? { outcome: "read-only", reason, failure } : { outcome: "failed", reason, failure };
  }
}
__name(upsertComment, "upsertComment");
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
  let open2;
  let details2 = 0;
  let at = 0;
  for (const line of text.split("\n")) {
    const m = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (m && !open2) {
      if (!(m[1][0] === "`" && m[2].includes("`"))) open2 = { at, char: m[1][0], length: m[1].length };
    } else if (m && open2) {
      if (m[1][0] === open2.char && m[1].length >= open2.length && m[2].trim() === "") open2 = void 0;
    } else if (!open2) {
      details2 += (line.match(/<details[\s>]/gi) ?? []).length - (line.match(/<\/details>/gi) ?? []).length;
    }
    at += line.length + 1;
  }
  return { fenceStart: open2?.at, details: details2 };
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

// node_modules/@mlops-actions/github/src/publish.ts
async function publishReport(o) {
  const wanted = o.when === "always" || o.when === "auto" && o.pullRequest !== void 0;
  if (!wanted) return { outcome: "not-wanted" };
  if (o.pullRequest === void 0) {
    const reason = "comment is always, but this run is not for a pull request: the report is in the job summary only";
    o.log.warning(reason);
    return { outcome: "summary-only", reason };
  }
  if (!o.token && !o.octokit) {
    const reason = "no github-token to comment with: the report is in the job summary only";
    o.log.warning(reason);
    return { outcome: "summary-only", reason };
  }
  if (!o.owner || !o.repo) {
    throw new UserError("GITHUB_REPOSITORY is not set, so there is no repository to talk to", {
      fix: "Run this step in a GitHub workflow, or set GITHUB_REPOSITORY=owner/name for a local run"
    });
  }
  const octokit = o.octokit ?? createGitHubClient({ token: o.token, apiUrl: o.apiUrl, log: o.log, timeScale: o.timeScale });
  const outcome = await upsertComment({
    octokit,
    owner: o.owner,
    repo: o.repo,
    issueNumber: o.pullRequest,
    action: o.action,
    key: o.key,
    body: o.body,
    fullReportUrl: o.fullReportUrl,
    permission: o.permission ?? "pull-requests: write",
    log: o.log
  });
  if (outcome.outcome === "created" || outcome.outcome === "updated") {
    o.log.info(
      `${outcome.outcome === "created" ? "Posted" : "Updated"} the comment: ${outcome.url}${outcome.truncated ? " (cut to fit GitHub's limit)" : ""}`
    );
  }
  return outcome;
}
__name(publishReport, "publishReport");

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
  const info3 = {
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
    info: info3,
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
                  const info4 = this.__infoField();
                  const bom2 = Object.keys(boms).map(
                    (b) => boms[b].equals(this.state.field.toString()) ? b : false
                  ).filter(Boolean)[0];
                  const err = this.__error(
                    new CsvError(
                      "INVALID_OPENING_QUOTE",
                      [
                        "Invalid Opening Quote:",
                        `a quote is found on field ${JSON.stringify(info4.column)} at line ${info4.lines}, value is ${JSON.stringify(this.state.field.toString(encoding))}`,
                        bom2 ? `(${bom2} bom)` : void 0
                      ],
                      this.options,
                      info4,
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
        info: info4,
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
          if (raw === true || info4 === true) {
            const extRecord = Object.assign(
              { record: obj2 },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info4 === true ? { info: this.__infoRecord() } : {}
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
          if (raw === true || info4 === true) {
            const extRecord = Object.assign(
              { record },
              raw === true ? { raw: this.state.rawBuffer.toString(encoding) } : {},
              info4 === true ? { info: this.__infoRecord() } : {}
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
        const info4 = this.__infoRecord();
        try {
          record = on_record.call(null, record, info4);
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
          const info4 = this.__infoField();
          return [void 0, this.state.castField.call(null, field, info4)];
        } catch (err) {
          return [err];
        }
      }
      if (this.__isFloat(field)) {
        return [void 0, parseFloat(field)];
      } else if (this.options.cast_date !== false) {
        const info4 = this.__infoField();
        return [void 0, this.options.cast_date.call(null, field, info4)];
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
var parse3 = /* @__PURE__ */ __name(function(data, opts = {}) {
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
  const error2 = parser.parse(data, true, push, close);
  if (error2 !== void 0) throw error2;
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
    rows = parse3(text, {
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
  rows.forEach(({ record, info: info3 }, i) => {
    const line = info3.lines;
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
  const error2 = /* @__PURE__ */ __name((message, line, key, fix) => inlineAware(message, { file, line, key, fix, source: doc.source }), "error");
  if (root === null || root === void 0) return { source: doc.source, file, rules: [] };
  if (typeof root !== "object" || Array.isArray(root)) {
    throw error2("rules must be a mapping from metric names to their rules", 1, "", `Write e.g. ${RULE_EXAMPLE}`);
  }
  const rules = [];
  Object.entries(root).forEach(([key, body], index) => {
    const line = doc.lineOf([key]);
    if (key.trim() === "") throw error2("a rule has an empty metric name", line, key, 'Name the metric, or use "*" for every metric');
    if (body === null || typeof body !== "object" || Array.isArray(body)) {
      throw error2(
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
        throw error2(
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
          throw error2(
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
          throw error2(
            `direction must be higher or lower, got ${describe(value)}`,
            fieldLine,
            at,
            "Write direction: higher (bigger is better) or direction: lower (smaller is better)"
          );
        }
        rule.direction = { value: v, origin };
      } else if (field === "significant") {
        if (typeof value !== "boolean")
          throw error2(`significant must be true or false, got ${describe(value)}`, fieldLine, at, "Write significant: true");
        rule.significant = { value, origin };
      } else {
        const relative3 = field.endsWith("_relative");
        const n = boundNumber(value, relative3);
        if (n === void 0) {
          throw error2(
            `${field} must be a number, got ${describe(value)}`,
            fieldLine,
            at,
            relative3 ? `Write a fraction (0.02) or a percentage (2%)` : `Write a number, e.g. ${field}: 0.01`
          );
        }
        if (isChangeKey(field) && n < 0) {
          const meaning = CHANGE_MEANING[field];
          throw error2(
            `${field} must not be negative (${n})`,
            fieldLine,
            at,
            meaning.kind === "regression" ? `It is how much worse the metric may get; 0 allows no regression at all` : `It is how much better the metric must get; to allow a regression use max_regression${relative3 ? "_relative" : ""}`
          );
        }
        rule.bounds[field] = { value: n, origin };
      }
    }
    const min = rule.bounds.min;
    const max = rule.bounds.max;
    if (min && max && min.value > max.value) {
      throw error2(
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
      throw error2(
        `${drop} and ${inc} cannot both apply to ${JSON.stringify(key)}: a drop is the regression of a higher-is-better metric, an increase that of a lower-is-better one`,
        rule.bounds[drop]?.origin.line,
        `${key}.${drop}`,
        "Keep the one that matches the metric, or use max_regression (which follows the direction)"
      );
    }
    const dir = rule.direction?.value;
    const [only] = implied;
    if (dir && only && dir !== only && !rule.isPattern) {
      throw directionConflict(key, rule, dir, `direction: ${dir}`, error2);
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
function directionConflict(metric, rule, dir, because, error2) {
  const [k, f] = Object.entries(rule.bounds).find(
    ([k2, f2]) => f2 && isChangeKey(k2) && CHANGE_MEANING[k2].only && CHANGE_MEANING[k2].only !== dir
  );
  const other = k.replace(dir === "lower" ? "max_drop" : "max_increase", dir === "lower" ? "max_increase" : "max_drop");
  return error2(
    `${k} does not suit ${JSON.stringify(metric)}, which is ${dir === "lower" ? "lower" : "higher"}-is-better (${because}): ${dir === "lower" ? "a drop is an improvement" : "an increase is an improvement"}`,
    f.origin.line,
    `${metric}.${k}`,
    `Use ${other} to bound how much worse it may get, or max_regression${k.endsWith("_relative") ? "_relative" : ""}`
  );
}
__name(directionConflict, "directionConflict");
function boundNumber(value, relative3) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value !== "string") return void 0;
  const s = value.trim();
  const pct3 = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/.exec(s);
  if (pct3 && relative3) return Number(pct3[1]) / 100;
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
    const error2 = /* @__PURE__ */ __name((message, line, key, fix) => inlineAware(message, { file: f.origin.file, line, key, fix, source: f.origin.where.replace(/, line \d+$/, "") }), "error");
    if (!dir) {
      throw error2(
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
      error2
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
    rows = parse3(text, {
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
  const missing2 = COLUMNS.filter((_, i) => at[i] < 0);
  if (missing2.length) {
    throw new UserError(
      `${source} has no column ${missing2.map((m) => `'${m}'`).join(", ")} (its columns: ${rows[0].record.map((h) => `'${h}'`).join(", ")})`,
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
  for (const { record, info: info3 } of rows.slice(1)) {
    at.forEach((j, c) => {
      const v = record[j];
      if (v === void 0 || v === "") {
        throw new UserError(`row has no value in column '${COLUMNS[c]}'`, {
          ...place(info3.lines),
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
            ...place(info3.lines),
            key: SCORE_COLUMNS[c],
            fix: "Write each model's score (or probability) of the positive class as a plain number, e.g. 0.731, for every example"
          });
        }
        scores[c].push(x);
      });
    }
    sliceAt.forEach((j, c) => sliceCols[c].push(record[j] ?? ""));
    out.lines.push(info3.lines);
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
    const stat2 = /* @__PURE__ */ __name((swapped) => {
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
    const tests = permutationTest(differ.length, stat2, resamples, rng);
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
function permutationTest(d, stat2, resamples, rng) {
  const swapped = new Uint8Array(d);
  const observed = stat2(swapped);
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
      count(stat2(swapped));
    }
  } else {
    arrangements = resamples;
    for (let r = 0; r < resamples; r++) {
      let bits = 0;
      for (let k = 0; k < d; k++) {
        if (k % 32 === 0) bits = rng.next();
        swapped[k] = bits >>> k % 32 & 1;
      }
      count(stat2(swapped));
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
    const stat2 = /* @__PURE__ */ __name((swapped) => {
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
    const [mae, rmse] = permutationTest(differ.length, stat2, resamples, rng);
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
    records = parse3(text, {
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
  for (const { record, info: info3 } of records.slice(1)) {
    if (record.length !== header.length) {
      throw new UserError(`a row has ${record.length} fields, the header ${header.length}`, {
        ...place(info3.lines),
        fix: `Write ${header.length} fields on every row (leave a cell empty rather than out)`
      });
    }
    rows.push({ cells: new Map(header.map((h, i) => [h, record[i]])), line: info3.lines });
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
    const groups2 = /* @__PURE__ */ new Map();
    values.forEach((v, i) => {
      let g = groups2.get(v);
      if (!g) {
        if (groups2.size === MAX_SLICE_VALUES) {
          throw new UserError(
            `column '${column}' of ${p.source} has more than ${MAX_SLICE_VALUES} distinct values: too many slices to report`,
            {
              input: "slices",
              ...p.file ? { file: p.file, line: p.lines[i] } : {},
              fix: "Slice by a categorical column (write a bucketed copy of a numeric or id column, e.g. age_band), or drop it from slices"
            }
          );
        }
        groups2.set(v, g = []);
      }
      g.push(i);
    });
    const ordered = [...groups2.entries()].sort((a, b) => b[1].length - a[1].length || compareValues(a[0], b[0]));
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
    const error2 = /* @__PURE__ */ __name((message, fix) => inlineAware(message, { file: rules.file, line: r.line, key: r.key, fix, source: rules.source }), "error");
    const m = SLICE_KEY.exec(r.key);
    if (!m)
      throw error2(
        `${JSON.stringify(r.key)} is neither a metric name nor a slice rule`,
        "Write a slice rule as metric[column=value], e.g. accuracy[segment=B], or accuracy[segment=*] for every slice of the column"
      );
    const [, rawMetric, column, value] = m;
    const metric = significanceMetricFor(rawMetric.trim());
    if (!metric) {
      throw error2(
        `a slice rule needs a metric that predictions determine, and ${JSON.stringify(rawMetric.trim())} is none of them`,
        "Use accuracy, precision, recall, f1, roc_auc or average_precision (classification) or mae, rmse (regression)"
      );
    }
    if (!sliceColumns?.includes(column)) {
      throw error2(
        `the rule for ${JSON.stringify(r.key)} targets slices of column '${column}', which is not ${sliceColumns?.length ? `among the slices (${sliceColumns.map((c) => `'${c}'`).join(", ")})` : "sliced: the slices input is empty"}`,
        `Add '${column}' to the slices input (and pass predictions with that column), or fix the column name`
      );
    }
    if (r.significant?.value)
      throw error2(
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
  const fold = /* @__PURE__ */ __name((summary2, body, count) => count > o.maxListItems ? details(summary2, body) : `${summary2}

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
      const summary2 = `Params: ${[pm.changed.length && `${pm.changed.length} changed`, pm.added.length && `${pm.added.length} added`, pm.removed.length && `${pm.removed.length} removed`].filter(Boolean).join(", ")}, ${pm.unchanged} unchanged`;
      out.push(fold(n > o.maxListItems ? summary2 : `**${summary2}**`, table(["param", "baseline", "candidate", ""], rows), n), "");
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
      const summary2 = `Data: ${plural3(n, "file")} changed (${[f.added.length && `${f.added.length} added`, f.removed.length && `${f.removed.length} removed`, f.modified.length && `${f.modified.length} modified`].filter(Boolean).join(", ")})`;
      const list = [
        ...f.added.map((x) => `- added ${code(x)}`),
        ...f.modified.map((x) => `- modified ${code(x)}`),
        ...f.removed.map((x) => `- removed ${code(x)}`)
      ].join("\n");
      out.push(n > o.maxListItems ? `**Data:** ${hashes}

${details(summary2, list)}` : `**${summary2}:** ${hashes}

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
import { access as access2, readFile as readFile2 } from "node:fs/promises";
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
function parse4(spec, v, path, fail) {
  if (spec === "string") return typeof v === "string" ? v : fail(path, `must be a string, not ${describe2(v)}`);
  if (spec === "number") return typeof v === "number" && Number.isFinite(v) ? v : fail(path, `must be a finite number, not ${describe2(v)}`);
  if (spec === "int")
    return typeof v === "number" && Number.isSafeInteger(v) && v >= 0 ? v : fail(path, `must be a whole number, not ${describe2(v)}`);
  if (spec === "boolean") return typeof v === "boolean" ? v : fail(path, `must be true or false, not ${describe2(v)}`);
  if ("enum" in spec)
    return spec.enum.includes(v) ? v : fail(path, `must be one of ${spec.enum.map((e) => JSON.stringify(e)).join(", ")}`);
  if ("nullable" in spec) return v === null ? null : parse4(spec.nullable, v, path, fail);
  if ("array" in spec) {
    if (!Array.isArray(v)) return fail(path, `must be a list, not ${describe2(v)}`);
    return v.map((x, i) => parse4(spec.array, x, `${path}[${i}]`, fail));
  }
  if ("tuple" in spec) {
    if (!Array.isArray(v) || v.length !== spec.tuple.length) return fail(path, `must be a list of ${spec.tuple.length}`);
    return spec.tuple.map((s, i) => parse4(s, v[i], `${path}[${i}]`, fail));
  }
  if ("union" in spec) {
    const kind = v && typeof v === "object" ? v[spec.union[0].when.key] : void 0;
    const branch = spec.union.find((u) => u.when.value === kind);
    return branch ? parse4(branch.spec, v, path, fail) : fail(path, `has an unknown ${spec.union[0].when.key}`);
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
    out[key] = parse4(s, x, `${path}.${key}`, fail);
  }
  return out;
}
__name(parse4, "parse");
var MAX_REPORT_BYTES = 64 * 1024 * 1024;
var READERS = {
  [REPORT_FORMAT]: readFormat1
};
var FORMAT_FAMILY = /^mlops-actions\/validate-metrics-report@(\d+)$/;
function readFormat1(value, fail) {
  const report = parse4(REPORT, value, "$", fail);
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
function renderForeign(parsed, o) {
  const run3 = o.sourceRunUrl && /^https:\/\//i.test(o.sourceRunUrl) ? o.sourceRunUrl : void 0;
  const report = { ...parsed, links: { run: run3 } };
  if (report.baseline.kind === "registry") delete report.baseline.runUrl;
  const where = run3 ? link("the pull request's own run", run3) : "the pull request's own run";
  const note = `> [!NOTE]
> The numbers come from ${where}, where the pull request's code computed them. This comment was rendered from that run's JSON report by a workflow of the base repository.
`;
  return { report, markdown: `${note}
${renderMarkdown(report, { precision: o.precision ?? 4 })}` };
}
__name(renderForeign, "renderForeign");
async function publishForeignReport(o) {
  try {
    await access2(o.file.path);
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
async function runValidateMetrics(run3, deps) {
  const { log } = deps;
  const foreign = run3.report !== void 0;
  const result = run3.report ? await publishForeignReport({
    file: run3.report,
    reportDir: run3.options.reportDir,
    sourceRunUrl: run3.sourceRunUrl,
    precision: run3.options.precision
  }) : await validateMetrics({ ...run3.options, baseline: await baselineSource(run3.baseline, deps), log });
  const { report, markdown } = result;
  const failStep = !report.passed && run3.failOn === "regression" && !foreign;
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
import { join as join3, resolve as resolve4 } from "node:path";
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
        reportDir: i.reportDir?.path ?? join3(resolve4(i.ctx.runnerTemp), "validate-metrics")
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

// actions/validate-metrics/src/main.ts
function readInputs(ctx) {
  const inputs = new Inputs();
  const workspace = resolve5(ctx.workspace);
  const file = /* @__PURE__ */ __name((name) => inputs.file(name, { root: workspace }), "file");
  return parseValidateMetricsOptions({
    report: file("report"),
    metrics: file("metrics"),
    rules: inputs.optional("rules"),
    baseline: inputs.optional("baseline"),
    model: inputs.optional("model"),
    file: /* @__PURE__ */ __name((name) => file(name), "file"),
    // Read only for a registry baseline; the names are checked here, once, naming the inputs (the
    // registry package itself loads only for this baseline).
    champion: /* @__PURE__ */ __name((model) => {
      const registry = readRegistryInputs(inputs, ctx);
      return {
        registry,
        model: parseModelName(model, { input: "model" }),
        alias: parseAlias(inputs.string("alias", "production"), { input: "alias" })
      };
    }, "champion"),
    reportDir: file("report-dir"),
    failOn: inputs.choice("fail-on", ["regression", "never"], "regression"),
    reportUrl: inputs.optional("report-url"),
    pullRequest: inputs.optional("pull-request"),
    comment: inputs.choice("comment", ["auto", "always", "never"], "auto"),
    commentKey: inputs.string("comment-key", "default"),
    token: inputs.secret("github-token"),
    validate: {
      noBaseline: inputs.choice("no-baseline", ["pass", "fail"], "pass"),
      mainMetric: inputs.optional("main-metric"),
      params: file("params"),
      baselineParams: file("baseline-params"),
      dataManifest: file("data-manifest"),
      baselineDataManifest: file("baseline-data-manifest"),
      predictions: file("predictions"),
      slices: inputs.list("slices", { commas: true }),
      minSliceSize: inputs.number("min-slice-size", 30, { min: 1, max: 1e9, integer: true }),
      plots: { workspace, candidate: inputs.list("plots"), baseline: inputs.list("baseline-plots") },
      significance: {
        task: inputs.choice("task", ["auto", "classification", "regression"], "auto"),
        positiveLabel: inputs.string("positive-label", "1"),
        resamples: inputs.number("bootstrap-resamples", 2e3, { min: 100, max: 1e5, integer: true }),
        seed: inputs.number("seed", 42, { min: 0, max: 4294967295, integer: true }),
        confidence: inputs.number("confidence", 0.95, { min: 0.5, max: 0.999 })
      },
      precision: inputs.number("precision", 4, { min: 1, max: 12, integer: true })
    },
    ctx
  });
}
__name(readInputs, "readInputs");
var run2 = /* @__PURE__ */ __name(() => run(async () => {
  const ctx = readRunnerContext();
  const i = readInputs(ctx);
  const registry = i.registry;
  const outcome = await runValidateMetrics(i.run, {
    log: log_exports,
    annotate,
    outputs: setOutputs,
    summary: /* @__PURE__ */ __name((markdown) => new JobSummary().add(markdown).write(), "summary"),
    // The registry package is loaded only when the baseline is the registry's champion.
    openRegistry: registry ? async () => (await import("./chunks/src-RN7CW6IB.js")).openRegistry({
      uri: registry.uri,
      branch: registry.branch,
      token: registry.token,
      log: log_exports,
      ...registryContext(ctx)
    }) : void 0,
    publish: /* @__PURE__ */ __name((body) => publishReport({
      when: i.comment,
      pullRequest: i.pullRequest,
      token: i.token,
      owner: ctx.owner,
      repo: ctx.repo,
      apiUrl: ctx.apiUrl,
      timeScale: ctx.timeScale,
      action: "validate-metrics",
      key: i.commentKey,
      body,
      fullReportUrl: i.run.options.links?.fullReport ?? ctx.runUrl,
      permission: "pull-requests: write",
      log: log_exports
    }), "publish")
  });
  if (outcome.failStep) process.exitCode = 1;
}), "run");

// actions/validate-metrics/src/index.ts
await run2();
