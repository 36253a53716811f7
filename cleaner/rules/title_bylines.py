"""A byline under a heading line: what it says about the line above it (title.py's walk).

A byline or date a rule removed, or one known by its shape, under a short line tells a
headline ("Tartu bussipiletid kallinevad jaanuarist" over "ERR" and a date) or a byline's own
name ("Marieke de Vries" over a credit) from a menu label, which sits over a standfirst or the
text. Judged by the scorer's signals and the line shapes of shapes.py, no language's words.
"""

from __future__ import annotations

from ..types import Document, Paragraph
from ..words import LETTERS as _WORDS
from .furniture import byline_furniture, kept_furniture
from .prose import counted_words
from .settings import ScorerSettings
from .date_lines import date_shaped
from .shapes import caseless_start, name_shape, title_shaped, under_label
from .title_lines import byline_line, caseless_name


def name_over_byline(doc: Document, index: int, first: int, bylines: frozenset[int], s: ScorerSettings) -> bool:
    """The short line the walk took for the title, under the headline and standfirst
    (shapes.over_short_line), is the byline's name, not a kicker the article keeps: a bare name
    (`_bare_name`: "Marieke de Vries") over a date or credit a rule removed."""
    return any(index < i < first for i in bylines) and _bare_name(doc, doc.paragraphs[index], s)


def _bare_name(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A person's name alone: a byline's name (`byline_furniture`), or two or more capitalised
    words with one run of a name's particles between them ("Marieke de Vries", which
    shapes.name_like leaves to headlines at three words: "Guerra de Ucrania"); over a byline
    a rule removed, the particles make it a name. In a script without capitals, two words or
    more of a short caseless line (title_lines.caseless_name: "יוסי לוי" under the headline
    over its removed date): no capital tells it from a kicker, the byline under it does."""
    if par.signals["words"] >= s.title_far_min_words or kept_furniture(doc, par, s):
        return False
    shape = name_shape(_WORDS.findall(doc.text, par.start, par.end), s)
    if shape is not None and shape[0] >= 2 and shape[1] == 1:
        return True
    return byline_furniture(doc, par, s) or (par.signals["words"] >= 2 and caseless_name(doc, par, s))


def over_byline(doc: Document, index: int, first: int, skipped: list[int], bylines: frozenset[int], s: ScorerSettings) -> bool:
    """A short headline over its byline: a title-shaped line of `title_byline_min_words` words or
    more (fewer than a far title's), not a repeated label's shape nor caseless, opening the page's
    text (shapes.under_label), over only byline names and dates and a dateline or credit a rule
    removed. "Tartu bussipiletid kallinevad jaanuarist" over "ERR" and a removed date was passed
    over as a menu label and the page lost its title; a menu label sits over a standfirst or the
    text, not over a byline a rule recognised. A date no rule knew, known by its shape
    (date_lines.date_shaped), is that evidence too; over one, a caseless line of
    `title_caseless_min_words` words is a headline (a name over its date has fewer), and the short
    caseless lines between them are its byline (`title_lines.caseless_name`: "प्रतिनिधी, पुणे" over "शनिवार,
    6 डिसेंबर 2026" cost a Marathi page its headline)."""
    pars = doc.paragraphs
    par = pars[index]
    if not skipped or counted_words(par.signals) < s.title_byline_min_words:
        return False
    between = [i for i in bylines if index < i < first]  # bylines a rule removed
    dated = any(date_shaped(doc, pars[i], s) for i in [*skipped, *between])
    if not (dated or between):
        return False
    caseless = caseless_start(doc.text[par.start : par.end])
    if caseless and not (dated and counted_words(par.signals) >= s.title_caseless_min_words):
        return False
    named = caseless and dated  # no capital tells a name there: a short caseless line under a headline over its date is the byline
    if par.signals.get("repeated_shape", 0.0) > 0.0 and not named:  # caseless lines of a few words all share one shape
        return False
    if not all(byline_line(doc, pars[i], s) or (named and caseless_name(doc, pars[i], s)) for i in skipped):
        return False
    return title_shaped(doc, par, s) and under_label(doc, index, s)


def caseless_over_byline(doc: Document, index: int, first: int, bylines: frozenset[int]) -> bool:
    """A caseless line over a byline or date a rule removed ("కె. రమేష్ కుమార్" over its date): no
    capitals tell a name from a short headline, so a title there needs a far title's words."""
    if not any(index < i < first for i in bylines):
        return False
    return caseless_start(doc.text[doc.paragraphs[index].start : doc.paragraphs[index].end])


def under_byline(doc: Document, index: int, removed: frozenset[int], s: ScorerSettings) -> bool:
    """Right above paragraph `index`, past rule removals and name or date lines, lies one of
    `removed` (a byline or date a rule removed, "By Lucía Ferrer" over "14 November 2025 | 08:15")."""
    pars = doc.paragraphs
    for above in range(index - 1, -1, -1):
        if above in removed:
            return True
        if pars[above].kept and not byline_furniture(doc, pars[above], s):
            return False
    return False
