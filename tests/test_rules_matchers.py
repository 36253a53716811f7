"""The first-character buckets of anchored line rules pick exactly what the full alternation would."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.rules import default_rule_files, load_rule_files
from cleaner.rules.loader import Rule
from cleaner.rules.matchers import BoundMatcher, ScopeMatcher, first_chars

RULES = load_rule_files(default_rule_files()).rules
LINES = ScopeMatcher([r for r in RULES if r.scope == "line"], bucket_after=1)  # every bucket compiled at once
EXAMPLES = sorted({text.strip() for r in RULES for text in (*r.must_match, *r.must_not_match)})


def _rule(pattern: str, flags: str = "") -> Rule:
    return Rule(id="t.navigation.x", category="navigation", scope="line", pattern=pattern, language="t", flags=flags)


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        (r"^(?:Read more|Continue)", "", {"r", "c"}),
        (r"^(?:\d{1,3} )?Comments", "i", set("0123456789c")),
        (r"^[ÀA] lire", "i", {"a"}),
        (r"^.{0,10}Rights", "", None),
        (r"^\u212a", "i", {"k"}),  # the Kelvin sign matches "k" and "K" when case is ignored
    ],
)
def test_first_chars(pattern: str, flags: str, expected: set[str] | None) -> None:
    found = first_chars(_rule(pattern, flags))
    assert (None if found is None else set(found)) == expected


def _unbucketed(text: str) -> str | None:
    """What `first` gave before buckets: every anchored rule tried on every line."""
    full = BoundMatcher(LINES.rules, LINES._anchored, LINES._floating_for(text), LINES._apart)
    rule = full.first(text)
    return rule.id if rule is not None else None


def _same(text: str) -> None:
    rule = LINES.first(text)
    assert (rule.id if rule is not None else None) == _unbucketed(text), text


@pytest.mark.parametrize("text", EXAMPLES)
def test_buckets_agree_with_the_full_alternation_on_examples(text: str) -> None:
    _same(text)
    _same(text.upper())
    _same(text.lower())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAkKsS0 1-:©ÀÉéKſ«»|>")) | st.characters(), max_size=40))
def test_buckets_agree_with_the_full_alternation_on_any_text(text: str) -> None:
    _same(text)



def test_short_runs_use_the_full_alternation_until_a_bucket_pays() -> None:
    lazy = ScopeMatcher([r for r in RULES if r.scope == "line"], bucket_after=3)
    text = "Lire la suite »"
    assert lazy._anchored_for(text) is lazy._anchored
    assert lazy._anchored_for(text) is lazy._anchored
    bucket = lazy._anchored_for(text)
    assert bucket is not lazy._anchored and lazy._anchored_for(text) is bucket
    rule = lazy.first(text)
    assert (rule.id if rule is not None else None) == _unbucketed(text)
