"""The shapes of a page's heading lines, judged from the scorer's signals alone: a headline
(title_shaped), a line ending like a sentence, a name, a line opening the text under it, and
which of two headline-shaped lines is the title and which its standfirst. title.py walks the
lines above the body with them; the scorer asks them too.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..types import Document, Paragraph
from ..words import LETTERS, WORD, WORD_PATTERN
from .prose import COUNTED, UNSPACED, counted_words
from .settings import ScorerSettings
from .stamps import year_closing
from .headline_sentences import headline_sentence
from ..compiled import kept

_SHAPE_TOKEN = kept(rf"{WORD_PATTERN}|[^\w\s]")

# A line ending in a dash or colon opens the text under it: "KIEL (dpa) -", "18.02 Uhr:".
_OPENER_ENDS = frozenset("-–—:")
# A closing quote ends a sentence only right after one of these: « Il faut partir. » does,
# the quoted phrase closing a headline (... dénoncent « un abandon ») does not.
CLOSING_QUOTES = "\"”»'’"
# Chinese and Japanese close a quote with a corner bracket: a headline wholly in 「」 quotes what
# someone said ("「地方の鉄道は観光だけでは守れない」"), a sentence closes with 。 inside them.
_CORNER_QUOTES = "」』"
_FULL_STOPS = frozenset(".!?…")
# An article's numbered section heading: "2. Where the money comes from", "二、钱从哪里来".
_SECTION_NUMBER = re.compile(r"\s*(?:(\d{1,2})[.)．、]|([一二三四五六七八九十])、)\s*[^\W\d_]")
_HAN_NUMBERS = "一二三四五六七八九十"
STOPS = _FULL_STOPS | frozenset("。！？။។៕")  # Chinese, Japanese, Myanmar, Khmer full stops too


def title_shaped(doc: Document, par: Paragraph, settings: ScorerSettings, far: bool = False) -> bool:
    """A headline's shape: a few words, not ending like a sentence (one question may: "What happens
    if ...?", and a year's abbreviation: "... до 2029 г."), not a dateline, date or name."""
    signals = par.signals
    words = signals["words"]
    min_words = settings.title_far_min_words if far else settings.title_min_words
    return (
        min_words <= counted_words(signals) and words <= settings.title_max_words
        and (not ends_like_sentence(doc, par) or headline_sentence(doc, par, settings)
             or year_closing(doc.text[par.start : par.end], settings.year_abbreviations))
        and signals["digits"] < settings.furniture_min_digits
        and not name_like(doc, par, settings)
        and not opener(doc, par)
    )


def split_title_and_standfirst(
    doc: Document, found: int, anchor: int | None, settings: ScorerSettings
) -> tuple[int, int | None]:
    """(title, standfirst): a long title-shaped line right under one no longer (or under the
    repeated page title) is the standfirst, and the line above it the title. The two sit right
    under each other: over a menu the rules removed, a short line is the site's name ("Le
    Courrier de l'Ouest" over removed section labels, then "VIDÉO. Tempête : ...").

    A longer line above is rather a teaser of another story, unless it opens the page's text:
    nothing kept right above it (page chrome the rules removed, or the page's start) but maybe a
    short label (`under_label`). There a
    headline longer than the line under it is the headline ("Werftchef Hollmann über die Krise
    im Schiffbau, ... " over "Ein Gespräch über Aufträge und Arbeitsplätze"), when that line has
    a far title's words (a kicker such as "Exklusiv" is no standfirst)."""
    pars = doc.paragraphs
    words = counted_words(pars[found].signals)  # a language's word_weight: a Finnish standfirst of 6 words says 8
    above = next((i for i in range(found - 1, -1, -1) if pars[i].kept), None)
    if above is None or words < min(settings.standfirst_min_words, settings.title_far_min_words):
        return found, None
    if above == anchor:
        return (above, found) if words >= settings.standfirst_min_words else (found, None)
    if above != found - 1 or not title_shaped(doc, pars[above], settings, far=True):
        return found, None  # rule removals between: the line above is the site's name or a menu's
    above_words = counted_words(pars[above].signals)
    if settings.standfirst_min_words <= words and above_words <= words:
        return above, found
    if above_words > words and under_label(doc, above, settings):
        return above, found  # the page's text opens with the headline, longer than its standfirst
    return found, None


def under_label(doc: Document, index: int, settings: ScorerSettings) -> bool:
    """Nothing kept right above paragraph `index` (chrome the rules removed, or the page's start),
    or only a short line no far title has the words of: a section label or kicker the rules do not
    know ("Regio Enschede" over the headline), where another story's teaser would be a headline."""
    pars = doc.paragraphs
    if index == 0 or not pars[index - 1].kept:
        return True
    return counted_words(pars[index - 1].signals) < settings.title_far_min_words


def over_short_line(doc: Document, found: int, settings: ScorerSettings) -> tuple[int, int | None] | None:
    """(title, standfirst) above a short line the heading walk took for the title, or None. A line
    of fewer than `title_far_min_words` words right above the byline ("Pendler ärgern sich", a
    kicker, a box's heading) is title-shaped too; when right above it sit a standfirst (of
    standfirst length: a sentence or a summary) and, over that, a far title's line that opens
    the page's text (nothing kept above it but a short label: `opens_text`), or that line alone,
    the headline is up there and the short line is the article's. Under a standfirst, a line short
    of a standfirst's words is such a line too ("Versión en audio de esta noticia" took the title).
    A lone headline may sit over lines the rules removed (a share row between it and the article's
    first subheading: a letters page's first letter heading, "Leave the timetable alone")."""
    pars = doc.paragraphs
    if (found_words := counted_words(pars[found].signals) if found >= 1 else 1e9) >= settings.standfirst_min_words:
        return None
    if found_words < settings.title_far_min_words and opens_text(doc, upper := _over_removed(doc, found), settings):
        return upper, None
    words = pars[found - 1].signals["words"]
    if pars[found - 1].kept and max(settings.standfirst_min_words, found_words) <= words <= settings.standfirst_max_words:
        if opens_text(doc, found - 2, settings):
            return found - 2, found - 1
    return None


def _over_removed(doc: Document, index: int) -> int:
    """The first kept line above paragraph `index` past the lines the rules removed (a share row
    of any length, as the heading walk passes them), or the line right above when none is kept."""
    pars = doc.paragraphs
    upper = index - 1
    while upper >= 0 and not pars[upper].kept:
        upper -= 1
    return upper if upper >= 0 else index - 1


def opens_text(doc: Document, index: int, settings: ScorerSettings) -> bool:
    """Paragraph `index` is a far title's line opening the page's text: nothing kept right above
    it (chrome the rules removed, or the page's start) or only a short label (`under_label`); a
    longer line above may make the two teasers of other stories. A section label no rule knows
    ("Bani și afaceri", "Verslo žinios") over the headline made the 4-word standfirst under it
    the title, and the headline was removed."""
    pars = doc.paragraphs
    if index < 0 or not pars[index].kept or not title_shaped(doc, pars[index], settings, far=True):
        return False
    return under_label(doc, index, settings)


def ends_like_sentence(doc: Document, par: Paragraph) -> bool:
    """The line ends like a sentence: a full stop, or a closing quote right after one.

    Headlines often close on a quoted phrase ('Millac : les élus dénoncent « un abandon »',
    'Mayor calls the plan "a gift"') or an aside in brackets ("5 plantes qui résistent à tout
    (même à vous)"): the `ends_sentence` signal counts every closing quote and bracket, as prose
    ends quotes with them, but a headline's quote or aside has no full stop inside. In Thai and Lao,
    the signal says a line is long (prose.py: their sentences end with nothing), and a headline
    may be as long: a line ending on a letter of those scripts does not end like a sentence here.
    """
    if par.signals["ends_sentence"] == 0.0:
        return False
    text = doc.text[par.start : par.end].rstrip()
    if text and UNSPACED.fullmatch(text[-1]) is not None and text[-1] not in STOPS:
        return False
    if text.endswith(")") and _aside(text):
        text = text[: text.rindex("(")].rstrip()
        return bool(text) and text[-1] in _FULL_STOPS
    if not text or text[-1] not in CLOSING_QUOTES + _CORNER_QUOTES:
        return True
    inner = text.rstrip(CLOSING_QUOTES + _CORNER_QUOTES + " \u00a0\u202f")
    return not inner or inner[-1] in STOPS


def _aside(text: str) -> bool:
    """The line ends on an aside in brackets opening in lower case, without digits ("(même à
    vous)"), or on a match's score ("Lens - Marseille : suivez le match en direct (1-1)"); a
    count ("View all (4)") or a photo credit ("(STEVE GSCHMEISSNER/SPL)", "(Photo: Getty
    Images)") is none."""
    start = text.rfind("(")
    inside = text[start + 1 : -1] if start >= 0 else ""
    return (inside[:1].islower() and not any(ch.isdigit() for ch in inside)) or _BRACKET_SCORE.fullmatch(inside) is not None


_BRACKET_SCORE = re.compile(r"\d{1,2} ?[-–:] ?\d{1,2}")


def caseless_start(text: str) -> bool:
    """The text's first letter has no case (Ethiopic, Chinese, Telugu, Devanagari...): no capital
    can tell a name or a label's value there."""
    letter = next((ch for ch in text if ch.isalpha()), "")
    return bool(letter) and not letter.isupper() and not letter.islower()


def name_like(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    """A name or place alone ("Lucía Ferrer", "Valdelosa"): every word capitalised, very few words,
    or such words with a name's particles between them (`_particle_name`).

    Thai, Lao, Khmer and Myanmar have no capitals: there a name is 2 to `name_max_words` short
    chunks of the script alone ("สมชาย ใจดี", signal `caseless_name`, prose.py). A single chunk may
    as well be a menu label or a short headline, and is not taken for a name."""
    signals = par.signals
    if 2 <= signals.get("caseless_name", 0.0) <= settings.name_max_words:
        return True
    if signals["words"] <= settings.name_max_words:
        return signals["capitalised"] >= settings.name_min_capitalised
    return signals["words"] <= settings.name_max_words + settings.name_max_particles and _particle_name(doc, par, settings)


def _particle_name(doc: Document, par: Paragraph, settings: ScorerSettings) -> bool:
    """Capitalised words, at most `name_max_words` of them, with one run of up to
    `name_max_particles` of a name's lower-case particles between them (`name_particles`: "Deur
    Pieter van der Merwe", "Ahmed bin Khalid", "Jean de La Fontaine"). Lines of `name_max_words`
    words or fewer are not asked ("Guerra de Ucrania" is a headline), nor lines with two runs
    ("Édition du Pays de Lorient", a section's name, is a menu line)."""
    shape = name_shape(WORD.findall(doc.text, par.start, par.end), settings)
    return shape is not None and shape[1] == 1 and shape[0] <= settings.name_max_words


def name_shape(tokens: list[str], settings: ScorerSettings) -> tuple[int, int] | None:
    """(names, runs of particles) of words that read as a person's name: capitalised words with
    at most `name_max_particles` of a name's lower-case particles (`name_particles`) between
    them, none first or last; None for any other words."""
    particle = [token in settings.name_particles for token in tokens]
    if not tokens or particle[0] or particle[-1] or not all(p or t[0].isupper() for p, t in zip(particle, tokens)):
        return None
    if sum(particle) > settings.name_max_particles:
        return None
    runs = sum(1 for i, p in enumerate(particle) if p and not particle[i - 1])
    return len(tokens) - sum(particle), runs


# A wire story's lead opens on its dateline: "ST. JOSEPH, Mich. (AP) - ...", "KIEL (dpa) - ...": a place
# whose first word is in capitals, the agency in brackets, a dash; or the place, a comma and the
# source or date without brackets: "JAKARTA, KOMPAS.com - ...", "МОСКВА, 5 дек — РИА Новости. ...".
_WIRE_LEAD = re.compile(r"(\S+)(?:[^()\n]{0,40}\([^()\n]{1,25}\)\s?|,\s[^()\n,.!?]{1,30}?(?:\.[^\W\d_]{2,6})?\s)[—–-]\s")


def wire_lead(doc: Document, par: Paragraph) -> bool:
    """A paragraph that opens on a wire dateline and ends like a sentence: an article's lead,
    however short ("LOS ANGELES (AP) — To LeBron James, triple-doubles are not a goal.")."""
    match = _WIRE_LEAD.match(doc.text, par.start, par.end)
    if match is None or not par.signals.get("ends_sentence"):
        return False
    first = match.group(1).rstrip(".,")
    return sum(c.isalpha() for c in first) >= 2 and first.isupper()


def opener(doc: Document, par: Paragraph) -> bool:
    text = doc.text[par.start : par.end].rstrip()
    return bool(text) and text[-1] in _OPENER_ENDS


def dated_heading(doc: Document, index: int, first: int, s: ScorerSettings) -> bool:
    """A short line holding a figure right above the body at `first` ("Maandag 1 december")
    whose token shape a kept line inside the text repeats ("Dinsdag 2 december"): the first of a
    blotter's or a diary's day headings, not the byline's date, which no line of the text
    repeats. (Short, under the byline's date, the walk up to the headline skipped it as a button.)"""
    pars = doc.paragraphs
    words = pars[index].signals["words"]
    if not (0 < words <= s.menu_max_words and pars[index].signals["digits"] > 0.0) or pars[index].signals["ends_sentence"]:
        return False
    shape = _shape(doc, pars[index])
    return any(
        par.kept and par.signals["words"] == words and not par.signals["ends_sentence"] and _shape(doc, par) == shape
        for par in pars[first + 1 :]
    )


def _shape(doc: Document, par: Paragraph) -> str:
    return "".join(map(_token_shape, _SHAPE_TOKEN.findall(doc.text, par.start, par.end)))


def _token_shape(token: str) -> str:
    if token.isdigit():
        return "0"
    if token[0].isupper():
        return "A"
    return "a" if token[0].isalnum() or token[0] == "_" else token


_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’»]? +\S")  # a caption line with its credit after it


def caption_like(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A short line holding a sentence ("Lễ khởi công sáng 4/12. Ảnh: Minh Tâm"): a photo
    caption, whose credit may end it. Between the byline's dates and the body it hid the
    standfirst above (a sentence too, too long for a caption) and so the headline."""
    if not s.caption_min_words <= par.signals["words"] <= s.furniture_max_words:
        return False
    return par.signals["ends_sentence"] == 1.0 or _SENTENCE_INSIDE.search(doc.text, par.start, par.end) is not None


def stems(doc: Document, indexes: Iterable[int], size: int) -> set[str]:
    """The first `size` letters (case-folded) of the words of `size` letters or more of the kept
    paragraphs `indexes`: what an article's own lines share (a closing sentence names what the
    article is about, "projektu" under "projekt") and a box's pitch or small print does not."""
    pars = doc.paragraphs
    return {stem for i in indexes if pars[i].kept for stem in text_stems(doc.kept_text(pars[i]), size)}


def text_stems(text: str, size: int) -> set[str]:
    """`stems` of one text (the rules run before the scorer's signals and read lines as text)."""
    return {word[:size].casefold() for word in LETTERS.findall(text) if len(word) >= size}


def tail_sentence(par: Paragraph, min_words: float, s: ScorerSettings) -> bool:
    """A kept line of `min_words` words or more ending like a sentence, scoring `tail_min_prose`:
    the article's own paragraph (signals not measured yet read as none)."""
    signals = par.signals
    return par.kept and bool(signals.get("ends_sentence")) and signals.get(COUNTED, signals.get("words", 0.0)) >= min_words and signals.get("prose", 0.0) >= s.tail_min_prose


def short_label(par: Paragraph, max_words: float) -> bool:
    """A kept line of at most `max_words` words, no figure, ending like no sentence: a box's
    heading, field or button, a byline's name in a script without capitals (a rank, a time, a
    score or a price holds a figure: a list's or a live blog's)."""
    signals = par.signals
    return par.kept and 0 < signals["words"] <= max_words and not signals["ends_sentence"] and signals["digits"] == 0.0


def _section_number(doc: Document, par: Paragraph) -> int:
    """The number a line opens on as a section heading ("2. ...", "二、..."), or 0."""
    match = _SECTION_NUMBER.match(doc.text, par.start, par.end)
    if match is None:
        return 0
    return int(match[1]) if match[1] else _HAN_NUMBERS.index(match[2]) + 1


def next_section(doc: Document, index: int, heading: int) -> bool:
    """Paragraph `index`, under a "Related" box at `heading`, is the article's next numbered
    section heading, not a link title: the nearest numbered line kept above the box carries the
    number before it. "一、从烧煤到用热泵" / two paragraphs / "相关报道" / a link / "二、钱从哪里来"
    lost the heading, and the article's half under it went with the box. A box's ranked links
    count from 1 under the heading, never on from the article's own numbers."""
    number = _section_number(doc, doc.paragraphs[index])
    if number < 2:
        return False
    for par in reversed(doc.paragraphs[:heading]):
        if par.removal is None and (above := _section_number(doc, par)):
            return above == number - 1
    return False
