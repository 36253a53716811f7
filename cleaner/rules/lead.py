"""An article's first paragraphs above the body search's block: its lead, which scores low.

A news lead is dense with names and figures ("The family-owned bakery chain Crumb & Co is to open
12 new shops across the North West next year, creating around 180 jobs.") and its second
paragraph is often one short sentence ("Managing director Priya Hale announced the expansion on
Wednesday."): both score under the block threshold, and the lead walk (`lead_start`)
stops at the short one, so a short story lost its first two paragraphs and its headline.

The evidence must survive the settle: the rerun on the output no longer sees the byline a rule
removed, so it cannot be the test. What both passes see is the page's first kept line, a
headline, with nothing but sentences (and lines rules removed: byline, dates, share row)
between it and the body: those sentences are the article's.
"""

from __future__ import annotations

from typing import Callable

from ..types import Document
from .settings import Settings
from .prose import counted_words
from .date_lines import date_shaped
from .shapes import title_shaped, wire_lead
from .title_lines import label_under_headline


def lead_under_headline(doc: Document, first: int, top: int, settings: Settings) -> int:
    """The body's new first paragraph: `first`, or the first of up to `headline_lead_max_paragraphs`
    kept paragraphs above it, each ending like a sentence and scoring at least `lead_min_prose`
    as prose, when the kept line above them is title-shaped and the first kept line of the page
    (the headline `top`, when the title search found one). Lines rules removed between them are
    passed over, and so is a date line no rule knew (`date_shaped`: a press release's "Jakarta, 6
    Desember 2026" over its first paragraph); so is a short label between the headline and
    such lines (title_lines.label_under_headline: "Kabar kampung" over a press release's date
    cost it its first two paragraphs); any other kept line (a caption's credit, a subheading, a
    label) and nothing joins."""
    pars = doc.paragraphs
    index, joined = first - 1, 0
    while index >= 0:
        par = pars[index]
        if not par.kept or (joined and date_shaped(doc, par, settings)):
            index -= 1
            continue
        if par.signals["ends_sentence"] < 1.0 or par.signals["prose"] < settings.lead_min_prose or title_shaped(doc, par, settings):
            break
        joined += 1
        if joined > settings.headline_lead_max_paragraphs:
            return first
        index -= 1
    if joined == 0 or index < 0:
        return first
    label = index if label_under_headline(doc, index, settings) and _over_byline(doc, index, settings) else None
    index -= label is not None  # "Kabar kampung" under the headline, over its date
    if (top >= 0 and index != top) or not title_shaped(doc, pars[index], settings):
        return first
    if any(pars[above].kept for above in range(index)):
        return first
    return next(i for i in range(index + 1, first) if pars[i].kept and i != label and not date_shaped(doc, pars[i], settings))


def _over_byline(doc: Document, index: int, settings: Settings) -> bool:
    """Right under paragraph `index` lie rule removals or a date line (a byline's): a label over
    them sits between headline and byline. Right over the sentences, it heads them ("Key
    Highlights" over its points, on the rerun of the output), and it is the article's."""
    pars = doc.paragraphs
    below = index + 1
    while below < len(pars) and (not pars[below].kept or date_shaped(doc, pars[below], settings)):
        below += 1
    return below > index + 1


def lead_start(doc: Document, first: int, top: int, s: Settings) -> int:
    """The body's first paragraph once it has grown back over up to `lead_max_paragraphs`
    sentence-long paragraphs right above `first` (never above the headline `top`, never over a
    title-shaped line), then over the sentences under the headline (`lead_under_headline`).

    An article's first paragraph often scores low as prose ("ST. JOSEPH, Mich. (AP) — ...":
    a dateline, names, few function words) yet it is the lead, not a teaser. A title-shaped
    line is left to the heading search (find_heading), which keeps it only as a headline or
    standfirst: joined to the body, it would let the line above it (a menu label) pass for the
    title. Past that count (unless 0), a wire dateline lead still joins, and nothing above it:
    what lies between the article's first paragraph and the body is the article's ("PEKALONGAN,
    KABARNUSANTARA.COM - ..." over an official's long Title Case name that scored low)."""
    pars = doc.paragraphs
    start = introduced_salutation(doc, first, top, s)
    joined = int(start < first)
    while start - 1 > top:
        par = pars[start - 1]
        dateline = par.kept and wire_lead(doc, par)
        if par.kept and (
            (joined >= s.lead_max_paragraphs and not (dateline and s.lead_max_paragraphs > 0))
            or (counted_words(par.signals) < s.lead_min_words and not dateline)
            or par.signals["prose"] < s.lead_min_prose
            or title_shaped(doc, par, s)
        ):
            break
        start -= 1
        joined += par.kept
        if dateline:
            break
    start = lead_under_headline(doc, start, top, s)
    while start < first and not pars[start].kept:
        start += 1  # rule removals above the lead stay outside
    return start


def past_headline(doc: Document, first: int, last: int, s: Settings, byline: Callable[[int], bool]) -> int:
    """The body's first paragraph once a headline the block began on is left to the heading
    search: a title-shaped line at `first`, ending like no sentence, over rule removals of which
    one at least is a byline's date or credit (`byline`), then a kept line of the block. An
    Italian headline full of function words scored as prose ("Le lettere di oggi: il bus che non
    passa, il mercato e la biblioteca", +3.93) and began the block, so the section label over it
    ("Lettere al direttore") was taken for the title. `first` otherwise."""
    pars = doc.paragraphs
    par = pars[first]
    if not par.kept or par.signals["ends_sentence"] or not title_shaped(doc, par, s):
        return first
    below, dated = first + 1, False
    while below <= last and not pars[below].kept:
        dated = dated or byline(below)
        below += 1
    return below if dated and below <= last else first


def introduced_salutation(doc: Document, first: int, top: int, s: Settings) -> int:
    """The paragraph introducing a statement quoted in full, when the body opens under the
    statement's salutation: a short kept line ending with a comma ("„Liebe Mitbürgerinnen und
    Mitbürger,", "Dear colleagues,") right above `first`, under a paragraph of the article's
    ending with a colon ("... Wir dokumentieren sie im Wortlaut:") and long enough for a lead.
    The salutation scores as a short non-prose line and cut the article's introduction and
    headline off the quoted letter. `first` otherwise."""
    pars = doc.paragraphs
    salutation, intro = first - 1, first - 2
    if intro <= top or not (pars[salutation].kept and pars[intro].kept):
        return first
    text = doc.kept_text(pars[salutation]).rstrip()
    lead = pars[intro].signals
    if not text.endswith(",") or not text.lstrip("„“\"«»‚‘'")[:1].isupper() or counted_words(pars[salutation].signals) > s.salutation_max_words:
        return first
    if not doc.kept_text(pars[intro]).rstrip().endswith(":") or counted_words(lead) < s.lead_min_words or lead["prose"] < s.lead_min_prose:
        return first
    return intro
