// Chapters: each one links to its start; the chapter being played is marked.

import { clear, clock, el, timeLink } from "./dom.js";

export class Chapters {
  constructor({ list, note }) {
    this.list = list;
    this.note = note;
    this.chapters = [];
    this.items = [];
    this.current = -1;
  }

  reset(message = "") {
    this.chapters = [];
    this.items = [];
    this.current = -1;
    clear(this.list);
    this.note.textContent = message;
  }

  show(jobId, data) {
    this.reset();
    this.chapters = data.chapters || [];
    if (!this.chapters.length) {
      this.note.textContent = "No chapters.";
      return;
    }
    for (const chapter of this.chapters) {
      const title = chapter.title || "Untitled";
      const link = timeLink(jobId, chapter.start, clock(chapter.start), { ariaPrefix: `Chapter "${title}", from` });
      const item = el("li", { class: "chapter" },
        link, el("span", { class: "chapter-title", text: title }),
        el("span", { class: "muted chapter-len", text: clock(chapter.end - chapter.start) }));
      this.items.push(item);
      this.list.append(item);
    }
  }

  highlight(t) {
    const index = this.chapters.findIndex((c) => c.start <= t && t < c.end);
    if (index === this.current) return;
    this.items[this.current]?.classList.remove("current");
    this.items[this.current]?.querySelector("a")?.removeAttribute("aria-current");
    this.current = index;
    this.items[index]?.classList.add("current");
    this.items[index]?.querySelector("a")?.setAttribute("aria-current", "time");
  }
}
