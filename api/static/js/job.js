// A job's page: status and progress, the player, the transcript growing live, and once the job
// has succeeded its subtitles, chapters, timeline, summary and the question box.

import { api, jobPath } from "./api.js";
import { percent } from "./dom.js";
import { watchJob } from "./jobevents.js";

const FINISHED = new Set(["succeeded", "failed", "canceled"]);

export class JobView {
  constructor({ els, player, transcript, chapters, timeline, summary, ask, onJob }) {
    Object.assign(this, { els, player, transcript, chapters, timeline, summary, ask, onJob });
    this.jobId = null;
    this.job = null;
    this.unwatch = null;
    this.generation = 0; // bumps on every show(), so late answers for an old job are dropped
    player.onTime((t) => {
      transcript.highlight(t);
      chapters.highlight(t);
      timeline.update(t);
    });
  }

  /** Show job `id`; `t` (seconds) seeks the player. */
  async show(id, t = null) {
    if (id === this.jobId) {
      if (t !== null) this.player.seek(t);
      return;
    }
    this.hide();
    const generation = ++this.generation;
    this.jobId = id;
    this.els.empty.hidden = true;
    this.els.view.hidden = false;
    this.els.title.textContent = "Loading…";
    this.transcript.reset(id);
    this.chapters.reset("Chapters appear when the job has finished.");
    this.timeline.reset("The timeline appears when the job has finished.");
    this.summary.message("The summary appears when the job has finished.");
    this.ask.reset(id, false);
    let job;
    try {
      job = await api(jobPath(id));
    } catch (error) {
      if (generation !== this.generation) return;
      this.els.title.textContent = "Job not found";
      this.setStatus({ status: "failed", error: { message: error.message } });
      return;
    }
    if (generation !== this.generation) return;
    this.job = job;
    this.els.title.textContent = job.filename || job.id;
    this.setStatus(job);
    this.player.load(id).then(() => { if (t !== null) this.player.seek(t); })
      .catch((error) => { this.els.playerNote.textContent = `The video cannot be loaded: ${error.message}`; });
    if (job.status === "succeeded") {
      this.loadResults(generation);
    } else {
      this.player.fallbackCaption = (time) => this.transcript.textAt(time);
      this.unwatch = watchJob(id, (event) => this.onEvent(generation, event));
    }
  }

  hide() {
    this.generation++;
    if (this.unwatch) this.unwatch();
    this.unwatch = null;
    this.jobId = null;
    this.job = null;
    this.player.unload();
    this.els.view.hidden = true;
    this.els.empty.hidden = false;
  }

  onEvent(generation, { type, data }) {
    if (generation !== this.generation) return;
    const job = this.job;
    if (type === "segment") {
      this.transcript.add(data.index, data);
      this.player.renderCaption();
    } else if (type === "status") {
      job.status = data.status;
    } else if (type === "stage") {
      job.stage = data.stage;
    } else if (type === "progress") {
      job.progress = Math.max(job.progress || 0, data.progress);
      job.status = "running";
    } else if (type === "media") {
      job.media = data;
    } else if (type === "done") {
      job.status = data.status;
      job.error = data.error || null;
      if (data.status === "succeeded") {
        job.progress = 1;
        this.loadResults(generation);
      }
    } else if (type === "error") {
      this.els.status.textContent = "The live events could not be read (check the API key).";
      return;
    }
    this.setStatus(job);
    this.onJob?.(job);
  }

  setStatus(job) {
    const { status, stage, progress, error } = job;
    const finished = FINISHED.has(status);
    const value = status === "succeeded" ? 1 : progress || 0;
    this.els.badge.textContent = status;
    this.els.badge.className = `badge ${status}`;
    this.els.progress.value = value;
    this.els.progress.hidden = finished && status !== "succeeded";
    let text;
    if (status === "queued") text = "Waiting in the queue.";
    else if (status === "running") text = `${stage ? `${stage[0].toUpperCase()}${stage.slice(1)}` : "Starting"}: ${percent(value)}`;
    else if (status === "succeeded") text = "Done: 100%";
    else if (status === "canceled") text = "Canceled.";
    else text = `Failed: ${error?.message || "unknown error"}${error?.code ? ` (${error.code})` : ""}`;
    this.els.status.textContent = text;
    // The live region announces stage changes and the end, not every percent.
    const spoken = status === "running" ? `Running: ${stage || "starting"}` : text;
    if (this.els.announce.textContent !== spoken) this.els.announce.textContent = spoken;
  }

  async loadResults(generation) {
    const id = this.jobId;
    const fresh = () => generation === this.generation;
    const language = this.job?.options?.language;
    this.ask.setReady(true);
    this.summary.load(id);
    const [transcript, chapters, timeline] = await Promise.allSettled([
      api(jobPath(id, "/transcript")), api(jobPath(id, "/chapters")), api(jobPath(id, "/timeline")),
    ]);
    if (!fresh()) return;
    if (transcript.status === "fulfilled") {
      this.transcript.setAll(transcript.value.segments || []);
      this.player.attachSubtitles(id, transcript.value.language || language)
        .catch((error) => { this.els.playerNote.textContent = `No subtitles: ${error.message}`; });
    } else {
      this.transcript.note.textContent = `Could not load the transcript: ${transcript.reason.message}`;
    }
    if (chapters.status === "fulfilled") this.chapters.show(id, chapters.value);
    else this.chapters.reset(`Could not load the chapters: ${chapters.reason.message}`);
    if (timeline.status === "fulfilled") {
      this.timeline.show(timeline.value, chapters.status === "fulfilled" ? chapters.value.chapters : []);
      this.timeline.update(this.player.currentTime);
    } else {
      this.timeline.reset(`Could not load the timeline: ${timeline.reason.message}`);
    }
  }
}
