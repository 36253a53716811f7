"""Words keep their combining marks (cleaner/words.py): Brahmic vowel signs and viramas are
part of a word, and a text without marks tokenises exactly as \\w+ did (dedup keys of Latin
text unchanged)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cleaner.dedup.text import has_unsegmented, token_windows, tokens
from cleaner.words import LETTERS, MARKS, SENTENCE_MARK, WORD

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.mark.parametrize(
    "text, words",
    [
        ("हिन्दी में समाचार।", ["हिन्दी", "में", "समाचार"]),  # Devanagari: vowel signs, virama, anusvara
        ("বাংলা সংবাদ", ["বাংলা", "সংবাদ"]),  # Bengali
        ("தமிழ் செய்திகள்", ["தமிழ்", "செய்திகள்"]),  # Tamil
        ("తెలుగు వార్తలు", ["తెలుగు", "వార్తలు"]),  # Telugu
        ("❤️ 1️⃣ ok", ["1", "ok"]),  # variation selectors and keycaps are no part of a word
    ],
)
def test_marks_belong_to_their_word(text, words):
    assert WORD.findall(text) == words


def test_letters_stop_at_digits_but_keep_marks():
    assert LETTERS.findall("हिन्दी2026 में_x") == ["हिन्दी", "में", "x"]


def test_text_without_marks_tokenises_as_before():
    """Every general and language fixture without combining marks (all but the Brahmic ones):
    WORD finds what \\w+ found, dedup what [^\\W_]+ found (but on CJK and other unsegmented
    text, which dedup cuts into characters on purpose). Turkish and Azerbaijani "İ" casefolds
    to "i" + U+0307: dedup tokens keep that dot in the word ("i̇lgi̇li̇", once "i", "lgi", "li")."""
    old_word, old_run, mark = re.compile(r"\w+"), re.compile(r"[^\W_]+"), re.compile(f"[{MARKS}]")
    for path in sorted((FIXTURES / "general").glob("*.txt")) + sorted((FIXTURES / "langs").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if not mark.search(text):
            assert WORD.findall(text) == old_word.findall(text), path.name
        if not mark.search(text.casefold()) and not has_unsegmented(text):
            assert tokens(text) == old_run.findall(text.casefold()), path.name


def test_an_ascii_text_tokenises_as_letter_runs_do():
    """An ASCII text takes a path of its own (a translation table and split, no category test):
    every ASCII character, in every neighbour, gives what [^\\W_]+ gives on the casefolded text."""
    old_run = re.compile(r"[^\W_]+")
    ascii_chars = "".join(map(chr, range(128)))
    texts = [ascii_chars, ascii_chars[::-1], "".join(a + b for a in ascii_chars for b in ascii_chars), "Le_Monde 2026 U.S. x-ray"]
    for text in texts:
        assert tokens(text) == old_run.findall(text.casefold())


def test_dedup_windows_never_cut_a_word_at_its_marks():
    text = "सूरजपुर जिले में बुधवार को संयंत्र का उद्घाटन किया गया। " * 20
    assert [t for window in token_windows(text, 7) for t in window] == tokens(text)
    assert "उद्घाटन" in tokens(text)


@pytest.mark.parametrize(
    "text, ends",
    [
        ("Work starts in March. It lasts eighteen months.", 2),
        ("A 3.5 km road for 2.400 euro", 0),
        ("“Thanks.” She left.", 2),
        # Chinese and Japanese write no space after a sentence: a CJK mark ends one whatever follows,
        # a run of them ("！？") once
        ("新酒の仕込みが始まった。蔵人たちは米を運んだ。", 2),
        ("会议周三举行。部长表示预算将削减！", 2),
        ("本当ですか！？驚きました。", 2),
        # Japanese closes a quoted sentence inside its bracket: the mark before 」 ends one
        ("鮮魚店の店主は「値段も少し下がりました。」と話した。", 2),
    ],
)
def test_sentence_marks_count_each_end_a_quote_closes_too(text: str, ends: int) -> None:
    """words.SENTENCE_MARK, shared by html/gallery.py and html/kickers.py (kickers' copy missed
    the 」 after a Japanese quote's full stop)."""
    assert len(SENTENCE_MARK.findall(text)) == ends
