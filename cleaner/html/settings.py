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
    screen_reader_classes: frozenset[str]  # text clipped off the screen for screen readers: skipped inside a sentence (flags.SPOKEN)
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


def parse_settings(data: dict, where: str = "html.toml") -> HtmlSettings:
    """Validate a decoded html.toml table and compile it."""
    tags, words = data.get("tags", {}), data.get("keywords", {})
    score, lines = data.get("score", {}), data.get("lines", {})
    structured, tables = data.get("structured", {}), data.get("tables", {})
    charset, published = data.get("charset", {}), data.get("published", {})
    nesting = data.get("nesting", {})
    return HtmlSettings(
        drop_tags=frozenset(_strings(tags, "drop", f"{where}:tags")),
        chrome_tags=frozenset(_strings(tags, "chrome", f"{where}:tags")),
        header_tags=frozenset(_strings(tags, "header", f"{where}:tags")),
        hint_tags=frozenset(_strings(tags, "hint", f"{where}:tags")),
        block_tags=frozenset(_strings(tags, "block", f"{where}:tags")),
        heading_tags=frozenset(_strings(tags, "headings", f"{where}:tags")),
        prose_tags=frozenset(_strings(tags, "prose", f"{where}:tags")),
        embed_classes=frozenset(_strings(tags, "embed_classes", f"{where}:tags")),
        screen_reader_classes=frozenset(_strings(tags, "screen_reader_classes", f"{where}:tags")),
        furniture_words=frozenset(_strings(words, "exact", where)),
        furniture_prefixes=tuple(sorted(set(_strings(words, "prefix", where)))),
        caption_words=frozenset(_strings(words, "caption", where)),
        layout_words=frozenset(_strings(words, "layout", where)),
        linked_words=frozenset(_strings(words, "linked", where)),
        header_words=frozenset(_strings(words, "header", where)),
        trail_words=frozenset(_strings(words, "trail", where)),
        foot_words=frozenset(_strings(words, "foot", where)),
        embed_box_words=frozenset(_strings(words, "embed_box", where)),
        issue_words=frozenset(_strings(words, "issue", where)),
        quote_words=frozenset(_strings(words, "quote", where)),
        speaker_words=frozenset(_strings(words, "speaker", where)),
        label_words=frozenset(_strings(words, "label", where)),
        label_max_words=int(_number(score, "label_max_words", f"{where}:score", int)),
        list_label_max_words=int(_number(score, "list_label_max_words", f"{where}:score", int)),
        fact_box_prose_blocks=int(_number(score, "fact_box_prose_blocks", f"{where}:score", int)),
        form_box_max_lines=int(_number(score, "form_box_max_lines", f"{where}:score", int)),
        form_box_line_max_words=int(_number(score, "form_box_line_max_words", f"{where}:score", int)),
        card_min_siblings=int(_number(score, "card_min_siblings", f"{where}:score", int)),
        card_max_lines=int(_number(score, "card_max_lines", f"{where}:score", int)),
        card_link_density=_number(score, "card_link_density", f"{where}:score", float),
        card_excerpt_max_words=int(_number(score, "card_excerpt_max_words", f"{where}:score", int)),
        card_date_max_words=int(_number(score, "card_date_max_words", f"{where}:score", int)),
        card_max_share=_number(score, "card_max_share", f"{where}:score", float),
        card_listing_share=_number(score, "card_listing_share", f"{where}:score", float),
        label_value_max_words=int(_number(score, "label_value_max_words", f"{where}:score", int)),
        stamp_words=frozenset(_strings(words, "stamp", where)),
        kicker_words=frozenset(_strings(words, "kicker", where)),
        content_words=frozenset(_strings(words, "content", where)),
        fine_print_words=frozenset(_strings(words, "fine_print", where)),
        fine_style=_pattern(words, "fine_style", where),
        signoff_style=_pattern(words, "signoff_style", where),
        verdict_line=_pattern(words, "verdict_line", where),
        picture_words=frozenset(_strings(words, "picture", where)),
        picture_text_words=frozenset(_strings(words, "picture_text", where)),
        story_attributes=frozenset(_strings(tags, "story_attributes", f"{where}:tags")),
        control_tags=frozenset(_strings(tags, "controls", f"{where}:tags")),
        link_line_tags=frozenset(_strings(tags, "link_lines", f"{where}:tags")),
        link_line_min_words=int(_number(lines, "link_line_min_words", f"{where}:lines", int)),
        prose_min_chars=int(_number(score, "prose_min_chars", f"{where}:score", int)),
        prose_max_link_density=_number(score, "prose_max_link_density", f"{where}:score", float),
        junk_weight=_number(score, "junk_weight", f"{where}:score", float),
        plain_weight=_number(score, "plain_weight", f"{where}:score", float),
        hint_bonus=_number(score, "hint_bonus", f"{where}:score", float),
        massive_share=_number(score, "massive_share", f"{where}:score", float),
        lone_prose_weight=_number(score, "lone_prose_weight", f"{where}:score", float),
        teaser_prose_weight=_number(score, "teaser_prose_weight", f"{where}:score", float),
        hinted_massive_share=_number(score, "hinted_massive_share", f"{where}:score", float),
        caption_max_chars=int(_number(score, "caption_max_chars", f"{where}:score", int)),
        line_caption_max_words=int(_number(score, "line_caption_max_words", f"{where}:score", int)),
        pill_classes=frozenset(_strings(score, "pill_classes", f"{where}:score")),
        pill_row_min=int(_number(score, "pill_row_min", f"{where}:score", int)),
        icon_class=re.compile("|".join(map(re.escape, _strings(words, "icon", where))) or "(?!)", re.I),
        icon_max_pixels=int(_number(score, "icon_max_pixels", f"{where}:score", int)),
        post_heading_min_words=int(_number(score, "post_heading_min_words", f"{where}:score", int)),
        standfirst_min_words=int(_number(score, "standfirst_min_words", f"{where}:score", int)),
        standfirst_kicker_min_sentences=int(_number(score, "standfirst_kicker_min_sentences", f"{where}:score", int)),
        standfirst_kicker_sentence_min_words=int(_number(score, "standfirst_kicker_sentence_min_words", f"{where}:score", int)),
        standfirst_max_lines=int(_number(score, "standfirst_max_lines", f"{where}:score", int)),
        standfirst_stated_min_words=int(_number(score, "standfirst_stated_min_words", f"{where}:score", int)),
        body_above_min_prose=int(_number(score, "body_above_min_prose", f"{where}:score", int)),
        pull_quote_min_chars=int(_number(score, "pull_quote_min_chars", f"{where}:score", int)),
        entry_stamp_max_words=int(_number(score, "entry_stamp_max_words", f"{where}:score", int)),
        entry_stamp_min_entries=int(_number(score, "entry_stamp_min_entries", f"{where}:score", int)),
        entry_stamp_box_max_elements=int(_number(score, "entry_stamp_box_max_elements", f"{where}:score", int)),
        stacked_min_paragraphs=int(_number(score, "stacked_min_paragraphs", f"{where}:score", int)),
        stacked_headline_tags=frozenset(_strings(score, "stacked_headline_tags", f"{where}:score")),
        kicker_max_words=int(_number(score, "kicker_max_words", f"{where}:score", int)),
        gallery_max_body_chars=int(_number(score, "gallery_max_body_chars", f"{where}:score", int)),
        gallery_max_body_lines=int(_number(score, "gallery_max_body_lines", f"{where}:score", int)),
        gallery_max_body_sentences=int(_number(score, "gallery_max_body_sentences", f"{where}:score", int)),
        gallery_min_captions=int(_number(score, "gallery_min_captions", f"{where}:score", int)),
        gallery_scope_depth=int(_number(score, "gallery_scope_depth", f"{where}:score", int)),
        slide_counter=_counter(score, "slide_counter_words", f"{where}:score"),
        toolbar_label_max_words=int(_number(score, "toolbar_label_max_words", f"{where}:score", int)),
        toolbar_label_max_chars=int(_number(score, "toolbar_label_max_chars", f"{where}:score", int)),
        toolbar_max_labels=int(_number(score, "toolbar_max_labels", f"{where}:score", int)),
        control_label_max_words=int(_number(score, "control_label_max_words", f"{where}:score", int)),
        bio_max_words=int(_number(score, "bio_max_words", f"{where}:score", int)),
        signoff_max_words=int(_number(score, "signoff_max_words", f"{where}:score", int)),
        byline_max_words=int(_number(score, "byline_max_words", f"{where}:score", int)),
        max_link_density=_number(lines, "max_link_density", f"{where}:lines", float),
        short_chars=int(_number(lines, "short_chars", f"{where}:lines", int)),
        short_max_link_density=_number(lines, "short_max_link_density", f"{where}:lines", float),
        sentence_tags=frozenset(_strings(lines, "sentence_tags", f"{where}:lines")),
        sentence_ends=tuple(_strings(lines, "sentence_ends", f"{where}:lines")),
        sentence_max_link_density=_number(lines, "sentence_max_link_density", f"{where}:lines", float),
        wrapped_line_min_chars=int(_number(lines, "wrapped_line_min_chars", f"{where}:lines", int)),
        article_types=frozenset(_strings(structured, "article_types", f"{where}:structured")),
        stated_min_words=int(_number(structured, "min_words", f"{where}:structured", int)),
        published_meta=tuple(_strings(published, "meta", f"{where}:published")),
        published_key=_string(published, "json_ld_key", f"{where}:published"),
        published_elements=tuple(_written(published, "elements", f"{where}:published")),
        stated_ratio=_number(structured, "ratio", f"{where}:structured", float),
        unspaced_chars_per_word=_number(structured, "unspaced_chars_per_word", f"{where}:structured", float),
        template_scripts=tuple(_strings(tags, "template_scripts", f"{where}:tags")),
        math_encodings=tuple(_strings(tags, "math_encodings", f"{where}:tags")),
        held_attributes=tuple(_strings(structured, "held_attributes", f"{where}:structured")),
        app_skip_types=frozenset(_strings(structured, "app_skip_types", f"{where}:structured")),
        app_inline_types=frozenset(_strings(structured, "app_inline_types", f"{where}:structured")),
        app_quote_types=frozenset(_strings(structured, "app_quote_types", f"{where}:structured")),
        app_quote_credit_keys=tuple(_strings(structured, "app_quote_credit_keys", f"{where}:structured")),
        app_lead_keys=tuple(_strings(structured, "app_lead_keys", f"{where}:structured")),
        app_dek_keys=frozenset(_strings(structured, "app_dek_keys", f"{where}:structured")),
        restore_heading_tags=frozenset(_strings(structured, "restore_heading_tags", f"{where}:structured")),
        restore_heading_max_words=int(_number(structured, "restore_heading_max_words", f"{where}:structured", int)),
        restore_heading_max_link_density=_number(structured, "restore_heading_max_link_density", f"{where}:structured", float),
        restore_match_min_chars=int(_number(structured, "restore_match_min_chars", f"{where}:structured", int)),
        restore_opening_chars=int(_number(structured, "restore_opening_chars", f"{where}:structured", int)),
        restore_opening_min_chars=int(_number(structured, "restore_opening_min_chars", f"{where}:structured", int)),
        table_min_rows=int(_number(tables, "min_rows", f"{where}:tables", int)),
        table_cell_max_lines=int(_number(tables, "cell_max_lines", f"{where}:tables", int)),
        table_cell_max_chars=int(_number(tables, "cell_max_chars", f"{where}:tables", int)),
        table_min_paragraphs=int(_number(tables, "min_paragraphs", f"{where}:tables", int)),
        table_lone_paragraph_share=_number(tables, "lone_paragraph_share", f"{where}:tables", float),
        table_cell_weight=_number(tables, "cell_weight", f"{where}:tables", float),
        table_row_repeat_min_cells=int(_number(tables, "row_repeat_min_cells", f"{where}:tables", int)),
        table_row_repeat_min_share=_number(tables, "row_repeat_min_share", f"{where}:tables", float),
        legacy_min_foreign_share=_number(charset, "legacy_min_foreign_share", f"{where}:charset", float),
        nesting_limits=_limits(nesting, f"{where}:nesting"),
        flat_tags=frozenset(_strings(nesting, "flat_tags", f"{where}:nesting")),
    )


@lru_cache(maxsize=4)
def load_settings(path: str = "") -> HtmlSettings:
    """The shipped settings, or a user file replacing them (cached: settings are immutable)."""
    file = Path(path) if path else DEFAULT_FILE
    return parse_settings(read_toml(file, "HTML settings file"), file.name)
