"""Teaser cards no class names as furniture: a row of sibling boxes, each a linked title, a date
or a "read more" link, and one short excerpt.

A hosted site's summary block ("summary-item": a date, the linked title, an excerpt, "Read More
→"), a theme's "more stories" grid in utility classes: each card's title and links go as link
lines, but its excerpt is an unlinked sentence and stayed, as if the article went on with
another story's first line. The tell is the repeat: at least `card_min_siblings` sibling boxes of
three to `card_max_lines` lines, each with a fully linked line above exactly one other line
that is no date (the excerpt, at most `card_excerpt_max_words` words), and a second linked line
or a date line (a short line with a figure). A live blog's entries (a time, the text, a share
link under it) have no linked title above their text; a listicle's items (a linked name, a
description, the day and hours) sit among the article's own paragraphs, and cards' siblings
hold no prose of their own. An article's list of linked items with descriptions
holds most of the page's prose, and the content finder keeps what holds most (`massive_share`).
"""

from __future__ import annotations

from .settings import HtmlSettings
from .walk import Line, Page, line_sums

_TABLE_PARTS = frozenset({"tr", "td", "th", "tbody", "thead", "tfoot"})


# A row of like cards: its cards (element indexes), whether it holds `card_max_share` of the
# page's prose lines or more (no teasers), whether it is the page's own listing (`listing_cards`).
CardRow = tuple[list[int], bool, bool]


def teaser_cards(page: Page, rows: list[CardRow]) -> list[bool]:
    """Per element: a teaser card among its like (see the module's doc), of the page's `rows`
    (`card_rows`); a row of cards holding `card_max_share` of the page's prose lines or more is
    the page's own listing (a "what's on" page of events), not teasers."""
    found = [False] * len(page.tags)
    for cards, kept, _ in rows:
        if not kept:
            for kid in cards:
                found[kid] = True
    return found


def listing_cards(page: Page, rows: list[CardRow]) -> list[bool]:
    """Per element: a card of a row that is the page's own listing, holding `card_listing_share`
    of the page's prose characters or more (a "what's on" page's events under an introduction, each
    a date, a linked title, its description and a "Details" link; a short story's three related
    cards hold about as many lines as the story, and stay teasers for the content finder). Each card holds
    one paragraph beside links, the shape of a teaser's summary, which the content finder weighs
    least: the listing's page then shrank to its one-line introduction (content._prose_weights)."""
    found = [False] * len(page.tags)
    for cards, _, listing in rows:
        if listing:
            for kid in cards:
                found[kid] = True
    return found


def listing_lines(page: Page, rows: list[CardRow]) -> frozenset[int]:
    """The elements inside the cards of the page's own listing (`listing_cards`): each card's
    lines are one entry of the article's ("6 Aralık Cumartesi" / "Kordon'da caz gecesi" / its
    description), its day line as much as its text. Read as text, two dates over two titles
    weighed more than the first entry's short description and the body began at the second
    entry; the first entries' date lines went as the byline's (rules/scorer.py neutralises them)."""
    inside: set[int] = set()
    for cards, _, listing in rows:
        if listing:
            for card in cards:
                inside.update(range(card, card + page.sizes[card]))
    return frozenset(inside)


def card_rows(page: Page, settings: HtmlSettings) -> list[CardRow]:
    """Rows of like cards (see the module's doc), each with whether it holds `card_max_share`
    of the page's prose lines or more (no teasers), and `card_listing_share` of its prose
    characters or more (the page's own listing: its own text is at most an introduction).
    Read once for the content finder and the boxes it then leaves out (`teaser_cards`,
    `listing_cards`), which see the same page."""
    count = len(page.tags)
    rows: list[CardRow] = []
    if len(page.lines) < 2 * settings.card_min_siblings:
        return rows
    lines = line_sums(page, lambda line: 1)
    linked = line_sums(page, lambda line: 1 if line.link_density >= settings.card_link_density else 0)
    dated = line_sums(page, lambda line: 1 if _dated(line, settings) else 0)
    excerpts = line_sums(page, lambda line: 1 if _excerpt(line, settings) else 0)
    prose = line_sums(page, lambda line: 1 if line.chars >= settings.prose_min_chars and not line.link_chars else 0)
    chars = line_sums(page, lambda line: line.chars if line.chars >= settings.prose_min_chars and not line.link_chars else 0)
    children: dict[int, list[int]] = {}
    for index in range(1, count):
        if lines[index]:
            children.setdefault(page.parents[index], []).append(index)
    for kids in children.values():
        if len(kids) < settings.card_min_siblings or page.tags[kids[0]] in _TABLE_PARTS:
            continue  # a table's rows: a ticker's symbol, name and figures are the table's
        cards = [kid for kid in kids if _card(kid, lines, linked, dated, excerpts, settings) and _titled(page, kid, settings)]
        chosen = set(cards)
        others = any(prose[kid] for kid in kids if kid not in chosen)
        held = sum(prose[kid] for kid in cards)
        if len(cards) >= settings.card_min_siblings and 2 * len(cards) > len(kids) and not others:
            listing = sum(chars[kid] for kid in cards) >= settings.card_listing_share * (chars[0] or 1)
            rows.append((cards, held >= settings.card_max_share * (prose[0] or 1), listing))
    return rows


def _card(index: int, lines: list[int], linked: list[int], dated: list[int], excerpts: list[int],
          settings: HtmlSettings) -> bool:
    held = lines[index]
    return (2 < held <= settings.card_max_lines and linked[index] >= 1 and excerpts[index] == 1
            and held == linked[index] + dated[index] + 1 and (linked[index] >= 2 or dated[index] >= 1))


def _titled(page: Page, index: int, settings: HtmlSettings) -> bool:
    """Whether the card's linked title comes before its excerpt (a live blog's entry has its
    time, its text and a share link under it: no title link above the text)."""
    end = index + page.sizes[index]
    for line in page.lines:
        if index <= line.owner < end:
            if line.link_density >= settings.card_link_density:
                return True
            if _excerpt(line, settings):
                return False
    return False


def _dated(line: Line, settings: HtmlSettings) -> bool:
    """A short unlinked line holding a figure: a card's date ("Nov 20, 2026", "3 days ago")."""
    return not line.link_chars and len(line.text.split()) <= settings.card_date_max_words and any(c.isdigit() for c in line.text)


def _excerpt(line: Line, settings: HtmlSettings) -> bool:
    return (not line.link_chars and not _dated(line, settings)
            and len(line.text.split()) <= settings.card_excerpt_max_words)


def listed_names(page: Page, inside: list[bool] | tuple[bool, ...], settings: HtmlSettings) -> frozenset[int]:
    """The positions (in `page.lines`) of a listicle's linked item names: a heading (not the h1)
    all link, of at most `card_excerpt_max_words` words, whose next line is an unlinked paragraph
    of the same item block, the item block sitting beside paragraphs of the article's own (its
    parent holds a prose line of its own children's), at least `card_min_siblings` such items.
    "Abbey Yard Market, Ripley" linking to the market's site is the item's name, not a link to
    another story; as a link line it would go and leave the item's description nameless."""
    lines = page.lines
    found: dict[int, list[int]] = {}  # per item's parent: the names' positions
    for position in range(len(lines) - 1):
        line, after = lines[position], lines[position + 1]
        if (line.tag not in settings.heading_tags or line.tag == "h1" or not inside[line.owner]
                or line.link_density < settings.card_link_density
                or len(line.text.split()) > settings.card_excerpt_max_words):
            continue
        item = page.parents[line.owner]
        if after.link_chars or after.chars < settings.prose_min_chars or not item < after.owner < item + page.sizes[item]:
            continue
        found.setdefault(page.parents[item], []).append(position)
    names: set[int] = set()
    for parent, positions in found.items():
        if len(positions) >= settings.card_min_siblings and _own_paragraphs(page, parent, settings):
            names.update(positions)
    return frozenset(names | _listing_titles(page, inside, settings))


def _listing_titles(page: Page, inside: list[bool] | tuple[bool, ...], settings: HtmlSettings) -> set[int]:
    """The positions of the linked titles of a listing's cards (`listing_cards`) inside the
    content: the first all-linked line of each card, above its description. An event's name is
    the entry's, not a link to another story; its "Details" link under the text still goes."""
    cards = [index for index, card in enumerate(listing_cards(page, card_rows(page, settings))) if card and inside[index]]
    titles: set[int] = set()
    for card in cards:
        end = card + page.sizes[card]
        for position, line in enumerate(page.lines):
            if card <= line.owner < end and line.link_density >= settings.card_link_density:
                titles.add(position)
                break
    return titles


def _own_paragraphs(page: Page, parent: int, settings: HtmlSettings) -> bool:
    """Whether a child <p> of `parent` holds a prose-long line: the article's own paragraphs."""
    return any(page.parents[line.owner] == parent and page.tags[line.owner] == "p" and line.chars >= settings.prose_min_chars
               and not line.link_chars for line in page.lines)
