"""Rules whose every match holds a digit (patterns.needs_digit) are not tried on a line without
one: the flag must never be set on a rule that can match such a line."""

from __future__ import annotations

import re

import pytest

from cleaner.rules.engine import RuleEngine
from cleaner.rules.loader import Rule, load_rule_files, default_rule_files
from cleaner.rules.patterns import needs_digit

_DIGIT = re.compile(r"\d")
RULES = load_rule_files(default_rule_files()).rules


def _rule(pattern: str, flags: str = "") -> Rule:
    return Rule(id="t.test.x", category="navigation", scope="line", pattern=pattern, language="*", flags=flags)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"^\d{1,2} (?:janvier|février)$", True),
        (r"^Updated (?:\d+|one) hours? ago$", False),  # "one hour ago": no digit
        (r"^(?:[0-9]+|x[0-9])$", True),
        (r"^[^0-9]+$", False),  # a negated class
        (r"^(?:Page )?\d*$", False),  # `*`: maybe no digit at all
        (r"^(?=.*\d)Price$", False),  # lookarounds are not read
        (r"^(?>\d)x$", True),
        (r"^Copyright 2026$", True),
        (r"^(?:[A-Z]\w+, )?\d{4}$", True),
    ],
)
def test_needs_digit_reads_mandatory_digits_only(pattern: str, expected: bool) -> None:
    assert needs_digit(_rule(pattern)) is expected


def test_no_rule_needing_a_digit_has_an_example_without_one() -> None:
    flagged = [rule for rule in RULES if needs_digit(rule)]
    assert len(flagged) > 50  # datelines, prices, counts
    for rule in flagged:
        for example in rule.must_match:
            assert _DIGIT.search(example), (rule.id, example)


def test_a_digitless_line_gets_the_same_rule_as_trying_every_candidate() -> None:
    engine = RuleEngine()
    lines = ["Montag, 4. Dezember 2026", "Lundi 4 décembre", "Share this article", "Published one hour ago", "12 décembre 2026 à 10h30"]
    lines += [rule.must_match[0] for rule in RULES if rule.must_match and rule.scope == "line"][:300]
    matcher = engine._lines
    for line in lines:
        found = matcher.first(line)
        saved = matcher._digit
        matcher._digit = [False] * len(saved)
        try:
            assert matcher.first(line) == found, line
        finally:
            matcher._digit = saved
