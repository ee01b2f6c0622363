"""The transcript reader (vidsense/reader.py): the packaged LLM answers, from the evidence only,
what the answering rules find nowhere, with the time it was said."""

import json
import os
import subprocess
import sys

import pytest

from models.llm import DEFAULT_LLM, load_llm
from vidsense.asking import ask_folder
from vidsense.questions import parse_question
from vidsense.reader import TranscriptReader, traced

from conftest import REPO

# librivox_city: "And Mr. John Dashwood had then leisure to consider how much there might be prudently in
# his power to do for them." (0.0-7.1 s), worded otherwise ("take his time thinking" for "had leisure to consider")
WORDED_UNLIKE = "Who was able to take his time thinking about how to help them?"


@pytest.fixture(scope="module")
def reader(models_dir):
    with load_llm(DEFAULT_LLM, models_dir, threads=2) as llm:
        yield TranscriptReader(llm)


def test_reads_what_the_rules_cannot_find_and_says_when(analyzed, reader):
    out = analyzed("video/librivox_city.mp4")
    assert not ask_folder(out, WORDED_UNLIKE)["found"], "the rules alone find it: pick a harder question"
    answer = ask_folder(out, WORDED_UNLIKE, reader=reader)
    assert answer["found"] and "dashwood" in answer["answer"].lower(), answer
    assert 0.0 <= answer["start"] < 1.5 and answer["end"] <= 8.0, answer  # the first sentence, 0.0-7.1 s
    assert answer["evidence"][0]["source"] == "transcript" and "leisure" in answer["evidence"][0]["text"]
    assert 0 < answer["confidence"] < 0.5  # read, not matched: lower than a rule's sure answer


@pytest.mark.parametrize("question", ["What is the name of John's wife?", "How old was John Dashwood?",
                                      "In which city does the story take place?"])
def test_what_is_not_said_stays_not_found(analyzed, reader, question):
    answer = ask_folder(analyzed("video/librivox_city.mp4"), question, reader=reader)
    assert not answer["found"] and answer["start"] is None, answer


def test_a_reply_must_trace_to_the_evidence_and_say_something_new():
    said = ["Dial 1, if you wish this caller to reach you directly now.", "Dial 3 to send this caller to the torture menus."]
    q = parse_question("Which number do I press so that this caller reaches me?")
    assert traced(q, "1", said) and traced(q, "one", said)  # digits and number words are one
    assert traced(q, "torture menus", said)
    assert not traced(q, "2", said), "a number never said"
    assert not traced(q, "press 9 for the operator", said), "words never said"
    assert not traced(q, "this caller", said), "only what was asked"
    assert not traced(q, "", said)


def test_cli_ask_reads_with_answer_llm(analyzed, models_dir):
    out = analyzed("video/librivox_city.mp4")
    env = dict(os.environ, VIDSENSE_MODELS_DIR=str(models_dir))
    run = subprocess.run([sys.executable, "-m", "vidsense.cli", "ask", str(out), WORDED_UNLIKE, "--answer-llm", DEFAULT_LLM],
                         capture_output=True, text=True, timeout=300, cwd=REPO, env=env)
    assert run.returncode == 0, run.stderr
    answer = json.loads(run.stdout)
    assert answer["found"] and "dashwood" in answer["answer"].lower(), answer
    plain = subprocess.run([sys.executable, "-m", "vidsense.cli", "ask", str(out), WORDED_UNLIKE, "--answer-llm", ""],
                           capture_output=True, text=True, timeout=300, cwd=REPO, env=env)
    assert plain.returncode == 0 and not json.loads(plain.stdout)["found"], plain.stdout + plain.stderr


def test_a_missing_model_leaves_the_rules_answering(analyzed, tmp_path):
    from vidsense.reader import reader_for
    from vidsense.settings import Settings

    settings = Settings(data_dir=tmp_path, answer_llm=str(tmp_path / "missing.gguf"))
    assert reader_for(settings) is None
    answer = ask_folder(analyzed("video/librivox_city.mp4"), "Who had leisure?", reader=reader_for(settings))
    assert answer["found"] and "dashwood" in answer["answer"].lower(), answer
