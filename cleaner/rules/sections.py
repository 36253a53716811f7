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
A heading may close on a bracket holding figures: a sign's dates ("Aries (March 21 - April 19)",
"Widder (21.03. - 20.04.)"), which the prose signals count as a sentence's end (a closing bracket
is one). The sections may go on under a sign-up box or a "read also" link set between two of them
(`sections_past_box`). Numbers: data/scorer.toml (section_*).
"""

from __future__ import annotations

import re
from typing import Callable

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
    while end - index < s.section_head_lines and end < len(pars) and section_head(doc, end, s):
        end += 1
    if end == index:  # the body ends on the heading (a numbered list's last one joins it: inline.neutral_steps)
        while top > first and index - top < s.section_head_lines and section_head(doc, top - 1, s):
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
        if above <= top or not section_text(pars[above], s):
            return first
        run = above
        while run > top + 1 and above - run < s.section_head_lines and section_head(doc, run - 1, s):
            run -= 1
        if run == above:
            return first
        first, start = above, run


def section_text(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line closing on a sentence end, scoring `tail_min_prose` or more, of
    `closing_min_words` words or more: a section's text, which may score under prose."""
    signals = par.signals
    return par.kept and bool(signals["ends_sentence"]) and signals["prose"] >= s.tail_min_prose and signals["words"] >= s.closing_min_words


def section_heads(
    doc: Document, first: int, end: int, s: ScorerSettings, text: Callable[[Paragraph, ScorerSettings], bool] = prose_paragraph
) -> list[range]:
    """The heading lines of each section whose paragraph of prose (`text`) lies in [first, end):
    the short lines right above it (`section_head`, up to `section_head_lines`), above `first` too."""
    pars = doc.paragraphs
    heads: list[range] = []
    for index in range(first, min(end, len(pars))):
        if not text(pars[index], s):
            continue
        top = index
        while top > 0 and index - top < s.section_head_lines and section_head(doc, top - 1, s):
            top -= 1
        if top < index:
            heads.append(range(top, index))
    return heads


def head_line(par: Paragraph, s: ScorerSettings) -> bool:
    """A kept line of at most `section_heading_max_words` words that ends like no sentence."""
    signals = par.signals
    return par.kept and 0 < signals["words"] <= s.section_heading_max_words and not signals["ends_sentence"]


# A short label closing on a bracket that holds a figure and no sentence's end before it: "Leo
# (July 23 - August 22)", "Widder (21.03. - 20.04.)"; "He agreed (reluctantly)." ends on a stop.
_DATED_LABEL = re.compile(r"[^.!?()]*[^\s.!?():]\s*\([^()]*\d[^()]*\)\s*")


# A short label closing on a quoted title, no sentence's end before it: 'Exposición "Sorolla
# íntimo"', "Théâtre : « Le Misanthrope »" (a closing quote counts as a sentence's end).
_QUOTED_LABEL = re.compile(r"[^.!?\"“”«»„]*[^\s.!?:\"“”«»„]\s?:?\s*[\"“«„][^\"“”«».!?]+[\"”»“]\s*")


def section_head(doc: Document, index: int, s: ScorerSettings) -> bool:
    """`head_line`, or a line of as few words closing on a bracket of figures (`_DATED_LABEL`)
    or on a quoted title (`_QUOTED_LABEL`)."""
    par = doc.paragraphs[index]
    if head_line(par, s):
        return True
    words = par.signals["words"]
    if not par.kept or not 0 < words <= s.section_heading_max_words:
        return False
    return dated_label(doc, index) or _QUOTED_LABEL.fullmatch(doc.text, par.start, par.end) is not None


def dated_label(doc: Document, index: int) -> bool:
    """Whether paragraph `index` closes on a bracket of figures after a label (`_DATED_LABEL`)."""
    par = doc.paragraphs[index]
    return _DATED_LABEL.fullmatch(doc.text, par.start, par.end) is not None


def sections_past_box(doc: Document, first: int, last: int, s: ScorerSettings, category: Callable[[Paragraph], str]) -> int:
    """`last` moved down over the sections that go on under a box set between two of them: a
    body from `first` to `last` written in `section_min_pairs` sections or more, then at most
    `section_box_lines` removals of `section_box_categories` (a newsletter's sign-up, a "read
    also" link, an ad label), then `section_box_min_pairs` sections or more, each heading no
    longer than the body's longest, its text one or more sentences (`section_text`); the walk
    ends at the first line that is neither. A horoscope lost its last six signs under "Get your
    daily horoscope delivered to your inbox" / "Enter your email" / "Subscribe" / two "Read
    more:" links: the signs there score a little under prose, as a teaser box's lines would."""
    pars = doc.paragraphs
    index = last + 1
    while index < len(pars) and not pars[index].kept and category(pars[index]) in s.section_box_categories:
        index += 1
    if not 0 < index - last - 1 <= s.section_box_lines:
        return last
    heads = [head for head in section_heads(doc, first, last + 1, s, section_text) if head.start >= first]
    if len(heads) < s.section_min_pairs:
        return last
    longest = max(pars[i].signals["words"] for head in heads for i in head)
    end, count = last, 0
    while index < len(pars):
        text = index
        while text - index < s.section_head_lines and text < len(pars) and section_head(doc, text, s) and pars[text].signals["words"] <= longest:
            text += 1
        if text == index or text >= len(pars) or not section_text(pars[text], s):
            break
        while text + 1 < len(pars) and section_text(pars[text + 1], s):
            text += 1  # a sign's second sentence on its own line ("Travail : ...")
        end, count, index = text, count + 1, text + 1
    return end if count >= s.section_box_min_pairs else last
