"""A crawl record's page behind the response head it was saved with.

Crawlers that keep the raw response store a WARC record's head, the HTTP status line and header
lines, a blank line, then the page; read as the page, the head would be its first words (and a
text field holding it would not be seen as a page at all)."""

from __future__ import annotations

import re

# A crawl record may hold the whole HTTP response (after a WARC record's own head): a status
# line ("HTTP/1.1 200 OK", "WARC/1.0"), "Name: value" header lines, a blank line, then the page.
_RESPONSE_HEAD = re.compile(
    r"[ \t\r\n]{0,8}(?:HTTP/\d(?:\.\d)? [1-5]\d\d\b[^\n]{0,200}|WARC/\d\.\d\r?)\n(?:[!-9;-~]{1,100}:[^\n]{0,8000}\n){1,200}\r?\n"
)
_HEAD_CHARSET = re.compile(r"^content-type:[^\n]{0,200}?charset=[\"']?([A-Za-z0-9_.:-]{1,40})", re.I | re.M)
_RESPONSE_HEADS = 3  # a WARC head, an HTTP head, an HTTP "100 Continue" before the final one


def without_response_head(html: str) -> tuple[str, str | None]:
    """The page without the HTTP (and WARC) head a crawl record may hold before it, and the
    charset that head's Content-Type names (None when there is no head or it names none)."""
    charset = None
    for _ in range(_RESPONSE_HEADS):
        head = _RESPONSE_HEAD.match(html)
        if head is None:
            break
        found = _HEAD_CHARSET.search(head.group())
        charset = found.group(1) if found else charset
        html = html[head.end():]
    return html, charset


def response_head_end(text: str) -> int:
    """Where the page starts after the response heads `text` opens with (0 when none)."""
    return len(text) - len(without_response_head(text)[0])
