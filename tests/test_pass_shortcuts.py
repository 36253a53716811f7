"""Shortcuts of the per-document passes: each must give what the long way gives.

`dedup.may_hold_templates` lets `dedup_within` skip building units when no planned template line
can be among the kept pieces; `types.fold_spaces` returns an already folded segment as it is;
`Document.kept_text` slices a one-segment paragraph without a join.
"""

from __future__ import annotations

import copy

from hypothesis import given, settings
from hypothesis import strategies as st

import cleaner.dedup as dedup
from cleaner.dedup import DedupConfig, UnitMemo, dedup_within
from cleaner.dedup.processing_plan import TemplateKeys
from cleaner.dedup.text import exact_key, tokens
from cleaner.types import Document, Paragraph, Removal, Segment, fold_spaces
from test_dedup_support import make_doc, removed

WORDS = ["Lire", "aussi", "la", "suite", "Le", "chat", "dort.", "Newsletter", "abonnez-vous", "Paris", "2024", "rendu"]
sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=10).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=3)
document = st.lists(paragraph, min_size=1, max_size=6)


def _template_keys(paragraphs: list[list[str]], picks: list[int]) -> TemplateKeys:
    """Template lines drawn from the document itself: some sentences, some whole paragraphs."""
    sentences = [s for p in paragraphs for s in p]
    keys, words = [], []
    for pick in picks:
        if pick % 2:
            text = sentences[pick % len(sentences)]
        else:
            text = " ".join(paragraphs[pick % len(paragraphs)])
        keys.append(exact_key(tokens(text)))
        words.append(len(tokens(text)))
    return TemplateKeys(keys, words)


@settings(max_examples=150, deadline=None)
@given(document, st.lists(st.integers(0, 40), max_size=4), st.booleans())
def test_the_template_shortcut_never_changes_what_a_pass_removes(paragraphs, picks, within):
    templates = _template_keys(paragraphs, picks)
    config = DedupConfig(within_document=within)
    short, long = make_doc(paragraphs), make_doc(paragraphs)
    marked = dedup_within(short, config, UnitMemo(), templates)
    original = dedup.may_hold_templates
    dedup.may_hold_templates = lambda *_: True  # the long way: units built for every pass
    try:
        assert dedup_within(long, config, UnitMemo(), templates) == marked
    finally:
        dedup.may_hold_templates = original
    assert removed(short) == removed(long)


def test_the_shortcut_tells_template_lines_from_short_sentences_inside_prose():
    line = "Newsletter abonnez-vous"
    prose = ["Le chat dort sur le toit de la maison depuis hier soir.", line, "Le chien aboie fort."]
    key, words = exact_key(tokens(line)), len(tokens(line))
    alone, inside = make_doc([[line], ["Le chat dort."]]), make_doc([prose])
    memo = UnitMemo()
    assert dedup_within(alone, DedupConfig(), memo, TemplateKeys([key], [words]))
    assert removed(alone) == [(line, "dedup.template.sentence")]
    kept = dedup.kept_pieces(inside, memo)
    assert not dedup.may_hold_templates(kept, TemplateKeys([key], [words]), DedupConfig().min_words)
    whole = " ".join(prose)
    assert dedup.may_hold_templates(kept, TemplateKeys([exact_key(tokens(whole))], [len(tokens(whole))]), 8)


def test_fold_spaces_is_a_split_and_join_for_every_kind_of_whitespace():
    samples = [
        "", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u2009b", "a\u3000b",
        "a\u0085b", "a\u2028b", "a\x1fb", "a\u00adb", "déjà vu", "東京 タワー", "a \u200bb", "\u00a0a",
    ]
    for text in samples:
        assert fold_spaces(text) == " ".join(text.split()), repr(text)


def test_kept_text_joins_the_kept_segments_of_one_or_several():
    text = "Un. Deux. Trois.\nSeul."
    removal = Removal("boilerplate", "test")
    several = Paragraph(0, 16, [Segment(0, 3), Segment(4, 9, removal), Segment(10, 16)])
    alone = Paragraph(17, 22, [Segment(17, 22)])
    gone = Paragraph(17, 22, [Segment(17, 22, removal)])
    doc = Document(id="d", text=text, paragraphs=[several, alone])
    assert doc.kept_text(several) == "Un. Trois."
    assert doc.kept_text(alone) == "Seul."
    assert doc.kept_text(gone) == ""
    whole_gone = copy.copy(several)
    whole_gone.removal = removal
    assert doc.kept_text(whole_gone) == ""
