// The page: the key form, the upload form, the job list and a job's view, tied by a hash router
// (#/jobs/ID, #/jobs/ID?t=SECONDS seeks the player).

import { getKey, setKey } from "./api.js";
import { Ask } from "./ask.js";
import { Chapters } from "./chapters.js";
import { JobView } from "./job.js";
import { stopAllWatches } from "./jobevents.js";
import { Player } from "./player.js";
import { Queue } from "./queue.js";
import { Summary } from "./summary.js";
import { Timeline } from "./timeline.js";
import { Transcript } from "./transcript.js";
import { uploadVideo } from "./upload.js";

const $ = (id) => document.getElementById(id);

const player = new Player({
  video: $("video"), caption: $("caption"), captionsToggle: $("captions-on"), time: $("player-time"), note: $("player-note"),
});
const queue = new Queue({ list: $("queue"), status: $("queue-status"), refresh: $("queue-refresh") });
const view = new JobView({
  els: {
    empty: $("job-empty"), view: $("job-view"), title: $("job-title"), badge: $("job-badge"),
    progress: $("job-progress"), status: $("job-status"), announce: $("job-announce"), playerNote: $("player-note"),
  },
  player,
  transcript: new Transcript({ list: $("transcript"), note: $("transcript-note") }),
  chapters: new Chapters({ list: $("chapters"), note: $("chapters-note") }),
  timeline: new Timeline({ container: $("timeline"), seek: (t) => player.seek(t) }),
  summary: new Summary({ container: $("summary") }),
  ask: new Ask({ form: $("ask-form"), input: $("ask-input"), button: $("ask-button"), answer: $("answer") }),
  onJob: (job) => queue.upsert(job),
});

// -- routing ---------------------------------------------------------------------------

function parseRoute() {
  const match = location.hash.match(/^#\/jobs\/([A-Za-z0-9_-]{1,64})(?:\?t=([0-9.]+))?$/);
  return match ? { jobId: match[1], t: match[2] !== undefined ? Number(match[2]) : null } : { jobId: null, t: null };
}

function route() {
  const { jobId, t } = parseRoute();
  queue.setCurrent(jobId);
  if (!getKey()) return;
  if (jobId) view.show(jobId, t);
  else view.hide();
}

window.addEventListener("hashchange", route);

// A link to a moment of the job on screen seeks at once (even when the URL is already that one).
document.addEventListener("click", (e) => {
  const link = e.target.closest("a[data-seek]");
  if (!link || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
  const target = new URL(link.href);
  const jobId = decodeURIComponent(target.hash.match(/^#\/jobs\/([^?]+)/)?.[1] || "");
  if (jobId !== view.jobId) return; // another job: let the router take it
  e.preventDefault();
  history.replaceState(null, "", target.hash);
  player.seek(Number(link.dataset.seek));
});

// -- the key ---------------------------------------------------------------------------

const keyInput = $("api-key");
const keyState = $("key-state");

function applyKey() {
  stopAllWatches();
  queue.stop();
  view.hide();
  if (getKey()) {
    keyInput.value = getKey();
    keyState.textContent = "Key set for this browser tab.";
    queue.start();
    route();
  } else {
    keyInput.value = "";
    keyState.textContent = "Enter a key to see your jobs.";
  }
}

$("key-form").addEventListener("submit", (e) => {
  e.preventDefault();
  setKey(keyInput.value.trim());
});
$("key-forget").addEventListener("click", () => setKey(""));
window.addEventListener("vidsense:key", applyKey);

// -- upload ----------------------------------------------------------------------------

$("upload-form").addEventListener("submit", async (e) => {
  e.preventDefault();
  const fileInput = $("upload-file");
  const status = $("upload-status");
  const bar = $("upload-progress");
  const button = $("upload-button");
  const file = fileInput.files[0];
  if (!getKey()) {
    status.textContent = "Enter your API key first.";
    keyInput.focus();
    return;
  }
  if (!file) {
    status.textContent = "Choose a file first.";
    fileInput.focus();
    return;
  }
  button.disabled = true;
  $("upload-progress-box").hidden = false;
  bar.value = 0;
  status.textContent = `Uploading ${file.name}…`;
  let announced = 0;
  try {
    const job = await uploadVideo(file, { language: $("upload-language").value.trim().toLowerCase() }, (fraction) => {
      bar.value = fraction;
      if (fraction - announced >= 0.25 || fraction === 1) { // a few announcements, not hundreds
        announced = fraction;
        status.textContent = `Uploading ${file.name}: ${Math.round(fraction * 100)}%`;
      }
    });
    status.textContent = `Uploaded ${file.name}; the job is ${job.status}.`;
    fileInput.value = "";
    queue.upsert(job);
    queue.followActive();
    location.hash = `#/jobs/${job.id}`;
  } catch (error) {
    status.textContent = `Upload failed: ${error.message}`;
  } finally {
    button.disabled = false;
  }
});

applyKey();
