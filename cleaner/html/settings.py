"""The tuned data of the HTML reader, loaded once from cleaner/data/html.toml.

Tag lists, furniture keywords and scorer numbers are data so they can be tuned (or replaced by a
user file) without touching the walker; the loaded object is frozen and safe to share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import ConfigError
from ..tomlfile import read_toml

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "data" / "html.toml"


@dataclass(frozen=True, slots=True)
class HtmlSettings:
    """What the walker drops, what counts as a block, and the scorer's numbers."""

    drop_tags: frozenset[str]  # skipped with their subtree by the walk
    chrome_tags: frozenset[str]
    header_tags: frozenset[str]  # chrome unless the article's own header (content.py)
    hint_tags: frozenset[str]  # elements that are the article by their tag (walk.HINT: the container score's bonus)
    block_tags: frozenset[str]
    heading_tags: frozenset[str]
    prose_tags: frozenset[str]
    embed_classes: frozenset[str]
    # a class value naming text never a word on the screen (flags.SPOKEN): a screen reader's (also behind a
    # framework's prefix: "usa-sr-only"), an icon font's ligature ("material-icons"); skipped inside a sentence
    spoken_class: re.Pattern[str]
    aria_table_roles: tuple[tuple[str, str], ...]  # a div table's cell roles and the tags they stand for (ariatables.py)
    furniture_words: frozenset[str]
    furniture_prefixes: tuple[str, ...]
    caption_words: frozenset[str]  # furniture that is a picture's caption (walk.CAPTION, gallery.py)
    layout_words: frozenset[str]  # furniture unless such blocks side by side hold most of the prose (walk.LAYOUT)
    linked_words: frozenset[str]  # furniture only when the element holds a link
    header_words: frozenset[str]
    trail_words: frozenset[str]  # a breadcrumb trail: the navigation an article's own header may hold (content.py)
    stamp_words: frozenset[str]  # an inline element so named opening a line is a line of its own (walk.STAMP)
    kicker_words: frozenset[str]  # a kicker's name: furniture, but a standfirst of sentences under the headline (walk.KICKER)
    embed_box_words: frozenset[str]  # an embed's box: furniture, unless it holds a quote (content._quote_embeds)
    issue_words: frozenset[str]  # a newsletter: furniture, unless it is an issue's own prose (content._issue_text)
    quote_words: frozenset[str]  # class parts naming a quote (walk.QUOTE)
    speaker_words: frozenset[str]  # furniture parts that, beside a quote part, name the quote's speaker (walk.name_flags)
    label_words: frozenset[str]  # class parts naming a field's label (walk.LABEL, labels.py)
    label_max_words: int  # ... a label this short joins its value's line
    list_label_max_words: int  # a line ending with a colon this short over a list of links that go goes too (sections.list_labels)
    fact_box_prose_blocks: int  # an aside closing the body after this many blocks of prose is its fact box (asides.py)
    form_box_max_lines: int  # a form's box holding this many lines besides it, at most ... (forms.py)
    form_box_line_max_words: int  # ... each this short, is a sign-up box
    card_min_siblings: int  # teaser cards side by side, at least this many (cards.py) ...
    card_max_lines: int  # ... each of at most this many lines ...
    card_link_density: float  # ... a line this much linked (the title) ...
    card_excerpt_max_words: int  # ... one excerpt this short ...
    card_date_max_words: int  # ... and a date line this short (or a second link)
    card_max_share: float  # ... holding together less than this share of the page's prose
    card_listing_share: float  # ... and this share or more: the page's own listing, weighed as paragraphs (cards.listing_cards)
    label_value_max_words: int  # ... a value this short
    foot_words: frozenset[str]  # a page's foot: furniture that never took the article's rest (content._swallowed_paragraphs)
    content_words: frozenset[str]
    fine_print_words: frozenset[str]  # class parts of small, muted text (a caption under a picture, captions.py)
    fine_style: re.Pattern[str]  # an inline style setting such text (a small font size, centred text)
    signoff_style: re.Pattern[str]  # an inline style setting a line flush right (walk.SIGN_OFF)
    verdict_line: re.Pattern[str]  # a fact check's verdict, the whole text of a rating-named box (verdicts.py)
    picture_words: frozenset[str]  # class parts naming a picture: a caption's box named so ("photo-desc")
    picture_text_words: frozenset[str]  # ... but not the text beside a picture ("media-body")
    story_attributes: frozenset[str]  # attributes carrying a story's address or id (stacked.py)
    control_tags: frozenset[str]  # form controls: the block holding one holds its label (walk.CONTROL)
    link_line_tags: frozenset[str]  # inline elements that, holding "Label: <linked headline>" in a paragraph, are a line of their own (walk)
    link_line_min_words: int  # ... a headline of at least this many words
    prose_min_chars: int
    prose_max_link_density: float
    junk_weight: float
    plain_weight: float
    hint_bonus: float
    lone_prose_weight: float
    teaser_prose_weight: float
    massive_share: float
    hinted_massive_share: float
    caption_max_chars: int  # a longer line beside an image is not its caption (captions.bare_figures)
    line_caption_max_words: int  # a longer italic line under a picture is prose (captions.name_line_captions)
    pill_classes: frozenset[str]  # class parts of a pill label (pills.name_pill_rows) ...
    pill_row_min: int  # ... a block of only this many pills or more is a row of tags
    icon_class: re.Pattern[str]  # an image class naming an avatar, icon or logo (no caption beside it)
    icon_max_pixels: int  # an image this narrow or low is an icon
    post_heading_min_words: int  # a post's h2/h3 standing for the title under a logo h1
    standfirst_min_words: int  # a line this long between headline and body container is the standfirst
    standfirst_kicker_min_sentences: int  # a kicker-named block of this many sentences under the headline stays
    standfirst_kicker_sentence_min_words: int  # ... or of one sentence this long
    standfirst_max_lines: int  # ... and at most this many of them
    standfirst_stated_min_words: int  # a shorter one when the description meta states it, down to this
    body_above_min_prose: int  # prose lines above a headline placed after the body in the source (standfirst.py)
    pull_quote_min_chars: int  # a figure's quote this long, not said again in the body, is the article's (content.py)
    pull_quote_max_lines: int  # a quote box of at most this many lines repeating the body goes (pullquotes.py)
    entry_stamp_max_words: int  # a live entry's <header> holding only lines this short, with a digit, is its time ...
    entry_stamp_min_entries: int  # ... when this many entries side by side open with one (stamps.entry_stamps)
    entry_stamp_box_max_elements: int  # a furniture-named box this small holding a <time> is a candidate too
    stacked_min_paragraphs: int  # an <article> with this many prose <p> and a headline is a stacked story (stacked.py)
    stacked_headline_tags: frozenset[str]  # ... a headline being a line of one of these tags
    kicker_max_words: int  # a line this short over the headline, inside the article, is its label
    gallery_max_body_chars: int  # a page whose article prose is this short (non-space characters) ...
    gallery_max_body_lines: int  # ... and this many paragraphs at most
    gallery_max_body_sentences: int  # ... or more paragraphs, short ones, holding this many sentences at most
    gallery_min_captions: int  # ... with this many captions is a gallery: the captions are its text (gallery.py)
    gallery_scope_depth: int  # ... looked for in the container or this many of its ancestors
    slide_counter: re.Pattern[str]  # a line that is only a slide's number and the total ("2 / 5")
    toolbar_label_max_words: int  # a block of lines this short between headline and body is a control row ...
    toolbar_label_max_chars: int  # ... (and this short in non-space characters: unspaced scripts are one word a line)
    toolbar_max_labels: int  # ... of at least two and at most this many labels (toolbar.py)
    control_label_max_words: int  # a line this short in a block holding a form control is its label
    signoff_max_words: int  # a flush-right last line this short (capitalised words) is the writer's sign-off (bio.py)
    bio_max_words: int  # a closing line about the author is no longer than this (bio.py) ...
    byline_max_words: int  # ... and opens with a name a line this short above the article holds
    max_link_density: float
    short_chars: int
    short_max_link_density: float
    sentence_tags: frozenset[str]
    sentence_ends: tuple[str, ...]
    sentence_max_link_density: float
    wrapped_line_min_chars: int  # a <br> line this long with no sentence end goes on in a lowercase next line (splits.py)
    article_types: frozenset[str]  # schema.org types whose articleBody may stand for the page
    stated_min_words: int  # ... when it has this many words
    published_meta: tuple[str, ...]  # meta tags stating when the page was published, asked in this order (published.py) ...
    published_key: str  # ... else this key of its JSON-LD article ...
    published_elements: tuple[str, ...]  # ... else the content or datetime of the first element these select
    stated_ratio: float  # ... and more than this many times the visible prose's
    unspaced_chars_per_word: float  # words counted in Chinese and Japanese: this many characters each
    template_scripts: tuple[str, ...]  # script types holding markup until a script shows it, read as <template>s are (parsing.py)
    math_encodings: tuple[str, ...]  # a MathML annotation's encodings whose text is the formula's (TeX), read in its place (mathml.py)
    note_targets: re.Pattern[str]  # an in-page address naming a footnote (walk._note_mark)
    note_marks: re.Pattern[str]  # a footnote mark's whole text: a number, a roman one, a sign
    held_attributes: tuple[str, ...]  # attributes an empty element's text is held in until a script fills it (parsing.py)
    app_skip_types: frozenset[str]  # block types of an application state's body that are not prose
    app_inline_types: frozenset[str]  # ... and the link nodes that sit among a paragraph's runs
    app_quote_types: frozenset[str]  # ... quote blocks, whose speaker ...
    app_quote_credit_keys: tuple[str, ...]  # ... sits under one of these keys
    app_lead_keys: tuple[str, ...]  # an article object's standfirst beside its body string
    app_dek_keys: frozenset[str]  # of them, the ones naming the standfirst itself: a line is enough
    restore_heading_tags: frozenset[str]  # visible subheadings put back into a stated body (restore.py)
    restore_heading_max_words: int  # ... of at most this many words
    restore_heading_max_link_density: float  # ... not a link
    nesting_limits: tuple[int, int]  # a chain's links past the first depth, any start tag past the second, dropped before parsing (nesting.py) ...
    flat_tags: frozenset[str]  # ... counting no start tag of these (void, or closed by a parser itself)
    legacy_min_foreign_share: float  # a page read as Latin-1 against its legacy charset: this share of its letters non-ASCII (charset.py)
    restore_match_min_chars: int  # a visible paragraph this long found in a stated one marks a break
    restore_opening_chars: int  # the next line's start a stated paragraph must open with ...
    restore_opening_min_chars: int  # ... at least this long
    table_min_rows: int  # a data table has at least this many rows of two cells or more ...
    table_cell_max_lines: int  # ... and no cell of more lines than this ...
    table_cell_max_chars: int  # ... or more non-space characters than this
    table_min_paragraphs: int  # prose <p> beside a data table that make it the article's (tables.framed_tables)
    table_lone_paragraph_share: float  # ... or one, holding this share of the page's prose
    table_cell_weight: float  # prose weight of such a table's cells: a tie-breaker only
    table_row_repeat_min_cells: int  # a line saying a row again in words goes: a row of this many cells ...
    table_row_repeat_min_share: float  # ... whose cells make this share of the line's characters


def _strings(table: dict, key: str, where: str) -> list[str]:
    """A list of names matched case-folded (tags, class parts, meta names): lower-cased here, so
    a user's "DC.date.issued" matches a page's "dc.date.issued" as the shipped names do."""
    return [v.lower() for v in _written(table, key, where)]


def _written(table: dict, key: str, where: str) -> list[str]:
    """A list of strings as written: CSS selectors, whose class names and attribute values are
    case-sensitive (".Article-Date" lower-cased selects nothing)."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}.{key}: expected a list of strings")
    return value


def _string(table: dict, key: str, where: str) -> str:
    """A string setting as written (a JSON key keeps its case); "" when absent."""
    value = table.get(key, "")
    if not isinstance(value, str):
        raise ConfigError(f"{where}.{key}: expected a string")
    return value


def _number(table: dict, key: str, where: str, kind: type) -> float:
    value = table.get(key)
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        raise ConfigError(f"{where}.{key}: expected a number")
    return kind(value)


def _limits(table: dict, where: str) -> tuple[int, int]:
    """The two depths of nesting.py: at least 1 (0 would drop every element), the second (any
    start tag) no lower than the first (a chain's links)."""
    chain, most = (int(_number(table, key, where, int)) for key in ("chain_depth", "max_depth"))
    if not 1 <= chain <= most:
        raise ConfigError(f"{where}: expected 1 <= chain_depth <= max_depth, got {chain} and {most}")
    return chain, most


def _spoken_class(tags: dict, where: str) -> re.Pattern[str]:
    """One search a class value (lowered) for a screen reader's class name, alone or behind a prefix
    ("usa-sr-only", "cdk_visually-hidden"), or a name an icon font's prefix opens ("material-icons-round")."""
    names = "|".join(map(re.escape, _strings(tags, "screen_reader_classes", where))) or "(?!)"
    fonts = "|".join(map(re.escape, _strings(tags, "icon_font_prefixes", where))) or "(?!)"
    return re.compile(rf"(?:^|\s)(?:(?:\S*[-_])?(?:{names})(?=\s|$)|(?:{fonts}))")


def _cell_roles(table: dict, key: str, where: str) -> tuple[tuple[str, str], ...]:
    """ARIA cell roles and the table cell tags ("td", "th") they stand for (pairs: the settings are frozen)."""
    roles = table.get(key, {})
    if not isinstance(roles, dict) or not all(isinstance(role, str) and tag in ("td", "th") for role, tag in roles.items()):
        raise ConfigError(f"{where}.{key}: expected a table of roles, each 'td' or 'th'")
    return tuple(roles.items())


def _counter(table: dict, key: str, where: str) -> re.Pattern[str]:
    """A slide counter: a number, one of the words, the total ("2 / 5", "3 of 12")."""
    words = "|".join(re.escape(word) for word in _strings(table, key, where)) or "(?!)"
    return re.compile(rf"(\d{{1,3}}) ?(?:{words}) ?(\d{{1,3}})", re.I)


def _pattern(table: dict, key: str, where: str) -> re.Pattern[str]:
    """A list of regular expressions as one (any case); one that never matches when empty."""
    patterns = _strings(table, key, where)
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns) or "(?!)", re.I)
    except re.error as exc:
        raise ConfigError(f"{where}.{key}: {exc}") from None


# The [score] numbers, each read from the key of its field's name.
_SCORE_WHOLE = (
    "label_max_words", "list_label_max_words", "fact_box_prose_blocks", "form_box_max_lines",
    "form_box_line_max_words", "card_min_siblings", "card_max_lines", "card_excerpt_max_words",
    "card_date_max_words", "label_value_max_words", "prose_min_chars", "caption_max_chars",
    "line_caption_max_words", "pill_row_min", "icon_max_pixels", "post_heading_min_words",
    "standfirst_min_words", "standfirst_kicker_min_sentences",
    "standfirst_kicker_sentence_min_words", "standfirst_max_lines", "standfirst_stated_min_words",
    "body_above_min_prose", "pull_quote_min_chars", "pull_quote_max_lines", "entry_stamp_max_words",
    "entry_stamp_min_entries", "entry_stamp_box_max_elements", "stacked_min_paragraphs",
    "kicker_max_words", "gallery_max_body_chars", "gallery_max_body_lines",
    "gallery_max_body_sentences", "gallery_min_captions", "gallery_scope_depth",
    "toolbar_label_max_words", "toolbar_label_max_chars", "toolbar_max_labels",
    "control_label_max_words", "bio_max_words", "signoff_max_words", "byline_max_words",
)
_SCORE_FRACTIONS = (
    "card_link_density", "card_max_share", "card_listing_share", "prose_max_link_density",
    "junk_weight", "plain_weight", "hint_bonus", "massive_share", "lone_prose_weight",
    "teaser_prose_weight", "hinted_massive_share",
)


def parse_settings(data: dict, where: str = "html.toml") -> HtmlSettings:
    """Validate a decoded html.toml table and compile it, one table of the file at a time."""
    tables = {name: data.get(name, {}) for name in ("tags", "keywords", "score", "lines", "structured", "tables", "charset", "published", "nesting")}
    return HtmlSettings(
        **_tag_settings(tables["tags"], where),
        **_keyword_settings(tables["keywords"], where),
        **_score_settings(tables["score"], where),
        **_line_settings(tables["lines"], where),
        **_structured_settings(tables["structured"], tables["published"], where),
        **_table_settings(tables["tables"], tables["charset"], tables["nesting"], where),
    )


def _tag_settings(tags: dict, where: str) -> dict:
    """[tags]: what the walk drops, breaks lines at, and reads as the article."""
    where = f"{where}:tags"
    return {
        "drop_tags": frozenset(_strings(tags, "drop", where)),
        "chrome_tags": frozenset(_strings(tags, "chrome", where)),
        "header_tags": frozenset(_strings(tags, "header", where)),
        "hint_tags": frozenset(_strings(tags, "hint", where)),
        "block_tags": frozenset(_strings(tags, "block", where)),
        "heading_tags": frozenset(_strings(tags, "headings", where)),
        "prose_tags": frozenset(_strings(tags, "prose", where)),
        "embed_classes": frozenset(_strings(tags, "embed_classes", where)),
        "spoken_class": _spoken_class(tags, where),
        "aria_table_roles": _cell_roles(tags, "aria_table_roles", where),
        "story_attributes": frozenset(_strings(tags, "story_attributes", where)),
        "control_tags": frozenset(_strings(tags, "controls", where)),
        "link_line_tags": frozenset(_strings(tags, "link_lines", where)),
        "template_scripts": tuple(_strings(tags, "template_scripts", where)),
        "math_encodings": tuple(_strings(tags, "math_encodings", where)),
        "note_targets": _pattern(tags, "note_targets", where),
        "note_marks": _pattern(tags, "note_marks", where),
    }


def _keyword_settings(words: dict, where: str) -> dict:
    """[keywords]: the class, id and role parts naming furniture and the article's parts."""
    return {
        "furniture_words": frozenset(_strings(words, "exact", where)),
        "furniture_prefixes": tuple(sorted(set(_strings(words, "prefix", where)))),
        "caption_words": frozenset(_strings(words, "caption", where)),
        "layout_words": frozenset(_strings(words, "layout", where)),
        "linked_words": frozenset(_strings(words, "linked", where)),
        "header_words": frozenset(_strings(words, "header", where)),
        "trail_words": frozenset(_strings(words, "trail", where)),
        "foot_words": frozenset(_strings(words, "foot", where)),
        "embed_box_words": frozenset(_strings(words, "embed_box", where)),
        "issue_words": frozenset(_strings(words, "issue", where)),
        "quote_words": frozenset(_strings(words, "quote", where)),
        "speaker_words": frozenset(_strings(words, "speaker", where)),
        "label_words": frozenset(_strings(words, "label", where)),
        "stamp_words": frozenset(_strings(words, "stamp", where)),
        "kicker_words": frozenset(_strings(words, "kicker", where)),
        "content_words": frozenset(_strings(words, "content", where)),
        "fine_print_words": frozenset(_strings(words, "fine_print", where)),
        "fine_style": _pattern(words, "fine_style", where),
        "signoff_style": _pattern(words, "signoff_style", where),
        "verdict_line": _pattern(words, "verdict_line", where),
        "picture_words": frozenset(_strings(words, "picture", where)),
        "picture_text_words": frozenset(_strings(words, "picture_text", where)),
        "icon_class": re.compile("|".join(map(re.escape, _strings(words, "icon", where))) or "(?!)", re.I),
    }


def _score_settings(score: dict, where: str) -> dict:
    """[score]: the container scorer's and the page parts' thresholds."""
    where = f"{where}:score"
    return {
        **{key: int(_number(score, key, where, int)) for key in _SCORE_WHOLE},
        **{key: _number(score, key, where, float) for key in _SCORE_FRACTIONS},
        "pill_classes": frozenset(_strings(score, "pill_classes", where)),
        "stacked_headline_tags": frozenset(_strings(score, "stacked_headline_tags", where)),
        "slide_counter": _counter(score, "slide_counter_words", where),
    }


def _line_settings(lines: dict, where: str) -> dict:
    """[lines]: when a line is prose, a sentence, a link line or one wrapped by a <br>."""
    where = f"{where}:lines"
    return {
        "link_line_min_words": int(_number(lines, "link_line_min_words", where, int)),
        "max_link_density": _number(lines, "max_link_density", where, float),
        "short_chars": int(_number(lines, "short_chars", where, int)),
        "short_max_link_density": _number(lines, "short_max_link_density", where, float),
        "sentence_tags": frozenset(_strings(lines, "sentence_tags", where)),
        "sentence_ends": tuple(_strings(lines, "sentence_ends", where)),
        "sentence_max_link_density": _number(lines, "sentence_max_link_density", where, float),
        "wrapped_line_min_chars": int(_number(lines, "wrapped_line_min_chars", where, int)),
    }


def _structured_settings(structured: dict, published: dict, where: str) -> dict:
    """[structured] and [published]: a body, a standfirst and a date the page states outside its visible text."""
    at, stamped = f"{where}:structured", f"{where}:published"
    return {
        "article_types": frozenset(_strings(structured, "article_types", at)),
        "stated_min_words": int(_number(structured, "min_words", at, int)),
        "stated_ratio": _number(structured, "ratio", at, float),
        "unspaced_chars_per_word": _number(structured, "unspaced_chars_per_word", at, float),
        "held_attributes": tuple(_strings(structured, "held_attributes", at)),
        "app_skip_types": frozenset(_strings(structured, "app_skip_types", at)),
        "app_inline_types": frozenset(_strings(structured, "app_inline_types", at)),
        "app_quote_types": frozenset(_strings(structured, "app_quote_types", at)),
        "app_quote_credit_keys": tuple(_strings(structured, "app_quote_credit_keys", at)),
        "app_lead_keys": tuple(_strings(structured, "app_lead_keys", at)),
        "app_dek_keys": frozenset(_strings(structured, "app_dek_keys", at)),
        "restore_heading_tags": frozenset(_strings(structured, "restore_heading_tags", at)),
        "restore_heading_max_words": int(_number(structured, "restore_heading_max_words", at, int)),
        "restore_heading_max_link_density": _number(structured, "restore_heading_max_link_density", at, float),
        "restore_match_min_chars": int(_number(structured, "restore_match_min_chars", at, int)),
        "restore_opening_chars": int(_number(structured, "restore_opening_chars", at, int)),
        "restore_opening_min_chars": int(_number(structured, "restore_opening_min_chars", at, int)),
        "published_meta": tuple(_strings(published, "meta", stamped)),
        "published_key": _string(published, "json_ld_key", stamped),
        "published_elements": tuple(_written(published, "elements", stamped)),
    }


def _table_settings(tables: dict, charset: dict, nesting: dict, where: str) -> dict:
    """[tables], [charset] and [nesting]: data tables, legacy charsets and nesting depths."""
    return {
        "table_min_rows": int(_number(tables, "min_rows", f"{where}:tables", int)),
        "table_cell_max_lines": int(_number(tables, "cell_max_lines", f"{where}:tables", int)),
        "table_cell_max_chars": int(_number(tables, "cell_max_chars", f"{where}:tables", int)),
        "table_min_paragraphs": int(_number(tables, "min_paragraphs", f"{where}:tables", int)),
        "table_lone_paragraph_share": _number(tables, "lone_paragraph_share", f"{where}:tables", float),
        "table_cell_weight": _number(tables, "cell_weight", f"{where}:tables", float),
        "table_row_repeat_min_cells": int(_number(tables, "row_repeat_min_cells", f"{where}:tables", int)),
        "table_row_repeat_min_share": _number(tables, "row_repeat_min_share", f"{where}:tables", float),
        "legacy_min_foreign_share": _number(charset, "legacy_min_foreign_share", f"{where}:charset", float),
        "nesting_limits": _limits(nesting, f"{where}:nesting"),
        "flat_tags": frozenset(_strings(nesting, "flat_tags", f"{where}:nesting")),
    }


@lru_cache(maxsize=4)
def load_settings(path: str = "") -> HtmlSettings:
    """The shipped settings, or a user file replacing them (cached: settings are immutable)."""
    file = Path(path) if path else DEFAULT_FILE
    return parse_settings(read_toml(file, "HTML settings file"), file.name)
