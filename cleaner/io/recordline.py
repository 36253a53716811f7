"""A JSONL record written back as its input line, with only its text field's value replaced.

Re-dumping a parsed record rewrites what the cleaner never touched: separators (`jq -c` writes
`{"a":1}`, Python `{"a": 1}`), numbers (`1.50` -> `1.5`, `1e5` -> `100000.0`), `\\u00e9` escapes
and key order of repeated keys. An `--in-place` run or the pre-commit hook then changed files
whose text was already clean. So the reader keeps the line around the text value (`LineFrame`),
and the writer puts the new value back between the two halves: a record whose clean text is
the text it read comes out byte-identical, a changed one differs in that value only (written
with `\\u` escapes when the input's value was, as far as JSON allows).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from json.decoder import scanstring
from typing import Iterator, NamedTuple

_SPACE = re.compile(r"[ \t\n\r]*")
_SCAN = json.JSONDecoder().scan_once  # (line, index) -> (value, end); clears its memo per call
# What a new field is joined with when the record has no pair to copy the separators from.
_DEFAULT_ITEM, _DEFAULT_COLON = ", ", ": "


@dataclass(frozen=True, slots=True)
class LineFrame:
    """A record's line cut around its text field's value: `head` + value + `tail` is the line.

    `token` is the value as written, kept only when `json.dumps` would not write it so (a `\\/`
    escape, mixed escaping): most frames hold no copy of the text. `present`: the line has the
    field (an `--html-field` run may add it, before the closing brace)."""

    head: str
    tail: str
    ascii_only: bool
    present: bool
    token: str | None = None


def frame_line(line: str, field: str, value: object) -> LineFrame:
    """The frame of a line already read as a JSON object whose `field` holds `value` (the last
    pair of that name, as `json.loads` reads it), or where the field would be added."""
    pairs = list(_top_level_pairs(line))
    spans = [pair for pair in pairs if pair.key == field]
    if spans:
        start, end = spans[-1].value_start, spans[-1].value_end
        token = line[start:end]
        ascii_only = token.isascii() and isinstance(value, str) and not value.isascii()
        kept = None if json.dumps(value, ensure_ascii=ascii_only) == token else token
        return LineFrame(line[:start], line[end:], ascii_only, True, kept)
    ascii_only = line.isascii() and "\\u" in line
    key = json.dumps(field, ensure_ascii=ascii_only)
    if not pairs:
        close = line.rindex("}")
        return LineFrame(line[:close] + key + _DEFAULT_COLON, line[close:], ascii_only, False)
    first, last = pairs[0], pairs[-1]
    colon = line[first.key_end : first.value_start]
    item = line[first.value_end : pairs[1].key_start] if len(pairs) > 1 else _DEFAULT_ITEM
    return LineFrame(line[: last.value_end] + item + key + colon, line[last.value_end :], ascii_only, False)


def framed_line(frame: LineFrame, text: str, original: object) -> str:
    """The line with `text` as the field's value; the line as read when `text` is `original`."""
    if frame.token is not None and text == original:
        return frame.head + frame.token + frame.tail
    return frame.head + json.dumps(text, ensure_ascii=frame.ascii_only) + frame.tail


def as_read(text: str, original: object, newline: str = "\n") -> str:
    """`original` when the clean text is that text read: a clean text always ends with a
    newline (`newline`, the one the text's lines end with), and a field read without one (most
    scrapers write none) is unchanged all the same; else the clean text (a changed record's
    text ends with a newline, as always)."""
    if isinstance(original, str) and text.startswith(original) and text[len(original) :] in ("", newline):
        return original
    return text


class _Pair(NamedTuple):
    key: str
    key_start: int  # its opening quote
    key_end: int
    value_start: int
    value_end: int


def _top_level_pairs(line: str) -> Iterator[_Pair]:
    """Each key and value of the object `line` holds, where they are.

    Strings are skipped by their quotes, not decoded (the text value may be megabytes); other
    values by the C scanner. The line is known to be valid JSON: no error handling here."""
    index = _SPACE.match(line, _SPACE.match(line).end() + 1).end()  # after "{"
    if line[index] == "}":
        return
    while True:
        key, key_end = scanstring(line, index + 1)
        start = _SPACE.match(line, _SPACE.match(line, key_end).end() + 1).end()  # after ":"
        end = _string_end(line, start) if line[start] == '"' else _SCAN(line, start)[1]
        yield _Pair(key, index, key_end, start, end)
        after = _SPACE.match(line, end).end()
        if line[after] == "}":
            return
        index = _SPACE.match(line, after + 1).end()


def _string_end(line: str, start: int) -> int:
    """The index after the closing quote of the JSON string opening at `start`: the first quote
    not escaped by an odd run of backslashes."""
    at = start + 1
    while True:
        quote = line.index('"', at)
        before = quote
        while line[before - 1] == "\\":
            before -= 1
        if (quote - before) % 2 == 0:
            return quote + 1
        at = quote + 1
