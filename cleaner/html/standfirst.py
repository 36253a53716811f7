"""The standfirst (dek): the sentence under the headline that the article's container leaves out.

Pages keep the headline, the dek and the byline in one block and the body in another, or show
only a teaser or a skeleton and state the body in JSON (whose dek is a field of its own): the
content finder's container then misses the dek. These find it: a line between the headline and
the body, sentence-long (`standfirst_min_words`) or stated by the page's description meta
(`DekTest`), never a link, never furniture.
"""

from __future__ import annotations

from selectolax.lexbor import LexborHTMLParser

from .content import MainContent, is_prose
from .settings import HtmlSettings
from .tables import ROW_OR_CELL_TAGS
from .walk import Line, Page

# A block-per-field page's dek: a paragraph, a field's <div> (Drupal's Layout Builder), a heading.
_DEK_TAGS = frozenset({"p", "div", "h2", "h3", "h4"})
# Typographic quotes made straight on both sides: a theme curls the body's apostrophes ("l’eau"),
# an SEO plugin writes the description as typed ("l'eau").
_STRAIGHT = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_DESCRIPTION_SELECTORS = ('meta[name="description"]', 'meta[property="og:description"]', 'meta[name="twitter:description"]')


class DekTest:
    """Whether a line is long enough to be a standfirst: `standfirst_min_words` words, or fewer
    (down to `standfirst_stated_min_words`) when the page's description meta states it. Decks
    are often a short phrase ("Twenty fast chargers and a café."), and sites copy the deck into
    their description, whole or as its opening; a short byline or kicker is never stated so."""

    __slots__ = ("settings", "tree", "found")

    def __init__(self, settings: HtmlSettings, tree: LexborHTMLParser) -> None:
        self.settings = settings
        self.tree = tree
        self.found: tuple[str, ...] | None = None  # the descriptions, read on the first short line

    def __call__(self, text: str) -> bool:
        words = len(text.split())
        if words >= self.settings.standfirst_min_words:
            return True
        return self.stated(text)

    def stated(self, text: str) -> bool:
        """Whether the description meta is the line or opens with it (at least
        `standfirst_stated_min_words` words, whatever its length)."""
        if len(text.split()) < self.settings.standfirst_stated_min_words:
            return False
        if self.found is None:
            self.found = descriptions(self.tree)
        key = _folded(text).rstrip(".!…")
        return any(description.startswith(key) for description in self.found)


def _folded(text: str) -> str:
    """A line or a description as both are compared: case-folded, quotes straight, spaces single."""
    return " ".join(text.casefold().translate(_STRAIGHT).split())


def descriptions(tree: LexborHTMLParser) -> tuple[str, ...]:
    """The page's description metas, case-folded and whitespace-folded."""
    found = []
    for selector in _DESCRIPTION_SELECTORS:
        node = tree.css_first(selector)
        content = _folded(node.attributes.get("content") or "") if node is not None else ""
        if content:
            found.append(content)
    return tuple(found)


def visible_standfirst(lines: list[tuple[Line, dict[str, float]]], body: list[str], settings: HtmlSettings,
                        dek: DekTest) -> list[str]:
    """The standfirst a teaser page shows above the stated body's first paragraph: the stated
    body (articleBody, an application's state) never carries the dek, and the visible page
    does when its first paragraph is the body's. Only sentence-long lines without links, no
    more than a standfirst's, and none the body holds."""
    if not body:
        return []
    opening = body[0][:80]
    top = next((i for i, (line, _) in enumerate(lines) if line.text.startswith(opening)), None)
    if top is None:
        return []
    stated = set(body)
    found = [
        line.text for line, _ in lines[:top]
        if line.link_chars == 0 and dek(line.text) and line.text not in stated
    ]
    return found[-settings.standfirst_max_lines :] if len(found) <= settings.standfirst_max_lines else []


def dek_under_headline(page: Page, main: MainContent, settings: HtmlSettings, body: list[str], title: str,
                       dek: DekTest) -> list[str]:
    """The standfirst of a skeleton page, whose visible body shows none of the stated one: the
    line right under the headline, when it is sentence-long, has no link, is no furniture and the
    stated body does not hold it (JSON states keep the dek in a field of its own). The content
    finder may have chosen a skeleton's box, so the line need not be inside the main content."""
    key = title.casefold()
    heading = next((i for i, line in enumerate(page.lines) if line.text.casefold() == key), None)
    if heading is None or heading + 1 >= len(page.lines):
        return []
    line = page.lines[heading + 1]
    if main.excluded[line.owner] or line.link_chars or line.tag in settings.heading_tags or line.text in body:
        return []
    return [line.text] if dek(line.text) else []


def standfirst_lines(page: Page, main: MainContent, settings: HtmlSettings, title_key: str, dek: DekTest) -> frozenset[int]:
    """Sentence-long lines between the headline and the main container: the standfirst (dek) of
    pages that keep the headline, the dek and the byline in one block and the body in another,
    where the container with the most prose is the body's alone. Only when the headline's own
    line is found above the body, only its siblings (a promo or a video title elsewhere in the
    page's top is not the article's), and never a line with a link or inside furniture."""
    lines = page.lines
    first = next((i for i, line in enumerate(lines) if main.inside[line.owner] and not main.excluded[line.owner]), None)
    if first is None or not title_key:
        return frozenset()
    heading = next((i for i in range(first - 1, -1, -1) if lines[i].text.casefold() == title_key), None)
    if heading is None:
        return frozenset()
    parent = page.parents[lines[heading].owner]
    found = [
        i for i in range(heading + 1, first)
        if page.parents[lines[i].owner] == parent and not main.excluded[lines[i].owner] and lines[i].link_chars == 0
        and lines[i].tag not in ROW_OR_CELL_TAGS and (dek(lines[i].text) or _deck_heading(lines, i, heading, settings))
    ]
    return (frozenset(found[: settings.standfirst_max_lines]) or _nested_dek(page, main, heading, first, dek)
            or _block_dek(page, main, heading, first, dek))


def _deck_heading(lines: list[Line], position: int, heading: int, settings: HtmlSettings) -> bool:
    """A deck set as a heading right under the headline ("sub_headline", "subtitle": an h2 under
    an h1, an h3 under an h2): a phrase, often shorter than a sentence-long standfirst and in
    languages whose words are long (Korean, Finnish) fewer words still, but a heading of its
    own under the headline is the deck, never a section of the body (those come after it)."""
    line = lines[position]
    return (position == heading + 1 and line.tag in settings.heading_tags
            and len(line.text.split()) >= settings.standfirst_stated_min_words)


def _block_dek(page: Page, main: MainContent, heading: int, first: int, dek: DekTest) -> frozenset[int]:
    """The standfirst of a page built of one block per field (tagDiv's "tdb_title" then
    "tdb_single_subtitle", a page builder's heading widget then its text widget): the headline
    alone in its block, and the first line under it that is not furniture a sentence-long
    paragraph (a field's <div>, a heading) without a link, alone in the next block beside the
    headline's (Drupal's Layout Builder: a block per field, the subtitle's after the title's)."""
    lines = page.lines
    block = _lone_block(page, lines[heading].owner)
    for i in range(heading + 1, first):
        line = lines[i]
        if main.excluded[line.owner]:
            continue
        fits = line.tag in _DEK_TAGS and line.link_chars == 0 and _lone_block(page, line.owner) == block + page.sizes[block]
        return frozenset({i}) if fits and page.parents[block] >= 0 and dek(line.text) else frozenset()
    return frozenset()


def _lone_block(page: Page, owner: int) -> int:
    """The outermost element holding the line owned by `owner` and no other line."""
    block = owner
    while page.parents[block] > 0 and _lines_in(page, page.parents[block]) == 1:
        block = page.parents[block]
    return block


def _lines_in(page: Page, element: int) -> int:
    end = element + page.sizes[element]
    return sum(1 for line in page.lines if element <= line.owner < end)


def _nested_dek(page: Page, main: MainContent, heading: int, first: int, dek: DekTest) -> frozenset[int]:
    """The standfirst in a field of its own beside the body's (Drupal's "field--name-field-chapo"
    inside the node's content, next to "field--name-body"): not the headline's sibling, but the
    first line under it that is not furniture, a paragraph inside the headline's parent, and one
    the description meta states (a widget's blurb sits there too: "Chat with us in Messenger...").
    A headline alone in a block of its own (Drupal 10's page title block over the node) has the
    block's parent for its parent, and a field's text may sit in its <div> (a plain-text field);
    a short line that is no sentence over it (a date field's "Publié le 4 avril 2026") is passed."""
    parent = page.parents[_lone_block(page, page.lines[heading].owner)]
    end = parent + page.sizes[parent]
    settings = dek.settings
    for i in range(heading + 1, first):
        line = page.lines[i]
        if main.excluded[line.owner] or (len(line.text.split()) < settings.standfirst_min_words
                                         and not line.text.endswith(settings.sentence_ends)):
            continue
        nested = parent < line.owner < end and line.tag in _DEK_TAGS and line.link_chars == 0
        return frozenset({i}) if nested and dek.stated(line.text) else frozenset()
    return frozenset()


def dek_after_body(kept: list[tuple[Line, dict[str, float]]], positions: list[int], page: Page, headline: int,
                   settings: HtmlSettings, dek: DekTest) -> tuple[list[tuple[Line, dict[str, float]]], list[int]]:
    """`kept` and its `positions` with the standfirst moved to the front when the headline's
    block comes after the body in the source (the page's CSS shows it first: "order: 1", a
    column-reverse flex box). The title heads the output whatever its place; its standfirst,
    the lines right under the h1 in its parent, would close the article. Only up to
    `standfirst_max_lines` sentence-long lines without links, and only when prose
    (`body_above_min_prose` lines at least) comes before the headline."""
    above = sum(p < headline and is_prose(line, settings) for (line, _), p in zip(kept, positions))
    if headline < 0 or above < settings.body_above_min_prose:
        return kept, positions
    parent = page.parents[page.lines[headline].owner]
    moved: list[int] = []
    for i, position in enumerate(positions):
        line = kept[i][0]
        if position <= headline:
            continue
        if (position != headline + 1 + len(moved) or page.parents[line.owner] != parent or line.link_chars
                or line.tag in settings.heading_tags or not dek(line.text)):
            break
        moved.append(i)
    if not moved or len(moved) > settings.standfirst_max_lines:
        return kept, positions
    order = moved + [i for i in range(len(kept)) if i not in moved]
    return [kept[i] for i in order], [positions[i] for i in order]


class BodyAbove:
    """Whether a line above the headline is the body's, on a page whose headline block comes
    after the body in the source (`dek_after_body`): there the lines over the h1 are no labels
    or side boxes' titles (content._over_headline drops those), but the article's own
    subheadings and short lines. So when more prose lines of the container lie above the
    headline than below it (two at least), every line above it not in the headline's own block
    (its kicker's) is the body's. Counted once, on the first line asked about."""

    __slots__ = ("page", "main", "headline", "settings", "above")

    def __init__(self, page: Page, main: MainContent, headline: int, settings: HtmlSettings) -> None:
        self.page, self.main, self.headline, self.settings = page, main, headline, settings
        self.above: bool | None = None

    def holds(self, position: int) -> bool:
        page, headline = self.page, self.headline
        if self.above is None:
            prose = [i for i, line in enumerate(page.lines) if self.main.inside[line.owner] and is_prose(line, self.settings)]
            before = sum(i < headline for i in prose)
            self.above = before >= self.settings.body_above_min_prose and before > len(prose) - before
        return self.above and page.parents[page.lines[position].owner] != page.parents[page.lines[headline].owner]
