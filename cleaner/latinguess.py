"""Which Latin-script legacy charset bytes read as windows-1252 (or Latin-1) are really in.

Central European text in windows-1250, ISO-8859-2 or ISO-8859-16 decodes as windows-1252 without
an error and keeps most letters ASCII, so a decoder's error or its share of accented letters
tells nothing: Polish 'spółka' reads 'spó³ka', Romanian '„Ştim”' reads '¥ªtim¹'. The letters do
(`letters`): symbols inside words that a charset reads as letters (`mended`), words of one of its
languages where the windows-1252 reading's are words of none. HTML pages (a crawler decoded them
as Latin-1, html/charset.py) and text files without a declaration (normalize.decode) share this
test, so both read the same bytes the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .letters import alphabets, evidence, one_western_language, reads_better, speaks, stand_ins, strays, unmixes

# Latin-1 symbols a word never holds ('³', '±', '¶', '¹', '¾'), where ISO-8859-2 and windows-1250
# keep letters ('ł', 'ą', 'ś', 'š', 'ž'); '«»', '·', 'ª º', '´', '¿' and the soft hyphen do sit in words.
# A C1 control inside a word too: Latin-1 reads windows-1250's 'ž' and 'Ž' (0x9E, 0x8E) as ones.
_IN_WORD_SYMBOL = re.compile("(?<=[^\\W\\d_])[\u0080-\u009f\u00a2-\u00a9\u00ac\u00ae-\u00b3\u00b5\u00b6\u00b8\u00b9\u00bc-\u00be](?=[^\\W\\d_])")
_MIN_SYMBOLS = 3


@lru_cache(maxsize=1)
def _symbol_in_word() -> re.Pattern[str]:
    """A character of windows-1252 (Latin-1 for its holes) between two letters, that is either
    one `_IN_WORD_SYMBOL` counts or no letter there and a letter in some Latin guess ('³' is
    windows-1250's 'ł'); built once, from alphabets.toml's guesses."""
    found = set()
    for byte in range(0x80, 0x100):
        raw = bytes([byte])
        char = raw.decode("cp1252", "ignore") or raw.decode("latin-1")
        if _IN_WORD_SYMBOL.match(f"a{char}a", 1) or not char.isalpha() and any(
                raw.decode(codec, "ignore").isalpha() for codec in alphabets().latin_guesses):
            found.add(char)
    return re.compile(f"(?<=[^\\W\\d_])[{re.escape(''.join(sorted(found)))}](?=[^\\W\\d_])")


def _western_only(text: str) -> bool:
    """`text` (a windows-1252 reading) cannot be mojibake by any test of `latin_charset` without a
    declared language: no character another charset reads as a letter stands inside a word, and
    one windows-1252 language writes all its letters (`letters.one_western_language`). Cheap
    beside the tests, which every line of a JSONL file in windows-1252 would run."""
    return not _symbol_in_word().search(text) and one_western_language(text)


def mended(latin: str, decoded: str) -> bool:
    """`decoded`, another charset's reading of the same bytes, turns the symbols inside words of
    `latin`, their Latin-1 reading, into letters: at least `_MIN_SYMBOLS` of them, and not a
    tenth of them left."""
    before = len(_IN_WORD_SYMBOL.findall(latin))
    if before < _MIN_SYMBOLS:
        return False
    return 10 * len(_IN_WORD_SYMBOL.findall(decoded)) < before


def latin_charset(sample: bytes, text: str, lang: str | None = None, by_language_only: bool = False,
                  declared: str | None = None) -> str | None:
    """The Latin-script charset of alphabets.toml's [latin] guesses that `sample` (bytes whose
    windows-1252 reading is `text`, most letters ASCII) is in, where that reading is mojibake:
    its reading turns symbols inside words into letters (`mended`), or spells words of one of its
    languages where `text` spells words of none (`letters.reads_better`), or words of the
    declared language `lang` where `text` does not (`letters.speaks`; the only test with
    `by_language_only`), or letters of one of its languages where `text` has several's
    (`letters.unmixes`). Of several, the one with the fewest `letters.strays`, then the one whose
    changed words are most words of one of its languages, then the `declared` one, then the one
    writing a language's own letters, not a charset's stand-ins for them (`letters.stand_ins`:
    the same bytes are Romanian 'ș' in ISO-8859-16 and 'ş' in windows-1250). None when no test
    chose one, when a charset no test chose reads the bytes with fewer strays still (nothing is
    sure), or when they are UTF-8 (its mojibake is the text repair's)."""
    try:
        sample.decode("utf-8")
        return None
    except UnicodeError:
        pass
    if lang is None and _western_only(text):
        return None
    best, best_key, least = "", (0, 0, 0.0, False, 0, 0), (len(sample) + 1, 0)
    for rank, codec in enumerate(alphabets().latin_guesses):
        try:
            reading = sample.decode(codec)
        except UnicodeError:
            continue  # a byte the charset does not have
        stray = strays(reading, codec)
        least = min(least, stray)
        told = speaks(text, reading, codec, lang) or not by_language_only and (
            mended(text, reading) or reads_better(text, reading, codec) or unmixes(text, reading, codec))
        if told:
            seen = evidence(text, reading, codec)
            key = (-stray[0], -stray[1], seen.fit / seen.changed if seen.changed else 0.0, codec == declared, -stand_ins(reading), -rank)
            if not best or key > best_key:
                best, best_key = codec, key
    if not best or (-best_key[0], -best_key[1]) > least:
        return None
    return best
