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
from typing import Callable, Iterator

from selectolax.lexbor import LexborHTMLParser

from .settings import HtmlSettings

_MAX_DEPTH = 8  # @graph lists and nested "mainEntity" objects; deeper is not an article
# Tags that end a paragraph when a body carries HTML (some CMSs put their markup in articleBody).
_BLOCK_END = re.compile(r"<br\s*/?>|</(?:p|div|h[1-6]|li|blockquote|section)\s*>", re.I)
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")
_ESCAPED_TAG = re.compile(r"&lt;/?(?:p|br|div|h[1-6]|li|blockquote|section)\b", re.I)
_WORD = re.compile(r"\w+")
# Han and kana: written without spaces, a sentence is one \w+ run; counted by characters instead.
_UNSPACED = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Line breaks other than "\n" a body may carry: "\r" alone, Unicode's line and paragraph separators.
_OTHER_BREAK = re.compile("\r\n?|[\u2028\u2029]")
# A break escaped once more than JSON needs: the two characters backslash and "n" ("\\n" in the source).
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n|\\r")


def stated_body(tree: LexborHTMLParser, settings: HtmlSettings) -> tuple[str, list[str]]:
    """(headline, paragraphs) of the longest article body the page's JSON-LD states (its
    articleBody, a live blog's updates, else its "text"); ("", []) when there is none."""
    # most blocks (site, breadcrumbs, a body-less article) hold none
    headline, body = _longest(tree, "articleBody", settings, _article_body)
    if not body:  # schema.org's "text" (a CreativeWork's textual content) where a site states no articleBody
        headline, body = _longest(tree, '"text"', settings, lambda item: _string(item, "text"))
    return " ".join(headline.split()), paragraphs_of(body)


def _longest(tree: LexborHTMLParser, marker: str, settings: HtmlSettings, body_of: Callable[[dict], str]) -> tuple[str, str]:
    """(headline, body) of the article with the longest `body_of` among the JSON-LD blocks
    holding `marker`; ("", "") when none states one."""
    headline, body = "", ""
    for data in json_ld(tree, marker):
        for item in articles(data, settings.article_types):
            text = body_of(item)
            if len(text) > len(body):
                headline, body = _string(item, "headline"), text
    return headline, body


def _article_body(item: dict) -> str:
    """An article's articleBody, or a live blog's updates when it states none of its own."""
    text = _string(item, "articleBody")
    return text if text.strip() else _updates_body(item.get("liveBlogUpdate"))


def _string(item: dict, key: str) -> str:
    """`item[key]` when it is a string, else ""."""
    value = item.get(key)
    return value if isinstance(value, str) else ""


def _updates_body(updates: object) -> str:
    """A live blog's body when its LiveBlogPosting states none of its own: its updates in the
    order given, each its headline over its articleBody. Each update alone is a few lines, short
    of the words a stated body must hold, and the longest one would stand for the whole blog."""
    if isinstance(updates, dict):
        updates = [updates]
    if not isinstance(updates, list):
        return ""
    parts = []
    for update in updates:
        if not isinstance(update, dict) or not isinstance(update.get("articleBody"), str):
            continue
        title = update.get("headline")
        if isinstance(title, str) and title.strip():
            parts.append(" ".join(title.split()))
        parts.append(update["articleBody"])
    return "\n".join(parts)


def word_count(texts: list[str], settings: HtmlSettings) -> int:
    """Words of the texts; in Chinese and Japanese, which have no spaces to count, a word is
    `unspaced_chars_per_word` characters (else a whole Japanese paragraph is a few "words", and
    a body stated in JSON-LD never outweighs the teaser a paywall shows)."""
    total = 0.0
    for text in texts:
        unspaced = len(_UNSPACED.findall(text))
        if unspaced:
            text = _UNSPACED.sub(" ", text)
            total += unspaced / settings.unspaced_chars_per_word
        total += len(_WORD.findall(text))
    return int(total)


def unspaced_words(text: str, settings: HtmlSettings) -> float:
    """The words the Chinese and Japanese characters of `text` count for (`word_count`)."""
    return len(_UNSPACED.findall(text)) / settings.unspaced_chars_per_word


def states_more(body: list[str], visible: int, settings: HtmlSettings) -> bool:
    """Whether a stated body (JSON-LD, application state) holds clearly more than the `visible`
    words of the page's prose: at least `stated_min_words` and `stated_ratio` times as many."""
    stated = word_count(body, settings)
    return stated >= settings.stated_min_words and stated > settings.stated_ratio * visible


def json_ld(tree: LexborHTMLParser, needle: str) -> Iterator[object]:
    """The page's JSON-LD blocks whose source holds `needle`, decoded. The substring test spares
    the parse of the blocks that cannot hold what the caller looks for; blocks that are not valid
    JSON are skipped: they are the site's, and a broken one must not cost the page."""
    for node in tree.css('script[type="application/ld+json"]'):
        source = node.text()
        if needle not in source:
            continue
        try:
            data = json.loads(source, strict=False)
        except (ValueError, RecursionError):
            continue
        yield data


def json_objects(data: object, max_depth: int, skip: frozenset[str] = frozenset(), depth: int = 0) -> Iterator[dict]:
    """The objects in a JSON value, each before the ones nested in it, down to `max_depth` levels
    (@graph lists and nested "mainEntity" objects; deeper is not the page's); the values under a
    key of `skip` are not entered."""
    if depth > max_depth:
        return
    if isinstance(data, list):
        for item in data:
            yield from json_objects(item, max_depth, skip, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key, value in data.items():
            if isinstance(value, (list, dict)) and key not in skip:
                yield from json_objects(value, max_depth, skip, depth + 1)


def articles(data: object, types: frozenset[str]) -> Iterator[dict]:
    """The objects of an article type in a JSON-LD value, nested ones included."""
    for item in json_objects(data, _MAX_DEPTH):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and k.lower() in types for k in kinds):
            yield item


def paragraphs_of(body: str) -> list[str]:
    """The body's paragraphs: its line breaks, or its HTML blocks when it carries markup, also
    when that markup came escaped ("&lt;p&gt;...": the CMS escaped the HTML once more than JSON
    needs, and the whole body would read as one paragraph with its tags in the text)."""
    tagged = _TAG.search(body) is not None
    if not tagged and _ESCAPED_TAG.search(body):
        body = html.unescape(body)
        tagged = _TAG.search(body) is not None  # an escaped "&lt;p" need not come with its "&gt;"
    if tagged:
        body = _BLOCK_END.sub("\n", body)
        root = LexborHTMLParser(f"<body>{body}</body>").body
        body = root.text() if root is not None else ""
    return [folded for line in _line_breaks(body).split("\n") if (folded := " ".join(line.split()))]


def _line_breaks(body: str) -> str:
    """The body with its line breaks as "\n": "\r" and the Unicode separators too, and, in a body
    holding no real break, breaks escaped once more than JSON needs (the characters backslash and
    "n": the CMS escaped its text before writing the JSON, as others escape their HTML; read as
    they are, the paragraphs run together with "\\n\\n" printed between them). A body without
    any of these is one paragraph: no split is invented."""
    body = _OTHER_BREAK.sub("\n", body)
    if "\n" not in body and "\\" in body:
        body = _ESCAPED_BREAK.sub("\n", body)
    return body
