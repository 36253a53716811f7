"""An obituary's heading and closing line, which are no sentences: the scorer left them out.

An obituary ends on a line of its subject's life dates ("Margaret Dunne,
teacher, born 12 March 1935; died 2 December 2026", "Hans Adler, geboren am 4. April 1938 in Köln,
gestorben am 30. November 2026"): no sentence, so the scorer left it out. It opens with the name
the article uses and holds two years; `life_dates_tail` joins it to the body. Or it opens on them:
the subject's name over a line of life years ("Margaret Ellen Sorensen" / "1938 - 2026") is its
headline when the body's first sentence opens with the name ("Margaret Ellen Sorensen, 88, of Pine
Ridge, passed away ..."): a byline's name does not (`life_heading`; title.find_heading's walk passes
over a name as a byline's). A section's label may stand between such a "Name, 1931-2026" headline
and the standfirst under it (`life_title`).

Numbers: data/scorer.toml (furniture_max_words for the life-dates line, obituary_label_max_words for
a label between the title and the standfirst).
"""

from __future__ import annotations

import re

from ..types import Document
from ..words import LETTERS
from .anchor import MAX_LINE_CHARS
from .settings import ScorerSettings

_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")
_OPENING_NAME = re.compile(r"([^\W\d_][\w'’-]*) ([^\W\d_][\w'’-]*)")


def life_dates_tail(doc: Document, first: int, last: int, s: ScorerSettings) -> int:
    """`last` moved down over an obituary's life-dates line right under it (see the module
    docstring): a short line opening with two capitalised words the body names together, and
    holding two years."""
    pars = doc.paragraphs
    index = last + 1
    if index >= len(pars) or not pars[index].kept or pars[index].signals["words"] > s.furniture_max_words * 2:
        return last
    text = doc.kept_text(pars[index]).strip()
    name = _OPENING_NAME.match(text)
    if name is None or not (name[1][0].isupper() and name[2][0].isupper()) or len(_YEAR.findall(text)) < 2:
        return last
    if not any(name[0] in doc.kept_text(par) for par in pars[first : last + 1]):
        return last
    return index


# A line of life years under an obituary's name: "1938 - 2026", "1941–2026", "* 1938 – † 2026".
LIFE_YEARS_PATTERN = r"(?:\*\s?)?(?:1[89]|20)\d\d\s?[-–—]\s?(?:†\s?)?(?:1[89]|20)\d\d"
_LIFE_YEARS = re.compile(LIFE_YEARS_PATTERN)


# Life dates written whole: "June 3, 1938 - November 29, 2026", "* 12.03.1941  † 28.11.2026",
# "3. Juni 1938 – 29. November 2026": a day and a month (words or figures) before each year.
_LIFE_DATE = r"(?:\d{1,2}\.\s?\d{1,2}\.\s?|\d{1,2}\.? [^\W\d_]+\.? |[^\W\d_]+\.? \d{1,2}, )?(?:1[89]|20)\d\d"
_LIFE_DATES = re.compile(rf"(?:\*\s?)?{_LIFE_DATE}\s*(?:[-–—]\s*(?:†\s?)?|†\s?){_LIFE_DATE}")


def life_heading(doc: Document, first: int) -> tuple[int, int] | None:
    """(name line, years line) of an obituary's heading right above the body at `first` (see the
    module docstring): the name, a line of its own, opens the body's first sentence (or the
    second's, under a family's line of mourning: "In stiller Trauer nehmen wir Abschied ..." /
    "Erich Hoffmann wurde in Kassel geboren ..."), followed by a comma, a space or a bracket; the
    years may be whole dates ("June 3, 1938 - November 29, 2026"); else None."""
    pars = doc.paragraphs
    years, name = first - 1, first - 2
    if name < 0 or not (pars[years].kept and pars[name].kept):
        return None
    if _LIFE_DATES.fullmatch(doc.kept_text(pars[years]).strip()) is None:
        return None
    title = doc.kept_text(pars[name]).strip()
    if not title or len(title) > MAX_LINE_CHARS:
        return None
    opening = [doc.kept_text(par).lstrip() for par in pars[first:] if par.kept][:2]
    if not any(body.startswith(title) and body[len(title) : len(title) + 1] in (",", " ", "(") for body in opening) and not _name_line(title):
        return None
    return name, years


# A death notice's name line: "Helmut Kraus", "TREMBLAY, Gisèle (née Gagnon)", "O'SULLIVAN,
# Margaret (Peggy)": two to five capitalised words, a comma after the family name, a bracket.
_NAME_WORD = r"(?-i:[^\W\d_a-zß-ÿ])[\w'’.-]*"
_NAME_LINE = re.compile(rf"{_NAME_WORD},?(?: {_NAME_WORD},?){{1,4}}(?: \([^()\n\d]{{1,40}}\))*")


def _name_line(text: str) -> bool:
    """Whether `text` is a name alone (`_NAME_LINE`): a death notice's heading, whose text speaks
    of the person ("In Liebe nehmen wir Abschied von unserem Vater ...", "est décédée Mme Gisèle
    Gagnon") rather than opening with the name as a news obituary does. Over a line of life
    dates right above the body, such a line is the notice's subject, not a byline's name."""
    return _NAME_LINE.fullmatch(text) is not None


def names_subject(doc: Document, title: int, name: int) -> bool:
    """Whether the line `title` holds a word of the name on line `name` (an obituary's
    headline names its subject: "Margaret Sorensen, teacher who ..."; a site's "Place an
    Obituary" link above the name and life dates does not)."""
    words = {word.casefold() for word in LETTERS.findall(doc.kept_text(doc.paragraphs[name]))}
    return any(word.casefold() in words for word in LETTERS.findall(doc.kept_text(doc.paragraphs[title])))


# "Margaret Ellen Thwaite, 1931-2026", "Hans Adler (1938–2026)": a name and its life years on one line.
_NAME_YEARS = re.compile(rf"((?:[^\W\d_][\w'’.-]* ){{1,4}}[^\W\d_][\w'’-]*),? \(?{LIFE_YEARS_PATTERN}\)?")


def life_title(doc: Document, title: int, first: int, s: ScorerSettings) -> int | None:
    """The line right above `title` when it is an obituary's headline, its subject's name and
    life years ("Margaret Ellen Thwaite, 1931-2026") whose family name the body's first
    paragraph writes: the line found under it is the standfirst ("Former headteacher who
    taught ..."), which the walk took for the title. A section's label may sit between the
    two ("Nachruf", "Obituary": `_label`). None otherwise."""
    above = title - 1
    if above >= 1 and _label(doc, above, s.obituary_label_max_words):
        above -= 1
    if above < 0 or not doc.paragraphs[above].kept or first >= len(doc.paragraphs):
        return None
    match = _NAME_YEARS.fullmatch(doc.kept_text(doc.paragraphs[above]).strip())
    if match is None or not all(word[0].isupper() for word in match[1].split()):
        return None
    family = re.compile(rf"(?<!\w){re.escape(match[1].split()[-1])}(?!\w)")
    opening = [par for par in doc.paragraphs[first:] if par.kept][:2]  # the lead, or a standfirst and the lead
    return above if any(family.search(doc.kept_text(par)) for par in opening) else None


def _label(doc: Document, index: int, max_words: int) -> bool:
    """Whether paragraph `index` is a label line over a standfirst: `max_words` words at
    most, kept or removed, no sentence's end, and a name with life years right above it."""
    par = doc.paragraphs[index]
    text = doc.span_text(par.start, par.end).strip()
    if not text or len(text.split()) > max_words or text[-1] in ".!?:":
        return False
    return _NAME_YEARS.fullmatch(doc.kept_text(doc.paragraphs[index - 1]).strip()) is not None
