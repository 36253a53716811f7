"""Which rules run: languages, disabled rule ids, user rule files, the scorer and its settings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RulesConfig:
    """User-facing switches of the boilerplate step; tuned numbers live in data/scorer.toml.

    - `languages`: rule files to load by language code (empty: every language shipped);
      common.toml (language "*") is always loaded.
    - `disable`: rule ids or dotted id prefixes, e.g. ``"en.share"`` or ``"score.navigation"``.
    - `extra_files`: user rule files in the same TOML format as cleaner/rules/data/*.toml.
    - `scorer`: run the page-structure scorer after the phrase rules.
    - `settings_file`: a TOML file whose values replace those of the shipped data/scorer.toml
      (weights, thresholds); keys it leaves out keep their shipped values.
    """

    enabled: bool = True
    languages: tuple[str, ...] = ()
    disable: tuple[str, ...] = ()
    extra_files: tuple[str, ...] = ()
    scorer: bool = True
    settings_file: str = ""
