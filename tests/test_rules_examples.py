"""Every rule file's examples, run with the matcher of the rule's scope, and a linear-time check.

This covers the files other people add to cleaner/rules/data as well: a rule without a working
example, or with a pattern that backtracks on a long line, fails here.
"""

from __future__ import annotations

import re

import pytest

from cleaner.rules import default_rule_files, load_rule_files
from cleaner.rules.loader import CATEGORIES, Rule
from cleaner.rules.matchers import ScopeMatcher
from regex_loops import looped_readings
from regex_shapes import ambiguous_bodies, backtracking_repeats

RULES = load_rule_files(default_rule_files()).rules


def matches(rule: Rule, text: str) -> bool:
    """The scope's own matcher: whole (trimmed) text for line/block/sentence, any span for inline."""
    matcher = ScopeMatcher([rule])
    if rule.scope == "inline":
        return any(True for _ in matcher.spans(text))
    return matcher.first(text.strip()) is not None


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_examples_both_ways(rule: Rule) -> None:
    assert rule.must_match, f"{rule.id}: no must_match example"
    assert rule.must_not_match, f"{rule.id}: no must_not_match example"
    assert rule.id.split(".")[0] in (rule.language, "common")


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_examples(rule: Rule) -> None:
    for text in rule.must_match:
        assert matches(rule, text), f"{rule.id} should match {text!r}"
    for text in rule.must_not_match:
        assert not matches(rule, text), f"{rule.id} should not match {text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_cannot_backtrack_catastrophically(rule: Rule) -> None:
    """The loaded rule as the engine compiles it (its spares and flags): no nested repeat a
    long near miss splits in many ways (regex_shapes.py; the times are bench_guards.py's)."""
    pattern = rule.compile()
    assert backtracking_repeats(pattern.pattern, pattern.flags) == []
    # nor a repeat whose separators read a space two ways: "(?: ?[|·-]? ?(?:18|Juego seguro))*"
    # took 76 s on "18 18 ... 18 x" (28 times), a share row of 24 names and a word 4 s
    assert ambiguous_bodies(pattern.pattern, pattern.flags) == []
    # nor a loop whose turns read one text two ways: "(?:(?:,| und) (?:dpa|[a-z]{2,4}))*" read "dpa"
    # by either branch, 0.25 s on 20 agencies and a stray character, twice as long for each more
    assert looped_readings(pattern.pattern, pattern.flags) == []


def test_every_language_file_covers_every_category() -> None:
    by_language: dict[str, set[str]] = {}
    for rule in RULES:
        by_language.setdefault(rule.language, set()).add(rule.category)
    for language in ("fr", "en"):
        missing = set(CATEGORIES) - by_language.get(language, set())
        assert not missing, f"{language}: no rule for {sorted(missing)}"


def test_rule_ids_are_unique_and_well_formed() -> None:
    ids = [r.id for r in RULES]
    assert len(ids) == len(set(ids))
    for rule in RULES:
        parts = rule.id.split(".")
        assert len(parts) == 3 and parts[1] == rule.category, rule.id


def test_a_users_rule_file_with_a_bad_pattern_is_named(tmp_path):
    from cleaner.errors import ConfigError
    from cleaner.rules import load_rule_files

    bad = tmp_path / "mine.toml"
    bad.write_text(
        'language = "fr"\n[[rule]]\nid = "fr.tags.mine"\ncategory = "tags"\nscope = "line"\npattern = "(unclosed"\n',
        encoding="utf-8",
    )
    with pytest.raises(ConfigError, match=r"mine.toml.*fr.tags.mine.*does not compile"):
        load_rule_files([bad])


@pytest.mark.parametrize(
    ("pattern", "backtracks"),
    [(r"^(?:\w+\s?)+$", True), (r"(a+)+b", True), (r"(?:a+a)+b", True), (r"(?:\S+ +)*x", False),
     (r"[a-z0-9]+(?:[._][a-z0-9]+)*", False), (r"(?:\d+,)*\d+", False), (r"(?:\w++\s?)+$", False)],
)
def test_backtracking_shapes_are_told_apart(pattern: str, backtracks: bool) -> None:
    """regex_shapes.backtracking_repeats: a nested repeat that can hand its characters to what
    follows it (the next item, or the outer repeat's next turn) is found; delimited or
    possessive ones are not."""
    assert bool(backtracking_repeats(pattern)) is backtracks


@pytest.mark.parametrize(
    ("pattern", "ambiguous"),
    [(r"(?: ?,? ?\w+){0,20}", True), (r"(?:\s?[|/]?\s?x)+", True), (r"(?:(?: ?[|/] ?| {1,2})?\w+){0,20}", False),
     (r"(?: ?,? ?\w+){0,3}", False), (r"(?:\s?x)+", False), (r"(?:a?b?a?c)+", True)],
)
def test_ambiguous_separators_are_told_apart(pattern: str, ambiguous: bool) -> None:
    """regex_shapes.ambiguous_bodies: two optional characters that may be the same, with only
    optional items between them, in a body repeated many times, are found (2**n readings of a
    near miss of n items); one separator, alternatives that need a mark, or a few turns, are not."""
    assert bool(ambiguous_bodies(pattern)) is ambiguous


@pytest.mark.parametrize(
    ("pattern", "flags", "twice"),
    [(r"(?:a|aa)+", 0, True), (r"(?:\w+|\w+-\w+)*", 0, True), (r"(?:а|аа)+x", 0, True), (r"(?:sid|SID)*", re.I, True),
     (r"(?:a{1,2})+", 0, True), (r"(?:\w+\s?)+$", 0, True), (r"(?:[ -](?:A[\w-]*|de))*", 0, True),
     (r"(?:ab|a)+", 0, False), (r"(?:a|b)+", 0, False), (r"(?:sid|SID)*", 0, False), (r"(?:\w++\s?)+$", 0, False),
     (r"(?:[ -](?:A[\w-]*+|de))*", 0, False), (r"(?:\w+ |\w+-\w+ )*x", 0, False), (r"(?:\w+\s?){0,5}", 0, False),
     (r"(?:[^.]|(?<=\bA)\.|(?<=\bBc)\.)*", 0, True), (r"(?:[^.]|(?:(?<=\bA)|(?<=\bBc))\.)*", 0, False)],
)
def test_loops_reading_a_text_twice_are_told_apart(pattern: str, flags: int, twice: bool) -> None:
    """regex_loops.looped_readings: overlapping branches ("a" and "aa"; "sid" and "SID" when case
    is ignored, in any script), a nested repeat, a separator a word may hold ("-") are found; branches
    that part at once, possessive words, bounded repeats, one item after merged lookarounds are not."""
    assert bool(looped_readings(pattern, flags)) is twice
