"""A reader poll embedded in the article, no rule knows, by its shape.

    Votre avis ?                            <- its label, a short line (optional)
    Faut-il interdire le portable ?         <- the question: a short line ending on "?"
    Oui, totalement / 48 %                  <- poll_min_options or more options, each a short
    Non / 15 %                                 line over a line that is a share and nothing else,
    No 14%                                     or a short line ending on its share
    2 384 votes                             <- the count under them (a figure, a word), optional
    Voter                                   <- its button, up to poll_button_words words, optional

The options' lines score low but hold figures, so the body reads them as its own table and keeps
them. What no article's list of results has is the shape as a whole: a question right above, and
shares adding up to a whole (100, give or take `poll_sum_slack` for rounding). Thresholds:
data/scorer.toml (poll_*).
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from .settings import ScorerSettings

_SHARE = re.compile(r"\s*(\d{1,3}(?:[.,]\d{1,2})?)\s?%\s*")
_OPTION = re.compile(r"\s*[^\W\d][^\n]{0,80}?\s(\d{1,3}(?:[.,]\d{1,2})?)\s?%\s*")


def polls(doc: Document, first: int, last: int, s: ScorerSettings) -> list[int]:
    """Indexes of the kept lines of each poll inside [first, last]."""
    pars = doc.paragraphs
    found: list[int] = []
    if first >= last or doc.text.find("%", pars[first].start, pars[last].end) < 0:
        return found  # every option's share holds a "%": a body without one holds no poll (most pages: no line read)
    for question in range(first, last):
        if not _question(doc, pars[question], s) or (found and question <= found[-1]):
            continue
        end, total, options = question + 1, 0.0, 0
        while (step := _option(doc, end, last, s)) is not None:
            end, total, options = end + step[0], total + step[1], options + 1
        if options < s.poll_min_options or abs(total - 100.0) > s.poll_sum_slack:
            continue
        top = question - 1 if question - 1 >= first and _short(doc, pars[question - 1], s, label=True) else question
        if end <= last and _count(doc, pars[end], s):
            end += 1
        if end <= last and pars[end].kept and _short(doc, pars[end], s) and pars[end].signals["words"] <= s.poll_button_words:
            end += 1  # its button ("Votar", "Voter"): nothing of the article sits between a poll and its button
        found.extend(i for i in range(top, end) if pars[i].kept)  # the removed options stay removed
    return found


def _option(doc: Document, index: int, last: int, s: ScorerSettings) -> tuple[int, float] | None:
    """(lines, share) of the option at line `index`: a short line over a bare share ("Non" /
    "15 %"), or a short line ending on its share ("No 14%"); None when no option starts there."""
    pars = doc.paragraphs
    if index > last or not _short(doc, pars[index], s):
        return None
    if index + 1 <= last and (share := _share(doc, pars[index + 1])) is not None:
        return 2, share
    match = _OPTION.fullmatch(doc.text, pars[index].start, pars[index].end)
    return (1, float(match.group(1).replace(",", "."))) if match else None


def _question(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    text = doc.kept_text(par).rstrip()
    return par.kept and text.endswith(("?", "？", "¿")) and 0 < par.signals["words"] <= s.title_max_words


def _short(doc: Document, par: Paragraph, s: ScorerSettings, label: bool = False) -> bool:
    """An option's line (or, `label`, the poll's label, which may end on "?": "Votre avis ?"): short,
    ending like no sentence. A menu run found inside the body may have removed the first options
    ("Sí" / "41%" / "No" / "52%"): their text is read then."""
    if par.kept:
        words, ends = par.signals["words"], par.signals["ends_sentence"]
    else:
        text = doc.text[par.start : par.end].rstrip()
        words, ends = len(text.split()), float(text.endswith((".", "!", "?")))
    return 0 < words <= s.section_heading_max_words and (label or not ends)


def _share(doc: Document, par: Paragraph) -> float | None:
    match = _SHARE.fullmatch(doc.text, par.start, par.end)
    return float(match.group(1).replace(",", ".")) if match else None


def _count(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """The votes' count under the options ("2 384 votes", "1.234 Stimmen"): a figure and a word."""
    text = doc.kept_text(par)
    return par.kept and _short(doc, par, s) and any(ch.isdigit() for ch in text) and len(re.findall(r"[^\W\d_]+", text)) == 1
