"""Many rules of one scope compiled into one alternation, so a text is scanned once, not once per rule.

Each rule becomes a named group ``r<index>``; the name of the outermost group that matched tells
which rule fired. Patterns anchored at the start (``^...``) go into a second alternation used with
`re.match`, which tries position 0 only: a 20 MB line then costs nothing for them. Patterns that
cannot share an alternation (back-references, named groups) are kept apart and tried one by one.
"""

from __future__ import annotations

import re
from typing import Iterator, Sequence

from .loader import Rule

try:  # the parser moved in 3.11; it only decides an optimisation, so failing safe is fine
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_parser = None
    _sre_constants = None

_NOT_COMBINABLE = re.compile(r"\\[1-9]|\(\?P[<=]|\(\?<[A-Za-z_]")


def is_start_anchored(rule: Rule) -> bool:
    """True when every match of the rule must begin at position 0 (pattern starts with ``^``)."""
    if _sre_parser is None:
        return False
    try:
        parsed = _sre_parser.parse(rule.pattern)
    except re.error:
        return False
    items = list(parsed)
    if not items:
        return False
    op, arg = items[0]
    return op is _sre_constants.AT and arg is _sre_constants.AT_BEGINNING


def _alternation(rules: Sequence[tuple[int, Rule]]) -> re.Pattern[str] | None:
    if not rules:
        return None
    return re.compile("|".join(f"(?P<r{i}>{rule.scoped_pattern()})" for i, rule in rules))


class ScopeMatcher:
    """Finds which rule (first in declaration order among leftmost matches) matches a text."""

    def __init__(self, rules: Sequence[Rule]):
        self.rules = tuple(rules)
        anchored, floating, apart = [], [], []
        for index, rule in enumerate(self.rules):
            if _NOT_COMBINABLE.search(rule.pattern):
                apart.append((index, rule))
            elif is_start_anchored(rule):
                anchored.append((index, rule))
            else:
                floating.append((index, rule))
        self._anchored = _alternation(anchored)
        self._floating = _alternation(floating)
        self._apart = [(index, rule.compile()) for index, rule in apart]

    def __bool__(self) -> bool:
        return bool(self.rules)

    def first(self, text: str) -> Rule | None:
        """The rule that matches somewhere in `text` (anchored rules first), or None."""
        if self._anchored is not None:
            found = self._anchored.match(text)
            if found is not None:
                return self._rule(found)
        if self._floating is not None:
            found = self._floating.search(text)
            if found is not None:
                return self._rule(found)
        for index, pattern in self._apart:
            if pattern.search(text) is not None:
                return self.rules[index]
        return None

    def spans(self, text: str) -> Iterator[tuple[int, int, Rule]]:
        """Non-overlapping, non-empty matches of any rule, left to right (for inline cuts)."""
        found: list[tuple[int, int, int]] = []
        if self._anchored is not None:
            m = self._anchored.match(text)
            if m is not None and m.end() > m.start():
                found.append((m.start(), m.end(), self._index(m)))
        if self._floating is not None:
            found.extend((m.start(), m.end(), self._index(m)) for m in self._floating.finditer(text) if m.end() > m.start())
        for index, pattern in self._apart:
            found.extend((m.start(), m.end(), index) for m in pattern.finditer(text) if m.end() > m.start())
        found.sort()
        last_end = 0
        for start, end, index in found:
            if start >= last_end:
                yield start, end, self.rules[index]
                last_end = end

    def _index(self, found: re.Match[str]) -> int:
        return int(found.lastgroup[1:])  # type: ignore[index]

    def _rule(self, found: re.Match[str]) -> Rule:
        return self.rules[self._index(found)]
