import { createRequire as __mlopsCreateRequire } from 'node:module'; const require = __mlopsCreateRequire(import.meta.url);
import {
  UserError,
  checkOutputPath,
  fsWriteError,
  isUserError,
  messageOf
} from "./chunks/chunk-OX5QIC4H.js";
import {
  __commonJS,
  __export,
  __name,
  __require,
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
        _addListener(name, status2, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status: status2 });
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
        getFirst(arr = this._lists) {
          var j, len, list;
          for (j = 0, len = arr.length; j < len; j++) {
            list = arr[j];
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
          var status2;
          status2 = this._states.jobStatus(this.options.id);
          if (!(status2 === expected || expected === "DONE" && status2 === null)) {
            throw new BottleneckError$1(`Invalid job status ${status2}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
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
          return new this.Promise(function(resolve10, reject) {
            return setTimeout(resolve10, t);
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
        statusJobs(status2) {
          var k, pos, ref, results, v;
          if (status2 != null) {
            pos = this.status.indexOf(status2);
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
          var args, cb, error2, reject, resolve10, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve10, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve10(returned);
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
          var promise, reject, resolve10;
          resolve10 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve10 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve10, reject });
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
          jobs(status2) {
            return this._states.statusJobs(status2);
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
            waitForExecuting = /* @__PURE__ */ __name((at2) => {
              var finished;
              finished = /* @__PURE__ */ __name(() => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at2;
              }, "finished");
              return new this.Promise((resolve10, reject) => {
                if (finished()) {
                  return resolve10();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve10();
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
              return new this.Promise(function(resolve10, reject) {
                return fn(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve10)(args3);
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

// node_modules/graceful-fs/polyfills.js
var require_polyfills = __commonJS({
  "node_modules/graceful-fs/polyfills.js"(exports, module) {
    var constants4 = __require("constants");
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
      if (constants4.hasOwnProperty("O_SYMLINK") && process.version.match(/^v0\.6\.[0-2]|^v0\.5\./)) {
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
            constants4.O_WRONLY | constants4.O_SYMLINK,
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
          var fd = fs7.openSync(path, constants4.O_WRONLY | constants4.O_SYMLINK, mode);
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
        if (constants4.hasOwnProperty("O_SYMLINK") && fs7.futimes) {
          fs7.lutimes = function(path, at2, mt, cb) {
            fs7.open(path, constants4.O_SYMLINK, function(er, fd) {
              if (er) {
                if (cb) cb(er);
                return;
              }
              fs7.futimes(fd, at2, mt, function(er2) {
                fs7.close(fd, function(er22) {
                  if (cb) cb(er2 || er22);
                });
              });
            });
          };
          fs7.lutimesSync = function(path, at2, mt) {
            var fd = fs7.openSync(path, constants4.O_SYMLINK);
            var ret;
            var threw = true;
            try {
              ret = fs7.futimesSync(fd, at2, mt);
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
        var self2 = this;
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
            self2._read();
          });
          return;
        }
        fs6.open(this.path, this.flags, this.mode, function(err, fd) {
          if (err) {
            self2.emit("error", err);
            self2.readable = false;
            return;
          }
          self2.fd = fd;
          self2.emit("open", fd);
          self2._read();
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
    function noop4() {
    }
    __name(noop4, "noop");
    function publishQueue(context, queue2) {
      Object.defineProperty(context, gracefulQueue, {
        get: /* @__PURE__ */ __name(function() {
          return queue2;
        }, "get")
      });
    }
    __name(publishQueue, "publishQueue");
    var debug3 = noop4;
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
      fs7.readFile = readFile5;
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
      var fs$writeFile = fs7.writeFile;
      fs7.writeFile = writeFile7;
      function writeFile7(path, data, options, cb) {
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
      __name(writeFile7, "writeFile");
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
        fs7.copyFile = copyFile4;
      function copyFile4(src, dest, flags, cb) {
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
      __name(copyFile4, "copyFile");
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
      retry2();
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
      retry2();
    }
    __name(resetQueue, "resetQueue");
    function retry2() {
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
        retryTimer = setTimeout(retry2, 0);
      }
    }
    __name(retry2, "retry");
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
      var self2 = this;
      var timer = setTimeout(function() {
        self2._attempts++;
        if (self2._operationTimeoutCb) {
          self2._timeout = setTimeout(function() {
            self2._operationTimeoutCb(self2._attempts);
          }, self2._operationTimeout);
          if (self2._options.unref) {
            self2._timeout.unref();
          }
        }
        self2._fn(self2._attempts);
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
      var self2 = this;
      if (this._operationTimeoutCb) {
        this._timeout = setTimeout(function() {
          self2._operationTimeoutCb();
        }, self2._operationTimeout);
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
        return fs6.stat(file, (err, stat6) => {
          if (err) {
            return callback(err);
          }
          callback(null, stat6.mtime, cachedPrecision);
        });
      }
      const mtime = new Date(Math.ceil(Date.now() / 1e3) * 1e3 + 5);
      fs6.utimes(file, mtime, mtime, (err) => {
        if (err) {
          return callback(err);
        }
        fs6.stat(file, (err2, stat6) => {
          if (err2) {
            return callback(err2);
          }
          const precision = stat6.mtime.getTime() % 1e3 === 0 ? "s" : "ms";
          Object.defineProperty(fs6, cacheSymbol, { value: precision });
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
    var fs6 = require_graceful_fs();
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
      return (...args) => new Promise((resolve10, reject) => {
        args.push((err, result) => {
          if (err) {
            reject(err);
          } else {
            resolve10(result);
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
    var constants4 = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants4;
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
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants4.DEFAULT_MAX_EXTGLOB_RECURSION;
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
    var parse3 = /* @__PURE__ */ __name((input, options) => {
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
      const PLATFORM_CHARS = constants4.globChars(opts.windows);
      const EXTGLOB_CHARS = constants4.extglobChars(PLATFORM_CHARS);
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
            const expression = parse3(rest, { ...options, fastpaths: false }).output;
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
    parse3.fastpaths = (input, options) => {
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
      } = constants4.globChars(opts.windows);
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
    module.exports = parse3;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse3 = require_parse();
    var utils = require_utils();
    var constants4 = require_constants();
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
      const regex2 = isState ? picomatch2.compileRe(glob, options) : picomatch2.makeRe(glob, options, false, true);
      const state = regex2.state;
      delete regex2.state;
      let isIgnored = /* @__PURE__ */ __name(() => false, "isIgnored");
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch2(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = /* @__PURE__ */ __name((input, returnObject = false) => {
        const { isMatch, match, output } = picomatch2.test(input, regex2, options, { glob, posix: posix2 });
        const result = { glob, state, regex: regex2, posix: posix2, input, output, match, isMatch };
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
    picomatch2.test = (input, regex2, options, { glob, posix: posix2 } = {}) => {
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
          match = picomatch2.matchBase(input, regex2, options, posix2);
        } else {
          match = regex2.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch2.matchBase = (input, glob, options, posix2 = options && options.windows) => {
      const regex2 = glob instanceof RegExp ? glob : picomatch2.makeRe(glob, options);
      return regex2.test(utils.basename(input, { windows: posix2 }));
    };
    picomatch2.isMatch = (str, patterns, options) => picomatch2(patterns, options)(str);
    picomatch2.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch2.parse(p, options));
      return parse3(pattern, { ...options, fastpaths: false });
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
        parsed.output = parse3.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse3(input, options);
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
    picomatch2.constants = constants4;
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
    var parse3 = /* @__PURE__ */ __name((version, options, throwErrors = false) => {
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
    module.exports = parse3;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/valid.js
var require_valid = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/valid.js"(exports, module) {
    "use strict";
    var parse3 = require_parse2();
    var valid = /* @__PURE__ */ __name((version, options) => {
      const v = parse3(version, options);
      return v ? v.version : null;
    }, "valid");
    module.exports = valid;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/clean.js
var require_clean = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/clean.js"(exports, module) {
    "use strict";
    var parse3 = require_parse2();
    var clean = /* @__PURE__ */ __name((version, options) => {
      const s = parse3(version.trim().replace(/^[=v]+/, ""), options);
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
    var parse3 = require_parse2();
    var diff = /* @__PURE__ */ __name((version1, version2) => {
      const v1 = parse3(version1, null, true);
      const v2 = parse3(version2, null, true);
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
    var parse3 = require_parse2();
    var prerelease = /* @__PURE__ */ __name((version, options) => {
      const parsed = parse3(version, options);
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
    var parse3 = require_parse2();
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
      return parse3(`${major}.${minor}.${patch}${prerelease}${build}`, options);
    }, "coerce");
    module.exports = coerce;
  }
});

// node_modules/@mlops-actions/registry/node_modules/semver/functions/truncate.js
var require_truncate = __commonJS({
  "node_modules/@mlops-actions/registry/node_modules/semver/functions/truncate.js"(exports, module) {
    "use strict";
    var parse3 = require_parse2();
    var constants4 = require_constants2();
    var SemVer = require_semver();
    var truncate2 = /* @__PURE__ */ __name((version, truncation, options) => {
      if (!constants4.RELEASE_TYPES.includes(truncation)) {
        return null;
      }
      const clonedVersion = cloneInputVersion(version, options);
      return clonedVersion && doTruncation(clonedVersion, truncation);
    }, "truncate");
    var cloneInputVersion = /* @__PURE__ */ __name((version, options) => {
      const versionStringToParse = version instanceof SemVer ? version.version : version;
      return parse3(versionStringToParse, options);
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
    module.exports = truncate2;
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
    var constants4 = require_constants2();
    var SemVer = require_semver();
    var identifiers = require_identifiers();
    var parse3 = require_parse2();
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
    var truncate2 = require_truncate();
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
      parse: parse3,
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
      truncate: truncate2,
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
      SEMVER_SPEC_VERSION: constants4.SEMVER_SPEC_VERSION,
      RELEASE_TYPES: constants4.RELEASE_TYPES,
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
    return value instanceof P ? value : new P(function(resolve10) {
      resolve10(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve10, reject) {
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
      result.done ? resolve10(result.value) : adopt(result.value).then(fulfilled, rejected);
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
    return value instanceof P ? value : new P(function(resolve10) {
      resolve10(value);
    });
  }
  __name(adopt, "adopt");
  return new (P || (P = Promise))(function(resolve10, reject) {
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
      result.done ? resolve10(result.value) : adopt(result.value).then(fulfilled, rejected);
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

// node_modules/@mlops-actions/deployment/src/flow.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { rm as rm3 } from "node:fs/promises";
import { join as join3 } from "node:path";

// node_modules/@mlops-actions/deployment/src/health.ts
import { setTimeout as sleep } from "node:timers/promises";

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
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
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
  const matches2 = url.match(urlVariableRegex);
  if (!matches2) {
    return [];
  }
  return matches2.map(removeNonChars).reduce((a, b) => a.concat(b), []);
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
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = /* @__PURE__ */ __name((parent, key, val) => {
    const isObject3 = val !== null && typeof val === "object";
    const hasToJSON = isObject3 && typeof val.toJSON === "function";
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
        if (space) chunks.push("\n" + space.repeat(level));
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
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k) + ": ");
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
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
}, "stringifyIteratively");
var JSONStringify = /* @__PURE__ */ __name((value, replacer, space) => {
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
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
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
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error2) {
    if (error2 instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
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
  const fetch2 = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch2) {
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
    fetchResponse = await fetch2(requestOptions.url, {
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
  const status2 = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status: status2,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches2 = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches2 && matches2.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status2 === 204 || status2 === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status2 < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status2, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status2 === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status2, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status2 >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status2, {
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
var sep3 = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep3}${b64url}${sep3}${b64url}$`);
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

// node_modules/@mlops-actions/deployment/src/http.ts
function describeFetchError(e) {
  const err = e;
  if (err?.name === "TimeoutError" || err?.cause?.name === "TimeoutError") return "no answer before the request timed out";
  if (err?.name === "AbortError") return "the request was aborted";
  const code2 = err?.cause?.code;
  if (code2 && NETWORK_REASONS[code2]) return NETWORK_REASONS[code2];
  if (code2) return `${code2}${err.cause?.message ? `: ${err.cause.message}` : ""}`;
  return err?.cause?.message ?? err?.message ?? String(e);
}
__name(describeFetchError, "describeFetchError");
function excerpt(text, max = 300) {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length > max ? `${one.slice(0, max - 1)}\u2026` : one;
}
__name(excerpt, "excerpt");
function redact(text, secret) {
  return secret ? text.split(secret).join("***") : text;
}
__name(redact, "redact");
function proxyAwareFetch(env) {
  const byProxy = /* @__PURE__ */ new Map();
  return ((input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const proxy = proxyFor(url, env);
    if (!proxy) return fetch(input, init);
    let via = byProxy.get(proxy);
    if (!via) byProxy.set(proxy, via = proxyFetch(proxy));
    return via(input, init);
  });
}
__name(proxyAwareFetch, "proxyAwareFetch");

// node_modules/@mlops-actions/deployment/src/health.ts
var INPUT = "health-expect";
var SYNTAX = "Write one condition per line: 'version', '<json.path> == <value>', 'header <Name> == <value>' or 'contains <text>'";
function parseHealthExpect(text) {
  if (!text) return [];
  const out = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const source = lines[i].trim();
    const line = i + 1;
    if (source === "" || source.startsWith("#")) continue;
    const fail = /* @__PURE__ */ __name((why2) => {
      throw new UserError(`line ${line} ('${source}'): ${why2}`, { input: INPUT, fix: SYNTAX });
    }, "fail");
    if (source === "version") {
      out.push({ kind: "version", line, source });
      continue;
    }
    const contains = /^contains\s+(.+)$/.exec(source);
    if (contains) {
      out.push({ kind: "contains", text: contains[1], line, source });
      continue;
    }
    const header = /^header\s+([!#$%&'*+.^_`|~0-9A-Za-z-]+)\s*==\s*(.*)$/.exec(source);
    if (header) {
      out.push({ kind: "header", name: header[1].toLowerCase(), value: header[2].trim(), line, source });
      continue;
    }
    if (/^header\b/.test(source)) fail("a header condition reads: header <Name> == <value>");
    const eq = /^(.+?)\s*==\s*(.*)$/.exec(source);
    if (!eq) fail("not a condition");
    out.push({ kind: "json", path: parsePath(eq[1].trim(), fail), value: eq[2].trim(), line, source });
  }
  return out;
}
__name(parseHealthExpect, "parseHealthExpect");
function parsePath(p, fail) {
  const body = p.replace(/^\$\.?/, "");
  if (body === "") fail(`'${p}' is not a JSON path (write e.g. model.version)`);
  const out = [];
  const re = /([A-Za-z0-9_-]+)|\[(\d+)\]|\.|(.)/gy;
  let m;
  let expectKey = true;
  while (m = re.exec(body)) {
    if (m[3] !== void 0) fail(`'${p}' is not a JSON path: unexpected '${m[3]}' (write e.g. model.version or items[0].name)`);
    if (m[1] !== void 0) {
      if (!expectKey) fail(`'${p}' is not a JSON path (write e.g. model.version)`);
      out.push(m[1]);
      expectKey = false;
    } else if (m[2] !== void 0) {
      out.push(Number(m[2]));
      expectKey = false;
    } else {
      if (expectKey) fail(`'${p}' is not a JSON path: an empty key (write e.g. model.version)`);
      expectKey = true;
    }
  }
  if (expectKey) fail(`'${p}' ends with '.'`);
  return out;
}
__name(parsePath, "parsePath");
function fill(template, vars) {
  return template.replace(/\{(model|version|digest|environment)\}/g, (_, k) => vars[k]);
}
__name(fill, "fill");
function checkAnswer(expectations, answer, vars) {
  let json;
  let parsed = false;
  const getJson = /* @__PURE__ */ __name(() => {
    if (!parsed) {
      parsed = true;
      try {
        json = JSON.parse(answer.body);
      } catch {
        json = void 0;
      }
    }
    return json;
  }, "getJson");
  for (const e of expectations) {
    switch (e.kind) {
      case "version": {
        const shown2 = versionShown(answer.body, getJson());
        if (shown2.found !== vars.version) {
          return shown2.found === void 0 ? `the answer does not show version ${vars.version} (${shown2.where})` : `the answer shows version ${shown2.found}, expected ${vars.version}`;
        }
        break;
      }
      case "contains": {
        const text = fill(e.text, vars);
        if (!answer.body.includes(text)) return `the answer does not contain '${text}' (health-expect line ${e.line})`;
        break;
      }
      case "header": {
        const want = fill(e.value, vars);
        const got = answer.headers.get(e.name);
        if (got === null) return `the answer has no ${e.name} header (health-expect line ${e.line})`;
        if (got.trim() !== want) return `header ${e.name} is '${got}', expected '${want}' (health-expect line ${e.line})`;
        break;
      }
      case "json": {
        const want = fill(e.value, vars);
        const doc = getJson();
        if (doc === void 0) return `the answer is not JSON, so '${e.source}' cannot be checked`;
        const got = at(doc, e.path);
        if (got === void 0) return `the answer has no ${e.path.join(".")} (health-expect line ${e.line})`;
        const gotText = typeof got === "string" ? got : JSON.stringify(got);
        if (gotText !== want) return `${e.path.join(".")} is ${JSON.stringify(got)}, expected '${want}' (health-expect line ${e.line})`;
        break;
      }
    }
  }
  return void 0;
}
__name(checkAnswer, "checkAnswer");
function at(doc, path) {
  let v = doc;
  for (const k of path) {
    if (v === null || typeof v !== "object") return void 0;
    v = v[k];
  }
  return v;
}
__name(at, "at");
var VERSION_FIELDS = [["version"], ["model_version"], ["modelVersion"], ["model", "version"]];
function versionShown(body, json) {
  if (json !== void 0 && json !== null && typeof json === "object") {
    for (const p of VERSION_FIELDS) {
      const v = at(json, p);
      if (typeof v === "string" || typeof v === "number") return { found: String(v), where: p.join(".") };
    }
    return { found: void 0, where: `none of ${VERSION_FIELDS.map((p) => p.join(".")).join(", ")} is set in the JSON answer` };
  }
  const text = body.trim();
  if (text !== "" && !/\s/.test(text)) return { found: text, where: "text answer" };
  return { found: void 0, where: "the answer is neither JSON nor a bare version" };
}
__name(versionShown, "versionShown");
var HealthFailed = class extends UserError {
  static {
    __name(this, "HealthFailed");
  }
  lastError;
  constructor(message, lastError, details2 = {}) {
    super(message, details2);
    this.lastError = lastError;
  }
};
function healthFix(what, problem) {
  const input = what === "health check" ? "health-url" : "smoke-url";
  if (/connection refused|host not found|unreachable|timed out|reset|closed unexpectedly/.test(problem)) {
    return `Check that the model server listens at ${input} and is reachable from the runner; raise health-timeout if it starts slowly`;
  }
  if (/redirect/.test(problem))
    return `Give the final URL in ${input}: redirects are followed only within its origin (a POST only through 307/308)`;
  if (/^HTTP 5\d\d/.test(problem)) return "The server answers with an error: its log says why it did not serve the new version";
  if (/^HTTP 4\d\d/.test(problem)) {
    return what === "smoke request" ? "The server refused smoke-input: send a request body the model accepts" : "Check the path and method in health-url";
  }
  if (/shows version|does not show version/.test(problem))
    return "The server still serves another version: check how it loads a new release (or set health-expect to what it shows)";
  return "Check health-url, health-expect and smoke-input against what the server answers, or raise health-timeout";
}
__name(healthFix, "healthFix");
var MIN_PAUSE_MS = 10;
async function waitHealthy(o) {
  const started = Date.now();
  const deadline = started + o.timeoutMs;
  const doFetch = o.fetch ?? fetch;
  let attempts = 0;
  let interval = o.intervalMs ?? 500;
  const maxInterval = o.maxIntervalMs ?? 5e3;
  const poll = /* @__PURE__ */ __name(async (what, url, attempt) => {
    let last = "";
    for (; ; ) {
      attempts++;
      const problem = await attempt();
      if (problem === void 0) {
        o.log.info(`${what} ${url}: ok`);
        return;
      }
      if (problem !== last) {
        o.log.info(`${what} ${url}: ${problem}`);
        last = problem;
      }
      const left = deadline - Date.now();
      if (o.signal?.aborted) throw new HealthFailed(`${what} of ${url} was stopped: the run was cancelled`, problem);
      if (left <= 0) {
        const secs = Math.round((Date.now() - started) / 1e3);
        throw new HealthFailed(`${what} of ${url} did not pass within ${secs}s (${attempts} attempts); last: ${problem}`, problem, {
          input: what === "health check" ? "health-url" : "smoke-input",
          fix: healthFix(what, problem)
        });
      }
      const scale = o.timeScale ?? 1;
      const pause = scale === 1 ? interval : Math.max(MIN_PAUSE_MS, interval * scale);
      await sleep(Math.min(pause, left), void 0, o.signal ? { signal: o.signal } : {}).catch(() => void 0);
      interval = Math.min(maxInterval, Math.round(interval * 1.5));
    }
  }, "poll");
  const request2 = /* @__PURE__ */ __name(async (url, init) => {
    const left = Math.max(1e3, Math.min(1e4, deadline - Date.now()));
    const origin = new URL(url).origin;
    let at2 = url;
    try {
      for (let hop = 0; ; hop++) {
        const timeout = AbortSignal.timeout(left);
        const res = await doFetch(at2, { ...init, redirect: "manual", signal: o.signal ? AbortSignal.any([timeout, o.signal]) : timeout });
        const location = res.status >= 300 && res.status < 400 ? res.headers.get("location") : null;
        if (location === null) return { status: res.status, headers: res.headers, body: await res.text() };
        await res.body?.cancel().catch(() => void 0);
        const next = URL.parse(location, at2);
        if (!next || next.protocol !== "http:" && next.protocol !== "https:")
          return `HTTP ${res.status} redirect to '${excerpt(location, 100)}', which is not an http(s) URL`;
        if (next.origin !== origin) {
          return `HTTP ${res.status} redirect to another origin (${safeOrigin(next)}), which is not followed`;
        }
        if (init.method === "POST" && res.status !== 307 && res.status !== 308) {
          return `HTTP ${res.status} redirect to ${next.pathname}: a POST is followed only through 307/308 (this one would become a GET)`;
        }
        if (hop >= MAX_REDIRECTS) return `more than ${MAX_REDIRECTS} redirects`;
        at2 = next.href;
      }
    } catch (e) {
      return describeFetchError(e);
    }
  }, "request");
  if (o.url) {
    const url = o.url;
    await poll("health check", url, async () => {
      const a = await request2(url, { method: "GET", headers: { accept: "application/json, text/plain;q=0.9, */*;q=0.5" } });
      if (typeof a === "string") return a;
      if (a.status < 200 || a.status >= 300) return `HTTP ${a.status}${a.body ? `: ${excerpt(a.body, 200)}` : ""}`;
      return checkAnswer(o.expectations, a, o.vars);
    });
  }
  if (o.smoke) {
    const { url, body } = o.smoke;
    const contentType = isJson(body) ? "application/json" : "text/plain; charset=utf-8";
    await poll("smoke request", url, async () => {
      const a = await request2(url, { method: "POST", headers: { "content-type": contentType }, body });
      if (typeof a === "string") return a;
      if (a.status < 200 || a.status >= 300) return `HTTP ${a.status}${a.body ? `: ${excerpt(a.body, 200)}` : ""}`;
      return void 0;
    });
  }
  return { attempts, elapsedMs: Date.now() - started };
}
__name(waitHealthy, "waitHealthy");
var MAX_REDIRECTS = 5;
function safeOrigin(u) {
  return `${u.protocol}//${u.host}`;
}
__name(safeOrigin, "safeOrigin");
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
__name(isJson, "isJson");

// node_modules/@mlops-actions/deployment/src/targets/target.ts
var TargetFailed = class extends UserError {
  static {
    __name(this, "TargetFailed");
  }
  changed;
  constructor(message, changed, details2 = {}) {
    super(message, details2);
    this.changed = changed;
  }
};
function isTargetFailed(e) {
  return e instanceof TargetFailed;
}
__name(isTargetFailed, "isTargetFailed");
function releaseEnvironment(release) {
  return {
    MODEL_NAME: release.model,
    MODEL_VERSION: release.version,
    MODEL_PATH: release.path,
    MODEL_DIGEST: release.digest,
    DEPLOY_ENVIRONMENT: release.environment,
    DEPLOY_ALIAS: release.alias,
    DEPLOY_REASON: release.reason
  };
}
__name(releaseEnvironment, "releaseEnvironment");

// node_modules/@mlops-actions/deployment/src/types.ts
var AliasConflict = class extends Error {
  static {
    __name(this, "AliasConflict");
  }
  actual;
  constructor(message, actual) {
    super(message);
    this.name = "AliasConflict";
    this.actual = actual;
  }
};
function isAliasConflict(e) {
  return e instanceof AliasConflict || e instanceof Error && e.name === "AliasConflict";
}
__name(isAliasConflict, "isAliasConflict");

// node_modules/@mlops-actions/deployment/src/verify.ts
import { lstat as lstat2, readdir as readdir2 } from "node:fs/promises";
import { join as join2, relative as relative4, sep as sep4 } from "node:path";
function checkCardPath(p, where) {
  const parts = p.split("/");
  if (p === "" || p.startsWith("/") || p.includes("\\") || parts.some((s) => s === "" || s === "." || s === "..")) {
    throw new UserError(`the model card lists an unsafe file path '${p}'`, {
      key: where,
      fix: "Re-register the version with relative paths inside the model folder"
    });
  }
}
__name(checkCardPath, "checkCardPath");
async function compareWithCard(dir, files, o = {}) {
  const ignore = o.ignore ?? [];
  const out = [];
  const listed = new Set(files.map((f) => f.path));
  const queue = [...files];
  const worker = /* @__PURE__ */ __name(async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      checkCardPath(f.path, `files.${f.path}`);
      const abs = join2(dir, ...f.path.split("/"));
      const st = await lstat2(abs).catch(() => void 0);
      if (!st?.isFile()) {
        out.push({ path: f.path, problem: "missing" });
        continue;
      }
      if (f.size !== void 0 && st.size !== f.size) {
        out.push({ path: f.path, problem: "size", expected: String(f.size), actual: String(st.size) });
        continue;
      }
      if (o.contents === false) continue;
      const { sha256: actual } = await sha256File(abs);
      if (actual !== f.sha256.toLowerCase()) out.push({ path: f.path, problem: "digest", expected: f.sha256, actual });
    }
  }, "worker");
  await Promise.all(Array.from({ length: Math.min(4, Math.max(1, files.length)) }, worker));
  for (const p of await listFiles(dir)) {
    if (!listed.has(p) && !ignore.includes(p)) out.push({ path: p, problem: "extra" });
  }
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
__name(compareWithCard, "compareWithCard");
async function listFiles(root) {
  const entries = await readdir2(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => !e.isDirectory()).map((e) => relative4(root, join2(e.parentPath, e.name)).split(sep4).join("/"));
}
__name(listFiles, "listFiles");
function describeMismatches(m, limit = 5) {
  const shown2 = m.slice(0, limit).map(
    (x) => x.problem === "missing" ? `${x.path} is missing` : x.problem === "extra" ? `${x.path} is not in the card` : x.problem === "size" ? `${x.path} has ${x.actual} bytes, the card says ${x.expected}` : `${x.path} has sha256 ${x.actual}, the card says ${x.expected}`
  );
  return shown2.join("; ") + (m.length > limit ? `; and ${m.length - limit} more` : "");
}
__name(describeMismatches, "describeMismatches");

// node_modules/@mlops-actions/deployment/src/flow.ts
var CANCEL_GRACE_MS = 5e3;
async function deploy(o) {
  const clock = o.clock ?? Date.now;
  const started = clock();
  const scratch = join3(o.workDir, `mlops-deploy-${randomBytes2(4).toString("hex")}`);
  const out = {
    status: "failed",
    model: o.model,
    environment: o.environment,
    alias: o.alias,
    version: "version" in o.ref ? o.ref.version : void 0,
    digest: void 0,
    previousVersion: void 0,
    deploymentId: void 0,
    environmentUrl: o.environmentUrl,
    durationSeconds: 0,
    error: void 0,
    restored: void 0,
    steps: [],
    warnings: []
  };
  const step = /* @__PURE__ */ __name(async (name, fn, detail) => {
    const t = clock();
    try {
      const v = await fn();
      out.steps.push({ step: name, outcome: "ok", detail: detail(v), ms: clock() - t });
      return v;
    } catch (e) {
      out.steps.push({ step: name, outcome: "failed", detail: messageOf(e), ms: clock() - t });
      throw e;
    }
  }, "step");
  const finish = /* @__PURE__ */ __name(() => {
    out.durationSeconds = Math.round((clock() - started) / 100) / 10;
    return out;
  }, "finish");
  try {
    try {
      await repairServed(o, out, step, scratch);
    } catch (e) {
      out.error = messageOf(e);
      out.restored = "nothing was deployed";
      return finish();
    }
    if (cancelled(o)) {
      out.error = cancelReason(o);
      out.restored = "nothing was deployed";
      return finish();
    }
    let card;
    let release;
    try {
      card = await step(
        "resolve",
        () => o.registry.resolve(o.model, o.ref),
        (c) => `${c.name} ${c.version} (${describeRef(o.ref)})`
      );
      out.version = card.version;
      out.digest = card.digest;
      checkDeprecated(card, o.allowDeprecated === true, out.warnings, o.log);
      checkValidation(card, o.allowUnvalidated, out.warnings, o.log);
      out.previousVersion = await o.registry.aliasVersion(o.model, o.alias);
      o.log.info(
        `deploying ${o.model} ${card.version} to ${o.environment}; alias ${o.alias} ${out.previousVersion ? `points at ${out.previousVersion}` : "is not set yet"}`
      );
      release = await step(
        "download and verify",
        () => fetchVerified(o, card, scratch, "deploy"),
        (r) => `${r.files.length} file(s), digest ${short(r.digest)}`
      );
      if (cancelled(o)) throw new Error(cancelReason(o));
    } catch (e) {
      out.error = messageOf(e);
      out.restored = "nothing was deployed";
      return finish();
    }
    const gh = o.github;
    if (gh) {
      try {
        await step(
          "GitHub deployment",
          async () => {
            const { id } = await gh.deployments.create({
              ref: gh.ref,
              environment: o.environment,
              model: o.model,
              version: card.version,
              digest: card.digest
            });
            out.deploymentId = id;
            await gh.deployments.setStatus(id, "in_progress", { description: `Deploying ${o.model} ${card.version}` });
            return id;
          },
          (id) => `deployment ${id}: in_progress`
        );
      } catch (e) {
        out.error = messageOf(e);
        out.restored = "nothing was deployed";
        if (out.deploymentId !== void 0) await markQuietly(o, out.deploymentId, "error", out.error);
        return finish();
      }
    }
    let failure;
    let changed = true;
    try {
      if (cancelled(o)) throw new TargetFailed(cancelReason(o), false);
      await step(
        "deploy",
        () => group3(
          o.log,
          `Deploy ${o.model} ${card.version} via ${o.target.describe()}`,
          () => o.target.deploy(release, { signal: o.signal })
        ),
        () => o.target.describe()
      );
      if (cancelled(o)) throw new Error(cancelReason(o));
      await healthStep(o, out, step, varsOf(release));
      if (cancelled(o)) throw new Error(cancelReason(o));
    } catch (e) {
      failure = cancelled(o) ? new UserError(`${cancelReason(o)}; ${messageOf(e).replace(/^input '[^']+': /, "")}`) : e;
      if (isTargetFailed(e)) changed = e.changed;
    }
    let restoreVersion = out.previousVersion;
    if (failure === void 0) {
      try {
        await step(
          "move alias",
          () => o.registry.setAlias(o.model, o.alias, card.version, {
            expectedFrom: out.previousVersion,
            reason: o.reason ?? `deploy to ${o.environment}`
          }),
          () => `${o.alias}: ${out.previousVersion ?? "(unset)"} \u2192 ${card.version}`
        );
      } catch (e) {
        failure = isAliasConflict(e) ? new UserError(
          `another deployment moved alias ${o.alias} to ${e.actual ?? "(unset)"} while this one ran, so this one does not take it`,
          { fix: `Serialise deployments to ${o.environment} with a workflow 'concurrency' group (see the deploy docs)` }
        ) : e;
        if (isAliasConflict(e)) restoreVersion = e.actual;
      }
    }
    if (failure === void 0) {
      out.status = "deployed";
      if (gh && out.deploymentId !== void 0) {
        try {
          await gh.deployments.setStatus(out.deploymentId, "success", {
            environmentUrl: o.environmentUrl,
            description: `${o.model} ${card.version} is live`
          });
        } catch (e) {
          const w = `the deployment is live but its GitHub status could not be set to success: ${messageOf(e)}`;
          out.warnings.push(w);
          o.log.warning(w);
        }
      }
      return finish();
    }
    out.error = messageOf(failure);
    o.log.info(`deployment of ${o.model} ${card.version} to ${o.environment} failed: ${out.error}`);
    await rollBack(o, out, step, scratch, { changed, restoreVersion, failedVersion: card.version });
    if (gh && out.deploymentId !== void 0) {
      await markQuietly(o, out.deploymentId, cancelled(o) ? "error" : "failure", `${out.error}${out.restored ? `; ${out.restored}` : ""}`);
    }
    return finish();
  } finally {
    await rm3(scratch, { recursive: true, force: true }).catch(() => void 0);
  }
}
__name(deploy, "deploy");
async function rollBack(o, out, step, scratch, r) {
  const skip = /* @__PURE__ */ __name((why2) => {
    out.steps.push({ step: "rollback", outcome: "skipped", detail: why2, ms: 0 });
    out.restored = why2;
  }, "skip");
  if (!r.changed) return skip("nothing was changed, so nothing had to be rolled back");
  if (!o.rollback) return skip(`rollback is off: ${o.environment} may now serve ${r.failedVersion}`);
  if (r.restoreVersion !== void 0 && r.restoreVersion !== r.failedVersion) {
    const prev = r.restoreVersion;
    const fast = cancelled(o);
    const checked = !fast && Boolean(o.health.url || o.health.smoke);
    try {
      await step(
        "rollback",
        () => group3(o.log, `Roll back ${o.environment} to ${o.model} ${prev}`, async () => {
          const card = await o.registry.resolve(o.model, { version: prev });
          const release = await fetchVerified(o, card, join3(scratch, "rollback"), "rollback");
          await o.target.deploy(release, fast ? { timeoutMs: o.cancelGraceMs ?? CANCEL_GRACE_MS } : {});
          if (!fast) await waitHealthy(healthOf(o, varsOf(release)));
        }),
        () => `${o.model} ${prev} redeployed${checked ? " and healthy" : ""}`
      );
      out.status = "rolled-back";
      out.restored = `rolled back: ${o.environment} serves ${o.model} ${prev} again${checked ? " and it is healthy" : fast ? " (not health-checked: the run was cancelled)" : ""}; alias ${o.alias} still points at ${prev}`;
    } catch (e) {
      out.restored = `the rollback to ${prev} failed too: ${messageOf(e).replace(/\.$/, "")}. ${o.environment} needs a person`;
    }
    return;
  }
  if (o.target.undo) {
    try {
      const what = await step(
        "rollback",
        () => o.target.undo(),
        (v) => v ?? "nothing to undo"
      );
      if (what) {
        out.status = "rolled-back";
        out.restored = `rolled back: ${what} (alias ${o.alias} had no earlier version)`;
        return;
      }
    } catch (e) {
      out.restored = `undoing the deployment failed: ${messageOf(e)}`;
      return;
    }
  }
  skip(
    r.restoreVersion === r.failedVersion ? `alias ${o.alias} already pointed at ${r.failedVersion}, so there is no earlier version to restore` : `alias ${o.alias} had no earlier version to restore; ${o.environment} may now serve ${r.failedVersion}`
  );
}
__name(rollBack, "rollBack");
function cancelled(o) {
  return o.signal?.aborted === true;
}
__name(cancelled, "cancelled");
function cancelReason(o) {
  const r = o.signal?.reason;
  return r instanceof Error && r.name !== "AbortError" ? r.message : typeof r === "string" && r ? r : "the run was cancelled";
}
__name(cancelReason, "cancelReason");
async function repairServed(o, out, step, scratch) {
  const served = o.target.served ? await o.target.served() : await shownByHealth(o);
  if (served === void 0) return;
  const named2 = await o.registry.aliasVersion(o.model, o.alias);
  if (named2 === served) return;
  if (named2 === void 0) {
    if (!o.target.served) return;
    const w2 = `${o.environment} serves ${o.model} ${served}, but alias ${o.alias} is not set: an earlier first deployment was interrupted; this deployment replaces it`;
    out.warnings.push(w2);
    o.log.warning(w2);
    return;
  }
  const w = `${o.environment} serves ${o.model} ${served}, but alias ${o.alias} points at ${named2}: an earlier deployment was interrupted (its runner was killed before it could restore); restoring ${named2} first`;
  out.warnings.push(w);
  o.log.warning(w);
  try {
    await step(
      "repair",
      () => group3(o.log, `Restore ${o.environment} to ${o.model} ${named2}`, async () => {
        const card = await o.registry.resolve(o.model, { version: named2 });
        const release = await fetchVerified(o, card, join3(scratch, "repair"), "rollback");
        await o.target.deploy(release, { signal: o.signal });
        await waitHealthy({ ...healthOf(o, varsOf(release)), signal: o.signal });
      }),
      () => `${o.environment} serves ${o.model} ${named2} again, as alias ${o.alias} says`
    );
  } catch (e) {
    throw new UserError(
      `${o.environment} serves ${o.model} ${served} while alias ${o.alias} points at ${named2}, and restoring ${named2} failed: ${messageOf(e)}`,
      {
        input: o.target.kind === "directory" ? "serving-dir" : "environment",
        fix: `Put ${o.model} ${named2} back in service by hand (or move alias ${o.alias} to ${served} if that version is the one to keep), then run the deployment again`
      }
    );
  }
}
__name(repairServed, "repairServed");
async function shownByHealth(o) {
  if (!o.health.url || !o.health.expectations.some((e) => e.kind === "version")) return void 0;
  try {
    const res = await (o.fetch ?? fetch)(o.health.url, {
      headers: { accept: "application/json, text/plain;q=0.9" },
      redirect: "manual",
      signal: AbortSignal.timeout(5e3)
    });
    if (res.status < 200 || res.status >= 300) return void 0;
    const body = await res.text();
    let json;
    try {
      json = JSON.parse(body);
    } catch {
      json = void 0;
    }
    return versionShown(body, json).found;
  } catch {
    return void 0;
  }
}
__name(shownByHealth, "shownByHealth");
async function healthStep(o, out, step, vars) {
  if (!o.health.url && !o.health.smoke) {
    o.log.info("no health-url or smoke request given: the deployment is not health-checked");
    out.steps.push({ step: "health", outcome: "skipped", detail: "no health-url given", ms: 0 });
    return;
  }
  await step(
    "health",
    () => waitHealthy({ ...healthOf(o, vars), signal: o.signal }),
    (h) => `healthy after ${h.attempts} attempt(s), ${(h.elapsedMs / 1e3).toFixed(1)}s`
  );
}
__name(healthStep, "healthStep");
function healthOf(o, vars) {
  return {
    url: o.health.url,
    expectations: o.health.expectations,
    smoke: o.health.smoke,
    vars,
    timeoutMs: o.health.timeoutMs,
    log: o.log,
    ...o.health.intervalMs !== void 0 ? { intervalMs: o.health.intervalMs } : {},
    ...o.health.timeScale !== void 0 ? { timeScale: o.health.timeScale } : {},
    ...o.fetch ? { fetch: o.fetch } : {}
  };
}
__name(healthOf, "healthOf");
function varsOf(r) {
  return { model: r.model, version: r.version, digest: r.digest, environment: r.environment };
}
__name(varsOf, "varsOf");
async function fetchVerified(o, card, dir, reason) {
  try {
    await makeFolders(dir);
  } catch (e) {
    const why2 = e.code === "ENOENT" ? "a folder above it does not accept new folders" : messageOf(e);
    throw new UserError(`cannot create the download folder ${dir}: ${why2}`, {
      fix: "Run where the runner's temp folder (runner.temp) is writable",
      cause: e
    });
  }
  await o.registry.download(o.model, card.version, dir);
  const wrong = await compareWithCard(dir, card.files);
  if (wrong.length) {
    throw new UserError(`${o.model} ${card.version} does not match its model card, so it was not deployed: ${describeMismatches(wrong)}`, {
      fix: "The stored files were changed after registration; register the model again (a new version) rather than editing stored files"
    });
  }
  return {
    model: o.model,
    version: card.version,
    digest: card.digest,
    environment: o.environment,
    alias: o.alias,
    path: dir,
    files: card.files,
    reason
  };
}
__name(fetchVerified, "fetchVerified");
function checkDeprecated(card, allow, warnings, log) {
  const d = card.deprecated;
  if (!d) return;
  const what = `${card.name} ${card.version} is deprecated (${d.reason}; ${d.at.replace("T", " ").replace(/\.\d+Z$/, "Z")}${d.actor ? ` by ${d.actor}` : ""})`;
  if (allow) {
    const w = `${what}; deploying it because allow-deprecated is true`;
    warnings.push(w);
    log.warning(w);
    return;
  }
  throw new UserError(`${what}, so it is not deployed`, {
    input: "allow-deprecated",
    fix: "Deploy another version, restore this one in the registry ('mlops registry deprecate <model> <version> --restore'), or set 'allow-deprecated: true' to deploy it anyway"
  });
}
__name(checkDeprecated, "checkDeprecated");
function checkValidation(card, allow, warnings, log) {
  const v = card.validation;
  if (v?.passed === true) return;
  const what = v === void 0 ? `${card.name} ${card.version} has no validate-metrics result in its model card` : `${card.name} ${card.version} failed validate-metrics at registration${v.summary ? ` (${v.summary})` : ""}`;
  if (allow) {
    const w = `${what}; deploying it because allow-unvalidated is true`;
    warnings.push(w);
    log.warning(w);
    return;
  }
  throw new UserError(`${what}, so it is not deployed`, {
    input: "allow-unvalidated",
    fix: v === void 0 ? "Register versions with register-model's 'validation-report' input set to validate-metrics' report, or set 'allow-unvalidated: true' to deploy it anyway" : "Deploy a version that passed validation, or set 'allow-unvalidated: true' to deploy it anyway"
  });
}
__name(checkValidation, "checkValidation");
async function markQuietly(o, id, state, description) {
  try {
    const call = o.github.deployments.setStatus(id, state, { description });
    await (cancelled(o) ? Promise.race([call, new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 2s")), 2e3).unref())]) : call);
  } catch (e) {
    o.log.warning(`could not set GitHub deployment ${id} to ${state}: ${messageOf(e)}`);
  }
}
__name(markQuietly, "markQuietly");
function group3(log, name, fn) {
  return log.group ? log.group(name, fn) : fn();
}
__name(group3, "group");
function describeRef(ref) {
  return "version" in ref ? `version ${ref.version}` : `alias ${ref.alias}`;
}
__name(describeRef, "describeRef");
function short(digest) {
  return digest.replace(/^(sha256:)?([0-9a-f]{12})[0-9a-f]+$/, "$1$2\u2026");
}
__name(short, "short");

// node_modules/@mlops-actions/deployment/src/targets/command.ts
import { spawn } from "node:child_process";
var TAIL_LINES = 10;
function commandTarget(o) {
  return {
    kind: "command",
    describe: /* @__PURE__ */ __name(() => `command (${firstLine(o.command)})`, "describe"),
    deploy: /* @__PURE__ */ __name((release, call) => runScript(o, release, call), "deploy")
  };
}
__name(commandTarget, "commandTarget");
function firstLine(command) {
  const line = command.split(/\r?\n/).find((l) => l.trim() !== "")?.trim() ?? "";
  return line.length > 60 ? `${line.slice(0, 57)}\u2026` : line;
}
__name(firstLine, "firstLine");
function scriptEnvironment(base, release) {
  const env = {};
  for (const [k, v] of Object.entries(base)) {
    if (v !== void 0 && !/^INPUT_/i.test(k)) env[k] = v;
  }
  return { ...env, ...releaseEnvironment(release) };
}
__name(scriptEnvironment, "scriptEnvironment");
async function runScript(o, release, call = {}) {
  const env = scriptEnvironment(o.baseEnv, release);
  const timeoutMs = Math.min(o.timeoutMs, call.timeoutMs ?? Infinity);
  const tail = [];
  const remember = /* @__PURE__ */ __name((line) => {
    tail.push(line);
    if (tail.length > TAIL_LINES) tail.shift();
  }, "remember");
  const outcome = await spawnShell(o.command, o.cwd, env, timeoutMs, call.signal, (line) => {
    o.log.info(line);
    remember(line);
  });
  if (outcome.kind === "exit" && outcome.code === 0) return;
  const what = outcome.kind === "timeout" ? `did not finish within ${Math.round(timeoutMs / 1e3)}s and was stopped` : outcome.kind === "cancelled" ? "was stopped (with its whole process group) because the run was cancelled" : outcome.kind === "signal" ? `was killed by ${outcome.signal}` : outcome.kind === "spawn" ? `could not start: ${outcome.message}` : `exited with code ${outcome.code}`;
  const lastLines2 = tail.length ? `; its last output:
${tail.map((l) => `  ${l}`).join("\n")}` : "";
  throw new TargetFailed(`the deployment command for ${release.model} ${release.version} ${what}${lastLines2}`, outcome.kind !== "spawn", {
    ...o.input ? { input: o.input } : {}
  });
}
__name(runScript, "runScript");
var TIMEOUT_KILL_GRACE_MS = 5e3;
var CANCEL_KILL_GRACE_MS = 1e3;
function spawnShell(command, cwd, env, timeoutMs, signal, onLine) {
  return trySpawn("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", command], cwd, env, timeoutMs, signal, onLine).then(
    (r) => (
      // No bash (a slim container): POSIX sh, still stopping at the first failing command.
      r.kind === "spawn" && /ENOENT/.test(r.message) ? trySpawn("sh", ["-e", "-c", command], cwd, env, timeoutMs, signal, onLine) : r
    )
  );
}
__name(spawnShell, "spawnShell");
function trySpawn(file, args, cwd, env, timeoutMs, signal, onLine) {
  return new Promise((resolve10) => {
    if (signal?.aborted) return resolve10({ kind: "cancelled" });
    const detached = process.platform !== "win32";
    const child = spawn(file, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"], detached });
    let stoppedBy;
    const kill = /* @__PURE__ */ __name((sig) => {
      try {
        if (detached && child.pid) process.kill(-child.pid, sig);
        else child.kill(sig);
      } catch {
      }
    }, "kill");
    let killTimer;
    const stop = /* @__PURE__ */ __name((why2, graceMs) => {
      if (stoppedBy) return;
      stoppedBy = why2;
      kill("SIGTERM");
      killTimer = setTimeout(() => kill("SIGKILL"), graceMs);
    }, "stop");
    const timer = setTimeout(() => stop("timeout", TIMEOUT_KILL_GRACE_MS), timeoutMs);
    const onAbort = /* @__PURE__ */ __name(() => stop("cancelled", CANCEL_KILL_GRACE_MS), "onAbort");
    signal?.addEventListener("abort", onAbort, { once: true });
    const lines = /* @__PURE__ */ __name((stream) => {
      let rest = "";
      stream.setEncoding("utf8");
      stream.on("data", (chunk) => {
        const parts = (rest + chunk).split(/\r?\n/);
        rest = parts.pop() ?? "";
        for (const p of parts) onLine(p);
      });
      stream.on("end", () => {
        if (rest) onLine(rest);
        rest = "";
      });
    }, "lines");
    lines(child.stdout);
    lines(child.stderr);
    child.on("error", (e) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      resolve10({ kind: "spawn", message: `${file}: ${e.code ?? e.message}` });
    });
    child.on("close", (code2, sig) => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      if (stoppedBy) {
        clearTimeout(killTimer);
        if (processGroupAlive(detached, child.pid)) kill("SIGKILL");
        resolve10({ kind: stoppedBy });
      } else if (sig) resolve10({ kind: "signal", signal: sig });
      else resolve10({ kind: "exit", code: code2 ?? 1 });
    });
  });
}
__name(trySpawn, "trySpawn");
function processGroupAlive(detached, pid) {
  if (!detached || !pid) return false;
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}
__name(processGroupAlive, "processGroupAlive");

// node_modules/@mlops-actions/deployment/src/targets/webhook.ts
import { randomUUID as randomUUID2 } from "node:crypto";

// node_modules/@mlops-actions/deployment/src/signature.ts
import { createHmac, timingSafeEqual } from "node:crypto";
var SIGNATURE_HEADER = "X-Hub-Signature-256";
function signBody(secret, body) {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}
__name(signBody, "signBody");

// node_modules/@mlops-actions/deployment/src/targets/webhook.ts
function webhookTarget(o) {
  const shown2 = safeUrl(o.url);
  return {
    kind: "webhook",
    describe: /* @__PURE__ */ __name(() => `webhook (POST ${shown2})`, "describe"),
    async deploy(release, call = {}) {
      const body = webhookBody(o, release);
      const text = JSON.stringify(body);
      const headers = {
        "content-type": "application/json",
        "user-agent": "mlops-actions-deploy",
        [SIGNATURE_HEADER]: signBody(o.secret, text),
        "X-MLOps-Event": body.event,
        "X-MLOps-Delivery": body.delivery,
        "X-MLOps-Timestamp": String(Math.floor(Date.parse(body.timestamp) / 1e3))
      };
      o.log.info(`POST ${shown2} (delivery ${body.delivery}, ${body.event} of ${release.model} ${release.version})`);
      let res;
      try {
        const timeout = AbortSignal.timeout(Math.min(o.timeoutMs, call.timeoutMs ?? Infinity));
        res = await (o.fetch ?? fetch)(o.url, {
          method: "POST",
          headers,
          body: text,
          redirect: "manual",
          signal: call.signal ? AbortSignal.any([timeout, call.signal]) : timeout
        });
      } catch (e) {
        const detail = describeFetchError(e);
        throw new TargetFailed(
          `the webhook ${shown2} could not be reached: ${detail}`,
          !/refused|not found|ENOTFOUND|ECONNREFUSED/i.test(detail),
          {
            input: "webhook-url",
            fix: /timed out|aborted/.test(detail) ? "Check that the deployer answers within target-timeout (raise it if deployments take longer)" : "Check the URL (scheme, host and port) and that the deployer is running and reachable from the runner"
          }
        );
      }
      const answer = redact(excerpt(await res.text().catch(() => "")), o.secret);
      if (res.status < 200 || res.status >= 300) {
        const location = res.headers.get("location");
        throw new TargetFailed(
          `the webhook ${shown2} answered HTTP ${res.status}${location ? ` (redirect to ${safeUrl(URL.parse(location, o.url)?.href ?? location)}; give the final URL)` : ""}${answer ? `: ${answer}` : ""}`,
          res.status >= 500,
          { input: "webhook-url" }
        );
      }
      o.log.info(`webhook answered HTTP ${res.status}`);
    }
  };
}
__name(webhookTarget, "webhookTarget");
function webhookBody(o, release) {
  return {
    event: release.reason,
    delivery: (o.newId ?? randomUUID2)(),
    timestamp: (o.now?.() ?? /* @__PURE__ */ new Date()).toISOString(),
    model: release.model,
    version: release.version,
    digest: release.digest,
    environment: release.environment,
    alias: release.alias,
    files: release.files.map((f) => ({ path: f.path, sha256: f.sha256, ...f.size !== void 0 ? { size: f.size } : {} })),
    ...o.registry ? { registry: o.registry } : {},
    ...o.provenance.repository ? { repository: o.provenance.repository } : {},
    ...o.provenance.sha ? { sha: o.provenance.sha } : {},
    ...o.provenance.ref ? { ref: o.provenance.ref } : {},
    ...o.provenance.runUrl ? { run_url: o.provenance.runUrl } : {},
    ...o.provenance.actor ? { actor: o.provenance.actor } : {}
  };
}
__name(webhookBody, "webhookBody");
function safeUrl(url) {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname}${u.search ? "?\u2026" : ""}`;
  } catch {
    return "(invalid URL)";
  }
}
__name(safeUrl, "safeUrl");

// node_modules/@mlops-actions/deployment/src/targets/directory.ts
import { randomBytes as randomBytes3 } from "node:crypto";
import { constants as constants3 } from "node:fs";
import { copyFile as copyFile2, lstat as lstat3, readFile, readlink as readlink2, rename as rename3, rm as rm4, symlink as symlink2, unlink as unlink2, writeFile as writeFile3 } from "node:fs/promises";
import { dirname as dirname2, join as join4, resolve as resolve4 } from "node:path";
var RELEASE_MARKER = ".mlops-release.json";
function releaseDirName(version) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(version) || version.includes("..")) {
    throw new TargetFailed(`version '${version}' cannot name a release directory (letters, digits, '.', '_', '+', '-' only)`, false);
  }
  return version;
}
__name(releaseDirName, "releaseDirName");
function directoryTarget(o) {
  const serving = resolve4(o.servingDir);
  const releases = join4(serving, "releases");
  const current = join4(serving, "current");
  let before;
  let created;
  return {
    kind: "directory",
    describe: /* @__PURE__ */ __name(() => `directory (${serving})`, "describe"),
    async deploy(release) {
      const name = releaseDirName(release.version);
      const dest = join4(releases, name);
      const link2 = await currentLink(current);
      before ??= { target: link2 };
      try {
        await makeFolders(releases);
      } catch (e) {
        throw fsFailure(e, releases, `cannot create ${releases}`);
      }
      const existing = await lstat3(dest).catch(() => void 0);
      if (existing && (await compareWithCard(dest, release.files, { ignore: [RELEASE_MARKER] })).length === 0) {
        o.log.info(`releases/${name} already holds ${release.model} ${release.version} (verified); reusing it`);
      } else {
        const staging = join4(releases, `.${name}.staging-${randomBytes3(4).toString("hex")}`);
        try {
          await stage(release, staging, o.now?.() ?? /* @__PURE__ */ new Date());
          if (existing) {
            o.log.warning(`releases/${name} does not match the model card; replacing it`);
            const stale = join4(releases, `.${name}.stale-${randomBytes3(4).toString("hex")}`);
            await rename3(dest, stale);
            await rename3(staging, dest);
            await rm4(stale, { recursive: true, force: true });
          } else {
            await rename3(staging, dest);
            if (release.reason === "deploy") created = dest;
          }
        } catch (e) {
          await rm4(staging, { recursive: true, force: true }).catch(() => void 0);
          if (e instanceof TargetFailed) throw e;
          throw fsFailure(e, dest, `cannot copy ${release.model} ${release.version} into ${dest}`);
        }
        o.log.info(`copied ${release.files.length} file(s) into releases/${name}`);
      }
      await switchLink(current, join4("releases", name));
      o.log.info(`current -> releases/${name}${link2 ? ` (was ${link2})` : ""}`);
    },
    async served() {
      const link2 = await currentLink(current).catch(() => void 0);
      if (link2 === void 0) return void 0;
      const marker = await readFile(join4(resolve4(serving, link2), RELEASE_MARKER), "utf8").catch(() => void 0);
      if (marker === void 0) return void 0;
      try {
        const v = JSON.parse(marker).version;
        return typeof v === "string" ? v : void 0;
      } catch {
        return void 0;
      }
    },
    async undo() {
      if (!before) return void 0;
      if (before.target === void 0) {
        await unlink2(current).catch(() => void 0);
        if (created) await rm4(created, { recursive: true, force: true });
        return `removed the current link (nothing was served before)`;
      }
      await switchLink(current, before.target);
      if (created && resolve4(serving, before.target) !== created) await rm4(created, { recursive: true, force: true });
      return `current points at ${before.target} again`;
    }
  };
}
__name(directoryTarget, "directoryTarget");
async function currentLink(current) {
  const st = await lstat3(current).catch(() => void 0);
  if (!st) return void 0;
  if (!st.isSymbolicLink()) {
    throw new TargetFailed(
      `${current} is a ${st.isDirectory() ? "directory" : "file"}, not a symbolic link, so it cannot be switched atomically`,
      false,
      {
        input: "serving-dir",
        fix: `Move it away (e.g. into releases/) and let deploy create the link`
      }
    );
  }
  return readlink2(current);
}
__name(currentLink, "currentLink");
async function stage(release, staging, now) {
  await makeFolders(staging);
  for (const f of release.files) {
    const to = join4(staging, ...f.path.split("/"));
    await makeFolders(dirname2(to));
    await copyFile2(join4(release.path, ...f.path.split("/")), to, constants3.COPYFILE_FICLONE);
  }
  const marker = {
    model: release.model,
    version: release.version,
    digest: release.digest,
    environment: release.environment,
    staged_at: now.toISOString(),
    files: release.files.map((f) => ({ path: f.path, sha256: f.sha256 }))
  };
  await writeFile3(join4(staging, RELEASE_MARKER), `${JSON.stringify(marker, null, 2)}
`);
  const wrong = await compareWithCard(staging, release.files, { ignore: [RELEASE_MARKER], contents: false });
  if (wrong.length) throw new TargetFailed(`the copy in ${staging} does not match the card: ${describeMismatches(wrong)}`, false);
}
__name(stage, "stage");
async function switchLink(link2, target) {
  const tmp = join4(dirname2(link2), `.current.${process.pid}.${randomBytes3(4).toString("hex")}`);
  try {
    await symlink2(target, tmp, "dir");
    await rename3(tmp, link2);
  } catch (e) {
    await unlink2(tmp).catch(() => void 0);
    throw fsFailure(e, link2, `cannot switch ${link2} to ${target}`);
  }
}
__name(switchLink, "switchLink");
function fsFailure(e, path, what) {
  const code2 = e?.code;
  const fix = "Point serving-dir at a directory the runner can write (its releases/ must be a directory and current a symbolic link)";
  const why2 = {
    EEXIST: `${path} is a file, not a directory`,
    ENOTDIR: `${path} is below a file, not a directory (serving-dir or a folder in it is a file)`,
    EACCES: `the runner's user may not write ${path}`,
    EPERM: `the runner's user may not write ${path}`,
    EROFS: `${path} is on a read-only file system`,
    ENOSPC: `the disk holding ${path} is full`,
    EISDIR: `${path} is a directory where a link or file was expected`,
    ENOENT: `${path} cannot be created there (a folder above it does not accept new folders)`
  };
  const reason = (code2 && why2[code2]) ?? messageOf(e);
  return new TargetFailed(`${what}: ${reason}`, false, {
    input: "serving-dir",
    fix: code2 === "ENOSPC" ? "Free space on that disk (old releases/ can go, except the one current points at)" : fix
  });
}
__name(fsFailure, "fsFailure");

// node_modules/@mlops-actions/deployment/src/github-deployments.ts
var STATUS_DESCRIPTION_LIMIT = 140;
var GitHubDeployments = class {
  static {
    __name(this, "GitHubDeployments");
  }
  o;
  /** The states set, in order (for the summary and for tests). */
  history = [];
  /** A deployment whose last status is in_progress: what abandon() closes. */
  open;
  constructor(o) {
    this.o = o;
  }
  async create(c) {
    const { octokit, owner, repo } = this.o;
    try {
      const res = await octokit.rest.repos.createDeployment({
        owner,
        repo,
        ref: c.ref,
        environment: c.environment,
        task: "deploy",
        // The model is deployed, not the commit: no merge of the default branch, no wait for commit statuses.
        auto_merge: false,
        required_contexts: [],
        payload: { model: c.model, version: c.version, digest: c.digest },
        description: truncate(c.description ?? `${c.model} ${c.version}`)
      });
      const data = res.data;
      if (res.status !== 201 || typeof data.id !== "number") {
        throw new UserError(`GitHub did not create a deployment for ${c.environment}: ${data.message ?? `HTTP ${res.status}`}`);
      }
      this.o.log.info(`GitHub deployment ${data.id} created for environment ${c.environment}`);
      return { id: data.id };
    } catch (e) {
      throw explain(e, `create a deployment for environment '${c.environment}'`, c.ref);
    }
  }
  async setStatus(id, state, extra = {}) {
    const { octokit, owner, repo, runUrl } = this.o;
    try {
      await octokit.rest.repos.createDeploymentStatus({
        owner,
        repo,
        deployment_id: id,
        state,
        ...runUrl ? { log_url: runUrl } : {},
        ...extra.environmentUrl ? { environment_url: extra.environmentUrl } : {},
        ...extra.description ? { description: truncate(extra.description) } : {},
        // Only a success makes the environment's earlier deployments inactive (GitHub's default).
        auto_inactive: state === "success"
      });
      this.history.push(state);
      if (state === "in_progress") this.open = id;
      else if (this.open === id) this.open = void 0;
      this.o.log.info(`GitHub deployment ${id}: ${state}`);
    } catch (e) {
      throw explain(e, `set deployment ${id} to '${state}'`);
    }
  }
  /**
   * Closes a deployment left in_progress (the run was cancelled mid-way) with the state `error`, so
   * the environment does not show a deployment that is running forever. Never throws.
   */
  async abandon(reason) {
    const id = this.open;
    if (id === void 0) return void 0;
    try {
      await this.setStatus(id, "error", { description: reason });
    } catch (e) {
      this.o.log.warning(`could not close GitHub deployment ${id}: ${messageOf(e)}`);
    }
    return id;
  }
};
function explain(e, what, ref) {
  if (e instanceof UserError) return e;
  if (!isApiError(e)) return e instanceof Error ? e : new Error(messageOf(e));
  const message = e.message.replace(/ - https:\/\/docs\.github\.com\S*$/, "");
  if (isPermissionDenied(e)) {
    return new UserError(`GitHub refused to ${what}: ${message} (HTTP ${e.status}). The token lacks the 'deployments: write' permission`, {
      input: "github-token",
      fix: "Add 'permissions: { contents: read, deployments: write }' to the deploying job (a fork's pull request never gets it)"
    });
  }
  if (e.status === 404) {
    return new UserError(`GitHub could not ${what}: the repository was not found or the token cannot see it (HTTP 404)`, {
      input: "github-token",
      fix: "Check GITHUB_REPOSITORY and give the token access to the repository ('deployments: write')"
    });
  }
  if (e.status === 409 || e.status === 422) {
    return new UserError(`GitHub refused to ${what}: ${message} (HTTP ${e.status})`, {
      ...ref ? { fix: `The deployment's ref is the workflow's commit (${ref}); check that it exists in the repository` } : {}
    });
  }
  if (e.status >= 500) {
    return new UserError(`GitHub failed to ${what}: ${message} (HTTP ${e.status})`, {
      input: "github-deployment",
      fix: "Re-run the job when GitHub answers again, or set 'github-deployment: false' to deploy without recording a GitHub Deployment"
    });
  }
  return new UserError(`GitHub failed to ${what}: ${message} (HTTP ${e.status})`);
}
__name(explain, "explain");
function truncate(text, limit = STATUS_DESCRIPTION_LIMIT) {
  const one = text.replace(/\s+/g, " ").trim();
  if (one.length <= limit) return one;
  const cut = one.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > limit / 2 ? cut.slice(0, space) : cut}\u2026`;
}
__name(truncate, "truncate");

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
function link(text, url) {
  if (!/^https?:\/\//i.test(url)) return escapeText(text);
  return `[${escapeText(text)}](${url.replace(/[()\s]/g, encodeURIComponent)})`;
}
__name(link, "link");

// node_modules/@mlops-actions/markdown/src/blocks.ts
function table(headers, rows, align = []) {
  const sep9 = headers.map((_, i) => {
    const a = align[i];
    return a === "right" ? "---:" : a === "center" ? ":---:" : "---";
  });
  const line = /* @__PURE__ */ __name((cells) => `| ${headers.map((_, i) => cells[i] ?? "").join(" | ")} |`, "line");
  return [line(headers), line(sep9), ...rows.map(line)].join("\n");
}
__name(table, "table");

// node_modules/@mlops-actions/deployment/src/summary.ts
var HEADLINE = {
  deployed: "\u2705 deployed",
  "rolled-back": "\u21A9\uFE0F rolled back",
  failed: "\u274C failed"
};
function renderSummary(o, x) {
  const v = o.version ?? "(unresolved)";
  const alias = o.status === "deployed" ? `${code(o.alias)}: ${o.previousVersion ? code(o.previousVersion) : "(unset)"} \u2192 ${code(v)}` : `${code(o.alias)} unchanged${o.previousVersion ? ` (${code(o.previousVersion)})` : " (unset)"}`;
  const rows = [
    ["Model", code(o.model)],
    ["Version", `${code(v)}${o.digest ? ` (digest ${code(o.digest)})` : ""}`],
    ["Environment", code(o.environment)],
    ["Alias", alias],
    ["Target", escapeCell(x.target)]
  ];
  if (o.deploymentId !== void 0) {
    rows.push(["GitHub deployment", x.deploymentsUrl ? link(String(o.deploymentId), x.deploymentsUrl) : String(o.deploymentId)]);
  }
  if (o.environmentUrl) rows.push(["Environment URL", link(o.environmentUrl, o.environmentUrl)]);
  rows.push(["Duration", `${o.durationSeconds.toFixed(1)} s`]);
  const parts = [
    `## Deploy ${escapeText(o.model)} ${escapeText(v)} to ${escapeText(o.environment)}: ${HEADLINE[o.status]}`,
    "",
    table(["", ""], rows)
  ];
  if (o.error) parts.push("", `**What went wrong:** ${escapeText(o.error)}`);
  if (o.restored && o.status !== "deployed") parts.push("", `**What was restored:** ${escapeText(o.restored)}`);
  for (const w of o.warnings) parts.push("", `> [!WARNING]
> ${escapeText(w)}`);
  if (o.steps.length) {
    parts.push(
      "",
      table(
        ["Step", "Outcome", "Detail", "Time"],
        o.steps.map((s) => [
          escapeCell(s.step),
          s.outcome === "ok" ? "\u2705" : s.outcome === "failed" ? "\u274C" : "\u23ED\uFE0F skipped",
          escapeCell(s.detail.length > 300 ? `${s.detail.slice(0, 299)}\u2026` : s.detail),
          `${(s.ms / 1e3).toFixed(1)} s`
        ]),
        ["left", "center", "left", "right"]
      )
    );
  }
  return `${parts.join("\n")}
`;
}
__name(renderSummary, "renderSummary");

// node_modules/@mlops-actions/deployment/src/registry-adapter.ts
function toDeployCard(card) {
  const v = card.validation;
  return {
    name: card.name,
    version: card.version,
    digest: card.digest,
    files: card.files.map((f) => ({ path: f.path, sha256: f.sha256, size: f.size })),
    validation: v ? {
      passed: v.passed,
      summary: v.failed.length ? `failed checks: ${v.failed.join(", ")}` : void 0,
      reportDigest: v.reportDigest
    } : void 0,
    ...card.deprecated ? { deprecated: { reason: card.deprecated.reason, at: card.deprecated.at, actor: card.deprecated.actor } } : {}
  };
}
__name(toDeployCard, "toDeployCard");
function named(fn) {
  return async (...a) => {
    try {
      return await fn(...a);
    } catch (e) {
      if (e instanceof UserError && e.input === void 0 && /^cannot reach the registry /.test(e.message)) {
        throw new UserError(e.message, { input: "registry", cause: e });
      }
      throw e;
    }
  };
}
__name(named, "named");
function deployRegistry(registry, o = {}) {
  const r = registryCalls(registry, o);
  return { resolve: named(r.resolve), aliasVersion: named(r.aliasVersion), download: named(r.download), setAlias: named(r.setAlias) };
}
__name(deployRegistry, "deployRegistry");
function registryCalls(registry, opts) {
  return {
    async resolve(name, ref) {
      const card = await registry.resolve(name, ref);
      if (card) return toDeployCard(card);
      if ("version" in ref) {
        try {
          return toDeployCard(await registry.card(name, ref.version));
        } catch (e) {
          if (e instanceof UserError && e.input === void 0 && /^there is no model /.test(messageOf(e))) {
            throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, {
              input: "model",
              fix: e.fix ?? "Check the model name"
            });
          }
          if (e instanceof UserError && e.input === void 0 && /has no version/.test(messageOf(e))) {
            throw new UserError(`model '${name}' has no version ${ref.version} in the registry ${registry.uri}`, {
              input: "version",
              fix: e.fix ?? "Check the version"
            });
          }
          throw e;
        }
      }
      const [aliases, versions] = await Promise.all([registry.aliases(name), registry.versions(name)]);
      if (versions.length === 0) {
        throw new UserError(`there is no model '${name}' in the registry ${registry.uri}`, {
          input: "model",
          fix: "Check the model name, or register it first"
        });
      }
      const known = Object.entries(aliases).map(([a, s]) => `${a} \u2192 ${s.version}`);
      throw new UserError(`alias '${ref.alias}' of model '${name}' is not set`, {
        input: "alias",
        fix: known.length ? `Set aliases are ${known.join(", ")}; or give a version` : `No alias of '${name}' is set yet; give a version instead`
      });
    },
    async aliasVersion(name, alias) {
      return (await registry.aliases(name))[alias]?.version;
    },
    async download(name, version, dest) {
      await registry.download(name, version, dest);
    },
    async setAlias(name, alias, version, o) {
      try {
        const move = await registry.setAlias(name, alias, version, {
          expectedFrom: o.expectedFrom ?? null,
          reason: o.reason,
          gtoTag: opts.gtoTags
        });
        opts.onMove?.(move);
      } catch (e) {
        const now = await registry.aliases(name).then((a) => ({ read: true, version: a[alias]?.version })).catch(() => ({ read: false, version: void 0 }));
        if (now.read && now.version === version) return;
        if (now.read && now.version !== o.expectedFrom) throw new AliasConflict(messageOf(e), now.version);
        throw e;
      }
    }
  };
}
__name(registryCalls, "registryCalls");

// node_modules/@mlops-actions/deployment/src/targets/index.ts
function createTarget(spec, log) {
  switch (spec.kind) {
    case "command":
      return commandTarget({ ...spec, log, input: "command" });
    case "webhook":
      return webhookTarget({ ...spec, log });
    case "directory":
      return directoryTarget({ servingDir: spec.servingDir, log });
  }
}
__name(createTarget, "createTarget");

// node_modules/@mlops-actions/deployment/src/options.ts
import { isAbsolute as isAbsolute7, resolve as resolve8 } from "node:path";

// node_modules/@mlops-actions/registry/src/open.ts
import { tmpdir as tmpdir2 } from "node:os";

// node_modules/@mlops-actions/registry/src/backend.ts
var DEFAULT_RETRY = { attempts: 12, baseMs: 100, maxMs: 4e3 };
function backoffMs(attempt, policy, random = Math.random) {
  const exp = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}
__name(backoffMs, "backoffMs");
var sleep2 = /* @__PURE__ */ __name((ms) => new Promise((r) => setTimeout(r, ms)), "sleep");

// node_modules/@mlops-actions/registry/src/file-backend.ts
var import_proper_lockfile = __toESM(require_proper_lockfile(), 1);
import { randomBytes as randomBytes4 } from "node:crypto";
import * as fs3 from "node:fs";
import { copyFile as copyFile3, readdir as readdir3, readFile as readFile2, rename as rename4, rm as rm6, rmdir as rmdir2, stat as stat3, writeFile as writeFile5 } from "node:fs/promises";
import { hostname } from "node:os";
import { dirname as dirname4, join as join5, relative as relative5, sep as sep5 } from "node:path";

// node_modules/@mlops-actions/registry/src/verify.ts
import { createReadStream as createReadStream2, createWriteStream } from "node:fs";
import { dirname as dirname3 } from "node:path";
import { pipeline } from "node:stream/promises";
async function copyHashed(source, dest) {
  await makeFolders(dirname3(dest));
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
    const v = JSON.parse(await readFile2(join5(lockDir, OWNER_FILE), "utf8"));
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
    return `'${join5(this.o.root, path)}'`;
  }
  async read() {
    const root = this.o.root;
    const readBuffer = /* @__PURE__ */ __name(async (path) => {
      try {
        return await readFile2(join5(root, path));
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
          await copyFile3(join5(root, path), dest);
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
      const lockDir = join5(root, ".lock");
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
      await rmdir2(join5(root, ".staging")).catch(() => void 0);
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
    const aside = `${lockDir}.dead-${randomBytes4(6).toString("hex")}`;
    try {
      await rename4(lockDir, aside);
    } catch {
      return;
    }
    const moved = await readOwner(aside);
    if (moved && moved.nonce === owner.nonce) {
      await rm6(aside, { recursive: true, force: true });
      this.o.log?.info(`registry: took over the lock of ${this.o.root} left by process ${owner.pid}, which is gone`);
    } else {
      await rename4(aside, lockDir).catch(() => rm6(aside, { recursive: true, force: true }));
    }
  }
  /** Staging folders of registry writers that died mid-write: only the lock holder stages, so all of them are stale. */
  async cleanStaging() {
    const dir = join5(this.o.root, ".staging");
    let names;
    try {
      names = await readdir3(dir);
    } catch {
      return;
    }
    for (const name of names) {
      const legacy = /^(\d+)-[0-9a-f]{12}$/.exec(name);
      if (name.startsWith(STAGING_PREFIX) || legacy && pidIsGone(Number(legacy[1]))) {
        await rm6(join5(dir, name), { recursive: true, force: true });
        this.o.log?.debug?.(`registry: removed the staging folder ${name} of a writer that died`);
      }
    }
  }
  async apply(cs, compromised) {
    const root = this.o.root;
    const staging = join5(root, ".staging", `${STAGING_PREFIX}${process.pid}-${randomBytes4(6).toString("hex")}`);
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
        const p = join5(staging, String(i));
        if ("data" in c) await writeFile5(p, c.data);
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
        const dest = join5(root, c.path);
        await makeFolders(dirname4(dest));
        await rename4(staged[i], dest);
      }
      for (const c of cs.changes) {
        const size = "data" in c ? Buffer.byteLength(c.data) : c.size;
        const st = await stat3(join5(root, c.path)).catch(() => void 0);
        if (!st?.isFile() || st.size !== size) {
          throw new UserError(
            `the registry file ${join5(root, c.path)} is ${st ? `${st.size} bytes, expected ${size}` : "missing"} right after it was written`,
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
      await rm6(staging, { recursive: true, force: true });
    }
  }
  async close() {
  }
};
function lockFs() {
  const owner = { host: hostname(), pid: process.pid, nonce: randomBytes4(8).toString("hex") };
  return {
    ...fs3,
    mkdir: /* @__PURE__ */ __name(((path, cb) => {
      const made = /* @__PURE__ */ __name(() => fs3.writeFile(join5(path, OWNER_FILE), JSON.stringify(owner), () => cb(null)), "made");
      fs3.mkdir(path, (err) => {
        if (!err) return made();
        if (err.code !== "ENOENT") return cb(err);
        const retry2 = /* @__PURE__ */ __name(() => fs3.mkdir(path, (again) => again ? cb(again) : made()), "retry");
        makeFolders(dirname4(path)).then(retry2, retry2);
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
    const up = dirname4(d);
    const rel = relative5(createdTop, up);
    if (up === d || rel.startsWith("..") || rel.split(sep5).includes("..")) return;
    d = up;
  }
}
__name(removeEmptyDirs, "removeEmptyDirs");

// node_modules/@mlops-actions/registry/src/git-backend.ts
import { mkdir as mkdir4, mkdtemp, readFile as readFile3, rm as rm7, writeFile as writeFile6 } from "node:fs/promises";
import { join as join6, resolve as resolve5 } from "node:path";
import { execFile } from "node:child_process";
import { existsSync as existsSync3 } from "node:fs";

// node_modules/@mlops-actions/registry/src/git-cli.ts
import { spawn as spawn3 } from "node:child_process";
import { createWriteStream as createWriteStream2 } from "node:fs";
import { PassThrough } from "node:stream";
import { pipeline as pipeline2 } from "node:stream/promises";

// node_modules/@mlops-actions/registry/src/git-batch.ts
import { spawn as spawn2 } from "node:child_process";
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
    this.child = spawn2("git", ["cat-file", "--batch"], { env, stdio: ["pipe", "pipe", "pipe"] });
    this.exited = new Promise((resolve10) => {
      this.child.on("close", (code2) => {
        this.fail(
          new Error(`git cat-file --batch ended (exit ${code2 ?? "signal"}): ${this.stderr.trim().split("\n").slice(-3).join(" | ")}`)
        );
        resolve10();
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
    return new Promise((resolve10, reject) => {
      if (this.queue.length === 0) this.child.stdout.ref?.();
      this.queue.push({ object, sink, resolve: resolve10, reject });
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
    return new Promise((resolve10, reject) => {
      const child = spawn3("git", args, { env: { ...this.env, ...o.env }, stdio: ["pipe", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => reject(cannotRunGit(e)));
      child.on(
        "close",
        (code2) => resolve10({ code: code2 ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: this.redact(Buffer.concat(err).toString("utf8")) })
      );
      child.stdin.on("error", () => void 0);
      child.stdin.end(o.input ?? "");
    });
  }
  /** Like run(), with stdout as bytes (blobs). */
  runBuffer(args) {
    return new Promise((resolve10, reject) => {
      const child = spawn3("git", args, { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
      const out = [];
      const err = [];
      child.stdout.on("data", (d) => out.push(d));
      child.stderr.on("data", (d) => err.push(d));
      child.on("error", (e) => reject(cannotRunGit(e)));
      child.on(
        "close",
        (code2) => resolve10({ code: code2 ?? 1, stdout: Buffer.concat(out), stderr: this.redact(Buffer.concat(err).toString("utf8")) })
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
    const child = spawn3("git", ["cat-file", "blob", oid], { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    const err = [];
    child.stderr.on("data", (d) => err.push(d));
    const closed = new Promise((resolve10, reject) => {
      child.on("error", reject);
      child.on("close", (code3) => resolve10(code3 ?? 1));
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
    const child = spawn3("git", ["cat-file", "blob", object], { env: this.env, stdio: ["ignore", "pipe", "pipe"] });
    const err = [];
    child.stderr.on("data", (d) => err.push(d));
    const exited = new Promise((resolve10, reject) => {
      child.on("error", reject);
      child.on("close", (code3) => resolve10(code3 ?? 1));
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
  versionCheck = new Promise((resolve10, reject) => {
    const child = spawn3("git", ["version"], { stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LC_ALL: "C" } });
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
      resolve10(m[0]);
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
    this.workDir = await mkdtemp(join6(this.o.tempDir, "mlops-registry-"));
    const gitDir = join6(this.workDir, "repo.git");
    const cli = new GitCli({ gitDir, remoteUrl, token: this.o.token });
    for (const d of ["objects/info", "objects/pack", "refs/heads", "refs/tags"]) await mkdir4(join6(gitDir, d), { recursive: true });
    await writeFile6(join6(gitDir, "HEAD"), "ref: refs/heads/unused\n");
    await writeFile6(
      join6(gitDir, "config"),
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
      const line = (await readFile3(join6(this.cli.gitDir, "FETCH_HEAD"), "utf8")).split("\n")[0] ?? "";
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
        await sleep2(wait);
      }
    }
    throw new UserError(`could not write to the registry ${this.o.uri} after ${policy.attempts} attempts: ${last}`, {
      fix: "Too many writers at once or an unstable connection: re-run the job (nothing was registered), or serialise registrations with a workflow concurrency group"
    });
  }
  /** Builds the commit on top of `parent` in a private index; returns its id. */
  async commit(parent, cs) {
    const git = await this.git();
    const stage2 = await mkdtemp(join6(this.workDir, "stage-"));
    try {
      const env = { GIT_INDEX_FILE: join6(stage2, "index") };
      await git.ok(parent ? ["read-tree", parent] : ["read-tree", "--empty"], { env });
      const paths = [];
      for (const [i, c] of cs.changes.entries()) {
        if ("data" in c) {
          const p = join6(stage2, `blob-${i}`);
          await writeFile6(p, c.data);
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
      await rm7(stage2, { recursive: true, force: true });
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
    if (this.workDir) await rm7(this.workDir, { recursive: true, force: true });
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
import { randomBytes as randomBytes6 } from "node:crypto";
import { readdir as readdir4, readFile as readFile4, rename as rename6, rm as rm9, stat as stat5 } from "node:fs/promises";
import { dirname as dirname6, join as join9, resolve as resolvePath } from "node:path";

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
import { sep as sep6 } from "node:path";
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
          (resolve10, reject) => fs4.read(fd, ring[k % ring.length], 0, OVERLAP_CHUNK, k * OVERLAP_CHUNK, (e, n) => e ? reject(e) : resolve10(n))
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
  const absolute = root.endsWith(sep6) ? root : `${root}${sep6}`;
  if (!cwd) return absolute;
  const under = cwd.endsWith(sep6) ? cwd : `${cwd}${sep6}`;
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
    return new Promise((resolve10, reject) => {
      this.queue.push({ id: this.nextId++, op, names, resolve: resolve10, reject });
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
    const { algorithm, stat: stat6 } = this.options;
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
        digests += hashFileSync(fs4, crypto2, this.prefix + job.names[i], this.flags, this.mainBuffer, algorithm, stat6 ?? false, meta, i);
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
import { isAbsolute as isAbsolute4, join as join7, posix, relative as relative6, sep as sep7 } from "node:path";
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
    const lexical = rel === "" ? rootReal : join7(rootReal, ...rel.split("/"));
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
            abs: `${dir.abs}${sep7}${name}`,
            chain: { real: `${dir.chain.real}${sep7}${name}`, parent: dir.chain }
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
          subdirs.push({ rel, abs: `${dir.abs}${sep7}${name}`, chain: { real: `${dir.chain.real}${sep7}${name}`, parent: dir.chain } });
        } else if (d.isSymbolicLink()) {
          if (!follow) {
            if (!match || matches(match, rel, counter)) {
              record?.links.push(name);
              skippedSymlinks.add(rel);
            }
            continue;
          }
          followedLink = true;
          const abs = `${dir.abs}${sep7}${name}`;
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
    const abs = line === "" ? root : join7(root, ...line.split("/"));
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
    const baseAbs = base === "" ? root : join7(root, ...base.split("/"));
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
    const rel = relative6(root, p);
    if (rel.startsWith("..") || isAbsolute4(rel)) throw outside(line, input);
    p = rel.split(sep7).join("/");
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
  return p === dir || p.startsWith(dir.endsWith(sep7) ? dir : `${dir}${sep7}`);
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
  let at2 = 0;
  const take = /* @__PURE__ */ __name((k) => {
    if (!Number.isSafeInteger(k) || k < 0 || at2 + k > names.length) return void 0;
    at2 += k;
    return names.slice(at2 - k, at2);
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
  return at2 === names.length;
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
      for (const group4 of walk) for (const rel of group4) files.paths.push(rel);
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
  for (const group4 of walk) {
    if (files.paths.length > CAP_YOUNG_GENERATION_AFTER) capYoungGeneration();
    for (const rel of group4) {
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
  for (const group4 of walk) {
    for (const rel of group4) files.paths.push(rel);
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
import { randomBytes as randomBytes5 } from "node:crypto";
import { createReadStream as createReadStream3 } from "node:fs";
import { realpath, rename as rename5, rm as rm8, stat as stat4 } from "node:fs/promises";
import { basename as basename2, dirname as dirname5, isAbsolute as isAbsolute6, join as join8, resolve as resolve7, sep as sep8 } from "node:path";
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
  const target = join8(dir, name, m.digestHex);
  const location = { kind: "file", uri: `file:${target}` };
  const remove = /* @__PURE__ */ __name(() => rm8(target, { recursive: true, force: true }), "remove");
  if (await verifyDir(target, m.files)) return { location, created: false, remove: /* @__PURE__ */ __name(async () => void 0, "remove") };
  const staging = join8(dir, ".staging", `${process.pid}-${randomBytes5(6).toString("hex")}`);
  try {
    for (const f of m.files) {
      const got = await copyHashed(join8(m.root, f.path), join8(staging, f.path));
      if (got.sha256 !== f.sha256 || got.size !== f.size) {
        throw new UserError(`the model file ${f.path} changed while it was being stored (sha256 ${got.sha256}, expected ${f.sha256})`, {
          fix: "Register once the training step has finished writing its files; nothing was registered"
        });
      }
    }
    await makeFolders(join8(dir, name));
    if (await pathExists(target)) {
      log?.warning(`registry: ${target} held files that do not match their digest; replacing them`);
      await remove();
    }
    try {
      await rename5(staging, target);
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
    await rm8(staging, { recursive: true, force: true });
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
  if (basename2(dir) !== hex || basename2(dirname5(dir)) !== card.name || rest.split(/[\\/]/).includes("..")) {
    throw refuse(`not a directory named ${card.name}/<digest>`);
  }
  if (!isSafeRelativePath(path)) throw refuse("a file path that leaves the directory");
  let realDir;
  let real;
  try {
    realDir = await realpath(dir);
    real = await realpath(join8(dir, path));
  } catch {
    return void 0;
  }
  if (basename2(realDir) !== hex || basename2(dirname5(realDir)) !== card.name || !real.startsWith(realDir + sep8)) {
    throw refuse("a symbolic link leads out of it");
  }
  return real;
}
__name(fileStoreFile, "fileStoreFile");
async function verifyDir(dir, files) {
  for (const f of files) {
    try {
      const got = await sha256File(join8(dir, f.path));
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
    out[f.path] = await uploadAsset(gh, release, want, join8(m.root, f.path), f.size, log);
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
      await sleep2(wait);
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
    const staging = join9(destDir, `.mlops-download-${randomBytes6(6).toString("hex")}`);
    try {
      for (const f of card.files) {
        const tmp = join9(staging, f.path);
        await makeFolders(dirname6(tmp));
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
        const dest = join9(destDir, f.path);
        await makeFolders(dirname6(dest));
        await rename6(join9(staging, f.path), dest);
        files.push({ path: f.path, absolute: dest, size: f.size, sha256: f.sha256 });
      }
      return { dir: destDir, files, card };
    } finally {
      await rm9(staging, { recursive: true, force: true });
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
              changes.push({ path: layout.file(name, version, f.path), source: join9(model.root, f.path), sha256: f.sha256, size: f.size });
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
      entries = await readdir4(abs, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (/^\.git$/i.test(e.name)) found.push(r);
      else if (e.isDirectory()) await walk(join9(abs, e.name), r);
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
  const timeScale2 = o.timeScale ?? 1;
  const github = o.github && o.timeScale !== void 0 ? { ...o.github, timeScale: timeScale2 } : o.github;
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
      retry: timeScale2 === 1 ? retry2 : { ...retry2, baseMs: retry2.baseMs * timeScale2, maxMs: retry2.maxMs * timeScale2 }
    });
    return new RegistryImpl(backend, ctx);
  }
  throw new UserError(`'${redactUrls(uri)}' is not a registry URI`, {
    input: "registry",
    fix: "Write git:origin (a branch of this repository), git:<url or path>, or file:<dir>"
  });
}
__name(openRegistry, "openRegistry");

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
async function sendAliasEvent(registry, client, target, move, c, card) {
  const version = move.to ?? move.from;
  if (!move.moved || version === null) return void 0;
  const e = aliasEvent(card ?? await registry.card(move.model, version), move, c);
  if (!e) return void 0;
  await sendRegistryEvent(client, target, e.type, e.payload);
  return e.type;
}
__name(sendAliasEvent, "sendAliasEvent");

// node_modules/@mlops-actions/deployment/src/options.ts
var DEFAULT_TARGET_TIMEOUT_MS = 10 * 6e4;
var DEFAULT_HEALTH_TIMEOUT_MS = 6e4;
var TARGET_INPUTS = {
  command: [["command", "command"]],
  webhook: [
    ["webhook-url", "webhookUrl"],
    ["webhook-secret", "webhookSecret"]
  ],
  directory: [["serving-dir", "servingDir"]]
};
function parseDeployOptions(i, log) {
  const model = parseModelName(i.model, { input: "model" });
  if (i.version === void 0 === (i.alias === void 0)) {
    throw new UserError(
      i.version === void 0 ? "give the version to deploy, or an alias that points at it" : "give version or alias, not both",
      {
        input: i.version === void 0 ? "version" : "alias",
        fix: "Set 'version: 1.4.0' or 'alias: candidate'"
      }
    );
  }
  const ref = i.version !== void 0 ? { version: deployVersion(i.version) } : { alias: parseAlias(i.alias, { input: "alias" }) };
  const environment = required("environment", i.environment);
  if (i.promoteAlias === void 0 && !isAlias(environment)) {
    throw new UserError(`the environment '${environment}' cannot name the alias to move`, {
      input: "promote-alias",
      fix: `Set promote-alias to a lowercase name (e.g. ${aliasLike(environment)})`
    });
  }
  const alias = parseAlias(i.promoteAlias ?? environment, { input: "promote-alias" });
  for (const [kind, inputs] of Object.entries(TARGET_INPUTS)) {
    if (kind === i.target) continue;
    for (const [name, field] of inputs)
      if (i[field] !== void 0) log.warning(`input '${name}' is for target ${kind}; target is ${i.target}, so it is ignored`);
  }
  const target = targetInput(i);
  const healthUrl = httpUrl("health-url", i.healthUrl);
  const smokeUrl = httpUrl("smoke-url", i.smokeUrl) ?? (i.smokeInput !== void 0 ? healthUrl : void 0);
  if (i.smokeInput !== void 0 && !smokeUrl) {
    throw new UserError("needs a URL to send the request to", {
      input: "smoke-input",
      fix: "Set smoke-url (or health-url, which it defaults to)"
    });
  }
  if (i.smokeUrl !== void 0 && i.smokeInput === void 0) {
    throw new UserError("is set but smoke-input (the request body) is not", {
      input: "smoke-url",
      fix: `Set smoke-input, e.g. '{"features": [1, 2, 3]}'`
    });
  }
  const expectations = parseHealthExpect(i.healthExpect);
  if (expectations.length && !healthUrl) {
    throw new UserError("is set but health-url is not, so there is nothing to check", { input: "health-expect", fix: "Set health-url" });
  }
  return {
    model,
    ref,
    environment,
    alias,
    registry: i.registry,
    target,
    health: {
      url: healthUrl,
      expectations,
      smoke: i.smokeInput !== void 0 ? { url: smokeUrl, body: i.smokeInput } : void 0,
      timeoutMs: i.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS
    },
    rollback: i.rollback,
    allowUnvalidated: i.allowUnvalidated,
    allowDeprecated: i.allowDeprecated,
    environmentUrl: httpUrl("environment-url", i.environmentUrl),
    recordDeployment: i.recordDeployment,
    events: i.events,
    gtoTags: i.gtoTags,
    token: i.token
  };
}
__name(parseDeployOptions, "parseDeployOptions");
function targetInput(i) {
  const timeoutMs = i.targetTimeoutMs ?? DEFAULT_TARGET_TIMEOUT_MS;
  if (i.target === "command") return { kind: "command", command: required("command", i.command), timeoutMs };
  if (i.target === "webhook") {
    const url = required("webhook-url", httpUrl("webhook-url", i.webhookUrl));
    if (!i.webhookSecret) {
      throw new UserError("is required for target webhook: every request is signed with it", {
        input: "webhook-secret",
        fix: "Store a random secret in the repository's secrets and pass it: 'webhook-secret: ${{ secrets.DEPLOY_WEBHOOK_SECRET }}'"
      });
    }
    return { kind: "webhook", url, secret: i.webhookSecret, timeoutMs };
  }
  const dir = required("serving-dir", i.servingDir);
  return { kind: "directory", servingDir: isAbsolute7(dir) ? resolve8(dir) : resolve8(i.workspace, dir) };
}
__name(targetInput, "targetInput");
function required(input, value) {
  if (value === void 0 || value === "") {
    throw new UserError("is required but was not set", { input, fix: `Add '${input}:' under 'with:' in the step` });
  }
  return value;
}
__name(required, "required");
function httpUrl(input, value) {
  if (value === void 0) return void 0;
  const u = URL.parse(value);
  if (!u || u.protocol !== "http:" && u.protocol !== "https:") {
    throw new UserError(`'${value}' is not an http(s) URL`, { input, fix: "Write the full URL, e.g. https://models.example.com/health" });
  }
  return value;
}
__name(httpUrl, "httpUrl");
function aliasLike(environment) {
  const near = environment.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/\.{2,}/g, ".").replace(/^[^a-z]+|[^a-z0-9]+$/g, "");
  return isAlias(near) ? near : "production";
}
__name(aliasLike, "aliasLike");
function deployVersion(v) {
  try {
    return parseModelVersion(v, { input: "version" });
  } catch {
    throw new UserError(`'${v}' is not a semantic version`, {
      input: "version",
      fix: "Give a registered version such as 1.4.0 (or 2.0.0-rc.1), or deploy by alias ('alias: candidate')"
    });
  }
}
__name(deployVersion, "deployVersion");

// node_modules/@mlops-actions/deployment/src/run.ts
import { resolve as resolve9 } from "node:path";
var CANCEL_EXIT_MS = 9e3;
async function runDeploy(o, deps) {
  const { ctx, log } = deps;
  const fetchImpl = deps.fetch ?? proxyAwareFetch(deps.env);
  const octokit = ctx.owner && ctx.repo && o.token ? createGitHubClient({ token: o.token, apiUrl: ctx.apiUrl, log, ...timeScale(ctx) }) : void 0;
  const releases = octokit && ctx.owner && ctx.repo ? { octokit, owner: ctx.owner, repo: ctx.repo } : void 0;
  const registry = openRegistry({
    uri: o.registry.uri,
    branch: o.registry.branch,
    token: o.token,
    github: releases,
    log,
    workspace: resolve9(ctx.workspace),
    tempDir: resolve9(ctx.runnerTemp),
    identity: { actor: ctx.actor, actorId: ctx.actorId, runUrl: ctx.runUrl, runId: ctx.runId, repository: ctx.repository },
    serverUrl: ctx.serverUrl,
    ...timeScale(ctx)
  });
  try {
    let github;
    if (o.recordDeployment && octokit && ctx.owner && ctx.repo && ctx.sha) {
      github = { deployments: new GitHubDeployments({ octokit, owner: ctx.owner, repo: ctx.repo, runUrl: ctx.runUrl, log }), ref: ctx.sha };
    } else if (o.recordDeployment) {
      log.info("Not recording a GitHub Deployment: no repository, commit or token (a local run)");
    }
    const target = createTarget(targetSpec(o.target, { ctx, env: deps.env, fetch: fetchImpl, registry: publicUri(registry.uri) }), log);
    const signal = cancellation(o.alias, deps, (reason) => github?.deployments.abandon(reason));
    let move;
    const out = await deploy({
      registry: deployRegistry(registry, { gtoTags: o.gtoTags, onMove: /* @__PURE__ */ __name((m) => move = m, "onMove") }),
      model: o.model,
      ref: o.ref,
      environment: o.environment,
      alias: o.alias,
      target,
      health: { ...o.health, ...timeScale(ctx) },
      rollback: o.rollback,
      allowUnvalidated: o.allowUnvalidated,
      allowDeprecated: o.allowDeprecated,
      workDir: resolve9(ctx.runnerTemp),
      github,
      environmentUrl: o.environmentUrl,
      reason: `deploy to ${o.environment}${ctx.runUrl ? ` (${ctx.runUrl})` : ""}`,
      fetch: fetchImpl,
      log,
      signal,
      ...deps.clock ? { clock: deps.clock } : {}
    });
    if (refusedInput(out)) throw new UserError(failureMessage(o.model, o.environment, out));
    const deploymentsUrl = ctx.repository ? `${ctx.serverUrl}/${ctx.repository}/deployments/${encodeURIComponent(o.environment)}` : void 0;
    const result = {
      outcome: out,
      outputs: {
        version: out.version,
        "previous-version": out.previousVersion,
        status: out.status,
        "deployment-id": out.deploymentId,
        "environment-url": out.environmentUrl,
        "duration-seconds": out.durationSeconds
      },
      summary: renderSummary(out, { target: target.describe(), deploymentsUrl }),
      error: void 0
    };
    if (out.status !== "deployed") {
      result.error = new UserError(failureMessage(o.model, o.environment, out));
      return result;
    }
    log.info(
      `Deployed ${o.model} ${out.version} to ${o.environment} in ${out.durationSeconds}s; alias ${o.alias} \u2192 ${out.version}${move?.tag ? ` (tag ${move.tag})` : ""}`
    );
    if (o.events && move) {
      if (!releases) log.warning("events: not sending alias-moved: no GitHub repository or token (a local run)");
      else {
        try {
          const sent = await sendAliasEvent(registry, releases.octokit, releases, move, {
            registry: o.registry.uri,
            branch: o.registry.branch,
            serverUrl: ctx.serverUrl,
            repository: ctx.repository,
            runUrl: ctx.runUrl,
            actor: ctx.actor
          });
          if (sent) log.info(`Sent the ${sent} event (repository_dispatch) for ${o.model}@${out.version}`);
        } catch (e) {
          if (!(e instanceof UserError)) throw e;
          result.error = e;
        }
      }
    }
    return result;
  } finally {
    await registry.close();
  }
}
__name(runDeploy, "runDeploy");
function targetSpec(t, w) {
  switch (t.kind) {
    case "command":
      return { ...t, cwd: resolve9(w.ctx.workspace), baseEnv: w.env };
    case "webhook":
      return {
        ...t,
        fetch: w.fetch,
        registry: w.registry,
        provenance: { repository: w.ctx.repository, sha: w.ctx.sha, ref: w.ctx.ref, runUrl: w.ctx.runUrl, actor: w.ctx.actor }
      };
    case "directory":
      return t;
  }
}
__name(targetSpec, "targetSpec");
function cancellation(alias, deps, abandon) {
  const controller = new AbortController();
  const onSignal = /* @__PURE__ */ __name((signal) => {
    if (controller.signal.aborted) return;
    deps.log.warning(`The workflow run was cancelled (${signal}): stopping the deployment and restoring what alias ${alias} names`);
    controller.abort(new Error(`the workflow run was cancelled (${signal}) during the deployment`));
    setTimeout(() => {
      void (abandon(`The workflow run was cancelled (${signal}) during the deployment`) ?? Promise.resolve()).catch(() => void 0).finally(() => deps.exit?.(1));
    }, deps.cancelExitMs ?? CANCEL_EXIT_MS).unref();
  }, "onSignal");
  deps.signals?.on("SIGINT", () => onSignal("SIGINT"));
  deps.signals?.on("SIGTERM", () => onSignal("SIGTERM"));
  return controller.signal;
}
__name(cancellation, "cancellation");
function timeScale(ctx) {
  return ctx.timeScale === void 0 ? {} : { timeScale: ctx.timeScale };
}
__name(timeScale, "timeScale");
function publicUri(uri) {
  return uri.replace(/\/\/[^/@\s]*@/, "//");
}
__name(publicUri, "publicUri");
function failureMessage(model, environment, out) {
  const what = `Deploying ${model}${out.version ? ` ${out.version}` : ""} to ${environment} failed: ${out.error ?? "unknown error"}`;
  return `${what}${/[.!?]$/.test(what) ? "" : "."} ${capitalise(out.restored ?? "")}`.trim();
}
__name(failureMessage, "failureMessage");
function refusedInput(out) {
  return out.status === "failed" && out.restored === "nothing was deployed" && out.steps.every((s) => s.step === "resolve");
}
__name(refusedInput, "refusedInput");
function capitalise(s) {
  return s ? `${s[0].toUpperCase()}${s.slice(1)}${/[.!?]$/.test(s) ? "" : "."}` : "";
}
__name(capitalise, "capitalise");

// actions/deploy/src/main.ts
function readInputs() {
  const inputs = new Inputs();
  const ctx = readRunnerContext();
  const registry = readRegistryInputs(inputs, ctx, { mustExist: true });
  return {
    ctx,
    workspace: ctx.workspace,
    model: inputs.string("model"),
    version: inputs.optional("version"),
    alias: inputs.optional("alias"),
    environment: inputs.string("environment"),
    promoteAlias: inputs.optional("promote-alias"),
    target: inputs.choice("target", ["command", "webhook", "directory"]),
    command: inputs.optional("command"),
    webhookUrl: inputs.optional("webhook-url"),
    webhookSecret: inputs.secret("webhook-secret"),
    servingDir: inputs.optional("serving-dir"),
    targetTimeoutMs: inputs.duration("target-timeout"),
    healthUrl: inputs.optional("health-url"),
    healthExpect: inputs.optional("health-expect"),
    healthTimeoutMs: inputs.duration("health-timeout"),
    smokeUrl: inputs.optional("smoke-url"),
    smokeInput: inputs.optional("smoke-input"),
    environmentUrl: inputs.optional("environment-url"),
    registry: { uri: registry.uri, branch: registry.branch },
    token: registry.token,
    rollback: inputs.boolean("rollback", true),
    allowUnvalidated: inputs.boolean("allow-unvalidated", false),
    allowDeprecated: inputs.boolean("allow-deprecated", false),
    recordDeployment: inputs.boolean("github-deployment", true),
    events: inputs.boolean("events", false),
    gtoTags: inputs.boolean("gto-tags", false)
  };
}
__name(readInputs, "readInputs");
var run2 = /* @__PURE__ */ __name(() => run(async () => {
  const { ctx, ...raw } = readInputs();
  const r = await runDeploy(parseDeployOptions(raw, log_exports), {
    ctx,
    env: process.env,
    log: log_exports,
    signals: process,
    exit: /* @__PURE__ */ __name((code2) => process.exit(code2), "exit")
  });
  setOutputs(r.outputs);
  await new JobSummary().add(r.summary).write();
  if (r.error) throw r.error;
}), "run");

// actions/deploy/src/index.ts
await run2();
