"""Stock sentences standing as a paragraph of their own, across documents.

"Police are appealing for witnesses." and "The company did not respond to a request for comment."
close unrelated articles of every source, as a one-sentence paragraph right below the article's
own prose. They are neither cross-source boilerplate (menu items and buttons are no sentence, or
follow no prose) nor a copy (a reprint's lines follow copied text); a longer one lifted from
another article with more new prose below it is still a copy, and three articles of one source
still make a line site template.
"""

from __future__ import annotations

from cleaner.dedup import DedupConfig, Deduplicator

from test_dedup_support import kept_texts, make_doc, removed

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
