"""Stock sentences standing as a paragraph of their own, across documents.

"Police are appealing for witnesses." and "The company did not respond to a request for comment."
close unrelated articles of every source, as a one-sentence paragraph right below the article's
own prose. They are neither cross-source boilerplate (menu items and buttons are no sentence, or
follow no prose) nor a copy (a reprint's lines follow copied text); a longer one lifted from
another article with more new prose below it is still a copy, and three articles of one source
still make a line site template.
"""

from __future__ import annotations

from cleaner.config import Config
from cleaner.dedup import DedupConfig, Deduplicator
from cleaner.types import Document

from test_dedup_support import kept_texts, made_up_prose, make_doc, removed

PROSE = [
    "Thieves cut through a padlock and stole power tools worth about 8,000 pounds from a garage in Little Hallow overnight on Sunday.",
    "A man in his sixties was seriously injured when he fell about eight metres from a cliff path near Sandwick on Saturday afternoon.",
    "Detectives believe a fire that destroyed a disused warehouse on Mill Lane in Brackford on Friday night was started deliberately.",
    "Stridewell, the shoe retailer with 48 shops across the north of England, has appointed administrators after talks with a buyer collapsed.",
]
MORE = [
    "The owner said the loss would force him to turn customers away for at least a week while he replaced his equipment.",
    "Coastguard teams were called at 2.40pm and the man was airlifted to hospital, where his condition was said to be stable.",
    "About 40 firefighters fought the blaze, which sent a plume of smoke across the town centre for most of the evening.",
    "Administrators said all shops would keep trading while they looked for a buyer for all or part of the business.",
]
WITNESSES = "Police are appealing for witnesses."
NO_COMMENT = "The company did not respond to a request for comment."


def run(docs, config=None):
    with Deduplicator(config or DedupConfig()) as dedup:
        return [dedup.apply(d) for d in docs]


def test_short_stock_line_closing_articles_of_many_sources_stays_in_each():
    docs = [make_doc([["Headline %d" % i], [p], [WITNESSES]], f"{i}.txt", source=f"site{i}") for i, p in enumerate(PROSE)]
    assert all(WITNESSES in kept_texts(d) for d in run(docs))


def test_short_stock_line_with_a_short_line_below_stays():
    docs = [make_doc([[p], [WITNESSES], ["No one was injured."]], f"{i}.txt", source=f"site{i}") for i, p in enumerate(PROSE)]
    assert all(WITNESSES in kept_texts(d) for d in run(docs))


def test_stock_sentence_of_min_words_closing_the_article_is_no_duplicate():
    docs = [make_doc([[p], [m], [NO_COMMENT]], f"{i}.txt", source=f"site{i}") for i, (p, m) in enumerate(zip(PROSE, MORE))]
    out = run(docs)
    assert all(NO_COMMENT in kept_texts(d) for d in out)
    assert not any(removed(d) for d in out)


def test_same_sentence_with_new_prose_below_is_a_copy():
    """A sentence of `min_words` tokens lifted into the middle of another article, new prose on
    both sides, is a copied passage (too long to be a label)."""
    docs = [make_doc([[p], [NO_COMMENT], [m]], f"{i}.txt", source=f"site{i}") for i, (p, m) in enumerate(zip(PROSE, MORE))]
    out = run(docs)
    assert [NO_COMMENT in kept_texts(d) for d in out] == [True, False, False, False]
    assert removed(out[1]) == [(NO_COMMENT, "dedup.exact.sentence")]


def test_line_below_copied_text_or_no_prose_still_goes():
    """Below a reprinted paragraph the short line is part of the copy: first seen under the
    same paragraph of the same document, it goes with the copy from the first reprint on
    (`copied_headings`); as a line of its own below a label it is a footer (a short line goes
    from its `boilerplate_min_sources`-th source on, as before)."""
    wire = PROSE[0]
    copies = [make_doc([[m], [wire], [WITNESSES]], f"{i}.txt", source=f"site{i}") for i, m in enumerate(MORE)]
    out = run(copies)
    assert [WITNESSES in kept_texts(d) for d in out] == [True, False, False, False]
    assert (WITNESSES, "dedup.exact.heading") in removed(out[1])
    footers = [make_doc([[p], ["Share"], [WITNESSES]], f"{i}.txt", source=f"site{i}") for i, p in enumerate(PROSE)]
    assert [WITNESSES in kept_texts(d) for d in run(footers)] == [True, True, False, False]
    assert ("Police are appealing for witnesses.", "dedup.boilerplate.sentence") in removed(run(footers)[3])


def test_one_source_still_makes_it_template():
    docs = [make_doc([[p], [WITNESSES]], f"{i}.txt", source="site") for i, p in enumerate(PROSE)]
    out = run(docs, DedupConfig(template_min_docs=3))
    assert [WITNESSES in kept_texts(d) for d in out] == [True, True, False, False]
    assert removed(out[2]) == [(WITNESSES, "dedup.template.sentence")]


# A source of many pages: an article's stock line in a few of them is the articles' own; the
# site's promo on every page is its template (`template_line_share`).
CLOSING = "Une enquête a été ouverte par le parquet."
PROMO = "Retrouvez toute l'actualité de la Vendée sur notre site."
_VOCAB = ("maison voiture police enquête tribunal maire conseil ville région habitants route accident incendie "
          "pompiers école élèves travaux projet budget hôpital médecin commune gendarmes quartier").split()  # fmt: skip


def _story(i: int) -> str:
    return made_up_prose(i, "Le", _VOCAB, words=14, sentences=3)


def _site_pages(count: int, with_closing: set[int]) -> list[list[list[str]]]:
    return [[[_story(i)], *([[CLOSING]] if i in with_closing else []), [PROMO]] for i in range(count)]


def test_a_stock_line_in_a_few_pages_of_a_big_source_stays_one_page_at_a_time():
    pages = _site_pages(20, {8, 13, 19})
    out = run([make_doc(p, f"{i}.txt", source="site") for i, p in enumerate(pages)])
    assert all(CLOSING in kept_texts(out[i]) for i in (8, 13, 19))
    assert [PROMO in kept_texts(d) for d in out] == [True, True] + [False] * 18
    early = run([make_doc(p, f"{i}.txt", source="site") for i, p in enumerate(_site_pages(20, {0, 1, 2}))])
    assert CLOSING not in kept_texts(early[2])  # 3 of the 3 pages met so far: the site's own


def test_the_plan_keeps_a_stock_line_of_few_pages_and_takes_the_promo_from_every_page():
    from cleaner.pipeline import clean_corpus

    def cleaned(pages: list[list[list[str]]], **knobs: float) -> list[str]:
        docs = [make_doc(p, f"{i}.txt", source="site") for i, p in enumerate(pages)]
        config = Config(dedup=DedupConfig(**knobs))
        return [r.text for r in clean_corpus([Document(id=d.id, text=d.text, source="site") for d in docs], config)]

    texts = cleaned(_site_pages(20, {3, 9, 15}))
    assert [CLOSING in t for t in texts] == [i in {3, 9, 15} for i in range(20)]
    assert not any(PROMO in t for t in texts)
    assert not any(CLOSING in t for t in cleaned(_site_pages(20, {3, 9, 15, 17})))  # 4 of 20 pages
    assert all(CLOSING in t for t in cleaned(_site_pages(20, {3, 9, 15}), template_line_share=0.1)[3::6])  # 3 pages: too few
    assert not any(CLOSING in t for t in cleaned(_site_pages(20, {3, 9, 15}), template_line_share=0.1, template_sentence_min_docs=3))


def test_the_share_counts_the_pages_an_index_already_holds(tmp_path):
    index = tmp_path / "index.sqlite"
    with Deduplicator(DedupConfig(), index) as dedup:
        for i, page in enumerate(_site_pages(20, set())):
            dedup.apply(make_doc(page, f"old{i}.txt", source="site"))
    with Deduplicator(DedupConfig(), index) as dedup:
        out = [dedup.apply(make_doc([[_story(100 + i)], [CLOSING]], f"new{i}.txt", source="site")) for i in range(3)]
    assert all(CLOSING in kept_texts(d) for d in out)


def test_a_planned_template_line_stays_between_two_sentences_of_an_article():
    from cleaner.pipeline import clean_corpus

    line = "Il a été placé en garde à vue."
    pages = [[[_story(i)], [line]] for i in range(4)] + [[[_story(7)[:-1] + ". " + line + " " + _story(8)]]]
    docs = [make_doc(p, f"{i}.txt", source="site") for i, p in enumerate(pages)]
    texts = [r.text for r in clean_corpus([Document(id=d.id, text=d.text, source="site") for d in docs])]
    assert [line in t for t in texts] == [False, False, False, False, True]
