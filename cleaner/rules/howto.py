"""An article's steps or list right under the body: a how-to's short lines, or items under the
line that introduces them, then the article's last paragraph (blocks.with_tail asks).

Each step or item scores under the block threshold, so the maximum-sum block ends above them and
cuts the paragraph below off, though a teaser list never has this shape (its headlines end like
no sentence, and no prose of the article follows them).
"""

from __future__ import annotations

import re

from ..types import Document, Paragraph
from .lists import prose_paragraph
from .settings import ScorerSettings

# A list item's mark at the start of its line: "- ", "• ", "· ", "▲", "■ ", "* ".
_ITEM_MARK = re.compile(r"\s*(?:[-–•·*▪◦]\s|[▲△■□●○◆◇])")


def steps_under_subheading(doc: Document, index: int, s: ScorerSettings) -> int | None:
    """The index of the prose paragraph closing a subheading's steps from `index`: a kept short
    line that is no sentence (a subheading, at most `menu_max_words` words), then
    `list_headed_min_items` to 2 * `furniture_max_lines` short lines that each end like a
    sentence (the steps of a how-to: "Open Settings.", "Choose Language."), then a paragraph of
    prose. A subheading with prose of its own under it is the article's; a teaser list's
    headlines end like no sentence. Items opening on a list mark are steps too, and an
    explainer's next subheadings over their own items follow ("Qué ha pasado" / "• ..." /
    "Qué pasa ahora" / "• ..."; then a short sentence scoring as prose may close them). The steps score under the block threshold and cut the
    article's last paragraph off. Or, under the block's last line introducing a list (a colon,
    a short sentence), items opening on a list mark ("- ", "•"), then prose. None when the
    lines do not make that shape."""
    pars = doc.paragraphs
    if _bare_subheading(pars[index], s):
        below, grouped = _steps_end(doc, index, s), False
        while below - index - 1 >= s.list_headed_min_items and below + 1 < len(pars) and _bare_subheading(pars[below], s) and not prose_paragraph(pars[below], s):
            further = _steps_end(doc, below, s)  # an explainer's next question over its items ("Qué pasa ahora" / "• ...")
            if further - below - 1 < s.list_headed_min_items:
                break
            below, grouped = further, True
    elif index > 0 and pars[index - 1].kept and _introduces_list(doc, pars[index - 1], s):
        grouped = False
        index -= 1  # "교육부가 밝힌 주요 내용은 다음과 같다." over "- 저녁 식사 지원 확대"
        below = index + 1
        while below < len(pars) and below - index <= 2 * s.furniture_max_lines and _marked_item(doc, pars[below], s):
            below += 1
    else:
        return None
    if below - index - 1 < s.list_headed_min_items or below >= len(pars):
        return None
    return below if prose_paragraph(pars[below], s) or (grouped and _prose_sentence(pars[below], s)) else None


def _prose_sentence(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept sentence scoring as prose, however short ("El Ayuntamiento ha decretado un día de luto oficial.")."""
    return par.kept and bool(par.signals["ends_sentence"]) and par.signals["prose"] > s.block_threshold


def _steps_end(doc: Document, index: int, s: ScorerSettings) -> int:
    """The line under the steps or marked items right below the subheading `index` (at most
    2 * `furniture_max_lines`): short lines ending like a sentence, or, when the first opens on a
    list mark, lines opening on one ("• Seis residentes han sido trasladados al hospital")."""
    pars = doc.paragraphs
    below = index + 1
    marked = below < len(pars) and _marked_item(doc, pars[below], s)  # marked items, or steps: not both
    while below < len(pars) and below - index <= 2 * s.furniture_max_lines and (_marked_item(doc, pars[below], s) if marked else _step_line(pars[below], s)):
        below += 1
    return below


def _introduces_list(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A line ending in a colon, or a short sentence scoring as prose ("...다음과 같다.",
    "Here is what changes."): what may stand over an article's list."""
    text = doc.text[par.start : par.end].rstrip()
    return text.endswith((":", "：")) or (
        bool(par.signals["ends_sentence"]) and par.signals["words"] < s.list_prose_min_words and par.signals["prose"] > s.block_threshold
    )


def _marked_item(doc: Document, par: Paragraph, s: ScorerSettings) -> bool:
    """A short kept line opening on a list item's mark ("- 저녁 식사 지원 확대")."""
    return par.kept and 0 < par.signals["words"] < s.list_prose_min_words and _ITEM_MARK.match(doc.text, par.start, par.end) is not None


def _bare_subheading(par: Paragraph, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and 0 < signals["words"] <= s.menu_max_words and not signals["ends_sentence"]


def _step_line(par: Paragraph, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and 0 < signals["words"] < s.list_prose_min_words and bool(signals["ends_sentence"])
