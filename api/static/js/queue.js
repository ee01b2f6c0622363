// The job list: every job of this key, newest first, with live status and progress.
// The list is read every few seconds; the newest active jobs also follow their events
// stream so their progress moves live (a few at most: browsers allow 6 connections a host).

import { api, ApiError, jobPath } from "./api.js";
import { el, percent } from "./dom.js";
import { watchJob } from "./jobevents.js";

const POLL_MS = 5000;
const LIVE_STREAMS = 3;
const ACTIVE = new Set(["queued", "running"]);

export class Queue {
  constructor({ list, status, refresh }) {
    this.list = list;
    this.status = status;
    this.jobs = new Map(); // id -> job dict
    this.rows = new Map(); // id -> {li, ...parts}
    this.live = new Map(); // id -> stop()
    this.currentId = null;
    this.total = 0;
    this.timer = null;
    refresh.addEventListener("click", () => this.refresh());
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") this.refresh();
    });
  }

  start() {
    this.stop();
    this.refresh();
    this.timer = setInterval(() => {
      if (document.visibilityState === "visible") this.refresh();
    }, POLL_MS);
  }

  stop() {
    clearInterval(this.timer);
    this.timer = null;
    for (const stop of this.live.values()) stop();
    this.live.clear();
    this.jobs.clear();
    this.rows.clear();
    this.total = 0;
    this.list.replaceChildren();
    this.status.textContent = "";
  }

  async refresh() {
    try {
      const { jobs, total } = await api("v1/jobs?limit=50");
      for (const job of jobs) this.upsert(job);
      // Forget rows of jobs no longer listed (beyond the newest 50).
      const listed = new Set(jobs.map((j) => j.id));
      for (const id of [...this.rows.keys()]) {
        if (!listed.has(id)) {
          this.rows.get(id).li.remove();
          this.rows.delete(id);
          this.jobs.delete(id);
        }
      }
      this.order(jobs.map((j) => j.id));
      this.followActive();
      this.total = total;
      this.count();
    } catch (error) {
      this.status.textContent = error instanceof ApiError && error.status === 401
        ? "The API key was refused." : `Could not read the jobs: ${error.message}`;
    }
  }

  /** The counts above the list, from what the rows show now (events move them between reads). */
  count() {
    const jobs = [...this.jobs.values()];
    const total = Math.max(this.total || 0, jobs.length);
    const running = jobs.filter((j) => j.status === "running").length;
    const queued = jobs.filter((j) => j.status === "queued").length;
    const text = total ? `${total} job${total === 1 ? "" : "s"}: ${running} running, ${queued} queued.` : "No jobs yet.";
    if (this.status.textContent !== text) this.status.textContent = text;
  }

  /** Add or update one job (from the list, an upload, or an event). */
  upsert(job) {
    const merged = { ...(this.jobs.get(job.id) || {}), ...job };
    this.jobs.set(job.id, merged);
    let row = this.rows.get(job.id);
    if (!row) {
      row = this.makeRow(job.id);
      this.rows.set(job.id, row);
      this.list.prepend(row.li);
    }
    this.paint(row, merged);
    this.count();
  }

  makeRow(id) {
    const link = el("a", { class: "job-link", href: `#/jobs/${encodeURIComponent(id)}` });
    const badge = el("span", { class: "badge" });
    const stage = el("span", { class: "muted stage" });
    const bar = el("progress", { max: "1", value: "0", "aria-label": "progress" });
    const pct = el("span", { class: "pct" });
    const cancel = el("button", { type: "button", class: "secondary small", text: "Cancel" });
    cancel.addEventListener("click", () => this.cancel(id));
    const li = el("li", { class: "queue-item", "data-job": id },
      el("div", { class: "queue-head" }, link, cancel), el("div", { class: "queue-line" }, badge, stage, bar, pct));
    return { li, link, badge, stage, bar, pct, cancel };
  }

  paint(row, job) {
    const name = job.filename || job.id;
    row.link.textContent = name;
    row.link.title = job.id;
    row.badge.textContent = job.status;
    row.badge.className = `badge ${job.status}`;
    row.stage.textContent = job.status === "running" && job.stage ? job.stage : "";
    const progress = job.status === "succeeded" ? 1 : job.progress || 0;
    row.bar.value = progress;
    row.bar.setAttribute("aria-label", `${name}: ${job.status}, ${percent(progress)}`);
    row.pct.textContent = percent(progress);
    row.cancel.hidden = !ACTIVE.has(job.status);
    row.cancel.setAttribute("aria-label", `Cancel ${name}`);
    if (job.id === this.currentId) row.link.setAttribute("aria-current", "page");
    else row.link.removeAttribute("aria-current");
  }

  order(ids) {
    const shown = [...this.list.children].map((li) => li.dataset.job).join();
    if (shown === ids.join()) return; // moving rows would take the keyboard focus away
    for (const id of ids) this.list.append(this.rows.get(id).li);
  }

  /** Follow the events of the newest active jobs; stop following finished ones. */
  followActive() {
    const active = [...this.jobs.values()].filter((j) => ACTIVE.has(j.status))
      .sort((a, b) => (b.created_at || "").localeCompare(a.created_at || "")).slice(0, LIVE_STREAMS);
    const wanted = new Set(active.map((j) => j.id));
    for (const [id, stop] of this.live) {
      if (!wanted.has(id)) {
        stop();
        this.live.delete(id);
      }
    }
    for (const id of wanted) {
      if (!this.live.has(id)) this.live.set(id, watchJob(id, (event) => this.onEvent(id, event)));
    }
  }

  onEvent(id, { type, data }) {
    const patch = { id };
    if (type === "status") patch.status = data.status;
    else if (type === "stage") patch.stage = data.stage;
    else if (type === "progress") {
      patch.progress = Math.max(this.jobs.get(id)?.progress || 0, data.progress);
      patch.status = "running";
    } else if (type === "done") {
      patch.status = data.status;
      if (data.status === "succeeded") patch.progress = 1;
    } else return;
    this.upsert(patch);
  }

  setCurrent(id) {
    this.currentId = id;
    for (const [rowId, row] of this.rows) this.paint(row, this.jobs.get(rowId));
  }

  async cancel(id) {
    try {
      this.upsert(await api(jobPath(id), { method: "DELETE" }));
    } catch (error) {
      this.status.textContent = `Could not cancel: ${error.message}`;
    }
  }
}
