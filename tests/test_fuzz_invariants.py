"""Invariants the mutation campaigns check (benchmarks/fuzz_campaign.py), on a few fast examples.

tests/test_properties.py checks idempotence and that the output's characters are a subsequence of
the input's. These check what it does not: that every output *word* is found in the input after
the previous one; that the removals are disjoint, non-blank spans which, with the kept segments,
account for every visible character of the input (nothing disappears unreported); and that the
output is canonical (one blank line between paragraphs, no edge spaces, one final newline) on
real pages whose lines are shuffled, repeated and sprinkled with invisible and control characters.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner import clean_text

ROOT = Path(__file__).resolve().parents[1]
LINES = [line for path in sorted((ROOT / "seeds").glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
ODD = ["\x00", "\x07", "\x0b", "\x0c", "\x1c", "\x7f", "\x85", "\r", "\r\n", "\t", "\ufeff", "\u200b", "\u200d", "\u200e",
       "\u202e", "\u2066", "\u2069", "\u2028", "\u00a0", "\u00ad", "\u0301", "&amp;", "&#0;", "<p>", "</div>", "«", "…"]

line = st.one_of(st.sampled_from(LINES), st.sampled_from(LINES).map(lambda s: s[: len(s) // 2]))
odd_line = st.tuples(line, st.lists(st.tuples(st.integers(0, 400), st.sampled_from(ODD)), max_size=4)).map(
    lambda pair: _insert(*pair)
)
pages = st.lists(st.one_of(line, odd_line), min_size=1, max_size=25).map("\n".join)
fast = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _insert(text: str, inserts: list[tuple[int, str]]) -> str:
    for at, piece in inserts:
        at = min(at, len(text))
        text = text[:at] + piece + text[at:]
    return text


def invented_word(output: str, source: str) -> str | None:
    """The first output word not found in the source after the previous one (None: all found);
    benchmarks/fuzz_campaign.py checks its mutants with it too."""
    cursor = 0
    for word in output.split():
        at = source.find(word, cursor)
        if at < 0:
            return word
        cursor = at + len(word)
    return None


def _unaccounted(result) -> list[int]:
    doc = result.document
    covered = bytearray(len(doc.text))
    for start, end, _ in result.removals:
        covered[start:end] = b"\x01" * (end - start)
    for par in doc.paragraphs:
        for seg in par.kept_segments():
            covered[seg.start : seg.end] = b"\x01" * (seg.end - seg.start)
    return [i for i, ch in enumerate(doc.text) if not covered[i] and ch.isprintable() and not ch.isspace()]


@fast
@given(pages)
def test_output_words_come_from_the_input_in_order(page):
    result = clean_text(page)
    assert invented_word(result.text, result.document.text) is None


@fast
@given(pages)
def test_removals_are_disjoint_visible_spans_and_nothing_vanishes_unreported(page):
    result = clean_text(page)
    previous = 0
    for start, end, _ in result.removals:
        assert previous <= start < end <= len(result.document.text)
        assert result.document.text[start:end].strip()
        previous = end
    assert _unaccounted(result) == []


@fast
@given(pages)
def test_output_is_canonical_and_a_fixed_point(page):
    out = clean_text(page).text
    if out:
        assert out.endswith("\n") and not out.endswith("\n\n") and "\n\n\n" not in out and "\r" not in out
        assert all(line == line.strip(" ") for line in out.split("\n"))
    assert clean_text(out).text == out
