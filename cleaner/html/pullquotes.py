"""Pull quotes that say again a sentence of the article, set in a box named as a quote.

A theme prints a quote from the body a second time in large type beside it (`<blockquote
class="article__pullquote">`, `<aside class="pull-quote">`), often with the speaker's name under
it. Read as text it is a paragraph said twice; when the body says it inside a longer sentence
("“...”, said the director."), in-document dedup sees two different lines and keeps both, the
quote and its speaker's line. The tell: an element named as a quote (walk.QUOTE) inside the
article, of a few lines (`pull_quote_max_lines`: a wrapper of the body named so is none), whose
first line, without its quote marks (`pull_quote_min_chars` long at least), is said in a kept
line of the article outside it. The quote goes with all its lines; a quote the
article does not say again stays (content.py keeps a <figure> of one so, `_new_quote`).
"""

from __future__ import annotations

from .content import QUOTE_MARKS, MainContent
from .flags import QUOTE
from .settings import HtmlSettings
from .walk import Page


def without_repeated_quotes(page: Page, main: MainContent, settings: HtmlSettings) -> MainContent:
    """`main` with each quote box repeating the article's words excluded (see the module's doc)."""
    quotes = _outermost_quotes(page, main)
    if not quotes:
        return main
    kept = [line for line in page.lines if main.inside[line.owner] and not main.excluded[line.owner]]
    excluded = list(main.excluded)
    for quote in quotes:
        end = quote + page.sizes[quote]
        own = [line.text for line in kept if quote <= line.owner < end]
        if not own or len(own) > settings.pull_quote_max_lines:
            continue
        key = own[0].strip(QUOTE_MARKS).casefold()
        if len(key) >= settings.pull_quote_min_chars and any(
                key in line.text.casefold() for line in kept if not quote <= line.owner < end):
            for index in range(quote, end):
                excluded[index] = True
    return MainContent(main.container, tuple(excluded), main.inside)


def _outermost_quotes(page: Page, main: MainContent) -> list[int]:
    """The elements named as a quote, inside the container and kept, none inside another."""
    quotes: list[int] = []
    end = -1
    for index in [index for index, flags in enumerate(page.flags) if flags & QUOTE]:  # few: one pass in C speed
        if index >= end and main.inside[index] and not main.excluded[index] and index != main.container:
            quotes.append(index)
            end = index + page.sizes[index]
    return quotes
