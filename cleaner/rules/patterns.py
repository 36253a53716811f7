"""What a rule's regex requires of a text, read from its parsed form (`re._parser`).

These answers only decide optimisations in `matchers`: which rules can start with a given
character, which literals every match contains. When the parser is unavailable or a pattern
is too unusual to read, they answer "anything is possible", which is always safe. Applying a
rule's literal gate (`literal_gate`) to a text at run time: gates.py.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, TypeVar

from .loader import Rule

try:  # the parser moved in 3.11; it only decides an optimisation, so failing safe is fine
    from re import _constants as _sre_constants  # type: ignore[attr-defined]
    from re import _parser as _sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _sre_parser = None
    _sre_constants = None

_MIN_LITERAL = 1
T = TypeVar("T")
_GATE_MAX_LITERALS = 4  # a literal gate tests at most this many alternatives per group
Gate = tuple[tuple[str, ...], ...]  # literal groups: every group has one of its literals in any match


@lru_cache(maxsize=4)
def _parsed(pattern: str, flags: int = 0):  # noqa: ANN202 - re's private SubPattern
    """The parsed pattern, or None when it cannot be read. A rule is asked several questions in
    a row (anchor, length, start strings, literals): the last few parses are kept for them (a
    few only: the trees of hundreds of rules held at once cost the collector more than parsing)."""
    if _sre_parser is None:
        return None
    try:
        return _sre_parser.parse(pattern, flags)
    except (re.error, TypeError, ValueError):
        return None


def _verbose(rule: Rule) -> int:
    """The parse flag a rule's own flags call for: with "x", spaces in the pattern match nothing
    (read without it, " Read " became a literal no text held, and the rule never fired)."""
    return re.VERBOSE if "x" in rule.flags else 0


def _analysed(pattern: str, analysis: Callable[[list], T], unknown: T, flags: int = 0) -> T:
    """`analysis` of the parsed pattern; `unknown` (the safe answer) when it cannot be read."""
    parsed = _parsed(pattern, flags)
    if parsed is None:
        return unknown
    try:
        return analysis(list(parsed))
    except (re.error, TypeError, ValueError):
        return unknown


def is_start_anchored(rule: Rule) -> bool:
    """True when every match of the rule must begin at position 0 (pattern starts with ``^``)."""

    def starts_with_caret(items: list) -> bool:
        return bool(items) and items[0][0] is _sre_constants.AT and items[0][1] is _sre_constants.AT_BEGINNING

    return _analysed(rule.pattern, starts_with_caret, False, _verbose(rule))


def max_length(rule: Rule) -> int | None:
    """The most characters a match of a start-anchored rule can span when it must also end at the
    end of the text (``$`` or ``\\Z`` last, no multi-line mode), else None (no bound known). A
    text longer than that by more than a final newline cannot match from its start: a long
    paragraph need not meet the hundreds of whole-line rules written for short lines."""
    parsed = _parsed(rule.pattern, _verbose(rule))
    if parsed is None:
        return None
    c = _sre_constants
    items = list(parsed)
    if parsed.state.flags & re.MULTILINE or not items or items[-1][0] is not c.AT:
        return None
    if items[-1][1] not in (c.AT_END, c.AT_END_STRING):
        return None
    longest = parsed.getwidth()[1]
    return longest if longest < c.MAXREPEAT else None


def required_literals(rule: Rule) -> tuple[str, ...] | None:
    """Literals one of which every match contains (folded, `fold`, when the rule ignores case), or None."""
    found = _analysed(rule.pattern, _literals, None, _verbose(rule))
    if found is None or not ignores_case(rule):
        return found
    return tuple(sorted({fold(lit) for lit in found}))


def ignores_case(rule: Rule) -> bool:
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


def _fold_table() -> dict[int, str]:
    """Each character of a case class `re.IGNORECASE` knows beyond lower case (its table of
    extra pairs: long s and s, dotless i and i, final and medial sigma, the Cyrillic "rounded ve"
    and ve...) mapped to one member of its class: the lower case of the class's upper case
    where that is a member, so that common letters (s, i, σ, в) map to themselves."""
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]  # Python >= 3.11

    table: dict[int, str] = {}
    for code, extra in _EXTRA_CASES.items():
        members = {chr(code), *map(chr, extra)}
        first = min(members)
        upper = first.upper()
        chosen = upper.lower() if len(upper) == 1 and upper.lower() in members else first
        table.update((ord(ch), chosen) for ch in members if ch != chosen)
    return table


_FOLD = _fold_table()
_FOLDED_RE = re.compile("[" + re.escape("".join(sorted(map(chr, _FOLD)))) + "]")
_DOTTED_I = "\u0130"  # the one character whose lower case is two ("i" and a combining dot); re lowers it to "i"


def fold(text: str) -> str:
    """`text` as case-insensitive regexes compare it, one character for one: lower-cased, each
    character of an extra case class as its class's chosen member (`_fold_table`). Two texts
    one case-insensitive literal matches fold the same, so a literal of a rule, folded, is in
    every folded text the rule matches, and a start string, folded, begins it."""
    if text.isascii():
        return text.lower()
    if _DOTTED_I in text:
        text = text.replace(_DOTTED_I, "i")
    lowered = text.lower()
    return lowered.translate(_FOLD) if _FOLDED_RE.search(lowered) is not None else lowered


def literal_gate(rule: Rule) -> Gate | None:
    """Literal groups that all occur in any match (each group: one of its literals), or None.

    Unlike `required_literals` (the single longest run), this keeps every mandatory run: the
    selective one in a tweet signature is "(@", shorter than the common " de " next to it.
    """
    groups = _analysed(rule.pattern, _all_literals, [], _verbose(rule))
    if ignores_case(rule):
        groups = [tuple(sorted({fold(lit) for lit in group})) for group in groups]
    groups = [_shortest_needed(group) for group in groups]
    # A test of many alternatives (27 network names) costs more than the match it would save.
    cheap = sorted(dict.fromkeys(g for g in groups if len(g) <= _GATE_MAX_LITERALS), key=len)
    return tuple(cheap) or None


def _shortest_needed(group: tuple[str, ...]) -> tuple[str, ...]:
    """A group without the literals that hold another of its literals: a text holding "partita
    iva" holds "iva", so testing "iva" alone answers for both (fewer tests, and more groups
    within `_GATE_MAX_LITERALS`)."""
    return tuple(lit for lit in group if not any(other != lit and other in lit for other in group))


def _all_literals(items: list) -> list[tuple[str, ...]]:
    c = _sre_constants
    groups: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is c.LITERAL:
            run.append(chr(arg))
            continue
        if run:
            groups.append(("".join(run),))
            run = []
        if op is c.SUBPATTERN:
            groups.extend(_all_literals(list(arg[-1])))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and arg[0] >= 1:
            groups.extend(_all_literals(list(arg[2])))
        elif op is c.BRANCH:
            branches = [_literals(list(branch)) for branch in arg[1]]
            if all(branches):
                groups.append(tuple(lit for branch in branches for lit in branch))  # type: ignore[union-attr]
    return groups


def needs_digit(rule: Rule) -> bool:
    """Whether every match of the rule holds a digit (`\\d`, `[0-9]`, a literal digit outside
    lookarounds): a text in which `\\d` finds nothing cannot match it. Dates, prices and counts
    are such rules (107 of the 1,210 line entries); most lines of prose hold no digit, and a
    dateline rule tried on one costs 2-5 µs (it reads a capitalised place name first)."""
    return _analysed(rule.pattern, _holds_digit, False, _verbose(rule))


def _holds_digit(items: list) -> bool:
    """A parsed sequence of which some mandatory item only matches digits."""
    c = _sre_constants
    for op, arg in items:
        if op is c.LITERAL and _is_digit_code(arg):
            return True
        if op is c.IN and all(_digit_only(item, value) for item, value in arg):
            return True
        if op is c.SUBPATTERN and _holds_digit(list(arg[-1])):
            return True
        if op is c.ATOMIC_GROUP and _holds_digit(list(arg)):
            return True
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1 and _holds_digit(list(arg[2])):
            return True
        if op is c.BRANCH and all(_holds_digit(list(branch)) for branch in arg[1]):
            return True
    return False


def _is_digit_code(code: int) -> bool:
    return 0x30 <= code <= 0x39  # ASCII digits: `\d` (Unicode decimal digits) finds each


def _digit_only(op: object, value: object) -> bool:
    """An item of a character class that only matches digits (a negated class never does)."""
    c = _sre_constants
    if op is c.CATEGORY:
        return value in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT)
    if op is c.LITERAL:
        return _is_digit_code(value)  # type: ignore[arg-type]
    if op is c.RANGE:
        return _is_digit_code(value[0]) and _is_digit_code(value[1])  # type: ignore[index]
    return False


_MAX_RANGE = 128
_ASCII = tuple(map(chr, range(128)))
_MAX_STARTS = 64  # past this many start strings, a rule is indexed by shorter ones

# A start string: what every match begins with (folded), and whether it may grow.
_State = frozenset[tuple[str, bool]]


def start_strings(rule: Rule, length: int = 3) -> frozenset[str]:
    """Folded strings (`fold`) of at most `length` characters one of which begins every match.

    Used to pick, from the first characters of a line, the few anchored rules worth trying:
    "Lire la suite" only for lines starting "lir". "" means the rule may start with anything
    (``.``, ``\\w``, a negated class).
    """
    unknown: _State = frozenset({("", True)})
    state = _analysed(rule.scoped_pattern(), lambda items: _starts(items, unknown, length), unknown)
    starts = frozenset(text for text, _ in state)
    return frozenset({""}) if "" in starts else starts


def _starts(items: list, state: _State, length: int) -> _State:
    c = _sre_constants
    for op, arg in items:
        if not any(grows for _, grows in state):
            break
        if op is c.AT or op in (c.ASSERT, c.ASSERT_NOT):
            continue  # consumes nothing: what follows starts the match ("^(?!VIDEO:)Photo: ...")
        if op is c.LITERAL:
            state = _extend(state, {chr(arg)}, length)
        elif op is c.IN:
            state = _extend(state, _class_chars(arg), length)
        elif op is c.SUBPATTERN:
            state = _starts(list(arg[-1]), state, length)
        elif op is c.BRANCH:
            state = frozenset().union(*(_starts(list(branch), state, length) for branch in arg[1]))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            once = _stopped(_starts(list(arg[2]), state, length))  # then more of it, or what follows
            state = once if arg[0] >= 1 else once | state
        else:
            state = _stopped(state)
        if len(state) > _MAX_STARTS:
            state = frozenset((text[:1], False) for text, _ in state)
    return state


def _extend(state: _State, chars: set[str] | None, length: int) -> _State:
    """Each growing string followed by each of `chars` (stopped when unknown)."""
    if chars is None:
        return _stopped(state)
    grown = set()
    for text, grows in state:
        if not grows:
            grown.add((text, False))
            continue
        for ch in chars:
            longer = text + fold(ch)
            grown.add((longer, len(longer) < length))
    return frozenset(grown)


def _stopped(state: _State) -> _State:
    return frozenset((text, False) for text, _ in state)


def _class_chars(arg: list) -> set[str] | None:
    c = _sre_constants
    chars: set[str] = set()
    for op, value in arg:
        if op is c.LITERAL:
            chars.add(chr(value))
        elif op is c.RANGE and value[1] - value[0] < _MAX_RANGE:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        elif op is c.CATEGORY and value in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
            chars.update("0123456789")  # and non-ASCII digits, which never pick a rule
        elif op is c.CATEGORY and value in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
            chars.update(k for k in _ASCII if k.isspace())
        else:
            return None
    return chars
