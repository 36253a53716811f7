"""Many rules of one scope matched together, so a text is not scanned once per rule.

Patterns anchored at the start (``^...``) are tried with `re.match`, at position 0 only: a 20 MB
line then costs nothing for them. Those whose first characters are known are tried one by one,
only those the text's first characters allow (a line starting with "Lin" never tries "Lire la
suite"): a handful of small patterns, each compiled on first need. Of those that may start with
anything ("^.{0,150}All rights reserved"), those without a required literal share one
alternation per size class of text (sizes by power of two; a rule whose matches cannot span the
class, `max_length`, is left out); each alternative is tried at position 0 only, so the
alternation costs what its rules cost one by one, less the calls. Those with a required literal
(a gate) are tried one by one, only when the text, or the paragraph holding it, has it: an
alternation per set of them cost a compile per set met (214, 0.8 s, on 85 real pages).
Unanchored patterns are prefiltered by their required literal: only the rules whose literal occurs
in the text go into the alternation compiled for it (cached by rule subset), where each becomes a
named group ``r<index>`` and the name of the group that matched tells which rule fired. Patterns
that cannot share an alternation (back-references, named groups) are kept apart, tried one by one.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterator, Sequence

from .analysis import START as _START
from .analysis import shape
from .loader import Rule
from .branches import parts
from ..compiled import pattern_store
from .gates import GateIndex, LiteralView
from .patterns import Gate, fold

_CACHE_LIMIT = 512
_DIGIT = re.compile(r"\d")  # what `\d` finds in a rule finds here: a text without it matches no rule needing a digit
_HEADS_LIMIT = 1 << 16

Anchored = tuple[int, re.Match[str]]


def _alternation(rules: Sequence[tuple[int, Rule]]) -> re.Pattern[str] | None:
    if not rules:
        return None
    return pattern_store().compile("|".join(f"(?P<r{i}>{_guarded(rule)})" for i, rule in rules))


def _guarded(rule: Rule) -> str:
    """The rule's scoped pattern; one opening with lookaheads (``^(?!...)X``) is preceded by
    ``(?=^X)``: what it matches, ``^X`` matches (an assertion only forbids), so the match is the
    same, but most lines fail ``X`` in a few steps, before a lookahead scanning up to 300
    characters for a comma and a verb of saying has run (half the cost of the line rules that
    can start with anything, on 250-character lines of prose)."""
    opening = shape(rule).opening
    if opening is None:
        return rule.scoped_pattern()
    return f"(?=(?{rule.flags}:{opening})){rule.scoped_pattern()}" if rule.flags else f"(?=(?:{opening})){rule.scoped_pattern()}"


class ScopeMatcher:
    """The rules of one scope; `within(text)` gives the matcher for that text and its parts."""

    def __init__(self, rules: Sequence[Rule]):
        self.rules = tuple(rules)
        entries, owners = _entries(self.rules)
        self._entries = entries  # what is matched: each rule, or the parts of one cut at its alternatives
        self._owner = owners  # entry -> the index of its rule
        self._cut = frozenset(index for index, rule in enumerate(entries) if rule is not self.rules[owners[index]])
        self._by_start: dict[str, list[int]] = {}
        pinned, apart = [], []
        gates: list[tuple[int, Gate | None, bool]] = []  # the unpinned anchored entries
        self._reach: list[int | None] = [None] * len(entries)
        self._digit = [False] * len(entries)  # every match holds a digit (patterns.needs_digit)
        floating: list[tuple[int, Gate | None, bool]] = []  # the unanchored rules
        for index, rule in enumerate(entries):  # analysis.py: each rule's regex read once, kept on disk
            found = shape(rule)
            if found.apart:
                apart.append(index)
            elif not found.anchored:
                floating.append((index, _one_group(found.literals), found.ignore_case))
            else:
                self._reach[index] = found.reach
                self._digit[index] = found.digit
                if "" in found.starts:
                    gates.append((index, found.gate, found.ignore_case))
                else:
                    pinned.append(index)
                    for start in found.starts:
                        self._by_start.setdefault(start, []).append(index)
        self._pinned = tuple(pinned)
        self._singles: dict[int, re.Pattern[str]] = {}
        self._wholes: dict[int, re.Pattern[str]] = {}
        self._by_head: dict[str, tuple[int, ...]] = {}  # a text's first characters -> its candidates
        self._ungated = tuple(i for i, gate, _ in gates if gate is None)
        self._gated = GateIndex([(i, gate, ignore_case) for i, gate, ignore_case in gates if gate is not None])
        self._floating_open = tuple(i for i, gate, _ in floating if gate is None)
        self._floating_gated = GateIndex([(i, gate, ignore_case) for i, gate, ignore_case in floating if gate is not None])
        self._unpinned_sets: dict[int, re.Pattern[str] | None] = {}
        self._gated_sets: dict[int, GateIndex] = {}  # `_gated` by size class, for `first`
        self._compiled: dict[tuple[int, ...], re.Pattern[str] | None] = {}
        self._apart = [(owners[i], pattern_store().compile(entries[i].scoped_pattern())) for i in apart]
        # A scope of anchored rules alone (the "inside-body" line rules, the block markers) has
        # no literal to look for: one matcher serves every text, with no view of it made.
        plain = not self._gated and not self._floating_gated and not self._floating_open
        self._plain = BoundMatcher(self, (), None) if plain else None

    def __bool__(self) -> bool:
        return bool(self.rules)

    def within(self, text: str) -> "BoundMatcher":
        """A matcher valid for `text` and any substring of it (sentences of a paragraph): what
        it drops, it drops for a literal `text` lacks, so every part of `text` lacks it too."""
        return self._bound(text, self._gated)

    def first(self, text: str) -> Rule | None:
        """The rule that matches somewhere in `text` (anchored rules first), or None.

        Only the gated rules whose matches can span `text` (`max_length`, by size class as
        `_unpinned_for`) have their gates tested: a gate's literal is a substring test of the
        whole text (~0.2 µs on a 270-character line), and most gated line rules are whole-line
        rules for short lines (a 256-511 character text tests 51 literals instead of 113).
        """
        if self._plain is not None:
            return self._plain.first(text)
        return self._bound(text, self._gated_for(len(text) - 1)).first(text)

    def _bound(self, text: str, gated: GateIndex) -> "BoundMatcher":
        """What can match in `text`: the rules of `gated` whose gate it passes, the floating ones
        whose literal it holds, and the anchored ones (picked per text asked about)."""
        if self._plain is not None:
            return self._plain
        seen = LiteralView(text)
        return BoundMatcher(self, gated.admitted(seen), self._floating_for(seen))

    def spans(self, text: str) -> Iterator[tuple[int, int, Rule]]:
        """Non-overlapping, non-empty matches of any rule, left to right (for inline cuts)."""
        return self.within(text).spans(text)

    def first_anchored(self, text: str, gated: tuple[int, ...]) -> Anchored | None:
        """(index, match) of the lowest-numbered anchored rule matching at the start of `text`:
        what one alternation of them all would give. The alternation of the rules with neither
        start strings nor a literal gate gives its lowest-numbered match at position 0; a rule
        tried alone (pinned by its start, or `gated`: with a literal gate that the text, or the
        paragraph holding it, passes) wins only below that number. Rules whose matches cannot
        span the text (`max_length`), or that need a digit it lacks, are not tried."""
        size = len(text) - 1  # "$" also matches before a final newline
        unpinned = self._unpinned_for(size)
        other = unpinned.match(text) if unpinned is not None else None
        limit = _index(other) if other is not None else len(self._entries)
        reach, digit, digitless = self._reach, self._digit, None
        candidates = self._candidates(text)
        for index in sorted(candidates + gated) if gated else candidates:
            if index > limit:
                break
            if reach[index] is not None and reach[index] < size:  # type: ignore[operator]
                continue
            if digit[index]:  # a date, a price: not in a line without a digit (most lines of prose)
                if digitless is None:
                    digitless = _DIGIT.search(text) is None
                if digitless:
                    continue
            found = self._single(index).match(text)
            if found is not None:
                return self._matched(index, found, text)
        return self._matched(limit, other, text) if other is not None else None

    def _matched(self, index: int, found: re.Match[str], text: str) -> Anchored:
        """(rule index, match) for entry `index` matching `text`: a part of a cut rule says the
        rule matches (branches.py); the match itself is the whole rule's, whose span may differ."""
        if index not in self._cut:
            return self._owner[index], found
        owner = self._owner[index]
        whole = self._wholes.get(owner)
        if whole is None:
            whole = self._wholes[owner] = pattern_store().compile(_guarded(self.rules[owner]))
        return owner, whole.match(text)  # type: ignore[return-value]  # one part matches: so does the rule

    def _single(self, index: int) -> re.Pattern[str]:
        """Entry `index` compiled alone, on first need (a short run compiles only what it meets)."""
        pattern = self._singles.get(index)
        if pattern is None:
            pattern = self._singles[index] = pattern_store().compile(_guarded(self._entries[index]))
        return pattern

    def _candidates(self, text: str) -> tuple[int, ...]:
        """The pinned rules whose start strings begin `text`, in rule order.

        The text's start is folded as the start strings are (`fold`: a long s meets the rules
        starting "s", a Cyrillic line starting "в" those starting "В"). A handful of rules tried
        one by one cost what their alternation costs (~2-3 µs a line, measured), without
        compiling an alternation per set of rules (4 ms each).
        """
        head = text[:_START]
        known = self._by_head.get(head)
        if known is None:
            known = self._pick(head)
            if len(self._by_head) < _HEADS_LIMIT:
                self._by_head[head] = known
        return known

    def _pick(self, head: str) -> tuple[int, ...]:
        head = _ascii_digits(fold(head))
        found: set[int] = set()
        for size in range(1, len(head) + 1):
            found.update(self._by_start.get(head[:size], ()))
        return tuple(sorted(found))

    def _unpinned_for(self, size: int) -> re.Pattern[str] | None:
        """One alternation of the anchored rules with neither start strings nor a literal gate
        that a text of `size` + 1 characters allows: tried at position 0 only, an alternation
        keeps each rule's cost and saves a call per rule. Sizes share an alternation by power of
        two (a rule too short for some texts of the class stays in it: it cannot match them, so
        the answer is the same). The gated rules a text admits are tried alone instead: an
        alternation per set of them cost 214 compiles (0.8 s) on 85 real pages."""
        size_class = max(size, 0).bit_length()
        if size_class in self._unpinned_sets:
            return self._unpinned_sets[size_class]
        floor = (1 << size_class) >> 1  # the smallest size of the class
        fits = [i for i in self._ungated if self._reach[i] is None or self._reach[i] >= floor]  # type: ignore[operator]
        return self._kept_alternation(self._unpinned_sets, size_class, fits)

    def _gated_for(self, size: int) -> GateIndex:
        """The gated anchored rules that a text of `size` + 1 characters allows, by size class
        (a rule too short for some texts of the class stays: `first_anchored` skips it)."""
        size_class = max(size, 0).bit_length()
        found = self._gated_sets.get(size_class)
        if found is None:
            floor, reach = (1 << size_class) >> 1, self._reach
            found = self._gated_sets[size_class] = self._gated.only(lambda i: reach[i] is None or reach[i] >= floor)  # type: ignore[operator]
        return found

    def _floating_for(self, seen: LiteralView) -> re.Pattern[str] | None:
        """The alternation of the unanchored rules whose required literal occurs in the text."""
        admitted = self._floating_gated.admitted(seen)
        key = tuple(sorted(self._floating_open + admitted)) if self._floating_open else admitted
        if key in self._compiled:
            return self._compiled[key]
        return self._kept_alternation(self._compiled, key, key)

    def _kept_alternation(self, cache: dict, key: object, indices: Sequence[int]) -> re.Pattern[str] | None:
        """The alternation of rules `indices`, kept under `key` while `cache` has room."""
        pattern = _alternation([(i, self._entries[i]) for i in indices])
        if len(cache) < _CACHE_LIMIT:
            cache[key] = pattern
        return pattern


class BoundMatcher:
    """What can match inside one paragraph: its scope's anchored rules (picked by the first
    characters of each text asked about), and the gated and floating rules the paragraph allows."""

    __slots__ = ("_scope", "rules", "_owner", "_gated", "_floating", "_apart")

    def __init__(self, scope: ScopeMatcher, gated: tuple[int, ...], floating: re.Pattern[str] | None):
        self._scope = scope
        self.rules = scope.rules
        self._owner = scope._owner
        self._gated = gated
        self._floating = floating
        self._apart = scope._apart

    def first(self, text: str) -> Rule | None:
        anchored = self._scope.first_anchored(text, self._gated)
        if anchored is not None:
            return self.rules[anchored[0]]
        if self._floating is not None:
            found = self._floating.search(text)
            if found is not None:
                return self.rules[self._owner[_index(found)]]
        for index, pattern in self._apart:
            if pattern.search(text) is not None:
                return self.rules[index]
        return None

    def spans(self, text: str) -> Iterator[tuple[int, int, Rule]]:
        found: list[tuple[int, int, int]] = []
        anchored = self._scope.first_anchored(text, self._gated)
        if anchored is not None and anchored[1].end() > anchored[1].start():
            found.append((anchored[1].start(), anchored[1].end(), anchored[0]))
        if self._floating is not None:
            owner = self._owner
            found.extend((m.start(), m.end(), owner[_index(m)]) for m in self._floating.finditer(text) if m.end() > m.start())
        for index, pattern in self._apart:
            found.extend((m.start(), m.end(), index) for m in pattern.finditer(text) if m.end() > m.start())
        found.sort()
        last_end = 0
        for start, end, index in found:
            if start >= last_end:
                yield start, end, self.rules[index]
                last_end = end


def _ascii_digits(head: str) -> str:
    """`head` with each decimal digit of another script as the ASCII digit of its value: a rule's
    ``\\d`` stands for "0"-"9" in its start strings (patterns._class_chars), yet matches "५" and
    "۵" too, so a date line opening on Devanagari or Arabic-Indic figures ("५ डिसेंबर २०२६")
    picked no date rule and was kept. A rule starting with an ASCII literal digit is only tried
    in vain: its pattern still decides."""
    if head.isascii():
        return head
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch for ch in head)


def _entries(rules: tuple[Rule, ...]) -> tuple[tuple[Rule, ...], tuple[int, ...]]:
    """What the matcher files: each rule, in order, or in its place the parts of a rule that
    would be tried on every text (start-anchored, no start string, no literal gate) when
    `branches.parts` can cut it into alternatives of which one at least can be filed by a start
    string or a gate; and for each entry the index of its rule. A rule's entries are
    consecutive, so the lowest-numbered entry that matches belongs to the lowest-numbered rule."""
    entries: list[Rule] = []
    owners: list[int] = []
    for index, rule in enumerate(rules):
        found = shape(rule)
        cut = parts(rule) if found.anchored and not found.apart and "" in found.starts and found.gate is None else None
        pieces = cut or [rule]
        entries.extend(pieces)
        owners.extend([index] * len(pieces))
    return tuple(entries), tuple(owners)


def _one_group(literals: tuple[str, ...] | None) -> Gate | None:
    """Required literals (one of them in any match) as a gate of one group."""
    return (literals,) if literals is not None else None


def _index(found: re.Match[str]) -> int:
    return int(found.lastgroup[1:])  # type: ignore[index]
