"""Language tags as pages and corpora declare them ("sv-SE", "sv_SE", "pt-BR", "SV"), cut to the
primary subtag the rule files are named by. The HTML reader reads them from <html lang> and
og:locale, the JSONL reader from a "lang"/"language" field; the rules take them as a hint only
(language.confirms_declared)."""

from __future__ import annotations

import re

_PRIMARY = re.compile(r"[a-z]{2,3}")


def primary_subtag(value: str) -> str | None:
    """"sv" from "sv-SE", "sv_SE" or "SV"; None for what is not a language tag ("x", "english")."""
    value = value.strip().lower()
    match = _PRIMARY.match(value)
    return match.group(0) if match and value[match.end() : match.end() + 1] in ("", "-", "_") else None
