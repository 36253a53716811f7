"""A rule's pattern without the lookaheads that open it, for `matchers` to try first.

Kept apart from `patterns` (what a pattern requires of a text); like it, read from the parsed
form (`re._parser`), and like it part of the rule-shape cache's key (analysis.py), so an edit
here cannot leave a stale cache behind.
"""

from __future__ import annotations

import re
from typing import Iterator

from .loader import Rule
from .patterns import _parsed, _sre_constants, _sre_parser, _verbose

def without_opening_assertions(rule: Rule) -> str | None:
    """The rule's pattern without the lookaheads that open it (``^(?!...)(?=...)X`` as ``^X``),
    or None when it has none or they cannot be cut out safely.

    An assertion consumes nothing and only forbids, so every text the rule matches from its
    start, ``^X`` matches too: tried first (`matchers`), it turns away in a few steps the lines
    that a guard scanning 300 characters for a comma and a verb of saying would read in full.
    Only lookaheads that may read past `_SCANNING_ASSERTION` characters are worth it (``(?=\\S)``
    costs less than compiling ``X`` twice). The cut is made on the pattern's text and kept only
    when its parse is the rule's, less the assertions; back-references and conditionals (which
    may name a group inside) are left alone.
    """
    pattern = rule.pattern
    if _verbose(rule) or not pattern.startswith(("^(?!", "^(?=")) or _GROUP_REFERENCE.search(pattern):
        return None
    end = 1
    while pattern.startswith(("(?!", "(?="), end):
        end = group_end(pattern, end)
        if end is None:
            return None
    opening = _parsed(pattern[1:end])
    if opening is None or max(item[1][1].getwidth()[1] for item in opening) <= _SCANNING_ASSERTION:
        return None
    cut = "^" + pattern[end:]
    whole, rest = _parsed_tree(pattern, rule.flags), _parsed_tree(cut, rule.flags)
    if whole is None or rest is None or _without_assertions(whole) != rest:
        return None
    return cut


_SCANNING_ASSERTION = 16  # characters an opening lookahead must be able to read to be cut out
_GROUP_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def class_end(pattern: str, index: int, end: int) -> int:
    """The index of the "]" closing the character class that opens at `pattern[index]` ("["),
    or `end`: brackets, bars and parentheses inside a class are literal, so scans skip it whole."""
    index += 1
    index += pattern.startswith("^", index)
    index += pattern.startswith("]", index)  # a "]" first in a class is a literal
    while index < end and pattern[index] != "]":
        index += 2 if pattern[index] == "\\" else 1
    return index


def scan(pattern: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """(index, character) of each character of `pattern[start:end]` that is no escape and lies
    outside character classes: what a scan for the pattern's groups and bars reads (inside a
    class, brackets, bars and parentheses are literal; an escaped one is too)."""
    index = start
    while index < end:
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if char == "[":
            index = class_end(pattern, index, end) + 1
            continue
        yield index, char
        index += 1


def group_end(pattern: str, start: int) -> int | None:
    """The index just past the group opening at `pattern[start]` ("("), or None if it never closes."""
    depth = 0
    for index, char in scan(pattern, start, len(pattern)):
        if char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return index + 1
    return None


def _parsed_tree(pattern: str, flags: str) -> tuple | None:
    """The parse of `pattern` under the rule's `flags` as plain nested tuples, group numbers left
    out (cutting a capturing group out of a lookahead renumbers the groups after it)."""
    parsed = _parsed(f"(?{flags}:{pattern})" if flags else pattern)
    return None if parsed is None else _plain(parsed)


def _plain(node: object) -> object:
    c = _sre_constants
    if isinstance(node, _sre_parser.SubPattern):
        return tuple(_plain(item) for item in node.data)
    if isinstance(node, (list, tuple)):
        if len(node) == 2 and node[0] is c.SUBPATTERN:  # (SUBPATTERN, (group, add, del, p))
            _, add, remove, sub = node[1]
            return (str(node[0]), (None, add, remove, _plain(sub)))
        return tuple(_plain(item) for item in node)
    return str(node) if isinstance(node, c._NamedIntConstant) else node


def _without_assertions(tree: tuple) -> tuple:
    """The tree of a pattern ``^(?!...)...X`` without the assertions after its caret (the scoped
    flags group, when there is one, holds the pattern)."""
    c = _sre_constants
    if len(tree) == 1 and tree[0][0] == str(c.SUBPATTERN):  # (?flags:...)
        group, (number, add, remove, inner) = tree[0]
        return ((group, (number, add, remove, _without_assertions(inner))),)
    assertions = (str(c.ASSERT), str(c.ASSERT_NOT))
    after = 1  # the caret
    while after < len(tree) and tree[after][0] in assertions:
        after += 1
    return tree[:1] + tree[after:]
