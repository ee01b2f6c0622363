// The video player. The media URL carries a short-lived signed token (a <video> cannot send
// the key); the WebVTT subtitles are fetched with the key and attached as a blob: track.
// Captions are drawn in our own overlay from the track's active cues (readable, testable,
// styled by the page); in fullscreen the browser draws them itself.

import { api, authHeaders, errorFrom, jobPath } from "./api.js";
import { clock } from "./dom.js";

export class Player {
  constructor({ video, caption, captionsToggle, time, note }) {
    this.video = video;
    this.caption = caption;
    this.captionsToggle = captionsToggle;
    this.time = time;
    this.note = note;
    this.jobId = null;
    this.track = null;
    this.trackUrl = null;
    this.pendingSeek = null;
    this.expiresAt = 0;
    this.renewing = false;
    this.fallbackCaption = null; // (time) -> text, used until the subtitles exist
    this.timeListeners = new Set();

    video.addEventListener("loadedmetadata", () => {
      if (this.pendingSeek !== null) {
        video.currentTime = this.pendingSeek;
        this.pendingSeek = null;
      }
      this.tick();
    });
    video.addEventListener("timeupdate", () => this.tick());
    video.addEventListener("seeked", () => this.tick());
    video.addEventListener("error", () => this.onError());
    captionsToggle.addEventListener("change", () => this.renderCaption());
    document.addEventListener("fullscreenchange", () => this.applyTrackMode());
  }

  /** Point the player at a job's uploaded media. */
  async load(jobId) {
    this.unload();
    this.jobId = jobId;
    await this.setSource();
  }

  async setSource(resumeAt = null) {
    const jobId = this.jobId;
    const { url, expires_at: expiresAt } = await api(jobPath(jobId, "/media-token"), { method: "POST" });
    if (jobId !== this.jobId) return;
    this.expiresAt = expiresAt;
    if (resumeAt !== null) this.pendingSeek = resumeAt;
    this.video.src = url.replace(/^\//, "");
  }

  unload() {
    this.jobId = null;
    this.video.removeAttribute("src");
    this.video.load();
    this.removeTrack();
    this.fallbackCaption = null;
    this.pendingSeek = null;
    this.caption.textContent = "";
    this.note.textContent = "";
    this.time.textContent = "";
  }

  /** The token expired (or the connection dropped): get a new one and carry on where we were. */
  async onError() {
    if (!this.jobId || this.renewing || !this.video.getAttribute("src")) return;
    const code = this.video.error?.code;
    const tokenFresh = Date.now() / 1000 < this.expiresAt - 60;
    if (code === MediaError.MEDIA_ERR_DECODE || (tokenFresh && code !== MediaError.MEDIA_ERR_NETWORK)) {
      this.note.textContent = "This browser cannot play this file's format; the results below still work.";
      return;
    }
    this.renewing = true;
    const at = this.video.currentTime;
    const wasPlaying = !this.video.paused;
    try {
      await this.setSource(at);
      if (wasPlaying) await this.video.play().catch(() => {});
    } catch (error) {
      this.note.textContent = `The video cannot be played: ${error.message}`;
    } finally {
      setTimeout(() => { this.renewing = false; }, 5000); // one retry at a time, no loop
    }
  }

  /** Fetch subtitles.vtt with the key and attach it as the player's track. */
  async attachSubtitles(jobId, language = "en") {
    const response = await fetch(jobPath(jobId, "/subtitles.vtt"), { headers: authHeaders() });
    if (!response.ok) throw await errorFrom(response);
    const text = await response.text();
    if (jobId !== this.jobId) return;
    this.removeTrack();
    this.trackUrl = URL.createObjectURL(new Blob([text], { type: "text/vtt" }));
    const track = document.createElement("track");
    track.kind = "subtitles";
    track.label = "Transcript";
    track.srclang = language || "en";
    track.src = this.trackUrl;
    track.default = true;
    this.video.append(track);
    this.track = track;
    track.track.addEventListener("cuechange", () => this.renderCaption());
    track.addEventListener("load", () => this.renderCaption());
    this.applyTrackMode();
  }

  removeTrack() {
    if (this.track) this.track.remove();
    if (this.trackUrl) URL.revokeObjectURL(this.trackUrl);
    this.track = null;
    this.trackUrl = null;
  }

  applyTrackMode() {
    if (!this.track) return;
    const fullscreen = document.fullscreenElement === this.video;
    // "hidden" still loads cues and fires cuechange; we draw them in the overlay.
    this.track.track.mode = fullscreen && this.captionsToggle.checked ? "showing" : "hidden";
    this.renderCaption();
  }

  captionText() {
    const cues = this.track?.track.cues;
    if (cues) {
      // From the cues and the current time rather than activeCues, which lags behind a seek.
      const t = this.video.currentTime;
      return [...cues].filter((cue) => cue.startTime <= t && t < cue.endTime)
        .map((cue) => cue.text.replace(/<[^>]*>/g, "")).join("\n");
    }
    return this.fallbackCaption ? this.fallbackCaption(this.video.currentTime) : "";
  }

  renderCaption() {
    const text = this.captionsToggle.checked ? this.captionText() : "";
    if (this.caption.textContent !== text) this.caption.textContent = text;
    this.caption.hidden = !text;
  }

  seek(seconds) {
    const t = Math.max(0, seconds);
    if (this.video.readyState >= 1) this.video.currentTime = t;
    else this.pendingSeek = t;
    this.tick();
  }

  get currentTime() {
    return this.pendingSeek ?? this.video.currentTime;
  }

  onTime(listener) {
    this.timeListeners.add(listener);
  }

  tick() {
    const t = this.video.currentTime;
    const d = this.video.duration;
    this.time.textContent = Number.isFinite(d) ? `${clock(t)} / ${clock(d)}` : clock(t);
    this.renderCaption();
    for (const listener of this.timeListeners) listener(t);
  }
}
