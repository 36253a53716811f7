"""An article written in sections: each a heading of one or two short lines over its text.

A horoscope prints each sign over a few sentences, a page of regional briefs a place and a
headline over each story ("DEVIZES" / "Community choir raises £5,000 for hospice" / "A community
choir has raised ..."), a letters page each letter's subject. The headings score as menu labels,
and a section whose text scores a little under prose fell outside the body with its heading: the
last sign, the last brief went with the page's furniture. The sections before it are the evidence
that the page is written so: `section_min_pairs` of them (`section_last_min_pairs` above the last
section taken under the body: a travel piece's "Getting there" over "Where to stay"), each heading's lines at most
`section_heading_max_words` words without a sentence's end (up to `section_head_lines` lines),
right over a paragraph of prose. A teaser box's headlines under an article with subheadings run
longer than the body's headings; a heading of more words than the body's longest is none.
Numbers: data/scorer.toml (section_*).
"""

from __future__ import annotations

from ..types import Document, Paragraph
from .lists import prose_paragraph
from .settings import ScorerSettings


def last_section(doc: Document, first: int, index: int, s: ScorerSettings) -> int | None:
    """The index of the paragraph closing a section whose heading starts at `index` (or ends
    right above it, the body's last line), right under a body from `first` written in
    sections; None when the lines do not make one. The paragraph
    must be kept, close on a sentence end and score `tail_min_prose` or more, with
    `closing_min_words` words (it scored under the block threshold: "Un proyecto creativo empieza
    a dar frutos. Alguien cercano reconoce tu esfuerzo.", 0.35)."""
    pars = doc.paragraphs
    top, end = index, index
    while end - index < s.section_head_lines and end < len(pars) and head_line(pars[end], s):
        end += 1
    if end == index:  # the body ends on the heading (a numbered list's last one joins it: inline.neutral_steps)
        while top > first and index - top < s.section_head_lines and head_line(pars[top - 1], s):
            top -= 1
    if top == end or end >= len(pars):
        return None
    signals = pars[end].signals
    if not pars[end].kept or not signals["ends_sentence"] or signals["prose"] < s.tail_min_prose or signals["words"] < s.closing_min_words:
        return None
    heads = section_heads(doc, first, top, s)
    if len(heads) < s.section_last_min_pairs:
        return None
    longest = max(pars[i].signals["words"] for head in heads for i in head)
    if any(pars[i].signals["words"] > longest for i in range(top, end)):
        return None
    return end


def first_sections(doc: Document, first: int, last: int, s: ScorerSettings, top: int) -> int:
    """The body's first paragraph once the sections right above it have joined it: while the
    heading lines over `first` sit under a paragraph that closes on a sentence end (scoring
    `tail_min_prose` or more, `closing_min_words` words), itself under heading lines, in a body
    from `first` to `last` of `section_min_pairs` sections, that
    paragraph begins the body (never at or above `top`, the headline). A page of briefs whose
    first story scored under prose (German, figures: "Ab Januar fährt eine neue Buslinie ...",
    -0.12) lost it, and the heading walk took the second story's headline for the page's."""
    pars = doc.paragraphs
    heads = section_heads(doc, first, last + 1, s)
    if len(heads) < s.section_min_pairs or heads[0].stop != first:
        return first
    start = heads[0].start
    while True:
        above = start - 1  # the paragraph over the first heading
        if above <= top or not _section_text(pars[above], s):
            return first
        run = above
        while run > top + 1 and above - run < s.section_head_lines and head_line(pars[run - 1], s):
            run -= 1
        if run == above:
            return first
        first, start = above, run


def _section_text(par: Paragraph, s: ScorerSettings) -> bool:
    signals = par.signals
    return par.kept and bool(signals["ends_sentence"]) and signals["prose"] >= s.tail_min_prose and signals["words"] >= s.closing_min_words


def section_heads(doc: Document, first: int, end: int, s: ScorerSettings) -> list[range]:
    """The heading lines of each section whose paragraph of prose lies in [first, end): the
    short lines right above it (`head_line`, up to `section_head_lines`), above `first` too."""
    pars = doc.paragraphs
    heads: list[range] = []
    for index in range(first, min(end, len(pars))):
        if not prose_paragraph(pars[index], s):
            continue
        top = index
        while top > 0 and index - top < s.section_head_lines and head_line(pars[top - 1], s):
            top -= 1
        if top < index:
            heads.append(range(top, index))
    return heads


def head_line(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line of at most `section_heading_max_words` words that ends like no sentence."""
    signals = par.signals
    return par.kept and 0 < signals["words"] <= s.section_heading_max_words and not signals["ends_sentence"]
