"""An event listing inside an article: entries of a name line over a line of when and where.

A "things to do this weekend" piece lists its events as short entries, each a name ("Concierto
de la Orquesta Sinfónica Juvenil", "Winter Lantern Parade") over a line that says when and where
("Sábado 5, a las 19.00 horas. Auditorio Nacional. Entradas desde 12 euros."), maybe a sentence
of description under it. Line by line the names are a menu and the schedule lines score low (a
day, a clock time, a place, a price): an entry without its description weighs against the body,
and two of them after the last description ended the body there, the rest of the listing cut as
the page's furniture. What tells the article's listing apart is the schedule line's clock time
("19.00", "6 p.m.", "20 Uhr", "21h") right under a name line, entry after entry, between
sentences: a menu has no clock times, a sidebar's "upcoming events" has no prose on both sides.
An entry's name may carry its description after a colon ("Jazz im Hafen: Das Trio um ...") and
the entries may sit under their day's heading ("Freitag", "Samstag").
Neutral, not positive (as a recipe's ingredients, recipe.ingredient_runs): the entries join a
body only with its text around them.

Numbers: data/scorer.toml (listing_name_max_words, listing_line_max_words, listing_min_entries).
"""

from __future__ import annotations

import re
from typing import Callable

from ..types import Document, Paragraph
from .lists import par_text
from .settings import ScorerSettings

# A clock time: "19.00", "19:30", "21h", "21h30", "6 p.m.", "11am", "20 Uhr", "a las 19 horas";
# not a price's decimals ("$19.00", "12,50 €") nor a figure's ("4.250").
_CLOCK = re.compile(
    r"(?<![\d$€£.,])(?:[01]?\d|2[0-3])(?:[.:][0-5]\d(?![\d.,]\d)(?! ?(?:€|euros?|EUR|dollars?|\$))|h[0-5]\d\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|Uhr\b|h\b|horas\b|heures\b|ore\b))"
)


# An entry's name and a colon over its description: "Jazz im Hafen: Das Trio ...".
_TITLE_COLON = re.compile(r"([^:\n]{2,80}?)\s?:\s\S")


# An event listing: its kept lines, the line it ends on (the sentence under it, or its last line
# when it ends on the page's furniture) and whether a sentence closes it.
Listing = tuple[list[int], int, bool]


def find_listings(doc: Document, s: ScorerSettings) -> list[Listing]:
    """Every event listing of the page, read once a pass for both its readers (`listing_runs`,
    `listing_tail`): `listing_min_entries` entries or more in a row, each a name line (at most
    `listing_name_max_words` words, no sentence's end) right over a schedule line (at most
    `listing_line_max_words` words, a clock time), with at most one line of description between
    entries; a sentence right above the first name, and one right under the last entry's lines
    (closed) or the page's furniture there (a rule removal right under its last line, or the
    page's end)."""
    pars = doc.paragraphs
    kept = [i for i, par in enumerate(pars) if par.kept]
    found: list[Listing] = []
    at = 1
    while at < len(kept):
        end, entries = _entries(doc, kept, at, s)
        closed = end < len(kept) and _sentence(pars[kept[end]])
        if entries >= s.listing_min_entries and _sentence(pars[kept[at - 1]]) and (closed or _chrome_under(pars, kept[end - 1])):
            found.append((kept[at:end], kept[end] if closed else kept[end - 1], closed))
        at = max(end, at + 1)
    return found


def listing_runs(listings: list[Listing]) -> list[int]:
    """Indexes of the kept lines of each listing a sentence closes: they weigh nothing in the
    body search."""
    return [index for lines, _, closed in listings if closed for index in lines]


def listing_tail(doc: Document, last: int, listings: list[Listing], closes: Callable[[Document, int], bool]) -> int:
    """`last` moved down to the end of the listing it stops inside, and over the sentence under
    the listing when that sentence closes the article (`closes`, closing.closing_line: nothing kept
    after it, or the page's furniture right under it; blocks imports this module's neighbours). The entries weigh nothing, so the body search's
    block stopped at the last schedule line that scored as prose ("Samedi à 20h30, La Cité. De
    12 à 35 euros."), and the last entry and the closing "Pensez à réserver ..." went as the
    page's furniture. A listing the block stops inside may end on the page's furniture too (a
    weekend guide's "Sonntag" entry over the site's note and related links)."""
    for lines, sentence, _ in listings:
        if lines[0] <= last < lines[-1]:
            return sentence if closes(doc, sentence) else lines[-1]
    return last


def listing_below(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Whether what follows paragraph `index` is a sidebar's event listing and then the page's
    furniture: at most one heading line ("Upcoming events", a name's shape) over
    `listing_min_entries` entries or more (`_entries`), with nothing kept after them or a rule
    removal right under the last. Unlike an article's listing (`find_listings`), no sentence
    follows it: the sentence over it closes the article ("The new hours start on Monday." over
    "Upcoming events" / "Lantern Parade" / "Friday, 6 p.m., Market Square" was cut with it)."""
    pars = doc.paragraphs
    kept = [i for i in range(index + 1, len(pars)) if pars[i].kept]
    at = 1 if len(kept) > 1 and _name(doc, pars[kept[0]], s) and not schedule_line(doc, pars[kept[1]], s) else 0
    end, entries = _entries(doc, kept, at, s)
    if entries < s.listing_min_entries:
        return False
    after = kept[end - 1] + 1
    if end == len(kept):
        return True
    removal = pars[after].removal if after < len(pars) else None
    return removal is not None and removal.reason == "boilerplate"


def _entries(doc: Document, kept: list[int], at: int, s: ScorerSettings) -> tuple[int, int]:
    """(position in `kept` after the entries from `at` on, how many): name and schedule lines,
    maybe under a day's heading ("Samstag"), each pair maybe followed by one sentence of
    description."""
    pars = doc.paragraphs
    entries, end = 0, at
    while size := _entry_size(doc, kept, end, s):
        entries, end = entries + 1, end + size
        if end < len(kept) and _sentence(pars[kept[end]]) and _entry_size(doc, kept, end + 1, s):
            end += 1  # a description under the entry, another entry under it
    return end, entries


def _entry_size(doc: Document, kept: list[int], at: int, s: ScorerSettings) -> int:
    """How many lines the entry at `kept[at]` takes: 2 (a name over a schedule line), 3 (a
    day's heading of at most `name_max_words` words over them: "Sonntag"), 0 (no entry there)."""
    pars = doc.paragraphs
    for size in (2, 3):
        if at + size > len(kept):
            return 0
        name, schedule = pars[kept[at + size - 2]], pars[kept[at + size - 1]]
        heading = size == 2 or _day(pars[kept[at]], s)
        if heading and _name(doc, name, s) and schedule_line(doc, schedule, s):
            return size
    return 0


def _name(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """An entry's name ("Winter Lantern Parade"), or its name and a sentence after a colon
    ("Jazz im Hafen: Das Trio um die Pianistin Maren Vogt spielt Standards.")."""
    signals = par.signals
    if not 0 < signals["words"] <= s.listing_name_max_words + s.listing_line_max_words:
        return False
    if signals["ends_sentence"] == 0.0:
        return signals["words"] <= s.listing_name_max_words
    text = par_text(doc, par)
    if text.find(":", 0, 82) < 0:  # no colon where `_TITLE_COLON` needs one: most sentences, not tried
        return False
    colon = _TITLE_COLON.match(text)
    return colon is not None and len(colon[1].split()) <= s.listing_name_max_words


def _day(par: Paragraph, s: ScorerSettings) -> bool:
    return 0 < par.signals["words"] <= s.name_max_words and par.signals["ends_sentence"] == 0.0 and par.signals["digits"] == 0.0


def schedule_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A listing entry's line of when and where: at most `listing_line_max_words` words, a clock
    time ("Sábado 5, a las 19.00 horas. Auditorio Nacional.")."""
    return par.signals["words"] <= s.listing_line_max_words and _CLOCK.search(par_text(doc, par)) is not None


def _chrome_under(pars: list[Paragraph], index: int) -> bool:
    """The page's furniture right under paragraph `index`: a rule removal, or the page's end."""
    if index + 1 >= len(pars):
        return True
    removal = pars[index + 1].removal
    return removal is not None and removal.reason == "boilerplate"


def _sentence(par: Paragraph) -> bool:
    return par.signals["ends_sentence"] > 0.0
