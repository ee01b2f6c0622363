"""The packaged LLM (models/llm.py): joined from its packages, loaded offline, grounded answers."""

import os
import re

import pytest

from models.llm import (ANSWER_PROMPT, DEFAULT_LLM, PACKAGED_MODELS, Llm, LlmUnavailable, answer_request,
                        is_not_found, load_llm, resolve_gguf)

from conftest import reference_text  # noqa: E402


@pytest.fixture(scope="module")
def llm(models_dir) -> Llm:
    with load_llm(DEFAULT_LLM, models_dir, threads=2) as model:
        yield model


def test_default_model_is_joined_from_its_packages_once(models_dir):
    path = resolve_gguf(DEFAULT_LLM, models_dir)
    assert path.parent == models_dir and path.name == PACKAGED_MODELS[DEFAULT_LLM].filename
    with open(path, "rb") as f:
        assert f.read(4) == b"GGUF"
    assert path.stat().st_size == 1_117_320_768  # the 22 parts of Qwen2.5-Coder-1.5B-Instruct Q4_K_M
    mtime = path.stat().st_mtime_ns
    assert resolve_gguf(DEFAULT_LLM, models_dir) == path and path.stat().st_mtime_ns == mtime, "joined once"
    assert not list(models_dir.glob(f".{path.name}.*.tmp")), "no temporary file left behind"


def test_answers_from_the_evidence_and_says_not_found_otherwise(llm):
    """On the real JFK transcript: a model that always says NOT_FOUND fails the first question,
    one that answers from what it knows ("Washington") fails the second."""
    evidence = [reference_text("jfk")]
    answer = llm.complete(ANSWER_PROMPT.system, answer_request(evidence, "Who is the speaker talking to?"),
                          max_tokens=20)
    assert not is_not_found(answer) and "americans" in re.findall(r"[a-z]+", answer.lower()), answer
    missing = llm.complete(ANSWER_PROMPT.system, answer_request(evidence, "In which city is the speaker?"),
                           max_tokens=20)
    assert is_not_found(missing), missing
    assert llm.last_usage["prompt_tokens"] > 0 and llm.last_usage["completion_tokens"] > 0
    assert llm.last_usage["truncated"] is False  # stopped by itself, not by max_tokens


def test_server_listens_on_a_private_socket_and_cleans_up(llm):
    """Last of the tests that share the loaded model: it closes it."""
    socket_dir = llm._socket_dir
    assert (socket_dir / "llama.sock").exists() and (os.stat(socket_dir).st_mode & 0o077) == 0
    llm.close()
    assert not socket_dir.exists()
    with pytest.raises(LlmUnavailable, match="closed"):
        llm.complete("system", "user", max_tokens=1)


def test_unknown_names_and_bad_files_raise_llm_unavailable(models_dir, tmp_path):
    with pytest.raises(LlmUnavailable, match="neither one of"):
        load_llm("no-such-model", models_dir, threads=1)
    not_gguf = tmp_path / "notes.gguf"
    not_gguf.write_text("not a model")
    with pytest.raises(LlmUnavailable, match="cannot load"):
        load_llm(str(not_gguf), models_dir, threads=1)
