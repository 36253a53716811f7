"""The lines between two lines of one box (a newsletter's sign-up, an app's call) are that box's:
its pitch in words no rule knows, its e-mail field taken for a share row. Left as they were, they
split the box in two, and the article under it was lost (`fill_boxes`). Between two such lines, a
kept sentence of prose length is the article's, and then nothing between them is the box's.
"""

from __future__ import annotations

from ..types import Document, Paragraph, Removal
from ..words import FULL_STOP as _FULL_STOP
from .loader import removal_category
from .prose import text_words
from .settings import Settings


def fill_boxes(doc: Document, settings: Settings, categories: dict[str, str]) -> None:
    """Short lines between two lines removed with one box's category (`box_categories`), at most
    `box_span` lines apart, are that box's: a newsletter's pitch between its title and its e-mail
    field in words no rule knows ("Få de viktigaste nyheterna från Skåne varje morgon"), its e-mail
    field taken for a share row ("Váš e-mail"). Left as they were, they split the box in two, a
    box in two parts between two paragraphs no longer weighed as one, and the article's paragraphs
    under it were lost. The kept ones, and removals of `box_absorbs` categories (a share row, a
    section label), go with the rule of the box's line above them; other removals keep theirs.
    Between two newsletter or app lines, a kept sentence of prose length is the article's
    (`box_sentence_categories`, `_box_line`): then nothing between them is the box's."""
    pars = doc.paragraphs
    engine = settings.engine
    filled: list[tuple[Paragraph, str]] = []
    for index, par in enumerate(pars):
        category = removal_category(par, categories)
        if category not in engine.box_categories:
            continue
        sentences_out = category in engine.box_sentence_categories
        for other in range(index + 2, min(index + 2 + engine.box_span, len(pars))):
            if removal_category(pars[other], categories) == category:
                between = pars[index + 1 : other]
                if all(_box_line(doc, line, settings, sentences_out) for line in between) and not (sentences_out and _sentences(doc, between) >= 2):
                    mine = [line for line in between if line.removal is None or removal_category(line, categories) in engine.box_absorbs]
                    filled.extend((line, par.removal.rule) for line in mine)  # type: ignore[union-attr]
                break
            if not _box_line(doc, pars[other], settings, sentences_out):
                break
    for par, rule_id in filled:
        par.removal = Removal("boilerplate", rule_id)


def _sentences(doc: Document, lines: list[Paragraph]) -> int:
    """Kept lines closing on a full stop: two between an app line and a "follow us" line are the
    article's short paragraphs (Hungarian: 11 words each), a box's pitch is one line."""
    return sum(1 for line in lines if line.removal is None and _FULL_STOP.search(doc.text, line.start, line.end))


def _box_line(doc: Document, par: Paragraph, settings: Settings, sentences_out: bool) -> bool:
    """A line a box may hold: short, kept or removed as boilerplate (not as a duplicate). With
    `sentences_out` (a box of `box_sentence_categories`), a kept line of prose length
    (`prose_paragraph_words`) closing on a full stop is the article's sentence between two boxes
    ("Jetzt die App herunterladen!" / a paragraph of 17 words / "Push-Benachrichtigungen
    aktivieren" lost the paragraph), not the box's pitch."""
    if par.removal is not None and par.removal.reason != "boilerplate":
        return False
    text = doc.text[par.start : par.end]
    words = text_words(text, settings.cjk, settings.unspaced)
    if sentences_out and par.removal is None and words >= settings.engine.prose_paragraph_words and _FULL_STOP.search(text):
        return False
    return words <= settings.engine.box_line_max_words
