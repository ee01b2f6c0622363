"""Streaming speech recognition: audio chunks in, finished transcript segments out, window by window.

Whisper reads 30 s at a time anyway; feeding it the whole file would hold the file's audio
and features in memory and give the first segment only after the first 30 s window of the
whole file is done. Instead the audio is cut into windows (a short first one, so the first
segments arrive within seconds) and each window is transcribed on its own. Cuts are made
only in silences the VAD finds, never inside speech, so no word straddles two windows and
nothing is lost or said twice at the edges.

The previous window's text is deliberately not passed as the next window's prompt: measured on
3 minutes of real speech, that prompt sent some windows into temperature-fallback loops (97 s
instead of 8 s for a window) that dropped whole sentences, while windows without it matched
faster-whisper on the whole file (WER 0.023 both, same time).
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

import ctranslate2
import numpy as np
from faster_whisper import WhisperModel
from faster_whisper.transcribe import restore_speech_timestamps
from faster_whisper.vad import VadOptions, get_speech_timestamps

from worker.decode import SAMPLE_RATE, AudioChunk
from worker.vad import StreamVad
from worker.types import Segment, Word
from vidsense.text import NUMBER_WORDS, words

log = logging.getLogger(__name__)

# For finding cut points and snapping word times: short pauses count (the recognition VAD merges
# pauses under 2 s).
CUT_VAD = VadOptions(threshold=0.5, min_silence_duration_ms=300, speech_pad_ms=100)


# A window whose reading in the kept language is this unlikely (Whisper read Spanish as English at -0.85, English
# as Spanish at -1.34, either in its own language at -0.34 to -0.66) has its
# language detected again; another language at least this probable is tried (StreamingTranscriber._relanguage).
RELANGUAGE_LOGPROB = -0.8
RELANGUAGE_MIN_PROBABILITY = 0.5
# ... or this probable when the English reading is itself written in another language (see _NOT_ENGLISH_WORD):
# Allison's Spanish on a telephone band, read as English ("the Codego Abierto que corre"), was detected as Spanish at 0.42
RELANGUAGE_WRITTEN_MIN_PROBABILITY = 0.2
# An English window that reads well is checked too: told the language is English, Whisper wrote first39's Spanish
# phone menu as fluent English at a fair -0.46 ("Mark No. 2 says to send this person to you now in front of you"),
# detected as Spanish at 0.94 and read in it at -0.24 ("Marque número 2 ... al busón de vos"). The other language
# must then be this probable, its reading likelier by RELANGUAGE_SURE_MARGIN and written in it (letters or words
# English does not have: Whisper told another language often writes English speech in English anyway).
RELANGUAGE_SURE_PROBABILITY = 0.8
RELANGUAGE_SURE_MARGIN = 0.1
# ... unless detection is all but certain, over enough speech: then a reading in that language about as likely will
# do, written like English or not. first61's Swedish count ("Testar en två tre ... åtta"), told English, came out
# "Test 1, 2, 3, 4, 5, 6, 7, 8" at -0.35, detected as Swedish at 0.94 (its window) and read in it at -0.38 ("Testar
# 1, 2, 3 ..."). Whole recordings of the 103 voices (as recorded and on a telephone band) and 193 stretches of speech
# of the evaluation items: no English one is detected as another language at all, all but one other at 0.94 or more.
RELANGUAGE_CERTAIN_PROBABILITY = 0.9
RELANGUAGE_CERTAIN_MARGIN = -0.15
RELANGUAGE_CERTAIN_MIN_S = 2.0
# ... and so is an English window written with letters English does not use: told the language is English,
# Whisper wrote a Spanish menu as Spanish at a fair -0.3 ("Marque el número 2 para grabar sus mensajes de ocupado"),
# which then went untranslated and unanswered
_NOT_ENGLISH_LETTER = re.compile(r"[^\W\d_a-zA-Z]")
# ... or with a French, Spanish, German or Italian word that English does not have: Spanish read as English was
# written half translated, "the Codego Abierto que corre, and a system of operating Linux", without an accent
_NOT_ENGLISH_WORD = re.compile(r"\b(?:que|del|las|por|para|una|usted|ustedes|une|avec|pour|vous|nous|"
                               r"dans|und|nicht|ist|eine|einen|mit|f[uü]r|sie|wir|ich|auf|della|sono|questo|"
                               # first60's Spanish congratulations, told English, came out in Spanish without an
                               # accent: "Felicidades. Usteda instalado y ejecutado exitosamente su Pebe X ..."
                               r"y(?!')|su|sus|muy|pero|felicidades|bienvenidos?|gracias|sont|avez|grazie|benvenut[oi])\b",
                               re.IGNORECASE)

# A segment of three words or more in less than this many seconds a word is not speech: at the end of first39's
# cut Spanish menu, Whisper wrote the third option twice more, fifteen words in 0.12 s and 0.02 s, past the audio
SQUASHED_S_PER_WORD = 0.04

# Speech the window's decode left out: Whisper ends a window early where the speech changes language
# (a Swedish reading, then an English sentence: only the Swedish was written) or turns to a whisper.
# Stretches of speech (the cut finder's VAD) that no word lies in, this long or more in all, are read again
# on their own, in the language detected there; a segment of that reading is kept only when Whisper is this
# sure of it, says it is speech and does not repeat itself (its usual hallucination checks, here
# required, not only one of them), as a quiet stretch in hiss read alone gave invented sentences.
SKIPPED_MIN_S = 1.0  # (stretches of speech as the cut finder's VAD, CUT_VAD, finds them)
SKIPPED_RUN_GAP_S = 1.0  # skipped stretches this far apart are read apart (each in its own language) ...
SKIPPED_MAX_READS = 3  # ... the longest runs of them, at most this many per window (each read costs 0.5-1 s)
SKIPPED_MIN_LOGPROB = -0.8
SKIPPED_MAX_NO_SPEECH = 0.5
SKIPPED_MAX_COMPRESSION = 2.0
SKIPPED_TOKENS_PER_S = 8  # (speech runs at about 3 tokens a second)
# Sound no VAD calls speech is read the same way (with the same checks) when it is loud against the
# window's quiet: Silero scores a falsetto 0.03 (as music) and a whisper 0.06-0.2, so neither was ever
# read, though Whisper base writes both right on its own ("I really don't know how to talk like this.",
# -0.41). Frames of 32 ms this far over the window's 10th percentile of loudness, and over a floor,
# in runs at least this long (gaps under 0.3 s bridged), outside the chunks read.
UNVOICED_OVER_QUIET_DB = 8.0
UNVOICED_MIN_DBFS = -50.0
UNVOICED_MIN_S = 0.8
# Speech in another language is also translated into English (Whisper's translate task), one reading per
# window and language; a translated segment is kept only when Whisper is this sure of it. Whisper base
# translated Spanish at -0.77 ("... while he spoke to Carlos") and Swedish digits at -0.32, but invented
# Swedish at -1.00 and -1.24 ("Our houses started in a terrible gammal") and Japanese at -1.34.
TRANSLATION_MIN_LOGPROB = -0.9
TRANSLATION_MAX_COMPRESSION = 2.4
TRANSLATION_PAD_S = 0.2
TRANSLATION_LENGTH_RATIO = (0.4, 2.0)  # English words per word said (Spanish 0.8, French 0.9-1.3)
_UNSPACED = {"ja", "zh", "th", "lo", "km", "my", "bo", "yue"}  # written without spaces between words
# A segment the run's reading left without a translation (its piece failed the checks, and no neighbour's
# piece holds its words) is translated again on its own, at most this many per run: first22's Spanish
# menu ended with "Marque el asterisco para volver a las opciones principales", which the run's reading
# gave as a copy of an earlier option.
TRANSLATION_ALONE_MAX = 4
TRANSLATION_ALONE_MIN_S = 1.0
# Whisper's translate task sometimes writes out what was said instead ("Felicidades. Usted ha instalado y
# ejecutado ..." as the "English" of Spanish, at -0.51; 8 of 121 translated segments in fourteen evaluation
# sets). A reading that repeats this many of the words said, and at least half of its own, is read again with
# this prompt (which gave "Congratulations! You have installed and executed successfully ..." at -0.89), and
# kept only if it is English then.
UNTRANSLATED_MIN_WORDS = 4
ENGLISH_PROMPT = "This is an English translation."
_COVER_PAD_S = 0.3  # speech this close to a word is covered by it ...
_UNCOVERED_MIN_S = 0.3  # ... and a part left out shorter than this is not looked at again


# The first window's language, when detected as another language than English less surely than this, is checked
# against its English reading, the likelier kept (see StreamingTranscriber._recognize). Clean recordings in other
# languages are detected at 0.87 or more but for three (a Spanish prompt at 0.50, Arabic counting at 0.40-0.77, Greek
# words at 0.15-0.28); English meetings in hiss went as low as 0.13 for English.
FIRST_LANGUAGE_SURE = 0.9


# A window that reads fine in the kept language while detected, unsurely, as another one (RELANGUAGE_MIN_PROBABILITY
# or more) may hold both: first64's Spanish phone menu with an English sentence 2.4 s after it was detected as Spanish
# at 0.66-0.72 and read as English ("Mark number 1 says that this person is communicated directly to you"); alone, the
# menu is Spanish at 0.84-0.93. Such a window is read again as two, split in its longest pause of this long or more.
LANGUAGE_SPLIT_PAUSE_S = 2.0

# A stretch without speech this long ends a window (see _pause_cut): read with the speech before it, first57's Japanese
# after an 8.6 s silence was read as English ("The battery of Kampu's first battery was stopped in the map.") and
# first51's Italian as an English paraphrase at -0.61; read apart, each was detected at 0.99-1.0 and read in its
# language at -0.54 and -0.16
WINDOW_PAUSE_S = 4.0


@dataclass(frozen=True)
class AsrOptions:
    language: str | None = None  # None: detected on the first window with speech, then kept (unless it reads badly)
    task: str = "transcribe"  # or "translate" (to English; multilingual models only)
    translate: bool = True  # with "transcribe": speech in another language also gets an English translation
    beam_size: int = 5
    first_window_s: float = 10.0
    window_s: float = 30.0
    vad: VadOptions = field(default_factory=VadOptions)


class StreamingTranscriber:
    """Feed audio chunks in order; collect the segments each call finalizes."""

    def __init__(self, model: WhisperModel, options: AsrOptions = AsrOptions()) -> None:
        self.model = model
        self.options = options
        self.language = options.language
        if not model.model.is_multilingual:
            self.language = "en"
        self._buffer = np.zeros(0, dtype=np.float32)
        self._buffer_start = 0.0  # seconds
        self._consumed = 0  # samples of the stream before the buffer
        self._windows_done = 0
        self.rereads = 0  # stretches of left-out speech read again (see SKIPPED_MIN_S)
        self.translations = 0  # readings in the translate task (see TRANSLATION_MIN_LOGPROB)
        self._vad = StreamVad()  # the VAD over the whole stream (see worker/vad.py)
        self._tail = np.zeros(0, dtype=np.float32)  # the last PREROLL_S of the previous window (see window_chunks)
        self._unsure_other = False  # the last window checked was detected as another language, unsurely
        self.language_splits = 0  # windows read again in two parts (see LANGUAGE_SPLIT_PAUSE_S)

    def feed(self, chunk: AudioChunk) -> list[Segment]:
        self._vad.feed(chunk.samples)
        self._buffer = np.concatenate([self._buffer, chunk.samples.astype(np.float32, copy=False)])
        out: list[Segment] = []
        while (cut := self._find_cut()) is not None:
            out.extend(self._transcribe_window(cut))
        return out

    @property
    def windows_done(self) -> int:
        return self._windows_done

    def finish(self) -> list[Segment]:
        self._vad.flush()
        segments: list[Segment] = []
        while (pause := self._pause_cut()) is not None:
            segments.extend(self._transcribe_window(pause))
        if len(self._buffer):
            segments.extend(self._transcribe_window(len(self._buffer)))
        return segments

    def _pause_cut(self) -> int | None:
        """The middle of the first stretch of ``WINDOW_PAUSE_S`` or more without speech between two stretches of
        speech in the buffer, where a window ends at once (None when there is none): what is said after a long
        silence (another voice, another language) is read, and its language checked, apart from what came
        before. The stream's VAD tells cheaply whether there may be one; the cut VAD, run on the buffer, where."""
        pause = int(WINDOW_PAUSE_S * SAMPLE_RATE)
        if len(self._buffer) < pause + SAMPLE_RATE:
            return None
        rough = self._stream_speech(len(self._buffer), self.options.vad)
        if not any(b["start"] - a["end"] >= pause for a, b in zip(rough, rough[1:])):
            return None
        speech = get_speech_timestamps(self._buffer, CUT_VAD)
        return next(((a["end"] + b["start"]) // 2 for a, b in zip(speech, speech[1:]) if b["start"] - a["end"] >= pause),
                    None)

    # -- windowing -----------------------------------------------------------------------

    def _target_len(self) -> int:
        seconds = self.options.first_window_s if self._windows_done == 0 else self.options.window_s
        return int(seconds * SAMPLE_RATE)

    def _find_cut(self) -> int | None:
        """Sample index to end the next window at, or None to wait for more audio.

        A long pause ends a window at once (``_pause_cut``). Otherwise it
        waits until the buffer holds the target length plus a little look-ahead, then cuts in
        the middle of the last silence that ends before the target; failing that, the first
        silence after it; a buffer twice the target with no silence at all (music, a
        monologue without pauses) is cut at its quietest 100 ms.
        """
        if (pause := self._pause_cut()) is not None:
            return pause
        target = self._target_len()
        lookahead = 2 * SAMPLE_RATE
        if len(self._buffer) < target + lookahead:
            return None
        speech = get_speech_timestamps(self._buffer, CUT_VAD)
        gaps = _silence_gaps(speech, len(self._buffer), min_len=int(0.2 * SAMPLE_RATE))
        # A gap that runs to the end of the buffer may be the start of a pause or a cut-off word:
        # only gaps that end before the look-ahead region are trusted.
        safe_end = len(self._buffer) - lookahead
        cuts = [(a + b) // 2 for a, b in gaps if b <= safe_end or b == len(self._buffer) and b - a > lookahead]
        before = [c for c in cuts if SAMPLE_RATE <= c <= target]
        if before:
            return before[-1]
        after = [c for c in cuts if c > target]
        if after:
            return after[0]
        if len(self._buffer) >= 2 * target:
            return _quietest_point(self._buffer, target // 2, 2 * target)
        return None

    # -- recognition ---------------------------------------------------------------------

    def _transcribe_window(self, cut: int) -> list[Segment]:
        window, offset = self._buffer[:cut], self._buffer_start
        stream_speech = self._stream_speech(cut, self.options.vad)
        tail, self._tail = self._tail, window[-int(PREROLL_S * SAMPLE_RATE):].copy()
        self._buffer = self._buffer[cut:]
        self._buffer_start += cut / SAMPLE_RATE
        self._consumed += cut
        self._windows_done += 1
        return self._recognize(window, offset, stream_speech, tail)

    def _decode(self, audio: np.ndarray, language: str | None, quick: bool = False) -> tuple[list, str, float]:
        """Whisper's segments for one window's speech, the language it was read in, and how sure the detection of it was
        (1.0 where the language was given). ``quick``: no
        fallback to higher temperatures and at most SKIPPED_TOKENS_PER_S tokens a second (a second look,
        whose doubtful segments are dropped anyway: on hold music the fallbacks took 20 s for nothing)."""
        limit = {"temperature": [0.0], "max_new_tokens": int(SKIPPED_TOKENS_PER_S * len(audio) / SAMPLE_RATE) + 8} \
            if quick else {"temperature": [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]}
        ctranslate2.set_random_seed(DECODE_SEED)  # the same audio, the same reading (see DECODE_SEED)
        raw, info = self.model.transcribe(
            audio,
            language=language,
            task=self.options.task,
            beam_size=self.options.beam_size,
            word_timestamps=True,
            vad_filter=False,
            **limit,
        )
        return list(raw), info.language, info.language_probability if language is None else 1.0

    def _relanguage(self, audio: np.ndarray, segments: list) -> list:
        """A window read badly in the kept language may be in another one: the language is kept from
        the first window with speech, so a video that opens with a Spanish reading had its English
        read as Spanish ("Ella ha sido de Dark City" for "She had your dark suit", mean log-probability
        -1.34; -0.66 read as English). The window's language is detected again, and when it differs,
        the window is read in it too; the likelier reading is kept, and its language from then on.
        A window that reads well in English needs a sure other language (RELANGUAGE_SURE_*, RELANGUAGE_CERTAIN_*)."""
        detected, probability, _ = self.model.detect_language(audio)
        self._unsure_other = False
        sure = False
        certain = probability >= RELANGUAGE_CERTAIN_PROBABILITY and len(audio) >= RELANGUAGE_CERTAIN_MIN_S * SAMPLE_RATE
        if self.language != "en" or _mean_logprob(segments) < RELANGUAGE_LOGPROB:
            # (told German, Whisper wrote openSMILE's English after auditok's German saying as English at -0.556,
            # detected as English at 0.988 and read in it at -0.57: a certain detection needs no likelier reading)
            floor, margin = RELANGUAGE_MIN_PROBABILITY, RELANGUAGE_CERTAIN_MARGIN if certain else 0.0
        elif written_unlike_english(segments):
            floor, margin = RELANGUAGE_WRITTEN_MIN_PROBABILITY, 0.0
        elif certain:
            floor, margin = RELANGUAGE_CERTAIN_PROBABILITY, RELANGUAGE_CERTAIN_MARGIN
        else:
            floor, margin, sure = RELANGUAGE_SURE_PROBABILITY, RELANGUAGE_SURE_MARGIN, True
        self._unsure_other = detected != self.language and probability >= RELANGUAGE_MIN_PROBABILITY
        if detected == self.language or probability < floor:
            return segments
        other, _, _ = self._decode(audio, detected)
        if (not other or _mean_logprob(other) <= _mean_logprob(segments) + margin
                or (sure and not written_unlike_english(other))):
            return segments
        self._unsure_other = False
        log.info("the speech changed language", extra={"from": self.language, "to": detected,
                                                      "probability": round(probability, 3)})
        self.language = detected
        return other

    def _stream_speech(self, length: int, vad: VadOptions) -> list[dict]:
        """Speech the VAD run over the whole stream finds in the buffer's first ``length`` samples."""
        return self._vad.speech(self._consumed, self._consumed + length, vad)

    def _recognize(self, window: np.ndarray, offset: float, stream_speech: list[dict] = (),
                   tail: np.ndarray | None = None, whole: bool = True) -> list[Segment]:
        """The window's segments (``whole``: it may still be read as two, see LANGUAGE_SPLIT_PAUSE_S)."""
        if len(window) < SAMPLE_RATE // 10:
            return []
        # What faster-whisper's vad_filter does (speech chunks joined, times restored after), with
        # the chunks from window_chunks(): the VADs' misses are looked for again.
        # (Whisper may still skip a stretch of the joined audio: see SKIPPED_MIN_S for how it is read again.
        # Read alone without the checks there, a very quiet stretch in hiss gave invented sentences, "You have
        # to do it." four times, where the joined decode had said nothing.)
        chunks = window_chunks(window, self.options.vad, stream_speech, tail)
        if not chunks:  # no speech found: only a loud voice the VADs did not call speech is read
            loud = _loud_unvoiced(window, [])
            if not loud:  # (a silent window costs no VAD run for word timing)
                return []
            out = self._read_skipped(window, offset, loud, get_speech_timestamps(window, CUT_VAD), detect=False)
            return self._translated(window, offset, out) if self._translates else out
        joined = np.concatenate([window[c["start"]:c["end"]] for c in chunks])
        raw, language, sure = self._decode(joined, self.language)
        speech = get_speech_timestamps(window, CUT_VAD)  # finer than the chunks' (about 0.03 s for 30 s)
        if self.language is None:  # (a language given, or an English-only model, sets it from the start)
            if raw and language != "en" and sure < FIRST_LANGUAGE_SURE:
                # the first window's language, detected unsurely, against its English reading: an AMI meeting that opens
                # on a mumble was detected as Polish and read "Dziś spory ony desk, olasie jest desk top" (in English,
                # likelier: "Just put it on the desk, all I see is the desk top")
                english, _, _ = self._decode(joined, "en")
                if english and _mean_logprob(english) > _mean_logprob(raw):
                    log.info("an unsure first language read as English instead",
                             extra={"detected": language, "probability": round(sure, 3)})
                    raw, language = english, "en"
            if raw:  # a window that says nothing (music, noise) does not choose the language
                self.language = language
        # Every window's language is checked again (0.3-0.5 s a window). A kept language other than English is
        # changed whatever its reading's probability: Whisper writes English speech as English even when told it
        # is Swedish, at a fair -0.45, so the window kept the Swedish label (and "very bad aligner" came out "there
        # you have a liner"); English that reads well only for a sure other language (RELANGUAGE_SURE_*).
        elif self.options.language is None and self.model.model.is_multilingual and raw:
            raw = self._relanguage(joined, raw)
            if whole and self._unsure_other and (cut := _longest_pause(speech, LANGUAGE_SPLIT_PAUSE_S)) is not None:
                return self._read_in_two(window, offset, stream_speech, tail, cut)
        window_language = self.language or language  # what this window's segments were read in
        out = self._segments(raw, chunks, window, offset, window_language, speech)
        # the stretches of speech within the chunks read that no word lies in
        fine = [s for s in speech if any(s["start"] < c["end"] and s["end"] > c["start"] for c in chunks)]
        skipped = _uncovered(fine, out, offset)
        # ... and loud sound no VAD called speech, or that lies in a chunk the reading wrote no word in (a whisper
        # whose first half a VAD called speech: Whisper skipped that chunk, and the loud rest alone read "Oh, there
        # it is, burn." for "This is all very whispered"), in the language kept: detected on it, the pitched-up
        # JFK was read as Japanese ("エンソーマイタオネ")
        out = sorted(out + self._read_skipped(window, offset, skipped, speech)
                     + self._read_skipped(window, offset, _loud_unread(window, chunks, out, offset, skipped), speech,
                                          detect=False),
                     key=lambda s: s.start)
        if self._translates:
            out = self._translated(window, offset, out)
        return out

    def _read_in_two(self, window: np.ndarray, offset: float, stream_speech: list[dict], tail: np.ndarray | None,
                     cut: int) -> list[Segment]:
        """The window read as two windows, cut at sample ``cut`` (each part's language checked on its own)."""
        self.language_splits += 1
        log.info("a window read again in two parts", extra={"at": round(offset + cut / SAMPLE_RATE, 2)})
        before = [{"start": c["start"], "end": min(c["end"], cut)} for c in stream_speech if c["start"] < cut]
        after = [{"start": max(c["start"], cut) - cut, "end": c["end"] - cut} for c in stream_speech if c["end"] > cut]
        return (self._recognize(window[:cut], offset, before, tail, whole=False)
                + self._recognize(window[cut:], offset + cut / SAMPLE_RATE, after,
                                  window[max(0, cut - int(PREROLL_S * SAMPLE_RATE)):cut], whole=False))

    @property
    def _translates(self) -> bool:
        return self.options.translate and self.options.task == "transcribe" and self.model.model.is_multilingual

    def _read_skipped(self, window: np.ndarray, offset: float, skipped: list[dict], speech: list[dict],
                      detect: bool = True) -> list[Segment]:
        """The longest runs of ``skipped`` (window samples), each read on its own (``_reread``), when
        there is SKIPPED_MIN_S of them or more."""
        if sum(c["end"] - c["start"] for c in skipped) < SKIPPED_MIN_S * SAMPLE_RATE:
            return []
        runs = _runs(skipped, int(SKIPPED_RUN_GAP_S * SAMPLE_RATE))
        runs = sorted(runs, key=lambda r: r[0]["start"] - r[-1]["end"])[:SKIPPED_MAX_READS]  # the longest
        return [s for run in sorted(runs, key=lambda r: r[0]["start"])
                for s in self._reread(window, run, offset, speech, detect)]

    def _translated(self, window: np.ndarray, offset: float, segments: list[Segment]) -> list[Segment]:
        """``segments`` with an English ``translation`` where they are in another language and Whisper
        translates them surely: each run of segments in one language is read once in the translate task
        (read segment by segment, Spanish lost its best-translated sentence and cost twice as much), and
        each translated piece goes to the segment it overlaps most. Whisper may cut its translation
        elsewhere than its transcription: a piece's length is checked against the share of each segment
        it overlaps (first20's "Congratulations! You have installed ..." overlaps 0.7 s of the next 8.4 s
        segment; counted whole, its 15 words made the piece look too short to be right)."""
        out = list(segments)
        for language, run in itertools.groupby(range(len(out)), key=lambda i: out[i].language):
            run = list(run)
            if language in (None, "en"):
                continue
            texts: dict[int, list[str]] = {}  # segment -> the pieces it gets
            covers: dict[int, dict[int, float]] = {}  # segment -> the seconds its pieces overlap of each segment
            pieces = self._english(window, offset, out[run[0]].start, out[run[-1]].end, language,
                                   " ".join(out[i].text for i in run))
            for a, b, text in pieces:
                inside = {i: min(b, out[i].end) - max(a, out[i].start) for i in run}
                best = max(run, key=lambda i: (inside[i], -i))
                texts.setdefault(best, []).append(text)
                overlapped = covers.setdefault(best, {best: 0.0})
                for i in run:
                    if inside[i] > 0:
                        overlapped[i] = overlapped.get(i, 0.0) + inside[i]
            kept = 0
            for i, parts in texts.items():
                translation = " ".join(parts)
                said = " ".join(out[k].text if k == i else _share(out[k].text, seconds / _length(out[k]))
                                for k, seconds in sorted(covers[i].items()))
                if _plausible_length(said, translation, language):
                    out[i] = replace(out[i], translation=translation)
                    kept += 1
            alone = 0
            covered = {k for i, parts in covers.items() if out[i].translation for k, seconds in parts.items()
                       if seconds >= 0.5 * _length(out[k])}  # its words are in a neighbour's translation
            for i in run:  # what the run's reading left untranslated (dropped, not given to a neighbour), on its own
                if (out[i].translation or i in covered or alone >= TRANSLATION_ALONE_MAX
                        or _length(out[i]) < TRANSLATION_ALONE_MIN_S or len(out[i].text.split()) < 3):
                    continue
                alone += 1
                translation = " ".join(text for _, _, text in self._english(window, offset, out[i].start, out[i].end,
                                                                               language, out[i].text))
                known = {_without_numbers(out[k].translation) for k in run if out[k].translation}
                if translation and _plausible_length(out[i].text, translation, language) and _without_numbers(translation) not in known:
                    out[i] = replace(out[i], translation=translation)
                    kept += 1
            log.info("speech in another language translated", extra={
                "at": round(out[run[0]].start, 2), "language": language, "segments": len(run), "translated": kept,
                "read_alone": alone})
        return out

    def _english(self, window: np.ndarray, offset: float, start: float, end: float, language: str,
                 said: str) -> list[tuple[float, float, str]]:
        """``_translate``'s pieces, read again with ``ENGLISH_PROMPT`` where they only repeat ``said`` (what
        was said there, in ``language``); none where they still do."""
        pieces = self._translate(window, offset, start, end, language)
        if not _untranslated(said, " ".join(text for _, _, text in pieces)):
            return pieces
        pieces = self._translate(window, offset, start, end, language, prompt=ENGLISH_PROMPT)
        return [] if _untranslated(said, " ".join(text for _, _, text in pieces)) else pieces

    def _translate(self, window: np.ndarray, offset: float, start: float, end: float,
                   language: str, prompt: str | None = None) -> list[tuple[float, float, str]]:
        """Whisper's English for the window's speech from ``start`` to ``end`` (stream seconds): its pieces
        ``(start, end, text)`` that pass the checks of TRANSLATION_MIN_LOGPROB; none where it repeats itself."""
        start = max(0.0, start - offset - TRANSLATION_PAD_S)
        end = min(len(window) / SAMPLE_RATE, end - offset + TRANSLATION_PAD_S)
        if end - start < 0.1:
            return []
        self.translations += 1
        raw, _ = self.model.transcribe(
            window[int(start * SAMPLE_RATE):int(end * SAMPLE_RATE)], language=language, task="translate",
            beam_size=self.options.beam_size, temperature=[0.0], vad_filter=False, initial_prompt=prompt,
            max_new_tokens=int(SKIPPED_TOKENS_PER_S * (end - start)) + 8)
        raw = [(seg, seg.text.strip()) for seg in raw]
        said = [text.lower() for _, text in raw if text]
        if len(set(said)) < len(said):
            return []  # a reading that repeats itself is invented ("I don't want to see you" four times, at -0.82)
        out, seen = [], set()
        for seg, text in raw:
            if (not text or seg.avg_logprob < TRANSLATION_MIN_LOGPROB or seg.compression_ratio > TRANSLATION_MAX_COMPRESSION
                    or _OUTRO.search(text)):
                continue
            if len(key := _without_numbers(text)) >= _REPEAT_MIN_CHARS and key in seen:
                continue  # an earlier piece again with another number: "Mark No. 3 to record his message of occupied."
            seen.add(key)
            out.append((offset + start + seg.start, offset + start + seg.end, text))
        return out

    def _reread(self, window: np.ndarray, chunks: list[dict], offset: float, speech: list[dict],
                detect: bool = True) -> list[Segment]:
        """The speech chunks the window's decode wrote no word in, read on their own (see SKIPPED_MIN_S),
        in the language detected there (``detect``, unless one was asked for) or the one kept."""
        self.rereads += 1
        audio = np.concatenate([window[c["start"]:c["end"]] for c in chunks])
        detect = detect and self.options.language is None and self.model.model.is_multilingual
        raw, language, _ = self._decode(audio, None if detect else self.language, quick=True)
        sure = [s for s in raw if s.avg_logprob >= SKIPPED_MIN_LOGPROB and s.no_speech_prob <= SKIPPED_MAX_NO_SPEECH
                and s.compression_ratio <= SKIPPED_MAX_COMPRESSION]
        if sure:
            log.info("speech the window's reading skipped was read on its own",
                     extra={"at": round(offset + chunks[0]["start"] / SAMPLE_RATE, 2), "language": language,
                            "segments": len(sure), "dropped": len(raw) - len(sure)})
        return self._segments(sure, chunks, window, offset, language, speech)

    def _segments(self, raw: list, chunks: list[dict], window: np.ndarray, offset: float,
                  language: str | None, speech: list[dict]) -> list[Segment]:
        """Whisper's segments of the joined ``chunks`` as the window's Segments: times restored to the
        stream's, words snapped to the window's ``speech`` (CUT_VAD, window samples), clipped to the window."""
        window_end = offset + len(window) / SAMPLE_RATE
        spans = [(offset + s["start"] / SAMPLE_RATE, offset + s["end"] / SAMPLE_RATE) for s in speech]
        out = []
        for seg in restore_speech_timestamps(raw, chunks, SAMPLE_RATE):
            text = seg.text.strip()
            if not text or squashed(seg.start, seg.end, len(seg.words or ())):
                continue
            words = []
            for w in seg.words or ():
                start, end = snap_to_speech(offset + w.start, offset + w.end, spans)
                words.append(Word(start=round(min(start, window_end), 3), end=round(min(end, window_end), 3),
                                  word=w.word, probability=float(w.probability)))
            parts = split_at_pauses(unstranded(words))
            for part in parts:
                start, end = offset + seg.start, offset + seg.end
                if part:  # the segment spans its words, snapped
                    start, end = part[0].start, max(part[-1].end, part[0].start)
                said = text if len(parts) == 1 else "".join(w.word for w in part).strip()
                out.append(Segment(start=round(min(start, window_end), 3), end=round(min(end, window_end), 3),
                                   text=said, words=tuple(part), language=language))
        return out


def squashed(start: float, end: float, n_words: int) -> bool:
    """Whether Whisper wrote ``n_words`` between ``start`` and ``end`` too fast to be speech (SQUASHED_S_PER_WORD)."""
    return n_words >= 3 and end - start < SQUASHED_S_PER_WORD * n_words


def _length(segment: Segment) -> float:
    return max(1e-3, segment.end - segment.start)


def _share(text: str, fraction: float) -> str:
    """The first ``fraction`` of ``text``'s words (as many as a piece overlapping that share of it says)."""
    said = text.split()
    return " ".join(said[:round(min(1.0, fraction) * len(said))])


_REPEAT_MIN_CHARS = 15  # a piece this long (numbers left out) said twice in one reading is a copy
# The closing lines of the videos Whisper learned from, which it writes for speech it cannot read (a known failure:
# github.com/Vexa-ai/vexa issues 613 and 617 drop them by phrase list). Only translations are checked: there the
# English is Whisper's own, and first53's Russian "Для связи с финансовым отделом" ("For the finance department")
# came out "I invite you to subscribe to my channel." at -0.86; a speaker may say "thanks for watching".
_OUTRO = re.compile(r"\bsubscribe to (?:my|our|the|this) channel\b|\b(?:like and|please) subscribe\b|"
                    r"\bthanks? (?:you )?(?:so much )?for watching\b|\bsubtitles? (?:by|created by|made by)\b|"
                    r"\bamara\.org\b|\bsee you in the next (?:video|episode)\b", re.IGNORECASE)


def _without_numbers(text: str | None) -> str:
    """``text`` in lower case without digits, number words and punctuation: what a copy that changed only
    the number shares with its model."""
    return " ".join(w for w in words(text or "") if not w.isdigit() and w not in NUMBER_WORDS and w not in ("no", "number"))


def _untranslated(said: str, translation: str) -> bool:
    """Whether a "translation" repeats what was said: ``UNTRANSLATED_MIN_WORDS`` of its words or more, and at
    least half, are words said ("Visit www.asterisk.org" for "Visite www.asterisk.org" shares three: kept)."""
    heard = set(_WORD.findall(said.lower()))
    written = _WORD.findall(translation.lower())
    repeated = sum(w in heard for w in written)
    return repeated >= UNTRANSLATED_MIN_WORDS and repeated >= len(written) / 2


_WORD = re.compile(r"[^\W\d_]{2,}")  # a word of two letters or more, in any script


def _plausible_length(said: str, translation: str, language: str) -> bool:
    """A translation about as long as what was said (in words; languages written without spaces are not
    counted): an invented one runs on or stops short."""
    if language in _UNSPACED:
        return True
    ratio = len(translation.split()) / max(1, len(said.split()))
    return TRANSLATION_LENGTH_RATIO[0] <= ratio <= TRANSLATION_LENGTH_RATIO[1]


def _uncovered(chunks: list[dict], segments: list[Segment], offset: float) -> list[dict]:
    """The parts of ``chunks`` (window samples) that no word of ``segments`` (stream seconds) lies in
    or near (``_COVER_PAD_S``), ``_UNCOVERED_MIN_S`` or longer: a stretch of speech whose first words
    were written and the rest left out ("But she had your dark" of a 2.4 s sentence) keeps its rest."""
    return _missed(chunks, _said_spans(segments, offset), int(round(_UNCOVERED_MIN_S * SAMPLE_RATE)))


def _said_spans(segments: list[Segment], offset: float) -> list[dict]:
    """Where the words of ``segments`` (stream seconds) lie, ``_COVER_PAD_S`` around each, in window samples."""
    said = [(w.start, w.end) for s in segments for w in s.words] or [(s.start, s.end) for s in segments]
    return [{"start": int(round((a - _COVER_PAD_S - offset) * SAMPLE_RATE)),
             "end": int(round((b + _COVER_PAD_S - offset) * SAMPLE_RATE))} for a, b in said]


def _loud_unread(window: np.ndarray, chunks: list[dict], segments: list[Segment], offset: float,
                 skipped: list[dict]) -> list[dict]:
    """Loud stretches of the window (``_loud_unvoiced``) outside the ``chunks`` read that a word of ``segments``
    was written in, and outside ``skipped`` (read apart): a chunk the reading wrote nothing in is not read."""
    said = _said_spans(segments, offset)
    written = [c for c in chunks if any(w["start"] < c["end"] and w["end"] > c["start"] for w in said)]
    return _loud_unvoiced(window, written + skipped)


def _loud_unvoiced(window: np.ndarray, chunks: list[dict]) -> list[dict]:
    """Stretches outside ``chunks`` (window samples) that are loud against the window's quiet (see
    UNVOICED_OVER_QUIET_DB): voices the VADs did not call speech, or music and noise, which the
    reading's checks then keep out."""
    frame = 512
    n = len(window) // frame
    if n < 8:
        return []
    db = 10 * np.log10(np.mean(window[:n * frame].reshape(n, frame).astype(np.float64) ** 2, axis=1) + 1e-12)
    loud = (db >= np.percentile(db, 10) + UNVOICED_OVER_QUIET_DB) & (db >= UNVOICED_MIN_DBFS)
    for c in chunks:
        loud[c["start"] // frame:-(-c["end"] // frame)] = False
    out: list[dict] = []
    bridge, shortest = int(0.3 * SAMPLE_RATE / frame), int(UNVOICED_MIN_S * SAMPLE_RATE / frame)
    for k in map(int, np.flatnonzero(loud)):
        if out and k - out[-1]["end"] // frame <= bridge:
            out[-1]["end"] = (k + 1) * frame
        else:
            out.append({"start": k * frame, "end": (k + 1) * frame})
    return [c for c in out if c["end"] - c["start"] >= shortest * frame]


def _longest_pause(chunks: list[dict], least_s: float) -> int | None:
    """The middle of the longest gap between two stretches of speech (``chunks``, samples), when it lasts
    ``least_s`` or more; None otherwise."""
    gaps = [(b["start"] - a["end"], (a["end"] + b["start"]) // 2) for a, b in zip(chunks, chunks[1:])]
    longest = max(gaps, default=None)
    return longest[1] if longest is not None and longest[0] >= least_s * SAMPLE_RATE else None


def _runs(chunks: list[dict], gap: int) -> list[list[dict]]:
    """``chunks`` (in order) grouped where less than ``gap`` samples separate them."""
    runs: list[list[dict]] = []
    for c in chunks:
        if runs and c["start"] - runs[-1][-1]["end"] < gap:
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def written_unlike_english(segments: list) -> bool:
    """Whether Whisper's reading of a window uses letters or words English does not ("número", "ä", "д",
    "que"): told the language is English, it writes other speech in its own language as often as in English."""
    return any(_NOT_ENGLISH_LETTER.search(s.text) or _NOT_ENGLISH_WORD.search(s.text) for s in segments)


def _mean_logprob(segments: list) -> float:
    """Whisper's mean token log-probability over a window's segments, weighted by their length."""
    weights = [max(s.end - s.start, 0.1) for s in segments]
    return float(np.average([s.avg_logprob for s in segments], weights=weights))


def transcribe_stream(model: WhisperModel, chunks: Iterable[AudioChunk], options: AsrOptions = AsrOptions()) -> Iterator[Segment]:
    """Convenience: yield segments as the chunks are consumed."""
    transcriber = StreamingTranscriber(model, options)
    for chunk in chunks:
        yield from transcriber.feed(chunk)
    yield from transcriber.finish()


RESCUE_GAP_S = 2.0  # a gap in the VAD's speech at least this long is checked again on its own


def speech_chunks(audio: np.ndarray, vad: VadOptions) -> list[dict]:
    """Silero VAD's speech chunks (sample ranges), plus speech it missed in long gaps.

    Silero carries state from the audio before: measured on a phone-band recording, a quiet
    speaker who starts 2.4 s after a loud one, in hiss, was not found for 8 s (the VAD run from
    the start of the gap found him at once). So each gap of ``RESCUE_GAP_S`` or more is run
    through the VAD again on its own, and what it finds there is kept. Where nothing was missed
    the chunks are the plain VAD's, as faster-whisper's ``vad_filter`` would use them.
    """
    found = get_speech_timestamps(audio, vad)
    gaps = _silence_gaps(found, len(audio), min_len=int(RESCUE_GAP_S * SAMPLE_RATE))
    rescued = []
    for a, b in gaps:
        for c in get_speech_timestamps(audio[a:b], vad):
            rescued.append({"start": a + c["start"], "end": a + c["end"]})
    return _union(found, rescued) if rescued else found


def window_chunks(window: np.ndarray, vad: VadOptions, stream_speech: list[dict] = (),
                  tail: np.ndarray | None = None) -> list[dict]:
    """The speech of a window to recognise (sample ranges): its own VAD's, with what two other
    VADs found that it missed by ``MISSED_MIN_S`` or more.

    The window's own VAD (fresh from the window's start) and the stream's (carried from the start
    of the file) each find voices the other misses: the speech of either is recognized. Only what
    the window's VAD missed by a second or more is added: the two differ by a few frames at the
    edges of speech both find, and Whisper can drop words over a 10 ms change in its input ("ten
    of clubs" at the end of a chunk 10 ms longer), so those edges are left as they were.

    A third VAD starts with ``tail``, the end of the previous window: a window cut inside quiet
    speech that the cut finder's VAD took for a pause (a quiet speaker in hiss) starts the
    window's VAD mid-speech, where Silero may find nothing. Measured on a man with a cold, 7 dB
    quieter in hiss: 20 s of his speech were found from the silence before the cut, none from the
    cut on. Used instead of the window's own VAD, it lost another sick speaker's "I have a cold",
    so it too only adds what the window's VAD missed.
    """
    own = speech_chunks(window, vad)
    early = (_clipped(speech_chunks(np.concatenate([tail, window]), vad), len(tail), len(window))
             if tail is not None and len(tail) else [])
    least = int(MISSED_MIN_S * SAMPLE_RATE)
    return _union(own, _missed(list(stream_speech), own, least) + _missed(early, own, least))


def snap_to_speech(start: float, end: float, spans: list[tuple[float, float]]) -> tuple[float, float]:
    """A word's times moved out of the silences around it.

    Whisper's word times absorb pauses: after a one-second pause the next word often "starts" in
    the middle of the silence (measured: "unless" given 10.85-12.55 s, spoken from 12.1 s). The word
    is clipped to the stretch of speech (as the VAD found it) that holds most of it, as long as it
    keeps some length. A word wholly inside a silence (the VAD missed quiet speech) is left as it is.
    """
    overlaps = [(min(b, end) - max(a, start), a, b) for a, b in spans if b > start and a < end]
    if not overlaps:
        return start, end
    _, a, b = max(overlaps)
    new_start, new_end = max(start, a), min(end, b)
    if new_end - new_start < 0.05:
        return start, end
    return new_start, new_end


STRANDED_PAUSE_S = 2.0  # a pause this long inside a segment after its first word ...
STRANDED_LEAD_S = 0.05  # ... means it is said this long before the word after it


def unstranded(words: list[Word]) -> list[Word]:
    """A segment's first word moved to the word it runs on to, across a long pause.

    After a silence Whisper often times a segment's first word at the end of the speech before
    it: "Go forward 10 meters." said after a 9-s pause came out as "Go" at 49.9 s (in the previous
    speech's tail, so snapping kept it there) and "forward 10 meters" at 59.1 s, which put "Go" on
    the previous subtitle and cut the sentence in two. A first word without a mark that ends a
    phrase, followed after ``STRANDED_PAUSE_S`` by a word in lower case, keeps its length and is
    moved to just before it. (On 37 evaluation sets this moved 6 words, each to where it is said;
    letting the first two words move as well moved 3 more, 2 of them wrongly: "Five five" and
    "But the" ("bat") were said where Whisper put them, before someone else's words.)"""
    if len(words) < 2 or words[0].word.strip().endswith((".", "?", "!", ",", ";", ":", "-")):
        return words
    gap, following = words[1].start - words[0].end, words[1].word.strip()
    if gap < STRANDED_PAUSE_S or not (following[:1].isalpha() and following[:1].islower()):
        return words
    shift = gap - STRANDED_LEAD_S
    return [replace(words[0], start=round(words[0].start + shift, 3), end=round(words[0].end + shift, 3))] + list(words[1:])


# Whisper falls back to sampling at higher temperatures where a greedy reading fails its checks (a repeated
# phrase, a very unlikely one); CTranslate2 samples with a process-wide random state, so the same video read twice
# could come out two ways ("Mary rolled the barrel." once, "Merry Rode the Barrel Merry Rode the Barrel" the next
# time, first13). Every decode starts from this seed.
DECODE_SEED = 0
SPLIT_PAUSE_S = 2.0  # a silence this long between two words of a segment ends it


def split_at_pauses(words: list[Word]) -> list[list[Word]]:
    """A segment's words in runs said without a silence of ``SPLIT_PAUSE_S`` or more between them.

    Whisper joins speech across long silences into one segment: "Front, left," and, 8.6 s later, the
    one word "no." (first36); "Bobby ripped the ledger" and someone else's "the red fox has read many
    books" 8.6 s after it. The silence then lay inside a sentence, where neither "what is said after
    the long pause?" nor a subtitle could see it. On 39 evaluation sets 29 segments held such a
    silence of 2 s or more, each between two utterances. (Subtitles still break at shorter pauses.)"""
    runs: list[list[Word]] = [[]]
    for prev, word in zip([None, *words], words):
        if prev is not None and word.start - prev.end >= SPLIT_PAUSE_S:
            runs.append([])
        runs[-1].append(word)
    return runs


def _silence_gaps(speech: list[dict], total: int, min_len: int) -> list[tuple[int, int]]:
    """(start, end) sample ranges between the VAD's speech spans, the leading and trailing ones included."""
    gaps, prev_end = [], 0
    for span in speech:
        if span["start"] - prev_end >= min_len:
            gaps.append((prev_end, span["start"]))
        prev_end = max(prev_end, span["end"])
    if total - prev_end >= min_len:
        gaps.append((prev_end, total))
    return gaps


def _quietest_point(audio: np.ndarray, lo: int, hi: int) -> int:
    frame = SAMPLE_RATE // 10
    hi = min(hi, len(audio)) // frame * frame
    lo = lo // frame * frame
    energy = (audio[lo:hi].reshape(-1, frame) ** 2).mean(axis=1)
    return lo + int(np.argmin(energy)) * frame + frame // 2


PREROLL_S = 3.0  # window_chunks' third VAD starts this long before the window


def _clipped(chunks: list[dict], shift: int, length: int) -> list[dict]:
    """Chunks of audio that began ``shift`` samples before the window, in window samples, cut to it."""
    out = [{"start": max(0, c["start"] - shift), "end": min(length, c["end"] - shift)} for c in chunks]
    return [c for c in out if c["end"] > c["start"]]


MISSED_MIN_S = 1.0  # speech the stream's VAD finds outside the window VAD's, at least this long, is added


def _missed(found: list[dict], known: list[dict], min_len: int) -> list[dict]:
    """The parts of ``found`` outside every chunk of ``known``, those at least ``min_len`` long."""
    out = []
    for c in found:
        pieces = [(c["start"], c["end"])]
        for k in known:
            pieces = [p for a, b in pieces
                      for p in ((a, min(b, k["start"])), (max(a, k["end"]), b)) if p[1] > p[0]]
        out.extend({"start": a, "end": b} for a, b in pieces if b - a >= min_len)
    return out


def _union(a: list[dict], b: list[dict]) -> list[dict]:
    """Two lists of speech chunks (sample ranges) merged into one, in order, overlaps joined."""
    merged: list[dict] = []
    for c in sorted(a + b, key=lambda c: c["start"]):
        if merged and c["start"] <= merged[-1]["end"]:
            merged[-1]["end"] = max(merged[-1]["end"], c["end"])
        else:
            merged.append(dict(c))
    return merged
