"""Named exemptions ("spares") that rules opt into, written once instead of once per rule.

Some shapes are no rule's match whatever the rule's words say: a gallery's headline under a media
kicker ("Photos: Lantern parade lights up the old town", "VIDÉOS: ...") looks like a photo credit
to every language's credit rule and like a link to every "Video: ..." link rule. Written into each
rule's regex, the same fragment sat in 15 rules of 12 files and drifted when one copy was edited.
A rule file defines the fragment once in its `[spares]` table (name -> regex):

    [spares]
    media-kicker = '''(?-i:PHOTOS?)\\s?[:|]\\s?...'''

and a rule names the spares it honours: `spare = ["media-kicker"]`. The loader writes them as one
negative lookahead right after the rule's leading `^` (`^(?!A|B)...`), so the rule never matches
a line that opens with a spared shape; the engine, its analyses and its rule-shape cache see the
composed pattern, exactly what a rule with the lookahead written inline would be.

A spare is read with the rule's flags: it should say its own case (`(?-i:...)`, `(?i:...)`) where
case matters. Rules with the "x" flag cannot use spares (the fragment's spaces would be ignored).
Spares are defined in the shipped common.toml (loaded first) or in any rule file, and serve the
rules of that file and of the files loaded after it; a name is defined once.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import ConfigError

SPARES_KEY = "spares"


def spare_table(table: dict[str, Any], where: str, known: dict[str, str]) -> dict[str, str]:
    """The spares a rule file defines (its `[spares]` table), checked: each a regex that compiles,
    under a name no earlier file gave one."""
    entries = table.get(SPARES_KEY, {})
    if not isinstance(entries, dict):
        raise ConfigError(f"{where}: '{SPARES_KEY}' must be a table of name = regex")
    found: dict[str, str] = {}
    for name, fragment in entries.items():
        if not isinstance(fragment, str) or not fragment:
            raise ConfigError(f"{where}: spare {name!r} must be a non-empty regex string")
        if name in known:
            raise ConfigError(f"{where}: spare {name!r} is already defined")
        try:
            re.compile(f"(?!{fragment})")
        except re.error as exc:
            raise ConfigError(f"{where}: spare {name!r} does not compile: {exc}") from None
        found[name] = fragment
    return found


def spare_names(entry: dict[str, Any], where: str, known: dict[str, str]) -> tuple[str, ...]:
    """The spare names a rule asks for (`spare = [...]`), each one defined."""
    names = entry.get("spare", [])
    if isinstance(names, str):
        names = [names]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ConfigError(f"{where}: spare must be a list of spare names")
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ConfigError(f"{where}: unknown spare(s) {unknown} (defined: {sorted(known)})")
    return tuple(names)


def spared_pattern(pattern: str, names: tuple[str, ...], known: dict[str, str], flags: str, where: str) -> str:
    """`pattern` with the named spares as one negative lookahead after its leading `^`."""
    if not names:
        return pattern
    if not pattern.startswith("^"):
        raise ConfigError(f"{where}: a rule with spares must start with '^' (the spares open the match)")
    if "x" in flags:
        raise ConfigError(f"{where}: a rule with the 'x' flag cannot use spares")
    return "^(?!" + "|".join(known[name] for name in names) + ")" + pattern[1:]
