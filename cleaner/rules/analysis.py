"""What the matchers need to know of each rule's regex, worked out once per set of rule files.

Building the matchers reads every rule's parsed pattern (patterns.py: anchored or not, its start
strings, the literals every match holds): for ~1,000 rules that was 0.6 of the 0.8 s a run
spends before cleaning anything, paid again by every `cleaner clean` of one file and every
pre-commit hook run. The answers depend on the pattern and its flags alone, so they are kept in
a file of the user's cache folder (`CLEANER_CACHE_DIR`, else `$XDG_CACHE_HOME/cleaner`, else
~/.cache/cleaner), named by a digest of the rules, of the code that answers and of the Python
version: another set of rules, an edited rule, another version of cleaner or of Python gets its
own file, never a stale answer. The file holds plain values (`marshal`, no code); a missing, unreadable or foreign
file is worked out again, and a folder that cannot be written is no error.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import sys
from pathlib import Path
from typing import NamedTuple, Sequence

from ..cachedir import cache_folder, prune, write_whole
from .loader import Rule
from .patterns import (
    ignores_case,
    is_start_anchored,
    literal_gate,
    max_length,
    needs_digit,
    required_literals,
    start_strings,
)
from .assertions import without_opening_assertions

_VERSION = 3  # bump when what the analysis answers changes
_KEPT_FILES = 8
START = 3  # characters of a text's start that pick the anchored rules to try
# Back-references and named groups: such a pattern cannot share an alternation with others.
_NOT_COMBINABLE = re.compile(r"\\[1-9]|\(\?P[<=]|\(\?<[A-Za-z_]")


class RuleShape(NamedTuple):
    """One rule as the matchers file it: kept apart (back-references, named groups), floating
    (unanchored: its required literals), or anchored (its reach, start strings, literal gate,
    its pattern without the lookaheads that open it, tried first: `opening`, and whether every
    match holds a digit: `digit`)."""

    apart: bool
    anchored: bool
    ignore_case: bool
    literals: tuple[str, ...] | None = None
    reach: int | None = None
    starts: tuple[str, ...] = ()
    gate: tuple[tuple[str, ...], ...] | None = None
    opening: str | None = None
    digit: bool = False


_known: dict[tuple[str, str], RuleShape] = {}


def shape(rule: Rule) -> RuleShape:
    """The rule's shape, from what `preload` read or worked out now."""
    key = (rule.pattern, rule.flags)
    found = _known.get(key)
    if found is None:
        found = _known[key] = _analyse(rule)
    return found


def _analyse(rule: Rule) -> RuleShape:
    if _NOT_COMBINABLE.search(rule.pattern):
        return RuleShape(True, False, ignores_case(rule))
    if not is_start_anchored(rule):
        literals = required_literals(rule)
        return RuleShape(False, False, ignores_case(rule), tuple(literals) if literals is not None else None)
    starts = tuple(sorted(start_strings(rule, START)))
    gate = literal_gate(rule) if "" in starts else None
    opening = without_opening_assertions(rule)
    return RuleShape(False, True, ignores_case(rule), None, max_length(rule), starts, gate, opening, needs_digit(rule))


def preload(rules: Sequence[Rule]) -> Path | None:
    """Read the shapes kept for this set of rules; returns the file to write them to when it
    could not be read (none yet, or not one of ours), else None."""
    path = _cache_file(rules)
    if path is None:
        return None
    try:
        stored = marshal.loads(path.read_bytes())
        _known.update((tuple(key), RuleShape(*value)) for key, value in stored)
    except (OSError, EOFError, ValueError, TypeError):
        return path  # worked out again and written anew
    return None


def keep(rules: Sequence[Rule], path: Path | None) -> None:
    """Write the shapes of `rules` to `path` (temp file + rename), when `preload` asked for it,
    and every other shape worked out in this process: those of the alternatives `branches` cut
    rules into (53 parsed again at every start cost 0.2-0.3 s)."""
    if path is None:
        return
    keys = [(rule.pattern, rule.flags) for rule in rules]
    keys += sorted(set(_known) - set(keys))
    entries = [(key, tuple(_known[key])) for key in keys if key in _known]
    if write_whole(path, marshal.dumps(entries)):  # a read-only home or cache folder: the next run works the shapes out again
        prune(path, "rule-shapes-*.marshal", _KEPT_FILES)  # one per set of rules and version met lately


def _cache_file(rules: Sequence[Rule]) -> Path | None:
    base = cache_folder()
    if base is None:
        return None
    digest = hashlib.sha256(f"{_VERSION}\0{sys.version}\0".encode())
    for module in (Path(__file__), *(Path(__file__).with_name(name) for name in ("patterns.py", "assertions.py", "branches.py"))):  # the code that answers
        try:
            digest.update(module.read_bytes())
        except OSError:
            return None
    for pattern, flags in sorted({(rule.pattern, rule.flags) for rule in rules}):
        digest.update(f"{pattern}\0{flags}\0".encode("utf-8", "surrogatepass"))
    return base / f"rule-shapes-{digest.hexdigest()[:24]}.marshal"
