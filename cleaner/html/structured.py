"""The article body a page states in its structured data, for pages whose visible HTML lacks it.

Sites built as JavaScript applications send a shell ("Loading…", a header, a footer) and put the
article only in a `<script type="application/ld+json">` block: the `articleBody` of a schema.org
NewsArticle, which search engines read. A scraper that saved the raw HTML has the article there
and nowhere else. The reader takes that body only when it holds clearly more words than the
prose of the visible page (`[structured]` in html.toml): when both hold the article, the visible
blocks win, since they keep their DOM signals and the body's paragraph breaks.
"""

from __future__ import annotations

import html
import json
import re
from typing import Iterator

from selectolax.lexbor import LexborHTMLParser

from .settings import HtmlSettings

_MAX_DEPTH = 8  # @graph lists and nested "mainEntity" objects; deeper is not an article
# Tags that end a paragraph when a body carries HTML (some CMSs put their markup in articleBody).
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote|section)\s*>", re.I)
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|br|div|h[1-6]|li|blockquote|section)\b", re.I)
_WORD = re.compile(r"\w+")


def stated_body(tree: LexborHTMLParser, settings: HtmlSettings) -> tuple[str, list[str]]:
    """(headline, paragraphs) of the longest article body the page's JSON-LD states; ("", [])
    when there is none. Blocks that are not valid JSON are skipped: they are the site's, and a
    broken one must not cost the page."""
    headline, body = "", ""
    for node in tree.css('script[type="application/ld+json"]'):
        source = node.text()
        if "articleBody" not in source:  # most blocks (site, breadcrumbs, a body-less article): no parse
            continue
        try:
            data = json.loads(source, strict=False)
        except (ValueError, RecursionError):
            continue
        for item in _articles(data, settings.article_types, 0):
            text = item.get("articleBody")
            if isinstance(text, str) and len(text) > len(body):
                body = text
                headline = item.get("headline") if isinstance(item.get("headline"), str) else ""
    return " ".join(headline.split()), paragraphs_of(body)


def word_count(texts: list[str]) -> int:
    return sum(len(_WORD.findall(text)) for text in texts)


def _articles(data: object, types: frozenset[str], depth: int) -> Iterator[dict]:
    """The objects of an article type in a JSON-LD value, nested ones included."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _articles(item, types, depth + 1)
    elif isinstance(data, dict):
        kind = data.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.lower() in types for k in kinds):
            yield data
        for value in data.values():
            if isinstance(value, (list, dict)):
                yield from _articles(value, types, depth + 1)


def paragraphs_of(body: str) -> list[str]:
    """The body's paragraphs: its line breaks, or its HTML blocks when it carries markup, also
    when that markup came escaped ("&lt;p&gt;...": the CMS escaped the HTML once more than JSON
    needs, and the whole body would read as one paragraph with its tags in the text)."""
    if not _TAG.search(body) and _ESCAPED_TAG.search(body):
        body = html.unescape(body)
    if _TAG.search(body):
        body = _BLOCK_END.sub("\n", body)
        root = LexborHTMLParser(f"<body>{body}</body>").body
        body = root.text() if root is not None else ""
    return [folded for line in body.split("\n") if (folded := " ".join(line.split()))]
