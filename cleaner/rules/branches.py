"""A start-anchored rule cut into its alternatives, so that most of them are picked by a text's
first characters.

A rule such as ``^(?:Embed post|Quote Tweet|...|[^\\n"]{1,60} on X: ...)$`` has no start
string (one alternative may start with anything) and no literal gate (no literal is in every
alternative), so the matchers tried it whole on every line: 26 such line rules cost about a
third of the line rules on 260-character lines of prose. Cut at its first top-level
alternation, ``^(?:Embed post)$``, ``^(?:Quote Tweet)$``... are filed by their start strings
and only ``^(?:[^\\n"]{1,60} on X: ...)$`` is tried on every line.

The cut keeps what a rule matches: a regex matches at position 0 when one of the alternatives of
a group, put in the group's place, matches there (the engine tries every alternative before it
fails), so the rule matches a text exactly when one of its parts does. Only a match's span can
differ (the rule takes the first alternative that leads to a match, a part may be a later one),
so `matchers` asks the whole rule for the match once a part says it is there."""

from __future__ import annotations

from dataclasses import replace

from .analysis import shape
from .assertions import scan
from .loader import Rule
from .patterns import _verbose

_MAX_PARTS = 64  # past this many alternatives, a rule is not cut (each part is parsed at start-up)


def parts(rule: Rule) -> list[Rule] | None:
    """The rule as the rules of its alternatives (`alternatives`): each whose start strings
    pick it, then the others as one part (in their order); None when it has no alternatives or
    none of them has start strings.

    Alternatives with a literal gate but no start string are left in that last part: filed
    alone, each costs a substring test of its literals on every text (~0.2 µs a literal on a
    270-character line), and on 4,800 corpus lines cutting them too was slower (63.2 against
    61.5 µs a line for the line rules; 69.7 uncut).
    """
    found = alternatives(rule.pattern) if not _verbose(rule) else None
    if found is None:
        return None
    prefix, branches, suffix = found
    pinned: list[Rule] = []
    rest: list[str] = []
    for branch in branches:
        part = replace(rule, pattern=f"{prefix}(?:{branch}){suffix}")
        if _pinned(part):
            pinned.append(part)
        else:
            rest.append(branch)
    if not pinned:
        return None
    if rest:
        pinned.append(replace(rule, pattern=f"{prefix}(?:{'|'.join(rest)}){suffix}"))
    return pinned


def _pinned(part: Rule) -> bool:
    """Whether the matchers pick the part by a text's first characters (start strings)."""
    found = shape(part)
    return not found.apart and found.anchored and "" not in found.starts


def alternatives(pattern: str) -> tuple[str, list[str], str] | None:
    """(prefix, alternatives, suffix) of the pattern's first top-level ``(?:...)`` group that
    holds an alternation and is not repeated: the pattern is `prefix` ``(?:a|b|...)`` `suffix`.
    None when it has none (or a top-level ``|`` of its own, or a group that cannot be read)."""
    top = _top_level(pattern, 0, len(pattern))
    if top is None or top[0]:
        return None
    for start, past in top[1]:
        if not pattern.startswith("(?:", start) or pattern[past : past + 1] in ("*", "+", "?", "{"):
            continue
        inner = _top_level(pattern, start + 3, past - 1)
        if inner is None or not inner[0]:
            continue
        bars = inner[0]
        if len(bars) + 1 > _MAX_PARTS:
            return None
        starts = [start + 3, *(bar + 1 for bar in bars)]
        ends = [*bars, past - 1]
        return pattern[:start], [pattern[s:e] for s, e in zip(starts, ends)], pattern[past:]
    return None


def _top_level(pattern: str, start: int, end: int) -> tuple[list[int], list[tuple[int, int]]] | None:
    """The positions of the ``|`` and the (start, end) of the groups at depth 0 of
    `pattern[start:end]`; escapes and character classes are skipped whole (`assertions.scan`).
    None when a group does not close inside the range."""
    bars: list[int] = []
    groups: list[tuple[int, int]] = []
    depth = opened = 0
    for index, char in scan(pattern, start, end):
        if char == "(":
            opened = index if depth == 0 else opened
            depth += 1
        elif char == ")" and depth:  # a ")" closing nothing is read over, as before
            depth -= 1
            if depth == 0:
                groups.append((opened, index + 1))
        elif char == "|" and depth == 0:
            bars.append(index)
    return None if depth else (bars, groups)
