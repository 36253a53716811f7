"""HTML pages to Documents: the article's blocks as lines, with the DOM signals the scorer uses.

`read_html` decodes (charset.py), parses with lexbor, drops non-text elements, walks the tree into
block lines (walk.py), finds the main content (content.py) and returns a `Document` whose text is
the title then one line per kept block, `paragraphs` filled so structural signals reach the scorer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache, partial

from selectolax.lexbor import LexborHTMLParser

from ..errors import InputError
from ..io.feeds import feed_kind, not_a_page
from ..langtag import primary_subtag
from ..normalize import repair
from ..types import Document, Paragraph
from .content import MainContent, find_main, is_prose, keep_line, without_boxes
from .settings import HtmlSettings, load_settings
from .appstate import app_state_body
from .bio import without_closing_bio, without_closing_signoff
from .gallery import gallery_captions, slide_counters
from .nesting import bounded_nesting
from .parsing import held_chars, noscript_chars, parse_page, template_chars, templates_selector
from .published import page_published
from .pullquotes import without_repeated_quotes
from .restore import with_visible_structure
from .sections import answer_positions, furniture_box_headings, link_box_headings, list_labels
from .stacked import own_article
from .stamps import stamp_lines
from .standfirst import BodyAbove, DekTest, dek_after_body, dek_under_headline, standfirst_lines, visible_standfirst
from .structured import stated_body, states_more, word_count
from .tidy import before_walk
from .charset import page_text
from .cards import card_rows, listed_names, listing_lines
from .labels import join_labels, without_lone_labels
from .tables import ROW_OR_CELL_TAGS, ROW_TAG, framed_tables, join_rows, page_tables, picture_tables
from .splits import joined_splits
from .titles import choose_title, meta_title, strip_site_name
from .toolbar import control_labels, seam_positions, toolbar_positions
from .accordions import disclosed_panels
from .ariatables import aria_table_tags
from .walk import Line, Page, walk

__all__ = ["read_html", "extract", "Extraction", "HtmlSettings", "load_settings", "strip_site_name"]

_LANG_SOURCES = (
    ("html", "lang"), ("html", "xml:lang"), ('meta[property="og:locale"]', "content"),
    ('meta[http-equiv="content-language" i]', "content"),
)


@dataclass(frozen=True, slots=True)
class Extraction:
    """What the page gave: its title, kept lines with their signals, the declared language,
    when it says it was published (epoch seconds, html/published.py)."""

    title: str
    lines: list[tuple[Line, dict[str, float]]]
    declared_lang: str | None = None
    published: float | None = None


def read_html(
    data: bytes | str, doc_id: str, source: str = "", settings: HtmlSettings | None = None, scope: str = "main"
) -> Document:
    """The page as a Document: title line, then the main content's blocks, one per line.

    `scope="page"` keeps every block that is not furniture, with `in_main` telling which ones
    the content finder chose (for `explain`, or for a scorer that wants to decide itself).
    Raises `InputError(doc_id, reason)` only when the input is not a page at all (binary,
    empty, no text anywhere, a feed or a sitemap: io/feeds.py).
    """
    if scope not in ("main", "page"):
        raise ValueError(f"scope must be 'main' or 'page', not {scope!r}")
    settings = settings or load_settings()
    html, repairs = page_text(data, doc_id, settings.legacy_min_foreign_share)
    kind = feed_kind(html)
    if kind:
        raise InputError(doc_id, not_a_page(kind))
    if "\x00" in html:
        if html.count("\x00") > len(html) // 1000:
            raise InputError(doc_id, "binary data (NUL characters), not HTML")
        html = html.replace("\x00", "")
    html, dropped = bounded_nesting(html, settings.nesting_limits, settings.flat_tags)
    if dropped:
        repairs = (*repairs, f"nesting past depth {settings.nesting_limits[0]} flattened ({dropped} start tags dropped)")
    extraction = extract(html, settings, scope)
    if not extraction.title and not extraction.lines:
        raise InputError(doc_id, "no text found in the page")
    return _document(doc_id, source, extraction, list(repairs))


def extract(html: str, settings: HtmlSettings | None = None, scope: str = "main") -> Extraction:
    """The title and the main content's lines (or the page's, see `read_html`), with signals.

    A page whose main content is next to nothing, or whose <noscript> blocks outweigh its visible
    prose, is read again with them shown: script-rendered sites put the article (or its rest under
    a script's first paragraphs) in a <noscript>; that reading wins when it holds clearly more
    prose. Then the same with its <template>s shown too, against the better reading so far (a
    script swaps one in for a teaser, or renders the rest of a body whose lead the <noscript>
    holds). Last, a stub is read with the text its empty elements hold in attributes."""
    settings = settings or load_settings()
    tree = parse_page(html, False)
    lowered = html.lower()
    templates = templates_selector(settings.template_scripts)
    in_templates = template_chars(tree, templates) if "<template" in lowered or _template_script(settings.template_scripts).search(lowered) else 0
    found = _extract(tree, settings, scope, "<math" in lowered)
    if scope != "main":
        return found
    noscript = "<noscript" in lowered
    words = _prose_words(found, settings)
    shown_noscript = False
    if noscript and (words < settings.stated_min_words or noscript_chars(tree) > settings.stated_ratio * _prose_chars(found, settings)) and (
            shown := _fuller(html, True, "", words, settings, scope)):
        if not in_templates:
            return shown
        found, words, shown_noscript = shown, _prose_words(shown, settings), True
    if in_templates > settings.stated_ratio * _prose_chars(found, settings) and (
            shown := _fuller(html, shown_noscript, templates, words, settings, scope)):
        return shown
    return _with_held_text(html, tree, found, words, shown_noscript, settings) or found


@lru_cache(maxsize=4)
def _template_script(script_types: tuple[str, ...]) -> re.Pattern[str]:
    """A script tag's type naming a template script: the page's only cheap sign of one ("text/html"
    alone is in most pages' Content-Type meta, and asking the tree for them cost every page)."""
    kinds = "|".join(re.escape(kind) for kind in script_types) or "(?!)"
    return re.compile(rf"""<script\b[^>]*\btype\s*=\s*["']?(?:{kinds})\b""")


def _with_held_text(html: str, tree: LexborHTMLParser, found: Extraction, words: int, noscript: bool,
                    settings: HtmlSettings) -> Extraction | None:
    """The page read again with the text its empty elements hold in attributes put in them
    (parsing.held_chars), when the reading `found` is a stub (of `words`) and that one states
    clearly more. The stub test comes first: looking for the attributes in a page costs more."""
    if words >= settings.stated_min_words:
        return None
    names = tuple(name for name in settings.held_attributes if name in html)
    if not names or held_chars(tree, names) <= settings.stated_ratio * _prose_chars(found, settings):
        return None
    return _fuller(html, noscript, "", words, settings, "main", names)


def _fuller(html: str, noscript: bool, templates: str, words: int, settings: HtmlSettings, scope: str,
            held: tuple[str, ...] = ()) -> Extraction | None:
    """The page read again with its <noscript> or <template> content (or text `held` in
    attributes) shown, when that reading states clearly more prose than the `words` of the first;
    None otherwise."""
    bound = partial(_bounded, limits=settings.nesting_limits, flat_tags=settings.flat_tags)
    shown = _extract(parse_page(html, noscript, templates, held, bound), settings, scope, True)
    return shown if states_more([line.text for line, _ in shown.lines if is_prose(line, settings)], words, settings) else None


def _bounded(markup: str, limits: tuple[int, int], flat_tags: frozenset[str]) -> str:
    return bounded_nesting(markup, limits, flat_tags)[0]


def _prose_chars(extraction: Extraction, settings: HtmlSettings) -> int:
    return sum(line.chars for line, _ in extraction.lines if is_prose(line, settings))


def _prose_words(extraction: Extraction, settings: HtmlSettings) -> int:
    return word_count([line.text for line, _ in extraction.lines if is_prose(line, settings)], settings)


def _extract(tree: LexborHTMLParser, settings: HtmlSettings, scope: str, formulas: bool) -> Extraction:
    """The page's title and lines; `formulas`: whether it may hold MathML (the tree is asked for it only then)."""
    title = meta_title(tree)
    lang, published = _declared_lang(tree), page_published(tree, settings)
    root = tree.body or tree.root
    if root is None:
        return Extraction(title, [], lang, published)
    before_walk(tree, settings, formulas)
    page = walk(root, settings, disclosed_panels(tree), aria_table_tags(tree, settings))
    tables = page_tables(page)
    cards = card_rows(page, settings)
    main = find_main(page, settings, framed_tables(page, tables, settings), picture_tables(page, tables, settings), cards=cards)
    main = without_repeated_quotes(page, without_boxes(page, own_article(page, main, settings, title), settings, cards), settings)
    title = choose_title(page, main, title, settings)
    page.lines = join_labels(page, join_rows(page, tables, main.excluded, main.container, settings), settings)
    dek = DekTest(settings, tree)
    lines = without_lone_labels(_kept_lines(page, main, settings, title, scope == "page", dek, listing_lines(page, cards)), page, settings)
    if scope == "main":
        lines = without_closing_signoff(without_closing_bio(lines, page, tree, settings), page, settings)
        headline, body = stated_body(tree, settings)
        visible = word_count([line.text for line, _ in lines if is_prose(line, settings)], settings)
        state = app_state_body(tree, settings, title or headline, max(visible, word_count(body, settings)))
        if state:
            body = state
        if states_more(body, visible, settings):
            body = with_visible_structure(body, page.lines, title or headline, settings)
            standfirst = (visible_standfirst(lines, body, settings, dek)
                          or dek_under_headline(page, main, settings, body, title or headline, dek))
            return Extraction(title or headline, _stated_lines(standfirst + body), lang, published)
    return Extraction(title, lines, lang, published)


def _stated_lines(body: list[str]) -> list[tuple[Line, dict[str, float]]]:
    """The stated paragraphs as lines of the main content: plain prose, no links, no structure."""
    total = max(1, len(body))
    return [
        (
            Line(text, sum(not c.isspace() for c in text), 0, 0, "p"),
            {"link_density": 0.0, "text_density": 1.0, "depth": 0.0, "position": round(i / total, 4), "in_main": 1.0,
             "heading": 0.0, "list_item": 0.0, "table_cell": 0.0},
        )
        for i, text in enumerate(body)
    ]


def _declared_lang(tree: LexborHTMLParser) -> str | None:
    """The primary subtag of <html lang>, else of og:locale ("sv_SE") or the Content-Language meta: a
    hint only, templates leave "en" in (the rules take it when the words agree, language.confirms_declared)."""
    for selector, attribute in _LANG_SOURCES:
        node = tree.css_first(selector)
        code = primary_subtag(node.attributes.get(attribute) or "") if node is not None else None
        if code:
            return code
    return None


def _repeats_title(line: Line, title_key: str, before_prose: bool) -> bool:
    """The title again: any h1 with its text, or any line above the first paragraph that says it.

    The title line already heads the output; pages often repeat the headline as an <h2> or a
    plain paragraph at the top of the content when the title came from a header or the meta tags.
    """
    if not title_key or (line.tag != "h1" and not before_prose):
        return False
    return line.text.casefold() == title_key


def _headline_position(page: Page, main: MainContent, title_key: str) -> int:
    """The line number of the title's own h1 inside the container (-1 when there is none)."""
    for position, line in enumerate(page.lines):
        if line.tag == "h1" and main.inside[line.owner] and line.text.casefold() == title_key:
            return position
    return -1


def _kicker(line: Line, settings: HtmlSettings) -> bool:
    """A label over the headline inside the article ("Tribune", "Analysis", "Exclusive"): a
    line of at most `kicker_max_words` words, no heading and no sentence. The title line heads
    the output, so the label would read as the article's first line; many CMSs name its box
    ("kicker", "surtitre") and it goes as furniture, this is the label no class names."""
    return (
        len(line.text.split()) <= settings.kicker_max_words
        and line.tag not in settings.heading_tags
        and not line.text.endswith(settings.sentence_ends)
    )


def _over_headline(line: Line, settings: HtmlSettings) -> bool:
    """A line inside the container above the headline's h1 that is not the article's: a kicker
    (`_kicker`), or a heading. The article opens with its headline; a heading over it is a label
    or the title of a box beside the article that the container took in with it (a <main> holding
    the article's column and its side columns: "Latest", "Tide table")."""
    return line.tag in settings.heading_tags or _kicker(line, settings)


def _kept_lines(
    page: Page, main: MainContent, settings: HtmlSettings, title: str, whole_page: bool, dek: DekTest, listing: frozenset[int]
) -> list[tuple[Line, dict[str, float]]]:
    """The lines kept, with their signals; `listing`: elements of the page's listing cards (cards.listing_lines)."""
    kept: list[tuple[Line, dict[str, float]]] = []
    positions: list[int] = []
    total = max(1, len(page.lines))
    title_key, before_prose = title.casefold(), True
    standfirst = standfirst_lines(page, main, settings, title_key, dek)
    headline = _headline_position(page, main, title_key)
    body_above = BodyAbove(page, main, headline, settings)
    controls = (toolbar_positions(page, main, settings, headline) | seam_positions(page, main, settings, headline)
                | control_labels(page, settings) | slide_counters(page, settings)
                | link_box_headings(page, main.inside, main.container, settings, lambda line: keep_line(line, settings))
                | list_labels(page, main.inside, settings, lambda line: keep_line(line, settings))
                | furniture_box_headings(page, main.inside, main.excluded, main.container, settings))
    captions = gallery_captions(page, main, settings)
    answers = answer_positions(page)
    names = listed_names(page, main.inside, settings) | stamp_lines(page, settings)
    for position, line in enumerate(page.lines):
        owner = line.owner
        inside = main.inside[owner] or position in standfirst or position in captions
        if (main.excluded[owner] and position not in captions
                or not (line.tag == ROW_TAG or keep_line(line, settings) or position in names) or not (inside or whole_page)):
            continue
        if inside and (position < headline and _over_headline(line, settings) and not body_above.holds(position) or position in controls):
            continue
        if _repeats_title(line, title_key, before_prose):
            continue
        before_prose = before_prose and not is_prose(line, settings)
        signals = {
            "link_density": round(line.link_density, 4),
            "text_density": round(line.chars / page.sizes[owner], 4),
            "depth": float(page.depths[owner]),
            "position": round(position / total, 4),
            "in_main": 1.0 if inside else 0.0,
            "heading": 1.0 if line.tag in settings.heading_tags else 0.0,
            "list_item": 1.0 if line.tag == "li" else 0.0,
            "table_cell": 1.0 if line.tag in ROW_OR_CELL_TAGS else 0.0,
        }
        if owner in listing:
            signals["listing_entry"] = 1.0  # a what's-on page's event card: its date line too (rules/scorer.py)
        if position in answers:
            signals["answer"] = 1.0  # in-document dedup spares it (sections.answer_positions)
        kept.append((line, signals))
        positions.append(position)
    return joined_splits(*dek_after_body(kept, positions, page, headline, settings, dek), page, settings)


def _document(doc_id: str, source: str, extraction: Extraction, repairs: list[str]) -> Document:
    """Join title and lines, repair the text once, and cut it back into one paragraph per line.

    Repair (ftfy when mojibake shows, NFC) runs here rather than in the pipeline, because the
    pipeline's repair would have to drop the paragraphs, and with them the DOM signals.
    """
    title, lines = extraction.title, extraction.lines
    texts = ([title] if title else []) + [line.text for line, _ in lines]
    signals = ([{"title": 1.0, "in_main": 1.0}] if title else []) + [s for _, s in lines]
    text = "\n".join(texts) + "\n"
    fixed, fixes = repair(text)
    if fixes and fixed.count("\n") == text.count("\n"):
        text = fixed
        repairs.extend(fixes)
    paragraphs, start = [], 0
    for piece, signal in zip(text.split("\n"), signals):
        paragraphs.append(Paragraph(start, start + len(piece), signals=signal))
        start += len(piece) + 1
    meta: dict[str, object] = {}
    if title:
        meta["title"] = text[: paragraphs[0].end]
    if extraction.declared_lang:
        meta["declared_lang"] = extraction.declared_lang
    if extraction.published is not None:
        meta["published"] = extraction.published  # the dedup keeps the earliest copy (dedup/origins.py)
    return Document(id=doc_id, text=text, source=source, meta=meta, paragraphs=paragraphs, repairs=repairs)
