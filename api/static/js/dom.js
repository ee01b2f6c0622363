// Small DOM and formatting helpers shared by the page's modules. Text always goes in as
// textContent, never as HTML.

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

/** 75.3 -> "1:15"; 3725 -> "1:02:05". */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds || 0));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}

/** "1 minute 15 seconds", for screen readers next to a clock. */
export function spokenTime(seconds) {
  const s = Math.max(0, Math.floor(seconds || 0));
  const m = Math.floor(s / 60);
  const parts = [];
  if (m) parts.push(`${m} minute${m === 1 ? "" : "s"}`);
  parts.push(`${s % 60} second${s % 60 === 1 ? "" : "s"}`);
  return parts.join(" ");
}

export function percent(fraction) {
  return `${Math.round(Math.max(0, Math.min(1, fraction || 0)) * 100)}%`;
}

/** A link to a moment of a job: the page's router seeks the player when it is followed. */
export function timeLink(jobId, seconds, label = clock(seconds), extra = {}) {
  const t = Math.max(0, seconds).toFixed(2);
  return el("a", {
    class: "time",
    href: `#/jobs/${encodeURIComponent(jobId)}?t=${t}`,
    "data-seek": t,
    "aria-label": `${extra.ariaPrefix || "Play from"} ${spokenTime(seconds)}`,
    text: label,
  });
}
