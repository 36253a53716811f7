"""Feeds and sitemaps met where a page or a text was expected.

Crawls save a site's RSS or Atom feed and its sitemap beside its pages, often under .html or
.xml names. Neither is a page: a feed holds many articles' teasers (or bodies) under a channel's
title, a sitemap only addresses. Read as HTML, a feed came out as its channel's title and the
first item's paragraphs but one (the others' text lost, the rest glued under the wrong title), an
Atom feed as its title alone, a sitemap as "no text found"; read as text (an .xml file), the
whole markup was the clean output. The input is refused instead, with a reason that says what
it is, so a corpus run reports it and goes on.

The test is the document's root element, the first after an XML declaration, processing
instructions, comments and a non-HTML doctype, with a child element next: an HTML page cannot
open with one of these, and a text that opens with the tag's name ("<rss> is ...") goes on in
words.
"""

from __future__ import annotations

import re

from .response import response_head_end

# The root elements of the feed and sitemap formats (RSS 0.9x/2.0, RSS 1.0 as RDF, Atom, the
# sitemaps protocol), as those formats name them.
_KINDS = {
    "rss": "an RSS feed",
    "rdf:rdf": "an RSS feed",
    "feed": "an Atom feed",
    "urlset": "a sitemap",
    "sitemapindex": "a sitemap index",
}
_ROOT = re.compile(
    r"\ufeff?\s*(?:<\?[^>]{0,500}\?>\s*|<!--.*?-->\s*|<!doctype\s+(?!html)[^>]{0,1000}>\s*)*<(rss|rdf:rdf|feed|urlset|sitemapindex)(?:\s[^<>]{0,2000})?>\s*<",
    re.I | re.S,
)
_SNIFF = 4096
_WHY = {
    "a sitemap": "it lists pages' addresses, not their text",
    "a sitemap index": "it lists sitemaps, not pages' text",
}


def feed_kind(text: str) -> str | None:
    """What the feed or sitemap `text` is ("an RSS feed", "a sitemap", ...), or None when it is
    neither. A crawl's saved response head before it is skipped, as for a page."""
    skip = response_head_end(text[:_SNIFF]) if text[:16].lstrip()[:5] in ("HTTP/", "WARC/") else 0
    root = _ROOT.match(text, skip, skip + _SNIFF)
    return _KINDS[root.group(1).lower()] if root else None


def not_a_page(kind: str) -> str:
    """The reason a `kind` of feed or sitemap is refused, for the run's report."""
    return f"{kind}, not a page: {_WHY.get(kind, 'clean the pages its entries link to')}"
