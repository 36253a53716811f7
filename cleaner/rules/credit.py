"""Credit and label lines under a headline, told from the headline by language-free marks.

A wire dateline, a columnist's byline, a photo credit or a "published" stamp under the headline
is as title-shaped as the headline in a language no rule knows; the heading walk (title.py),
going up from the body, meets it first. `credit_cues` counts the marks of such a line and
`headline_over_credit` finds the headline over it.
"""

from __future__ import annotations

import re
from typing import Callable

from ..types import Document, Paragraph
from .links import LABEL_COLON
from .settings import ScorerSettings
from .shapes import caseless_start, split_title_and_standfirst, title_shaped, under_label

# Evidence that a short line under a headline credits or labels it rather than being it; marks
# of no language: a separator with a short side ("Wakilinmu | Kano", "Redacción · Vigo · 14:32"),
# an @handle, a date or time (no "%" nor currency: "Litinin, 5 ga Disamba 2026", "10:45", not
# "Sales up 12% to €4bn" nor "3,200"), a label of one or two words
# before a colon over capitalised names ("Testua: Miren Etxeberria"; any words in a script
# without capitals: "ዘጋቢ፡ ሰላም ተስፋዬ"), a count in brackets ("Sharhi (12)"); a separator with a
# person's name on one side or a label and a colon on two (`_named_side`, `_labelled_sides`).
_CREDIT_SEPARATOR = re.compile(r"\s[|｜·•]\s|[|｜]")
_DASH = re.compile(r"\s[-–—]\s")
_TIME_OR_DATE = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)|(?<!\d)\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?!\d)")
_YEAR = re.compile(r"(?<![\d.,])\d{4}(?![\d.,]?\d)")
_DAY = re.compile(r"(?<![\d.,])\d{1,2}(?![\d.,%]?\d)")
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_AMOUNT = re.compile(r"[%$€£¥₹]|\d\s?%")
_LABEL_COLON = re.compile(rf"^\s*\S+(?:\s\S+)?\s?{LABEL_COLON}\s*\S")
_COUNT = re.compile(r"\(\d+\)\s*$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def credit_cues(doc: Document, par: Paragraph, settings: ScorerSettings) -> int:
    """How many kinds of credit or label evidence the line holds (see above): 0 for a headline's
    usual shape. title.py asks it of a line under a longer headline, never of a line alone."""
    text = doc.text[par.start : par.end].strip()
    cues = 0
    if _short_side(text, settings):
        cues += 1
    if _named_side(text, settings) or _labelled_sides(text):
        cues += 1
    if _HANDLE.search(text):
        cues += 1
    if _dated(text, par.signals["digits"] >= settings.credit_min_digits) and not _AMOUNT.search(text):
        cues += 1
    label = _LABEL_COLON.match(text)
    named = par.signals["capitalised"] >= settings.credit_min_capitalised
    if label and (named or caseless_start(text[label.end() - 1 :])):
        cues += 1
    if _COUNT.search(text):
        cues += 1
    return cues


def _short_side(text: str, settings: ScorerSettings) -> bool:
    """A separator with a side of at most `name_max_words` words: "Wakilinmu | Kano". Beside a
    dash, the short side must be a name or a date ("Haber Merkezi - 05.12.2026"): a standfirst
    may be two clauses joined by a dash ("Rajoy dimite - el PP busca líder")."""
    for separator, named in ((_CREDIT_SEPARATOR, False), (_DASH, True)):
        parts = [part.split() for part in separator.split(text) if part.strip()]
        short = [words for words in parts if len(words) <= settings.name_max_words]
        if len(parts) >= 2 and any(not named or all(w[0].isupper() or w[0].isdigit() for w in words) for words in short):
            return True
    return False


def credit_sides(text: str) -> list[str]:
    """The parts of the line between credit separators ("|", "·", "•"), blank ones left out."""
    return [part.strip() for part in _CREDIT_SEPARATOR.split(text) if part.strip()]


def _named_side(text: str, settings: ScorerSettings) -> bool:
    """A side of a separator that is a person's name: two to `name_max_words` words, every one
    capitalised, no figure ("Marta Puig | Periodista i escriptora"). A headline's side before a
    separator is a one-word topic ("Ukraine | ...", "Live | ..."), which the short side counts."""
    sides = credit_sides(text)
    if len(sides) < 2:
        return False
    for side in sides:
        words = side.split()
        if 2 <= len(words) <= settings.name_max_words and all(_WORD.fullmatch(w) and w[0].isupper() for w in words):
            return True
    return False


def _labelled_sides(text: str) -> bool:
    """Two sides of a separator or more each opening with a label and a colon: "Autor: Petra
    Kovačević, urednica kulturne rubrike | Fotografije: Goran Mehkek / Cropix", a credit whose
    sides are both too long for a short side."""
    return sum(1 for side in credit_sides(text) if _LABEL_COLON.match(side)) >= 2


def _dated(text: str, digits: bool) -> bool:
    """A time or numeric date ("10:45", "05.12.2026"), or a day and a year ("5 ga Disamba 2026")
    in a line of many `digits` (a sentence may name a day and a year): two years ("between 2020
    and 2025") or "3,200" are none."""
    if _TIME_OR_DATE.search(text):
        return True
    return digits and _YEAR.search(text) is not None and _DAY.search(text) is not None


Judge = Callable[[Document, Paragraph, ScorerSettings], bool]


def headline_over_credit(doc: Document, found: int, s: ScorerSettings, byline: Judge) -> int | None:
    """The headline above the title-shaped line the walk found, when that line credits or labels
    it (`credit_cues`: "Wakilinmu | Kano", "Litinin, 5 ga Disamba 2026", "Testua: Miren
    Etxeberria | Argazkiak: Jon Urrutia"); None when it is the headline.

    In a language no rule knows, such a credit between the headline and the body is as
    title-shaped as the headline, and the walk, going up, meets it first. The headline is the
    upper line: a far title's line without such evidence, opening the page's text (shapes.
    under_label: a kicker or a story's teaser over it would make it no headline) or the
    standfirst of a headline over it (then the headline and its standfirst stay), over at most
    a few byline names, dates or other credits, and clearly longer than the line found
    (`credit_max_share` of its characters). Two kinds of evidence are enough on their own: then
    a short headline ("Banjir kilat di Shah Alam", a far title's words are not asked) may sit
    over a longer credit. A standfirst under a headline is mostly longer than it and holds no
    such marks: it stays. A line of no such mark but a name (`_name_run`) credits a headline in sentence case.
    `byline` tells a byline's name or date line (furniture.byline_furniture).
    """
    pars = doc.paragraphs
    cues = credit_cues(doc, pars[found], s)
    named = _name_run(doc, pars[found], s)
    if cues == 0 and not named:
        return None
    between = 0
    upper = None
    for index in range(found - 1, -1, -1):
        par = pars[index]
        if not par.kept:
            continue
        if title_shaped(doc, par, s, far=cues < 2) and credit_cues(doc, par, s) == 0:
            upper = index
            break
        if between >= s.furniture_max_lines - 1 or not (byline(doc, par, s) or credit_cues(doc, par, s)):
            return None
        between += 1
    if upper is None:
        return None
    if cues == 0 and pars[upper].signals["capitalised"] > s.credit_headline_max_capitalised:
        return None  # a name's capitals tell a credit only under a headline in sentence case
    cues = max(cues, 1)
    if not (under_label(doc, upper, s) or split_title_and_standfirst(doc, upper, None, s)[1] is not None):
        return None  # a headline opens the page's text, or has its standfirst under it
    share = _chars(doc, found) / max(_chars(doc, upper), 1)
    return upper if cues >= 2 or share <= s.credit_max_share else None


def _name_run(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """The line ends on two capitalised words or more and half its words or more are capitalised:
    a name after a word or two of credit ("Penulis Nur Aisyah Hamzah", "Daga wakilinmu Sani
    Garba"). Evidence only under a headline written in sentence case, whose words are mostly not."""
    words = _WORD.findall(doc.text, par.start, par.end)
    if len(words) < 3 or par.signals["capitalised"] < s.credit_min_capitalised:
        return False
    return all(word[0].isupper() for word in words[-2:])


def _chars(doc: Document, index: int) -> int:
    par = doc.paragraphs[index]
    return len(doc.text[par.start : par.end].strip())


def labelled_name(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    """A byline written as a label and a colon over a name of at most `name_max_words` words,
    no figure, ending like no sentence ("ავტორი: ნინო ბერიძე", "Muallif: Dilshod Rahimov"): in
    a caseless script no capital tells the name, the label does."""
    text = doc.text[par.start : par.end].strip()
    label = _LABEL_COLON.match(text)
    if label is None or par.signals["ends_sentence"] or par.signals["digits"] > 0:
        return False
    return 0 < len(text[label.end() - 1 :].split()) <= settings.name_max_words
