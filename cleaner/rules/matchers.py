"""Many rules of one scope compiled into one alternation, so a text is scanned once, not once per rule.

Each rule becomes a named group ``r<index>``; the name of the outermost group that matched tells
which rule fired. Patterns anchored at the start (``^...``) go into an alternation used with
`re.match`, which tries position 0 only: a 20 MB line then costs nothing for them. Unanchored
patterns are prefiltered: the literal text every match must contain (read from the parsed
pattern, e.g. "Retour à l" or "partout avec vous") is looked up with `in`, which is far faster
than any regex scan, and only the rules whose literal is present go into the alternation compiled
for that text (cached by rule subset). Patterns that cannot share an alternation (back-references,
named groups) are kept apart and tried one by one.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterator, Sequence

from .loader import Rule

try:  # the parser moved in 3.11; it only decides an optimisation, so failing safe is fine
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_parser = None
    _sre_constants = None

_MIN_LITERAL = 1
_CACHE_LIMIT = 512
_BUCKET_AFTER = 64  # lines starting with one character before its bucket is worth compiling
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


def required_literals(rule: Rule) -> tuple[str, ...] | None:
    """Literals one of which every match contains (lower-cased when the rule ignores case), or None."""
    if _sre_parser is None:
        return None
    try:
        found = _literals(list(_sre_parser.parse(rule.pattern)))
    except (re.error, TypeError, ValueError):
        return None
    if found is None:
        return None
    return tuple(sorted({lit.lower() for lit in found})) if _ignores_case(rule) else found


def _ignores_case(rule: Rule) -> bool:
    return "i" in rule.flags or "(?i" in rule.pattern


def _better(candidate: tuple[str, ...] | None, best: tuple[str, ...] | None) -> bool:
    if not candidate or min(len(c) for c in candidate) < _MIN_LITERAL:
        return False
    return best is None or min(len(c) for c in candidate) > min(len(b) for b in best)


def _literals(items: list) -> tuple[str, ...] | None:
    """The best mandatory literal run in a parsed sequence (recursing into mandatory groups)."""
    c = _sre_constants
    best: tuple[str, ...] | None = None
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if _better(("".join(run),), best):
            best = ("".join(run),)
        run = []
        sub: tuple[str, ...] | None = None
        if op is c.SUBPATTERN:
            sub = _literals(list(arg[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            sub = _literals(list(arg[2]))
        elif op is c.BRANCH:
            branches = [_literals(list(branch)) for branch in arg[1]]
            if all(branches):
                sub = tuple(lit for branch in branches for lit in branch)  # type: ignore[union-attr]
        if _better(sub, best):
            best = sub
    return best


_MAX_RANGE = 128
_ASCII = tuple(map(chr, range(128)))


def first_chars(rule: Rule) -> frozenset[str] | None:
    """Lower-cased characters a match of the rule can start with, or None when any may.

    Used to pick, from the first character of a line, the few anchored rules worth trying; a
    rule whose start cannot be pinned down (``.``, ``\\w``, a negated class) is tried on every
    line. Only ASCII keys are returned: lines starting with other characters try every rule.
    """
    if _sre_parser is None:
        return None
    try:
        found, _ = _first(list(_sre_parser.parse(rule.scoped_pattern())))
    except (re.error, TypeError, ValueError):
        return None
    if found is None:
        return None
    keys = {c.lower() for c in found if c.isascii()}
    if _ignores_case(rule):  # e.g. the Kelvin sign matches "k": find such partners by asking re
        for c in (c for c in found if not c.isascii()):
            pattern = re.compile(re.escape(c), re.IGNORECASE)
            keys.update(k.lower() for k in _ASCII if pattern.fullmatch(k))
    return frozenset(keys)


def _first(items: list) -> tuple[set[str] | None, bool]:
    """(characters the sequence can start with, whether it can match the empty string)."""
    c = _sre_constants
    chars: set[str] = set()
    for op, arg in items:
        if op is c.AT:
            continue
        if op is c.LITERAL:
            return chars | {chr(arg)}, False
        if op is c.IN:
            found = _class_chars(arg)
            return (None if found is None else chars | found), False
        if op is c.SUBPATTERN:
            sub, nullable = _first(list(arg[-1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            sub, nullable = _first(list(arg[2]))
            nullable = nullable or arg[0] == 0
        elif op is c.BRANCH:
            subs = [_first(list(branch)) for branch in arg[1]]
            if any(found is None for found, _ in subs):
                return None, False
            sub = set().union(*(found for found, _ in subs))  # type: ignore[arg-type]
            nullable = any(n for _, n in subs)
        else:
            return None, False
        if sub is None:
            return None, False
        chars |= sub
        if not nullable:
            return chars, False
    return chars, True


def _class_chars(arg: list) -> set[str] | None:
    c = _sre_constants
    chars: set[str] = set()
    for op, value in arg:
        if op is c.LITERAL:
            chars.add(chr(value))
        elif op is c.RANGE and value[1] - value[0] < _MAX_RANGE:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        elif op is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
            chars.update("0123456789")  # and non-ASCII digits, which never pick a bucket
        elif op is c.CATEGORY and value in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
            chars.update(k for k in _ASCII if k.isspace())
        else:
            return None
    return chars


def _alternation(rules: Sequence[tuple[int, Rule]]) -> re.Pattern[str] | None:
    if not rules:
        return None
    return re.compile("|".join(f"(?P<r{i}>{rule.scoped_pattern()})" for i, rule in rules))


class ScopeMatcher:
    """The rules of one scope; `within(text)` gives the matcher for that text and its parts."""

    def __init__(self, rules: Sequence[Rule], bucket_after: int = _BUCKET_AFTER):
        self.rules = tuple(rules)
        self._bucket_after = bucket_after
        anchored, floating, apart = [], [], []
        for index, rule in enumerate(self.rules):
            if _NOT_COMBINABLE.search(rule.pattern):
                apart.append((index, rule))
            elif is_start_anchored(rule):
                anchored.append((index, rule))
            else:
                floating.append((index, rule))
        self._anchored = _alternation(anchored)
        self._anchored_rules = anchored
        self._anchored_first = [(index, first_chars(rule)) for index, rule in anchored]
        self._by_first: dict[str, re.Pattern[str] | None] = {}
        self._requests: Counter[str] = Counter()
        self._literals = [(index, required_literals(rule), _ignores_case(rule)) for index, rule in floating]
        self._compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._apart = [(index, rule.compile()) for index, rule in apart]

    def __bool__(self) -> bool:
        return bool(self.rules)

    def within(self, text: str) -> "BoundMatcher":
        """A matcher valid for `text` and any substring of it (sentences of a paragraph)."""
        return BoundMatcher(self.rules, self._anchored_for(text), self._floating_for(text), self._apart)

    def _anchored_for(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the anchored rules that can start with the text's first character.

        Trying 180 anchored alternatives on every line costs more than all the rest of the
        rules step; a line's first character rules out most of them. Only ASCII first characters
        are bucketed: case-insensitive matching pairs a few non-ASCII letters with ASCII ones.
        """
        key = text[:1].lower()
        if not key.isascii() or self._anchored is None:
            return self._anchored
        if key not in self._by_first:
            # Compiling a bucket costs more than matching the full alternation on a few dozen
            # lines: a short run (a pre-commit hook) never pays it. Same rules, same order, so
            # the first match is the same either way.
            self._requests[key] += 1
            if self._requests[key] < self._bucket_after:
                return self._anchored
            chosen = [(i, self.rules[i]) for i, chars in self._anchored_first if chars is None or key in chars]
            self._by_first[key] = _alternation(chosen)
        return self._by_first[key]

    def first(self, text: str) -> Rule | None:
        """The rule that matches somewhere in `text` (anchored rules first), or None."""
        return self.within(text).first(text)

    def spans(self, text: str) -> Iterator[tuple[int, int, Rule]]:
        """Non-overlapping, non-empty matches of any rule, left to right (for inline cuts)."""
        return self.within(text).spans(text)

    def _floating_for(self, text: str) -> re.Pattern[str] | None:
        """The alternation of the unanchored rules whose required literal occurs in `text`."""
        lowered: str | None = None
        chosen = []
        for index, literals, ignore_case in self._literals:
            if literals is None:
                chosen.append(index)
                continue
            haystack = text
            if ignore_case:
                lowered = text.lower() if lowered is None else lowered
                haystack = lowered
            if any(lit in haystack for lit in literals):
                chosen.append(index)
        key = tuple(chosen)
        if key in self._compiled:
            return self._compiled[key]
        pattern = _alternation([(i, self.rules[i]) for i in key])
        if len(self._compiled) < _CACHE_LIMIT:
            self._compiled[key] = pattern
        return pattern


class BoundMatcher:
    """The compiled alternations that can match inside one paragraph."""

    __slots__ = ("rules", "_anchored", "_floating", "_apart")

    def __init__(self, rules, anchored, floating, apart):  # type: ignore[no-untyped-def]
        self.rules = rules
        self._anchored = anchored
        self._floating = floating
        self._apart = apart

    def first(self, text: str) -> Rule | None:
        if self._anchored is not None:
            found = self._anchored.match(text)
            if found is not None:
                return self.rules[_index(found)]
        if self._floating is not None:
            found = self._floating.search(text)
            if found is not None:
                return self.rules[_index(found)]
        for index, pattern in self._apart:
            if pattern.search(text) is not None:
                return self.rules[index]
        return None

    def spans(self, text: str) -> Iterator[tuple[int, int, Rule]]:
        found: list[tuple[int, int, int]] = []
        if self._anchored is not None:
            m = self._anchored.match(text)
            if m is not None and m.end() > m.start():
                found.append((m.start(), m.end(), _index(m)))
        if self._floating is not None:
            found.extend((m.start(), m.end(), _index(m)) for m in self._floating.finditer(text) if m.end() > m.start())
        for index, pattern in self._apart:
            found.extend((m.start(), m.end(), index) for m in pattern.finditer(text) if m.end() > m.start())
        found.sort()
        last_end = 0
        for start, end, index in found:
            if start >= last_end:
                yield start, end, self.rules[index]
                last_end = end


def _index(found: re.Match[str]) -> int:
    return int(found.lastgroup[1:])  # type: ignore[index]
