"""Chrome inside an article: a teaser link or a newsletter box between two of its paragraphs.

The scorer's block search (scorer.py) counts a paragraph a rule removed as page chrome against
any block spanning it, in proportion to its words: a share row or a tag list under an article
separates it from the teasers below. A "Related: Rail fares to rise by 4.6% in March" line or a
"Start the day with ... Sign up for our newsletter." box is chrome too, yet news sites set it
between two paragraphs of the article, and counted at its length it cut the article's last
paragraphs (or its first ones) off. What tells the two apart is what stands on each side: a
paragraph of prose right above and right below a short run of such removals means the run sits
inside the article. A teaser list after an article is followed by headlines or a summary under
its headline, not directly by a paragraph of prose.

A live blog's time stamps are the article's structure too, not short lines of page furniture:
they weigh nothing either (live.py).
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from .lists import data_run, fact_box_end, intro_sentence, introduces, prose_paragraph
from .loader import removal_category
from .prose import counted_words
from .settings import ScorerSettings
from .stamps import time_stamp

_STEP = re.compile(r"\s*(\d{1,2})[.)]\s+[^\W\d_]")  # "1. Turn your thermostat down", "2) Bleed the radiators"


def inline_chrome(doc: Document, values: list[float], categories: dict[str, str], s: ScorerSettings) -> None:
    """Set to 0 in `values` the weight of each run of rule removals that sits between two prose
    paragraphs and holds at most `inline_chrome_max` boxes (`_boxes`) and `inline_chrome_lines`
    removals of page chrome, all of the `inline_chrome` categories. A short line over a credit
    opening the run is a photo caption or the article's last sentence above the box: the run is
    framed either way (below the chrome, such a line is as often the article's last sentence over
    its copyright line); above or below it, the article's fact box may stand between it and the
    prose."""
    pars = doc.paragraphs
    index = 0
    while index < len(pars):
        if pars[index].kept:
            index += 1
            continue
        end = index
        while end + 1 < len(pars) and not pars[end + 1].kept:
            end += 1
        chrome = [i for i in range(index, end + 1) if values[i] < 0.0]
        # a caption above its credit may open the run; or that short line is the article's own
        firsts = [index - 1, index] if index > 0 and _caption(pars, index - 1, categories, s) else [index]
        if (
            chrome
            and len(chrome) <= s.inline_chrome_lines
            and _boxes(pars, chrome, categories) <= s.inline_chrome_max
            and all(removal_category(pars[i], categories) in s.inline_chrome for i in chrome)
            and index > 0
            and end + 1 < len(pars)
            and any(_framed(doc, first, end, categories, s) and _deep_enough(doc, first, end, chrome, categories, s) for first in firsts)
        ):
            for i in chrome:
                values[i] = 0.0
        index = end + 1


def neutral_steps(doc: Document, values: list[float]) -> list[int]:
    """Set to 0 in `values` the weight of the numbered headings of a list article ("1. Turn your
    thermostat down", "2. Bleed your radiators": `_STEP`), when the page numbers at least three
    of them 1, 2, 3... in order and text stands between most of them (each heading's tips).

    Each heading scores as a short non-prose line (a digit, capitals), and under each one a tip
    of a sentence or two scores little more: the block kept only the last two tips. A numbered
    "most read" list has nothing between its headlines. Returns the headings' indexes ([] when
    the page has no such list): the last tip's heading alone under the block joins it."""
    steps: list[int] = []
    for index, par in enumerate(doc.paragraphs):
        if not par.kept:
            continue
        match = _STEP.match(doc.text, par.start, par.end)
        if match is not None and int(match.group(1)) == len(steps) + 1:
            steps.append(index)
    if len(steps) < 3:
        return []
    pars = doc.paragraphs
    spaced = sum(1 for a, b in zip(steps, steps[1:]) if any(pars[i].kept for i in range(a + 1, b)))
    if 2 * spaced < len(steps) - 1:
        return []
    for index in steps:
        values[index] = max(values[index], 0.0)
    return steps


def _boxes(pars: list[Paragraph], chrome: list[int], categories: dict[str, str]) -> int:
    """How many boxes the removals make: lines next to each other of one category are one box (a
    newsletter's title, pitch, e-mail field and button)."""
    return sum(
        1 for n, i in enumerate(chrome)
        if n == 0 or chrome[n - 1] != i - 1 or removal_category(pars[i], categories) != removal_category(pars[i - 1], categories)
    )


def _framed(doc: Document, first: int, end: int, categories: dict[str, str], s: ScorerSettings) -> bool:
    """Article prose right below `end` (past the article's own list, `_prose_beyond`) and right
    above `first`, or the article's sentences above (`_article_side`: a one-line quote scoring
    under the threshold over the lead, "«Мы хотим вернуть Невский горожанам...»" over "Смотрите
    также: ..." over the next paragraph); or the article's sentences on both sides. Not prose
    above and sentences only below a subheading: a newsletter pitch between a teaser line and
    the article's first subheading is the page's, not the article's.

    "Read also: <headline>", a one-line quote or a subheading, "Advertisement", then the article's
    next paragraphs: the short line is no prose paragraph to frame the link, nor is a paragraph of
    figures that scores under the block threshold ("Работы обойдутся городу в 412 миллионов
    рублей..."), and the link, counted at its length, cut the article's second half off."""
    if _prose_beyond(doc, end + 1, 1, s):  # the article goes on below with prose of its own
        return _prose_beyond(doc, first - 1, -1, s) or _article_side(doc, first - 1, -1, categories, s)
    return _article_side(doc, first - 1, -1, categories, s) and _article_side(doc, end + 1, 1, categories, s)


def _article_side(doc: Document, index: int, step: int, categories: dict[str, str], s: ScorerSettings) -> bool:
    """Whether the article's sentences follow from `index`, walking by `step`: lines that end like
    a sentence, longer than a menu label (`menu_max_words`), scoring `tail_min_prose` or more as
    the tail walk asks (blocks.with_tail), one of them scoring as prose; `inline_chrome_depth` of
    them, or fewer up to the page's furniture (a rule removal of page chrome, the page's end: the
    article's end) when no subheading came first.

    The walk passes over removals that sit inside articles (ad labels, credits, embeds, other
    teaser links; a short heading of links, "Most read", under a sentence ends the walk: a list
    of headlines follows, under the article's last paragraph), a live blog's time stamps, and
    one short line that is no sentence, a subheading ("Паром вместо моста"); a teaser list is a
    headline, a summary, then another headline, where it stops. Walking down, a sentence, a
    subheading, then a line introducing a list ("Under bygget gäller följande:") are the
    article's: no teaser list has that colon line, and the list under it would end the walk."""
    pars = doc.paragraphs
    sentences, strong, headings = 0, False, 0
    while 0 <= index < len(pars):
        par = pars[index]
        index += step
        if not par.kept:
            category = removal_category(par, categories)
            if sentences and category == "related-links" and par.signals["words"] <= s.menu_max_words:
                break  # "Most read", "Lire aussi" over a list of links: the article ends above it
            if category in s.inline_chrome or s.removed_value.get(category, 0.0) == 0.0:
                continue
            break  # the page's furniture
        signals = par.signals
        if signals["ends_sentence"] and signals["prose"] >= s.tail_min_prose and counted_words(signals) > s.menu_max_words:
            sentences += 1
            strong |= signals["prose"] > s.block_threshold
            if sentences >= s.inline_chrome_depth and strong:
                return True
        elif time_stamp(par, s):
            continue  # "11:20" / "Читайте также: ..." / "11:05" / the next entry
        elif step == 1 and headings == 1 and strong and introduces(doc, par, s):
            return True  # a sentence, a subheading, then the line opening the article's own list ("Under bygget gäller följande:")
        elif headings == 0 and counted_words(signals) < s.list_prose_min_words:
            headings += 1
        else:
            return False
    return sentences > 0 and strong and not headings


def _prose_beyond(doc: Document, index: int, step: int, s: ScorerSettings) -> bool:
    """A prose paragraph at `index`, or past the article's own list there (a fact box: "Fast
    facts", then score lines; lists.data_run) of up to `furniture_max_lines` * 2 lines, walking
    by `step` (-1: up, 1: down); a live blog's time stamp over its entry is passed over."""
    pars = doc.paragraphs
    run: list[int] = []
    while 0 <= index < len(pars) and pars[index].kept and not prose_paragraph(pars[index], s) and len(run) < 2 * s.furniture_max_lines:
        if not run and time_stamp(pars[index], s):
            index += step
            continue
        if run and step == -1 and _introduces(doc, pars[index], s):
            break
        if pars[index].signals["words"] > s.list_max_words:
            return False
        run.append(index)
        index += step
    if not 0 <= index < len(pars) or not pars[index].kept:
        return step == 1 and _closing_list(doc, run, s)
    if not prose_paragraph(pars[index], s) and not (run and step == -1 and _introduces(doc, pars[index], s)):
        return False
    if step == 1 and _introduced_list(doc, run, s):
        return True
    return not run or (len(run) >= s.list_min_items and data_run(doc, sorted(run), s))


def _introduced_list(doc: Document, run: list[int], s: ScorerSettings) -> bool:
    """Whether the short lines `run`, walked down to a prose paragraph, are the article's list
    under its introduction: a line ending in a colon or a sentence saying what follows
    (lists.introduces, lists.intro_sentence), after at most one subheading, over at least
    `list_headed_min_items` items that are data or phrases (lists.data_run). "Polecamy: ..." /
    "Jakie zmiany w komunikacji?" / "Od dnia otwarcia mostu:" / three items / the next
    paragraph: a teaser list under a link has no such introduction, and counted at its length
    the link cut the article's second half off."""
    pars = doc.paragraphs
    for at, index in enumerate(run[:2]):
        if introduces(doc, pars[index], s) or intro_sentence(doc, pars[index], s):
            items = run[at + 1 :]
            return len(items) >= s.list_headed_min_items and data_run(doc, items, s)
    return False


def _closing_list(doc: Document, run: list[int], s: ScorerSettings) -> bool:
    """The article's list and its closing sentence, the last kept lines before the page's
    furniture (or its end): a match's statistics under a "read also" link, then "Hradec se
    posunul na třetí místo tabulky." above the tags. A teaser list ends on a headline, not on a
    sentence."""
    return (
        len(run) > s.list_min_items
        and bool(doc.paragraphs[run[-1]].signals["ends_sentence"])
        and data_run(doc, run[:-1], s)
    )


def _deep_enough(doc: Document, first: int, end: int, chrome: list[int], categories: dict[str, str], s: ScorerSettings) -> bool:
    """For a run holding a share row or a date stamp (`inline_chrome_deep`): at least
    `inline_chrome_depth` prose paragraphs in a row right above it and right below it.

    Those sit between an article's paragraphs (a share bar after the second paragraph, an update
    stamp), but also under the heading, between an author's one-line bio and the column ("Javier
    Albéniz es arquitecto..." / "Compartir Twitter Facebook"): one paragraph on a side is no
    evidence that the side is the article's."""
    pars = doc.paragraphs
    if not any(removal_category(pars[i], categories) in s.inline_chrome_deep for i in chrome):
        return True
    depth = s.inline_chrome_depth
    return _prose_run(doc, first - 1, -1, categories, s) >= depth and _prose_run(doc, end + 1, 1, categories, s) >= depth


def _prose_run(doc: Document, index: int, step: int, categories: dict[str, str], s: ScorerSettings) -> int:
    """How many prose paragraphs follow each other from `index`, walking by `step`. Between them,
    a short line that ends like a sentence and scores as prose (a one-line quote: "Henüz hiçbir
    şey kazanmadık."), a live blog's time stamp ("15:40") and a removal of what sits inside
    articles (an inline "related" link, a credit, an embedded post, a repeated paragraph)
    neither count nor break the run; walking down, nor do the article's fact box (a share row
    above "Key figures:" and its rows, then the next paragraphs: lists.fact_box_end) and one
    subheading after a prose paragraph (a short line that is no sentence: a teaser list under
    a share row opens on its headline, and its second headline ends the run)."""
    pars = doc.paragraphs
    count, headings = 0, 0
    while 0 <= index < len(pars):
        par = pars[index]
        if prose_paragraph(par, s):
            count += 1
        elif par.kept:
            if step == 1 and (after := fact_box_end(doc, index, s)) > index:
                index = after
                continue
            if step == 1 and count and not headings and not par.signals["ends_sentence"] and counted_words(par.signals) < s.list_prose_min_words:
                headings += 1
                index += step
                continue
            if not (par.signals["ends_sentence"] and par.signals["prose"] > s.block_threshold) and not time_stamp(par, s):
                break
        else:
            category = removal_category(par, categories)
            if category not in s.inline_chrome and s.removed_value.get(category, 0.0) > 0.0:
                break
        index += step
    return count


def _caption(pars: list[Paragraph], index: int, categories: dict[str, str], s: ScorerSettings) -> bool:
    """A short kept line right above a credit a rule removed: a photo caption."""
    if index + 1 >= len(pars) or not pars[index].kept or counted_words(pars[index].signals) >= s.tail_min_words:
        return False
    return removal_category(pars[index + 1], categories) == "credit"


def _introduces(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A sentence-long paragraph ending in a colon above the list it introduces ("...the top of
    the table is as follows:" over the standings), scoring `tail_min_prose` as the tail walk
    asks (with no sentence end it scores under the block threshold): the article's all the same.
    A "Soma pia: ..." link under such a list, weighed at its length against the two Swahili
    paragraphs under it, cut them off."""
    signals = par.signals
    return (
        par.kept
        and counted_words(signals) >= s.list_prose_min_words
        and signals["prose"] >= s.tail_min_prose
        and doc.text[par.start : par.end].rstrip().endswith((":", "："))
    )
