"""The small lines an HTML reader kept between its title and the body (bylines, kickers, dates).

The reader marks its title line, so nothing above the body needs to look like a headline to be
judged, unlike in `title.find_heading`; the scorer removes these lines as outside the body.
"""

from __future__ import annotations

from ..types import Document, Paragraph
from .settings import ScorerSettings
from .furniture import kept_furniture


def reader_heading_furniture(doc: Document, first: int, settings: ScorerSettings) -> list[int]:
    """In an HTML reader's document, the small lines between its title and the body starting at
    paragraph `first`: bylines, kickers, section labels, dates (the reader keeps them when the
    page names their boxes in no way it knows, "art-info", "firma-autor").

    The reader's title line (signal "title") is the headline for sure, so, unlike `find_heading`,
    nothing above the body needs to look like a headline to be judged. Headings, list items,
    table cells, sentences (a standfirst, a caption) and what `find_heading` keeps (datelines, live-blog time
    stamps) stay.
    """
    pars = doc.paragraphs
    above = [i for i in range(first) if pars[i].kept]
    if not above or pars[above[0]].signals.get("title", 0.0) != 1.0:
        return []
    found = [i for i in above[1:] if _reader_furniture(doc, pars[i], settings)]
    return found if len(found) <= settings.furniture_max_lines else []


def _reader_furniture(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    signals = par.signals
    if (
        signals.get("heading", 0.0) == 1.0
        or signals.get("list_item", 0.0) == 1.0  # an article opening with a list or a table
        or signals.get("table_cell", 0.0) == 1.0
        or signals["ends_sentence"] == 1.0
        or signals["words"] > settings.furniture_max_words
        or kept_furniture(doc, par, settings)
    ):
        return False
    short = signals["words"] <= settings.menu_max_words
    return signals.get("prose", 0.0) < (settings.menu_prose if short else settings.byline_max_prose)
