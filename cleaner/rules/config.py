"""Which rules run: languages, disabled rule ids, user rule files, scorer threshold."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RulesConfig:
    enabled: bool = True
    languages: tuple[str, ...] = ()  # empty: every language shipped
    disable: tuple[str, ...] = ()  # rule ids or id prefixes, e.g. "en.share" or "fr.comments.aucun"
    extra_files: tuple[str, ...] = ()  # user rule files (TOML), same format as cleaner/rules/data
    scorer: bool = True
