"""A quote that several sources print, each inside an article of its own.

A minister's words at a press conference reach every newsroom: each prints them as a paragraph
of its own between its own prose. Such a quote is the article's, not a reprint (a reprint copies
the paragraphs around it too), however long it is; the same line with copied text beside it, a
line without a quotation mark, and `template_sentence_min_docs` articles of one source still go.
"""

from __future__ import annotations

from cleaner.dedup import DedupConfig, Deduplicator

from test_dedup_support import kept_texts, make_doc, removed

BEFORE = [
    "Fishing leaders have warned ministers against accepting a quota deal they say would hit the small boats of the north coast hardest.",
    "In Fraserburgh, where one in five jobs depends on the catch, skippers are counting the days until the end of the talks with Norway.",
    "Les pêcheurs du port de Lorient ont bloqué lundi matin l'accès à la criée pour protester contre les nouveaux quotas européens.",
]
AFTER = [
    "The government said negotiations were continuing and that it would not comment on the detail of any proposal.",
    "The local MP is to raise the issue in Westminster next week, when a debate on coastal communities is planned.",
    "Le préfet a annoncé qu'il recevrait une délégation de pêcheurs jeudi, à la sous-préfecture de la ville.",
]
QUOTES = {
    "straight": '"We will not accept a deal that leaves coastal communities worse off than they were before," she told the conference.',
    "guillemets": "« Nous ne laisserons pas fermer cette criée tant que nous n'aurons pas de garanties écrites », a déclaré la présidente.",
    "low-9": "„Wir werden keinem Abkommen zustimmen, das die Küstengemeinden schlechter stellt als zuvor“, sagte die Vorsitzende.",
}
PLAIN = "She told the conference they would not accept a deal that leaves coastal communities worse off than they were before."


def run(docs, config=None):
    with Deduplicator(config or DedupConfig()) as dedup:
        return [dedup.apply(d) for d in docs]


def articles(line: str, source=lambda i: f"site{i}"):
    return [make_doc([[b], [line], [a]], f"{i}.txt", source=source(i)) for i, (b, a) in enumerate(zip(BEFORE, AFTER))]


def test_a_quote_between_each_sources_own_prose_stays_in_each():
    for quote in QUOTES.values():
        out = run(articles(quote))
        assert all(quote in kept_texts(d) for d in out), quote
        assert not any(removed(d) for d in out)


def test_the_same_sentence_without_a_quotation_mark_is_a_copy():
    out = run(articles(PLAIN))
    assert [PLAIN in kept_texts(d) for d in out] == [True, False, False]
    assert removed(out[1]) == [(PLAIN, "dedup.exact.sentence")]


def test_a_quote_closing_the_article_or_beside_copied_text_is_a_copy():
    quote = QUOTES["straight"]
    closing = [make_doc([[b], [quote]], f"{i}.txt", source=f"site{i}") for i, b in enumerate(BEFORE)]
    assert [quote in kept_texts(d) for d in run(closing)] == [True, False, False]
    copied = [make_doc([[b], [quote], [AFTER[0]]], f"{i}.txt", source=f"site{i}") for i, b in enumerate(BEFORE)]
    assert [quote in kept_texts(d) for d in run(copied)] == [True, False, False]


def test_three_articles_of_one_source_keep_it_more_make_it_template():
    """Between an article's prose, three pages of a source are no evidence of a template
    (`template_sentence_min_docs`), even when they are all the pages met so far."""
    quote = QUOTES["guillemets"]
    out = run(articles(quote, source=lambda i: "site"))
    assert all(quote in kept_texts(d) for d in out)
    out = run(articles(quote, source=lambda i: "site"), DedupConfig(template_sentence_min_docs=3))
    assert [quote in kept_texts(d) for d in out] == [True, True, False]
    assert removed(out[2]) == [(quote, "dedup.template.sentence")]


def test_the_same_quote_with_its_own_attribution_stays_too():
    """A near copy: the quote word for word, the attribution each newsroom's own."""
    words = '"Nobody should have to drive for an hour while in labour, and that is exactly what these plans would mean for families here,"'
    lines = [f"{words} said campaign chair Ruth Ellery.", f"{words} campaign chair Ruth Ellery told the Post."]
    out = run([make_doc([[b], [line], [a]], f"{i}.txt", source=f"site{i}") for i, (b, line, a) in enumerate(zip(BEFORE, lines, AFTER))])
    assert [line in kept_texts(d) for d, line in zip(out, lines)] == [True, True]
    assert not any(removed(d) for d in out)


def test_a_near_copy_of_a_quote_inside_a_reprint_still_goes():
    """Between paragraphs copied from the first source the quote is part of the reprint."""
    words = '"Nobody should have to drive for an hour while in labour, and that is exactly what these plans would mean for families here,"'
    first = make_doc([[BEFORE[0]], [f"{words} said campaign chair Ruth Ellery."], [AFTER[0]]], "0.txt", source="site0")
    copy = make_doc([[BEFORE[1]], [BEFORE[0]], [f"{words} Ruth Ellery told the Post."], [AFTER[0]]], "1.txt", source="site1")
    out = run([first, copy])
    assert f"{words} Ruth Ellery told the Post." not in kept_texts(out[1])
    assert BEFORE[1] in kept_texts(out[1])
