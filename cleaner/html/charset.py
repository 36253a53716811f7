"""Bytes of a web page to text, trusting the bytes over the page's own declaration.

Order: a byte-order mark; strict UTF-8 (valid multi-byte UTF-8 is almost never an accident, and
pages often declare latin-1 while serving UTF-8); the charset the page declares in a
`<meta charset>` or `http-equiv` tag, when the bytes decode with it; then the text reader's
fallbacks (cp1252 for Latin text, a detector), which raise `InputError` for binary data.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError
from ..normalize import decode

_HEAD_BYTES = 8192
# `charset=` inside a <meta> tag, quoted or not; bounded classes only, so it runs in linear time.
_META_CHARSET = re.compile(rb"<meta[^>]{0,512}?charset\s{0,8}=\s{0,8}[\"']?\s{0,8}([A-Za-z0-9_.:-]{1,40})", re.I)
# Web browsers read these labels as windows-1252 (the WHATWG encoding standard says so).
_WEB_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}
_NUL_SHARE = 0.001


def declared_charset(data: bytes) -> str | None:
    """The codec named by the page's first meta charset declaration, if Python knows it."""
    match = _META_CHARSET.search(data, 0, _HEAD_BYTES)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    label = _WEB_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


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
    declared = declared_charset(data)
    if declared is not None and declared != "utf-8":
        try:
            return data.decode(declared), (f"decoded as {declared} (declared)",)
        except (UnicodeDecodeError, LookupError):
            pass
    decoded = decode(data, item)
    return decoded.text, decoded.repairs
