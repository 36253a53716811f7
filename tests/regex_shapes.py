"""A regex's shape read from its parsed form (`re._parser`): whether it can backtrack
catastrophically, without running it against a clock.

Backtracking blows up when a repeat without bound holds another one and a text can be split
between them in many ways: "(?:\\w+ ?)+" on a long word tries every split of it. A nested repeat is
safe when what follows it inside the outer one (the next item, or the outer body's start when
it ends the body) is a character the inner repeat cannot match: "(?:\\S+ +)*" has one way to read
any text. Possessive repeats and atomic groups never backtrack into themselves. A sufficient test, not
a full one: an alternation of overlapping branches under a repeat ("(?:a|aa)+") is not seen here
(regex_loops.looped_readings asks whether any loop reads a text two ways). Character sets are
compared on a sample of characters from several scripts.
"""

from __future__ import annotations

import re
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]

SAMPLE = frozenset(
    "".join(chr(c) for c in range(32, 127)) + "\t\n\u00a0\u202f«»“”„’–—…·|éèçñßøåäöüЖжΩωאب中日한١٣ـ\u200b"
)
_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S", C.CATEGORY_WORD: r"\w", C.CATEGORY_NOT_WORD: r"\W",
}
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT)
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT, C.GROUPREF)


def class_pattern(op, av) -> str:
    """A character item (a literal, its negation, ".", a set) written as a pattern of its own."""
    if op == C.LITERAL:
        return re.escape(chr(av))
    if op == C.NOT_LITERAL:
        return "[^" + re.escape(chr(av)) + "]"
    if op == C.ANY:
        return "."
    parts, negate = [], ""
    for item, value in av:
        if item == C.NEGATE:
            negate = "^"
        elif item == C.LITERAL:
            parts.append(re.escape(chr(value)))
        elif item == C.RANGE:
            parts.append(re.escape(chr(value[0])) + "-" + re.escape(chr(value[1])))
        elif item == C.CATEGORY:
            parts.append(_CATEGORIES.get(value, r"\s\S"))
    return "[" + negate + ("".join(parts) or r"\s\S") + "]" if parts or negate else r"[\s\S]"


def _atom_chars(op, av, flags: int) -> frozenset[str]:
    """The sample characters one character item matches."""
    compiled = re.compile(class_pattern(op, av), flags & (re.I | re.S | re.A))
    return frozenset(c for c in SAMPLE if compiled.fullmatch(c))


def _chars(items, flags: int) -> frozenset[str]:
    """Every sample character some item of `items` may consume."""
    found: set[str] = set()
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            found |= _atom_chars(op, av, flags)
        elif op in _REPEATS or op == C.POSSESSIVE_REPEAT:
            found |= _chars(av[2], flags)
        elif op == C.SUBPATTERN:
            found |= _chars(av[3], flags | av[1])
        elif op == C.ATOMIC_GROUP:
            found |= _chars(av, flags)
        elif op == C.BRANCH:
            for branch in av[1]:
                found |= _chars(branch, flags)
        elif op == C.GROUPREF_EXISTS:
            found |= _chars(av[1], flags) | (_chars(av[2], flags) if av[2] else set())
    return frozenset(found)


def _first(items, flags: int, past_bounded: bool = False) -> tuple[frozenset[str], bool]:
    """(the sample characters `items` may start with, whether they may match nothing);
    `past_bounded`: a repeat of a few times at most is passed over (a nested repeat followed
    by one splits a text in a bounded number of ways only)."""
    found: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH or past_bounded and op in _REPEATS and av[1] != C.MAXREPEAT:
            continue
        if op in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN):
            return frozenset(found | _atom_chars(op, av, flags)), False
        if op in _REPEATS or op == C.POSSESSIVE_REPEAT:
            start, empty = _first(av[2], flags)
            found |= start
            if av[0] > 0 and not empty:
                return frozenset(found), False
            continue
        sub = {C.SUBPATTERN: lambda: [av[3]], C.ATOMIC_GROUP: lambda: [av], C.BRANCH: lambda: av[1]}.get(op)
        if sub is None:
            return frozenset(found | SAMPLE), False  # anything else: assume the worst
        starts = [_first(branch, flags | (av[1] if op == C.SUBPATTERN else 0)) for branch in sub()]
        found |= set().union(*(start for start, _ in starts))
        if not any(empty for _, empty in starts):
            return frozenset(found), False
    return frozenset(found), True


def backtracking_repeats(pattern: str, flags: int = 0) -> list[str]:
    """The nested repeats of `pattern` that a text can split in many ways (see the module doc)."""
    found: list[str] = []
    _scan(list(P.parse(pattern, flags)), flags, None, found)
    return found


def _scan(items, flags: int, outer, found: list[str]) -> None:
    """Walk `items` inside the unbounded repeat body `outer` (None at top level)."""
    for index, (op, av) in enumerate(items):
        if op in _REPEATS:
            body = list(av[2])
            unbounded = av[1] == C.MAXREPEAT
            if unbounded and outer is not None:
                after, empty = _first(items[index + 1 :], flags, past_bounded=True)
                if empty:
                    after |= _first(outer, flags)[0]
                overlap = _chars(body, flags) & after
                if overlap:
                    found.append(f"a repeat (item {index}) may hand {sorted(overlap)[:5]} to what follows it")
            _scan(body, flags, body if unbounded else outer, found)
        elif op == C.SUBPATTERN:
            _scan(list(av[3]), flags | av[1], outer, found)
        elif op == C.BRANCH:
            for branch in av[1]:
                _scan(list(branch), flags, outer, found)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            _scan(list(av[1]), flags, None, found)
        elif op == C.GROUPREF_EXISTS:
            _scan(list(av[1]), flags, outer, found)
            if av[2]:
                _scan(list(av[2]), flags, outer, found)


# A repeat that may run this many times or more multiplies the ways of its body: a body readable
# two ways gives 2**n ways to a near miss of n items (a share row of 24 names: seconds).
_MANY = 8


def ambiguous_bodies(pattern: str, flags: int = 0) -> list[str]:
    """The repeats (bounded or not, up to `_MANY` times or more) whose body reads one text two ways
    at its separators: an optional character, then only optional items, then another optional
    character that may be the same ("(?: ?,? ?\\w+){0,20}": a space is the first " ?"'s or the
    last's). A sufficient test for that shape only: longer items sharing a first character
    ("(?:der )?" before "dpa") are not asked."""
    found: list[str] = []
    _scan_bodies(list(P.parse(pattern, flags)), flags, found)
    return found


def _optional(item) -> bool:
    op, av = item
    return op in _ZERO_WIDTH or (op in _REPEATS or op == C.POSSESSIVE_REPEAT) and av[0] == 0


def _scan_bodies(items, flags: int, found: list[str]) -> None:
    for op, av in items:
        if op in _REPEATS:
            body = list(av[2])
            if av[1] == C.MAXREPEAT or av[1] >= _MANY:
                _check_body(body, flags, found)
            _scan_bodies(body, flags, found)
        elif op == C.SUBPATTERN:
            _scan_bodies(list(av[3]), flags | av[1], found)
        elif op == C.BRANCH:
            for branch in av[1]:
                _scan_bodies(list(branch), flags, found)
        elif op == C.GROUPREF_EXISTS:
            _scan_bodies(list(av[1]), flags, found)


def _check_body(body, flags: int, found: list[str]) -> None:
    """An optional repeat in `body` and a later item it could give its characters to, with only
    optional items between them."""
    if len(body) == 1 and body[0][0] == C.SUBPATTERN:
        body = list(body[0][1][3])
    for i, item in enumerate(body):
        if not _optional_char(item):
            continue
        taken = _chars([item], flags)
        for j in range(i + 1, len(body)):
            overlap = taken & _chars([body[j]], flags) if _optional_char(body[j]) else frozenset()
            if overlap:
                found.append(f"items {i} and {j} of a repeat's body may both take {sorted(overlap)[:5]}")
                return
            if not _optional(body[j]):
                break


def _optional_char(item) -> bool:
    """Whether `item` is one character at most ("\\s?", " ?", "[|/]?")."""
    op, av = item
    return op in _REPEATS and av[0] == 0 and av[1] == 1 and len(av[2]) == 1 and av[2][0][0] in (C.LITERAL, C.NOT_LITERAL, C.ANY, C.IN)
