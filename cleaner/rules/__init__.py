"""Boilerplate removal: phrase rules kept as data (one TOML file per language) and a page scorer.

`RuleEngine(config).apply(doc)` marks the boilerplate of a segmented `Document`; the rule files
are in `cleaner/rules/data/`, their format in `loader.py`, the tuned numbers in `scorer.toml`.
"""

from .config import RulesConfig
from .engine import RuleEngine
from .loader import Rule, RuleSet, default_rule_files, load_rule_files

__all__ = ["Rule", "RuleEngine", "RuleSet", "RulesConfig", "default_rule_files", "load_rule_files"]
