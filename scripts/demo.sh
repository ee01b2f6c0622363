#!/usr/bin/env bash
# The main job, from nothing: set up, start the service, submit a video, print its subtitles, transcript,
# chapters and summary, and answer a question about it.
#   scripts/demo.sh [VIDEO]      (default: ../shared/media/video/jfk_bikes.mp4)
set -euo pipefail
cd "$(dirname "$0")/.."
video=${1:-../shared/media/video/jfk_bikes.mp4}
[ -f "$video" ] || { echo "no such video: $video" >&2; exit 2; }
scripts/setup.sh run

export VIDSENSE_DATA_DIR=${VIDSENSE_DATA_DIR:-$PWD/data}
port=${VIDSENSE_PORT:-8000}
url="http://127.0.0.1:$port"
log="$VIDSENSE_DATA_DIR/up.log"
mkdir -p "$VIDSENSE_DATA_DIR"
.venv/bin/vidsense up --port "$port" >"$log" 2>&1 &
up_pid=$!
trap 'kill $up_pid 2>/dev/null; wait $up_pid 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  grep -q "vidsense is up" "$log" 2>/dev/null && break
  kill -0 $up_pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 0.5
done
grep "vidsense is up\|API key" "$log"

echo "== submitting $video; segments as they are transcribed:"
.venv/bin/vidsense submit --url "$url" --wait "$video" | tee "$VIDSENSE_DATA_DIR/last-submit.txt"
job=$(head -n 1 "$VIDSENSE_DATA_DIR/last-submit.txt")
echo "== subtitles.srt of job $job"
.venv/bin/vidsense fetch --url "$url" "$job" subtitles.srt
echo "== transcript.txt"
.venv/bin/vidsense fetch --url "$url" "$job" transcript.txt
echo "== chapters.json"
.venv/bin/vidsense fetch --url "$url" "$job" chapters
echo "== summary.json"
.venv/bin/vidsense fetch --url "$url" "$job" summary
echo
echo "== ask: what is this video about?"
.venv/bin/vidsense ask --url "$url" --job "$job" "What is said in this video?"
echo "== done; run .venv/bin/vidsense up --port $port to keep the service and its web page ($url/) running"
