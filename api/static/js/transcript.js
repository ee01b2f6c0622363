// The transcript: segments appear as the worker recognises them, then the final transcript
// replaces them. Each segment links to its moment; the one being played is highlighted.

import { clear, el, timeLink } from "./dom.js";

const LINGER_S = 2; // seconds a line stays highlighted after its last word

export class Transcript {
  constructor({ list, note }) {
    this.list = list;
    this.note = note;
    this.jobId = null;
    this.segments = []; // by index
    this.items = [];
    this.current = -1;
  }

  reset(jobId) {
    this.jobId = jobId;
    this.segments = [];
    this.items = [];
    this.current = -1;
    clear(this.list);
    this.note.textContent = "";
  }

  /** Add segment number `index` (idempotent: a replayed event changes nothing). */
  add(index, segment) {
    if (this.segments[index]) return;
    this.segments[index] = segment;
    // the voice that says it, numbered as first heard (absent where it could not be told)
    const who = segment.speaker ? el("span", { class: "speaker", title: `speaker ${segment.speaker}`,
      text: `S${segment.speaker}` }) : null;
    const item = el("li", { class: "segment", "data-index": index },
      timeLink(this.jobId, segment.start), " ", who, who ? " " : null, el("span", { class: "text", text: segment.text.trim() }));
    if (segment.translation) {  // speech in another language, with Whisper's English translation beneath
      item.append(el("span", { class: "translation", lang: "en", text: segment.translation.trim() }));
    }
    const next = this.items.slice(index + 1).find(Boolean);
    const stick = this.atBottom();
    this.list.insertBefore(item, next || null);
    this.items[index] = item;
    if (stick) this.list.scrollTop = this.list.scrollHeight;
    this.note.textContent = "";
  }

  /** The final transcript. It normally equals what streamed in: then nothing is redrawn. */
  setAll(segments) {
    const same = segments.length === this.segments.length
      && segments.every((s, i) => this.segments[i] && this.segments[i].start === s.start && this.segments[i].text === s.text);
    if (!same) {
      this.reset(this.jobId);
      segments.forEach((segment, index) => this.add(index, segment));
    }
    this.segments = segments.slice();
    if (!segments.length) this.note.textContent = "Nothing was said.";
  }

  atBottom() {
    return this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 24;
  }

  /** The text said at time t, or "". */
  textAt(t) {
    const segment = this.segments.find((s) => s && s.start <= t && t < s.end);
    return segment ? segment.text.trim() : "";
  }

  highlight(t) {
    // The line being said, or in a pause the line just said (segments end with their last word).
    let index = this.segments.findIndex((s) => s && s.start <= t && t < s.end);
    if (index < 0) index = this.segments.findLastIndex((s) => s && s.start <= t && t < s.end + LINGER_S);
    if (index === this.current) return;
    this.items[this.current]?.classList.remove("current");
    this.current = index;
    const item = this.items[index];
    if (!item) return;
    item.classList.add("current");
    // Keep the spoken line in view inside the list, without scrolling the page.
    const top = item.offsetTop - this.list.offsetTop;
    if (top < this.list.scrollTop || top + item.offsetHeight > this.list.scrollTop + this.list.clientHeight) {
      this.list.scrollTop = top - this.list.clientHeight / 3;
    }
  }
}
