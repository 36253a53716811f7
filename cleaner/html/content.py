"""Finding the main content: the element whose subtree holds the most prose and least else.

Every line is prose (long enough, few links, in a paragraph-like block) or other. An element's
score is its prose characters, raised a little when it looks like the article (`<article>`,
`<main>`, itemprop=articleBody, an "entry-content"-like class), minus a weighted count of the
other characters below it. Growing the container past the article adds menus and teasers
(other) faster than prose, and shrinking it below the article loses prose, so the maximum sits
on the article's own container wherever the page keeps its paragraphs together. Furniture
(share rows, comments, related links, ...) is excluded before scoring, unless it holds most of
the page's prose: then the keyword was about the page, not about a widget.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .asides import fact_boxes
from .captions import bare_figures, sibling_captions
from .cards import CardRow, listing_cards, teaser_cards
from .forms import form_boxes
from .sections import section_headers
from .settings import HtmlSettings
from .flags import CHROME, CONTROL, EMBED, EMBED_BOX, FOOT, FURNITURE, HEADER, HIDDEN, HINT, ISSUE, JUNK, LAYOUT, LINKED, QUOTE, SPOKEN, TRAIL
from .kickers import standfirst_kickers
from .splits import hidden_drop_caps
from .stamps import entry_stamps
from .verdicts import verdict_boxes
from .walk import Line, Page, flagged_within, is_prose, line_sums, subtree_sums


_WORD = re.compile(r"\w")
QUOTE_MARKS = " \"'“”‘’„«»‹›.,!?…"  # around a pull quote's words, not in the body's sentence


@dataclass(frozen=True, slots=True)
class MainContent:
    """The chosen container and, per line of the page, whether it is excluded or inside it."""

    container: int
    excluded: tuple[bool, ...]  # per element: removed as furniture (or under furniture)
    inside: tuple[bool, ...]  # per element: the container or below it


def excluded_elements(page: Page, prose: list[int], settings: HtmlSettings, pictures: list[bool] | None = None) -> list[bool]:
    """Furniture and chrome, and everything under them; unless they hold most of the prose.
    A "teaser"-like element is furniture only when a link sits below it; `pictures` marks
    tables that frame pictures and their captions (tables.picture_tables), figures too."""
    total = sum(prose) or 1
    subtree = subtree_sums(page, prose)
    links = line_sums(page, lambda line: line.link_chars)
    own_headers = _article_headers(page)
    figures = bare_figures(page, settings)
    for index in sibling_captions(page, settings):
        figures[index] = True
    if pictures is not None:
        figures = [a or b for a, b in zip(figures, pictures)]
    swallowed = _swallowed_paragraphs(page, settings)
    wrappers = [wrapper or box or card or dek or issue or verdict for wrapper, box, card, dek, issue, verdict
                in zip(_content_wrappers(page, settings), fact_boxes(page, subtree, links, settings), _quote_embeds(page),
                       standfirst_kickers(page, settings), _issue_text(page, links, settings),
                       verdict_boxes(page, links, settings))]
    sections = section_headers(page, settings)
    stamps = [stamp or cap for stamp, cap in zip(entry_stamps(page, settings), hidden_drop_caps(page))]  # live entry times, drop caps
    layout = LAYOUT if _layout_words(page, subtree, total, settings) else 0
    excluded = [False] * len(page.tags)
    for index, flags in enumerate(page.flags):
        parent = page.parents[index]
        if parent >= 0 and excluded[parent]:
            excluded[index] = True
        elif swallowed[index] or wrappers[index] or stamps[index] or sections[index] or flags & layout and flags & JUNK == FURNITURE:
            continue
        elif (flags & JUNK or (flags & LINKED and links[index]) or figures[index]) and not own_headers[index]:
            share = settings.hinted_massive_share if flags & HINT else settings.massive_share
            excluded[index] = subtree[index] < share * total
    return excluded


def without_boxes(page: Page, main: MainContent, settings: HtmlSettings, cards: list[CardRow]) -> MainContent:
    """`main` with two kinds of box no name marks excluded, once the container is chosen: a
    form's box of a few short lines (a sign-up box, forms.py) and a row of teaser cards
    (cards.py, of the page's `cards` rows); not one holding most of the page's prose. They go only from the lines kept: left
    in the container's score, as before, they keep it from growing over the page's other chrome
    (a wider wrapper pays less for what it adds once a box's text no longer counts against it)."""
    prose = line_sums(page, lambda line: line.chars - line.link_chars if is_prose(line, settings) else 0)
    boxes = [box or card for box, card in zip(form_boxes(page, settings), teaser_cards(page, cards))]
    if not any(boxes):
        return main
    total = prose[0] or 1
    excluded = list(main.excluded)
    for index, box in enumerate(boxes):
        parent = page.parents[index]
        if parent >= 0 and excluded[parent] and not main.excluded[index]:
            excluded[index] = True  # below a box excluded here
        elif box and prose[index] < settings.massive_share * total and index != main.container:
            excluded[index] = True
    return MainContent(main.container, tuple(excluded), main.inside)


def _layout_words(page: Page, subtree: list[int], total: int, settings: HtmlSettings) -> bool:
    """Whether the page builds its article of blocks named furniture only by a page builder's word
    (walk.LAYOUT, "elementor-widget"): the outermost such blocks, at least two of them holding
    prose, hold together at least `massive_share` of the page's prose. A sidebar's widgets hold
    little prose; an article built of text widgets holds it all, a part in each. The word is then
    the page's layout, not furniture, on every block it alone marks (its headings' blocks too;
    not a header, a hidden block or a <nav> named so)."""
    held, blocks, end = 0, 0, -1
    for index in [index for index, flags in enumerate(page.flags) if flags & LAYOUT]:
        if index < end:  # inside the last outermost one
            continue
        end = index + page.sizes[index]
        if subtree[index]:
            held += subtree[index]
            blocks += 1
    return blocks >= 2 and held >= settings.massive_share * total


def _content_wrappers(page: Page, settings: HtmlSettings) -> list[bool]:
    """Chrome tags (and nothing else naming them furniture) that wrap the article's own content:
    a <figure> holding a table (WordPress puts every table in `figure.wp-block-table`) or a quote
    the article does not say again (`figure.wp-block-pullquote`: `_new_quote`), and a <footer>
    inside a <blockquote>, where a quote names its speaker. Furniture below them still goes on
    its own marks."""
    tables = subtree_sums(page, [1 if tag == "table" else 0 for tag in page.tags])
    quotes = subtree_sums(page, [1 if tag == "blockquote" else 0 for tag in page.tags])
    wrappers = [False] * len(page.tags)
    for index, (tag, flags) in enumerate(zip(page.tags, page.flags)):
        if flags & JUNK != CHROME:
            continue
        parent = page.parents[index]
        if (tag == "figure" and (tables[index] or quotes[index] and _new_quote(page, index, settings.pull_quote_min_chars))
                or tag == "footer" and parent >= 0 and page.tags[parent] == "blockquote"):
            wrappers[index] = True
    return wrappers


def _new_quote(page: Page, figure: int, min_chars: int) -> bool:
    """Whether the quote a <figure> holds (`min_chars` long at least) is not said again in a line
    outside it: a pull quote repeating the body's sentence goes with its speaker's line (dedup
    would take the sentence and leave the name alone); one quoting what the body does not say is
    the article's."""
    end = figure + page.sizes[figure]
    inside = [line.text for line in page.lines if figure <= line.owner < end]
    if not inside:
        return False
    key = inside[0].strip(QUOTE_MARKS).casefold()
    return len(key) >= min_chars and not any(key in line.text.casefold() for line in page.lines if not figure <= line.owner < end)


def _quote_embeds(page: Page) -> list[bool]:
    """Embed boxes (furniture only by the word for one, walk.EMBED_BOX) that hold a quote: an
    element named as one (walk.QUOTE) or a <blockquote> no social network names. Site builders
    put a pull-quote card written as custom code in such a box ("w-embed" inside the rich text);
    a tweet's or a video's box holds neither. The quote-named card and all below it stay too: its
    speaker's line is named as the card's part ("quote-author"), not as a byline."""
    cards = [False] * len(page.tags)
    for index, flags in enumerate(page.flags):
        if flags & EMBED_BOX and flags & JUNK == FURNITURE:
            below = range(index + 1, index + page.sizes[index])
            quotes = [i for i in below if page.flags[i] & QUOTE or page.tags[i] == "blockquote" and not page.flags[i] & EMBED]
            if quotes:
                cards[index] = True
                for quote in quotes:
                    if page.flags[quote] & QUOTE and not page.flags[quote] & (CHROME | HIDDEN | EMBED):
                        for i in range(quote, quote + page.sizes[quote]):
                            cards[i] = not page.flags[i] & (CHROME | HIDDEN)
    return cards


def _issue_text(page: Page, links: list[int], settings: HtmlSettings) -> list[bool]:
    """Blocks furniture only by the word for a newsletter (walk.ISSUE) that are a newsletter
    issue's own text: a prose paragraph in them, and no link, form or control below them (a
    sign-up box links to its offer or holds its form). An issue published as an article names its
    greeting so ("newsletter-intro": "Good morning, Portwell. It is Monday...")."""
    kept = [False] * len(page.tags)
    for index, flags in enumerate(page.flags):
        if flags & ISSUE and flags & JUNK == FURNITURE and not links[index]:
            end = index + page.sizes[index]
            if any(page.flags[i] & CONTROL or page.flags[i] & FURNITURE and i != index or page.tags[i] == "form"
                   for i in range(index, end)):
                continue
            kept[index] = any(index <= line.owner < end and is_prose(line, settings) for line in page.lines)
    return kept


def _swallowed_paragraphs(page: Page, settings: HtmlSettings) -> list[bool]:
    """Furniture that is an unclosed box: an ad or share <div> left open in broken HTML takes
    every later paragraph of the article as its children. Its tell: at least two prose <p> of
    its own, below the article's own <p> in its parent and with none of them after it. Real
    furniture keeps its paragraphs in wrappers (a comment's body, a teaser's card), sits apart
    from the prose, or has the article going on below it.

    A hidden box with the same tell is the article's rest behind a "read more" button or a
    paywall that hides it with CSS (`style="display:none"`, `hidden`): the saved page holds
    the text, and the article's visible paragraphs stop right above it. A box named as the
    page's foot (walk.FOOT, "print-footer") stands there by design: its paragraphs are its own."""
    count = len(page.tags)
    paragraphs, last = [0] * count, [-1] * count
    for line in page.lines:
        if line.tag == "p" and is_prose(line, settings) and page.tags[line.owner] == "p":
            holder = page.parents[line.owner]
            while holder > 0 and page.tags[holder] not in settings.block_tags:
                holder = page.parents[holder]  # the parser reopens an unclosed <b> around each <p>
            paragraphs[holder] += 1
            last[holder] = line.owner
    swallowed = [False] * count
    for index, flags in enumerate(page.flags):
        parent = page.parents[index]
        if (
            flags & JUNK in (FURNITURE, HIDDEN)
            and not flags & (FOOT | SPOKEN)  # a page's foot, a screen reader's box: their own paragraphs, not the article's
            and paragraphs[index] >= 2
            and parent >= 0
            and 0 <= last[parent] < index  # the parent's paragraphs all above it: it took the rest
        ):
            swallowed[index] = True
    return swallowed


def _article_headers(page: Page) -> list[bool]:
    """Headers that are the article's own: only a header (no other furniture mark), with the h1
    below them, inside (or being) an article-like element, and no navigation below them.

    Themes put the headline, the standfirst and the byline in `<header class="entry-header">`
    or `<div class="article-header">`; furniture marks on its children (byline, meta, kicker)
    still remove those, but the standfirst has no other container. A site header holds the
    menus (chrome below it), and sits outside the article; the lead picture's <figure> in an
    article header (Ghost, many blog themes) is no navigation (it still goes as a figure), nor is
    a breadcrumb trail above the headline (walk.TRAIL; it still goes as furniture).
    """
    h1 = subtree_sums(page, [1 if tag == "h1" else 0 for tag in page.tags])
    chrome = subtree_sums(page, [1 if flags & CHROME and tag != "figure" and not flags & TRAIL else 0
                                  for flags, tag in zip(page.flags, page.tags)])
    hinted = flagged_within(page, HINT)
    return [flags & JUNK == HEADER and hinted[index] and h1[index] > 0 and chrome[index] == 0
            for index, flags in enumerate(page.flags)]


def find_main(page: Page, settings: HtmlSettings, neutral: list[bool] | None = None,
              pictures: list[bool] | None = None, *, cards: list[CardRow]) -> MainContent:
    """Score every element and keep the best; lines of `neutral` elements (the article's own
    data tables, tables.framed_tables) count neither as prose nor as other text, but for a
    trace (`table_cell_weight`) that makes the container holding the table beat a lone
    paragraph beside it; `pictures`
    (tables.picture_tables) are figures; `cards`: the page's rows of cards (cards.card_rows)."""
    count = len(page.tags)
    raw_prose = [0] * count
    for line in page.lines:
        if is_prose(line, settings):
            raw_prose[line.owner] += line.chars - line.link_chars
    excluded = excluded_elements(page, raw_prose, settings, pictures)
    prose, other = [0.0] * count, [0.0] * count
    weights = _prose_weights(page, excluded, settings, listing_cards(page, cards))
    for line, weight in zip(page.lines, weights):
        if excluded[line.owner]:
            continue
        if neutral is not None and neutral[line.owner]:  # a tie-breaker: the table's container, not a paragraph in it
            prose[line.owner] += line.chars * settings.table_cell_weight
            continue
        other[line.owner] += line.link_chars * settings.junk_weight
        if weight > 0.0:
            prose[line.owner] += (line.chars - line.link_chars) * weight
        else:
            other[line.owner] += (line.chars - line.link_chars) * settings.plain_weight
    prose, other = subtree_sums(page, prose), subtree_sums(page, other)
    best, best_score = 0, float("-inf")
    for index in range(count):
        if excluded[index]:
            continue
        bonus = settings.hint_bonus if page.flags[index] & HINT else 0.0
        score = prose[index] * (1.0 + bonus) - other[index]
        if score >= best_score:  # ties: the innermost element, the tightest fit
            best, best_score = index, score
    return MainContent(best, tuple(excluded), tuple(inside_container(page, best)))


def _cluster_sizes(page: Page, excluded: list[bool], settings: HtmlSettings) -> dict[int, int]:
    """How many prose lines share each paragraph container (the parent of a line's block).

    An article keeps its paragraphs side by side under one container; a teaser list puts one
    summary per item.
    """
    sizes: dict[int, int] = {}
    for line in page.lines:
        if is_prose(line, settings) and not excluded[line.owner]:
            key = paragraph_container(page, line.owner)
            sizes[key] = sizes.get(key, 0) + 1
    return sizes


def paragraph_container(page: Page, owner: int) -> int:
    """The parent of a line's block, above wrappers that hold nothing else.

    `<div class="para"><p>…</p></div>` repeated puts each paragraph alone in its wrapper; the
    container that matters is the one holding the wrappers side by side.
    Each climb is remembered for every element it passed (`Page.containers`): a chain of
    thousands of single-child elements (a broken page's nested tables) climbed once per line
    took minutes.
    """
    known, parents, children = page.containers, page.parents, page.children
    key = parents[owner]
    passed = []
    while key > 0 and children[key] == 1 and key not in known:
        passed.append(key)
        key = parents[key]
    found = known.get(key, key) if key > 0 else 0
    for step in passed:
        known[step] = found
    return found


def _prose_weights(page: Page, excluded: list[bool], settings: HtmlSettings, listing: list[bool]) -> list[float]:
    """Per line: how much of it counts as article prose (0 for anything but prose).

    Full weight for paragraphs among paragraphs, and for a lone one in a block that sits among
    paragraphs (a listicle's item: a linked name, its description, beside the article's own
    paragraphs), and for an entry's text in the page's own listing of cards (`listing`, cards.listing_cards); less for a lone one; least for a lone one next to a link line (a teaser summary under its headline, even when the headline sits in
    an excluded <header>). Lines removed as furniture (a share row, an embed) are passed over
    when looking for that link line: a live blog's entry is one paragraph and its share row.
    """
    clusters = _cluster_sizes(page, excluded, settings)
    listed = _below(page, listing)
    lines = page.lines
    passed = _furniture_below(page, excluded)
    neighbours = [index for index, line in enumerate(lines) if not passed[line.owner]]
    weights = [0.0] * len(lines)
    for position, number in enumerate(neighbours):
        line = lines[number]
        if excluded[line.owner] or not is_prose(line, settings):
            continue
        container = paragraph_container(page, line.owner)
        if clusters[container] > 1 or clusters.get(page.parents[container], 0) > 1 or listed[line.owner]:
            weights[number] = 1.0  # among paragraphs, a list item's text beside them, a listing's entry
        elif _next_to_links([lines[i] for i in neighbours[max(0, position - 1) : position + 2]],
                            min(position, 1), settings.max_link_density):
            weights[number] = settings.teaser_prose_weight
        else:
            weights[number] = settings.lone_prose_weight
    return weights


def _below(page: Page, marked: list[bool]) -> list[bool]:
    """Per element: it or an ancestor is marked."""
    below = list(marked)
    for index in range(1, len(below)):
        parent = page.parents[index]
        if parent >= 0 and below[parent]:
            below[index] = True
    return below


def _furniture_below(page: Page, excluded: list[bool]) -> list[bool]:
    """Excluded elements that are, or sit under, furniture named by its class (share, ad, ...),
    an embed or a hidden element; chrome tags (<header>, <nav>) alone do not count."""
    marked = [False] * len(page.tags)
    for index, flags in enumerate(page.flags):
        parent = page.parents[index]
        own = bool(flags & (FURNITURE | EMBED | HIDDEN | LINKED))
        marked[index] = excluded[index] and (own or (parent >= 0 and marked[parent]))
    return marked


def _next_to_links(lines: list[Line], number: int, density: float) -> bool:
    before = number > 0 and lines[number - 1].link_density > density
    return before or (number + 1 < len(lines) and lines[number + 1].link_density > density)


def inside_container(page: Page, container: int) -> list[bool]:
    """Per element: whether it is `container` or below it (MainContent.inside)."""
    inside = [False] * len(page.tags)
    inside[container] = True
    for index in range(container + 1, container + page.sizes[container]):
        inside[index] = True
    return inside


def keep_line(line: Line, settings: HtmlSettings) -> bool:
    """Inside the container, link lists and short linked lines (teasers, "more" links) go, and
    lines without a letter or a digit (a callout's emoji, "§" anchors, "* * *" breaks): no words.

    A paragraph that ends like a sentence is held to a looser link limit: articles link
    names and phrases inside their sentences, a "Read more: <headline>" line does not end so.
    """
    if _WORD.search(line.text) is None:
        return False
    density = line.link_density
    sentence = line.tag in settings.sentence_tags and line.text.endswith(settings.sentence_ends)
    if density > (settings.sentence_max_link_density if sentence else settings.max_link_density):
        return False
    return sentence or not (line.chars < settings.short_chars and density > settings.short_max_link_density)
