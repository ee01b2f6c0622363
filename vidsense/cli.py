"""The `vidsense` command. Each subcommand imports only what it needs, so `--help` is instant
and `vidsense api` never loads the models."""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_URL = "http://127.0.0.1:8000"


def _settings():
    from vidsense.settings import get_settings

    return get_settings()


# -- server side ------------------------------------------------------------------------


def cmd_api(args: argparse.Namespace) -> int:
    import uvicorn

    uvicorn.run("api.app:create_app", factory=True, host=args.host, port=args.port, log_level="warning",
                workers=args.workers)
    return 0


def cmd_worker(args: argparse.Namespace) -> int:
    from worker.celery_app import QUEUE, app

    settings = _settings()
    concurrency = args.concurrency or settings.worker_concurrency
    os.environ["VIDSENSE_WORKER_CONCURRENCY"] = str(concurrency)  # the children size their threads by it
    from vidsense.settings import get_settings

    get_settings.cache_clear()
    argv = ["worker", "--pool=prefork", f"--concurrency={concurrency}", f"--queues={args.queues or QUEUE}",
            "--loglevel=INFO", "--without-gossip", "--without-mingle", "-E"]
    if args.hostname:
        argv.append(f"--hostname={args.hostname}")
    app.worker_main(argv)
    return 0


def cmd_up(args: argparse.Namespace) -> int:
    from vidsense.services import ensure_api_key, ensure_redis

    settings = _settings()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    children: list[subprocess.Popen] = []
    redis_proc = ensure_redis(settings.redis_url, settings.data_dir.resolve())
    if redis_proc:
        children.append(redis_proc)
    keys, made = ensure_api_key(settings.api_keys, settings.data_dir)
    env = dict(os.environ, VIDSENSE_API_KEYS=keys, VIDSENSE_DATA_DIR=str(settings.data_dir.resolve()),
               REDIS_URL=settings.redis_url)
    exe = [sys.executable, "-m", "vidsense.cli"]
    children.append(subprocess.Popen(exe + ["worker", "--concurrency", str(args.concurrency or settings.worker_concurrency)], env=env))
    children.append(subprocess.Popen(exe + ["api", "--host", args.host, "--port", str(args.port)], env=env))
    url = f"http://{args.host}:{args.port}"
    if not _wait_healthy(url, children, 60):
        _stop(children)
        return 1
    print(f"vidsense is up at {url}", flush=True)
    if made:
        print(f"API key (kept in {settings.data_dir / 'api-key'}): {keys}", flush=True)
    stop = {"now": False}
    signal.signal(signal.SIGTERM, lambda *_: stop.update(now=True))
    try:
        while not stop["now"] and all(c.poll() is None for c in children):
            time.sleep(0.5)
    except KeyboardInterrupt:
        pass
    _stop(children)
    return 0


def _wait_healthy(url: str, children: list[subprocess.Popen], timeout: float) -> bool:
    import httpx

    deadline = time.time() + timeout
    while time.time() < deadline:
        if any(c.poll() is not None for c in children):
            print("a vidsense process exited during start-up", file=sys.stderr)
            return False
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return True
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    print(f"the API did not become healthy at {url} within {timeout:.0f} s", file=sys.stderr)
    return False


def _stop(children: list[subprocess.Popen]) -> None:
    for c in reversed(children):  # API and worker first, Redis last
        if c.poll() is None:
            c.terminate()
    for c in reversed(children):
        try:
            c.wait(timeout=30)
        except subprocess.TimeoutExpired:
            c.kill()


# -- in-process ---------------------------------------------------------------------------


def cmd_analyze(args: argparse.Namespace) -> int:
    from vidsense import logs
    from vidsense.analyze import analyze

    settings = _settings()
    logs.configure("WARNING" if not args.verbose else "INFO", as_json=False)
    if not args.video.is_file():
        print(f"error: no such file: {args.video}", file=sys.stderr)
        return 2
    return analyze(args.video, args.out, settings, args.language, args.task, args.asr_model, echo=not args.quiet)


def cmd_ask(args: argparse.Namespace) -> int:
    from vidsense.conversation import Turn

    questions = [args.question, *args.then]
    if args.job_id:  # through the API
        client = _client(args)

        def one(question: str, previous: Turn | None) -> dict:
            return client.ask(args.job_id, question, vars(previous) if previous else None)
    else:
        from vidsense.embedding import question_embedder
        from vidsense.moments import MOMENTS_JSON
        from vidsense.asking import ask_folder
        from vidsense.reader import reader_for

        if not (args.dir / MOMENTS_JSON).is_file():
            print(f"error: {args.dir} holds no {MOMENTS_JSON}: run `vidsense analyze VIDEO --out {args.dir}` first",
                  file=sys.stderr)
            return 2
        settings = _settings()
        if args.answer_llm is not None:
            settings = settings.model_copy(update={"answer_llm": args.answer_llm})
        reader, embedder = reader_for(settings), question_embedder()

        def one(question: str, previous: Turn | None) -> dict:
            return ask_folder(args.dir, question, embedder, reader, previous)
    answers, previous = [], None
    for question in questions:  # one conversation: each follow-up with the turn before it
        answer = one(question, previous)
        previous = Turn.from_answer(question, answer)
        answers.append(answer if len(questions) == 1 else {"question": question} | answer)
    print(json.dumps(answers[0] if len(answers) == 1 else answers, indent=2, ensure_ascii=False))
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    print(json.dumps(_client(args).search(args.query, args.limit), indent=2, ensure_ascii=False))
    return 0


def cmd_train_fusion(args: argparse.Namespace) -> int:
    from models.train_fusion import main as train_main

    settings = _settings()
    argv = [str(args.video_dir), "--out", str(args.out or settings.models_path / "fusion.pt"),
            "--epochs", str(args.epochs), "--models-dir", str(settings.models_path), "--seed", str(args.seed)]
    return train_main(argv)


# -- client side --------------------------------------------------------------------------


def _client(args: argparse.Namespace):
    from vidsense.client import Client

    key = args.key or os.environ.get("VIDSENSE_API_KEY")
    if not key:
        key_file = _settings().data_dir / "api-key"
        key = key_file.read_text().strip() if key_file.is_file() else ""
    if not key:
        raise SystemExit("error: no API key: pass --key, set VIDSENSE_API_KEY, or run `vidsense up` here first")
    return Client(args.url, key)


def cmd_submit(args: argparse.Namespace) -> int:
    from vidsense.client import follow

    client = _client(args)
    fields = {k: v for k, v in {"language": args.language, "task": args.task, "asr_model": args.asr_model}.items() if v}
    job = client.submit(args.file, fields)
    print(job["id"], flush=True)
    if not args.wait:
        return 0
    final = follow(client, job["id"])
    print(json.dumps(final), file=sys.stderr)
    return 0 if final.get("status") == "succeeded" else 1


def cmd_status(args: argparse.Namespace) -> int:
    print(json.dumps(_client(args).status(args.job_id), indent=2))
    return 0


def cmd_queue(args: argparse.Namespace) -> int:
    print(json.dumps(_client(args).queue(), indent=2))
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    data = _client(args).fetch(args.job_id, args.what)
    if args.out:
        args.out.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="vidsense", description="Open video understanding: transcripts, subtitles and more.")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    up = sub.add_parser("up", help="start Redis (if needed), the API and a worker", description=
                        "Start everything on this machine: Redis when none answers at REDIS_URL, a worker and "
                        "the API. Makes and prints an API key when VIDSENSE_API_KEYS is empty. Ctrl-C stops all.")
    up.add_argument("--host", default="127.0.0.1")
    up.add_argument("--port", type=int, default=8000)
    up.add_argument("--concurrency", type=int, default=0, help="worker processes (default: the setting)")
    up.set_defaults(func=cmd_up)

    api = sub.add_parser("api", help="run the HTTP API", description="Run the HTTP API server.")
    api.add_argument("--host", default="127.0.0.1")
    api.add_argument("--port", type=int, default=8000)
    api.add_argument("--workers", type=int, default=1, help="uvicorn worker processes")
    api.set_defaults(func=cmd_api)

    wk = sub.add_parser("worker", help="run a Celery worker", description="Run a Celery worker that processes jobs.")
    wk.add_argument("--concurrency", type=int, default=0, help="processes (default: VIDSENSE_WORKER_CONCURRENCY)")
    wk.add_argument("--queues", default="", help="comma-separated queues to consume (default: vidsense)")
    wk.add_argument("--hostname", default="", help="Celery node name, e.g. gpu1@%%h")
    wk.set_defaults(func=cmd_worker)

    an = sub.add_parser("analyze", help="process a video in this process, no server",
                        description="Run the whole pipeline here and write transcript.json, subtitles.srt, "
                                    "subtitles.vtt, transcript.txt, timeline.json, chapters.json, summary.json and "
                                    "moments.json/.npy (for `vidsense ask`) into --out; subtitles.en.srt/.vtt too "
                                    "where speech in another language was translated into English.")
    an.add_argument("video", type=Path)
    an.add_argument("--out", type=Path, required=True, help="output folder (created)")
    _job_options(an)
    an.add_argument("--quiet", action="store_true", help="do not print segments as they are transcribed")
    an.add_argument("--verbose", action="store_true", help="log stage timings")
    an.set_defaults(func=cmd_analyze)

    ak = sub.add_parser("ask", help="answer a question about an analysed video",
                        description="Answer a question from a folder written by `vidsense analyze` (no server needed), "
                                    "or, with --job, from a job on the API. Prints JSON: answer, start, end, "
                                    "confidence, found and the evidence.")
    ak.add_argument("dir", type=Path, nargs="?", default=Path("."), help="folder written by `vidsense analyze --out`")
    ak.add_argument("question")
    ak.add_argument("--then", action="append", default=[], metavar="QUESTION",
                    help="a follow-up question asked after it, with the turn before it (\"what comes next after "
                         "that?\", \"for how long?\"); repeat for more; prints a JSON list, one answer per question")
    ak.add_argument("--job", dest="job_id", default="", help="ask the API about this job instead of a folder")
    ak.add_argument("--answer-llm", default=None, metavar="NAME",
                    help="read the transcript with this LLM when the rules find no answer (a packaged alias such as "
                         "qwen2.5-coder-1.5b, or a .gguf path; default: VIDSENSE_ANSWER_LLM; '' for the rules alone)")
    _api_args(ak)
    ak.set_defaults(func=cmd_ask)

    tf = sub.add_parser("train-fusion", help="train the temporal fusion model on a folder of videos",
                        description="Self-supervised training of the fusion model from its designed weights on the "
                                    "videos in VIDEO_DIR; prints the held-out loss before and after and writes a "
                                    "checkpoint. Use it with VIDSENSE_FUSION_CHECKPOINT=PATH.")
    tf.add_argument("video_dir", type=Path)
    tf.add_argument("--out", type=Path, default=None, help="checkpoint path (default: MODELS_DIR/fusion.pt)")
    tf.add_argument("--epochs", type=int, default=30)
    tf.add_argument("--seed", type=int, default=0)
    tf.set_defaults(func=cmd_train_fusion)

    def client_parser(name: str, help_: str) -> argparse.ArgumentParser:
        c = sub.add_parser(name, help=help_, description=help_)
        _api_args(c)
        return c

    sm = client_parser("submit", "submit a video to the API and print the job id")
    sm.add_argument("file", type=Path)
    _job_options(sm)
    sm.add_argument("--wait", action="store_true", help="follow the job's events, print segments until it ends")
    sm.set_defaults(func=cmd_submit)

    st = client_parser("status", "print a job's status as JSON")
    st.add_argument("job_id")
    st.set_defaults(func=cmd_status)

    qu = client_parser("queue", "print the queue as JSON")
    qu.set_defaults(func=cmd_queue)

    se = client_parser("search", "search the moments of all your finished videos")
    se.add_argument("query")
    se.add_argument("--limit", type=int, default=10)
    se.set_defaults(func=cmd_search)

    fe = client_parser("fetch", "download a job's result")
    fe.add_argument("job_id")
    fe.add_argument("what", nargs="?", default="subtitles.srt",
                    choices=["transcript", "subtitles.srt", "subtitles.vtt", "subtitles.en.srt", "subtitles.en.vtt",
                             "transcript.txt", "timeline", "chapters", "summary"])
    fe.add_argument("--out", type=Path, help="write to this file instead of stdout")
    fe.set_defaults(func=cmd_fetch)
    return p


def _api_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--url", default=os.environ.get("VIDSENSE_URL", DEFAULT_URL), help="API base URL (VIDSENSE_URL)")
    p.add_argument("--key", default="", help="API key (VIDSENSE_API_KEY, else DATA_DIR/api-key)")


def _job_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--language", default=None, help="spoken language code (default: detect)")
    p.add_argument("--task", default="transcribe", choices=["transcribe", "translate"])
    p.add_argument("--asr-model", default=None, help="speech model: base, tiny.en, or a CTranslate2 folder")


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args) or 0
    except BrokenPipeError:  # `vidsense ask ... | head`: the reader left; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # Python's own flush at exit must not fail
        return 1


if __name__ == "__main__":
    sys.exit(main())
