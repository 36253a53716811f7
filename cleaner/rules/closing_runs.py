"""What closes an article right under its body, for the tail walk (blocks.with_tail) and the lists
past the body (blocks.list_closing): a short sentence over the page's furniture (`short_closing`),
a run of them (`closing_run`), a review's practical facts (`practical_run`), an interview's last
reply (`interview_reply`), the closing sentence under a box of links (`closing_past_links`).

Each such line is too short or too plain to score as prose; only what lies under it (a rule
removal, short labels no rule knows, nothing) says it ends the article rather than the page's
furniture beginning.
"""

from __future__ import annotations

from typing import Callable

from ..types import Document, Paragraph
from .closing import closing_line, fact_min_words, follow_call, full_stop
from .footnotes import opens_on_mark
from .listings import listing_below
from .practical import event_line, practical_line
from .prose import counted_words
from .settings import ScorerSettings
from .shapes import stems


def short_closing(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A short closing sentence right under the body: `closing_min_words` words or more (but
    under `tail_min_words`), closing on a full stop, above the page's furniture (a rule removal,
    nothing, short labels no rule knows: `_labels_below`, or a few of them over a rule removal:
    `_labels_over_removal`). Such a line may score as low as
    `closing_min_prose`: five or six words, a name and a year, not one short function word
    ("A apertura está prevista para 2028.", "Hajduk sljedeći tjedan dočekuje Dinamo." scored
    0.18 and were cut off as the page's)."""
    return _short_on_stop(doc, doc.paragraphs[index], s) and _closes_page(doc, index, s)


def _short_on_stop(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line of `closing_min_words` words or more, under `tail_min_words` (counted for
    the page's language, prose.counted_words), on a full stop, not opening on a note mark ("*
    Offer ends Sunday. Terms apply.": small print, which footnotes.footnote_tail keeps only
    under a body that carries its mark)."""
    if not (par.kept and s.closing_min_words <= counted_words(par.signals) < s.tail_min_words and full_stop(doc, par)):
        return False
    return not opens_on_mark(doc, par.start, par.end)


def _closes_page(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Whether the page's furniture starts right under paragraph `index`: a rule removal or
    nothing (`closing_line`), furniture no rule knows (`_furniture_below`: short labels, a sidebar's
    event listing), or a few short labels over a rule removal (`_labels_over_removal`)."""
    return closing_line(doc, index) or _furniture_below(doc, index, s) or _labels_over_removal(doc, index, s)


def _furniture_below(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Only the page's furniture that no rule knows follows paragraph `index`, which closes on a
    full stop: short labels (`_labels_below`) or a sidebar's event listing, a heading over
    entries whose when-and-where lines are longer than labels (listings.listing_below)."""
    return _labels_below(doc, index, s) or (full_stop(doc, doc.paragraphs[index]) and listing_below(doc, index, s))


def closing_run(doc: Document, first: int, index: int, s: ScorerSettings) -> int | None:
    """The last index of a run of short sentences closing the article right under the body:
    the first as `short_closing` asks (`closing_min_words` words or more, a full stop,
    `closing_min_prose`), the next ones short sentences on a full stop (`_closing_end`, within
    `closing_past_lines`, or more under a body of short sentences: `_run_lines`, the body from
    paragraph `first` on), the last above the page's furniture. None when the first line closes
    alone (`short_closing` takes it) or no such run follows. A brief's two closing facts ("Le
    livre sera vendu 19,50 euros en librairie." / "Il sortira le 12 mars 2027.") above a share row
    were both cut: each waits for the other to close the page. The first line may be shorter
    (a `_short_reply`) when a later one of the run has `closing_min_words`: a Russian story's
    "Сроки пока неизвестны." (three words, no article to pad them) over "Интервал движения —
    шесть минут." lost both."""
    pars = doc.paragraphs
    par = pars[index]
    opening = _short_on_stop(doc, par, s)
    if not (opening or (_short_reply(doc, par, s) and not opens_on_mark(doc, par.start, par.end))) or par.signals["prose"] < s.closing_min_prose:
        return None
    end = _closing_end(doc, index, s, _run_lines(doc, first, index, s))
    if end is None or end <= index:
        return None
    return end if opening or any(_short_on_stop(doc, pars[at], s) for at in range(index + 1, end + 1)) else None


def _run_lines(doc: Document, first: int, index: int, s: ScorerSettings) -> int:
    """How many lines a closing run under the body (paragraphs `first` to `index`) may hold:
    `closing_brief_lines` when `closing_brief_sentences` of the body's lines or more are short
    sentences (a full stop, under `stopword_short_words` words): a brief closes in the short
    sentences it is written in. Else `closing_past_lines`: under longer prose, a longer run of
    short lines is a site's notices as often ("Les commentaires sont fermés." / "Consultez notre
    charte." / "Les abus seront signalés." / "Merci de votre lecture.")."""
    short = sum(1 for par in doc.paragraphs[first:index] if par.kept and counted_words(par.signals) < s.stopword_short_words and full_stop(doc, par))
    return s.closing_brief_lines if short >= s.closing_brief_sentences else s.closing_past_lines


def practical_run(doc: Document, index: int, s: ScorerSettings) -> int | None:
    """The last index of a run of practical-information lines (practical.py: "Eintritt: 12
    Euro.") from `index`, the last above the page's furniture as `_closing_end` asks; None
    when there is no such line or the run does not close the page. A price line needs no full
    stop over a rule removal ("Eintritt: 12 Euro" over "Artikel teilen"): practical_line's
    price stands for it. Up to `practical_event_lines` lines of when and where join the run
    (practical.event_line: "Samstag, 20 Uhr, Stadtpark" over the price line, or under it), which
    must hold a practical line before it may close."""
    pars, last, events, facts = doc.paragraphs, index, 0, 0
    while last < len(pars):
        if practical_line(doc, pars[last], s):
            facts += 1
        elif events < s.practical_event_lines and event_line(doc, pars[last], s):
            events += 1
        else:
            return None
        if facts and _run_closes(doc, last, s):
            under = last + 1  # "Tickets: £15" over "Fri 12 Dec, 8pm": the line under it is no label
            return under if events < s.practical_event_lines and under < len(pars) and event_line(doc, pars[under], s) and _run_closes(doc, under, s) else last
        last += 1
    return None


def _run_closes(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Whether the page's furniture starts right under paragraph `index` (`closing_line` without a
    stop, `_closes_page`)."""
    return closing_line(doc, index, stop=False) or _closes_page(doc, index, s)


def _labels_over_removal(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Right under paragraph `index`, up to `tail_label_lines` short labels no rule knows (at
    most `menu_max_words` words, ending like no sentence), then a rule removal: the page's
    furniture starts there ("A apertura está prevista para 2028." over "Partillar" over a share
    row the rules removed, teaser headlines further down, was cut off)."""
    pars = doc.paragraphs
    below = index + 1
    while below < len(pars) and below - index <= s.tail_label_lines and pars[below].kept:
        signals = pars[below].signals
        if counted_words(signals) > s.menu_max_words or signals["ends_sentence"]:
            return False
        below += 1
    if below == index + 1 or below >= len(pars):
        return False
    removal = pars[below].removal
    return removal is not None and removal.reason == "boilerplate"


def closing_past_links(doc: Document, first: int, index: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> int | None:
    """The index of the article's closing sentence under a run of teaser links or a newsletter
    or app box (rule removals of `closing_past_categories`, at most `inline_chrome_lines`) right
    under the block: a line
    ending like a sentence, scoring `tail_min_prose` or more, that `closing_line` accepts (a full
    stop above the page's furniture, or nothing kept after it). None otherwise. Under a box of one
    of `closing_stem_categories`, the line must also share a word's stem with the body from
    paragraph `first` on (`shapes.stems`): a newsletter's small print no rule knew ("You can
    unsubscribe at any time.") is the box's. Under a share line (`closing_fact_categories`: a
    "Follow us on Google News" set between paragraphs) it must share one or state a fact on a
    full stop, a figure or `closing_fact_min_words` words (fewer under one app call: `fact_min_words`): under "Signaler une erreur", "Les
    commentaires sont fermés." is the page's (and "نظرات (۲۳)", a count), "Výstavba má stáť
    približne 14 miliónov eur." the article's.

    "Related: School board orders outside audit..." then "The trial is set for March." above the
    tags: the short last sentence was cut with the link. An interview's closing exchange of two
    lines ("Danke für das Gespräch." / "Gern.") closes the same way on its short reply."""
    pars = doc.paragraphs
    end = index
    while end < len(pars) and not pars[end].kept and category(pars[end]) in s.closing_past_categories:
        end += 1
    if end == index or end - index > s.inline_chrome_lines or end >= len(pars):
        return None
    par = pars[end]
    if not par.kept or not par.signals["ends_sentence"] or par.signals["prose"] < s.tail_min_prose:
        return None
    kinds = {category(pars[i]) for i in range(index, end)}
    alone = end - index == 1 and (kinds <= set(s.closing_line_fact_categories) or follow_call(doc, pars[index], kinds, s))  # one call set between paragraphs, no box: a fact will do
    fact = full_stop(doc, par) and (par.signals["digits"] > 0 or counted_words(par.signals) >= fact_min_words(doc, index, end, alone, s))
    kinds = set(s.closing_fact_categories) if alone else kinds
    if (kinds & set(s.closing_stem_categories) or (kinds & set(s.closing_fact_categories) and not fact)) and not (
        stems(doc, [end], s.closing_stem_chars) & stems(doc, range(first, index), s.closing_stem_chars)
    ):
        return None
    return _closing_end(doc, end, s)


def interview_reply(doc: Document, first: int, index: int, s: ScorerSettings) -> bool:
    """A short reply closing an interview's page: a kept line under `tail_min_words` words on a
    full stop, with nothing but rule removals under it, in a block of `interview_min_questions` question lines or more."""
    pars = doc.paragraphs
    if not _short_reply(doc, pars[index], s) or not closing_line(doc, index):
        return False
    questions = sum(1 for par in pars[first:index] if par.kept and doc.text[par.start : par.end].rstrip().endswith(("?", "？")))
    return questions >= s.interview_min_questions


def _closing_end(doc: Document, index: int, s: ScorerSettings, lines: int | None = None) -> int | None:
    """The last index of the article's closing at `index`: the first line from `index` on,
    within `lines` (`closing_past_lines` unless given), that closes the page, the lines after `index` being short
    sentences (`_short_reply`); None otherwise. A line closes the page above its furniture
    (`closing_line`) or above furniture no rule knows (`_furniture_below`). An interview's closing
    exchange ("Danke für das Gespräch." / "Gern."), or two short sentences closing a Malayalam
    article under "ALSO READ | ..." (agglutinative: five words and four), were cut with the link."""
    pars, lines = doc.paragraphs, lines or s.closing_past_lines
    last = index
    while True:
        if closing_line(doc, last) or _furniture_below(doc, last, s):
            return last
        last += 1
        if last - index >= lines or last >= len(pars) or not _short_reply(doc, pars[last], s):
            return None


def _short_reply(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line shorter than `tail_min_words` closing on a full stop ("Gern.", "Thank you.")."""
    return par.kept and counted_words(par.signals) < s.tail_min_words and full_stop(doc, par)


def _labels_below(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Only short labels follow the paragraph, which closes on a full stop: the page's own
    furniture that no rule knows ("Météo Brest" / "Nos partenaires"), each of at most
    `menu_max_words` words and ending like no sentence, the page's last line a label or a site's
    footer line (`_footer_line`). Under a "read also" link, "La métropole promet une réouverture
    avant les vacances d'hiver." was lost above two such lines."""
    pars = doc.paragraphs
    below = [par for par in pars[index + 1 :] if par.kept]
    if not below or not full_stop(doc, pars[index]):
        return False
    return all(_label(par, s) for par in below[:-1]) and (_label(below[-1], s) or _footer_line(below[-1], s))


def _label(par: Paragraph, s: ScorerSettings) -> bool:
    """A short label: at most `menu_max_words` words, ending like no sentence."""
    return counted_words(par.signals) <= s.menu_max_words and not par.signals["ends_sentence"]


def _footer_line(par: Paragraph, s: ScorerSettings) -> bool:
    """The page's last kept line as a site's footer: ending like no sentence and scoring under
    `tail_min_prose` (no paragraph the tail walk would take), however long: "Lokalavisen
    Vestegnen, Hovedgaden 4, 2600 Glostrup, tlf. 43 45 00 00", more words than a label's, cut
    off the Danish story's short last sentence above it ("Anlægget koster 11 millioner kroner,
    hvoraf staten betaler halvdelen gennem cykelpuljen.")."""
    return not par.signals["ends_sentence"] and par.signals["prose"] < s.tail_min_prose
