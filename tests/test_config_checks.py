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
        ({"num_perm": 10**9}, "num_perm must be at most 4096"),  # hung the run
        ({"near_new_words": -1}, "near_new_words must be at least 1"),
        ({"template_heading_rows": 0}, "template_heading_rows must be at least 1"),
        ({"group_template_min_docs": 0}, "group_template_min_docs must be at least 1"),
        ({"update_newer_length": 0.0}, "update_newer_length must be in \\(0, 1\\]"),
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


@pytest.mark.parametrize("name", ["pyproject.toml", "cleaner.toml"])
def test_a_tool_key_that_is_no_table_is_a_config_error(tmp_path, name):
    """`tool = 3` stopped every run (and the hook) with an AttributeError, exit 1."""
    from cleaner.config import load_config

    (tmp_path / name).write_text("tool = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"{name}: tool: expected a table, got int"):
        load_config(start=tmp_path)


def test_rule_and_settings_files_are_relative_to_the_configuration_file(tmp_path, monkeypatch):
    """Found in a parent folder (or named with --config), the configuration named files that
    were looked up from wherever the run started."""
    from cleaner.config import load_config

    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.cleaner.rules]\nextra_files = ["rules/mine.toml", "/abs/other.toml"]\nsettings_file = "scorer.toml"\n', encoding="utf-8"
    )
    sub = tmp_path / "corpus" / "2024"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    rules = load_config().rules
    assert rules.extra_files == (str(tmp_path / "rules" / "mine.toml"), "/abs/other.toml")
    assert rules.settings_file == str(tmp_path / "scorer.toml")
    assert load_config(tmp_path / "pyproject.toml").rules == rules


def test_a_file_name_holding_a_nul_is_a_config_error(tmp_path):
    """A TOML string may hold "\\u0000"; `open` raised a ValueError (a traceback) on it."""
    (tmp_path / "cleaner.toml").write_text('[rules]\nsettings_file = "a\\u0000b"\n', encoding="utf-8")
    from cleaner.config import load_config

    config = load_config(tmp_path / "cleaner.toml")
    with pytest.raises(ConfigError, match="no such settings file"):
        RuleEngine(config.rules)


def test_markup_in_a_configuration_error_is_printed_as_it_is(runner, tmp_path, monkeypatch):
    """rich read "[tool.cleaner]" in the message as a style tag and dropped it."""
    from cleaner.cli import app

    (tmp_path / "pyproject.toml").write_text("[tool.cleaner]\ndedup = 3\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Un texte.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "a.txt"])
    assert result.exit_code == 2 and "pyproject.toml:[tool.cleaner].dedup: expected a table, got int" in result.stderr
