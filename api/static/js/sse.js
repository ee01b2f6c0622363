// Server-Sent Events over fetch(): EventSource cannot send an Authorization header.
// Parses the text/event-stream format (id, event, data, comments) from a ReadableStream.

/** Yield {id, type, data} (data as text) from a fetch Response's body until the stream ends. */
export async function* readEvents(response) {
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  let event = { id: null, type: "message", data: [] };
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += value;
      const lines = buffer.split(/\r\n|\r|\n/);
      buffer = lines.pop(); // an incomplete last line waits for more
      for (const line of lines) {
        if (line === "") {
          if (event.data.length) yield { id: event.id, type: event.type, data: event.data.join("\n") };
          event = { id: null, type: "message", data: [] };
          continue;
        }
        if (line.startsWith(":")) continue; // a comment (keep-alive)
        const colon = line.indexOf(":");
        const field = colon < 0 ? line : line.slice(0, colon);
        let value_ = colon < 0 ? "" : line.slice(colon + 1);
        if (value_.startsWith(" ")) value_ = value_.slice(1);
        if (field === "id") event.id = value_;
        else if (field === "event") event.type = value_;
        else if (field === "data") event.data.push(value_);
      }
    }
  } finally {
    reader.releaseLock();
  }
}
