"""Which language is spoken, and when: answered from the languages Whisper read the speech in.

The transcriber detects the language on the first window with speech and detects it again on a
window that reads badly in it (``worker.transcribe``); each segment, and so each sentence moment,
carries the language it was read in (``Moment.language``). "What language is spoken?", "which
language is the first reading in?" are answered from those: the runs of sentences in one language,
with their times. A job analysed before sentences carried a language cannot say.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import groupby

from vidsense.answer import EVIDENCE, NOT_FOUND, Answer
from vidsense.moments import Moment, MomentSet
from vidsense.text import format_time

__all__ = ["LANGUAGE_NAMES", "LANGUAGE_CONFIDENCE", "ORIGINAL_CHARS", "language_name", "spoken_languages",
           "language_answer", "first_said_in", "first_in_another_language", "with_original", "said_in"]

# Whisper's language codes and their English names (faster-whisper ships the codes only).
LANGUAGE_NAMES = {
    "en": "English", "zh": "Chinese", "de": "German", "es": "Spanish", "ru": "Russian", "ko": "Korean",
    "fr": "French", "ja": "Japanese", "pt": "Portuguese", "tr": "Turkish", "pl": "Polish", "ca": "Catalan",
    "nl": "Dutch", "ar": "Arabic", "sv": "Swedish", "it": "Italian", "id": "Indonesian", "hi": "Hindi",
    "fi": "Finnish", "vi": "Vietnamese", "he": "Hebrew", "uk": "Ukrainian", "el": "Greek", "ms": "Malay",
    "cs": "Czech", "ro": "Romanian", "da": "Danish", "hu": "Hungarian", "ta": "Tamil", "no": "Norwegian",
    "th": "Thai", "ur": "Urdu", "hr": "Croatian", "bg": "Bulgarian", "lt": "Lithuanian", "la": "Latin",
    "mi": "Maori", "ml": "Malayalam", "cy": "Welsh", "sk": "Slovak", "te": "Telugu", "fa": "Persian",
    "lv": "Latvian", "bn": "Bengali", "sr": "Serbian", "az": "Azerbaijani", "sl": "Slovenian", "kn": "Kannada",
    "et": "Estonian", "mk": "Macedonian", "br": "Breton", "eu": "Basque", "is": "Icelandic", "hy": "Armenian",
    "ne": "Nepali", "mn": "Mongolian", "bs": "Bosnian", "kk": "Kazakh", "sq": "Albanian", "sw": "Swahili",
    "gl": "Galician", "mr": "Marathi", "pa": "Punjabi", "si": "Sinhala", "km": "Khmer", "sn": "Shona",
    "yo": "Yoruba", "so": "Somali", "af": "Afrikaans", "oc": "Occitan", "ka": "Georgian", "be": "Belarusian",
    "tg": "Tajik", "sd": "Sindhi", "gu": "Gujarati", "am": "Amharic", "yi": "Yiddish", "lo": "Lao",
    "uz": "Uzbek", "fo": "Faroese", "ht": "Haitian Creole", "ps": "Pashto", "tk": "Turkmen", "nn": "Nynorsk",
    "mt": "Maltese", "sa": "Sanskrit", "lb": "Luxembourgish", "my": "Burmese", "bo": "Tibetan", "tl": "Tagalog",
    "mg": "Malagasy", "as": "Assamese", "tt": "Tatar", "haw": "Hawaiian", "ln": "Lingala", "ha": "Hausa",
    "ba": "Bashkir", "jw": "Javanese", "su": "Sundanese", "yue": "Cantonese",
}
LANGUAGE_CONFIDENCE = 0.7  # Whisper's language detection is seldom wrong on a sentence or more of speech
ORIGINAL_CHARS = 240  # what was said, quoted beside an answer read from its translation, at most this long


def language_name(code: str) -> str:
    return LANGUAGE_NAMES.get(code, f"the language with code \u201c{code}\u201d")


def spoken_languages(said: list[Moment]) -> list[str]:
    """The names of the languages the moments ``said`` (in time order) were read in, each once, in order."""
    return [language_name(code) for code in dict.fromkeys(m.language for m in said if m.language)]


# "That last voice ISN'T SPEAKING ENGLISH. What language is it?": the asker heard another language
_NOT_ENGLISH = re.compile(r"\b(?:isn't|isnt|is not|aren't|are not|wasn't|was not|not)\s+(?:speaking |talking |reading "
                          r"|singing |saying it |in |using )?english\b", re.IGNORECASE)


def language_answer(moments: MomentSet, near=None, other: bool = False, question: str = "") -> Answer:
    """The languages spoken (in the part of the video asked about, with ``near``): each run of
    sentences read in one language, with its time span, in order. ``other`` ("then it goes into another
    language: which one?"): the first language after the first, and where it starts. A ``question`` that says the
    speech is not English, where all of it was read as English, is not answered "English": Whisper writes some
    languages it does not know well as English words ("test 1, 2, 3" for Swedish counting)."""
    answer = _languages(moments, near, other)
    if (answer.found and _NOT_ENGLISH.search(question) and answer.evidence
            and all(m.language == "en" for m in answer.evidence)):
        return Answer(NOT_FOUND + " What is said there was read as English; the speech recogniser may have taken "
                      "another language for it.", None, None, 0.1, False)
    return answer


def _languages(moments: MomentSet, near=None, other: bool = False) -> Answer:
    there = None if near is None else moments.sentences_near(near)
    said = [m for k, m in sorted(moments.spoken.items()) if there is None or k in there]
    if not said:
        return Answer(NOT_FOUND + " Nothing is said" + (" then." if near is not None else "."), None, None, 0.1, False)
    if any(m.language is None for m in said):
        return Answer(NOT_FOUND + " This video was analysed before the language of each sentence was kept; "
                      "submit it again to know.", None, None, 0.05, False)
    runs = [list(run) for _, run in groupby(said, key=lambda m: m.language)]
    if other and len(runs) > 1:
        run = runs[1]  # (consecutive runs differ in language)
        return Answer(f"{language_name(run[0].language)}, from {format_time(run[0].start)}.", run[0].start,
                      run[-1].end, LANGUAGE_CONFIDENCE, True, [run[0], runs[0][0]])
    if len(spoken_languages(said)) == 1:
        answer = f"{language_name(runs[0][0].language)} (all that is said{' then' if near is not None else ''})."
    else:
        answer = "; then ".join(f"{language_name(r[0].language)} from {format_time(r[0].start)} to "
                                f"{format_time(r[-1].end)}" for r in runs) + "."
    return Answer(answer[0].upper() + answer[1:], runs[0][0].start, runs[0][-1].end, LANGUAGE_CONFIDENCE, True,
                  [r[0] for r in runs][:EVIDENCE])


def first_said_in(code: str, moments: MomentSet) -> Moment | None:
    """The first sentence read in the language ``code``: where "the French voice comes in", where "she
    switches to Spanish"; None when nothing is."""
    return next((m for _, m in sorted(moments.spoken.items()) if m.language == code), None)


def first_in_another_language(moments: MomentSet) -> Moment | None:
    """The first sentence read in another language than the first sentence: where the speech "switches to another
    language"; None when all is read in one."""
    said = [m for _, m in sorted(moments.spoken.items()) if m.language]
    return next((m for m in said if m.language != said[0].language), None)


def with_original(answer: Answer, moments: MomentSet) -> Answer:
    """A spoken answer read from Whisper's English translation, with what was said in its language
    quoted after it: the translation is a small model's ("Mark No. 2 to record his message of
    occupied." for "Marque el número dos para grabar su mensaje de ocupado."), the words said are the
    evidence. What was said is each translated sentence's segment whose middle lies in the answer's span."""
    if not answer.found or answer.start is None or answer.end is None or not answer.evidence \
            or answer.evidence[0].source != "transcript":  # (a picture's answer to a question worded as about speech)
        return answer
    said: dict[tuple[str | None, str], None] = {}
    for m in moments.moments:
        if (m.source == "transcript" and m.original
                and answer.start - 1e-6 <= (m.start + m.end) / 2 <= answer.end + 1e-6):
            said[(m.language, m.original.strip())] = None
    if not said:
        return answer
    return replace(answer, answer=f"{answer.answer} ({'; '.join(said_in(code, text) for code, text in said)})")


def said_in(code: str | None, text: str) -> str:
    """What was said, quoted with its language: 'said in Spanish: "Marque el número dos ..."', at most
    ``ORIGINAL_CHARS`` of it."""
    if len(text) > ORIGINAL_CHARS:
        text = text[:ORIGINAL_CHARS].rsplit(" ", 1)[0] + " \u2026"
    return f"said in {language_name(code) if code else 'another language'}: \u201c{text}\u201d"
