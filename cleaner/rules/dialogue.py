"""An interview set as dialogue: each turn a paragraph opening with a dash, no speaker named.

Slavic, Baltic, Romanian, Hungarian, Greek and Spanish papers print an interview's turns as
"– Why did you come back?" / "– I wanted my children to grow up here." Each question is one
short line that scores low as prose, so the scorer's block search counted the questions as
short non-prose lines between the answers: the block kept two answers out of five, and the
headline, the standfirst and the introduction went with the menus above (a Bulgarian and a
Lithuanian interview lost all three). A run of dash-opened paragraphs holding
`interview_min_turns` questions is one article's dialogue: a menu opens no line with a dash and
asks nothing. Its lines weigh nothing against a block (`neutral_dialogue`), and a block
reaching into the run covers all of it (`over_dialogue`): the last answers, short ("– Reaching
the playoffs."), are the article's too.
"""

from __future__ import annotations

import re

from ..types import Document
from .blocks import Block
from .settings import ScorerSettings

# A turn: a hyphen, an en or em dash or a horizontal bar, then a space and a word.
_TURN = re.compile(r"\s*[-–—―]\s+\w")
# A question's end: Latin, Arabic, full-width, Ethiopic and Armenian question marks; and Greek's
# (";", written like a semicolon) in a paragraph of Greek letters only: a Latin-script page's dash
# list of clauses ending on ";" ("– the first condition;") asks nothing.
_QUESTION = re.compile(r"[?؟？፧՞][\"»”’)]*\s*$")
_GREEK_QUESTION = re.compile(r";[\"»”’)]*\s*$")
_GREEK = re.compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


def asks(text: str) -> bool:
    """Whether a turn ends on a question mark (Greek's only in Greek)."""
    return _QUESTION.search(text) is not None or (_GREEK_QUESTION.search(text) is not None and _GREEK.search(text) is not None)


def dialogue_runs(doc: Document, s: ScorerSettings) -> list[tuple[int, int]]:
    """The runs (first, last) of consecutive kept paragraphs opening with a dash that hold
    `interview_min_turns` questions or more."""
    runs: list[tuple[int, int]] = []
    pars, start = doc.paragraphs, None
    for index in range(len(pars) + 1):
        turn = index < len(pars) and pars[index].kept and _TURN.match(doc.text, pars[index].start, pars[index].end) is not None
        if turn and start is None:
            start = index
        elif not turn and start is not None:
            asked = sum(1 for par in pars[start:index] if asks(doc.text[par.start : par.end]))
            if asked >= s.interview_min_turns:
                runs.append((start, index - 1))
            start = None
    return runs


def neutral_dialogue(values: list[float], runs: list[tuple[int, int]]) -> None:
    """Set to 0 in `values` the weight of the dialogue's lines that count against a block."""
    for first, last in runs:
        for index in range(first, last + 1):
            values[index] = max(values[index], 0.0)


def over_dialogue(block: Block, runs: list[tuple[int, int]]) -> Block:
    """`block` widened over the whole of each dialogue run it reaches into."""
    for first, last in runs:
        if first <= block.last and last >= block.first:
            block = block.moved(first=min(first, block.first), last=max(last, block.last))
    return block
