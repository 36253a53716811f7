"""Repeats inside the articles of a small source: evidence of a template, or the articles' own?

- A sentence-shaped line is site template only in `template_sentence_min_docs` pages of its
  source (and `template_line_share` of them), unless it is on every page: "The company did not
  respond to a request for comment." in 3 of a site's 11 pages stays, its tagline on all 11 goes.
- A line between two prose paragraphs (lines.inside_prose) does not become template by being on
  every page of a folder of three follow-ups: it needs `template_sentence_min_docs` pages.
- A source's own stock sentence set as a paragraph in the middle of its articles is no copy of
  the first one; another source's is (the corpus benchmark's reprints copy such a paragraph).
- A long background sentence repeated by follow-ups of one source is kept once, in the first.
"""

from __future__ import annotations

from cleaner.config import Config
from cleaner.dedup import DedupConfig, Deduplicator
from cleaner.pipeline import clean_corpus
from cleaner.types import Document

from test_dedup_support import kept_texts, make_doc, news_prose, removed

NO_COMMENT = "The company did not respond to a request for comment."
TAGLINE = "The Ledger has covered life in the Vale since 1871."
BACKGROUND = "The Kestrel Ridge fire destroyed 40 homes and two schools in Millbrook in August 2019 and forced 3,000 people to flee."
PROMO = "Sign up to the Ledger's morning briefing to get the day's local news in your inbox before breakfast."


def _texts(pages: list[list[list[str]]], source: str = "site", **knobs: object) -> list[str]:
    """The pages cleaned as one run (with its plan), as `cleaner clean` does a folder."""
    docs = [make_doc(p, f"{i}.txt", source=source) for i, p in enumerate(pages)]
    return [r.text for r in clean_corpus([Document(id=d.id, text=d.text, source=source) for d in docs], Config(dedup=DedupConfig(**knobs)))]


def test_a_stock_line_in_three_of_eleven_pages_stays_and_the_tagline_on_all_goes():
    pages = [[[news_prose(i)], [news_prose(100 + i)], *([[NO_COMMENT]] if i in (1, 5, 9) else []), [TAGLINE]] for i in range(11)]
    texts = _texts(pages)
    assert [NO_COMMENT in t for t in texts] == [i in (1, 5, 9) for i in range(11)]
    assert not any(TAGLINE in t for t in texts)
    assert not any(NO_COMMENT in t for t in _texts(pages, template_sentence_min_docs=3))  # 3 of 11 is 27%


def test_one_page_at_a_time_the_third_of_eleven_pages_keeps_it_too():
    pages = [[[news_prose(i)], [news_prose(100 + i)], *([[NO_COMMENT]] if i in (1, 5, 9) else []), [TAGLINE]] for i in range(11)]
    with Deduplicator(DedupConfig()) as dedup:
        out = [dedup.apply(make_doc(p, f"{i}.txt", source="site")) for i, p in enumerate(pages)]
    assert [NO_COMMENT in kept_texts(d) for d in out] == [i in (1, 5, 9) for i in range(11)]
    assert [TAGLINE in kept_texts(d) for d in out] == [True, True] + [False] * 9


def test_a_tagline_on_every_page_of_a_four_page_source_goes():
    pages = [[[news_prose(i)], [news_prose(100 + i)], [TAGLINE]] for i in range(4)]
    assert not any(TAGLINE in t for t in _texts(pages))


def test_a_source_repeating_its_stock_sentence_mid_article_keeps_it_in_each():
    """New prose above and below, in different articles of one source: the newsroom's phrase."""
    pages = [[[news_prose(i)], [NO_COMMENT], [news_prose(100 + i)]] for i in range(2)]
    with Deduplicator(DedupConfig()) as dedup:
        out = [dedup.apply(make_doc(p, f"{i}.txt", source="site")) for i, p in enumerate(pages)]
    assert all(NO_COMMENT in kept_texts(d) for d in out)
    assert not any(removed(d) for d in out)
    with Deduplicator(DedupConfig()) as dedup:  # another source's: a copied paragraph
        out = [dedup.apply(make_doc(p, f"{i}.txt", source=f"site{i}")) for i, p in enumerate(pages)]
    assert removed(out[1]) == [(NO_COMMENT, "dedup.exact.sentence")]


def test_a_mid_article_stock_sentence_above_a_copied_paragraph_of_its_source_is_a_copy():
    """The paragraph below must hold new text: below a copied one the line is part of a copy."""
    pages = [[[news_prose(0)], [NO_COMMENT], [news_prose(1)], [news_prose(2)]], [[news_prose(3)], [NO_COMMENT], [news_prose(1)], [news_prose(4)]]]
    with Deduplicator(DedupConfig()) as dedup:
        out = [dedup.apply(make_doc(p, f"{i}.txt", source="site")) for i, p in enumerate(pages)]
    assert (NO_COMMENT, "dedup.exact.sentence") in removed(out[1])


def test_a_background_sentence_in_three_follow_ups_of_a_folder_is_kept_once():
    pages = [[[news_prose(i)], [BACKGROUND], [news_prose(100 + i)]] for i in range(3)]
    texts = _texts(pages)
    assert [BACKGROUND in t for t in texts] == [True, False, False]  # not template: a copy of the first
    with Deduplicator(DedupConfig()) as dedup:
        out = [dedup.apply(make_doc(p, f"{i}.txt", source="site")) for i, p in enumerate(pages)]
    assert [r for d in out for r in removed(d)] == [(BACKGROUND, "dedup.exact.sentence")] * 2


def test_a_promo_between_the_paragraphs_of_most_pages_is_still_template():
    pages = [[[news_prose(i)], [PROMO], [news_prose(100 + i)]] for i in range(6)]
    assert not any(PROMO in t for t in _texts(pages))
    pages = [[[news_prose(i)], [PROMO], [news_prose(100 + i)]] for i in range(3)]
    assert not any(PROMO in t for t in _texts(pages, template_sentence_min_docs=3))


def test_a_long_sentence_between_new_ones_in_a_third_page_is_a_copy_of_the_first():
    """Mid-paragraph, new sentences on both sides: a follow-up's background, never template.
    Every later copy is `dedup.exact.sentence` pointing to the first page's; at a paragraph's
    edge, where a site glues its promo, the third page's copy is still template."""
    long_sentence = "The Kestrel Ridge fire destroyed 40 homes and two schools in Millbrook in August 2019."
    pages = [[[news_prose(i)], [news_prose(10 + i), long_sentence, news_prose(20 + i)], [news_prose(30 + i)]] for i in range(4)]
    with Deduplicator(DedupConfig()) as dedup:
        out = [dedup.apply(make_doc(p, f"{i}.txt", source="site")) for i, p in enumerate(pages)]
    found = [[(r.reason, r.rule, r.original.doc if r.original else None) for _, _, r in d.removals()] for d in out]
    assert found == [[]] + [[("duplicate", "dedup.exact.sentence", "0.txt")]] * 3
    texts = _texts([[[news_prose(i)], [news_prose(10 + i), long_sentence, news_prose(20 + i)], [news_prose(30 + i)]] for i in range(4)])
    assert [long_sentence in t for t in texts] == [True, False, False, False]
    edge = [[[news_prose(i)], [news_prose(10 + i), long_sentence], [news_prose(30 + i)]] for i in range(4)]
    with Deduplicator(DedupConfig()) as dedup:
        out = [dedup.apply(make_doc(p, f"{i}.txt", source="site")) for i, p in enumerate(edge)]
    assert [[r.rule for _, _, r in d.removals()] for d in out] == [[], ["dedup.exact.sentence"], ["dedup.template.sentence"], ["dedup.template.sentence"]]
