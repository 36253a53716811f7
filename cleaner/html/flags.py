"""What an element is, from its tag and the attributes naming it: the flags the walk records.

A class, id or role names an element's part in the page ("share-bar__item", "article-body",
"caption"); `name_flags` reads a value's parts against the keyword lists of the settings (one
dict lookup a part, `part_marks`), and `_FlagReader` adds what the tag, an inline style and the
hidden attributes say, each distinct value read once a page. walk.py keeps the flags per
element; the modules deciding what the article is read them.
"""

from __future__ import annotations

import re

from .settings import HtmlSettings

# Flags of an element.
FURNITURE = 1  # class/id/role/aria-label names it share, comments, ads, ...
CHROME = 2  # nav, header, footer, aside, form, menu
HIDDEN = 4  # hidden attribute, aria-hidden, display:none
EMBED = 8  # a tweet / Instagram blockquote
HINT = 16  # article, main, itemprop=articleBody, role=main, "content"-like class
HEADER = 32  # <header>, a "header"-like class: chrome, unless the article's own (content.py)
LINKED = 64  # a "teaser"-like class: furniture only when it holds a link (content.py)
IMAGE = 128  # has an image child (img, picture, amp-img): with one caption below, a figure
CAPTION_LOOK = 256  # dressed as a caption: <small>, small, muted or centred text, a name saying picture (captions.py)
CAPTION = 512  # a class/id naming a picture's caption: furniture, but a gallery's body (gallery.py)
LAYOUT = 2048  # furniture only by a page builder's word for every block ("elementor-widget"): content.py
CONTROL = 8192  # the block owning a form control's text (an input, a button): its short lines are the control's labels
TRAIL = 4096  # a class/id naming a breadcrumb trail: the only navigation an article's own header holds (content.py)
STAMP = 32768  # a class/id naming a date stamp: an inline element so named that opens a line is a line of its own
FOOT = 16384  # a class/id naming the page's foot ("print-footer"): never a box that took the article's rest (content.py)
EMBED_BOX = 65536  # furniture only by the word for an embed's box ("w-embed"): a quote card in one stays (content.py)
QUOTE = 131072  # a class/id naming a quote ("quote-card", "pullquote")
LABEL = 262144  # a class/id naming a field's label ("field__label"): its value's line joins it (labels.py)
SIGN_OFF = 524288  # set flush right by its style: a short last line so set signs the article (bio.py)
PRE = 1 << 27  # <pre>, or a white-space style that keeps the text's breaks: a blank line in its text parts paragraphs (walk.py)
KICKER = 1 << 26  # a class/id naming a kicker ("occhiello", "surtitre"): furniture, but a standfirst under the headline (content.py)
ISSUE = 1 << 29  # furniture only by the word for a newsletter ("newsletter-intro"): an issue's own prose stays (content.py)
STORY = 1024  # carries a story's own address or id (data-url, data-post-id): a story stacked by infinite scroll
SPOKEN = 1 << 20  # a class naming text for screen readers only ("sr-only", "visually-hidden") or an icon font's ligature: never a word on the screen
JUNK = FURNITURE | CHROME | HIDDEN | EMBED | HEADER

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_PARTS = re.compile(r"[a-z0-9]+")  # "share-bar__item" -> share, bar, item
HIDDEN_STYLE = re.compile(r"display\s{0,4}:\s{0,4}none|visibility\s{0,4}:\s{0,4}hidden", re.I)
_PRE_STYLE = re.compile(r"white-space\s{0,4}:\s{0,4}pre", re.I)


def hidden_by(attributes: dict[str, str | None]) -> bool:
    """Whether an element's own attributes hide it (`hidden`, aria-hidden, display:none): what
    the walk reads as HIDDEN, asked of one element before the walk (modals.py, mathml.py)."""
    return "hidden" in attributes or attributes.get("aria-hidden") == "true" or bool(HIDDEN_STYLE.search(attributes.get("style") or ""))
_CAPTION_LOOK_TAGS = frozenset({"small"})
# An old page's <font size> below the default 3 ("2", "1", "-1"): its <small>, a caption's dressing.
_SMALL_FONT_SIZES = frozenset({"1", "2", "-1", "-2", "-3"})
_NAMING_ATTRIBUTES = ("class", "id", "role", "aria-label", "itemprop", "data-component", "data-testid")


def element_flags(tag: str, attributes: dict[str, str | None], settings: HtmlSettings) -> int:
    """What an element is, from its tag and the attributes that name it."""
    return _FlagReader(settings).of(tag, attributes)


# What a class/id part may say, before the precedence of `name_flags` resolves it.
_STRONG, _CAPTION_WORD, _LAYOUT_WORD, _LINKED_WORD, _EMBED_BOX_WORD = 1 << 20, 1 << 21, 1 << 22, 1 << 23, 1 << 24
_SPEAKER_WORD = 1 << 25
_ISSUE_WORD = 1 << 30
_PICTURE_WORD = 1 << 28  # dresses a block as a caption unless a part names its text (`name_flags`)


def part_marks(settings: HtmlSettings) -> dict[str, int]:
    """Per keyword of the settings, what it says: one dict lookup per part instead of one set
    test per keyword list (`name_flags` runs on every distinct class value of a page)."""
    marks: dict[str, int] = {}
    for words, mark in ((settings.furniture_words, _STRONG), (settings.caption_words, _CAPTION_WORD),
                        (settings.layout_words, _LAYOUT_WORD), (settings.linked_words, _LINKED_WORD),
                        (settings.header_words, HEADER), (settings.content_words, HINT), (settings.trail_words, TRAIL),
                        (settings.foot_words, FOOT), (settings.stamp_words, STAMP), (settings.kicker_words, KICKER),
                        (settings.embed_box_words, _EMBED_BOX_WORD), (settings.quote_words, QUOTE),
                        (settings.issue_words, _ISSUE_WORD),
                        (settings.label_words, LABEL), (settings.speaker_words, _SPEAKER_WORD),
                        (settings.fine_print_words, CAPTION_LOOK), (settings.picture_words, _PICTURE_WORD)):
        for word in words:
            marks[word] = marks.get(word, 0) | mark
    return marks


def name_flags(value: str, settings: HtmlSettings, marks: dict[str, int] | None = None) -> int:
    """FURNITURE (with CAPTION or LAYOUT) / LINKED / HEADER / HINT / EMBED / CAPTION_LOOK / SPOKEN for one
    naming attribute value ("share-bar__item shareBox"); `marks` is `part_marks(settings)`.

    A furniture word wins over a caption word, which wins over a page builder's layout word, which
    wins over a teaser-like word. EMBED only says the value holds an embed class; the caller keeps
    it for blockquotes.
    """
    if marks is None:
        marks = part_marks(settings)
    lowered = value.lower()
    parts = name_parts(value)
    if "with" in parts:
        parts = _head_parts(value)
    said = 0
    for part in parts:
        said |= marks.get(part, 0)
    if not said & _STRONG and any(p.startswith(settings.furniture_prefixes) for p in parts):
        said |= _STRONG
    if said & QUOTE and said & _STRONG and _names_speaker(parts, marks, settings):
        said &= ~_STRONG
    flags = said & (HEADER | HINT | CAPTION_LOOK | TRAIL | FOOT | STAMP | QUOTE | LABEL | KICKER)
    if said & _PICTURE_WORD and settings.picture_text_words.isdisjoint(parts):
        flags |= CAPTION_LOOK  # "photo-desc"; not "media-body", "wp-block-media-text__content"
    if said & _STRONG:
        flags |= FURNITURE
        if said & _EMBED_BOX_WORD and not any(
            marks.get(p, 0) & _STRONG and not marks.get(p, 0) & _EMBED_BOX_WORD or p.startswith(settings.furniture_prefixes)
            for p in parts
        ):
            flags |= EMBED_BOX
        if _only_issue(parts, marks, settings):
            flags |= ISSUE
    elif said & _CAPTION_WORD:
        flags |= FURNITURE | CAPTION
    elif said & _LAYOUT_WORD:
        flags |= FURNITURE | LAYOUT
    elif said & _LINKED_WORD:
        flags |= LINKED
    if not settings.embed_classes.isdisjoint(lowered.split()):
        flags |= EMBED
    if settings.spoken_class.search(lowered):
        flags |= SPOKEN  # never a word on the screen: a screen reader's note, an icon font's ligature
    return flags


def _only_issue(parts: list[str], marks: dict[str, int], settings: HtmlSettings) -> bool:
    """Whether the furniture words of a name all name a newsletter ("newsletter-intro",
    "newsletterBody"; not "newsletter-signup")."""
    said = False
    for part in parts:
        mark = marks.get(part, 0)
        issue = mark & _ISSUE_WORD or part.startswith(tuple(settings.issue_words))
        if mark & _STRONG and not issue or not mark & _STRONG and not issue and part.startswith(settings.furniture_prefixes):
            return False
        said = said or bool(issue)
    return said


def name_parts(value: str) -> list[str]:
    """The words of a naming attribute's value: "share-bar__item shareBox" -> share, bar, item,
    share, box (a capital inside a name starts a word)."""
    lowered = value.lower()
    return _PARTS.findall(_CAMEL.sub(" ", value).lower() if lowered != value else lowered)


def _head_parts(value: str) -> list[str]:
    """The parts of each class in `value` up to a "with": a CSS module's "anchorWithStickyNavbar"
    is an anchor (a heading's) that has a sticky navbar above it, "cardWithShareRow" a card; what
    follows "with" names something else, never the element (a Docusaurus post lost every
    subheading to "navbar")."""
    parts: list[str] = []
    for name in value.split():
        named = name_parts(name)
        parts.extend(named[: named.index("with")] if "with" in named else named)
    return parts


def _names_speaker(parts: list[str], marks: dict[str, int], settings: HtmlSettings) -> bool:
    """A name whose only furniture words say "author" beside a word for a quote ("zitat-autor",
    "quote-author", "pullquote__byline") is a quote's speaker line, printed under the quote as
    part of it, not the story's byline box."""
    for part in parts:
        mark = marks.get(part, 0)
        if mark & _STRONG and not mark & _SPEAKER_WORD or not mark & _STRONG and part.startswith(settings.furniture_prefixes):
            return False
    return True


# How `_FlagReader` reads each attribute it cares about.
_NAMES, _STYLE, _ARIA_HIDDEN, _HIDDEN_ATTRIBUTE, _STORY = 1, 2, 3, 4, 5
_ATTRIBUTE_KINDS = {name: _NAMES for name in _NAMING_ATTRIBUTES} | {
    "style": _STYLE,
    "aria-hidden": _ARIA_HIDDEN,
    "hidden": _HIDDEN_ATTRIBUTE,
}


class _FlagReader:
    """Element flags for one walk, with each naming value classified once.

    Pages repeat their class names on hundreds of elements but combine them freely, so the
    memo is per attribute value, not per element; elements without attributes cost one lookup.
    """

    __slots__ = ("settings", "tag_flags", "value_flags", "kinds", "marks", "disclosed")

    def __init__(self, settings: HtmlSettings, disclosed: frozenset[str] = frozenset()) -> None:
        self.settings = settings
        self.disclosed = disclosed
        self.marks = part_marks(settings)
        self.kinds = {name: _STORY for name in settings.story_attributes} | _ATTRIBUTE_KINDS
        self.tag_flags: dict[str, int] = {}
        self.value_flags: dict[str, int] = {}

    def of(self, tag: str, attributes: dict[str, str | None]) -> int:
        flags = self.tag_flags.get(tag)
        if flags is None:
            settings = self.settings
            flags = self.tag_flags[tag] = (
                (CHROME if tag in settings.chrome_tags else 0)
                | (HEADER if tag in settings.header_tags else 0)
                | (HINT if tag in settings.hint_tags else 0)
                | (CAPTION_LOOK if tag in _CAPTION_LOOK_TAGS else 0)
                | (PRE if tag == "pre" else 0)
            )
        if not attributes:
            return flags
        kinds, memo = self.kinds, self.value_flags
        for name, value in attributes.items():
            kind = kinds.get(name)
            if kind is None:
                continue
            if kind == _NAMES:
                if value:
                    found = memo.get(value)
                    if found is None:
                        found = memo[value] = name_flags(value, self.settings, self.marks)
                    flags |= found
            elif kind == _STORY:
                flags |= STORY
            elif kind == _HIDDEN_ATTRIBUTE or (kind == _ARIA_HIDDEN and value == "true"):
                flags |= HIDDEN
            elif kind == _STYLE and value:
                if HIDDEN_STYLE.search(value):
                    flags |= HIDDEN
                if self.settings.fine_style.search(value):
                    flags |= CAPTION_LOOK
                if self.settings.signoff_style.search(value):
                    flags |= SIGN_OFF
                if _PRE_STYLE.search(value):
                    flags |= PRE
        if tag == "font" and (attributes.get("size") or "").strip() in _SMALL_FONT_SIZES:
            flags |= CAPTION_LOOK
        if flags & HIDDEN and self.disclosed and attributes.get("id") in self.disclosed:
            flags &= ~HIDDEN  # a disclosure's panel, shut until its heading's button opens it
        if flags & EMBED and tag != "blockquote":
            flags &= ~EMBED
        if flags & HEADER and tag in self.settings.heading_tags:
            flags &= ~HEADER  # "section-header", Substack's "header-anchor-post": a heading, not a page header
        if flags & SPOKEN and tag in self.settings.block_tags:
            flags |= HIDDEN  # a block for screen readers only ("Article continues below"): never on the screen
        return flags
