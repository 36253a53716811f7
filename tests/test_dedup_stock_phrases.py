"""Stock phrases across sources: a short line between new prose in pages of many sources.

"The company did not respond to a request for comment." set as a paragraph between an article's
own prose, in articles of three sources or more, is the trade's stock phrase, no copy of the first
article that printed it: the run's plan finds such lines (`stock_line_min_sources`) and the corpus
step keeps them where new prose stands on both sides. A short paragraph of one article reprinted
into another between its own prose stands so in two sources (the original's and the copy's): a
copy. A wire story reprinted whole keeps no such line: its neighbours are copies too.
"""

from __future__ import annotations

from cleaner.config import Config
from cleaner.dedup import DedupConfig, Deduplicator
from cleaner.dedup.plan import plan_documents
from cleaner.dedup.text import exact_key, tokens
from cleaner.pipeline import clean_corpus
from cleaner.types import Document

from test_dedup_support import kept_texts, make_doc, news_prose, removed

NO_COMMENT = "The company did not respond to a request for comment."
FINED = "Brenlow Chemicals was fined after a similar leak in 2021."


def _page(i: int, middle: str) -> list[str]:
    """An article of its own with `middle` as a paragraph between its prose."""
    return [news_prose(i), middle, news_prose(100 + i)]


def _docs(pages: list[list[str]], sources: list[str]) -> list[Document]:
    return [Document(id=f"{i}.txt", text="\n".join(lines) + "\n", source=source) for i, (lines, source) in enumerate(zip(pages, sources))]


def _cleaned(docs: list[Document], **knobs: object) -> list[str]:
    return [r.text for r in clean_corpus(docs, Config(dedup=DedupConfig(**knobs)))]


def _key(line: str) -> int:
    return exact_key(tokens(line))


def test_the_plan_finds_a_line_between_own_prose_in_three_sources():
    docs = _docs([_page(i, NO_COMMENT) for i in range(3)], ["a", "b", "c"])
    assert plan_documents(docs, DedupConfig()).stock_phrases == {_key(NO_COMMENT)}
    assert plan_documents(docs[:2], DedupConfig()).stock_phrases == frozenset()
    assert plan_documents(docs, DedupConfig(stock_line_min_sources=4)).stock_phrases == frozenset()


def test_three_pages_of_one_source_are_one_source():
    docs = _docs([_page(i, NO_COMMENT) for i in range(3)], ["a", "a", "b"])
    assert plan_documents(docs, DedupConfig()).stock_phrases == frozenset()


def test_a_line_between_reprinted_paragraphs_is_no_stock_phrase():
    """A wire story's short line, reprinted with the paragraphs around it: they are no
    article's own prose (other documents hold them)."""
    wire = [news_prose(7), NO_COMMENT, news_prose(8)]
    docs = _docs([[f"Headline {i}", *wire] for i in range(3)], ["a", "b", "c"])
    assert plan_documents(docs, DedupConfig()).stock_phrases == frozenset()


def test_a_long_line_is_no_stock_phrase():
    long_line = "The company did not respond to a request for comment from this newspaper on Friday."
    docs = _docs([_page(i, long_line) for i in range(3)], ["a", "b", "c"])
    assert plan_documents(docs, DedupConfig()).stock_phrases == frozenset()


def test_a_stock_phrase_of_three_sources_stays_in_each_and_a_short_reprint_of_two_goes():
    pages = [_page(i, NO_COMMENT) for i in range(3)] + [_page(3, FINED), _page(4, FINED)]
    texts = _cleaned(_docs(pages, ["a", "b", "c", "d", "e"]))
    assert [NO_COMMENT in t for t in texts] == [True, True, True, False, False]
    assert [FINED in t for t in texts] == [False, False, False, True, False]
    texts = _cleaned(_docs(pages, ["a", "b", "c", "d", "e"]), stock_line_min_sources=4)
    assert [NO_COMMENT in t for t in texts] == [True, False, False, False, False]


def test_a_stock_phrase_above_a_copied_paragraph_is_still_a_copy():
    """Where the paragraph below is another article's, the line is part of a copied passage."""
    pages = [_page(i, NO_COMMENT) for i in range(4)]
    pages.append([news_prose(4), NO_COMMENT, news_prose(100), news_prose(9)])  # the first article's paragraph below
    texts = _cleaned(_docs(pages, ["a", "b", "c", "d", "e"]))
    assert [NO_COMMENT in t for t in texts] == [True, True, True, True, False]


def test_one_document_at_a_time_another_source_s_phrase_is_a_copy():
    """No plan, no count ahead: the corpus step alone cannot tell a stock phrase of three
    sources from a reprint of one (its third copy in another source is too late to tell)."""
    pages = [[[news_prose(i)], [NO_COMMENT], [news_prose(100 + i)]] for i in range(3)]
    with Deduplicator(DedupConfig()) as dedup:
        out = [dedup.apply(make_doc(p, f"{i}.txt", source=f"site{i}")) for i, p in enumerate(pages)]
    assert [NO_COMMENT in kept_texts(d) for d in out] == [True, False, False]
    assert removed(out[2]) == [(NO_COMMENT, "dedup.exact.sentence")]


def test_an_index_run_counts_the_sources_of_earlier_runs(tmp_path):
    """The plan of a run with `--index` sees only that run's pages; the index remembers how many
    pages of other sources held the line before, so a fourth source's article keeps it, while a
    line of one earlier article, reprinted once, still goes."""
    index = tmp_path / "idx.sqlite"
    first = _docs([_page(i, NO_COMMENT) for i in range(3)] + [_page(3, FINED)], ["a", "b", "c", "d"])
    assert all(NO_COMMENT in t for t in [r.text for r in clean_corpus(first, Config(), index)][:3])
    later = [Document(id=f"new{i}.txt", text="\n".join(_page(10 + i, line)) + "\n", source=s)
             for i, (line, s) in enumerate([(NO_COMMENT, "e"), (FINED, "f")])]
    texts = [r.text for r in clean_corpus(later, Config(), index)]
    assert [NO_COMMENT in texts[0], FINED in texts[1]] == [True, False]


def test_an_index_counts_sources_not_pages(tmp_path):
    """Three earlier pages of two sources: the line is in three sources only with a third one."""
    index = tmp_path / "idx.sqlite"
    first = _docs([_page(0, NO_COMMENT), _page(1, NO_COMMENT), _page(2, NO_COMMENT)], ["a", "b", "b"])
    list(clean_corpus(first, Config(), index))
    later = [Document(id=f"new{i}.txt", text="\n".join(_page(10 + i, NO_COMMENT)) + "\n", source=s) for i, s in enumerate(["b", "c"])]
    texts = [r.text for r in clean_corpus(later[:1], Config(), index)] + [r.text for r in clean_corpus(later[1:], Config(), index)]
    assert [NO_COMMENT in t for t in texts] == [False, True]
