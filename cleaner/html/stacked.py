"""Pages that glue the next article under the first: infinite scroll, saved after it ran.

News themes that load "the next story" as the reader scrolls append a second `<article>` (its
own header, headline, byline and paragraphs) under the first, in the same container; a page
saved after scrolling holds both, and the container score, which rewards prose, takes the
container holding the two. The tell is that the container holds at least two articles side by
side, each with a headline and `stacked_min_paragraphs` prose lines of its own, and exactly one
of them holds the page's h1 (the later ones' headlines are h2s, or their h1s are not the
page's): that one is the page's article. A live blog's entries and a list of teasers hold no
h1 of their own, so they are left as they are.
"""

from __future__ import annotations

from .content import MainContent, inside_container, is_prose
from .settings import HtmlSettings
from .walk import Page

_ARTICLE = "article"


def own_article(page: Page, main: MainContent, settings: HtmlSettings) -> MainContent:
    """`main` narrowed to the article holding the h1, when the container stacks several."""
    articles = _top_articles(page, main)
    if len(articles) < 2:
        return main
    prose, headlines, h1 = _article_lines(page, articles, settings)
    full = [a for a in articles if prose[a] >= settings.stacked_min_paragraphs and headlines[a]]
    holding = [a for a in full if h1[a]]
    if len(full) < 2 or len(holding) != 1 or sum(h1.values()) != h1[holding[0]]:
        return main
    chosen = holding[0]
    return MainContent(chosen, main.excluded, tuple(inside_container(page, chosen)))


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
