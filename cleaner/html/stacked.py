"""Pages that glue the next article under the first: infinite scroll, saved after it ran.

News themes that load "the next story" as the reader scrolls append a second `<article>` (its
own header, headline, byline and paragraphs) under the first, in the same container; a page
saved after scrolling holds both, and the container score, which rewards prose, takes the
container holding the two. The tell is that the container holds at least two articles side by
side, each with a headline and `stacked_min_paragraphs` prose lines of its own, and exactly one
of them holds the page's h1 (the later ones' headlines are h2s, or their h1s are not the
page's): that one is the page's article. When each holds an h1 (the stories scrolled in keep
their page's template), the one whose h1 is the page's title (og:title, <title>) is. A live
blog's entries and a list of teasers hold no h1 of their own, so they are left as they are.

Themes that stack the stories in plain `<div>`s (no `<article>` per story) are read the same way,
with more tells, since sibling blocks with a heading and paragraphs each are also a listicle's
items or an intro beside its sections: the stories are sibling blocks of one tag under the
container (or under the one wrapper inside it holding them), each carries its own address or id
(`story_attributes`, which the scrolling script needs to set the address bar), and each opens
like a page of its own, a headline, then a dated line (a byline, a time stamp: at most
`byline_max_words` words, one a digit) above its second prose line (the first may be its
standfirst). On a page where no block carries an address (themes that append the next story
without one), the story holding the h1 (or, when each holds one, the h1 saying the page's title)
must also be the first of them (a scroll appends below the page's own story), each dated line must hold a whole date (a day, a month and a year:
"December 4, 2026", "04.12.2026", "4. Dezember 2026"; a listicle's "Distance: 6 miles, 3 hours"
holds none) and they must all differ: each story scrolled in carries its own byline and time,
where one piece whose template prints its byline under every section's heading repeats the same
line.
"""

from __future__ import annotations

import re

from .content import MainContent, inside_container, is_prose
from .settings import HtmlSettings
from .flags import STORY
from .walk import Line, Page

_ARTICLE = "article"
# A whole date in any language's usual order: numeric, ISO, or a month's name with a day and a year.
_WHOLE_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b"
    r"|\b[^\W\d_]{3,}\.? \d{1,2},? (?:19|20)\d\d\b|\b\d{1,2}\.? [^\W\d_]{3,}\.?,? (?:19|20)\d\d\b"
    r"|(?:19|20)\d\d年\d{1,2}月\d{1,2}日"
)
_WRAPPER_DEPTH = 3  # wrappers passed through below the container to reach stacked blocks


def own_article(page: Page, main: MainContent, settings: HtmlSettings, title: str = "") -> MainContent:
    """`main` narrowed to the article holding the h1, when the container stacks several; when
    each holds an h1 (the scrolled-in stories keep their page's template), the one whose h1 is
    the page's `title` (its og:title or <title>, the site's name stripped)."""
    key = " ".join(title.casefold().split())
    articles = _top_articles(page, main)
    if len(articles) < 2:
        return _own_block(page, main, settings, key)
    chosen = _holding_h1(page, articles, settings, key)
    if chosen < 0:
        return main
    return MainContent(chosen, main.excluded, tuple(inside_container(page, chosen)))


def _holding_h1(page: Page, stories: list[int], settings: HtmlSettings, title_key: str, opening: bool = False,
                addressed: bool = True) -> int:
    """The one story holding the h1 among at least two full ones (a headline and
    `stacked_min_paragraphs` prose paragraphs each, and, with `opening`, each opening with a
    headline and a dated line), or else the one whose h1 says the page's title; -1 when there
    is no such one. Not `addressed` (no block carries a story's address): only the first full
    one, holding the only h1 or the h1 saying the page's title."""
    prose, headlines, h1 = _article_lines(page, stories, settings)
    full = [a for a in stories if prose[a] >= settings.stacked_min_paragraphs and headlines[a]]
    if opening:
        dated = {a: _dated_line(page, a, settings) for a in full if page.flags[a] & STORY or not addressed}
        full = [a for a in full if dated.get(a) is not None]
        if not addressed and (len({dated[a] for a in full}) < len(full)
                              or not all(_WHOLE_DATE.search(dated[a]) for a in full)):
            return -1
    if len(full) < 2:
        return -1
    holding = [a for a in full if h1[a]]
    if len(holding) == 1 and sum(h1.values()) == h1[holding[0]] and (addressed or holding[0] == full[0]):
        return holding[0]
    titled = [a for a in holding if _h1_says(page, a, title_key)] if title_key and len(holding) > 1 else []
    if len(titled) != 1 or not addressed and titled[0] != full[0]:
        return -1
    return titled[0]


def _h1_says(page: Page, story: int, title_key: str) -> bool:
    """Whether an h1 of the story is the page's title (case and spaces aside)."""
    end = story + page.sizes[story]
    return any(line.tag == "h1" and story <= line.owner < end and " ".join(line.text.casefold().split()) == title_key
               for line in page.lines)


def _own_block(page: Page, main: MainContent, settings: HtmlSettings, title_key: str) -> MainContent:
    """`main` narrowed to the block holding the h1 among sibling blocks stacked as stories,
    under the container or under the one child of it holding all its prose (a stream's wrapper)."""
    addressed = any(flags & STORY for flags in page.flags)  # most pages: no story carries an address
    if not addressed and not any(line.tag == "h1" and main.inside[line.owner] for line in page.lines):
        return main  # no story to keep: the h1 is not in the container
    node = main.container
    for _ in range(_WRAPPER_DEPTH):
        blocks = [c for c in _children(page, node) if not main.excluded[c]]
        tags = {page.tags[c] for c in blocks}
        chosen = (_holding_h1(page, blocks, settings, title_key, True, addressed)
                  if len(tags) == 1 and len(blocks) >= 2 else -1)
        if chosen < 0 and len(tags) > 1:
            same = [c for c in blocks if page.tags[c] == page.tags[blocks[0]]]
            chosen = _holding_h1(page, same, settings, title_key, True, addressed) if len(same) >= 2 else -1
        if chosen >= 0:
            return MainContent(chosen, main.excluded, tuple(inside_container(page, chosen)))
        if len(blocks) != 1:
            return main
        node = blocks[0]
    return main


def _children(page: Page, index: int) -> list[int]:
    """The child elements of `index`, in order (each next one after the subtree of the last)."""
    found, child, end = [], index + 1, index + page.sizes[index]
    while child < end:
        found.append(child)
        child += page.sizes[child]
    return found


def _dated_line(page: Page, block: int, settings: HtmlSettings) -> str | None:
    """The dated line when the block opens like a page: a headline, then a dated line above its
    second prose line (the first may be a standfirst); None when it does not."""
    end = block + page.sizes[block]
    headline, prose = False, 0
    for line in page.lines:
        if not block <= line.owner < end:
            continue
        if line.tag in settings.stacked_headline_tags:
            headline = True
        elif headline and _dated(line, settings):
            return line.text
        elif is_prose(line, settings):
            prose += 1
            if prose == 2:
                return None
    return None


def _dated(line: Line, settings: HtmlSettings) -> bool:
    return len(line.text.split()) <= settings.byline_max_words and any(c.isdigit() for c in line.text)


def _top_articles(page: Page, main: MainContent) -> list[int]:
    """The <article> elements below the container with no other <article> between."""
    container = main.container
    found, end = [], container + page.sizes[container]
    index = container + 1
    while index < end:
        if page.tags[index] == _ARTICLE and not main.excluded[index]:
            found.append(index)
            index += page.sizes[index]  # its own entries are not stacked articles
        else:
            index += 1
    return found


def _article_lines(page: Page, articles: list[int], settings: HtmlSettings) -> tuple[dict, dict, dict]:
    """Per article: its prose lines, its headline lines (`stacked_headline_tags`) and its h1
    lines. The articles do not nest (`_top_articles`), so each element belongs to one at most:
    marking their subtrees once makes this one pass over the lines (a live blog stacks hundreds)."""
    prose = {a: 0 for a in articles}
    headlines, h1 = dict(prose), dict(prose)
    article_of = [-1] * len(page.tags)
    for article in articles:
        article_of[article : article + page.sizes[article]] = [article] * page.sizes[article]
    for line in page.lines:
        article = article_of[line.owner]
        if article >= 0:
            prose[article] += is_prose(line, settings) and line.tag == "p"
            headlines[article] += line.tag in settings.stacked_headline_tags
            h1[article] += line.tag == "h1"
    return prose, headlines, h1
