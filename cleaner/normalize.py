"""Bytes to trustworthy text: decoding, binary detection and gated unicode repair.

Decoding tries UTF-8 first (nearly every corpus), then the single-byte Western code page when the
result reads like Latin-script text (a latin-1 "Café" must not become "Caf�"), then a detector.
ftfy is slow (about 1.5 MB/s), so it only runs when a cheap scan finds mojibake-shaped pairs.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import charset_normalizer
import ftfy

from .errors import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Control bytes that never occur in text files (tab, LF, FF, CR and ESC excepted).
_BINARY_BYTES = bytes(range(0, 9)) + bytes([11]) + bytes(range(14, 27)) + bytes(range(28, 32))
_BINARY_SHARE = 0.01
SNIFF_BYTES = 65536
# UTF-8 read as cp1252/latin-1 leaves a lead char (Â Ã â Ð Ñ …) followed by a continuation char.
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3\u00c5\u00c6\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2\u00e3]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_LATIN_NON_ASCII_MAX = 0.4
_C1_CONTROLS = re.compile("[\u0080-\u009f]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    repairs: tuple[str, ...] = ()


def decode(data: bytes, item: str) -> DecodedText:
    """Decode file bytes, or raise `InputError` naming `item` with a one-line reason."""
    if not data:
        raise InputError(item, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, item)
    if looks_binary(data):
        raise InputError(item, "binary file (control bytes), not text")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    latin = _try_western(data)
    if latin is not None:
        return DecodedText(latin, "cp1252", ("decoded as cp1252",))
    guess = charset_normalizer.from_bytes(data[: 4 * SNIFF_BYTES]).best()
    if guess is not None and guess.encoding:
        try:
            return DecodedText(data.decode(guess.encoding), guess.encoding, (f"decoded as {guess.encoding}",))
        except (UnicodeDecodeError, LookupError):
            pass
    raise InputError(item, f"undecodable bytes (not UTF-8 at byte {first_bad}, no other encoding fits)")


def _decode_as(data: bytes, encoding: str, item: str) -> DecodedText:
    try:
        return DecodedText(data.decode(encoding), encoding, () if encoding == "utf-8-sig" else (f"decoded as {encoding}",))
    except UnicodeDecodeError as exc:
        raise InputError(item, f"undecodable bytes ({encoding} byte-order mark, bad byte at {exc.start})") from None


def looks_binary(data: bytes) -> bool:
    head = data[:SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _BINARY_BYTES))
    return controls > _BINARY_SHARE * len(head)


def _try_western(data: bytes) -> str | None:
    """cp1252 (latin-1 for its 5 holes) when the result reads as Latin-script text.

    Cyrillic or Greek single-byte text also decodes in cp1252, but then nearly every letter is
    non-ASCII; real Western text keeps accented letters a minority.
    """
    text = _cp1252_or_latin1(data)
    if _C1_CONTROLS.search(text):
        return None
    letters = sum(1 for ch in text if ch.isalpha())
    if not letters:
        return None
    non_ascii = sum(1 for ch in text if ch.isalpha() and ord(ch) > 127)
    return text if non_ascii / letters <= _LATIN_NON_ASCII_MAX else None


def _cp1252_or_latin1(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def repair(text: str) -> tuple[str, tuple[str, ...]]:
    """Fix mojibake (ftfy, only when the cheap scan sees it) and compose to NFC.

    Returns the text and the repairs applied, so the report can say offsets refer to repaired text.
    """
    repairs: list[str] = []
    if _MOJIBAKE.search(text):
        fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
        if fixed != text:
            text = fixed
            repairs.append("ftfy")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        repairs.append("nfc")
    return text, tuple(repairs)
