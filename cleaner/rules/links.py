"""A "read also" link inside the body, known by its shape alone: a short label and a separator
over a headline ("Прочитај и: Синдикатите најавија нов протест", "Lestu einnig: Landris mælist
enn við Svartsengi", "អានបន្ថែម៖ ..."), in whatever language the page is written.

Every rule file knows its language's "read also" words; a page in a language none knows kept
the line between two of its paragraphs (the tail walk even bridges it, blocks._label_inside).
The line is the site's when either kind of evidence holds:

- the headline after the label is also a line of its own elsewhere on the page (the related
  headlines under the article repeat it), or
- the line stands alone between two of the article's paragraphs: a sentence-long paragraph
  right above and right below it, and no other labelled line beside it (a list of
  "Label: value" rows, "Path A: Iceland, Bulgaria..." is the article's).

A headline of fewer than `link_title_min_words` words ("Contributing: Kristine Phillips", "Main
image credit: Getty") is a credit or a field, not a link; a label holding a figure ("1a etapa:
10 de março") is a list's item, and so is a headline ending on a rating ("Il migliore: voto
8,5/10", "Testsieger: 4/5"), a review's verdict heading between its paragraphs. Thresholds: data/scorer.toml (link_*).
"""

from __future__ import annotations

import re
from itertools import islice

from ..types import Document, Paragraph
from ..words import LETTERS, LETTERS_PATTERN, WORD
from .prose import UNSPACED
from .settings import ScorerSettings
from .listings import schedule_line
from .shapes import short_label, tail_sentence, text_stems
from ..compiled import kept

# The colons a label ends on, in any script: Latin and fullwidth, Khmer ៖, Armenian ՝ written
# after the label, Ethiopic ፦ ("ተወሳኺ ኣንብቡ፦ <headline>").
LINK_COLONS = ":：៖՝፦"
# A label's colon, the one definition every "label + colon" shape uses (a "read also" link here,
# a label inside the body in blocks.py, a credit's label in credit.py): one of `LINK_COLONS`, or
# the Ethiopic wordspace ፡ with a space after it ("ዘጋቢ፡ ሰላም ተስፋዬ", "ተጨማሪ ያንብቡ፡ <headline>");
# written between words with no space, as older Amharic and Tigrinya print every word break, it
# ends no label.
LABEL_COLON = rf"(?:[{LINK_COLONS}]|\u1361(?=\s))"
_LABEL = rf"\W{{0,2}}(?:{LETTERS_PATTERN})(?:[ '’-](?:{LETTERS_PATTERN})){{0,2}}"
# A label of one to three words of letters (no figure), then a colon, then the headline.
_LINK = kept(rf"{_LABEL}\s?{LABEL_COLON}\s*(?P<title>\S[^\n]*)")
# The same label over its headline after a spaced dash or bar ("આ પણ વાંચો - <headline>", "ALSO
# READ | <headline>"): the shape of a caption's "Name - role" too, so it counts only when the
# headline is repeated as a line of its own on the page.
_DASHED = kept(rf"{_LABEL} [-–—|] (?P<title>\S[^\n]*)")
# A label after a clause and a comma, four words at most ("Ukuba unomdla, funda nale: <headline>",
# "If you liked this, read: ..."): the shape of a headline too ("Cernobbio, frana sulla Regina:
# strada chiusa", in 2 of 1,707 pages measured, the only other pages holding it), so it counts,
# as the dashed form does, only when the headline is repeated as a line of its own.
# A rating closing a line: "8,5/10", "4/5" (a review's verdict, never a headline's last word).
_RATING_END = re.compile(r"\d+(?:[.,]\d+)?\s?/\s?\d+\W*$")
# A line closed by a bracketed figure after no full stop: a table's row ("Paro registrado:
# 2.535.000 (-25.300)"), which the `ends_sentence` signal reads as a sentence's end.
_FIGURE_CLOSE = re.compile(r"[^.!?…\s]\s*\([^()\n]*\d[^()\n]*\)\s*$")
_WORD_OF_LETTERS = rf"(?:{LETTERS_PATTERN})"
_CLAUSED = kept(
    rf"\W{{0,2}}{_WORD_OF_LETTERS}(?: {_WORD_OF_LETTERS})?, {_WORD_OF_LETTERS}(?: {_WORD_OF_LETTERS})?\s?{LABEL_COLON}\s*(?P<title>\S[^\n]*)"
)


def inline_links(doc: Document, first: int, last: int, s: ScorerSettings) -> list[int]:
    """Indexes of the body's kept lines (`first` to `last`) that are a "read also" link."""
    pars = doc.paragraphs
    lines: set[str] | None = None  # the page's kept and removed lines, read only when needed
    found = []
    links = {index: link for index in range(first, last + 1) if (link := _link_title(doc, pars[index], s)) is not None}
    above = {i: link for i in range(first) if pars[i].kept and (link := _link_title(doc, pars[i], s)) is not None}
    briefs = _brief_headlines(doc, above | links, s)  # the first brief's headline may head the page
    for index, (title, repeated_only) in links.items():
        if not repeated_only and index not in briefs and _alone_between_prose(doc, index, first, last, s):
            if not _label_named(doc, pars[index], title, index, last, s):
                found.append(index)
            continue
        if lines is None:
            lines = page_lines(doc)
        if title.casefold() in lines:
            found.append(index)
    return found


def _brief_headlines(doc: Document, links: dict[int, tuple[str, bool]], s: ScorerSettings) -> set[int]:
    """The link-shaped lines of a briefs page (`links`: index -> (headline, repeated only)):
    `link_brief_min_items` of them or more, each under a label of its own ("Bayonne : le pont
    fermé la nuit", "Anglet : ...", "Biarritz : ...") and over a paragraph telling its headline
    (`_told_below`): a place or subject heading each brief. "Read also" links repeat one label
    ("Lire aussi", "Pročitajte i") or name other stories; a brief's place need not be named in
    its text. Two such lines (`link_brief_pair_items`: a newsletter's "Budget : ..." and "Neige :
    ...") are briefs when the paragraph under each tells its line, label or headline, and begins
    a new story (`_new_story`)."""
    pars = doc.paragraphs
    labels = [_label(doc.text[pars[i].start : pars[i].end], title).casefold() for i, (title, _) in links.items()]
    if len(labels) < s.link_brief_pair_items or len(set(labels)) < len(labels):
        return set()
    if len(labels) >= s.link_brief_min_items:
        return set(links) if all(_told_below(doc, i, title, s) for i, (title, _) in links.items()) else set()
    told = all(_told_below(doc, i, doc.kept_text(pars[i]), s) and _new_story(doc, i, s) for i in links)
    return set(links) if told else set()


def _new_story(doc: Document, index: int, s: ScorerSettings) -> bool:
    """The kept paragraphs right above and right under line `index` share no word's stem
    (`closing_stem_chars`): a new story begins under it, as under a newsletter's item heading
    ("Neige : 12 départements en vigilance orange" under the budget's paragraph); a "read also"
    link sits inside one story, whose paragraphs name the same people and things."""
    above = _kept_neighbour(doc, index, -1, 0, index - 1)
    below = _kept_neighbour(doc, index, 1, index + 1, len(doc.paragraphs) - 1)
    if above is None or below is None:
        return False
    size = s.closing_stem_chars
    return not text_stems(doc.kept_text(above), size) & text_stems(doc.kept_text(below), size)


def _told_below(doc: Document, index: int, title: str, s: ScorerSettings) -> bool:
    """The kept paragraph right under a brief's headline shares a word's stem with the headline
    (after its label): the brief tells what its headline says; a "read also" line names another story."""
    below = _kept_neighbour(doc, index, 1, index + 1, len(doc.paragraphs) - 1)
    return below is not None and bool(text_stems(title, s.closing_stem_chars) & text_stems(doc.kept_text(below), s.closing_stem_chars))


def _label(line: str, title: str) -> str:
    """The label of a link-shaped `line` over its `title`: the words before the separator."""
    return line[: line.rfind(title)].rstrip().rstrip(LINK_COLONS + "\u1361").strip(" -–—|")


def _label_named(doc: Document, par: Paragraph, title: str, index: int, last: int, s: ScorerSettings) -> bool:
    """Whether the label of a link-shaped line is named, as written, in one of the `link_named_below`
    kept paragraphs under it or in a kept paragraph above it (the headline and standfirst too,
    which may sit above the body's `first`): a news brief's headline
    ("Narbonne : cambriolage dans une pharmacie" over "... par le commissariat de Narbonne."), its
    place or subject heading the text it names, or a subheading naming who speaks under it
    ("Rektorerne: Det er en spareøvelse" after a standfirst ending "Rektorerne er skeptiske."),
    not a "read also" label ("Lire aussi", "Related"), which the article does not write with its
    capitals."""
    label = _label(doc.text[par.start : par.end], title)
    if len(label) < 3 or not WORD.search(label):
        return False
    named = re.compile(rf"(?<!\w){re.escape(label)}(?!\w)")
    pars = doc.paragraphs
    below = [pars[i] for i in islice((i for i in range(index + 1, last + 1) if pars[i].kept), s.link_named_below)]
    return any(named.search(doc.text, p.start, p.end) for p in _named_above(pars, index, s) + below)


def _named_above(pars: list[Paragraph], index: int, s: ScorerSettings) -> list[Paragraph]:
    """The kept paragraphs above `index` that may name a label: the page's first `link_named_top`
    (headline, standfirst) and the `link_named_below` nearest. Bounded, so that a page of thousands
    of link-shaped lines does not search every paragraph above each of them."""
    top = list(islice((i for i in range(index) if pars[i].kept), s.link_named_top))
    near = list(islice((i for i in range(index - 1, top[-1] if top else -1, -1) if pars[i].kept), s.link_named_below))
    return [pars[i] for i in top + near]


def page_lines(doc: Document) -> set[str]:
    """The page's lines, kept and removed, stripped and case-folded."""
    return {doc.text[p.start : p.end].strip().casefold() for p in doc.paragraphs}


def repeated_link(doc: Document, par: Paragraph, s: ScorerSettings, lines: set[str]) -> bool:
    """A kept line shaped like a "read also" link (`_link_title`) whose headline is one of the
    page's `lines` (`page_lines`): the related headlines under the article repeat it."""
    link = _link_title(doc, par, s)
    return link is not None and link[0].casefold() in lines


def _link_title(doc: Document, par: Paragraph, s: ScorerSettings) -> tuple[str, bool] | None:
    """(the headline, whether it counts only when the page repeats it) of a line shaped like a
    "read also" link, else None: a kept line of fewer than `tail_min_words` words, ending like no
    sentence, a label and a colon over a headline of `link_title_min_words` words or more; or,
    counting only when repeated, the label after a spaced dash or bar (`_DASHED`) or after a
    clause and a comma (`_CLAUSED`)."""
    signals = par.signals
    if not par.kept or signals["ends_sentence"] or not signals["words"] < s.tail_min_words:
        return None
    match = _LINK.match(doc.text, par.start, par.end)
    repeated_only = match is None
    if repeated_only:
        match = _DASHED.match(doc.text, par.start, par.end) or _CLAUSED.match(doc.text, par.start, par.end)
        if match is None:
            return None
    title = match.group("title").strip()
    if _RATING_END.search(title) is not None:
        return None  # "Il migliore: voto 8,5/10": a verdict's heading, no headline ends on a rating
    if LETTERS.search(title) is None:
        return None  # "Joker: 4 871 209": a draw's figures, no headline
    return (title, repeated_only) if _title_words(doc, par, title) >= s.link_title_min_words else None


def _title_words(doc: Document, par: Paragraph, title: str) -> float:
    """A headline's words: its \\w+ tokens; in Thai, Lao, Khmer or Myanmar, which put spaces
    between phrases, not words, the line's own word count (by characters, prose.paragraph_signals)
    shared out by the headline's share of the line's characters in those scripts: "ອ່ານຕື່ມ:
    ລາຄານໍ້າມັນ ຫຼຸດລົງອີກ" holds a headline of two chunks and about five words."""
    tokens = float(len(WORD.findall(title)))
    line_chars = sum(map(len, UNSPACED.findall(doc.text, par.start, par.end)))
    if not line_chars:
        return tokens
    return max(tokens, par.signals["words"] * sum(map(len, UNSPACED.findall(title))) / line_chars)


def _alone_between_prose(doc: Document, index: int, first: int, last: int, s: ScorerSettings) -> bool:
    """The nearest kept lines above and below `index`, inside the body, are the article's
    sentences (`link_prose_min_words` words, ending like a sentence, scoring `tail_min_prose`). A
    row closed by a bracketed figure ("Afiliados a la Seguridad Social: 21.600.000 (+100.340)")
    is no sentence, though its bracket counts as a sentence's end: the line under it is the
    table's next row."""
    above = _kept_neighbour(doc, index, -1, first, last)
    below = _kept_neighbour(doc, index, 1, first, last)
    if below is not None and schedule_line(doc, below, s):
        return False  # an event listing's name ("Teatro infantil: El soldadito de plomo") over its day and time
    return above is not None and below is not None and all(
        tail_sentence(par, s.link_prose_min_words, s) and _FIGURE_CLOSE.search(doc.text, par.start, par.end) is None
        for par in (above, below))


def _kept_neighbour(doc: Document, index: int, step: int, first: int, last: int) -> Paragraph | None:
    index += step
    while first <= index <= last:
        par = doc.paragraphs[index]
        if par.kept:
            return par
        index += step
    return None


def related_run(doc: Document, index: int, s: ScorerSettings) -> int:
    """The number of lines of a related-links box starting at paragraph `index`, else 0: a
    heading label (at most `form_label_max_words` words, no figure, ending like no sentence) over
    `related_min_items` to `related_max_items` headlines (`teaser_headline`), with the article going on under it:
    `tail_label_prose` sentences of `related_prose_min_words` words or more scoring
    `tail_min_prose`, one of them as prose. Asked on pages whose language has no stopword list
    only: there no rule removes the heading ("Тақырыпқа қатысты" over three headlines inside a
    Kazakh article, which ended the body there and lost the article's last two paragraphs);
    elsewhere the rules know it, and a short heading over a list is the article's own."""
    pars = doc.paragraphs
    if not short_label(pars[index], s.form_label_max_words):
        return 0
    items = 0
    below = index + 1
    while below < len(pars) and items < s.related_max_items and teaser_headline(doc, pars[below], s):
        items, below = items + 1, below + 1
    if items < s.related_min_items:
        return 0
    after = pars[below : below + s.tail_label_prose]
    sentences = len(after) == s.tail_label_prose and all(tail_sentence(p, s.related_prose_min_words, s) for p in after)
    return 1 + items if sentences and any(p.signals["prose"] > s.block_threshold for p in after) else 0


def related_boxes(doc: Document, first: int, last: int, s: ScorerSettings) -> list[int]:
    """The lines of the related-links boxes (`related_run`) inside the body of a page whose
    language has no stopword list, between two of its paragraphs."""
    found: list[int] = []
    index = first + 1
    while index <= last:
        size = related_run(doc, index, s) if tail_sentence(doc.paragraphs[index - 1], s.list_prose_min_words, s) else 0
        found.extend(range(index, index + size))
        index += max(size, 1)
    return found


def teaser_headline(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line shaped like a teaser's headline: shorter than a paragraph, ending like no
    sentence, neither a data line (`credit_min_digits` of its words hold figures: "24. Ďaloga,
    38. Hrivík") nor a "Label: value" row ("Rozhodcovia: Ordzovenský, Müller"): a match's facts
    under "Góly:" are the article's."""
    signals = par.signals
    if not par.kept or signals["ends_sentence"] or not 0 < signals["words"] < s.tail_min_words:
        return False
    return signals["digits"] < s.credit_min_digits and _LINK.match(doc.text, par.start, par.end) is None
