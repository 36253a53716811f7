"""Short pages: when a body under `min_body_words` is still a news brief, and how far it grows.

The maximum sum (blocks.best_block) can hold one or two paragraphs of a brief alone; these tests
decide whether that is an article framed by page chrome or a page of teasers, and grow the block
over the brief's neighbouring sentences.
"""

from __future__ import annotations

from dataclasses import replace

from ..types import Document
from .blocks import Block
from .loader import removal_category
from .lists import data_line
from .settings import ScorerSettings
from .shapes import ends_like_sentence


def framed_brief(doc: Document, kept: list[bool], block: Block, chrome: set[int], s: ScorerSettings) -> bool:
    """A body too short for `min_body_words` is a news brief's when its kept paragraphs are
    sentences scoring as prose (their words on average) and a rule removal of page chrome (`chrome`: menus, related links,
    newsletter boxes) lies outside it (a brief's page may open on its site's name alone).

    Else a two-sentence brief kept the site's name and the teaser headlines under it. Another
    sentence of prose outside the block makes the page a list of teasers; a short page with no
    frame (a headline with emoji, a chat line, a caption) is no evidence of an article: both
    stay whole.
    """
    pars = doc.paragraphs

    def sentence(i: int) -> bool:
        return pars[i].signals["prose"] >= s.brief_min_prose and ends_like_sentence(doc, pars[i])

    inside = [i for i in range(block.first, block.last + 1) if kept[i]]
    if not all(ends_like_sentence(doc, pars[i]) for i in inside):
        return False
    words = sum(pars[i].signals["words"] for i in inside)
    if sum(pars[i].signals["prose"] * pars[i].signals["words"] for i in inside) < s.brief_min_prose * words:
        return False  # its words on average: a closing "Nobody was hurt." scores lower
    outside = (i for i, k in enumerate(kept) if k and not block.first <= i <= block.last)
    if any(pars[i].signals["words"] >= s.list_prose_min_words and sentence(i) for i in outside):
        return False  # another story's summary: a section page of teasers, not one brief
    return any(not block.first <= i <= block.last for i in chrome)


def brief_sentences(doc: Document, kept: list[bool], block: Block, top: int, s: ScorerSettings, categories: dict[str, str] | None = None) -> Block:
    """A block too short for `min_body_words` grown over the kept sentences right above and
    below it: lines of `closing_min_words` words or more ending like a sentence, scoring
    `tail_min_prose` or more (never above `top`, the page's repeated headline).

    On a short page the maximum sum may hold one paragraph alone: a wire brief's lead with a
    time and a magnitude ("İzmir'in Seferihisar ilçesinde saat 03.12'de 4,2 büyüklüğünde deprem
    meydana geldi.", 14 words, 0.445) scores a hair under the threshold and the paragraph under
    it, alone, was too short for a brief: the page kept its menus and teasers. Headlines, menu
    labels and buttons do not end like sentences and stop the growth, save a results box between
    two sentences (`_rows_above`) and, given `categories`, an ad label (a weather report's regions
    over "Publicidade" lost the headline, the lead and the regions)."""
    pars = doc.paragraphs

    def sentence(index: int) -> bool:
        par = pars[index]
        return (
            kept[index]
            and par.signals["words"] >= s.closing_min_words
            and par.signals["prose"] >= s.tail_min_prose
            and ends_like_sentence(doc, par)
        )

    def kind(index: int) -> str:
        return removal_category(pars[index], categories) if 0 <= index < len(pars) and categories is not None and not kept[index] else ""

    def past_ads(index: int, step: int) -> int:
        """`index` moved by `step` over the ad labels a rule removed there (they sit inside
        articles: `resume_inside_categories`) and, upwards, over a "read also" link alone on its
        line (of `resume_link_categories`, none such next to it: a heading over links is a box): a
        Basque brief's two sentences over "Irakurri ere: ..." were cut off the two under it, and
        those alone were too short for a brief (the page was left whole). Downwards the part under
        a link is the tail walk's and the resume's to judge (a weak last sentence taken here
        lowered a brief's average under brief_min_prose, and its page was left whole)."""
        while kind(index) in s.resume_inside_categories or (
            step < 0 and kind(index) in s.resume_link_categories and kind(index - 1) not in s.resume_link_categories and kind(index + 1) not in s.resume_link_categories
        ):
            index += step
        return index

    first, last = block.first, block.last
    while first - 1 > top:
        above = past_ads(first - 1, -1)
        if above > top and sentence(above):
            first = above
        elif (label := _rows_above(doc, kept, first, s)) is not None and label - 1 > top and sentence(label - 1):
            first = label - 1
        else:
            break
    while (below := past_ads(last + 1, 1)) < len(pars) and sentence(below):
        last = below
    return replace(block, first=first, last=last)


def _rows_above(doc: Document, kept: list[bool], first: int, s: ScorerSettings) -> int | None:
    """Index of a label ending in a colon over `brief_box_min_rows` data lines or more right above
    `first` ("Resultater:" over "1. Johannes Thingnes Bø, Norge 23.41,2" ...), or None. A short
    results story's lead, full of names, scores under its rows' neighbour: the block held the
    sentence under the rows alone, and the headline's walk took the last row for the title."""
    pars, index = doc.paragraphs, first - 1
    while index >= 0 and kept[index] and data_line(doc, pars[index], s) and not ends_like_sentence(doc, pars[index]):
        index -= 1
    if first - 1 - index < s.brief_box_min_rows or index < 0 or not kept[index]:
        return None
    return index if doc.text[pars[index].start : pars[index].end].rstrip().endswith((":", "：")) else None
