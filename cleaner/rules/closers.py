"""Lines after which the body cannot go on: an article's tags, a comment thread's heading.

The maximum-sum block (blocks.best_block) spans such a line when prose under it outweighs it:
an author's bio under the tags, comments that score as prose under "Comentarii (4)". The block
ends above the first one inside it that has more of the block's words above than below.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import takewhile

from ..types import Document, Paragraph
from ..words import LETTERS_PATTERN
from .blocks import Block
from .links import teaser_headline
from .prose import counted_words
from .loader import removal_category
from .settings import ScorerSettings
from .shapes import short_label
from .signatures import signature_key
from .stamps import STAMP_WORDS
from ..compiled import kept


def closing_removals(doc: Document, categories: dict[str, str], s: ScorerSettings) -> set[int]:
    """Indexes of rule removals that close an article: of `closing_categories` (a tags line), or
    of `thread_categories` over a thread (`_over_thread`); and of kept counted labels over a
    thread known by its shape (`_thread_below`)."""
    found = set()
    for index, par in enumerate(doc.paragraphs):
        category = removal_category(par, categories) if par.removal is not None else ""  # most lines are kept: no call
        if category in s.closing_categories or (category in s.thread_categories and _over_thread(doc, index, categories, s)):
            found.add(index)
        elif par.kept and _counted(doc.text, par) and _thread_below(doc, index, s):
            found.add(index)
    return found


# A label no rule knows with its count in brackets: "კომენტარები (3)", "Каментары (12)", and in
# scripts writing vowels as combining marks, "टिप्पणियाँ (3)", "கருத்துகள் (2)" (words.LETTERS).
_COUNTED = kept(rf"\s*{LETTERS_PATTERN}(?: {LETTERS_PATTERN})? ?\(\d{{1,5}}\)\s*")


def _counted(text: str, par: Paragraph) -> bool:
    """`_COUNTED` fills the line: asked of every kept line, most of which hold no ")" it needs
    (a find, ~0.2 µs, instead of a failed match, ~1.6 µs)."""
    return text.find(")", par.start, par.end) >= 0 and _COUNTED.fullmatch(text, par.start, par.end) is not None


def _thread_below(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Under a counted label, a comment thread by its shape alone: within `thread_window` kept
    lines, a comment's stamp (a short line holding a figure and ending like no sentence: "2
    საათის წინ", "3 гадзіны таму"), and further down a short label repeated (each comment's
    "Reply" button). In a language no rule file knows, a Georgian article kept its comments,
    whose lines scored as prose, under "კომენტარები (3)"."""
    pars = doc.paragraphs
    below = [par for par in pars[index + 1 :] if par.kept]
    stamp = any(_stamp(par) for par in below[: s.thread_window])
    labels = Counter(doc.text[par.start : par.end].strip() for par in below if short_label(par, s.thread_button_max_words))
    return stamp and any(count >= 2 for count in labels.values())


def _stamp(par: Paragraph) -> bool:
    signals = par.signals
    return 0 < signals["words"] <= STAMP_WORDS and signals["digits"] > 0 and not signals["ends_sentence"]


def _over_thread(doc: Document, index: int, categories: dict[str, str], s: ScorerSettings) -> bool:
    """A comments heading with its count ("Comentarii (4)", "12 comments") over a thread: within
    `thread_window` lines under it, a date line (a comment's "2 hours ago") or a removal of its
    kind with other words (a comment's "Reply"). A "Comments" button printed twice inside an
    article, its paragraph between the copies, heads no thread."""
    pars = doc.paragraphs
    heading = doc.text[pars[index].start : pars[index].end].strip()
    if not any(char.isdigit() for char in heading):
        return False
    for par in pars[index + 1 : index + 1 + s.thread_window]:
        category = removal_category(par, categories)
        if category == "dateline" or (category in s.thread_categories and doc.text[par.start : par.end].strip() != heading):
            return True
    return False


def closed_block(pars: list[Paragraph], kept: list[bool], block: Block, closing: set[int]) -> Block:
    """The block ended at the first closing removal inside it (a tags line) that has more of the
    block's kept words above it than below.

    An article's tags come after it: what follows them is the page's (an author's bio, a teaser
    written as prose), however well it scores. The maximum-sum block spans a short tags line
    when a prose paragraph under it outweighs the line: an author bio ("Jane Doe is the
    Courier's local democracy reporter. She has covered...") joined the article. A closing line
    above most of the block (tags printed over an article) leaves it whole.
    """
    inside = sorted(i for i in closing if block.first < i <= block.last)
    if not inside:
        return block
    words = [par.signals["words"] if k else 0.0 for par, k in zip(pars, kept)]
    for index in inside:
        above = sum(words[block.first : index])
        below = sum(words[index + 1 : block.last + 1])
        if below < above:
            last = index - 1
            while last > block.first and not kept[last]:
                last -= 1
            return replace(block, last=last)
    return block


def signature_tail(doc: Document, first: int, last: int, s: ScorerSettings) -> int:
    """`last`, or the line right under it when it signs the last contribution as the block's
    earlier ones were signed: a letters page prints each letter over its writer's name and
    place ("Pilar Gómez. Zaragoza", "Margaret Evans, Hilltop"), and the last signature, a short
    line under the body, went with the page's furniture. The line's shape (capitalised words
    parted by a stop, a comma or a dash, the last of them: `signature_key`) must be that of a kept line inside
    the block right under a paragraph ending like a sentence; a credit a rule knows ("Foto:
    EFE") is removed there, and a menu label has no such stop."""
    below = last + 1
    pars = doc.paragraphs
    if below >= len(pars) or not pars[below].kept:
        return last
    key = signature_key(doc, pars[below], s)
    if key is None:
        return last
    for index in range(first + 1, last + 1):
        above = pars[index - 1]
        if pars[index].kept and above.kept and above.signals.get("ends_sentence", 0.0) and signature_key(doc, pars[index], s) == key:
            return below
    return last


# A DOI ("10.1038/s41558-026-01234-5", after "DOI:" or "doi.org/"): the identifier of a study.
_DOI = re.compile(r"\b10\.\d{4,9}/[^\s\"<>]{2,}")


def citation_tail(doc: Document, last: int, s: ScorerSettings) -> int:
    """`last` moved down over the line right under it that cites the study the article reports
    ("Study: Solberg I. et al., ..., Nature Climate Change, 2026. DOI: 10.1038/...", "Lo studio:
    Rossi A. et al., ..., doi:10.1161/..."): names, a journal and figures score far under prose
    and the reference went as the page's, while the DOI, in any language, marks the article's
    source, which a reader of science news expects under it. A reference has at most
    `citation_max_words` words (several authors and a long title), not a paragraph's."""
    index = last + 1
    pars = doc.paragraphs
    if index >= len(pars) or not pars[index].kept or pars[index].signals.get("words", 0.0) > s.citation_max_words:
        return last
    return index if _DOI.search(doc.text, pars[index].start, pars[index].end) else last


def box_heading_cut(doc: Document, first: int, last: int, s: ScorerSettings) -> int:
    """The block's last paragraph, or the kept one above it when `last` is a box's heading: a
    short label (at most `menu_max_words` words, no figure, ending like no sentence) over
    `related_min_items` teaser headlines or more (`_linked_title`). The maximum sum took "Viac
    správ z domova" (four Slovak words scoring 0.47) as the article's last line over its teaser
    links: the block then held enough words for no brief, did not grow over the lead scoring
    0.32, and the page lost its headline and first paragraph. A heading heads what follows it."""
    pars = doc.paragraphs
    if last <= first or not short_label(pars[last], s.menu_max_words):
        return last
    below = pars[last + 1 : last + 1 + s.related_min_items]
    if sum(1 for _ in takewhile(lambda par: _linked_title(doc, par, s), below)) < s.related_min_items:
        return last
    above = last - 1
    while above > first and not pars[above].kept:
        above -= 1
    return above


def _linked_title(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A teaser's headline (links.teaser_headline) of `link_title_min_words` words or more: a
    form's field label over its buttons ("Idilesi ye-imeyile" over "Bhalisa") heads no links."""
    return teaser_headline(doc, par, s) and counted_words(par.signals) >= s.link_title_min_words
