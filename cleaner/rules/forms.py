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

from ..types import Document, Paragraph
from .settings import ScorerSettings
from .shapes import short_label, stems


def form_boxes(doc: Document, first: int, last: int, s: ScorerSettings) -> list[int]:
    """Indexes of the kept lines of such boxes, from under the body's first line to right under
    its last (`last`): the labels right under the body are read, not removed, by the caller."""
    pars = doc.paragraphs
    kept = [i for i in range(first + 1, min(len(pars), last + 1 + s.form_min_labels)) if pars[i].kept]
    found: list[int] = []
    at = 0
    while at < len(kept):
        labels = _label_run(doc, kept, at, s)
        if len(labels) < s.form_min_labels:
            at += 1
            continue
        box = _box_around(doc, kept, at, len(labels), first, last, s)
        if box:
            found.extend(i for i in box if i <= last and i not in found)
        at += len(labels)
    return sorted(found)


def _label_run(doc: Document, kept: list[int], at: int, s: ScorerSettings) -> list[int]:
    """The short labels in a row from `kept[at]` on."""
    run = []
    for index in kept[at:]:
        if not _label(doc.paragraphs[index], s):
            break
        run.append(index)
    return run


def _box_around(doc: Document, kept: list[int], at: int, size: int, first: int, last: int, s: ScorerSettings) -> list[int]:
    """The box holding the labels `kept[at : at + size]`: up to `form_max_sentences` foreign
    sentences right above them (and a heading label over those), then, at the body's end, foreign
    sentences right under them; empty when no foreign sentence is next to the labels. A sentence
    is foreign when it shares no stem with the body's lines outside the box (`_body_stems`)."""
    pars = doc.paragraphs
    labels = kept[at : at + size]
    if at == 0 or not _sentence(pars[kept[at - 1]], s):
        return []  # no sentence over the labels: no box (the heading is read over the sentences)
    window = kept[max(0, at - s.form_max_sentences - 1) : at + size + s.form_max_sentences]  # the box's lines, at most
    body = _body_stems(doc, window, first, last, s)
    above: list[int] = []
    index = at - 1
    while index >= 0 and len(above) < s.form_max_sentences and _sentence(pars[kept[index]], s):
        if stems(doc, [kept[index]], s.closing_stem_chars) & body:
            break  # the article's last sentence: the box starts under it
        above.append(kept[index])
        index -= 1
    if above and index >= 0 and _heading(pars[kept[index]], s):
        above.append(kept[index])  # the box's heading
    elif above and _stores(doc, labels, s):
        above = above[:1]  # an app's pitch right over the stores' names, without a heading
    else:
        return []  # no heading over the sentences: an article's last lines over a share label, a list's intro
    below: list[int] = []
    index, room = at + size, s.form_max_sentences - sum(1 for i in above if pars[i].signals["ends_sentence"])
    while index < len(kept) and len(below) < room and _sentence(pars[kept[index]], s):
        if stems(doc, [kept[index]], s.closing_stem_chars) & body:
            break
        below.append(kept[index])
        index += 1
    if below and not (index >= len(kept) or kept[index] > last):
        below = []  # sentences under the labels belong to the box only at the body's end
    box = sorted(above + labels + below)
    if not any(not _label(pars[i], s) for i in box) or box[0] <= first:
        return []
    before = sum(pars[i].signals["words"] for i in range(first, box[0]) if pars[i].kept)
    return box if before >= s.min_body_words else []


def _body_stems(doc: Document, window: list[int], first: int, last: int, s: ScorerSettings) -> set[str]:
    """The word stems (first `closing_stem_chars` letters) of the body's kept lines (`first` to
    `last`) outside `window` (the lines the box may hold: its sentences share words, "comments"
    in a comment box's prompt and its disclaimer), but for short labels (a box's heading,
    "Newsletter", over its pitch): a sentence sharing none is a box's pitch, not the article's."""
    pars = doc.paragraphs
    held = set(window)
    outside = [i for i in range(first, last + 1) if pars[i].kept and i not in held and not _label(pars[i], s)]
    return stems(doc, outside, s.closing_stem_chars)


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
