"""The memos of the per-document passes (sentence spans of a line, stopword counts of a line)
must never change an answer: a memo warmed by other documents gives what a cold run gives."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.memo import Memo
from cleaner.steps import compiled_rules
from cleaner.rules.language import guess_language, stopword_counts
from cleaner.segment import segment
from cleaner.types import Document

# Tokens that reach every seam decision: terminators, quotes, glued capitals (camel and caps
# seams, which consult the document's words), datelines, abbreviations, initials.
TOKENS = [
    "Il", "est", "parti.", "Elle", "restée.", "Russie", "Kim", "RussieKim", "Jong", "Un", "KCNA",
    "KCNASEOUL", "SEOUL", "-", "Le", "la", "M.", "J.", "Smith", "»", "«", "pays.Le", "Vraiment",
    "?", "!", "...", "Après", "s'être", "MarketWatch", "Market", "Watch", "the", "Σ", "ΟΔΟΣ", "de",
]
lines = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=12).map(" ".join)
indent = st.sampled_from(["", "", " ", "\t"])
documents = st.lists(
    st.tuples(indent, lines, indent).map("".join), min_size=1, max_size=6
).map("\n".join)


def spans_of(doc: Document) -> list[list[tuple[int, int]]]:
    return [[(s.start, s.end) for s in par.segments] for par in doc.paragraphs]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(documents, min_size=1, max_size=5))
def test_warm_span_memo_gives_the_cold_spans(texts):
    memo: Memo = Memo(limit=8)  # small: entries also move between generations
    for text in texts + texts[::-1]:
        warm = segment(Document(id="w", text=text), memo)
        cold = segment(Document(id="c", text=text))
        assert spans_of(warm) == spans_of(cold)


def test_a_seam_decided_by_the_documents_words_is_not_remembered():
    line = "Kim Jong Un a pris le train pour aller en RussieKim Jong Un a quitté Pyongyang."
    with_evidence = "La visite en Russie. Kim est parti.\n" + line
    memo: Memo = Memo()
    split = segment(Document(id="a", text=with_evidence), memo)
    assert len(split.paragraphs[1].segments) == 2  # both halves are words of that document
    alone = segment(Document(id="b", text=line), memo)
    assert len(alone.paragraphs[0].segments) == 1  # no evidence here: the memo must not say 2


def test_a_line_is_remembered_only_when_whole():
    memo: Memo = Memo()
    segment(Document(id="a", text="  Il est parti. Elle est restée.\nFin."), memo)
    assert memo.get((False, "Fin.")) == ((0, 4),)
    assert len(memo) == 1  # the indented line was not stored: what precedes it is not a line break


@settings(deadline=None)
@given(st.lists(st.text(alphabet="aAdeélLΣσς \nxDEs'_1.,\t", max_size=40), max_size=6))
def test_stopword_counts_by_line_equal_the_whole_sample(samples):
    index = compiled_rules(Config().rules).stopword_index
    memo: Memo = Memo(limit=4)
    for sample in samples + samples:
        assert stopword_counts(sample, index, memo) == stopword_counts(sample, index)


def test_language_guess_with_memo_is_the_same_guess():
    engine = compiled_rules(Config().rules)
    s = engine.settings.engine
    text = "Le président a dit que la loi est votée.\nThe law was passed by the house and the senate.\n" * 3
    args = (engine.stopword_index, s.language_sample_chars, s.language_min_hits, s.language_margin)
    memo: Memo = Memo()
    assert guess_language(text, *args, memo) == guess_language(text, *args) == guess_language(text, *args, memo)
