"""An article's own lists and tables, told from the page furniture made of short lines.

The scorer's body is the best block of prose, so an article's list after its last paragraph
(ingredients, a changelog, qualified teams, a results table, footnotes) falls outside it, and a
list inside it looks like an inline menu. Lists after an article are far more often the page's
(related headlines, teasers, tag lists, menus, category counts), and a teaser headline has the
shape of a product feature, so the evidence asked for is data, judged without any language's words:

- a data line holds a digit ("2 tbsp flour", "DL Myles Garrett 57 77%", "[1] Ruskin KJ, 2015"),
  or is a table row: punctuation inside it and the same shape as other lines of the page
  ("Spain (Group F): Seventh appearance"), or a "Label: value" line next to another one
  ("Ammoniti: Sala, Sartori." / "Arbitro: Rossi di Novara.");
- an introduced list follows a line ending in a colon ("Dare to Play 3:", "You will need:"): there,
  a phrase written mostly in lower case ("cored and peeled", "Bugs fixed") is an item too;
- furniture is everything else: Title Case labels, headlines, which come in runs.

After the body, a list joins it while no rule removal of page chrome (share row, tags, related
heading) intervenes and at most `list_max_labels` other lines come in a row (a list's own
sub-headings: "Ingredients", "Meal 2"); it needs `list_min_items` items, and items or prose must
make `list_min_share` of its lines. Inside the body, a run of short lines that are mostly data or
lower-case phrases is the article's list, not an inline menu. Before the body, a table of data
rows under a sentence-long lead joins it with its lead (`list_head`). Numbers: data/scorer.toml (list_*).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..types import Document, Paragraph
from .settings import ScorerSettings
from ..words import MARKS

_INNER_PUNCT = re.compile(r"[,;:(\[)\]，、；：（）「」]")
# "Arbitro: Rossi di Novara.", "Estadio: José María Minella.": a label of one or two words, a
# colon, a value (a fact box or a match report's line-ups); a label alone ("Tags:") is none.
_KEY_VALUE = re.compile(rf"[^\W\d_](?:[^\W\d_'’.-]|[{MARKS}])*(?: [^\W\d_](?:[^\W\d_'’.-]|[{MARKS}])*)?\s?[:：]\s?\S")
_LOWER = re.compile(r"[^\W\d_]")  # a letter; case is checked on the match


def _text(doc: Document, par: Paragraph) -> str:
    return doc.kept_text(par).strip()


def data_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept short line holding a number, or a table row (inner punctuation, a shape that recurs)."""
    signals = par.signals
    if not par.kept or not 0 < signals["words"] <= s.list_max_words:
        return False
    if signals["digits"] > 0.0:
        return True
    return signals.get("repeated_shape", 0.0) > 0.0 and _INNER_PUNCT.search(_text(doc, par)[:-1]) is not None


def row_line(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A data line, or a "Label: value" line next to another one: the rows of a fact box or a
    match's line-ups ("Marcatori: 18' Bianchi" / "Ammoniti: Sala, Sartori" / "Arbitro: Rossi di
    Novara."), whose names alone look like a menu's Title Case labels. One such line among teaser
    headlines ("Amazon Bestseller: Manual Espresso Machine") is no row."""
    pars = doc.paragraphs
    if data_line(doc, pars[index], s):
        return True
    if not _key_value(doc, pars[index], s):
        return False
    near = [i for i in (index - 1, index + 1) if 0 <= i < len(pars) and pars[i].kept]
    return any(_key_value(doc, pars[i], s) for i in near)


def _key_value(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    return par.kept and 0 < par.signals["words"] <= s.list_max_words and _KEY_VALUE.match(_text(doc, par)) is not None


def phrase_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept short line written mostly in lower case (a phrase, not a Title Case label).

    Scripts without case (Chinese, Japanese) have no capitals to count: their lines never pass.
    Nor do single words: lower-case buttons ("share", "reply", "print") are furniture."""
    signals = par.signals
    if not par.kept or not s.list_phrase_min_words <= signals["words"] <= s.list_max_words:
        return False
    if signals["capitalised"] > s.list_item_max_capitalised:
        return False
    return any(letter.islower() for letter in _LOWER.findall(_text(doc, par)))


def _introduces(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A line of `list_intro_min_words` words or more ending in a colon ("You will need:"); a
    one-word label with a colon ("Tags:", "Topics:") heads page furniture as often as a list."""
    return par.kept and par.signals["words"] >= s.list_intro_min_words and _text(doc, par).endswith((":", "："))


def _prose(par: Paragraph, s: ScorerSettings) -> bool:
    """A sentence-long paragraph (a recipe's steps between its lists); a teaser's one-line
    question or quip is shorter."""
    signals = par.signals
    return signals["words"] >= s.list_prose_min_words and signals["prose"] >= s.block_threshold and signals["ends_sentence"] > 0.0


def kept_below(pars: list[Paragraph], above: int, chrome: set[int]) -> Iterator[int]:
    """Indexes of the kept paragraphs below `above`, up to the first rule removal of `chrome`
    (a share row, a tags line: where the page's furniture begins); other removals are skipped."""
    for index in range(above + 1, len(pars)):
        if not pars[index].kept:
            if index in chrome:
                return
            continue
        yield index


def list_tail(doc: Document, last: int, chrome: set[int], s: ScorerSettings) -> int:
    """The body's last paragraph once an article list right after `last` has joined it.

    `chrome` holds the indexes of rule removals that separate blocks (their category weighs
    against a block): the list ends before one. The list ends on its last item or prose line.
    A list the block ends inside of counts its items in the block too: a timeline's first rows
    ("1904: Ashby Library opens...") scored as prose and joined the block, and the two rows
    left below were too few to make a list.
    """
    pars = doc.paragraphs
    introduced = _introduces(doc, pars[last], s)
    started = _rows_above(doc, last, s)
    best, items, good, lines, others = last, started, started, started, 0
    for index in kept_below(pars, last, chrome):
        par = pars[index]
        lines += 1
        item = row_line(doc, index, s) or (introduced and phrase_line(doc, par, s))
        introduced = (introduced and item) or _introduces(doc, par, s)
        if item or _prose(par, s):
            items, good, others = items + item, good + 1, 0
            if items >= s.list_min_items and good >= s.list_min_share * lines:
                best = index
            continue
        others += 1
        if others > s.list_max_labels:
            break
    return best


def _rows_above(doc: Document, last: int, s: ScorerSettings) -> int:
    """How many data or table rows (`row_line`, no prose paragraph holding a figure) end the
    block at `last`, kept ones in a row; 0 for fewer than two (one line with a digit at the
    block's end, a teaser's "Ecoflow River 370 Review", starts no list)."""
    rows = 0
    for index in range(last, -1, -1):
        par = doc.paragraphs[index]
        if not par.kept or _prose(par, s) or not row_line(doc, index, s):
            break
        rows += 1
    return rows if rows >= 2 else 0


def list_head(doc: Document, first: int, s: ScorerSettings, top: int = -1) -> int:
    """The body's first paragraph once the article's lead above its table has joined it.

    A finance or sports story opens on a sentence, then a table ("HD THE HOME DEPOT INC. 225.86
    -12.99 -5.44%", "DL Myles Garrett 57 77% 1 tackle"), then its paragraphs: the block starts
    under the table and the lead, cut off by it, went with the heading's furniture. Above the
    block, at least two rows of data of `menu_max_words` words or more (a date line is shorter)
    that make `list_min_share` of the lines, at most `list_max_labels` other lines (the table's
    header), and right above them a sentence-long paragraph scoring as prose, below `top` (the
    repeated title): that paragraph is the lead. Any rule removal on the way (a byline, a date
    line, a share row) is the heading's furniture: the body stays where it is."""
    pars = doc.paragraphs
    rows = others = 0
    index = first - 1
    while index > top:
        par = pars[index]
        if not par.kept:
            return first
        if _prose(par, s):
            break
        if row_line(doc, index, s) and par.signals["words"] >= s.menu_max_words:
            rows += 1
        else:
            others += 1
            if others > s.list_max_labels:
                return first
        index -= 1
    else:
        return first
    if rows < 2 or rows < s.list_min_share * (rows + others) or not pars[index].signals["ends_sentence"]:
        return first
    return index


def framed_run(doc: Document, run: list[int], chrome: set[int], s: ScorerSettings) -> bool:
    """True when a run of short lines inside the body is framed by the article: the line right
    above introduces it ("Here is the plan:"), or, for a run shorter than `menu_cut_run`, prose
    paragraphs sit right above and right below it. No rule removal of page chrome may lie in or
    next to it (a "Related" heading, a share row, section labels mark a menu, whatever its case),
    and `list_min_share` of its lines hold `list_phrase_min_words` words or more (one-word lines
    are section labels and buttons as often as items: "Sport", "Weather", "print").

    Title Case items without digits ("Grilled Salmon With Lemon", "SpaceX, Hawthorne,
    California") look like menu labels line by line; only their place in the text tells. Up to
    `list_max_labels` items too long for the run ("Office de Tourisme du Val d'Olt") may sit
    between it and the prose: short lines that do not end like a sentence."""
    pars = doc.paragraphs
    above = _frame(pars, range(run[0] - 1, -1, -1), s)
    below = _frame(pars, range(run[-1] + 1, len(pars)), s)
    if above is None or below is None:
        return False
    several = sum(1 for i in run if pars[i].signals["words"] >= s.list_phrase_min_words)
    if several < s.list_min_share * len(run) or any(i in chrome for i in range(above + 1, below)):
        return False
    if _introduces(doc, pars[above], s):
        return True
    return len(run) < s.menu_cut_run and _prose(pars[above], s) and _prose(pars[below], s)


def _frame(pars: list[Paragraph], indexes: range, s: ScorerSettings) -> int | None:
    """The first kept paragraph along `indexes` past at most `list_max_labels` kept short lines
    that do not end like a sentence (the list's longer items)."""
    items = 0
    for index in indexes:
        par = pars[index]
        if not par.kept:
            continue
        signals = par.signals
        if items < s.list_max_labels and signals["words"] < s.list_prose_min_words and not signals["ends_sentence"]:
            items += 1
            continue
        return index
    return None


def data_run(doc: Document, run: list[int], s: ScorerSettings) -> bool:
    """True when a run of short lines inside the body is mostly data or lower-case phrases: the
    article's own list (ingredients, specs, a table), not an inline menu of Title Case labels."""
    pars = doc.paragraphs
    items = sum(1 for i in run if row_line(doc, i, s) or phrase_line(doc, pars[i], s))
    return items >= s.list_min_share * len(run)


def fact_box_end(doc: Document, index: int, s: ScorerSettings) -> int:
    """The index right after the article's fact box that opens at paragraph `index`: a line
    introducing a list ("Klíčová čísla za rok 2026:") over `list_min_items` rows or more (data
    lines, "Label: value" lines), none removed; `index` itself when no such box opens there."""
    pars = doc.paragraphs
    if not _introduces(doc, pars[index], s):
        return index
    at = index + 1
    while at < len(pars) and _row(doc, pars[at], s):
        at += 1
    return at if at - index - 1 >= s.list_min_items else index


def introduced_rows(doc: Document, s: ScorerSettings) -> list[int]:
    """The row lines of each fact box or line-up inside the article: a line ending in a colon
    ("Fitxa tècnica:", "Góly:", "Diễn biến các chỉ số chính:") over rows ("València: Mamardashvili;
    Foulquier, ...", "VN-Index: 1.405,2 điểm (+1,34%)"), with prose above it (past up to
    `list_max_labels` shorter lines: a photo caption) and prose below the rows. Rows are data
    lines or "Label: value" lines; they score far under prose, and a long line-up weighed more
    than the paragraphs above it, so the body started under it. Needs the prose scores.
    Each kept line is read once as a row and a bounded number of times as prose (linear)."""
    pars = doc.paragraphs
    kept = [i for i, par in enumerate(pars) if par.kept]
    found: list[int] = []
    at = 0
    while at < len(kept):
        if not _text(doc, pars[kept[at]]).endswith((":", "：")):
            at += 1
            continue
        end = at + 1
        while end < len(kept) and _row(doc, pars[kept[end]], s):
            end += 1
        if end > at + 1 and end < len(kept) and _prose(pars[kept[end]], s) and _prose_above(pars, kept, at, s):
            found.extend(kept[at + 1 : end])
        at = max(end, at + 1)
    return found


def _row(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A row of a fact box or line-up: a data line or a "Label: value" line, not a paragraph of
    prose that holds a figure ("Dengan kemenangan ini, Persib mengoleksi 35 poin ..." under an
    Indonesian line-up was read as a row, the rows ran to the page's end and none counted)."""
    return (data_line(doc, par, s) or _key_value(doc, par, s)) and not _prose(par, s)


def _prose_above(pars: list[Paragraph], kept: list[int], at: int, s: ScorerSettings) -> bool:
    """Whether the first paragraph of `list_prose_min_words` words or more above `kept[at]`,
    past at most `list_max_labels` shorter lines, is prose."""
    for back in range(at - 1, max(at - 2 - s.list_max_labels, -1), -1):
        if pars[kept[back]].signals["words"] >= s.list_prose_min_words:
            return _prose(pars[kept[back]], s)
    return False
