// Upload a file with a progress bar. XMLHttpRequest, because fetch() reports no upload progress.

import { ApiError, authHeaders } from "./api.js";

/** POST the file to /v1/jobs; resolves to the new job, calls onProgress(fraction) while sending. */
export function uploadVideo(file, fields, onProgress) {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) {
      if (value) form.append(name, value);
    }
    form.append("file", file, file.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "v1/jobs");
    for (const [name, value] of Object.entries(authHeaders())) xhr.setRequestHeader(name, value);
    xhr.responseType = "json";
    xhr.upload.addEventListener("progress", (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    });
    xhr.addEventListener("load", () => {
      const body = xhr.response || {};
      if (xhr.status === 202) resolve(body);
      else reject(new ApiError(xhr.status, body.error?.message || `upload failed (HTTP ${xhr.status})`, body.error?.code));
    });
    xhr.addEventListener("error", () => reject(new ApiError(0, "the upload was interrupted (network error)")));
    xhr.addEventListener("abort", () => reject(new ApiError(0, "the upload was canceled")));
    xhr.send(form);
  });
}
