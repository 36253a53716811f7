"""The row lines of the article's own fact boxes and line-ups between its paragraphs: a line
ending in a colon over rows, with prose above and below (`introduced_rows`). Split from lists.py,
whose data lines, phrases and "Label: value" rows these build on; numbers: data/scorer.toml (list_*).
"""

from __future__ import annotations

from ..types import Document, Paragraph
from .lists import data_line, introduces, key_value, list_row, par_text, prose_par
from .prose import counted_words
from .settings import ScorerSettings


def introduced_rows(doc: Document, s: ScorerSettings, leads: dict[int, int] | None = None) -> list[int]:
    """The row lines of each fact box or line-up inside the article: a line ending in a colon
    ("Fitxa tècnica:", "Góly:", "Diễn biến các chỉ số chính:") over rows ("València: Mamardashvili;
    Foulquier, ...", "VN-Index: 1.405,2 điểm (+1,34%)"), with prose above it (past up to
    `list_max_labels` shorter lines: a photo caption) and prose below the rows, or a line ending in
    a colon that is a sentence-long lead itself ("Zum Jahreswechsel treten ... in Kraft, die
    wichtigsten sind diese:", which weighs nothing then either: no sentence end; `leads` maps the
    paragraph under its rows to it, where a body starting there starts). Rows are data
    lines or "Label: value" lines; they score far under prose, and a long line-up weighed more
    than the paragraphs above it, so the body started under it. Needs the prose scores.
    Each kept line is read once as a row and a bounded number of times as prose (linear); a
    page without a colon has no such box and is not read line by line."""
    if ":" not in doc.text and "：" not in doc.text:
        return []
    pars = doc.paragraphs
    kept = [i for i, par in enumerate(pars) if par.kept]
    found: list[int] = []
    at = 0
    while at < len(kept):
        if not par_text(doc, pars[kept[at]]).endswith((":", "：")):
            rows = _figure_rows(doc, kept, at, s)
            if rows and _prose_above(pars, kept, at, s):
                found.extend(kept[at:rows])  # "Średnie ceny paliw (zł/l)" over "Pb95: 5,89" rows
            at = max(rows, at + 1)
            continue
        phrases = introduces(doc, pars[kept[at]], s)
        end = at + 1
        while end < len(kept) and list_row(doc, pars[kept[end]], s, phrases):
            end += 1
        if end > at + 1 and end < len(kept) and prose_par(pars[kept[end]], s):
            if _prose_above(pars, kept, at, s):
                found.extend(kept[at + _sentence_lead(pars[kept[at]], s) : end])
            elif counted_words(pars[kept[at]].signals) >= s.list_prose_min_words and _data_rows(doc, kept[at + 1 : end], s):  # the lead itself introduces them
                found.extend(kept[at:end])
                if leads is not None:
                    leads[kept[end]] = kept[at]
        at = max(end, at + 1)
    return found


def _sentence_lead(lead: Paragraph, s: ScorerSettings) -> int:
    """0 when a lead ending in a colon is sentence-long (`list_prose_min_words`), 1 otherwise:
    such a lead ("Inhaber Wippler zeigt die Zutaten, die jeden Morgen bereitstehen:") scores as
    no prose without its sentence end, and between the paragraphs above and its rows it cut the
    page in two (the first half lost); a short label ("Zutaten:") weighs little."""
    return 0 if counted_words(lead.signals) >= s.list_prose_min_words else 1


def _figure_rows(doc: Document, kept: list[int], at: int, s: ScorerSettings) -> int:
    """Where the rows end (a position in `kept`, prose there) when the kept line `kept[at]` is a
    table's heading without a colon (`list_intro_min_words` to `section_heading_max_words` words,
    no sentence end) over `list_min_items` rows or more, each a short line with figures
    ("Pb95: 5,89", "Aldi: £58.42"), and a sentence-long paragraph of prose under them; 0 otherwise.
    Such rows inside the article weigh as a menu's lines, and a short list cut it in two."""
    pars = doc.paragraphs
    heading = pars[kept[at]]
    if heading.signals["ends_sentence"] or not s.list_intro_min_words <= heading.signals["words"] <= s.section_heading_max_words:
        return 0
    end = at + 1
    while end < len(kept) and data_line(doc, pars[kept[end]], s) and pars[kept[end]].signals["digits"] > 0.0 and not pars[kept[end]].signals["ends_sentence"]:
        end += 1
    if end - at - 1 < s.list_min_items or end >= len(kept) or not prose_par(pars[kept[end]], s):
        return 0
    return end


def _data_rows(doc: Document, rows: list[int], s: ScorerSettings) -> bool:
    """Rows of data or "Label: value" rows, none a sentence: under a lead ending in a colon, what
    its text introduces (a paragraph introducing a post the scrape lost sits over a sentence)."""
    pars = doc.paragraphs
    return all(not pars[i].signals["ends_sentence"] and (data_line(doc, pars[i], s) or key_value(doc, pars[i], s)) for i in rows)


def _prose_above(pars: list[Paragraph], kept: list[int], at: int, s: ScorerSettings) -> bool:
    """Whether the first paragraph of `list_prose_min_words` words or more above `kept[at]`,
    past at most `list_max_labels` shorter lines, is prose; or a sentence full of figures that
    scores under it ("The FTSE 100 rose 1.2% to 8,904.3 points, ...", `tail_min_prose` or more)
    with prose right above it: a market report's figures over its list of shares."""
    figures, limit = 0, at - 1 - s.list_max_labels  # the lowest index looked at, one lower past a figures sentence
    for back in range(at - 1, max(limit - 2, -1), -1):
        if back < limit - figures:
            break
        par = pars[kept[back]]
        if counted_words(par.signals) >= s.list_prose_min_words:
            if prose_par(par, s):
                return True
            if figures or not (par.signals["ends_sentence"] and par.signals["digits"] and par.signals["prose"] >= s.tail_min_prose):
                return False
            figures = 1
    return False
