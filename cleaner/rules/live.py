"""A live blog's structure inside the body: its time stamps and its entries' chrome.

The scorer's block search counts short lines and rule removals against a block spanning them. A
live blog's time stamps ("14:55", "10.48pm") are its entries' headings, not page furniture, and
the share row or "Key event" label each entry carries is the entry's: they weigh nothing, so the
blog's entries stay one body (scorer.py asks, before the block search).
"""

from __future__ import annotations

import re
from typing import Callable

from ..types import Document, Paragraph
from .keypoints import labelled_box
from .lists import prose_paragraph
from .loader import removal_category
from .settings import ScorerSettings
from .shapes import title_shaped
from .stamps import YEAR, dateline_stamp, time_stamp

# 14:55, 10.48pm, 15 h 40, "ore 14:32", "godz. 9.05", "às 14h32"; not 05.12.2026
_TIME_OF_DAY = r"\d{1,2}(?:[:.]| ?h ?)\d{2}(?!\d|\.\d)"
_CLOCK = re.compile(rf"\s*(?:[^\W\d_]{{1,4}}\.?\s)?{_TIME_OF_DAY}")
_CLOCK_ANYWHERE = re.compile(rf"(?<![\d.]){_TIME_OF_DAY}")  # "06.00" in a date line, not "07.12.2026"


def neutral_time_stamps(doc: Document, values: list[float], s: ScorerSettings) -> list[int]:
    """Set to 0 in `values` the weight of a live blog's time stamps ("14:55 Uhr", "15 h 40": mostly
    digits, their shape repeated down the page; stamps.time_stamp) that open with a time of day.
    Each one opens an entry of the article; counted as short non-prose lines, a stamp over every
    short entry outweighed the entries and the block kept only the last few. Teaser dates
    ("Opening Bell 6.7.19") do not open with a time and keep their weight. Returns the stamps'
    indexes."""
    stamps = []
    for index, par in enumerate(doc.paragraphs):
        if par.kept and time_stamp(par, s) and _CLOCK.match(doc.text, par.start, par.end):
            stamps.append(index)
            values[index] = max(values[index], 0.0)
    return stamps


def neutral_live_entries(doc: Document, values: list[float], stamps: list[int], categories: dict[str, str], s: ScorerSettings) -> None:
    """Set to 0 the weight of what frames each entry of a live blog of `live_min_stamps` time
    stamps or more: the share row closing the entry above a stamp, an "Updated at" line or an ad
    label under it, and the entry's heading when prose follows ("Ferry services cancelled").
    Counted as page chrome and short lines, they outweighed entries of one paragraph each, and
    the block kept the one entry of two. Between stamps only: the page's share row under the
    last entry still ends it, and a teaser list with times has no prose under its headlines.
    A dateline rule's short removal ("18 min ago", "Il y a 2 heures") opens an entry as a stamp does.
    Between two stamps, up to `inline_chrome_lines` removals of what sits inside articles
    (`inline_chrome`: a "Read also" link, a newsletter line) weigh nothing either: an entry
    made of a related link alone, between two share rows, cut the entries below it off."""
    pars = doc.paragraphs
    stamps = sorted({*stamps, *(i for i, par in enumerate(pars) if par.removal is not None and dateline_stamp(doc, par, removal_category(par, categories)))})  # a kept line is no removed stamp
    if len(stamps) < s.live_min_stamps:
        return
    for stamp in stamps:
        values[stamp] = max(values[stamp], 0.0)
    for index in _key_events(pars, stamps[0], categories, s):
        values[index] = max(values[index], 0.0)
    for above, below in zip(stamps, stamps[1:]):  # "13:40" / "Read also: ..." / "13:15"
        chrome = [i for i in range(above + 1, below) if not pars[i].kept and removal_category(pars[i], categories) in s.inline_chrome]
        if len(chrome) <= s.inline_chrome_lines:
            for index in chrome:
                values[index] = max(values[index], 0.0)

    def entry_chrome(index: int) -> bool:
        return not pars[index].kept and removal_category(pars[index], categories) in s.live_entry_chrome

    for n, stamp in enumerate(stamps):
        above = stamp - 1
        while n > 0 and above > stamps[n - 1] and entry_chrome(above):
            values[above] = max(values[above], 0.0)
            above -= 1
        below = stamp + 1
        while below < len(pars) and entry_chrome(below):
            values[below] = max(values[below], 0.0)
            below += 1
        if below < len(pars) and pars[below].kept and _clock_line(doc, pars[below], pars[below].signals["words"], s):
            values[below] = max(values[below], 0.0)  # "2m ago" / "4:52 p.m. PT": one stamp in two lines
            below += 1
        if below + 1 < len(pars) and _entry_heading(pars[below], s) and pars[below + 1].kept and values[below + 1] > 0.0:
            values[below] = max(values[below], 0.0)


def day_dividers(doc: Document, s: ScorerSettings, categories: dict[str, str]) -> list[int]:
    """The day dividers of a live blog that a dateline rule removed ("Monday 7 December 2026",
    "Lundi 7 décembre 2026"): short date lines with a year and no time of day, each right over an
    entry's time ("14:05"), `live_min_day_dividers` of them, one at least under an entry, in a
    page of `live_min_stamps` such times. They part the blog's days, as a heading parts sections;
    a page's publication date stands once, over the standfirst rather than over an entry."""
    pars = doc.paragraphs
    days = [i for i, par in enumerate(pars[:-1]) if par.removal is not None and _day_line(doc, par, s, categories)]
    if len(days) < s.live_min_day_dividers:  # most pages: no date line at all, no need to look for clocks
        return []
    clocks = {i for i, par in enumerate(pars) if par.kept and _clock_line(doc, par, len(doc.text[par.start : par.end].split()), s)}  # not measured yet
    dividers = [i for i in days if i + 1 in clocks]
    if len(clocks) < s.live_min_stamps or len(dividers) < s.live_min_day_dividers or dividers[-1] < min(clocks):
        return []
    return dividers


def _day_line(doc: Document, par: Paragraph, s: ScorerSettings, categories: dict[str, str]) -> bool:
    """A date line a dateline rule removed: a year, no time of day, `day_divider_max_words` words at most."""
    if par.removal is None or removal_category(par, categories) != "dateline":
        return False
    text = doc.text[par.start : par.end]
    return len(text.split()) <= s.day_divider_max_words and YEAR.search(text) is not None and _CLOCK_ANYWHERE.search(text) is None


def _clock_line(doc: Document, par: Paragraph, words: float, s: ScorerSettings) -> bool:
    """A line opening on a time of day (`_CLOCK`) of at most `clock_stamp_max_words` words, as the
    caller counted them: an entry's time under a day divider ("Monday 7 December 2026" / "14:05",
    `day_dividers`), or a time with an hour marker or a zone right under an entry's stamp ("4:52
    p.m. PT" under "2m ago", `neutral_live_entries`), whose letters keep it from being a stamp of
    its own (stamps.time_stamp: mostly digits): counted as a short non-prose line, it cut a live
    blog's first entries off. The two count differently: day dividers are put back before the
    scorer measures the paragraphs (Scorer._measure_all), when no signals of this pass exist, and
    count the words between spaces; under a stamp, the line is measured, and its signals' word
    count (its \\w tokens: "4:52 p.m. PT" is 5, 3 between spaces) is read."""
    return words <= s.clock_stamp_max_words and _CLOCK.match(doc.text, par.start, par.end) is not None


def empty_stamps(doc: Document, first: int, last: int, s: ScorerSettings) -> list[int]:
    """The time stamps in paragraphs [first, last] of a live blog (`live_min_stamps` of them)
    whose entry rules removed whole: only removals lie between the stamp and the next stamp or
    the block's end ("11:20" / "Читайте также: ..." / "11:05", "35分前" / "あわせて読みたい：..."
    / "1時間前"). Left alone, the stamp reads as a stray line of the article."""
    pars = doc.paragraphs
    stamps = [i for i in range(first, last + 1) if pars[i].kept and time_stamp(pars[i], s)]
    if len(stamps) < s.live_min_stamps:
        return []
    empty = []
    for stamp in stamps:
        below = stamp + 1
        while below <= last and not pars[below].kept:
            below += 1
        if below > stamp + 1 and (below > last or below in stamps):
            empty.append(stamp)
    return empty


def _key_events(pars: list[Paragraph], first_stamp: int, categories: dict[str, str], s: ScorerSettings) -> list[int]:
    """The lines between a live blog's lead and its first entry's stamp: a "Key events" or
    pinned box ("Destaques" / "Rio Taquari sobe 40 centímetros por hora" / "BR-386 interditada"),
    at most `furniture_max_lines` * 2 lines, one kept at least, that are no prose paragraph, a
    prose paragraph right above them. Counted as short non-prose lines, the box outweighed the
    lead above it, and the body lost its lead and its headline. The box's label may be a rule's
    (navigation); a share row or a teaser heading is what closes an article, and above a list of
    timed teasers the box is no box."""
    box: list[int] = []
    index = first_stamp - 1
    while index >= 0 and len(box) < 2 * s.furniture_max_lines:
        par = pars[index]
        if par.kept and prose_paragraph(par, s):
            return box if any(pars[i].kept for i in box) else []
        category = removal_category(par, categories) if not par.kept else ""
        if category and category not in ("navigation", *s.live_entry_chrome) or category == "share":
            return []
        box.append(index)
        index -= 1
    return []


def _entry_heading(par: Paragraph, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and 0 < signals["words"] <= s.title_max_words and not signals["ends_sentence"]


def live_blog(doc: Document, first: int, last: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> bool:
    """Whether paragraphs `first` to `last` hold `live_min_stamps` entry stamps (`entry_stamp`): a live blog."""
    pars = doc.paragraphs[first : last + 1]
    return sum(1 for par in pars if entry_stamp(doc, par, s, category)) >= s.live_min_stamps


def live_below(doc: Document, first: int, last: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> bool:
    """A live blog whose entries run on under the block `first` to `last`: a stamp inside it, and
    `live_min_stamps` with those of the `2 * live_min_stamps` lines under it (a stamp and its
    one-line entry each). The block's maximum sum ended above the last entries, one short
    sentence each ("17:50" / "Полицията затвори движението около парламента."), and holding two
    stamps it was no live blog: those entries went with the page's furniture."""
    if not any(entry_stamp(doc, par, s, category) for par in doc.paragraphs[first : last + 1]):
        return False
    return live_blog(doc, first, min(len(doc.paragraphs) - 1, last + 2 * s.live_min_stamps), s, category)


def entry_stamp(doc: Document, par: Paragraph, s: ScorerSettings, category: Callable[[Paragraph], str]) -> bool:
    """A live blog entry's stamp: a kept time of day ("10:30", stamps.time_stamp) or a short
    relative time a dateline rule removed ("há 1 hora", stamps.dateline_stamp)."""
    if par.kept:
        return time_stamp(par, s)
    return dateline_stamp(doc, par, category(par))


def past_entry_chrome(doc: Document, index: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> int:
    """The first index from `index` past rule removals that frame a live blog's entries
    (`live_entry_chrome`: the share row closing the entry above, an ad label) and are no stamp."""
    pars = doc.paragraphs
    while index < len(pars) and not pars[index].kept and category(pars[index]) in s.live_entry_chrome and not entry_stamp(doc, pars[index], s, category):
        index += 1
    return index


def short_entry(pars: list[Paragraph], index: int, s: ScorerSettings) -> bool:
    """A live blog entry of one short sentence under its time stamp, which the tail walk joins
    with its stamp: two words or more ("Anpfiff im Weserstadion."), ending like a sentence,
    scoring `tail_min_prose`.
    "10:30" / "Паромная переправа через реку закрыта." (9 words, scoring under the block
    threshold) was cut off with its stamp, the last entry of a live blog; a teaser's time sits
    over a headline, which does not end like a sentence."""
    if index >= len(pars) or not pars[index].kept:
        return False
    signals = pars[index].signals
    return bool(signals["ends_sentence"]) and signals["words"] >= 2 and signals["prose"] >= s.tail_min_prose


def bylined_entry(doc: Document, index: int, first: int, removed: frozenset[int], s: ScorerSettings) -> bool:
    """A live blog's first entry heading over its own byline and time, right above the body
    ("La oposición responde" / "Por Carlos Ruiz" / "Madrid | 6 dic 2026 - 13:40", the two
    removed by rules: `removed`), under the page's byline and date (removed too), with a later
    entry shaped alike below (a title-shaped line over a removed byline or date). Taken for the
    page's headline, it had the real one above the page's byline removed as furniture."""
    pars = doc.paragraphs
    under = range(index + 1, first)
    if not under or any(pars[i].kept or i not in removed for i in under) or index - 1 not in removed:
        return False
    return any(pars[j].kept and j + 1 in removed and title_shaped(doc, pars[j], s) for j in range(first + 1, len(pars) - 1))


def keypoints_over_entries(doc: Document, first: int, last: int, labels: frozenset[str], s: ScorerSettings, category: Callable[[Paragraph], str]) -> int:
    """The body's first paragraph once a live blog's summary box right above its first entry's
    stamp has joined it: a label of `labels` ("Key points") over its items, then the stamp,
    then the blog's entries (`live_blog`). With no lead between the headline and the box, the
    heading walk (title.find_heading) met the stamp first, counted the box's items as short
    furniture lines, stopped at them and lost the headline, the label and the first items. The
    box is the article's, as a lead's key points are; the walk then starts at its label. `first`
    otherwise."""
    pars = doc.paragraphs
    stamp = first - 1
    while stamp >= 0 and not pars[stamp].kept and not entry_stamp(doc, pars[stamp], s, category):
        stamp -= 1  # an entry's share row or ad label a rule removed
    if stamp < 1 or not entry_stamp(doc, pars[stamp], s, category) or not live_blog(doc, stamp, last, s, category):
        return first
    box = labelled_box(doc, stamp - 1, labels, s)
    return box[0] if box is not None else first
