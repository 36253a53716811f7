"""Which fields of a JSONL record say where its page came from, and what to say when the text
field is missing: corpora name them differently (datatrove, news-please, crawler dumps)."""

from __future__ import annotations

import re
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Callable
from urllib.parse import urlsplit

from ..langtag import primary_subtag

# Where corpora keep a record's page address: at the top level or in a metadata object
# (datatrove writes {"text", "id", "metadata": {"url": ...}}), under one of these names; else a
# host name under one of `_HOST_FIELDS` (news-please writes "source_domain"). Without either,
# the file is the dedup policies' source.
_URL_FIELDS = ("url", "link", "source_url", "canonical_url", "page_url", "uri")
_HOST_FIELDS = ("domain", "source_domain", "host", "hostname", "site")
_NESTED_FIELDS = ("metadata", "meta")
# Where corpora state when a record's page was published (news-please's "date_publish", schema.org's
# "datePublished", crawler dumps' "published" or "date"): the dedup plan keeps the earliest copy.
_DATE_FIELDS = ("published", "date_published", "datePublished", "date_publish", "publish_date", "published_at", "pubdate", "date")
# A day written in a path or URL: 2026-12-06, 2026/12/06, 20261206 (one separator throughout).
_PATH_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([-_/.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)")
# Where corpora state a record's language (datatrove's "language" in metadata, news-please's "language").
_LANGUAGE_FIELDS = ("lang", "language", "language_code", "locale")


def source_of(url: str | None, fallback: str) -> str:
    """The dedup policy scope: a URL's host (without www.), else the folder or file it came from."""
    host = _url_host(url) if url else None
    return host.removeprefix("www.") if host else fallback


def _url_host(url: str) -> str | None:
    """A URL's host name, or None: `urlsplit` raises ValueError on a malformed address (an
    unclosed IPv6 bracket, "https://[::1/"), which a scraped field may well hold."""
    try:
        return urlsplit(url).hostname or None
    except ValueError:
        return None


def missing_field(record: dict, field: str, text: bool) -> str:
    """Why a record has nothing to clean, with the fields it does hold (a corpus that keeps its
    text as "maintext" or "content" fails on every line: the first message must say how out)."""
    how = "--text-field (or text_field in cleaner.toml) names" if text else "--html-field names"
    if field in record:  # "no string field 'text' (fields: 'id', 'text')" read as a contradiction
        return f"field {field!r} holds {_json_kind(record[field])}, not a string ({how} another)"
    names = ", ".join(repr(k) for k in list(record)[:8]) + (", ..." if len(record) > 8 else "")
    page = _html_field(record) if text else None
    hint = f"; {page!r} holds a page: --html-field {page}" if page else ""
    return f"no string field {field!r} (fields: {names or 'none'}; {how} another{hint})"


def _html_field(record: dict) -> str | None:
    """The first field holding a page's HTML (a string opening on a tag, with "<html", "<body" or
    "<p" in its first 2,000 characters): a crawl saved as {"url", "html"} is read with
    `--html-field html`, which the message names rather than leaving the user to guess."""
    for name, value in record.items():
        if isinstance(value, str) and value.lstrip()[:1] == "<":
            head = value[:2000].lower()
            if "<html" in head or "<body" in head or "<p" in head:
                return name
    return None


def _json_kind(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "an object" if isinstance(value, dict) else "an array"


def record_source(record: dict, fallback: str) -> str:
    """A JSONL record's dedup source: the host of the first URL field found, else a host-name
    field, else `fallback`. Sites differ in template and reprints come from
    other sites, so one file of many sites must not count as one source."""
    holders = _holders(record)
    found = _first_field(holders, _URL_FIELDS, _url_source)
    if found is None:
        found = _first_field(holders, _HOST_FIELDS, _host_name)
    return fallback if found is None else found


def _url_source(value: str) -> str | None:
    """`source_of` a URL field's value that has a host (the host read once), else None."""
    host = _url_host(value.strip())
    return host.removeprefix("www.") if host else None


def record_language(record: dict) -> str | None:
    """The language a JSONL record states, as a primary subtag, else None: a hint the rules
    take when the text's own words agree (language.confirms_declared)."""
    return _first_field(_holders(record), _LANGUAGE_FIELDS, lambda value: primary_subtag(value) or None)


def _holders(record: dict) -> list[dict]:
    """The record and its metadata objects, where corpora keep a page's address and language."""
    return [record] + [record[k] for k in _NESTED_FIELDS if isinstance(record.get(k), dict)]


def _first_field(holders: list[dict], names: tuple[str, ...], read: Callable[[str], str | None]) -> str | None:
    """What `read` makes of the first string field among `names`, holder by holder, that it
    accepts (returns a value for)."""
    for holder in holders:
        for name in names:
            value = holder.get(name)
            if isinstance(value, str) and (found := read(value)) is not None:
                return found
    return None


def _host_name(value: str) -> str | None:
    """A host-name field's value ("www.Example.com" -> "example.com"), if it looks like one."""
    return value.strip().lower().removeprefix("www.") if "." in value and not value.strip().count(" ") else None


def record_published(record: dict, page: float | None = None) -> float | None:
    """When a JSONL record says its page was published (seconds since the epoch, UTC): its first
    date field that reads as a date or time, else `page` (what its HTML page states, for a record
    read with `--html-field`: the corpus's own field is what its maker chose to keep), else a day
    in its URL, else None."""
    holders = _holders(record)
    for holder in holders:
        for name in _DATE_FIELDS:
            found = moment(holder.get(name))
            if found is not None:
                return found
    if page is not None:
        return page
    url = _first_field(holders, _URL_FIELDS, lambda value: value if _url_host(value.strip()) else None)
    return path_published(urlsplit(url.strip()).path) if url else None


def path_published(path: str) -> float | None:
    """The last day written in a file path or URL path (`site/2026/12/06/crue.html`,
    `2026-12-06-crue.txt`), as the epoch seconds of its midnight UTC, else None."""
    days = _PATH_DAY.findall(path)
    if not days:
        return None
    year, _, month, day = days[-1]
    try:
        return datetime(int(year), int(month), int(day), tzinfo=timezone.utc).timestamp()
    except ValueError:  # 2026-02-30
        return None


def moment(value: object) -> float | None:
    """A date field's value as epoch seconds: ISO 8601 (a day alone is its midnight UTC, a time
    without an offset is UTC), an e-mail style date ("Sun, 06 Dec 2026 10:00:00 +0100"), or a
    number of seconds (milliseconds above 10**11); else None. A time at or before the epoch is
    None: CMSs write "1970-01-01T00:00:00Z" (or 0) for a date never set, and it would pass for
    the earliest copy of all."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return None
    if not isinstance(value, str):
        return value / 1000 if value > 1e11 else float(value) if value > 0 else None
    text = value.strip()
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        try:
            when = parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return path_published(text)
    try:
        seconds = (when if when.tzinfo else when.replace(tzinfo=timezone.utc)).timestamp()
    except (OverflowError, ValueError):  # year 9999 a few hours west of UTC
        return None
    return seconds if seconds > 0 else None
