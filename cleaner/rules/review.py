"""Boxes of short lines inside an article, told from page furniture by their headings: a
review's verdict box (its pros and cons lists) and an interview's box about the person.

A product or service review ends (or opens) on a box of short lines: "Pro" over "Sehr lange
Akkulaufzeit" and "Schnelles Laden", "Contra" over "Kein Speicherkartenslot", often a score line
("Note : 8/10") under it. Line by line it is a menu: short Title Case phrases without a full stop,
a run the scorer removes inside the body and leaves out after it. What tells the article's box
apart is the pair of headings: one of the language's pros labels and one of its cons labels
(`pros_labels` / `cons_labels` in the language rule files), each over at least one short line.
A menu has no such pair: one "Plus" or "Pro" label among section names is not enough. Lists
without headings mark each item with its sign instead ("+ Easy to clean" over "- Loud pump"):
a run of "+" lines next to a run of "-" lines is the pair. A heading a navigation rule removed
("Plus" is also a French menu's "more" button) is put back when it heads a box (`label_removals`).

An interview prints a short bio of the person under a heading (the language files'
`person_labels`: "Zur Person", "Qui est-elle ?"): a sentence or two under a label, after the last
answer, where a teaser (a headline over its summary) looks the same. The label is the evidence;
the box's sentences join the article as its verdict box does. A heading that names the person
("Über Sabine Kessler", "About {name}" in the files) is one when the article names the person
too, twice or more outside the box ("Kessler: ..."): an author's bio under the article
("About Nina Alvarez") names someone the article does not, and is left to the scorer.

An article's notes come the same way, under a heading of the language files' `notes_labels`
("Correction", "Changelog", "Rectificatif", "Fe de errores"): a correction's sentence or a
changelog's dated rows ("4 December 2026: first published."), too short to join the body alone.

A review's score and a fact-check's verdict above or under the body are `verdict.py`'s.

Numbers: data/scorer.toml (review_item_max_words, review_gap_max_lines, review_heading_max_words; list_max_words for the score lines under it;
standfirst_max_words for a bio's sentences; notes_gap_max_lines for the removed lines a correction joins the body across).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Document, Paragraph, Removal
from .lists import kept_below, row_line
from .loader import removal_category
from .settings import ScorerSettings

LABEL_MAX_CHARS = 40  # a heading, not a sentence: lines longer than this are not looked up
_PERSON_MAX_ITEMS = 3  # a bio's paragraphs or fact rows under its heading
# A pros or cons item without a heading: "+ Long battery life", "– Heavy", "✓ Quiet", "✗ Loud". The
# minus is a hyphen, an en dash or a minus sign before a letter (not an em dash, which opens a
# line of dialogue, nor "-5 °C").
# A heading that names the person ("Über Sabine Kessler", "About Marcus Webb", "À propos de Claire
# Morel"): `person_labels` written "über {name}" give the words before the name. The name: one to
# four words, the first and last capitalised, lower-case particles between ("Ursula von der Leyen").
NAME_SLOT = " {name}"
# A label written after the name ("{name} hakkında", "{name} buruz": Turkish, Basque), bio.about_tail.
NAME_FIRST = "{name} "
_NAME = re.compile(r"(?:[^\W\d_][\w'’.-]*)(?: (?:[^\W\d_][\w'’.-]*)){0,3}")
_NAME_MENTIONS = 2  # kept paragraphs outside the box that name the person (an interview's answers)
# A pros item's sign (group 1) or a cons item's: one match a line, the first alternative tried first.
_SIGN = re.compile(r"(\s*[+＋✓✔]\s?[^\W_])|\s*[-–−✗✘]\s?[^\W\d_]")


@dataclass(frozen=True, slots=True)
class ReviewLabels:
    """Casefolded headings of a review's pros and cons lists, every language's together (a
    review's box may be written in its site's language whatever the guess says)."""

    pros: frozenset[str] = frozenset()
    cons: frozenset[str] = frozenset()
    person: frozenset[str] = frozenset()
    named: tuple[str, ...] = ()  # casefolded words before a person's name ("über", "à propos de")
    notes: frozenset[str] = frozenset()  # headings of an article's notes ("correction", "changelog")
    author: tuple[str, ...] = ()  # casefolded first words of a closing bio ("the author is")
    keypoints: frozenset[str] = frozenset()  # labels of a summary box under the headline ("summary")
    company: frozenset[str] = frozenset()  # headings of a press release's box about its issuer ("o družbi")
    named_after: tuple[str, ...] = ()  # casefolded words after a name ("hakkında", "buruz")

    @staticmethod
    def key(text: str) -> str:
        """A heading as looked up: casefolded, without a closing colon or question mark."""
        return text.strip().rstrip(":：?？").rstrip().casefold()

    def kind(self, text: str) -> str | None:
        """"pros", "cons", "person", "notes" or None for a whole line ("Points forts :", "Qui est-il ?")."""
        key = self.key(text)
        if key in self.pros:
            return "pros"
        if key in self.cons:
            return "cons"
        if key in self.person:
            return "person"
        if key in self.notes:
            return "notes"
        return None

    def name(self, text: str) -> str | None:
        """The family name in a heading that names a person ("Über Sabine Kessler": "Kessler"),
        or None: the heading opens with a `named` prefix and the rest has a name's shape."""
        line = text.strip().rstrip(":：?？").rstrip()
        folded = line.casefold()
        for prefix in self.named:
            if folded.startswith(prefix + " ") and len(folded) == len(line):
                rest = line[len(prefix) + 1 :].strip()
                words = rest.split()
                if _NAME.fullmatch(rest) and words[0][0].isupper() and words[-1][0].isupper():
                    return words[-1]
        return None


def review_boxes(doc: Document, labels: ReviewLabels, chrome: set[int], s: ScorerSettings) -> list[tuple[int, int]]:
    """(first, last) paragraph indexes of every verdict box of the page: consecutive groups of
    a pros or cons heading over kept short lines, with both kinds among them, and the score
    lines right under the last group ("Wertung: 4 von 5 Sternen", "Score: 8/10"). `chrome`: the
    rule removals that separate blocks (a share row, a related link), where a box ends."""
    pars = doc.paragraphs
    boxes: list[tuple[int, int]] = []
    index = 0
    while index < len(pars):
        person = _person_box(doc, index, labels, chrome, s)
        if person is not None:
            boxes.append((index, person))
            index = person + 1
            continue
        kinds, last, end = _signed(doc, index, chrome, s)
        if not kinds:
            kinds, last, end = _groups(doc, index, labels, chrome, s)
        if {"pros", "cons"} <= kinds:
            end = last + 1
            while end < len(pars) and pars[end].kept and row_line(doc, end, s):
                last, end = end, end + 1
            boxes.append((index, last))
        index = max(end, index + 1)
    return boxes


def label_removals(doc: Document, labels: ReviewLabels, categories: dict[str, str]) -> dict[int, Removal]:
    """Paragraph index -> removal of the lines a navigation rule removed that are a pros or cons
    heading alone ("Plus", "Moins": a French menu's "more" button is spelt as a review's pros
    heading). The scorer puts them back for the box search (`review_boxes`) and removes again
    those that head no box (`restore_labels`)."""
    found: dict[int, Removal] = {}
    for index, par in enumerate(doc.paragraphs):
        removal = par.removal
        if removal is None or par.end - par.start > LABEL_MAX_CHARS or removal_category(par, categories) != "navigation":
            continue
        if labels.kind(doc.text[par.start : par.end]) in ("pros", "cons"):
            found[index] = removal
            par.removal = None
    return found


def restore_labels(doc: Document, removed: dict[int, Removal], boxes: list[tuple[int, int]]) -> list[int]:
    """Remove again the lines of `removed` (label_removals) outside every box; return them."""
    inside = {i for first, last in boxes for i in range(first, last + 1)}
    again = [i for i in removed if i not in inside]
    for index in again:
        doc.paragraphs[index].removal = removed[index]
    return again


def _groups(doc: Document, first: int, labels: ReviewLabels, chrome: set[int], s: ScorerSettings) -> tuple[set[str], int, int]:
    """(kinds of the heading groups from `first` on, last item line, index after them): each group
    a heading line over kept lines of at most `review_item_max_words` words that are no heading.

    Nothing but a heading, a rule removal or a long line ends the last group's items, so a page's
    buttons under the box that no rule knows ("Visit the store") would join it: a group after the
    first holds at most one item more than the longest group before it (pros and cons lists are
    of a size)."""
    pars = doc.paragraphs
    kinds: set[str] = set()
    last = index = first
    longest = 0
    while index < len(pars):
        par = pars[index]
        kind = labels.kind(doc.kept_text(par)) if par.kept and par.end - par.start <= LABEL_MAX_CHARS else None
        if kind not in ("pros", "cons"):
            break
        cap = longest + 1 if kinds else s.review_max_items
        items, index = 0, index + 1
        while index < len(pars) and items < cap:
            item = pars[index]
            if not item.kept and (index in chrome or _ruled(item)):
                break
            if item.kept and (labels.kind(doc.kept_text(item)) or item.signals.get("words", 0) > s.review_item_max_words):
                break
            items += item.kept
            last = index if item.kept else last
            index += 1
        if not items:
            break
        kinds.add(kind)
        longest = max(longest, items)
    return kinds, last, index


def _signed(doc: Document, first: int, chrome: set[int], s: ScorerSettings) -> tuple[set[str], int, int]:
    """`_groups` for pros and cons lists without headings, each item marked by its sign ("+ Easy
    to clean" over "- Loud pump"): (kinds of the runs of one sign from `first` on, last item,
    index after them). A sign's run is a group; a line with another mark ends the box."""
    pars = doc.paragraphs
    kinds: set[str] = set()
    last = index = first
    kind = None
    while index < len(pars):
        par = pars[index]
        if not par.kept:
            if index in chrome or _ruled(par):
                break
            index += 1
            continue
        signed = _SIGN.match(doc.text, par.start, par.end)  # no slice: the pattern does not look around
        sign = None if signed is None else "pros" if signed.group(1) is not None else "cons"
        if sign is None or par.signals.get("words", 0) > s.review_item_max_words or (sign != kind and sign in kinds):
            break
        kinds.add(sign)
        kind, last, index = sign, index, index + 1
    return kinds, last, index


def _ruled(par: Paragraph) -> bool:
    """A line a rule removed: under a box's last list, a shop's button ("Buy at Amazon",
    advertising: it weighs nothing against a block) is where the page's furniture begins."""
    return par.removal is not None and par.removal.reason == "boilerplate"


def _person_box(doc: Document, first: int, labels: ReviewLabels, chrome: set[int], s: ScorerSettings) -> int | None:
    """The last line of a box about the person under a `person_labels` heading at `first`, or of
    the article's notes under a `notes_labels` one (a correction, a changelog's dated rows): up
    to `_PERSON_MAX_ITEMS` kept lines, each ending like a sentence, of at most
    `standfirst_max_words` words (a paywall's "Jetzt um 1 Euro testen" under the heading is no
    bio), or under notes a row, or a reference under a label ending in a colon (`_reference`);
    None when no such line follows."""
    pars = doc.paragraphs
    par = pars[first]
    if not par.kept or par.end - par.start > LABEL_MAX_CHARS:
        return None
    text = doc.kept_text(par)
    kind = labels.kind(text)
    if kind not in ("person", "notes") and not _named_here(doc, first, labels.name(text)):
        return None
    last, items = None, 0
    listed = text.rstrip().endswith(":")  # "Sources:" announces its list; "Changelog" over a share call does not
    for index in kept_below(pars, first, chrome):
        item = pars[index]
        sentence = item.signals.get("ends_sentence", 0.0) > 0.0 and item.signals.get("words", 0.0) <= s.standfirst_max_words
        sentence |= kind == "notes" and (row_line(doc, index, s) or listed and _reference(doc, item, s))
        if items >= _PERSON_MAX_ITEMS or labels.kind(doc.kept_text(item)) or not sentence:
            break
        last, items = index, items + 1
    return last


def _reference(doc: Document, item: Paragraph, s: ScorerSettings) -> bool:
    """A reference under "Sources:" / "Fuentes:", a line of an article's notes that is no sentence
    (a ministry, a law's title, a journal's; the label's colon announces the list): at most
    `review_item_max_words` words, not a question nor a call (a teaser's "Wie viel Kaffee ist
    gesund?", "Jetzt abonnieren!"), nor a label of its own: the label above is the evidence."""
    return 0 < item.signals.get("words", 0.0) <= s.review_item_max_words and not doc.kept_text(item).rstrip().endswith(("?", "!", ":"))


def _named_here(doc: Document, first: int, name: str | None) -> bool:
    """Whether `name` (a heading's family name, `ReviewLabels.name`) is written, as a word with
    its capital, in `_NAME_MENTIONS` kept paragraphs or more outside the box under `first`: the
    person the article is about (an interview's "Kessler: ..." answers). An author's bio under
    the article ("About Nina Alvarez") names someone the article does not."""
    if name is None:
        return False
    word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
    box = range(first, first + _PERSON_MAX_ITEMS + 1)
    mentions = 0
    for index, par in enumerate(doc.paragraphs):
        if index not in box and par.kept and word.search(doc.text, par.start, par.end) is not None:
            mentions += 1
            if mentions >= _NAME_MENTIONS:
                return True
    return False


def review_tail(pars_kept: list[bool], last: int, boxes: list[tuple[int, int]]) -> int:
    """The body's last paragraph once a verdict box starting right under it (past rule removals
    only) or ending below it has joined it: the block may end on the box's first heading."""
    for first, box_last in boxes:
        if first <= last < box_last or (first > last and not any(pars_kept[last + 1 : first])):
            return box_last
    return last


# "Correction, 4 December 2026: An earlier version ...", "Fe de errores: una versión anterior ...":
# a notes label, maybe a date after a comma, a colon, the note's sentence.
_NOTE_LINE = re.compile(r"([^\W\d_][^:,\n]{0,38})(?:, [^:\n]{1,30})?\s?:\s?\S")


def notes_tail(doc: Document, last: int, labels: ReviewLabels, s: ScorerSettings) -> int:
    """`last` moved down to a correction appended to the article: a kept sentence opening with a
    `notes_labels` label and a colon ("Fe de errores: una versión anterior ...") under at most
    `notes_gap_max_lines` lines a rule removed under the body (a reader-tip or share line, an
    embed's consent placeholder between: the note went with the page's furniture). `last`
    itself otherwise."""
    pars = doc.paragraphs
    for index in range(last + 1, min(len(pars), last + 2 + s.notes_gap_max_lines)):
        par = pars[index]
        if not par.kept:
            if par.removal is None or par.removal.reason != "boilerplate":
                return last
            continue
        match = _NOTE_LINE.match(doc.kept_text(par))
        if match is None or labels.kind(match[1]) != "notes" or not par.signals.get("ends_sentence", 0.0):
            return last
        return index
    return last
