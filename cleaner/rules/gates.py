"""Rules' literal gates applied to a text at run time: a rule whose gate (patterns.literal_gate:
literals every match holds) the text fails is never run. `LiteralView` answers one rule's gate
for a text, folding it once for the rules that ignore case; `GateIndex` finds the rules whose
gates a text passes from the literals it holds, instead of asking every rule's gate in turn.
"""

from __future__ import annotations

from typing import Callable, Sequence

from .patterns import Gate, fold


class LiteralView:
    """A text as the literal tests of rules see it: as it is for case-sensitive rules, folded
    (`fold`, once, on first need) for the others."""

    __slots__ = ("text", "_folded")

    def __init__(self, text: str):
        self.text = text
        self._folded: str | None = None

    def admits(self, gate: Gate | None, ignore_case: bool) -> bool:
        """Whether the text may hold a match of a rule with this gate (None: no gate)."""
        if gate is None:
            return True
        seen = self.as_seen(ignore_case)
        contains = seen.__contains__  # substring tests at C speed: this runs per rule and paragraph
        for group in gate:
            if not any(map(contains, group)):
                return False
        return True

    def as_seen(self, ignore_case: bool) -> str:
        if not ignore_case:
            return self.text
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded


class GateIndex:
    """Rules with literal gates, found from the literals a text holds rather than by testing
    every rule's gate: each rule is filed under the literals of its most selective group (the
    longest shortest literal), and only the rules filed under a literal the text holds have
    their other groups tested: the 32 gated line rules cost 14 µs a 280-character line instead
    of 22 tested one by one (most lines hold one or two of their literals)."""

    def __init__(self, entries: Sequence[tuple[int, Gate, bool]]):
        self._gates = {index: (gate, ignore_case) for index, gate, ignore_case in entries}
        filed: dict[tuple[bool, str], list[int]] = {}
        for index, gate, ignore_case in entries:
            selective = max(gate, key=lambda group: min(map(len, group)))
            for literal in selective:
                filed.setdefault((ignore_case, literal), []).append(index)
        self._filed = {key: tuple(indexes) for key, indexes in filed.items()}
        self._keys = tuple(
            (case, tuple(sorted(literal for ignore_case, literal in filed if ignore_case is case))) for case in (False, True)
        )
        # An ASCII text (and its fold, `str.lower` then) holds no literal with another character:
        # most lines need not look for "réservés", "küpsiseid" or "기자".
        self._ascii_keys = tuple((case, tuple(filter(str.isascii, literals))) for case, literals in self._keys)

    def __bool__(self) -> bool:
        return bool(self._gates)

    def only(self, wanted: Callable[[int], bool]) -> "GateIndex":
        """The index of the rules `wanted` says yes to."""
        return GateIndex([(index, gate, ignore_case) for index, (gate, ignore_case) in self._gates.items() if wanted(index)])

    def admitted(self, seen: LiteralView) -> tuple[int, ...]:
        """The indexes of the rules whose gate `seen` passes, in increasing order."""
        found: set[int] = set()
        for ignore_case, literals in self._ascii_keys if seen.text.isascii() else self._keys:
            if literals:
                for literal in filter(seen.as_seen(ignore_case).__contains__, literals):
                    found.update(self._filed[(ignore_case, literal)])
        gates = self._gates
        return tuple(sorted(index for index in found if seen.admits(*gates[index])))
