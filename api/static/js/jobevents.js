// One live events stream per job, shared by every part of the page that watches it.
// A late subscriber gets the events seen so far replayed first. A dropped connection is
// resumed with Last-Event-ID, so nothing is missed or repeated.

import { authHeaders, jobPath } from "./api.js";
import { readEvents } from "./sse.js";

const watches = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

class Watch {
  constructor(jobId) {
    this.jobId = jobId;
    this.events = []; // {type, data}
    this.listeners = new Set();
    this.lastId = null;
    this.finished = false;
    this.controller = new AbortController();
    this.run();
  }

  async run() {
    let delay = 1000;
    while (!this.finished && !this.controller.signal.aborted) {
      try {
        const headers = authHeaders(this.lastId ? { "Last-Event-ID": this.lastId } : {});
        const response = await fetch(jobPath(this.jobId, "/events"), { headers, signal: this.controller.signal });
        if (response.status === 401 || response.status === 404) {
          this.emit("error", { status: response.status });
          return;
        }
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        for await (const event of readEvents(response)) {
          if (event.id) this.lastId = event.id;
          let data;
          try {
            data = JSON.parse(event.data);
          } catch {
            continue;
          }
          this.emit(event.type, data);
          if (event.type === "done") this.finished = true;
          delay = 1000;
        }
      } catch (error) {
        if (this.controller.signal.aborted) return;
      }
      if (!this.finished) {
        await sleep(delay);
        delay = Math.min(delay * 2, 15000);
      }
    }
  }

  emit(type, data) {
    const event = { type, data };
    if (type !== "error") this.events.push(event);
    for (const listener of this.listeners) listener(event);
  }

  stop() {
    this.controller.abort();
    if (watches.get(this.jobId) === this) watches.delete(this.jobId);
  }
}

/** Call `listener({type, data})` for every event of the job; returns a function that stops. */
export function watchJob(jobId, listener) {
  let watch = watches.get(jobId);
  if (!watch) {
    watch = new Watch(jobId);
    watches.set(jobId, watch);
  }
  for (const event of watch.events) listener(event);
  watch.listeners.add(listener);
  return () => {
    watch.listeners.delete(listener);
    if (!watch.listeners.size) watch.stop();
  };
}

export function isWatched(jobId) {
  return watches.has(jobId);
}

/** Stop every stream (the key changed). */
export function stopAllWatches() {
  for (const watch of [...watches.values()]) watch.stop();
}
