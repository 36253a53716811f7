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
  a phrase written mostly in lower case ("cored and peeled", "Bugs fixed"), or in a script without
  case ("提供無障礙升降機"), is an item too;
- a list under a sentence without a colon ("Estas son las estaciones que abren el sábado."):
  a few names of up to three words ("Formigal", "Val Thorens") with prose right under them,
  or lines written in lower case ("flour", "la tessera sanitaria"), where a teaser opens on a capital
  (under a short subheading of their own too: "Ce se poate preda");
- a fact box: "Label: value" rows right above the body ("Bewertung: Falsch"), sentences among them;
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
from itertools import islice
from typing import Iterator

from ..tablerow import is_row
from ..types import Document, Paragraph
from .prose import counted_words
from .settings import ScorerSettings
from .shapes import ends_like_sentence
from ..words import MARKS
from ..compiled import kept

_INNER_PUNCT = re.compile(r"[,;:(\[)\]，、；：（）「」]")
# "Arbitro: Rossi di Novara.", "Estadio: José María Minella.": a label of one or two words, a
# colon, a value (a fact box or a match report's line-ups); a label alone ("Tags:") is none.
_KEY_VALUE = kept(rf"[^\W\d_](?:[^\W\d_'’.-]|[{MARKS}])*(?: [^\W\d_](?:[^\W\d_'’.-]|[{MARKS}])*)?\s?[:：]\s?\S")
LOWER = re.compile(r"[^\W\d_]")  # a letter; case is checked on the match
_BOX_MARKS = ("■", "□", "◆", "◇", "●", "【")  # how Chinese, Japanese and Korean pages mark a box's heading


def par_text(doc: Document, par: Paragraph) -> str:
    return doc.kept_text(par).strip()


def data_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept short line holding a number, or a table row (inner punctuation, a shape that recurs;
    or a row as the HTML reader and Markdown write one, "| Grundstück | bisher | ab 2027 |")."""
    signals = par.signals
    if not par.kept or not 0 < signals["words"] <= s.list_max_words:
        return False
    if signals["digits"] > 0.0:
        return True
    if is_row(par_text(doc, par)):
        return True
    return signals.get("repeated_shape", 0.0) > 0.0 and _INNER_PUNCT.search(par_text(doc, par)[:-1]) is not None


def row_line(doc: Document, index: int, s: ScorerSettings) -> bool:
    """A data line, or a "Label: value" line next to another one: the rows of a fact box or a
    match's line-ups ("Marcatori: 18' Bianchi" / "Ammoniti: Sala, Sartori" / "Arbitro: Rossi di
    Novara."), whose names alone look like a menu's Title Case labels. One such line among teaser
    headlines ("Amazon Bestseller: Manual Espresso Machine") is no row."""
    pars = doc.paragraphs
    if data_line(doc, pars[index], s):
        return True
    if not key_value(doc, pars[index], s):
        return False
    near = [i for i in (index - 1, index + 1) if 0 <= i < len(pars) and pars[i].kept]
    return any(key_value(doc, pars[i], s) for i in near)


def key_value(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    return par.kept and 0 < par.signals["words"] <= s.list_max_words and _KEY_VALUE.match(par_text(doc, par)) is not None


def _listed_value(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A "Label: value" line with a figure or a list ("Tore: 1:0 Kane (12.)", "Aufstellung Bayern:
    Neuer – Kimmich, ..."): two make a box under the body (list_tail); "Analysis: Why ..." is none."""
    value = par_text(doc, par).split(":", 1)[-1].split("：", 1)[-1]
    return key_value(doc, par, s) and (par.signals["digits"] > 0.0 or _INNER_PUNCT.search(value) is not None or "–" in value)


def phrase_line(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept short line written mostly in lower case (a phrase, not a Title Case label).

    Scripts without case (Chinese, Japanese) have no capitals to count: their lines never pass.
    Nor do single words: lower-case buttons ("share", "reply", "print") are furniture."""
    signals = par.signals
    if not par.kept or not s.list_phrase_min_words <= signals["words"] <= s.list_max_words:
        return False
    if signals["capitalised"] > s.list_item_max_capitalised:
        return False
    return any(letter.islower() for letter in LOWER.findall(par_text(doc, par)))


def caseless_phrase(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A kept short line of a script without case (Chinese, Japanese, Korean): no letter of it
    has a case, so `phrase_line` can tell nothing from capitals. Only read under a line ending in
    a colon: there a phrase is the list's item ("提供無障礙升降機"); alone, the same shape is a
    menu's label or a teaser headline."""
    signals = par.signals
    if not par.kept or not s.list_phrase_min_words <= signals["words"] <= s.list_max_words:
        return False
    letters = LOWER.findall(par_text(doc, par))
    return bool(letters) and not any(letter.islower() or letter.isupper() for letter in letters)


def introduces(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A line of `list_intro_min_words` words or more ending in a colon ("You will need:"); a
    one-word label with a colon ("Tags:", "Topics:") heads page furniture as often as a list."""
    return par.kept and counted_words(par.signals) >= s.list_intro_min_words and par_text(doc, par).endswith((":", "："))


def prose_par(par: Paragraph, s: ScorerSettings) -> bool:
    """A sentence-long paragraph (a recipe's steps between its lists); a teaser's one-line
    question or quip is shorter."""
    signals = par.signals
    return counted_words(signals) >= s.list_prose_min_words and signals["prose"] >= s.block_threshold and signals["ends_sentence"] > 0.0


def prose_paragraph(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept `prose_par` scoring strictly above the block threshold (what the inline-chrome and
    how-to walks count as the article's own paragraph)."""
    return par.kept and prose_par(par, s) and par.signals["prose"] > s.block_threshold


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
    left below were too few to make a list. Right under a sentence (no colon), items written in
    lower case from their first letter ("la tessera sanitaria", "un documento d'identità") are
    a list too: teaser headlines open on a capital, and so are they under a short subheading right
    below that sentence ("Ce presupune noul aparat" over "medicii vor fi instruiți ...;"). Under a
    line ending in a colon, phrases of a script without case are items ("设有6个出入口" /
    "提供无障碍升降机": `caseless_phrase`). Under a one-word label with a colon right below that
    sentence ("Svarbiausia:"), lower-case items are a list too, joining with the paragraph that
    follows them (`_colon_label`). Under a heading ending in a colon right below
    `last` (or at `last`: the block ends on it), `list_headed_min_items` rows make a list (`_headed`),
    and as many "Label: value" rows of figures or lists (`_listed_value`: a match's line-ups, goals).
    """
    pars = doc.paragraphs
    introduced = introduces(doc, pars[last], s)
    led = intro_sentence(doc, pars[last], s)  # "Bisogna portare alcuni documenti." over "la tessera sanitaria"
    started = _rows_above(doc, last, s)
    best, items, good, lines, others = last, started, started, started, 0
    needed = s.list_headed_min_items if not started and (_headed(doc, pars[last], s) or _score_over_rows(doc, last, chrome, s, s.list_headed_min_items)) else s.list_min_items
    labelled = False  # under a one-word label with a colon: the list joins once prose follows it
    keyed = not started  # every row so far a "Label: value" line: a line-up, a fact box (`list_headed_min_items`)
    for index in kept_below(pars, last, chrome):
        par = pars[index]
        if lines == started and (_headed(doc, par, s) or _label_over_rows(doc, index, chrome, s) or _score_over_rows(doc, index, chrome, s, 1)):
            needed = s.list_headed_min_items
        lines += 1
        lower = led and phrase_line(doc, par, s) and _starts_lower(doc, par)
        row = row_line(doc, index, s)
        item = row or (introduced and (phrase_line(doc, par, s) or caseless_phrase(doc, par, s))) or lower
        introduced = (introduced and item) or introduces(doc, par, s)
        label = led and lines == started + 1 and _colon_label(doc, par, s)
        labelled = labelled or label
        led = lower or (led and lines == started + 1 and (_subheading(doc, par, s) or label))
        keyed = keyed and (_listed_value(doc, par, s) if item else prose_par(par, s))
        if item or prose_par(par, s):
            items, good, others = items + item, good + 1, 0
            if items >= (s.list_headed_min_items if keyed else needed) and good >= s.list_min_share * lines and not (labelled and item and not row):
                best = index
            continue
        others += 1
        if others > s.list_max_labels:
            break
    return best


def _headed(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A short heading of `list_phrase_min_words` words or more ending in a colon or opening on a
    box mark, the first line under the body: "双方首发：" over the two line-ups, "संक्षिप्त स्कोर:"
    over the two innings, a press release's "■会社概要" over its "会社名：" and "所在地：" rows,
    which two rows make a list of (a one-word "Tags:" heads the page's furniture as often)."""
    text = par_text(doc, par)
    return counted_words(par.signals) >= s.list_phrase_min_words and (text.endswith((":", "：")) or text.startswith(_BOX_MARKS))


def _label_over_rows(doc: Document, index: int, chrome: set[int], s: ScorerSettings) -> bool:
    """A bare label of at most `list_label_max_words` words, no colon, no full stop, over
    `list_headed_min_items` "Label: value" rows: "Aufstellungen" over "Heidenheim: Müller –
    Traoré, ..." and "Bochum: Luthe – ...", whose own colons introduce them as a heading's
    would. (The page's furniture under a label is headlines and links, not such rows.)"""
    par = doc.paragraphs[index]
    text = par_text(doc, par)
    if not 0 < par.signals["words"] <= s.list_label_max_words or text.endswith((":", "：")) or ends_like_sentence(doc, par):
        return False
    rows = list(islice(kept_below(doc.paragraphs, index, chrome), s.list_headed_min_items))
    return len(rows) == s.list_headed_min_items and all(key_value(doc, doc.paragraphs[i], s) for i in rows)


def _score_over_rows(doc: Document, index: int, chrome: set[int], s: ScorerSettings, count: int) -> bool:
    """A short line with a figure, no prose (a match's score, "Олимпијакос – Црвена звезда 84:88
    (20:22, ...)", "Hajduk - Dinamo 2:1 (0:1)"), over `count` "Label: value" rows holding figures
    (each side's scorers): the box score heads its rows as a heading would. Where the block ends
    on it, `list_headed_min_items` rows; right under the block, where it is an item itself, one."""
    par = doc.paragraphs[index]
    if prose_par(par, s) or not data_line(doc, par, s):
        return False
    rows = list(islice(kept_below(doc.paragraphs, index, chrome), count))
    return len(rows) == count and all(
        key_value(doc, doc.paragraphs[i], s) and doc.paragraphs[i].signals["digits"] > 0.0 for i in rows)


def _subheading(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A bare subheading of at most `menu_max_words` words, no colon, no sentence end ("Ce
    presupune noul aparat"): what heads a list under the article's last sentence."""
    words = par.signals["words"]
    return 0 < words <= s.menu_max_words and not par_text(doc, par).endswith((":", "：")) and not ends_like_sentence(doc, par)


def _colon_label(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """One word on a colon ("Svarbiausia:"): its lower-case phrases join once prose follows them
    ("Tags:" heads furniture as often); rows join as rows do ("Голдар:" over a match's scorers)."""
    return 0 < par.signals["words"] < s.list_phrase_min_words and par_text(doc, par).endswith((":", "："))


def _starts_lower(doc: Document, par: Paragraph) -> bool:
    """The line's first letter is lower case: a list item ("un documento d'identità"), where a
    teaser headline opens on a capital."""
    letter = LOWER.search(par_text(doc, par))
    return letter is not None and letter.group().islower()


def _rows_above(doc: Document, last: int, s: ScorerSettings) -> int:
    """How many data or table rows (`row_line`, no prose paragraph holding a figure) end the
    block at `last`, kept ones in a row; 0 for fewer than two (one line with a digit at the
    block's end, a teaser's "Ecoflow River 370 Review", starts no list)."""
    rows = 0
    for index in range(last, -1, -1):
        par = doc.paragraphs[index]
        if not par.kept or prose_par(par, s) or not row_line(doc, index, s):
            break
        rows += 1
    return rows if rows >= 2 else 0


def intro_sentence(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A line of `list_intro_min_words` words or more that ends like a sentence and scores as
    prose: what introduces a list when no colon does ("Estas son las estaciones que abren el sábado.")."""
    signals = par.signals
    return par.kept and counted_words(signals) >= s.list_intro_min_words and signals["prose"] >= s.block_threshold and ends_like_sentence(doc, par)



def data_run(doc: Document, run: list[int], s: ScorerSettings) -> bool:
    """True when a run of short lines inside the body is mostly data or lower-case phrases: the
    article's own list (ingredients, specs, a table), not an inline menu of Title Case labels.
    A run that a line ending in a colon opens (or stands right on) counts phrases of a script
    without case too (`caseless_phrase`: "港鐵公布新車站的主要設施：" over "提供無障礙升降機")."""
    pars = doc.paragraphs
    head = run[0]
    introduced = introduces(doc, pars[head], s) or (head > 0 and introduces(doc, pars[head - 1], s))
    items = sum(
        1 for i in run
        if row_line(doc, i, s) or phrase_line(doc, pars[i], s) or (introduced and caseless_phrase(doc, pars[i], s))
    )
    return items >= s.list_min_share * len(run)


def fact_box_end(doc: Document, index: int, s: ScorerSettings) -> int:
    """The index right after the article's fact box that opens at paragraph `index`: a line
    introducing a list ("Klíčová čísla za rok 2026:") over `list_min_items` rows or more (data
    lines, "Label: value" lines), none removed; `index` itself when no such box opens there."""
    pars = doc.paragraphs
    if not introduces(doc, pars[index], s):
        return index
    at = index + 1
    while at < len(pars) and list_row(doc, pars[at], s):
        at += 1
    return at if at - index - 1 >= s.list_min_items else index


def list_row(doc: Document, par: Paragraph, s: ScorerSettings, phrases: bool = False) -> bool:
    """A row of a fact box or line-up: a data line or a "Label: value" line, not a paragraph of
    prose that holds a figure ("Dengan kemenangan ini, Persib mengoleksi 35 poin ..." under an
    Indonesian line-up was read as a row, the rows ran to the page's end and none counted).
    `phrases`: under a line that `introduces` a list, a phrase is a row too, written mostly in
    lower case or in a script without case ("AFAD'ın önerilerine göre çantada şunlar bulunmalı:"
    over "Düdük, el feneri ve yedek pil" and "İlk yardım malzemeleri")."""
    if prose_par(par, s):
        return False
    if data_line(doc, par, s) or key_value(doc, par, s):
        return True
    return phrases and (phrase_line(doc, par, s) or caseless_phrase(doc, par, s))
