"""Which line heads an HTML page's output: the article's own headline, found among the page's h1s,
its h2/h3 above the content and its meta title (og:title, <title>) without the site's name.

A page names its article several ways and its template adds more (a logo in an h1, "Headline |
Site" in the <title>); the title chosen here heads the Document and is dropped where the content
repeats it (html/__init__.py).
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from .content import MainContent, is_prose
from .settings import HtmlSettings
from .walk import Page

_TITLE_SELECTORS = ('meta[property="og:title"]', 'meta[name="og:title"]', 'meta[name="twitter:title"]')
# "Headline | Site", "Site - Headline": a spaced separator between a headline and a site name.
_TITLE_SEPARATOR = re.compile(r" (?:[|\-–—·•]|::) ")  # not ":" nor « »: French spaces them
_SITE_NAME_MAX_WORDS = 5
_POST_HEADING_TAGS = frozenset({"h2", "h3"})


def meta_title(tree: LexborHTMLParser) -> str:
    """og:title, twitter:title or <title>, without the site name they often carry."""
    for selector in _TITLE_SELECTORS:
        node = tree.css_first(selector)
        if node is not None:
            content = " ".join((node.attributes.get("content") or "").split())
            if content:
                return strip_site_name(content)
    node = tree.css_first("title")
    return strip_site_name(" ".join(node.text().split())) if node is not None else ""


def strip_site_name(title: str) -> str:
    """Drop a short last (else first) segment after a spaced separator: "Headline | Site"."""
    parts = _TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return title
    separators = _TITLE_SEPARATOR.findall(title)
    last, first = parts[-1], parts[0]
    if len(last.split()) <= _SITE_NAME_MAX_WORDS and len(last) < len(title) - len(last):
        return "".join(p + sep for p, sep in zip(parts[:-1], separators)).removesuffix(separators[-1])
    if len(first.split()) <= _SITE_NAME_MAX_WORDS and len(first) < len(title) - len(first):
        return title[len(first) + len(separators[0]) :]
    return title


def choose_title(page: Page, main: MainContent, meta_title: str, settings: HtmlSettings) -> str:
    """The article's h1 (inside the content first, else the page's first), else the meta title;
    when the first h1 is a linked logo in the site's header, the post's heading above the content."""
    first_h1, logo = "", False
    for line in page.lines:
        if line.tag == "h1":
            if main.inside[line.owner] and not main.excluded[line.owner]:
                return line.text
            if not first_h1:
                first_h1, logo = line.text, main.excluded[line.owner] and line.link_density > 0.5
    heading = _post_heading(page, main, settings.post_heading_min_words, meta_title) if logo else ""
    if heading:
        return heading
    if not first_h1 and meta_title:
        heading = _heading_in_title(page, main, meta_title, settings)
        if heading:
            return heading
    if first_h1 and (not meta_title or _overlap(first_h1, meta_title) >= 0.5 or _within(first_h1, meta_title)):
        return first_h1
    return meta_title or first_h1


def _post_heading(page: Page, main: MainContent, min_words: int, meta_title: str) -> str:
    """The post's own heading when the page's only h1 is the site's logo link in its header (old
    blog themes, portals that set the headline in an h2): the last h2/h3 of at least `min_words`
    words above the main content, outside furniture; the one the meta title says, when the
    headline has a deck heading under it (an h2 headline over an h3 deck)."""
    heading, named = "", ""
    title_key = meta_title.casefold()
    for line in page.lines:
        if main.inside[line.owner]:
            break
        if line.tag in _POST_HEADING_TAGS and not main.excluded[line.owner] and len(line.text.split()) >= min_words:
            heading = line.text
            if title_key and line.text.casefold() == title_key:
                named = line.text
    return named or heading


def _heading_in_title(page: Page, main: MainContent, meta_title: str, settings: HtmlSettings) -> str:
    """On a page without any h1, the h2/h3 above the article's first paragraph that the meta title
    contains (old and hand-made pages dress the <title>: "Opinion: <headline>") or that starts with
    it (a <title> cut short), as the headline: it heads the output once, not after its twin."""
    key = meta_title.casefold()
    segments = _title_segments(key)
    for line in page.lines:
        text, owner = line.text.casefold(), line.owner
        long_enough = not main.excluded[owner] and len(line.text.split()) >= settings.post_heading_min_words
        cut_short = long_enough and len(key.split()) >= settings.post_heading_min_words and text.startswith(key)
        if (text in segments and long_enough or cut_short) and main.inside[owner] and line.link_chars == 0:
            return line.text
        if main.inside[owner] and is_prose(line, settings):
            break
        if long_enough and line.tag in _POST_HEADING_TAGS and (text in key or cut_short):
            return line.text
    return ""


def _title_segments(key: str) -> frozenset[str]:
    """What stands before or after each spaced separator of a title: "Section - Headline" keeps
    a section name `strip_site_name` could not tell from a headline's first words, and hand-made
    pages set their headline in a bold line of any tag; a line of the content that is exactly
    one of these parts is the headline."""
    parts = set()
    for match in _TITLE_SEPARATOR.finditer(key):
        parts.add(key[match.end() :].strip())
        parts.add(key[: match.start()].strip())
    return frozenset(part for part in parts if part)


def _within(heading: str, meta_title: str) -> bool:
    """Whether the meta title holds the heading whole: an unspaced script's headline is one
    "word" to `_overlap`, and a syndicating portal adds the source to it ("…採用へ（みなと日報）")."""
    return heading.casefold() in meta_title.casefold()


def _overlap(a: str, b: str) -> float:
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    return len(words_a & words_b) / max(1, min(len(words_a), len(words_b)))
