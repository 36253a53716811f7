"""Bytes of a web page to text, trusting the bytes over the page's own declaration.

Order: a byte-order mark; strict UTF-8 (valid multi-byte UTF-8 is almost never an accident, and
pages often declare latin-1 while serving UTF-8); the charset the page declares in a
`<meta charset>` or `http-equiv` tag, or the Content-Type of the HTTP head a crawler saved before it
(which browsers obey first), when the bytes decode with it; then the text reader's
fallbacks (cp1252 for Latin text, a detector), which raise `InputError` for binary data.

A page that comes as text (a JSONL record's field) may have been decoded by its crawler as
Latin-1 against the legacy charset it declares: `undo_legacy_mojibake` reads it again.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from ..errors import InputError
from ..io.response import without_response_head
from ..normalize import decode
from ..latinguess import latin_charset, mended as latin_mended
from ..letters import common_reading, may_be_cjk, reads_better, speaks
from .siblings import has_siblings, sibling_charset, sibling_text

_HEAD_BYTES = 8192
# `charset=` inside a <meta> tag, quoted or not; bounded classes only, so it runs in linear time.
_META_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s{0,8}=\s{0,8}[\"']?\s{0,8}([A-Za-z0-9_.:-]{1,40})", re.I)
# Web browsers read these labels as windows-1252 (the WHATWG encoding standard says so).
_WEB_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_NUL_SHARE = 0.001


# An XHTML page's XML declaration, first in the file, names its encoding too.
_XML_ENCODING = re.compile(rb"\s{0,64}<\?xml[^>]{0,200}?encoding\s{0,8}=\s{0,8}[\"']([A-Za-z0-9_.:-]{1,40})")


def declared_charset(data: bytes) -> str | None:
    """The codec named by the page's first meta charset declaration (else by the XML
    declaration opening an XHTML page), if Python knows it."""
    match = _META_CHARSET.search(data, 0, _HEAD_BYTES) or _XML_ENCODING.match(data)
    if match is None:
        return None
    return _codec(match.group(1).decode("ascii"))


def decode_html(data: bytes, item: str) -> tuple[str, tuple[str, ...]]:
    """The page's text and what was done to get it (empty when it was plain UTF-8)."""
    if not data.strip():
        raise InputError(item, "empty page")
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        decoded = decode(data, item)
        return decoded.text, decoded.repairs
    head = data[:_HEAD_BYTES]
    if head.count(0) > _NUL_SHARE * len(head):
        raise InputError(item, "binary data (NUL bytes), not HTML")
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    for declared in dict.fromkeys((_head_charset(data), declared_charset(data))):
        if declared is None or declared == "utf-8":
            continue
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            continue
        return _declared_or_sibling(data, text, declared)
    decoded = decode(data, item, by_letters=False)  # undo_legacy_mojibake's Latin guess reads the text without markup
    return decoded.text, decoded.repairs


def _declared_or_sibling(data: bytes, text: str, declared: str) -> tuple[str, tuple[str, ...]]:
    """The page decoded by its declared charset, or by the sibling Latin-script charset its bytes
    are in (`siblings.sibling_charset`: ISO-8859-16 Romanian declared windows-1250)."""
    sibling = sibling_charset(_sample(data[:_SAMPLE_CHARS].decode("latin-1")).encode("latin-1"), declared)
    if sibling:
        try:
            return data.decode(sibling), (f"decoded as {sibling} (declared {declared}; its bytes are {sibling}'s)",)
        except UnicodeDecodeError:
            pass
    return text, (f"decoded as {declared} (declared)",)


def _head_charset(data: bytes) -> str | None:
    """The codec the Content-Type of a saved response head names (a `.html` file written with
    the HTTP head it came with, the page's only word on its charset)."""
    if data[:64].lstrip()[:5] not in (b"HTTP/", b"WARC/"):
        return None
    charset = without_response_head(data[:_HEAD_BYTES].decode("latin-1"))[1]
    return _codec(charset) if charset else None


_MARKUP = re.compile(r"<(script|style)\b.*?</\1\s*>|<[^>]*>", re.I | re.S)
_SAMPLE_CHARS = 200_000


def _sample(text: str) -> str:
    """The page's first `_SAMPLE_CHARS` characters with their tags and scripts blanked: the
    text whose words and symbols the charset tests count."""
    return _MARKUP.sub(" ", text[:_SAMPLE_CHARS])


# The bytes windows-1252 shows as other characters than Latin-1 does ("€" for 0x80): a crawler
# that decoded with either is undone by mapping them back to Latin-1's character of that byte.
_CP1252_BACK = {ord(bytes([b]).decode("cp1252", "ignore") or "\0"): b for b in range(0x80, 0xA0)}
_CP1252_BACK.pop(0, None)
# A character no single byte read as Latin-1 or windows-1252 gives: the page is not such a reading.
_BEYOND_BYTES = re.compile("[^\x00-\xff" + "".join(map(chr, _CP1252_BACK)) + "]")
_LATIN = frozenset({"cp1252", "iso8859-1", "utf-8", "ascii"})
# What browsers read these labels as (the WHATWG encoding standard): each a superset, whose extra
# characters ("①", "髙", rarer Han) pages labelled with the narrower name use all the same.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "shift_jis": "cp932", "euc_kr": "cp949", "big5": "big5hkscs"}


def page_text(data: bytes | str, item: str, min_foreign_share: float) -> tuple[str, tuple[str, ...]]:
    """The page's HTML as text, with the repairs made: bytes decoded by their declared charset;
    a crawler's saved response heads cut off (their Content-Type's charset kept as a declaration);
    a page a crawler decoded as Latin-1 against the legacy charset it declares read again in it,
    one it decoded by a Latin-script declaration its bytes belie in their sibling charset."""
    html, repairs = decode_html(data, item) if isinstance(data, bytes) else (data, ())
    html, head_charset = without_response_head(html)
    declared = _text_declared(html, head_charset)  # once: a page nothing re-read is the same text
    html, undone = undo_legacy_mojibake(html, declared, min_foreign_share)
    if not undone and isinstance(data, str) and not html.isascii():  # decoded by its declaration, wrongly?
        if declared and has_siblings(declared):
            html, undone = sibling_text(html, _sample(html), declared)
    return html, (*repairs, *undone)


def _text_declared(html: str, head_charset: str | None) -> str | None:
    """The charset a page already decoded to text declares: its saved response head's, else its
    own `<meta>`'s."""
    return _codec(head_charset) if head_charset else declared_charset(html[:_HEAD_BYTES].encode("utf-8", "replace"))


def undo_legacy_mojibake(html: str, declared: str | None, min_share: float) -> tuple[str, tuple[str, ...]]:
    """The page read again with the legacy charset it declares, when a crawler decoded its bytes
    as Latin-1 or windows-1252 instead (every character one byte, most letters not ASCII: see
    html.toml's [charset]); else the page as it was. Strict decoding is the second check: a
    multi-byte charset's byte pairs rarely all hold by chance. A Central European page (Polish,
    Croatian, Slovak) keeps most letters ASCII; its Latin-1 reading shows instead as symbols
    inside words ('Mot³awie', 'mo¾e') that its own charset reads as letters (`latinguess.mended`), or as
    words of no one Latin-1 language ('úøad', 'baþýna') that its own charset reads as words of one
    of its languages (`letters.reads_better`). `declared`: the page's own charset
    (`_text_declared`); every answer but a re-read is the page as it was."""
    lang = page_language(html)
    if declared is None and not html.isascii() and not _BEYOND_BYTES.search(html):
        return _guessed(html, min_share, lang)
    if declared in ("cp1252", "iso8859-1") and not html.isascii() and not _BEYOND_BYTES.search(html):
        return _latin_guessed(html, _sample(html), lang, by_language_only=True)
    if declared is None or declared in _LATIN or declared.startswith("utf") or html.isascii():
        return html, ()
    declared = _SUPERSETS.get(declared, declared)
    try:
        data = html.translate(_CP1252_BACK).encode("latin-1")
        decoded = data.decode(declared)
    except (UnicodeError, LookupError):
        return html, ()
    text, reading = _sample(html), _sample(decoded)
    mended = (latin_mended(text, reading) or _latin_script(declared) and (reads_better(text, reading, declared)
                                                                   or speaks(text, reading, declared, lang))
              or _symbols_told(text, reading, declared))
    if not mended and _latin_script(declared):  # a sibling charset may be the page's: ISO-8859-16 declared as windows-1250
        return _latin_guessed(html, text, lang, declared=declared)
    if not mended and (_foreign_share(text) < min_share or not _reads_as_words(decoded, declared)):
        return html, ()
    return decoded, (f"re-read as {declared} (declared; decoded as Latin-1 before)",)


def _symbol_letters(codec: str) -> dict[str, str]:
    """The characters a charset reads other than Latin-1 does, when Latin-1 reads a symbol at
    every such byte (ISO-8859-15: '¤' is '€', '½' is 'œ', '¦' is 'Š'); {} for one that changes a
    letter too (ISO-8859-9's 'ý' is 'ı': letters.reads_better weighs those)."""
    changed = {}
    for byte in range(0xA0, 0x100):
        latin, own = bytes([byte]).decode("latin-1"), bytes([byte]).decode(codec, "replace")
        if latin != own:
            if latin.isalpha():
                return {}
            changed[latin] = own
    return changed


# Where a changed symbol stands as what the declared charset reads it as: a currency sign beside
# a number or its unit word ('12 ¤', '¤12', '4,2 millions ¤', '3 Mio. ¤'), a letter inside or opening a word ('c½ur', '¼uvre', '¦koda'), not after
# a digit ('1½' is a half). Latin-1's acute accent and cedilla are no tell: '´' is an apostrophe in
# careless typing ("it´s"), and where one stands so the page is Latin-1 (`_symbols_told`).
_TELL_SKIP = frozenset("\u00b4\u00b8")


def _symbols_told(text: str, decoded: str, codec: str) -> bool:
    """A page in a charset that differs from Latin-1 only in symbols (`_symbol_letters`), read as
    Latin-1: its changed symbols all stand where the declared reading's character does (a euro
    sign beside a number, a letter in a word) and one at least; its reading holds no C1 control
    (a page with cp1252's quotes or a right '€' was not read so: those bytes are controls here)."""
    changed = _symbol_letters(codec)
    if not changed or _C1.search(decoded):
        return False
    tells = 0
    for match in re.finditer("[" + re.escape("".join(changed)) + "]", text):
        symbol, start, end = match.group(), match.start(), match.end()
        before, after = text[start - 1:start], text[end:end + 1]
        own = changed[symbol]
        if symbol in _TELL_SKIP:
            return False
        if unicodedata.category(own) == "Sc":
            told = bool(_AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(text[max(0, start - 20):start]))
        else:
            told = after.isalpha() and not before.isdigit()
        if not told:
            return False
        tells += 1
    return tells > 0


_C1 = re.compile("[\u0080-\u009f]")
_AMOUNT_AFTER = re.compile(r"\s?\d")
_AMOUNT_BEFORE = re.compile(r"\d(?:\s?[^\W\d_]{1,10}\.?)?\s?$")


def _latin_script(codec: str) -> bool:
    """A Latin-script legacy charset (ISO-8859-2, windows-1250, -1254, -1258...): read as Latin-1,
    its text keeps most letters ASCII, so only `latinguess.mended` tells its mojibake; a short page of
    accented words ('Ça été ôté') is most letters not ASCII and right all the same."""
    letters = [char for char in bytes(range(0x80, 0x100)).decode(codec, "replace") if char.isalpha()]
    return sum("LATIN" in unicodedata.name(char, "") for char in letters) * 2 > len(letters)


# Scripts of the single-byte charsets, whose words hold no ASCII letter: a reading giving
# 'йtй' or 'Зa' read Latin text in a Cyrillic charset declared wrongly.
_SINGLE_BYTE_SCRIPTS = ("CYRILLIC", "GREEK", "HEBREW", "ARABIC", "THAI")


def _reads_as_words(decoded: str, codec: str) -> bool:
    """In a single-byte charset, the reading has words of its script, and not a tenth of them
    hold an ASCII letter (a page of '1º' or 'é' has none: nothing says it was mojibake). A
    multi-byte charset's strict decoding was the check already (its words hold ASCII: 'iPhone用')."""
    if len(b"\xe0\xe0".decode(codec, "replace")) == 1:
        return True
    words = _WORDS.findall(_sample(decoded))
    scripted = [word for word in words if any(unicodedata.name(char, "").startswith(_SINGLE_BYTE_SCRIPTS)
                                              for char in word if not char.isascii())]
    return 10 * sum(bool(_ASCII_LETTER.search(word)) for word in scripted) <= len(scripted) > 0


# The legacy charsets a page declaring none may be in, tried when its Latin-1 reading has mostly
# non-ASCII letters (which no Latin-script text has): Cyrillic and Greek, whose letters have a
# case that tells a right reading from a wrong one; then the CJK charsets, whose right reading
# uses its language's most common characters most (`letters.common_reading`). Scripts without
# case (Arabic, Hebrew, Thai) read each other's bytes as words alike: a page in one is left as it was.
_GUESSES = ("cp1251", "koi8_r", "cp1253")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_ASCII_LETTER = re.compile("[A-Za-z]")
_MIN_FIT = 0.7


def _guessed(html: str, min_share: float, lang: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The page read in the CJK charset whose reading's most frequent characters are its
    language's common ones (`letters.common_reading`), else in the one charset of `_GUESSES`
    whose reading fits best (`_fit`) when it fits well and `min_share` of the letters of the
    page's Latin-1 reading are not ASCII (a Big5 page's are not); else as it was. A wrong
    single-byte charset still gives letters of one script, but in mixed case inside words
    ('ъПНДЯЙНИ'); a wrong multi-byte one rarely decodes at all, and into rare characters if so."""
    text = _sample(html)
    foreign = _foreign_share(text) >= min_share
    if not foreign and not may_be_cjk(text):
        return _latin_guessed(html, text, lang)
    sample = text.translate(_CP1252_BACK).encode("latin-1", "replace")
    try:
        sample.decode("utf-8")
        return html, ()  # UTF-8 read as Latin-1: the text's mojibake repair (ftfy) mends it
    except UnicodeError:
        pass
    # a CJK charset first, by the characters its reading uses most (the sample cut after a space:
    # its 200,000 characters may end inside a two-byte character): koi8-r reads Korean and
    # Japanese bytes as cased Cyrillic words too
    codec = may_be_cjk(text) and common_reading(sample[: sample.rfind(b" ") + 1] or sample) or ""
    fits = []
    for rank, guess in enumerate(_GUESSES if foreign and not codec else ()):
        try:
            fits.append((_fit(sample.decode(guess)), -rank, guess))
        except UnicodeError:
            continue
    fit, _, best = max(fits, default=(0.0, 0, ""))
    if fit >= _MIN_FIT:
        codec = best
    if not codec:  # no CJK, Cyrillic or Greek reading: a Latin-script one (Vietnamese has CJK's share of high bytes)
        return (html, ()) if foreign else _latin_guessed(html, text, lang)
    try:
        data = html.translate(_CP1252_BACK).encode("latin-1")
        return data.decode(codec), (f"re-read as {codec} (guessed; decoded as Latin-1 before)",)
    except UnicodeError:
        return html, ()


# The language a page declares (`<html lang="hu">`, xml:lang too), its primary subtag lowercased.
_PAGE_LANGUAGE = re.compile(r"<html\b[^>]{0,400}?\blang\s{0,4}=\s{0,4}[\"']?\s{0,4}([A-Za-z]{2,3})\b", re.I)


def page_language(html: str) -> str | None:
    match = _PAGE_LANGUAGE.search(html, 0, _HEAD_BYTES)
    return match.group(1).lower() if match else None


def _latin_guessed(html: str, text: str, lang: str | None, by_language_only: bool = False,
                   declared: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The page, most letters ASCII, read in the Latin-script charset its bytes are in where its
    Latin-1 reading is mojibake (`latinguess.latin_charset` on its `text`, the page's sample);
    else as it was."""
    try:
        data = html.translate(_CP1252_BACK).encode("latin-1")
        best = latin_charset(text.translate(_CP1252_BACK).encode("latin-1"), text, lang, by_language_only, declared)
        return (data.decode(best), (f"re-read as {best} (guessed; decoded as Latin-1 before)",)) if best else (html, ())
    except UnicodeError:
        return html, ()


def _fit(text: str) -> float:
    """How well a reading looks like text: the share of its words in a non-Latin script, times
    the share of them cased as words are (all lower, or a capital first; not 'ъПНДЯЙНИ') and
    without an ASCII letter (Latin text read so keeps its ASCII ones: 'Зa йtй фtй' was 'Ça été
    ôté'), and some capital first."""
    words = _WORDS.findall(text)
    if not words:
        return 0.0
    foreign = [word for word in words if not word.isascii() and "LATIN" not in unicodedata.name(word[0], "LATIN")]
    cased = sum((word[1:] == word[1:].lower() and word != word.lower() or word.islower()) and "ς" not in word[:-1]
                and not _ASCII_LETTER.search(word)
                for word in foreign)  # Greek's final sigma ends a word: 'ρξβες' inside is Cyrillic read as Greek
    if not any(word[0].isupper() for word in foreign):
        return 0.0  # a text in a cased script opens its sentences with capitals; Hebrew read as Greek has none
    return len(foreign) / len(words) * cased / len(foreign)


def _codec(label: str) -> str | None:
    label = _WEB_ALIASES.get(label.lower(), label.lower())
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _foreign_share(text: str) -> float:
    """The share of non-ASCII letters among the letters of the page's text (its `_sample`)."""
    letters = [char for char in text if char.isalpha()]
    return sum(not char.isascii() for char in letters) / len(letters) if letters else 0.0
