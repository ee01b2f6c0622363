// Ask a question about the video: the answer links to its moment, with the evidence it rests on.

import { api, ApiError, jobPath } from "./api.js";
import { clear, clock, el, timeLink } from "./dom.js";

export class Ask {
  constructor({ form, input, button, answer }) {
    this.form = form;
    this.input = input;
    this.button = button;
    this.answer = answer;
    this.jobId = null;
    this.ready = false;
    this.previous = null; // the turn before, sent with the next question so that a follow-up can refer to it
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      this.ask();
    });
  }

  reset(jobId, ready) {
    if (jobId !== this.jobId) this.previous = null;
    this.jobId = jobId;
    this.setReady(ready);
    clear(this.answer);
  }

  setReady(ready) {
    this.ready = ready;
    this.button.disabled = false; // stays focusable; a premature question gets a message
    if (!ready) this.message("Questions can be asked when the job has finished.");
    else if (this.answer.querySelector(".muted.wait")) clear(this.answer);
  }

  message(text, cls = "muted wait") {
    clear(this.answer).append(el("p", { class: cls, text }));
  }

  async ask() {
    const question = this.input.value.trim();
    if (!question || !this.jobId) return;
    if (!this.ready) return this.message("Questions can be asked when the job has finished.");
    const jobId = this.jobId;
    this.button.disabled = true;
    this.message("Thinking…", "muted");
    try {
      const json = this.previous ? { question, previous: this.previous } : { question };
      const result = await api(jobPath(jobId, "/ask"), { method: "POST", json });
      if (jobId !== this.jobId) return;
      const { answer, start, end, found } = result;
      this.previous = { question, answer, start, end, found };
      this.show(jobId, question, result);
    } catch (error) {
      if (jobId !== this.jobId) return;
      if (error instanceof ApiError && error.status === 404 && /not found/i.test(error.message)) {
        this.message("Question answering is not available on this server.", "muted");
      } else {
        this.message(`No answer: ${error.message}`, "muted");
      }
    } finally {
      this.button.disabled = false;
    }
  }

  show(jobId, question, result) {
    const found = result.found !== false && result.start !== null && result.start !== undefined;
    const head = el("p", { class: "answer-text" }, el("span", { class: "sr-only", text: `Answer to "${question}": ` }),
      result.answer || "(no answer)");
    const parts = [head];
    if (found) {
      const moment = timeLink(jobId, result.start,
        `▶ ${clock(result.start)}${result.end ? `–${clock(result.end)}` : ""}`, { ariaPrefix: "Play the answer from" });
      moment.classList.add("answer-moment");
      parts.push(el("p", {}, moment,
        el("span", { class: "muted", text: ` confidence ${Math.round((result.confidence || 0) * 100)}%` })));
    }
    if (result.evidence?.length) {
      parts.push(el("details", {}, el("summary", { text: `Evidence (${result.evidence.length})` }),
        el("ul", { class: "evidence" }, result.evidence.map((ev) =>
          el("li", {}, timeLink(jobId, ev.start), ` ${ev.source}: `, el("q", { text: ev.text }))))));
    }
    clear(this.answer).append(...parts);
  }
}
