"""The body's edges: the maximum-sum block (scorer.find_body) widened to the article's own lines
above and below it, then cut at the page's and closed on what ends an article.

Each step reads one kind of evidence the block's sum cannot: a list or fact box over the body, a
byline's neighbours, a recipe's facts, speakers, a framed list, a closing sentence under links
(`_widened`); an author's bio or an "About" box the body stops above, then footnotes, a review's
score and verdict box, a transcript's head and a second story glued under the article (`_closed`).
Split from scorer.py, which finds the block; this module only moves its edges.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Callable

from ..types import Document, Paragraph
from .bio import about_closing, about_tail, bio_tail
from .blocks import Block, list_closing, with_tail
from .byline_edges import past_byline
from .closers import citation_tail, signature_tail
from .closing import closing_line, closing_sentence
from .credit_box import credit_box_head
from .events import event_box_head, lone_entry_tail
from .footnotes import footnote_tail
from .framed import framed_tail
from .glued import glued_story
from .heads import fact_head, list_head
from .keypoints import data_box_head
from .listings import Listing, listing_tail
from .lists import list_tail
from .live import keypoints_over_entries
from .loader import BYLINE_CATEGORIES
from .obituary import life_dates_tail
from .openers import item_head, valediction_tail
from .recipe import method_tail, recipe_head
from .resume import resumed_tail
from .review import notes_tail, review_tail
from .sections import first_sections, sections_past_box
from .settings import ScorerSettings
from .date_lines import date_shaped
from .speakers import speaker_tail, transcript_head, transcript_tail
from .title import title_shaped
from .verdict import review_head, score_tail, verdict_head

if TYPE_CHECKING:
    from .scorer import Scorer


def body_edges(
    scorer: Scorer, doc: Document, block: Block, values: list[float], kept: list[bool], chrome: set[int], boxes: list[tuple[int, int]], listings: list[Listing]
) -> Block:
    """The block widened to the article's own lines at its edges (`_widened`), then cut at the
    page's and closed on what ends an article (`_closed`). `values` are the paragraphs' block
    values, `kept` which ones are kept, `chrome` the rule removals that separate blocks, `boxes`
    a review's verdict boxes (grown here), `listings` the page's event listings."""
    return _closed(scorer, doc, _widened(scorer, doc, block, values, chrome, listings), kept, boxes)


def _widened(scorer: Scorer, doc: Document, block: Block, values: list[float], chrome: set[int], listings: list[Listing]) -> Block:
    """The block grown over the article's own lines at its edges, one kind of evidence a step (a
    list or fact box over it, a byline's neighbours, a recipe's facts, speakers, a framed list, a
    closing sentence under links), and stopped above an author's bio under a column."""
    s, pars = scorer.settings, doc.paragraphs
    category, removal_value = scorer.category, scorer.removal_value
    top = block.anchor if block.anchor is not None else -1
    block = block.moved(first=fact_head(doc, list_head(doc, block.first, s, top), s, top))
    heading_end = partial(_ends_heading, s, category, doc)
    block = block.moved(first=data_box_head(doc, block.first, s, top, heading_end))  # a match's goals, a forecast's figures
    block = block.moved(first=event_box_head(doc, block.first, s, top, heading_end))  # "3' GOAL Newcastle 1-0 Isak (Gordon)"
    block = block.moved(first=credit_box_head(doc, block.first, s, top, heading_end))  # a review's "Director: ..."
    block = block.moved(first=item_head(doc, block.first, s, top))  # a press review's first paper
    block = block.moved(first=first_sections(doc, block.first, block.last, s, top))  # a page of briefs' first stories
    block = block.moved(first=keypoints_over_entries(doc, block.first, block.last, scorer.review.keypoints, s, category))  # a live blog's "Key points" over its first entry
    block = with_tail(doc, past_byline(doc, block, s, category), s, removal_value, category)
    block = block.moved(first=recipe_head(doc, block.first, block.last, s, top), last=method_tail(doc, block.first, block.last, s))  # "Prep time: 15 min"
    block = block.moved(last=speaker_tail(doc, block.first, block.last, s, scorer.categories))
    block = block.moved(last=signature_tail(doc, block.first, block.last, s))  # a letters page's last "Name. Place"
    block = block.moved(last=valediction_tail(doc, block.first, block.last, s))  # an open letter's "Com os melhores cumprimentos,"
    inline = {i for i, (par, value) in enumerate(zip(pars, values)) if value == 0.0 and not par.kept}
    block = block.moved(last=framed_tail(doc, block.last, chrome - inline, s))
    last = list_tail(doc, block.last, chrome - inline, s)  # a "read also" above the article's list
    block = block.moved(last=max(closing_sentence(doc, last, s), list_closing(doc, last, s)) if last > block.last else last)
    block = block.moved(last=listing_tail(doc, block.last, listings, closing_line))  # an event listing's last entries
    block = block.moved(last=citation_tail(doc, block.last, s))  # "Study: ... DOI: 10.1038/..."
    block = block.moved(last=resumed_tail(doc, block.last, s, removal_value, category, chrome - inline, block.first))  # its last part under an ad or a link
    block = block.moved(last=sections_past_box(doc, block.first, block.last, s, category))  # a horoscope's signs under its sign-up box
    block = block.moved(last=lone_entry_tail(doc, block.first, block.last, s))  # "Minuto a minuto" over the ticker's last line
    block = block.moved(last=about_closing(doc, block.first, block.last, scorer.review, s))  # a release's last sentence over its About box
    block = block.moved(last=bio_tail(doc, block.first, block.last, s, scorer.categories, scorer.review.author, scorer.review.named))  # the author's bio under a column
    return block


def _closed(scorer: Scorer, doc: Document, block: Block, kept: list[bool], boxes: list[tuple[int, int]]) -> Block:
    """The block cut at an "About" box and closed on what ends an article: footnotes, a review's
    score and its verdict box, a death notice's dates, a transcript's chapters over it, and a
    second story glued under it (`glued_from`)."""
    s, category = scorer.settings, scorer.category
    last = about_tail(doc, block.first, footnote_tail(doc, block.first, review_tail(kept, block.last, boxes), s), scorer.review, s)
    scored = score_tail(doc, last, s)
    for tail in (life_dates_tail(doc, block.first, last, s), scored, notes_tail(doc, last, scorer.review, s),
                 transcript_tail(doc, last, s, scorer.categories)):
        if tail is not None and tail > last:  # "Margaret Dunne, born 12 March 1935; died ...", "Our verdict" / "4/5"
            boxes.append((last + 1, tail))  # short lines after the text, no menu
            last = tail
    if scored is not None and last == scored and (boxed := review_tail(kept, last, boxes)) > last:
        boxes.append((last + 1, boxed))  # the verdict box under the score: "Voto: 8/10" / "Pro" / "Contro"
        last = boxed
    head = transcript_head(doc, block.first, s, scorer.categories)
    if head is not None:  # a podcast's description over its chapters and guests, the transcript below
        boxes.append((head + 1, block.first - 1))
        block = block.moved(first=head)
    first = verdict_head(doc, review_head(doc, block.first, boxes, s), boxes, s)  # "Veredicto" / "FALSO"
    glued = glued_story(doc, first, last, s, category)  # the next story, saved under this one
    if glued is not None:
        last = min(last, glued - 1)
    return block.moved(first=first, last=last, boxes=tuple(boxes), glued_from=glued)


def _ends_heading(s: ScorerSettings, category: Callable[[Paragraph], str], doc: Document, index: int) -> bool:
    """Whether paragraph `index` ends a page's heading: a byline's date or credit a rule
    removed, a date line by its shape, or, once the furniture is gone (a rerun on the output),
    the headline opening the page."""
    par = doc.paragraphs[index]
    if not par.kept:
        return category(par) in BYLINE_CATEGORIES
    if date_shaped(doc, par, s):
        return True  # a byline's date no rule knew ("Zaragoza, 06/12/2026 - 20:15 CET")
    first = all(not other.kept for other in doc.paragraphs[:index])
    return first and title_shaped(doc, par, s, far=True)
