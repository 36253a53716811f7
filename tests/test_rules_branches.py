"""A rule cut into its alternatives (rules/branches.py) matches what the whole rule matches, and the
matchers that file the parts answer as the matchers that file the whole rules."""

from __future__ import annotations

import re

import pytest

from cleaner.rules import default_rule_files, load_rule_files, matchers
from cleaner.rules.branches import alternatives, parts
from cleaner.rules.loader import Rule
from cleaner.rules.matchers import ScopeMatcher

RULES = load_rule_files(default_rule_files()).rules
EXAMPLES = sorted({text.strip() for r in RULES for text in (*r.must_match, *r.must_not_match)})


def _rule(pattern: str, flags: str = "", scope: str = "line") -> Rule:
    return Rule(id="t.navigation.x", category="navigation", scope=scope, pattern=pattern, language="t", flags=flags)


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"^(?:Share|[^\n]{0,40} on X)$", ("^", ["Share", r"[^\n]{0,40} on X"], "$")),
        (r"^(?!No)(?:A(?:b|c)|D)\.$", ("^(?!No)", ["A(?:b|c)", "D"], r"\.$")),  # the first top-level alternation
        (r"^(?:a|b)+c", None),  # a repeated group is not the rule once per alternative
        (r"^(?:a|b){2}c", None),
        (r"^x(?:a)?(?:b|c)", ("^x(?:a)?", ["b", "c"], "")),
        (r"^a|^b", None),  # a top-level alternation of its own
        (r"^[(|]\|(?:a|b)", (r"^[(|]\|", ["a", "b"], "")),  # "|" in a class or escaped cuts nothing
        (r"^(a|b)c", None),  # only non-capturing groups are cut
        (r"^(?:a\)|b)c", ("^", [r"a\)", "b"], "c")),
    ],
)
def test_alternatives(pattern: str, expected: tuple | None) -> None:
    assert alternatives(pattern) == expected


def test_the_alternatives_with_start_strings_are_parts_and_the_others_one_part() -> None:
    cut = parts(_rule(r"^(?:Share|[^\n]{0,40} on X|Tweet|.{0,9}Mail)$", "i"))
    assert cut is not None
    assert [p.pattern for p in cut] == ["^(?:Share)$", "^(?:Tweet)$", r"^(?:[^\n]{0,40} on X|.{0,9}Mail)$"]
    assert {p.flags for p in cut} == {"i"} and {p.id for p in cut} == {"t.navigation.x"}
    assert parts(_rule(r"^(?:.{0,9}Share|[^\n]{0,40} on X)$")) is None  # no part would be picked by its start


def test_every_cut_shipped_rule_matches_its_examples_as_its_parts_do() -> None:
    cut_rules = [(rule, found) for rule in RULES if (found := parts(rule)) is not None]
    assert len(cut_rules) > 20  # the line rules that open with anything in one alternative
    texts = [*EXAMPLES, *(t + "\n" for t in EXAMPLES)]
    for rule, found in cut_rules:
        whole = re.compile(rule.scoped_pattern())
        pieces = [re.compile(part.scoped_pattern()) for part in found]
        for text in texts:
            assert (whole.match(text) is not None) == any(p.match(text) is not None for p in pieces), (rule.id, text)


def _uncut(monkeypatch: pytest.MonkeyPatch, rules: list[Rule]) -> ScopeMatcher:
    with monkeypatch.context() as patched:
        patched.setattr(matchers, "parts", lambda rule: None)
        return ScopeMatcher(rules)


def test_cut_line_rules_find_the_rules_the_whole_ones_find(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = [r for r in RULES if r.scope == "line" and r.guard != "inside-body"]
    cut, whole = ScopeMatcher(rules), _uncut(monkeypatch, rules)
    assert len(cut._entries) > len(whole._entries) == len(rules)
    for text in EXAMPLES:
        assert cut.first(text) is whole.first(text), text


def test_a_part_that_matches_gives_the_whole_rules_match(monkeypatch: pytest.MonkeyPatch) -> None:
    # The part "xz" (picked by its start) is tried before the part ".{0,3}[xy]"; the whole rule
    # takes its first alternative, which backtracks to match "x" alone: that is the span cut.
    rules = [_rule(r"^(?:.{0,3}[xy]|xz)", scope="inline")]
    cut, whole = ScopeMatcher(rules), _uncut(monkeypatch, rules)
    assert len(cut._entries) == 2
    assert [(s, e) for s, e, _ in cut.spans("xz c")] == [(s, e) for s, e, _ in whole.spans("xz c")] == [(0, 1)]
