"""The shortcuts the dedup passes take on ordinary pages give what the general paths give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import Deduplicator, UnitMemo, near_pass
from cleaner.dedup.text import _TOKEN, _UNSEGMENTED_CHAR, fold, tokens, tokens_and_script
from cleaner.dedup.units import collect_units
from cleaner.memo import Memo
from test_dedup_support import make_doc

# Letters with and without marks, a letter whose casefold adds a mark (İ), a lone combining mark,
# unsegmented characters (Han, Thai), digits (one full-width), a full-width capital, an underscore
# and separators.
CHARS = ["a", "Z", "é", "ß", "İ", "\u0301", "\u093f", "中", "ก", "1", "２", "Ａ", "_", " ", ".", "’", "\u02ff", "\u0300"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(CHARS), max_size=30).map("".join))
def test_tokens_take_the_general_pattern_s_tokens_and_tell_the_script(text):
    found, unsegmented = tokens_and_script(text)
    assert found == tokens(text) == _TOKEN.findall(fold(text))
    assert unsegmented == any(_UNSEGMENTED_CHAR.fullmatch(token) for token in found)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abcdefg"), st.booleans()), max_size=40))
def test_get_many_answers_what_get_answers(steps):
    """Two memos fed the same puts: one asked key by key, the other in batches of a few keys."""
    one, many = Memo(limit=3, chars=100), Memo(limit=3, chars=100)
    batch: list[str] = []
    for key, put in steps:
        if put:
            one.put(key, key.upper(), 5)
            many.put(key, key.upper(), 5)
        batch.append(key)
        if len(batch) == 3:
            assert many.get_many(batch) == [one.get(k) for k in batch]
            batch = []
    assert many.get_many(batch) == [one.get(k) for k in batch]


def test_get_many_finds_young_and_old_entries():
    memo = Memo(limit=2)
    for key in "abc":  # "a" and "b" fill the young generation, "c" makes them old
        memo.put(key, key.upper())
    assert memo.get_many(["c", "a", "x", "b"]) == ["C", "A", Memo.MISSING, "B"]


def _layers(doc):
    """The corpus step's two layers of a document: its paragraphs, then their sentences."""
    units, doc_tokens = collect_units(doc, UnitMemo(), 0)
    paragraphs: dict[int, list] = {}
    for unit in units:
        paragraphs.setdefault(unit.paragraph, []).append(unit)
    sentences = [[u] for group in paragraphs.values() if len(group) > 1 for u in group]
    return [list(paragraphs.values()), sentences, []], len(units), doc_tokens


def test_layers_in_one_pass_have_the_shingle_sets_of_one_pass_each(monkeypatch):
    doc = make_doc([
        ["Der Stadtrat hat am Dienstag den Haushalt beschlossen.", "Die Opposition stimmte dagegen."],
        ["Ein kurzer Satz."],
        ["Der Stadtrat hat am Dienstag den Haushalt beschlossen.", "Der Bürgermeister sprach von einem guten Tag für die Stadt."],
        [],
    ])
    memory = Deduplicator()._memory
    layers, n_units, doc_tokens = _layers(doc)
    together = memory._shingle_sets(layers, n_units, doc_tokens, 2)
    monkeypatch.setattr(near_pass, "_ONE_PASS_SHINGLES", 0)
    apart = memory._shingle_sets(layers, n_units, doc_tokens, 2)
    assert len(together) == len(apart) == len(layers[0]) + len(layers[1])
    assert [s.tolist() for s in together] == [s.tolist() for s in apart]
    assert all(s.dtype == a.dtype for s, a in zip(together, apart))
    assert together[0].tolist() == sorted(set(together[0].tolist())) and len(together[0]) > 0


def test_a_page_in_an_unsegmented_script_still_gets_character_shingles():
    han = make_doc([["北京市政府今天宣布新的交通计划将在明年实施。"]])
    latin = make_doc([["Le conseil municipal a voté le budget mardi soir."]])
    memory = Deduplicator()._memory
    for doc, size in ((han, memory.config.char_ngram), (latin, memory.config.shingle_words)):
        units, doc_tokens = collect_units(doc, UnitMemo(), 0)
        assert memory._shingle_size(doc, [units], doc_tokens) == size
