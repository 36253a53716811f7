"""The author's bio under a column, and a press release's box about the company: not the article's.

An opinion column, a guest post or a blog entry ends on a sentence or two about its author
("Karen Whitlow is a former harbour master...", "Hélène Marchetti est hydrologue...", "Олег
Гнатюк — голова...", or, without the name, "The author is...": the language files'
`author_openings`). Scored as prose, it joins the body; the article-extraction gold bodies
leave it out, as they leave out the byline it repeats. What tells it from the article's last
paragraph, in any language, is the byline: the paragraph opens with the capitalised name that a
byline above the body holds: a credit or dateline line a rule removed ("Par Hélène Marchetti",
"Von Martin Ebeling | 04.12.2026"), or a line of the name and at most one word more ("Karen
Whitlow", "By Karen Whitlow") next to such a line (its date). A headline naming a product ("Das
Falkon 7 Pro überzeugt...") is no byline, nor is a menu's item ("Диета Аткинса" among other
diets). A news story's last paragraph rarely opens with its reporter's name.

A press release ends the same way, on a box about the company under a heading that names it
("About Nordlicht Energy", "À propos de Solvéo", "Acerca de Lácteos del Valle": the language
files' `person_labels` written "About {name}"), whose first sentence names it again ("Nordlicht
Energy is a leading...", "Fondée en 2015, Solvéo..."). At the body's end, over nothing but the
contact lines, it goes too (`about_tail`), as does a blog's box about its author ("Über Moritz
Bachmann") there; a box about the person under an interview's byline (review.py) stays. An
"About" sentence in the article ("About 400 people worked...", "À propos de la réforme, le
ministre...") is no heading: a name, not a sentence; nor is a German subheading naming one noun
after its article ("Über die Reform", nouns are capitalised): a name after an article has two
capitalised words or more ("Über die Stadtwerke Talbrück").

Numbers: data/scorer.toml (furniture_max_words for the byline line, standfirst_max_words for the
bio and for each of the box's sentences, about_* for the box).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Sequence

from ..types import Document, Paragraph
from ..words import LETTERS as _WORDS
from .anchor import MAX_LINE_CHARS
from .contacts import contact_lines
from .credit import credit_sides
from .loader import BYLINE_CATEGORIES, removal_category
from .review import ReviewLabels
from .settings import ScorerSettings

_NAME_WORDS = 2  # a given name and a family name open the bio
_ORG_NAME = re.compile(r"(?:[^\W\d_][\w'’.&-]*)(?: (?:[^\W\d_][\w'’.&-]*|&)){0,5}")


def bio_tail(
    doc: Document,
    first: int,
    last: int,
    s: ScorerSettings,
    categories: dict[str, str],
    openings: tuple[str, ...] = (),
    headings: tuple[str, ...] = (),
) -> int:
    """The body's last paragraph index once an author's bio that ends it is left out: the last
    kept paragraph of `first`..`last` when it opens with the name a byline above `first` holds,
    or with one of `openings` under a credit line ("The author is...", "L'autrice est..."), and is no
    longer than a standfirst, is dropped (`last` unchanged otherwise); so is a heading over it that
    opens with one of `headings`, the words "About <name>" puts before a name ("Over de auteur",
    "About the author": `_box_heading`), or that is the name alone (`_name_heading`)."""
    pars = doc.paragraphs
    index = next((i for i in range(last, first, -1) if pars[i].kept), None)
    if index is None:
        return last
    end = _bio_end(doc, first, last, index, s, categories, openings)
    if end == last or end < first or not (_box_heading(doc, pars[end], headings, s) or _name_heading(doc, pars[end], pars[index])):
        return end
    return next((i for i in range(end - 1, first - 1, -1) if pars[i].kept), end)


def _name_heading(doc: Document, par: Paragraph, bio: Paragraph) -> bool:
    """`par` is the author box's heading: the name the bio opens with, alone on its line
    ("Jan Dvořák" / "Jan Dvořák je ekonom a komentátor..."), which stayed as the article's last
    line once the bio went."""
    name = doc.kept_text(par).strip()
    return _NAME_WORDS <= len(name.split()) <= 2 * _NAME_WORDS and doc.kept_text(bio).startswith(name + " ")


def _bio_end(
    doc: Document, first: int, last: int, index: int, s: ScorerSettings, categories: dict[str, str], openings: tuple[str, ...]
) -> int:
    """`bio_tail` but for the heading: the kept paragraph above `index` when `index` is the
    author's bio, else `last`."""
    pars = doc.paragraphs
    words = _line_words(doc.text[pars[index].start : pars[index].end])
    if len(words) > s.standfirst_max_words:
        return last
    if _opens_with(doc.kept_text(pars[index]), openings):
        if any(removal_category(pars[i], categories) == "credit" for i in range(first)):  # a signed piece
            return next((i for i in range(index - 1, first - 1, -1) if pars[i].kept), last)
        return last
    bylines = list(range(first)) + [i for i in range(first, index) if not pars[i].kept]  # a block opening on the headline holds its byline
    opening = _opening_name(words, s) or _uncased_name(doc, words, bylines, s, categories)
    holding = [i for i in bylines if _holds(doc, i, [w.casefold() for w in opening], s, categories)] if opening else []
    if not holding:
        opening, holding = _inflected_name(doc, words, bylines, s, categories)
    if not holding:
        return last
    named = " ".join(opening)
    if any(named in doc.kept_text(pars[i]) and doc.kept_text(pars[i]).strip() != named for i in range(max(first, holding[-1] + 1), index)):
        return last  # the article's subject, named in its text (a caption's credit held the name), not its author; the box's heading of the name alone is no text
    # (a headline or standfirst over the byline naming the author is an op-ed's: "Pour l'élue Anne Dubreuil, ...")
    return next((i for i in range(index - 1, first - 1, -1) if pars[i].kept), last)


def _letter_words(text: str) -> tuple[str, ...]:
    return tuple(_WORDS.findall(text))


_remembered_words = lru_cache(maxsize=512)(_letter_words)
_REMEMBERED_CHARS = 4 * MAX_LINE_CHARS


def _line_words(text: str) -> tuple[str, ...]:
    """The words of the body's last kept paragraph, which `_bio_end` reads each pass (remembered
    for lines up to `_REMEMBERED_CHARS`: the rerun on the output and a site's next page end on
    the same line; the word pattern, letters and their marks, costs ~35 µs a line)."""
    return _remembered_words(text) if len(text) <= _REMEMBERED_CHARS else _letter_words(text)


def _opening_name(words: Sequence[str], s: ScorerSettings) -> Sequence[str] | None:
    """The name opening a bio: a given name and a family name, with up to `name_max_particles`
    lower-case particles between them ("Marieke de Vries schrijft..."); None when the words
    open otherwise."""
    if len(words) < _NAME_WORDS or not words[0][0].isupper():
        return None
    for end in range(1, min(len(words), 2 + s.name_max_particles)):
        if words[end][0].isupper():
            return words[: end + 1]
        if words[end][0].isdigit():
            return None
    return None


def _uncased_name(doc: Document, words: Sequence[str], bylines: list[int], s: ScorerSettings, categories: dict[str, str]) -> Sequence[str] | None:
    """The name opening a bio in a script without capitals (Hebrew, Arabic, Urdu, the Indic
    scripts), where `_opening_name` sees none: its first two to four words, the longest run a
    byline a rule removed holds ("דנה לוי היא חוקרת..." under "מאת דנה לוי", "ڈاکٹر عائشہ صدیقی
    ماہر معاشیات ہیں" under "تحریر: ڈاکٹر عائشہ صدیقی"); None otherwise."""
    if len(words) <= _NAME_WORDS or words[0][0].isupper() or words[0][0].islower():
        return None
    pars = doc.paragraphs
    removed = [i for i in bylines if removal_category(pars[i], categories) in BYLINE_CATEGORIES]
    for size in range(min(2 * _NAME_WORDS, len(words) - 1), _NAME_WORDS - 1, -1):
        name = [w.casefold() for w in words[:size]]
        if any(_holds(doc, i, name, s, categories) for i in removed):
            return words[:size]
    return None


def _inflected_name(doc: Document, words: Sequence[str], bylines: list[int], s: ScorerSettings, categories: dict[str, str]) -> tuple[Sequence[str], list[int]]:
    """(the name, the bylines holding it) when the bio names its author after an article and the
    byline in another case: Greek's "Του Γιώργου Παπαδόπουλου" (of Giorgos Papadopoulos) over "Ο
    Γιώργος Παπαδόπουλος είναι οικονομολόγος..." A word of one or two letters, then two capitalised
    words whose stems (`_stem`) a byline a rule removed holds in a row; else ([], [])."""
    if len(words) < 3 or len(words[0]) > 2 or not all(w[0].isupper() for w in words[:3]):
        return [], []
    pars = doc.paragraphs
    name = [_stem(w) for w in words[1:3]]
    holding = []
    for i in bylines:
        if removal_category(pars[i], categories) not in BYLINE_CATEGORIES:
            continue
        line = [_stem(w) for w in _WORDS.findall(doc.text, pars[i].start, min(pars[i].end, pars[i].start + MAX_LINE_CHARS))]
        if len(line) <= s.furniture_max_words and any(line[k : k + 2] == name for k in range(len(line) - 1)):
            holding.append(i)
    return (words[1:3], holding) if holding else ([], [])


def _stem(word: str) -> str:
    """A name's stem across its cases: casefolded, without accents, its last two letters gone
    (four letters kept at least): "Γιώργου" and "Γιώργος" are both "γιωργ"."""
    bare = "".join(c for c in unicodedata.normalize("NFD", word.casefold()) if not unicodedata.combining(c))
    return bare[: max(4, len(bare) - 2)]


def _box_heading(doc: Document, par: Paragraph, headings: tuple[str, ...], s: ScorerSettings) -> bool:
    """A short heading over the author's bio that opens with one of `headings` (casefolded), no
    sentence: "Over de auteur", "About the author", "Über den Autor"."""
    text = doc.kept_text(par).strip().rstrip(":：").rstrip()
    if not text or len(text) > s.about_heading_max_chars or text.endswith((".", "!", "?")):
        return False
    folded = text.casefold()
    return any(folded.startswith(prefix + " ") for prefix in headings)


def _opens_with(text: str, openings: tuple[str, ...]) -> bool:
    """The text opens with one of `openings` (casefolded, straight apostrophes) and a word break;
    a mark before it ("*The writer is...", "— L'auteur est...") does not count. Its first
    `_OPENING_CHARS` characters are folded, which fold to the start of what the whole does; the
    whole only when they fold to no more than an opening and the character after it."""
    folded = _folded(text[:_OPENING_CHARS])
    if len(folded) <= max(map(len, openings), default=0) and len(text) > _OPENING_CHARS:
        folded = _folded(text)
    # one C-level test first: most lines open with none of them
    return folded.startswith(openings) and any(folded.startswith(o) and not folded[len(o) : len(o) + 1].isalnum() for o in openings)


_OPENING_CHARS = 200


def _folded(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).casefold().lstrip("*_—–-([ ")


def _holds(doc: Document, index: int, name: list[str], s: ScorerSettings, categories: dict[str, str]) -> bool:
    """Paragraph `index` is a byline holding `name`'s words in a row: a short line a credit or
    dateline rule removed, or the name with at most one word more."""
    par = doc.paragraphs[index]
    line = [w.casefold() for w in _WORDS.findall(doc.text, par.start, min(par.end, par.start + MAX_LINE_CHARS))]
    pars = doc.paragraphs
    byline = removal_category(par, categories) in BYLINE_CATEGORIES
    if not byline:  # the name alone, or before its outlet: a byline when its date or credit line is next to it
        near = pars[max(index - 1, 0) : index + 2]
        if not any(removal_category(p, categories) in BYLINE_CATEGORIES for p in near):
            return False
        if len(line) > len(name) + 1 and not (len(line) <= s.furniture_max_words and _name_side(doc, par, name)):
            return False
    elif len(line) > s.furniture_max_words:
        return False
    return any(line[i : i + len(name)] == name for i in range(len(line) - len(name) + 1))


def _name_side(doc: Document, par: Paragraph, name: list[str]) -> bool:
    """The line's first side before a credit separator is `name` ("Rachel Tétreault · CBC News"):
    a navigation rule may take the line for a section's ("Le Parisien · Faits divers"), but the
    name next to the date is the byline."""
    sides = credit_sides(doc.text[par.start : min(par.end, par.start + MAX_LINE_CHARS)])
    return len(sides) >= 2 and [w.casefold() for w in _WORDS.findall(sides[0])] == name


def about_tail(doc: Document, first: int, last: int, labels: ReviewLabels, s: ScorerSettings) -> int:
    """The body's last paragraph index once a closing "About <name>" box is left out: a heading
    of `labels.named` prefixes and a name, under `first`, over one to `about_max_sentences` kept
    sentences (the first naming the name's capitalised words) that end the body at `last`, or
    that only the release's contact block follows (contacts.contact_lines)."""
    pars = doc.paragraphs
    kept = [i for i in range(first + 1, last + 1) if pars[i].kept]
    kept = kept[: len(kept) - contact_lines(doc, kept, s)]
    for position in range(max(len(kept) - s.about_max_sentences - 1, 1), len(kept) - 1):
        heading, box = kept[position], kept[position + 1 :]
        if not all(_box_sentence(pars[i], s) for i in box):
            continue  # the box's sentences first: their signals cost less than the heading's name
        # the issuer first: "Компания туралы" also reads as "{name} туралы" naming "Компания"
        name = _issuer(doc, first, heading, box[0], labels) or _heading_name(doc.kept_text(pars[heading]), labels, s, doc.lang is not None and doc.lang not in s.capitalised_nouns) or _caseless_name(doc, first, heading, labels, s)
        if name is None:
            continue
        opening = [w.casefold() for w in _WORDS.findall(doc.kept_text(pars[box[0]]))[: s.about_named_within]]
        if all(_named(word, opening) for word in name):
            return kept[position - 1]
    return last


def _issuer(doc: Document, first: int, heading: int, opening: int, labels: ReviewLabels) -> list[str] | None:
    """The issuer's capitalised words (casefolded) when the heading at `heading` is one of
    `labels.company` ("O družbi", "Par uzņēmumu": no name) and the box's first sentence opens with
    a name the release wrote above it ("Luka Koper d. d. je ..." under "Luka Koper je v prvih ..."),
    else None: a subheading "About the company" over the article's own sentences names nothing."""
    pars = doc.paragraphs
    if labels.key(doc.kept_text(pars[heading])) not in labels.company:
        return None
    text = doc.kept_text(pars[opening])
    found = list(_WORDS.finditer(text))[:2]
    words = [m.group(0) for m in found]
    if not words or not words[0][0].isupper():
        return None
    two = len(words) == 2 and words[1][0].isupper() and text[found[0].end() : found[1].start()].isspace()
    name = words if two else words[:1]  # "«Қазақтелеком» – Қазақстандағы ...": the dash ends the name
    written = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, name)) + r"(?!\w)")
    above = [par for par in pars[first:heading] if par.kept]
    return [w.casefold() for w in name] if any(written.search(doc.kept_text(par)) for par in above) else None


def _caseless_name(doc: Document, first: int, heading: int, labels: ReviewLabels, s: ScorerSettings) -> list[str] | None:
    """The words (casefolded) of the name an "About <name>" heading gives in a script without
    capitals ("درباره فولاد مبارکه"), when the body above it writes that name; else None. No capital
    tells the name from a subheading's topic there: the release naming its issuer above does."""
    line = doc.kept_text(doc.paragraphs[heading]).strip().rstrip(":：").rstrip()
    if len(line) > s.about_heading_max_chars:
        return None
    folded = line.casefold()
    prefix = next((p for p in labels.named if folded.startswith(p + " ")), None)
    if prefix is None:
        return None
    words = _WORDS.findall(line[len(prefix) + 1 :])
    if not 0 < len(words) <= 2 * _NAME_WORDS or any(w[0].isupper() or w[0].islower() for w in words):
        return None
    written = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)")
    above = [par for par in doc.paragraphs[first:heading] if par.kept]
    return [w.casefold() for w in words] if any(written.search(doc.kept_text(par)) for par in above) else None


def about_closing(doc: Document, first: int, last: int, labels: ReviewLabels, s: ScorerSettings) -> int:
    """`last` moved down over one sentence right under it that an "About <name>" box follows: a
    release's last short sentence scores as weakly as the box's own ("Die Investitionssumme
    beträgt rund 11,5 Millionen Euro." over "Über die Stadtwerke Lörrach": German nouns'
    capitals), and only a rule removal under it made it the article's closing sentence."""
    index = last + 1
    if index >= len(doc.paragraphs):
        return last
    signals = doc.paragraphs[index].signals
    if not doc.paragraphs[index].kept or not signals.get("ends_sentence") or signals.get("prose", 0.0) < s.tail_min_prose:
        return last
    return index if about_box_end(doc, first, index, labels, s) is not None else last


def about_box_end(doc: Document, first: int, last: int, labels: ReviewLabels, s: ScorerSettings) -> int | None:
    """The last line of an "About <name>" box right under the body's `last` paragraph, which
    `about_tail` left out of it (an HTML page's main content holds it), or None: the kept lines
    under `last`, up to the first removed one, are such a box."""
    pars = doc.paragraphs
    end = last
    while end + 1 < len(pars) and pars[end + 1].kept:
        end += 1
    if end == last or about_tail(doc, first, end, labels, s) != last:
        return None
    return end


def _heading_name(text: str, labels: ReviewLabels, s: ScorerSettings, lower_nouns: bool = False) -> list[str] | None:
    """The capitalised words of the name a heading "About <name>" gives (casefolded), or None.
    One capitalised word after a lower-case article is a noun in German ("Über die Reform") but a
    name where nouns are written in lower case (`lower_nouns`: "À propos de la Sonatel")."""
    line = text.strip().rstrip(":：").rstrip()
    if len(line) > s.about_heading_max_chars:
        return None
    folded = line.casefold()
    for prefix in labels.named:
        if folded.startswith(prefix + " ") and len(folded) == len(line):
            rest = line[len(prefix) + 1 :].strip()
            words = _WORDS.findall(rest)
            if _ORG_NAME.fullmatch(rest) and words and words[-1][0].isupper():
                capitals = [w.casefold() for w in words if w[0].isupper()]
                if words[0][0].islower() and len(capitals) < 2 and not lower_nouns:
                    return None  # "Über die Reform": a noun after its article, no name
                return capitals or None
    for suffix in labels.named_after:  # "Orona Hakkında", "Oronari buruz"
        if folded.endswith(" " + suffix) and len(folded) == len(line):
            rest = line[: len(line) - len(suffix) - 1].strip()
            words = _WORDS.findall(rest)
            if _ORG_NAME.fullmatch(rest) and words and words[0][0].isupper() and words[-1][0].isupper():
                return [w.casefold() for w in words if w[0].isupper()]
    return None


def _named(word: str, opening: list[str]) -> bool:
    """Whether the box's opening words name a heading's `word`, as written or before the case
    ending the heading glued to it ("Oronari buruz" over "Orona igogailuen ..."): at most three
    letters more."""
    return any(word == o or (len(o) >= 3 and word.startswith(o) and len(word) - len(o) <= 3) for o in opening)


def _box_sentence(par: Paragraph, s: ScorerSettings) -> bool:
    return par.signals.get("ends_sentence", 0.0) > 0.0 and par.signals.get("words", 0.0) <= s.standfirst_max_words
