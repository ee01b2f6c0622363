// The timeline strip (inline SVG): salience per window as bars, chapter-boundary probability
// as a band above, shot cuts as lines, chapter starts as ticks, and the playhead. Click it, or
// focus it and use the arrow keys (a slider), to seek.

import { clear, clock, spokenTime } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";
const W = 1000;
const H = 64;
const BAND = 10; // the boundary band at the top

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

export class Timeline {
  constructor({ container, seek }) {
    this.container = container;
    this.seek = seek;
    this.duration = 0;
    this.step = 2;
    this.playhead = null;
    this.root = null;
  }

  reset(message = "") {
    clear(this.container);
    this.root = null;
    this.playhead = null;
    if (message) this.container.append(Object.assign(document.createElement("p"), { className: "muted", textContent: message }));
  }

  show(timeline, chapters = []) {
    this.reset();
    this.duration = timeline.duration || 0;
    this.step = timeline.window_s || 2;
    if (!this.duration) return this.reset("No timeline.");
    const x = (t) => (Math.max(0, Math.min(t, this.duration)) / this.duration) * W;
    const root = svg("svg", {
      viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: "none", class: "timeline-svg", tabindex: 0,
      role: "slider", "aria-label": "Timeline: seek", "aria-valuemin": 0,
      "aria-valuemax": Math.round(this.duration), "aria-valuenow": 0, "aria-valuetext": spokenTime(0),
    });
    root.append(svg("rect", { x: 0, y: 0, width: W, height: H, class: "tl-bg" }));
    for (const w of timeline.windows || []) {
      const x0 = x(w.start);
      const width = Math.max(1, x(w.end) - x0 - 1);
      const s = Math.max(0, Math.min(1, w.salience || 0));
      const bar = svg("rect", { x: x0, width, y: H - s * (H - BAND - 2), height: s * (H - BAND - 2), class: "tl-salience" });
      const band = svg("rect", { x: x0, width, y: 0, height: BAND, class: "tl-boundary",
        "fill-opacity": Math.max(0.08, Math.min(1, w.boundary || 0)) });
      const tip = svg("title");
      tip.textContent = `${clock(w.start)}–${clock(w.end)}: salience ${s.toFixed(2)}, boundary ${(w.boundary || 0).toFixed(2)}`
        + (w.transcript ? ` — “${w.transcript}”` : "");
      bar.append(tip);
      root.append(band, bar);
    }
    for (const cut of timeline.shots || []) {
      root.append(svg("line", { x1: x(cut), x2: x(cut), y1: BAND, y2: H, class: "tl-shot" }));
    }
    for (const chapter of chapters) {
      if (chapter.start > 0) root.append(svg("path", { d: `M${x(chapter.start) - 6},0 h12 l-6,9 z`, class: "tl-chapter" }));
    }
    this.playhead = svg("line", { x1: 0, x2: 0, y1: 0, y2: H, class: "tl-playhead" });
    root.append(this.playhead);
    root.addEventListener("click", (e) => {
      const box = root.getBoundingClientRect();
      this.seek(((e.clientX - box.left) / box.width) * this.duration);
    });
    root.addEventListener("keydown", (e) => this.onKey(e));
    this.root = root;
    this.container.append(root);
  }

  onKey(e) {
    const now = Number(this.root.getAttribute("aria-valuenow")) || 0;
    const moves = {
      ArrowLeft: now - this.step, ArrowDown: now - this.step, ArrowRight: now + this.step, ArrowUp: now + this.step,
      PageDown: now - 10 * this.step, PageUp: now + 10 * this.step, Home: 0, End: this.duration,
    };
    if (!(e.key in moves)) return;
    e.preventDefault();
    const target = Math.max(0, Math.min(this.duration, moves[e.key]));
    this.seek(target);
    this.update(target);
  }

  update(t) {
    if (!this.root) return;
    const x = (Math.max(0, Math.min(t, this.duration)) / this.duration) * W;
    this.playhead.setAttribute("x1", x);
    this.playhead.setAttribute("x2", x);
    this.root.setAttribute("aria-valuenow", t.toFixed(1));
    this.root.setAttribute("aria-valuetext", `${spokenTime(t)} of ${spokenTime(this.duration)}`);
  }
}
