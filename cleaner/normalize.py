"""Bytes to trustworthy text: decoding, binary detection and gated unicode repair.

Decoding tries UTF-8 first (nearly every corpus), then the single-byte Western code page when the
result reads like Latin-script text (a latin-1 "Café" must not become "Caf�"), or the Central
European or other Latin-script code page its letters say it is in (`latinguess`), then a detector.
ftfy is slow (about 1.5 MB/s), so it only runs when a cheap scan finds mojibake-shaped pairs.
Scrapers also leave line ends other than LF, invisible format characters and HTML entities in
plain text; `repair` turns those into what a reader of the page saw, so that lines, words and
duplicates are found as they would be in clean text.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from .errors import InputError
from .compiled import kept
from .io.lines import unmarked_wide

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
MOJIBAKE_LEADS = "\u00c2\u00c3\u00c5\u00c6\u00ce\u00cf\u00d0\u00d1\u00d8\u00d9\u00e2\u00e3"
_MOJIBAKE = re.compile(
    f"[{MOJIBAKE_LEADS}]"
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_LATIN_NON_ASCII_MAX = 0.4
# How much of a file the Latin-script charset test reads (one byte a character).
_LATIN_SAMPLE = 4 * SNIFF_BYTES
_C1_CONTROLS = re.compile("[\u0080-\u009f]")
# Line ends other than LF and CR LF (a lone CR, VT, FF, FS-RS, NEL, LS, PS): `str.splitlines` ends a
# line at each, a reader sees one, but the segmenter only cuts at LF. Each becomes one LF, so the
# text keeps its length and every offset stays valid. A NEL after a mojibake lead is half a letter
# read as Latin-1 ("Ñ\x85" is "х"): ftfy mends it.
_LINE_ENDS = re.compile(f"\r(?!\n)|[\x0b\x0c\x1c-\x1e\u2028\u2029]|(?<![{MOJIBAKE_LEADS}])\x85")
# The characters those two patterns start from (with LF, every line end `str.splitlines` knows): `in` finds one (or none) in a microsecond, where a
# pattern with a lookaround scans at ~50 MB/s, and most texts hold none.
LINE_END_CHARS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_INVISIBLE_CHARS = "\u00ad\u2060\ufeff\u200b\u200e\u200f\u061c"
# Scripts written without spaces, where a zero-width space is the only word boundary: kept there.
_UNSPACED = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff"
# Invisible characters that split a word without showing anything: soft hyphen, word joiner, a
# byte-order mark inside the text (ZWNBSP), and a zero-width space (HTML <wbr>) between words of
# spaced scripts; and the direction marks (LRM, RLM, the Arabic letter mark) editors of Arabic, Hebrew
# and Persian put around figures and at line ends ("نشر في: السبت \u200f5 ديسمبر"): they set where a
# number shows, say nothing, and hid a date line or a label from every rule. Joiners (ZWJ, ZWNJ)
# are kept: emoji sequences and Indic, Persian spelling need them.
# A soft hyphen after a mojibake lead is half a letter read as cp1252 ("Ã\u00ad" is "í"): ftfy needs it.
_INVISIBLE = kept(f"(?<![{MOJIBAKE_LEADS}])\u00ad|[\u2060\ufeff\u200e\u200f\u061c]|(?<![{_UNSPACED}])\u200b|\u200b(?![{_UNSPACED}])")
# After the mojibake repair, a soft hyphen still after a lead was no half letter ftfy could mend
# ('châ\u00adteau', 'ir\u00admã\u00adzi\u00adnha' hyphenated by a CMS): it goes as any other. (ftfy
# reads every NEL left as cp1252's '…'.)
_HYPHEN_LEFT = re.compile(f"(?<=[{MOJIBAKE_LEADS}])\u00ad")
# An HTML entity with its semicolon ("&amp;", "&#8217;", "&#x2019;"): without one, "AT&T" or
# "this&not that" would be mangled. Escaped twice ("&amp;nbsp;") is unescaped until nothing is left.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str
    repairs: tuple[str, ...] = ()
    by_letters: bool = False  # the charset told from this text's letters: no guess for the next line of a file


def decode(data: bytes, item: str, by_letters: bool = True) -> DecodedText:
    """Decode file bytes, or raise `InputError` naming `item` with a one-line reason. Without
    `by_letters`, bytes that read as Western text stay cp1252 (an HTML page's charset test reads
    its text without the markup, and the language it declares: html/charset.py)."""
    if not data:
        raise InputError(item, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_as(data, encoding, item)
    wide = unmarked_wide(data[:SNIFF_BYTES], whole=len(data) < SNIFF_BYTES)
    if wide is not None:
        return _decode_as(data, wide.codec, item, " without a byte-order mark")
    if looks_binary(data):
        raise InputError(item, "binary file (control bytes), not text")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    latin = _try_western(data)
    if latin is not None:
        return _western_or_sibling(data, latin) if by_letters else DecodedText(latin, "cp1252", ("decoded as cp1252",))
    import charset_normalizer  # here: its import costs 0.13 G instructions, and most runs never need it

    guess = charset_normalizer.from_bytes(data[: 4 * SNIFF_BYTES]).best()
    if guess is not None and guess.encoding:
        try:
            return DecodedText(data.decode(guess.encoding), guess.encoding, (f"decoded as {guess.encoding}",))
        except (UnicodeDecodeError, LookupError):
            pass
    raise InputError(item, f"undecodable bytes (not UTF-8 at byte {first_bad}, no other encoding fits)")


def _decode_as(data: bytes, encoding: str, item: str, how: str = "") -> DecodedText:
    try:
        return DecodedText(data.decode(encoding), encoding, () if encoding == "utf-8-sig" else (f"decoded as {encoding}{how}",))
    except UnicodeDecodeError as exc:
        said = f"{encoding}{how}" if how else f"{encoding} byte-order mark"
        raise InputError(item, f"undecodable bytes ({said}, bad byte at {exc.start})") from None


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


def _western_or_sibling(data: bytes, latin: str) -> DecodedText:
    """`latin` (the bytes read as cp1252), or the bytes read in the Latin-script charset they are
    in where that reading is mojibake (Polish 'spó³ka' is windows-1250's 'spółka': `latinguess`,
    the test HTML pages without a declaration get too). Right Western text keeps its cp1252."""
    from .latinguess import latin_charset  # here: most runs read UTF-8 only

    codec = latin_charset(data[:_LATIN_SAMPLE], latin[:_LATIN_SAMPLE])
    if codec:
        try:
            return DecodedText(data.decode(codec), codec, (f"decoded as {codec} (its letters; not UTF-8)",), by_letters=True)
        except UnicodeDecodeError:
            pass
    return DecodedText(latin, "cp1252", ("decoded as cp1252",))


def _cp1252_or_latin1(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def repair(text: str) -> tuple[str, tuple[str, ...]]:
    """Fix mojibake (ftfy, only when the cheap scan sees it) and compose to NFC.

    Returns the text and the repairs applied, so the report can say offsets refer to repaired text.
    Line ends, invisible characters and HTML entities are repaired first (see their patterns).
    """
    repairs: list[str] = []
    if _holds_any(text, LINE_END_CHARS) and _LINE_ENDS.search(text):
        text = _LINE_ENDS.sub("\n", text)
        repairs.append("line-ends")
    if _holds_any(text, _INVISIBLE_CHARS) and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
        repairs.append("invisible")
    if _ENTITY.search(text):
        unescaped = unescape_entities(text)
        if unescaped != text:  # "&madeup;" names no character: nothing to repair
            text = unescaped
            repairs.append("html-entities")
    if text.isascii():  # no mojibake, already NFC (a flag of the string: no scan)
        return text, tuple(repairs)
    if _MOJIBAKE.search(text):
        import ftfy  # here: its import costs 0.26 G instructions, for the rare text with mojibake

        fixed = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
        if fixed != text:
            text = fixed
            repairs.append("ftfy")
            # what the mojibake hid ("â€‹" is a zero-width space) is repaired like the rest:
            # left for the next run, the output was not a fixed point
            if _holds_any(text, LINE_END_CHARS) and _LINE_ENDS.search(text):
                text = _LINE_ENDS.sub("\n", text)
                if "line-ends" not in repairs:
                    repairs.append("line-ends")
            if _holds_any(text, _INVISIBLE_CHARS) and _INVISIBLE.search(text):
                text = _INVISIBLE.sub("", text)
                if "invisible" not in repairs:
                    repairs.append("invisible")
        if "\u00ad" in text and _HYPHEN_LEFT.search(text):
            text = _HYPHEN_LEFT.sub("", text)
            if "invisible" not in repairs:
                repairs.append("invisible")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        repairs.append("nfc")
    return text, tuple(repairs)


def _holds_any(text: str, chars: str) -> bool:
    return any(ch in text for ch in chars)


def unescape_entities(text: str) -> str:
    """Unescape semicolon-terminated HTML entities until none is left (each pass shortens the text).

    An entity that names no character ("&foo;") is left as it is, so the loop ends there too.
    What an entity stands for is repaired like the rest: a line end, an invisible character.
    """
    while True:
        unescaped = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
        if unescaped == text:
            break
        text = unescaped
    text = _LINE_ENDS.sub("\n", text)
    return _INVISIBLE.sub("", text)
