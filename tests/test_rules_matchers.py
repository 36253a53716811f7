"""The anchored rules a line's first characters allow pick exactly what the full alternation would."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.rules import default_rule_files, load_rule_files
from cleaner.rules.loader import Rule
from cleaner.rules import analysis, matchers
from cleaner.rules.matchers import ScopeMatcher
from cleaner.rules.gates import LiteralView
from cleaner.rules.patterns import (
    fold,
    is_start_anchored,
    literal_gate,
    max_length,
    start_strings,
)
from cleaner.rules.assertions import without_opening_assertions

RULES = load_rule_files(default_rule_files()).rules
LINES = ScopeMatcher([r for r in RULES if r.scope == "line"])
EXAMPLES = sorted({text.strip() for r in RULES for text in (*r.must_match, *r.must_not_match)})


def _rule(pattern: str, flags: str = "") -> Rule:
    return Rule(id="t.navigation.x", category="navigation", scope="line", pattern=pattern, language="t", flags=flags)


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        (r"^(?:Read more|Continue)", "", {"rea", "con"}),
        (r"^(?:\d{1,3} )?Comments", "i", {*"0123456789", "com"}),
        (r"^[ÀA] lire", "i", {"à l", "a l"}),
        (r"^A[bſ]c", "i", {"abc", "asc"}),  # long s: re pairs it with "s", and so does `fold`
        (r"^Вернуться", "i", {"вер"}),  # Cyrillic ve: re pairs it with the "rounded ve" too
        (r"^.{0,10}Rights", "", {""}),
        (r"^\u212a", "i", {"k"}),  # the Kelvin sign matches "k" and "K" when case is ignored
        (r"^\u0130stanbul", "i", {"ist"}),  # dotted capital I: lower-cased, two characters; re lowers it to "i"
        (r"^Share( on)?$", "", {"sha"}),
        (r"^a?b", "", {"a", "b"}),  # after a repeated item, the next one is not known
        (r"^[A-Z]{2}x", "", set("abcdefghijklmnopqrstuvwxyz")),  # 676 strings: cut to first letters
    ],
)
def test_start_strings(pattern: str, flags: str, expected: set[str]) -> None:
    assert set(start_strings(_rule(pattern, flags))) == expected


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        (r"^[^\n]{0,300}[—-] ?[^()\n]{1,80}\(@\w{1,15}\) \d{1,2} de (?:enero|mayo)", "", (("(@",), (") ",), (" de ",), ("enero", "mayo"))),
        (r"^.{0,150}\bAll [Rr]ights", "i", (("all ",), ("ights",))),
        (r"^(?:\d+ )?(?:Share|Tweet)", "", (("Share", "Tweet"),)),
        (r"^\w+$", "", None),
        (r"^.{0,120}(?:Partita IVA|P\.\s?IVA|P\.I\.|C\.F\.) \d{11}", "i", ((" ",), ("c.f.", "iva", "p.i."))),  # "iva" answers for "partita iva"
    ],
)
def test_literal_gate_keeps_every_mandatory_literal(pattern: str, flags: str, expected: tuple | None) -> None:
    assert literal_gate(_rule(pattern, flags)) == expected


def test_fold_pairs_exactly_what_re_ignorecase_pairs() -> None:
    """Every character a case-insensitive literal matches folds as the literal does, and no other
    character does: rules and texts compared folded miss no match and gain none. A character
    with no case maps to itself; the cased ones are checked against re itself, pair by pair."""
    codes = [code for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    cased = "".join(chr(c) for c in codes if chr(c).lower() != chr(c) or chr(c).upper() != chr(c))
    for code in codes:
        ch = chr(code)
        if ch not in cased:
            assert fold(ch) == ch
    by_fold: dict[str, set[str]] = {}
    for ch in cased:
        assert len(fold(ch)) == 1, ch
        by_fold.setdefault(fold(ch), set()).add(ch)
    for ch in cased:
        assert set(re.findall("(?i)" + re.escape(ch), cased)) == by_fold[fold(ch)], ch
    assert fold("ΟΔΟΣ Σ") == fold("οδος σ") and fold("ſ\u212a\u0130") == "ski"


def test_a_paragraph_without_the_gate_literal_skips_the_costly_rule() -> None:
    matcher = ScopeMatcher([_rule(r"^.{0,150}\bAll rights reserved", "i"), _rule(r"^Share")])
    assert matcher.within("Some prose about rights.")._gated == ()
    assert matcher.first("Some prose about rights.") is None
    assert matcher.within("© 2024 Example. ALL RIGHTS RESERVED")._gated == (0,)
    assert matcher.first("© 2024 Example. ALL RIGHTS RESERVED").pattern.startswith("^.{0,150}")
    assert matcher.within("Some prose ſ")._gated == ()  # a long s folds to "s": no "all rights" here
    assert matcher.first("© 2024 Example. ALL RIGHTS RE\u017fERVED") is not None  # long s, as re pairs it


@pytest.mark.parametrize("case", [str, str.upper])
def test_the_gate_index_admits_what_testing_every_gate_admits(case) -> None:
    """Rules filed under one literal group each, then checked whole: the same rules as every
    gate tested in turn, on every rule example (those hold the literals)."""
    for text in map(case, EXAMPLES):
        seen = LiteralView(text)
        for index in (LINES._gated, LINES._floating_gated):
            expected = tuple(i for i, (gate, ignore_case) in sorted(index._gates.items()) if seen.admits(gate, ignore_case))
            assert index.admitted(seen) == expected, text
    assert LINES._gated.admitted(LiteralView("© 2024 Example. All rights reserved")) != ()


def test_sentence_rules_are_picked_by_the_sentence_not_the_paragraph() -> None:
    """A paragraph's matcher serves its sentences: one starting with another letter than the
    paragraph must still meet the rules for its own first letter (whatever ran before)."""
    matcher = ScopeMatcher([_rule(r"^Mehr zum Thema"), _rule(r"^Der Autor ist")])
    paragraph = "Der Text geht weiter. Mehr zum Thema: Wahlen"
    for _ in range(3):
        here = matcher.within(paragraph)
        assert here.first("Der Text geht weiter.") is None
        assert here.first("Mehr zum Thema: Wahlen").pattern == "^Mehr zum Thema"


@lru_cache(maxsize=1)
def _full_alternation() -> re.Pattern[str]:
    """One alternation of every anchored line rule (compiled once: hundreds of rules take seconds)."""
    anchored = [(i, r) for i, r in enumerate(LINES.rules) if is_start_anchored(r) and not analysis._NOT_COMBINABLE.search(r.pattern)]
    return re.compile("|".join(f"(?P<r{i}>{rule.scoped_pattern()})" for i, rule in anchored))  # the rules as written


def _one_alternation(text: str) -> str | None:
    """What one alternation gives of every anchored rule on every line."""
    found = _full_alternation().match(text)
    if found is not None:
        return LINES.rules[int(found.lastgroup[1:])].id
    floating = LINES._floating_for(LiteralView(text))
    found = floating.search(text) if floating is not None else None
    if found is not None:
        return LINES.rules[int(found.lastgroup[1:])].id
    for index, pattern in LINES._apart:
        if pattern.search(text) is not None:
            return LINES.rules[index].id
    return None


def _same(text: str) -> None:
    rule = LINES.first(text)
    assert (rule.id if rule is not None else None) == _one_alternation(text), text


# For each letter re pairs with others beyond upper and lower case, another of its class:
# s -> long s, k -> Kelvin sign, в -> rounded ve, σ -> final sigma, i -> dotless i...
_PARTNER = {"s": "\u017f", "k": "\u212a", "в": "\u1c80", "о": "\u1c82", "т": "\u1c84", "σ": "ς", "i": "\u0131", "β": "ϐ"}


@pytest.mark.parametrize("text", EXAMPLES)
def test_candidates_agree_with_the_full_alternation_on_examples(text: str) -> None:
    _same(text)
    _same(text.upper())
    _same(text.lower())
    _same("".join(_PARTNER.get(ch, ch) for ch in text.lower()))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAkKsS0 1-:©ÀÉéKſ«»|>вВᲀσςΣİıПЧ")) | st.characters(), max_size=40))
def test_candidates_agree_with_the_full_alternation_on_any_text(text: str) -> None:
    _same(text)



def test_only_the_rules_a_text_can_start_are_tried_and_compiled() -> None:
    matcher = ScopeMatcher([_rule(r"^Lire la suite"), _rule(r"^Partager"), _rule(r"^Lire aussi")])
    text = "Lire la suite »"
    assert matcher._candidates(text) == (0, 2)  # rule order, whatever order the start strings came in
    assert matcher._candidates("Plus rien") == ()  # no rule starts "plu": nothing to try
    assert matcher.first(text).pattern == "^Lire la suite"
    assert matcher.first("Lire aussi : la suite").pattern == "^Lire aussi"
    assert sorted(matcher._singles) == [0, 2]  # "Partager" never compiled
    assert matcher._candidates("\u212a") == ()  # Kelvin sign: a "k", which starts no rule here
    assert matcher._candidates("L\u0130RE LA SUITE") == (0, 2)  # dotted capital I: an "i", as re lowers it


def test_a_line_opening_on_another_scripts_figures_picks_the_rules_starting_with_a_digit() -> None:
    """`\\d` matches "५" and "۵" as it matches "5", yet its start strings hold ASCII digits only:
    a Marathi date line ("५ डिसेंबर २०२६, १०:३०") picked no date rule and was kept."""
    matcher = ScopeMatcher([_rule(r"^\d{1,2} (?:डिसेंबर|ڊسمبر) \d{4}$"), _rule(r"^2026$")])
    assert matcher.first("५ डिसेंबर २०२६").pattern.startswith("^\\d")
    assert matcher.first("۵ ڊسمبر ۲۰۲۶").pattern.startswith("^\\d")
    assert matcher._candidates("२०२६") == (0, 1)  # the ASCII literal is tried, and its pattern says no
    assert matcher.first("२०२६") is None


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        (r"^Share$", "", 5),
        (r"^Share\Z", "", 5),
        (r"^(?:Read|Lire) (?:more|la suite)\W{0,3}$", "i", 16),
        (r"^Sh.*$", "", None),  # no bound
        (r"^Share", "", None),  # may stop before the end of the text
        (r"^(?:a$|b)", "", None),  # the end anchor is not last on every path
        (r"^ Share \s? $", "x", 6),  # verbose: spaces are not characters to match
    ],
)
def test_max_length_bounds_only_what_must_end_at_the_end(pattern: str, flags: str, expected: int | None) -> None:
    assert max_length(Rule(id="t.navigation.x", category="navigation", scope="line", pattern=pattern, language="t", flags=flags)) == expected


def test_rules_too_short_for_a_text_are_skipped_without_changing_the_answer() -> None:
    matcher = ScopeMatcher([_rule(r"^Share$"), _rule(r"^\W{0,2}Partager\W{0,2}$"), _rule(r"^Share.{0,40}$")])
    assert matcher.first("Share").pattern == "^Share$"
    assert matcher.first("Share\n").pattern == "^Share$"  # "$" before a final newline
    assert matcher.first("Share this").pattern == "^Share.{0,40}$"
    assert matcher.first("» Partager «").pattern == r"^\W{0,2}Partager\W{0,2}$"
    assert matcher.first("Share " + "x" * 60) is None
    fresh = ScopeMatcher([_rule(r"^Share$"), _rule(r"^Share.{0,40}$")])
    assert fresh.first("Share " + "x" * 30).pattern == "^Share.{0,40}$"
    assert sorted(fresh._singles) == [1]  # "^Share$" cannot span 36 characters: never tried


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(EXAMPLES), st.text(alphabet=" .x\n»", max_size=600))
def test_long_texts_get_what_the_full_alternation_gives(example: str, tail: str) -> None:
    _same(example + tail)
    _same(example + "\n")


@pytest.mark.parametrize(
    "pattern, scope, text",
    [
        (r"^ (?: \w+ \s )? Read \s more $", "line", "Please Read more"),  # gated: its literals are "Read", "more"
        (r"^ Read \s more $", "line", "Read more"),  # pinned by its first characters
        (r"Read \s more \s »", "inline", "A text. Read more »"),  # floating: a required literal
    ],
)
def test_a_verbose_rule_is_read_as_its_flags_say(pattern: str, scope: str, text: str) -> None:
    """With the "x" flag, spaces in a pattern match nothing: the analyses that pick which rules a
    text can meet must read it so (they once took " Read " for a literal, and the rule never fired)."""
    rule = Rule(id="t.navigation.x", category="navigation", scope=scope, pattern=pattern, language="t", flags="x")
    assert rule.compile().search(text) is not None
    assert ScopeMatcher([rule]).first(text) is rule


@pytest.mark.parametrize(
    "pattern, flags, expected",
    [
        (r"^(?!.{0,30}VIDEO:)Photo: \w+$", "", r"^Photo: \w+$"),
        (r"^(?!VIDEO:)(?=\S)Photo: \w+$", "", None),  # lookaheads that cannot scan: not worth a second pattern
        (r"^(?![^\n]{0,30}(?:said|says))(?=\S)(?:Follow us|Share)$", "i", r"^(?:Follow us|Share)$"),
        (r"^(?![)\]]x)(?!\(a[(]\).*)(b)$", "", r"^(b)$"),  # brackets in classes and escapes do not nest
        (r"^(?!(a+))(?:b|c)", "", r"^(?:b|c)"),  # a capturing group in the cut: later groups renumber
        (r"^Photo: \w+$", "", None),  # nothing to cut
        (r"^(?=(a+))\1b", "", None),  # a back-reference may name a group inside the cut
        (r"^(?!a+)(?(1)b|c)", "", None),  # and so may a conditional
        (r"^ (?!a+) b $", "x", None),  # verbose: left alone
        (r"^(?!a", "", None),  # never closes
    ],
)
def test_opening_assertions_are_cut_only_when_safe(pattern: str, flags: str, expected: str | None) -> None:
    assert without_opening_assertions(_rule(pattern, flags)) == expected


def test_a_rule_tried_after_its_cut_opening_matches_as_written() -> None:
    """`(?=^X)` before a rule `^(?!...)X`: the same match, alone or in an alternation, also where
    the assertion is what turns the text away."""
    rule = _rule(r"^(?![^\n]{0,40},\s?(?:said|says)\b)(?:Follow us|Share)\b[^\n]{0,40}$", "i")
    guarded = re.compile(matchers._guarded(rule))
    assert guarded.pattern != rule.scoped_pattern()
    texts = {
        "Follow us on X": rule.pattern,
        "share this": rule.pattern,
        "Share, said the minister": None,  # the assertion turns it away
        "Follow us, says the site": None,
        "Photo: x": r"^Photo: \w+$",
        "Photo: x y": None,
    }
    for text in texts:
        a, b = guarded.match(text), rule.compile().match(text)
        assert (a.span() if a else None) == (b.span() if b else None), text
    matcher = ScopeMatcher([_rule(r"^Photo: \w+$"), rule])
    assert {text: getattr(matcher.first(text), "pattern", None) for text in texts} == texts


def test_every_shipped_rule_with_a_cut_opening_matches_its_examples_as_written() -> None:
    cut = [r for r in RULES if analysis.shape(r).opening is not None]
    assert cut  # the shipped rules open with such guards ("... , said", quoted speech)
    for rule in cut:
        guarded = re.compile(matchers._guarded(rule))
        plain = rule.compile()
        for text in EXAMPLES:
            a, b = guarded.match(text), plain.match(text)
            assert (a.span() if a else None) == (b.span() if b else None), (rule.id, text)
