"""Where the body block ends past the maximum sum: paragraphs below it still the article's, closing
lines (what closes an article under its body: closing_runs.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace
from typing import Callable

from ..types import Document, Paragraph
from ..words import WORD, WORD_PATTERN
from .links import LABEL_COLON, page_lines, related_run, repeated_link
from .closing import closing_line, cut_by_paywall
from .closing_runs import closing_past_links, closing_run, interview_reply, practical_run, short_closing
from .howto import steps_under_subheading
from .live import entry_stamp, live_below, past_entry_chrome, short_entry
from .prose import counted_words
from .sections import last_section
from .settings import ScorerSettings
from .shapes import tail_sentence


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
    about_end: int | None = None  # the last line of a closing "About <name>" box cut off the body (bio.about_tail), or of the contact block under it or the body (contacts.contact_tail)
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
        entry_end = _live_entry_end(doc, index, s, category) if live else None
        if entry_end is not None:
            last, index = entry_end, entry_end + 1  # a live blog's last entry: "Share" / "10:30" / "Ferry closed."
            continue
        if not par.kept and par.removal is not None and par.removal.reason == "boilerplate" and removal_value(par) == 0.0:
            index += 1  # an embedded post, a credit or an ad label sits inside articles
            continue
        end = _article_end(doc, block, index, joined, s, category) if index == last + 1 else None
        if end is not None:
            last = end
            break
        label_end = _inside_label_end(doc, block, index, s) if skipped < s.tail_label_lines else None
        if label_end is not None:
            skipped, last = skipped + 1, label_end
            index = last + 1
            continue
        right_under = (joined == 0 or index == last + 1) and _over_embeds(doc, last, index, s, category)
        run = _closing_part_end(doc, block, index, joined == 0 and index == last + 1, index == last + 1, right_under, s)
        if run is not None:
            last, index = run, run + 1
            continue
        if not _joins_tail(doc, index, right_under, s):
            break
        if par.signals["prose"] <= s.block_threshold:  # weak on its own: a closing quote, a quote in another language
            joined += 1
            if joined > s.tail_max_paragraphs + s.tail_bridge_paragraphs:
                break
            if joined > s.tail_max_paragraphs:
                index += 1  # joins only if the article goes on below it
                continue
        last, index = index, index + 1  # one that scores as prose follows what was joined
    return replace(block, last=last)


def _live_entry_end(doc: Document, index: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> int | None:
    """Where a live blog's last entry below the body ends ("Share" / "10:30" / "Ferry closed."):
    its stamp past the entry's chrome, then one short entry; None when `index` opens none."""
    pars = doc.paragraphs
    stamp = past_entry_chrome(doc, index, s, category)
    if stamp < len(pars) and entry_stamp(doc, pars[stamp], s, category) and short_entry(pars, stamp + 1, s):
        return stamp + 1
    return None


def _article_end(
    doc: Document, block: Block, index: int, joined: int, s: ScorerSettings, category: Callable[[Paragraph], str]
) -> int | None:
    """The article's last paragraph when what sits right under the tail so far ends it there
    (the walk stops): a closing sentence past related links, an interview's last answer, a
    paywall's cut, a "read also" label over the short last sentence. None when it does not."""
    par = doc.paragraphs[index]
    if not par.kept:  # under the block or a weak paragraph it just took (a quote)
        closing = closing_past_links(doc, block.first, index, s, category)
        if closing is not None:  # "Related: ..." over the article's closing sentence
            return closing
    if joined != 0:
        return None
    if interview_reply(doc, block.first, index, s):
        return index  # "Danke für das Gespräch." / "Gern.": the interview's last answer
    if cut_by_paywall(doc, index, s, category):
        return index  # "... erwarte ein Konzept, wie die" / "Jetzt weiterlesen mit Plus"
    if par.kept and _label_over_closing(doc, index, s):
        return index + 1  # "Lestu einnig: ..." over the article's short last sentence, then the page's furniture
    return None


def _inside_label_end(doc: Document, block: Block, index: int, s: ScorerSettings) -> int | None:
    """The last paragraph a "read also" line or a related-links box inside the article reaches
    (the walk passes over it and `tail_label_prose` paragraphs below), or None."""
    if doc.paragraphs[index].kept and _label_inside(doc, index, s):
        return index + s.tail_label_prose  # a "read also" line inside the article
    related = related_run(doc, index, s) if block.unlisted else 0
    if related:  # a related-links box inside the article (no rule knows its heading)
        return index + related - 1 + s.tail_label_prose
    return None


def _closing_part_end(
    doc: Document, block: Block, index: int, first_under: bool, right_below: bool, right_under: bool, s: ScorerSettings
) -> int | None:
    """The last paragraph of a closing part the article ends with, starting at `index`: a run of
    short closing sentences or practical facts over the share row (`right_under` the body or an
    embed), a last how-to step under its subheading (`first_under`: right under the block, nothing
    joined), the body's last section (`right_below`). None when none starts there."""
    run = closing_run(doc, block.first, index, s) if right_under else None
    if run is not None:  # "Le livre coûte 19,50 euros." / "Il sort le 12 mars." over the share row
        return run
    facts = practical_run(doc, index, s) if right_under else None
    if facts is not None:  # "Prix : 19,50 euros." closing a review over the share row
        return facts
    steps = steps_under_subheading(doc, index, s) if first_under else None
    if steps is not None:  # "How to switch it on" / "Open Settings." / ... / the article's last paragraph
        return steps
    # "Leo" / "Un proyecto creativo empieza a dar frutos. ...": the body's last section
    return last_section(doc, block.first, index, s) if right_below else None


def _joins_tail(doc: Document, index: int, right_under: bool, s: ScorerSettings) -> bool:
    """Whether paragraph `index` is a sentence the tail may take: kept, scoring `tail_min_prose`
    (`closing_min_prose` for a short closing right under), ending a sentence (or an unspaced
    script's closing clause), and of `tail_min_words` words unless it closes the article."""
    par = doc.paragraphs[index]
    signals = par.signals
    clause = right_under and par.kept and signals.get("unspaced_clause", 0.0) > 0.0 and closing_line(doc, index, stop=False)
    floor = s.closing_min_prose if right_under and short_closing(doc, index, s) else s.tail_min_prose
    if not par.kept or signals["prose"] < floor or not (signals["ends_sentence"] or clause):
        return False
    return counted_words(signals) >= s.tail_min_words or bool(right_under and (clause or closing_line(doc, index) or short_closing(doc, index, s)))


def _over_embeds(doc: Document, last: int, index: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> bool:
    """Whether paragraph `index` is right under paragraph `last`, or only removals of
    `closing_over_categories` (an embedded post's furniture) lie between: the article goes on
    under an embed, so its closing sentence there is as much the article's."""
    between = doc.paragraphs[last + 1 : index]
    return all(not par.kept and category(par) in s.closing_over_categories for par in between)


def list_closing(doc: Document, last: int, s: ScorerSettings) -> int:
    """`last` (an article list's last row, lists.list_tail) moved down over a short closing
    sentence right under it (`short_closing`, scoring `closing_min_prose` or more: "Volgende
    week speelt Go Ahead uit bij FC Utrecht." under a league table, 0.20, over a "Meer sport"
    label no line rule knows). A labelled line is a credit ("Producer: Tom Hale. Sound design: ...")."""
    index = last + 1
    if index < len(doc.paragraphs) and short_closing(doc, index, s) and doc.paragraphs[index].signals["prose"] >= s.closing_min_prose:
        par = doc.paragraphs[index]
        return last if _LABELLED.match(doc.text, par.start, par.end) else index
    return last


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
    after its label, over one short sentence that closes the page (`short_closing`): a "read
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
    return short_closing(doc, index + 1, s)
