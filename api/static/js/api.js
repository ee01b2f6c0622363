// The API client: the key lives in sessionStorage (this tab only) and goes out as a Bearer header.

const KEY_NAME = "vidsense.apiKey";

export class ApiError extends Error {
  constructor(status, message, code = null) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function getKey() {
  return sessionStorage.getItem(KEY_NAME) || "";
}

export function setKey(key) {
  if (key) sessionStorage.setItem(KEY_NAME, key);
  else sessionStorage.removeItem(KEY_NAME);
  window.dispatchEvent(new CustomEvent("vidsense:key"));
}

export function authHeaders(extra = {}) {
  const key = getKey();
  return key ? { Authorization: `Bearer ${key}`, ...extra } : { ...extra };
}

/** The error message the API put in its JSON body, or the status text. */
export async function errorFrom(response) {
  let message = response.statusText || `HTTP ${response.status}`;
  let code = null;
  try {
    const body = await response.json();
    if (body && body.error) {
      message = body.error.message || message;
      code = body.error.code || null;
    }
  } catch {
    /* not JSON */
  }
  return new ApiError(response.status, message, code);
}

/**
 * Call the API. `json` is sent as a JSON body; the answer is parsed as JSON unless `as` is
 * "text" or "response". Throws ApiError for any non-2xx answer.
 */
export async function api(path, { method = "GET", json, signal, as = "json" } = {}) {
  const init = { method, signal, headers: authHeaders() };
  if (json !== undefined) {
    init.body = JSON.stringify(json);
    init.headers["Content-Type"] = "application/json";
  }
  const response = await fetch(path, init);
  if (!response.ok) throw await errorFrom(response);
  if (as === "response") return response;
  if (as === "text") return response.text();
  return response.json();
}

export const jobPath = (id, rest = "") => `v1/jobs/${encodeURIComponent(id)}${rest}`;
