"""Groups of rows under headings of their own between two paragraphs of an article.

An election page lists its results under a heading ("Vorläufiges Endergebnis" / "CDU 31,4 %
(−5,7)" / "AfD 29,8 % (+9,0)" ...), a market report its closes ("Le chiusure in Europa" /
"Milano +1,1%"), a weather warning the regions on alert, often group after group ("Code oranje
geldt voor:" / "Noord-Holland" / "Friesland" ... "Code geel geldt voor:" / "Flevoland" ...).
The rows score far under prose and the heading reads as a menu label: a long table outweighed
the lead above it, so the body began under it (the headline, the lead and the results went),
and a list of regions inside the body went as an inline menu (the names are as capitalised as
a section menu's labels).

`introduced.introduced_rows` reads a line ending in a colon over rows; these groups have a bare
heading, or hold names where a row would hold a figure, or come several in a row. What tells
them from the page's furniture is their frame and their rows, not their words:

- a sentence-long paragraph right above the first heading and a sentence scoring as prose
  right below the last row, no rule removal between them (a "Read also" box's heading is a
  rule's) but an ad label's, which sits inside articles ("Advertisement" under a market
  report's index closes); a body starting under the rows starts on that paragraph above
  (`group_lines`);
- each group a heading of at most `menu_max_words` words that does not end like a sentence,
  over `list_headed_min_items` rows or more; `list_min_items` rows in all (the first heading
  may sit under a title of the same shape: "Les départements concernés" / "Vigilance orange :");
  the first group may go without a heading, its rows right under the paragraph and none of
  them a sentence (a draw's "Combinazione vincente: 4 - 17 - 28 - 45" / "Numero Jolly: 52"
  over "Quote" and its prizes; a sentence holding a figure is a data line too);
- under a bare heading, a row holds a figure or is a "Label: value" line (a related box's
  teaser headlines seldom all do), its label up to `menu_max_words` words opening on a capital
  ("Intercity's Utrecht - Amsterdam: rijden niet", a transport update's lines); under a heading
  ending in a colon ("Vigilance orange :"), a name of at most `name_max_words` words is a row
  too, as the colon introduces it;
- a heading may be a short question ("Wat betekent dit voor jouw reis?" over the lines of the
  trains that do not run): an explainer's subheading, which asks what the rows answer.

Numbers: data/scorer.toml (menu_max_words, name_max_words, list_*).
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from .loader import removal_category
from .lists import par_text, prose_par, row_line
from .prose import counted_words
from .settings import ScorerSettings
from .shapes import ends_like_sentence
from ..words import WORD

_COLONS = (":", "：")
_QUESTIONS = ("?", "？")
_SENTENCE_STOP = re.compile(r"[.!?。！？](?:\s|$)")  # a row states no sentence ("Presentatie: Lotte Bakker. Redactie: ...")


def headed_groups(doc: Document, s: ScorerSettings, categories: dict[str, str] | None = None) -> list[tuple[int, int]]:
    """(first heading, last row) of each run of headed groups framed by the article's prose.
    Given `categories`, an ad label a rule removed under the last row ("Advertisement" /
    "Scroll to continue", `resume_inside_categories`) sits inside the article: the prose
    below it frames the rows, and the run ends on the label."""
    pars = doc.paragraphs
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(pars) - 1:
        if not _frame_above(pars[index], s):
            index += 1
            continue
        last = _groups_end(doc, _past_links(pars, index + 1, s, categories), s)
        if last is not None and categories is not None:
            while last + 1 < len(pars) and not pars[last + 1].kept and removal_category(pars[last + 1], categories) in s.resume_inside_categories:
                last += 1
        if last is not None and last + 1 < len(pars) and _prose_below(pars[last + 1], s):
            found.append((index + 1, last))
            index = last + 1
        else:
            index += 1
    return found


def _past_links(pars: list[Paragraph], index: int, s: ScorerSettings, categories: dict[str, str] | None) -> int:
    """`index` moved past up to `inline_chrome_lines` removals of `inline_chrome` categories (a
    "Lire aussi : ..." link set between the lead and the groups' subheading), when `categories`
    are given: the link sits inside the article, and the lead above still frames the groups."""
    if categories is None:
        return index
    start = index
    while index < len(pars) and index - start < s.inline_chrome_lines and not pars[index].kept and removal_category(pars[index], categories) in s.inline_chrome:
        index += 1
    return index


def group_lines(doc: Document, s: ScorerSettings, leads: dict[int, int] | None = None, categories: dict[str, str] | None = None) -> list[int]:
    """The headings and rows of every run of `headed_groups`: they weigh nothing in the body
    search. `leads` maps the paragraph under each run to the sentence over it: a body starting
    under the rows starts there (the lead of a story full of names and figures may score under
    prose: "Kandydat Koalicji Obywatelskiej Marek Zieliński wygrał ...")."""
    groups = headed_groups(doc, s, categories)
    if leads is not None:
        leads.update((last + 1, first - 1) for first, last in groups)
    return [i for first, last in groups for i in range(first, last + 1)]


def in_groups(groups: list[tuple[int, int]], run: list[int]) -> bool:
    """Whether every line of `run` lies inside one of `groups`."""
    return any(first <= run[0] and run[-1] <= last for first, last in groups)


def _frame_above(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept sentence-long paragraph: the lead or a paragraph of the text (its prose score may
    be low in a lead full of names and figures, the one a table follows most often)."""
    return par.kept and counted_words(par.signals) >= s.list_prose_min_words and par.signals["ends_sentence"] > 0.0


def _prose_below(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept paragraph of prose, or a shorter sentence scoring as prose ("Wybory zarządzono po
    śmierci senatora Jana Lisa, który zmarł we wrześniu.")."""
    signals = par.signals
    return par.kept and (prose_par(par, s) or (signals["ends_sentence"] > 0.0 and signals["prose"] >= s.block_threshold))


def _groups_end(doc: Document, start: int, s: ScorerSettings) -> int | None:
    """The last row of the groups opening at `start`, or None when no heading over enough rows
    opens there; every line is kept, the walk stops at the first line that is neither. One
    heading over `list_headed_min_items` rows that all hold a figure in at most
    `figure_row_max_words` words is enough (a forecast's "พยากรณ์อากาศภาคใต้" over its rain and
    temperature rows: a sidebar's pitch "Clique na imagem ao lado e veja ... 2019" is longer)."""
    pars = doc.paragraphs
    index, rows, last = start, 0, None
    figured = 0  # headings whose rows all hold a figure; -1 once another group is seen
    while index < len(pars) and _row(doc, index, False, s) and not ends_like_sentence(doc, pars[index]):
        index += 1  # a first group without a heading, no sentence among its rows: "Combinazione vincente: 4 - 17 - 28" / "Numero Jolly: 52"
    if index - start >= s.list_headed_min_items:
        rows, last, figured = index - start, index - 1, -1
    else:
        index = start
    if index + 1 < len(pars) and _heading(doc, pars[index], s) and _heading(doc, pars[index + 1], s) and par_text(doc, pars[index + 1]).endswith(_COLONS):
        index += 1  # a section's title over its first group's heading ("Les départements concernés" / "Vigilance orange :")
    while index < len(pars) and _heading(doc, pars[index], s):
        named = par_text(doc, pars[index]).endswith(_COLONS)
        at = index + 1
        while at < len(pars) and _row(doc, at, named, s):
            at += 1
        if at - index - 1 < s.list_headed_min_items:
            break
        rows += at - index - 1
        figures = all(pars[i].signals["digits"] > 0.0 and pars[i].signals["words"] <= s.figure_row_max_words for i in range(index + 1, at))
        figured = figured + 1 if figured >= 0 and figures else -1
        last, index = at - 1, at
    return last if rows >= s.list_min_items or figured == 1 else None


def _heading(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line of at most `menu_max_words` words that does not end like a sentence, or ends
    on a question mark (a subheading asking what the rows answer)."""
    words = par.signals["words"]
    if not par.kept or not 0 < words <= s.menu_max_words:
        return False
    return not ends_like_sentence(doc, par) or par_text(doc, par).endswith(_QUESTIONS)


def _labelled(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A "Label: value" line whose label runs up to `menu_max_words` words, opening on a capital,
    no sentence stop inside ("Sprinters Breukelen - Amsterdam Bijlmer: rijden niet"): a row under
    a heading, where `lists.key_value` reads labels of one or two words only (longer ones, alone
    among teaser headlines, are as often a headline's kicker); no sentence ends in it (a
    podcast's "Presentatie: Lotte Bakker. Redactie: Joost Meijer." is a credit line)."""
    text = par_text(doc, par)
    label, colon, value = text.partition(":")
    if not colon:
        label, colon, value = text.partition("：")
    if not colon or not value.strip() or not label[:1].isupper() or _SENTENCE_STOP.search(text) is not None:
        return False
    return 0 < len(WORD.findall(label)) <= s.menu_max_words


def _row(doc: Document, index: int, named: bool, s: ScorerSettings) -> bool:
    """A data or "Label: value" row; under a heading ending in a colon, a short name too."""
    par = doc.paragraphs[index]
    if not par.kept or prose_par(par, s):
        return False
    if row_line(doc, index, s) or _labelled(doc, par, s):
        return True
    if not named or par_text(doc, par).endswith(_COLONS):
        return False
    return 0 < par.signals["words"] <= s.name_max_words and not ends_like_sentence(doc, par)
