"""When an HTML page says it was published, for the dedup plan to keep the earliest copy of a
reprint (dedup/origins.py): a folder of one wire story saved from several sites.

Publishers state it for search engines and link previews, in one of a few places: a meta tag
(Open Graph's `article:published_time`, Dublin Core's `DC.date.issued`, Parse.ly's and
Sailthru's, a plain `date` or `pubdate`), the `datePublished` of the page's schema.org article
in JSON-LD (nested in an @graph too), a microdata `itemprop="datePublished"`, a
`<time pubdate>` in the article's header. `[published]` in html.toml lists them, in the order
they are asked. Only the first publication counts: a modification time (`dateModified`,
`article:modified_time`) is never read, since an edit made after the sites reprinted the story
would make the original look like the latest copy. A value that does not read as a date (a
CMS's "0000-00-00", a template's placeholder) is passed over and the next source speaks.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from ..io.fields import moment
from .settings import HtmlSettings
from .structured import articles, json_ld

_VALUE_ATTRIBUTES = ("content", "datetime")  # where a meta tag, a microdata element or a <time> holds its value


def page_published(tree: LexborHTMLParser, settings: HtmlSettings) -> float | None:
    """When the page says it was first published (seconds since the epoch, UTC), else None."""
    found = _meta_published(tree, settings.published_meta)
    if found is None and settings.published_key:
        found = _stated_published(tree, settings.published_key, settings.article_types)
    for selector in settings.published_elements if found is None else ():
        node = tree.css_first(selector)
        found = _attribute_moment(node) if node is not None else None
        if found is not None:
            break
    return found


def _meta_published(tree: LexborHTMLParser, names: tuple[str, ...]) -> float | None:
    """The first of the meta tags `names` (by property, name or itemprop, any case) that reads
    as a date, in the order of `names`: one pass over the page's meta tags."""
    if not names:
        return None
    stated: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        attributes = node.attributes
        key = (attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or "").strip().lower()
        if key in names and key not in stated:
            stated[key] = attributes.get("content") or ""
    for name in names:
        found = moment(stated[name]) if name in stated else None
        if found is not None:
            return found
    return None


def _stated_published(tree: LexborHTMLParser, key: str, article_types: frozenset[str]) -> float | None:
    """The `key` ("datePublished") of the first article-typed object in the page's JSON-LD that
    reads as a date: the page's own article comes before the ones it lists (related stories,
    nested deeper), and a WebSite or Organization object's dates are not the article's."""
    for data in json_ld(tree, f'"{key}"'):
        for item in articles(data, article_types):
            found = moment(item.get(key))
            if found is not None:
                return found
    return None


def _attribute_moment(node) -> float | None:
    """The date a microdata element or a <time> holds in its attributes, else None."""
    for attribute in _VALUE_ATTRIBUTES:
        found = moment(node.attributes.get(attribute))
        if found is not None:
            return found
    return None
