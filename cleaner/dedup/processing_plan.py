"""What a run's plan holds (plan.py decides it): the order documents are met in, and what the
corpus step is told ahead (site template lines, structure lines, stock phrases, teasers, homes).

Kept apart from the builder: the cleaning side (pipeline.py, reorder.py) reads a plan and never
builds one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable

from ..normalize import LINE_END_CHARS
from .text import exact_key, tokens

# What `str.splitlines` cuts at: the plan keys the lines it cuts so.
_LINE_BREAK = re.compile(f"[\n{LINE_END_CHARS}]")


class TemplateKeys(frozenset):
    """A source's template line keys, and `words`: how many tokens those lines have.

    A paragraph of several sentences is looked up by the key of all its tokens, which means
    tokenising it again; one whose token count no template line has cannot match (almost none can:
    a site's template lines are few), so the corpus step skips it."""

    words: frozenset[int]

    def __new__(cls, keys: Iterable[int] = (), words: Iterable[int] = ()) -> "TemplateKeys":
        made = super().__new__(cls, keys)
        made.words = frozenset(words)
        return made


@dataclass(frozen=True, slots=True)
class ProcessingPlan:
    """Where documents (numbered by their position in the run) are met out of input order.

    `early`: met before every other document, in this order. `before[p]`: met right before
    position `p` (the most complete version first). `supersedes[a] = b`: b holds a's content.
    `templates`: what the corpus step removes as site template from the first copy on.
    """

    early: tuple[int, ...] = ()
    before: dict[int, tuple[int, ...]] = field(default_factory=dict)
    supersedes: dict[int, int] = field(default_factory=dict)
    # Per source, the keys (`text.exact_key` of a whole line) of its site template lines.
    templates: dict[str, TemplateKeys] = field(default_factory=dict)
    # Per source, how many documents the run holds (`DedupConfig.template_line_share`).
    source_docs: dict[str, int] = field(default_factory=dict)
    # Per source, the keys of short lines that are its articles' own structure (structure.py):
    # between their text in `template_min_docs` of its articles, or labels it shares with
    # `boilerplate_min_sources` sources. The corpus step keeps them on every page: neither site
    # template nor cross-source boilerplate.
    structure: dict[str, frozenset[int]] = field(default_factory=dict)
    # Keys of the run's stock phrases (stock.py): short lines standing between an
    # article's own prose in pages of `stock_line_min_sources` sources. The corpus step takes
    # them for no copy where they stand between new prose.
    stock_phrases: frozenset[int] = frozenset()
    # A teaser's cut sentence met before the article it was cut from (teasers.py): its key ->
    # the complete sentence's key. The corpus step removes it as that sentence's fragment.
    teasers: dict[int, int] = field(default_factory=dict)
    # A line some page opens with and other pages of its site print in a box (homes.py): its
    # key -> (that page's id, the line's start and end there, the page's length).
    homes: dict[int, tuple[str, int, int, int]] = field(default_factory=dict)
    # Ids of the documents `supersedes` names (an earlier version met after its more complete
    # one): the corpus step does not count them as another page of their source.
    versions: frozenset[str] = frozenset()

    @property
    def identity(self) -> bool:
        return not self.early and not self.before

    def promoted(self) -> frozenset[int]:
        """Positions met before their own place in the input."""
        return frozenset(self.early).union(*self.before.values())

    def order(self, count: int) -> list[int]:
        """Every position of `range(count)` once, in the order the cleaner should meet them."""
        done: set[int] = set()
        order: list[int] = []
        for position in (*self.early, *range(count)):
            for first in (*self.before.get(position, ()), position):
                if first not in done and first < count:
                    done.add(first)
                    order.append(first)
        return order


def whole_line_key(text: str, start: int, end: int) -> int | None:
    """The plan's key of the line that text[start:end] stands on (`text.exact_key` of the
    line's tokens), when the span holds all of that line's tokens; None when the line holds
    other words too (a sentence of a paragraph: the plan counts lines, never their sentences)."""
    line_start = text.rfind("\n", 0, start) + 1
    breaks = list(_LINE_BREAK.finditer(text, line_start, start))
    line_start = breaks[-1].end() if breaks else line_start
    newline = text.find("\n", end)
    found = _LINE_BREAK.search(text, end, len(text) if newline < 0 else newline + 1)
    line_end = found.start() if found else len(text)
    if tokens(text[line_start:start]) or tokens(text[end:line_end]):
        return None
    return exact_key(tokens(text[line_start:line_end]))
