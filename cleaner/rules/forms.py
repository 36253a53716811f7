"""A newsletter, app or comment box no rule knows, inside the body or right under it, known by
its shape: one or two short sentences that say nothing of the article, next to a run of short
labels (the box's field and button, the app stores' names, a login's two links).

    Fréttabréf                                   <- the box's heading (a short line), optional
    Skráðu þig á fréttabréfið okkar og fáðu ...  <- its pitch: a sentence
    Netfang                                      <- form_min_labels short lines in a row:
    Skrá mig                                        an e-mail field, a button
    Þú getur afskráð þig hvenær sem er.          <- its small print, at the body's end

In a language a rule file knows, rules remove such a box and the scorer weighs it against the
body; in another, its sentences score as prose and the body grew over it (Icelandic, Afrikaans,
Georgian, Macedonian pages kept their newsletter, comment and app boxes). The article's own
short lines do not take this shape: a subheading is one line over a paragraph, and the last
paragraph above a share row or a comment counter names what the article is about. So the box's
sentences must share no word's first `closing_stem_chars` letters with the body's other lines
(shapes.stems, as for a box's small print under a newsletter a rule removed).
Thresholds: data/scorer.toml (form_*).
"""

from __future__ import annotations

from collections import Counter
from itertools import accumulate
from typing import NamedTuple

from ..types import Document, Paragraph
from .settings import ScorerSettings
from .shapes import short_label, stems, text_stems


def form_boxes(doc: Document, first: int, last: int, s: ScorerSettings) -> list[int]:
    """Indexes of the kept lines of such boxes, from under the body's first line to right under
    its last (`last`): the labels right under the body are read, not removed, by the caller."""
    pars = doc.paragraphs
    kept = [i for i in range(first + 1, min(len(pars), last + 1 + s.form_min_labels)) if pars[i].kept]
    found: set[int] = set()
    body: _Body | None = None  # read once a page, when a run of labels is met
    at = 0
    while at < len(kept):
        labels = _label_run(doc, kept, at, s)
        if len(labels) < s.form_min_labels:
            at += 1
            continue
        body = body or _Body(doc, first, last, s)
        box = _box_around(doc, kept, at, len(labels), body, s)
        found.update(i for i in box if i <= last)
        at += len(labels)
    return sorted(found)


class _Body:
    """What the box tests read of the body (its kept lines `first` to `last`), once a page: each
    line's word stems (short labels aside) with how many lines hold each stem, and the words
    above each line. Read again for every run of labels, they made a page of many short lines
    quadratic (a JSONL record of 4,000 label-and-sentence groups ran for minutes)."""

    def __init__(self, doc: Document, first: int, last: int, s: ScorerSettings):
        pars = doc.paragraphs
        self.first, self.last = first, last
        self._stems = {
            i: text_stems(doc.kept_text(pars[i]), s.closing_stem_chars) for i in range(first, last + 1) if pars[i].kept and not _label(pars[i], s)
        }
        self._lines_holding = Counter(stem for found in self._stems.values() for stem in found)
        self._words_above = list(accumulate((pars[i].signals["words"] if pars[i].kept else 0 for i in range(first, len(pars))), initial=0))

    def outside(self, window: list[int]) -> "_Outside":
        """The body's lines outside `window` (the lines the box may hold: its sentences share
        words, "comments" in a comment box's prompt and its disclaimer), short labels aside (a
        box's heading, "Newsletter", over its pitch): a sentence sharing no stem with them is a
        box's pitch, not the article's."""
        inside = Counter(stem for i in set(window) if i in self._stems for stem in self._stems[i])
        return _Outside(self._lines_holding, inside)

    def words_before(self, index: int) -> float:
        """The words of the body's kept lines from `first` to above `index`."""
        return self._words_above[index - self.first] if index > self.first else 0


def _label_run(doc: Document, kept: list[int], at: int, s: ScorerSettings) -> list[int]:
    """The short labels in a row from `kept[at]` on (read in place: a copy of the rest of
    `kept` per line made a page of 10^5 paragraphs quadratic)."""
    run = []
    for position in range(at, len(kept)):
        index = kept[position]
        if not _label(doc.paragraphs[index], s):
            break
        run.append(index)
    return run


class _Outside(NamedTuple):
    """The body's lines but a window's, as counts of the lines holding each stem."""

    lines_holding: Counter
    inside: Counter

    def shares(self, found: set[str]) -> bool:
        """Whether one of the stems `found` is in a line of the body outside the window."""
        return any(self.lines_holding[stem] > self.inside[stem] for stem in found)


def _box_around(doc: Document, kept: list[int], at: int, size: int, body_lines: _Body, s: ScorerSettings) -> list[int]:
    """The box holding the labels `kept[at : at + size]`: up to `form_max_sentences` foreign
    sentences right above them (and a heading label over those), then, at the body's end, foreign
    sentences right under them; empty when no foreign sentence is next to the labels. A sentence
    is foreign when it shares no stem with the body's lines outside the box (`_Body.outside`)."""
    pars = doc.paragraphs
    labels = kept[at : at + size]
    if at == 0 or not _sentence(pars[kept[at - 1]], s):
        return []  # no sentence over the labels: no box (the heading is read over the sentences)
    window = kept[max(0, at - s.form_max_sentences - 1) : at + size + s.form_max_sentences]  # the box's lines, at most
    first, last = body_lines.first, body_lines.last
    body = body_lines.outside(window)
    above: list[int] = []
    index = at - 1
    while index >= 0 and len(above) < s.form_max_sentences and _sentence(pars[kept[index]], s):
        if body.shares(stems(doc, [kept[index]], s.closing_stem_chars)):
            break  # the article's last sentence: the box starts under it
        above.append(kept[index])
        index -= 1
    if above and index >= 0 and _heading(pars[kept[index]], s):
        if _subheaded(doc, kept, index, s):
            return []  # the article's last section under its subheading, not a box
        above.append(kept[index])  # the box's heading
    elif above and _stores(doc, labels, s):
        above = above[:1]  # an app's pitch right over the stores' names, without a heading
    else:
        return []  # no heading over the sentences: an article's last lines over a share label, a list's intro
    below: list[int] = []
    index, room = at + size, s.form_max_sentences - sum(1 for i in above if pars[i].signals["ends_sentence"])
    while index < len(kept) and len(below) < room and _sentence(pars[kept[index]], s):
        if body.shares(stems(doc, [kept[index]], s.closing_stem_chars)):
            break
        below.append(kept[index])
        index += 1
    if below and not (index >= len(kept) or kept[index] > last):
        below = []  # sentences under the labels belong to the box only at the body's end
    box = sorted(above + labels + below)
    if not any(not _label(pars[i], s) for i in box) or box[0] <= first:
        return []
    return box if body_lines.words_before(box[0]) >= s.min_body_words else []


def _subheaded(doc: Document, kept: list[int], heading: int, s: ScorerSettings) -> bool:
    """Whether a heading-shaped line over a sentence comes above `kept[heading]` too: the article
    is written in sections under subheadings, and a short line over its last sentences is the last
    one ("Unterkunft" / "Doppelzimmer ... ab 90 Euro." over a site's "Mehr Reiseziele" and
    "Newsletter: Fernweh" links, after "Kaffeehäuser" and "Anreise" over paragraphs); a box's
    heading over its pitch is the only such pair under a body of paragraphs."""
    pars = doc.paragraphs
    return any(
        _heading(pars[kept[at]], s) and _prose(pars[kept[at + 1]], s)
        for at in range(heading - 1)
    )


def _prose(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept sentence no label: a paragraph under a subheading."""
    return par.kept and bool(par.signals["ends_sentence"]) and not _label(par, s)


def _label(par: Paragraph, s: ScorerSettings) -> bool:
    """A box's field or button (`shapes.short_label` of `form_label_max_words` words)."""
    return short_label(par, s.form_label_max_words)


def _stores(doc: Document, labels: list[int], s: ScorerSettings) -> bool:
    """One of the labels is an app store's name (`form_store_labels`, the same in every language)."""
    names = {name.casefold() for name in s.form_store_labels}
    return any(doc.text[doc.paragraphs[i].start : doc.paragraphs[i].end].strip().casefold() in names for i in labels)


def _heading(par: Paragraph, s: ScorerSettings) -> bool:
    """A box's heading: a label of up to `form_heading_max_words` words ("Bhalisela incwadana
    yethu yeendaba", Xhosa for "Sign up for our newsletter", has four)."""
    return short_label(par, s.form_heading_max_words)


def _sentence(par: Paragraph, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and bool(signals["ends_sentence"]) and signals["words"] <= s.form_sentence_max_words
