// The summary: a short paragraph, keywords, and a detailed list of sections with their times.

import { api, ApiError, jobPath } from "./api.js";
import { clear, el, timeLink } from "./dom.js";

export class Summary {
  constructor({ container }) {
    this.container = container;
  }

  message(text) {
    clear(this.container).append(el("p", { class: "muted", text }));
  }

  async load(jobId) {
    this.message("Loading the summary…");
    let summary;
    try {
      summary = await api(jobPath(jobId, "/summary"));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) this.message("A summary is not available for this video.");
      else if (error instanceof ApiError && error.status === 409) this.message("The summary is made when the job has finished.");
      else this.message(`Could not load the summary: ${error.message}`);
      return;
    }
    this.show(jobId, summary);
  }

  show(jobId, summary) {
    const parts = [];
    parts.push(el("p", { class: "summary-short", text: summary.short || "(no summary)" }));
    if (summary.keywords?.length) {
      parts.push(el("ul", { class: "keywords", "aria-label": "Keywords" },
        summary.keywords.map((k) => el("li", { text: k }))));
    }
    if (summary.detailed?.length) {
      parts.push(el("ol", { class: "sections", "aria-label": "Sections" }, summary.detailed.map((section) =>
        el("li", {},
          el("div", { class: "section-head" }, timeLink(jobId, section.start),
            section.title ? el("strong", { text: ` ${section.title}` }) : null),
          el("ul", {}, (section.bullets || []).map((b) => el("li", { text: b })))))));
    }
    if (summary.method) {
      parts.push(el("p", { class: "muted small", text: summary.method === "llm" ? "Written by a language model." : "Extracted from what is said and seen." }));
    }
    clear(this.container).append(...parts);
  }
}
