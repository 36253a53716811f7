"""Configuration values no run can use are refused where the configuration is read, with a
ConfigError naming the key (exit 2 in the CLI), not as a ValueError deep inside a run."""

from __future__ import annotations

import pytest

from cleaner.config import config_from_dict
from cleaner.dedup import DedupConfig
from cleaner.errors import ConfigError
from cleaner.rules import RuleEngine, RulesConfig


@pytest.mark.parametrize(
    "table, message",
    [
        ({"min_words": -5}, "min_words must be at least 1"),
        ({"num_perm": 0}, "num_perm must be at least 1"),
        ({"shingle_words": 0}, "shingle_words must be at least 1"),
        ({"lsh_threshold": 5.0}, "lsh_threshold must be in \\(0, 1\\)"),
        ({"lsh_threshold": 1.0}, "lsh_threshold must be in \\(0, 1\\)"),
        ({"threshold": 0.0}, "threshold must be in \\(0, 1\\]"),
        ({"document_duplicate": 1.5}, "document_duplicate must be in"),
        ({"seed": -1}, "seed must be in"),
        ({"template_min_docs": 0}, "template_min_docs must be at least 1"),
    ],
)
def test_out_of_range_dedup_values_are_config_errors(table, message):
    with pytest.raises(ConfigError, match=message):
        config_from_dict({"dedup": table})


def test_the_defaults_and_the_edges_of_each_range_are_accepted():
    DedupConfig()
    config_from_dict({"dedup": {"min_words": 1, "threshold": 1.0, "lsh_threshold": 0.01, "seed": 0}})


def test_a_disabled_id_that_names_no_rule_is_refused():
    with pytest.raises(ConfigError, match="'does.not.exist' names no rule"):
        RuleEngine(RulesConfig(disable=("does.not.exist",)))


def test_ids_prefixes_scorer_rules_and_section_labels_can_be_disabled():
    engine = RuleEngine(RulesConfig(disable=("en.share", "score.navigation", "fr.navigation.section-name", "common")))
    ids = {rule.id for rule in engine.rule_set.rules}
    assert not any(i.startswith(("en.share.", "common.")) for i in ids)
    assert any(i.startswith("en.") for i in ids)


def test_an_unknown_language_is_refused():
    with pytest.raises(ConfigError, match="no rule file for 'xx'"):
        RuleEngine(RulesConfig(languages=("xx",)))
