"""Where the body block ends past the maximum sum: paragraphs below it still the article's, closing lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Callable

from ..types import Document, Paragraph
from ..words import WORD, WORD_PATTERN
from .links import LABEL_COLON, page_lines, related_run, repeated_link
from .closing import closing_line, cut_by_paywall, fact_min_words, follow_call, full_stop
from .footnotes import opens_on_mark
from .howto import steps_under_subheading
from .listings import listing_below
from .live import entry_stamp, live_below, past_entry_chrome, short_entry
from .practical import event_line, practical_line
from .prose import counted_words
from .sections import last_section
from .settings import ScorerSettings
from .shapes import stems, tail_sentence


@dataclass(frozen=True, slots=True)
class Block:
    """The chosen body: paragraph indexes [first, last] and its total value; `anchor` is where the
    page's headline repeats (title.py), found once by `find_body` and used again by `mark`;
    `standfirst` is a summary above `first` that `byline_edges.past_byline` recognised by the byline under it."""

    first: int
    last: int
    value: float
    anchor: int | None = None
    standfirst: int | None = None
    boxes: tuple[tuple[int, int], ...] = ()  # verdict boxes of a review (review.py), (first, last)
    unlisted: bool = False  # the page's language has no stopword list (links.related_run is asked)
    about_end: int | None = None  # the last line of a closing "About <name>" box cut off the body (bio.about_tail)
    glued_from: int | None = None  # where a second story glued under the article begins (glued.py): all below goes

    def moved(self, **edges: object) -> "Block":
        """This block with the given edges: itself when they are its own already (a block is
        frozen), as most of the edge steps a page goes through leave it (`dataclasses.replace`
        builds a new one in ~5 µs). The new one is built from its fields by name (`_FIELDS`), as
        `replace` does, without its checks: ~18 edge steps a pass ask."""
        for name, value in edges.items():
            if getattr(self, name) != value:
                return Block(**{field: edges[field] if field in edges else getattr(self, field) for field in _FIELDS})
        return self


_FIELDS = tuple(field.name for field in fields(Block))


def best_block(values: list[float]) -> Block | None:
    """The contiguous interval with the largest positive sum (first one on ties), or None."""
    best: tuple[int, int] | None = None  # the Block is made once, at the end
    best_value = 0.0
    start, running = 0, 0.0
    for index, value in enumerate(values):
        if running <= 0.0:
            start, running = index, 0.0
        running += value
        if running > 0.0 and (best is None or running > best_value):
            best, best_value = (start, index), running
    return Block(best[0], best[1], best_value) if best is not None else None


# "Read also: <headline>", "Baca Juga: ...", "Soma pia: ...": a label of one to three words (with
# their marks: "இதையும் படியுங்கள்: ...") and a colon of any script ("Կարդացէք նաեւ՝ ...").
_LABELLED = re.compile(rf"\W*{WORD_PATTERN}(?:[ '’-]{WORD_PATTERN}){{0,2}}\s?{LABEL_COLON}\s+\S")


def with_tail(
    doc: Document,
    block: Block,
    s: ScorerSettings,
    removal_value: Callable[[Paragraph], float],
    category: Callable[[Paragraph], str] = lambda par: "",
) -> Block:
    """The block grown over sentence-long paragraphs right below it: up to `tail_max_paragraphs`
    that score under the block threshold, and those scoring above it that follow them; a short
    sentence right under the block when it is the page's last kept line or closes on a full stop
    above a rule removal (a closing sentence, `closing_line`).

    The maximum-sum block drops a last paragraph that scores just under the threshold (a
    closing quote: names, titles, capitals), though nothing separates it from the article.
    Up to `tail_bridge_paragraphs` more weak ones join when a paragraph scoring as prose
    follows them: a quote of two paragraphs in another language, then the article's end.
    Unlike the lead, the walk stops at anything that is not such a paragraph: a rule removal
    of page chrome or a short line below an article is where the page's furniture begins. A
    removal that weighs nothing against a block (`removal_value` 0: an embedded post, a photo
    credit, an ad label) sits inside articles and is passed over: a last paragraph under a
    tweet is the article's.
    """
    pars = doc.paragraphs
    last, joined, skipped, index = block.last, 0, 0, block.last + 1
    live = live_below(doc, block.first, block.last, s, category)
    while index < len(pars):
        par = pars[index]
        signals = par.signals
        stamp = past_entry_chrome(doc, index, s, category) if live else index
        if live and stamp < len(pars) and entry_stamp(doc, pars[stamp], s, category) and short_entry(pars, stamp + 1, s):
            last, index = stamp + 1, stamp + 2  # a live blog's last entry: "Share" / "10:30" / "Ferry closed."
            continue
        if not par.kept and par.removal is not None and par.removal.reason == "boilerplate" and removal_value(par) == 0.0:
            index += 1  # an embedded post, a credit or an ad label sits inside articles
            continue
        if not par.kept and index == last + 1:  # under the block or a weak paragraph it just took (a quote)
            closing = closing_past_links(doc, block.first, index, s, category)
            if closing is not None:  # "Related: ..." over the article's closing sentence
                last = closing
                break
        if joined == 0 and index == last + 1 and _interview_reply(doc, block.first, index, s):
            last = index  # "Danke für das Gespräch." / "Gern.": the interview's last answer
            break
        if joined == 0 and index == last + 1 and cut_by_paywall(doc, index, s, category):
            last = index  # "... erwarte ein Konzept, wie die" / "Jetzt weiterlesen mit Plus"
            break
        if par.kept and joined == 0 and index == last + 1 and _label_over_closing(doc, index, s):
            last = index + 1  # "Lestu einnig: ..." over the article's short last sentence, then the page's furniture
            break
        if par.kept and skipped < s.tail_label_lines and _label_inside(doc, index, s):
            skipped, last = skipped + 1, index + s.tail_label_prose  # a "read also" line inside the article
            index = last + 1
            continue
        related = related_run(doc, index, s) if block.unlisted and skipped < s.tail_label_lines else 0
        if related:  # a related-links box inside the article (no rule knows its heading)
            skipped, last = skipped + 1, index + related - 1 + s.tail_label_prose
            index = last + 1
            continue
        right_under = (joined == 0 or index == last + 1) and _over_embeds(doc, last, index, s, category)
        run = _closing_run(doc, index, s) if right_under else None
        if run is not None:  # "Le livre coûte 19,50 euros." / "Il sort le 12 mars." over the share row
            last, index = run, run + 1
            continue
        facts = _practical_run(doc, index, s) if right_under else None
        if facts is not None:  # "Prix : 19,50 euros." closing a review over the share row
            last, index = facts, facts + 1
            continue
        steps = steps_under_subheading(doc, index, s) if joined == 0 and index == last + 1 else None
        if steps is not None:  # "How to switch it on" / "Open Settings." / ... / the article's last paragraph
            last, index = steps, steps + 1
            continue
        section = last_section(doc, block.first, index, s) if index == last + 1 else None
        if section is not None:  # "Leo" / "Un proyecto creativo empieza a dar frutos. ...": the body's last section
            last, index = section, section + 1
            continue
        clause = right_under and par.kept and signals.get("unspaced_clause", 0.0) > 0.0 and closing_line(doc, index, stop=False)
        floor = s.closing_min_prose if right_under and _short_closing(doc, index, s) else s.tail_min_prose
        if not par.kept or signals["prose"] < floor or not (signals["ends_sentence"] or clause):
            break
        if counted_words(signals) < s.tail_min_words and not (right_under and (clause or closing_line(doc, index) or _short_closing(doc, index, s))):
            break
        if signals["prose"] <= s.block_threshold:  # weak on its own: a closing quote, a quote in another language
            joined += 1
            if joined > s.tail_max_paragraphs + s.tail_bridge_paragraphs:
                break
            if joined > s.tail_max_paragraphs:
                index += 1  # joins only if the article goes on below it
                continue
        last, index = index, index + 1  # one that scores as prose follows what was joined
    return replace(block, last=last)


def _over_embeds(doc: Document, last: int, index: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> bool:
    """Whether paragraph `index` is right under paragraph `last`, or only removals of
    `closing_over_categories` (an embedded post's furniture) lie between: the article goes on
    under an embed, so its closing sentence there is as much the article's."""
    between = doc.paragraphs[last + 1 : index]
    return all(not par.kept and category(par) in s.closing_over_categories for par in between)


def list_closing(doc: Document, last: int, s: ScorerSettings) -> int:
    """`last` (an article list's last row, lists.list_tail) moved down over a short closing
    sentence right under it (`_short_closing`, scoring `closing_min_prose` or more: "Volgende
    week speelt Go Ahead uit bij FC Utrecht." under a league table, 0.20, over a "Meer sport"
    label no line rule knows). A labelled line is a credit ("Producer: Tom Hale. Sound design: ...")."""
    index = last + 1
    if index < len(doc.paragraphs) and _short_closing(doc, index, s) and doc.paragraphs[index].signals["prose"] >= s.closing_min_prose:
        par = doc.paragraphs[index]
        return last if _LABELLED.match(doc.text, par.start, par.end) else index
    return last


def _short_closing(doc: Document, index: int, s: ScorerSettings) -> bool:
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


def _closing_run(doc: Document, index: int, s: ScorerSettings) -> int | None:
    """The last index of a run of short sentences closing the article right under the body:
    the first as `_short_closing` asks (`closing_min_words` words or more, a full stop,
    `closing_min_prose`), the next ones short sentences on a full stop (`_closing_end`, within
    `closing_past_lines`), the last above the page's furniture. None when the first line closes
    alone (`_short_closing` takes it) or no such run follows. A brief's two closing facts ("Le
    livre sera vendu 19,50 euros en librairie." / "Il sortira le 12 mars 2027.") above a share row
    were both cut: each waits for the other to close the page."""
    par = doc.paragraphs[index]
    if not _short_on_stop(doc, par, s) or par.signals["prose"] < s.closing_min_prose:
        return None
    end = _closing_end(doc, index, s)
    return end if end is not None and end > index else None


def _practical_run(doc: Document, index: int, s: ScorerSettings) -> int | None:
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


def _interview_reply(doc: Document, first: int, index: int, s: ScorerSettings) -> bool:
    """A short reply closing an interview's page: a kept line under `tail_min_words` words on a
    full stop, with nothing but rule removals under it, in a block of `interview_min_questions` question lines or more."""
    pars = doc.paragraphs
    if not _short_reply(doc, pars[index], s) or not closing_line(doc, index):
        return False
    questions = sum(1 for par in pars[first:index] if par.kept and doc.text[par.start : par.end].rstrip().endswith(("?", "？")))
    return questions >= s.interview_min_questions


def _closing_end(doc: Document, index: int, s: ScorerSettings) -> int | None:
    """The last index of the article's closing at `index`: the first line from `index` on,
    within `closing_past_lines`, that closes the page, the lines after `index` being short
    sentences (`_short_reply`); None otherwise. A line closes the page above its furniture
    (`closing_line`) or above furniture no rule knows (`_furniture_below`). An interview's closing
    exchange ("Danke für das Gespräch." / "Gern."), or two short sentences closing a Malayalam
    article under "ALSO READ | ..." (agglutinative: five words and four), were cut with the link."""
    pars = doc.paragraphs
    last = index
    while True:
        if closing_line(doc, last) or _furniture_below(doc, last, s):
            return last
        last += 1
        if last - index >= s.closing_past_lines or last >= len(pars) or not _short_reply(doc, pars[last], s):
            return None


def _short_reply(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line shorter than `tail_min_words` closing on a full stop ("Gern.", "Thank you.")."""
    return par.kept and counted_words(par.signals) < s.tail_min_words and full_stop(doc, par)


def _labels_below(doc: Document, index: int, s: ScorerSettings) -> bool:
    """Only short labels follow the paragraph, which closes on a full stop: the page's own
    furniture that no rule knows ("Météo Brest" / "Nos partenaires"), each of at most
    `menu_max_words` words and ending like no sentence. Under a "read also" link, "La métropole
    promet une réouverture avant les vacances d'hiver." was lost above two such lines."""
    pars = doc.paragraphs
    below = [par for par in pars[index + 1 :] if par.kept]
    if not below or not full_stop(doc, pars[index]):
        return False
    return all(counted_words(par.signals) <= s.menu_max_words and not par.signals["ends_sentence"] for par in below)


def _label_inside(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A short labelled line ("Karanta kuma: Farashin man fetur ya sake tashi", Hausa) with the article going on
    below it: `tail_label_prose` sentence-long paragraphs that pass the tail's own test, one of
    them scoring as prose. In a language the rules do not know, such a line is not removed, and
    the paragraphs below it, scored without a stopword list, fall under the threshold: the walk
    stopped there and the article's second half went with the page's furniture. When the page
    repeats the line's headline as a line of its own (links.repeated_link: the related headlines
    under the article), sentences of `closing_min_words` words do: in an agglutinative language
    ("Ծնողները իրենց գոհունակութիւնը յայտնեցին նոր շէնքին համար։", 7 words) they are short."""
    pars = doc.paragraphs
    par = pars[index]
    if counted_words(par.signals) >= s.tail_min_words or par.signals["ends_sentence"]:
        return False
    if _LABELLED.match(doc.text, par.start, par.end) is None:
        return False
    below = pars[index + 1 : index + 1 + s.tail_label_prose]
    if len(below) < s.tail_label_prose or not any(p.signals["prose"] > s.block_threshold for p in below):
        return False
    if all(tail_sentence(p, s.list_prose_min_words, s) for p in below):
        return True
    return all(tail_sentence(p, s.closing_min_words, s) for p in below) and repeated_link(doc, par, s, page_lines(doc))


def _label_over_closing(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A short labelled line right under the body, a headline of `link_title_min_words` words
    after its label, over one short sentence that closes the page (`_short_closing`): a "read
    also" link set above the article's last sentence ("Lestu einnig: Umferð um Hellisheiði lokuð
    vegna veðurs" / "Gamla brúin verður áfram notuð ..." / "Athugasemdir"). In a language no rule
    file knows the link stays kept, and the walk stopped at it: the last sentence went with the
    page's furniture. The body takes both; the link then goes by its shape (links.inline_links)."""
    pars = doc.paragraphs
    par = pars[index]
    if index + 1 >= len(pars) or counted_words(par.signals) >= s.tail_min_words or par.signals["ends_sentence"]:
        return False
    match = _LABELLED.match(doc.text, par.start, par.end)
    if match is None or len(WORD.findall(doc.text, match.end() - 1, par.end)) < s.link_title_min_words:
        return False
    return _short_closing(doc, index + 1, s)
