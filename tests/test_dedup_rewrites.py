"""Two sources writing up one event in their own words: a sentence of the second that comes
out near the first's while leaving words of it out, alone between the second's own sentences,
is the rewrite's own (dedup/rewrites.py, `DedupConfig.rewrite_run`); a reprint's sentence with
a word changed, or one whose neighbours are copied too, still goes."""

from __future__ import annotations

from cleaner.dedup import DedupConfig, Deduplicator

from test_dedup_support import kept_texts, make_doc, removed

S1 = ("Le Parlement européen a adopté mercredi à une large majorité un texte visant à réduire de moitié "
      "l'usage des pesticides chimiques d'ici 2030, malgré l'opposition d'une partie des agriculteurs.")
S2 = ("Le texte, qui doit encore être négocié avec les États membres, prévoit notamment l'interdiction "
      "totale des pesticides dans les zones sensibles comme les parcs publics et les terrains de sport.")
SHORTER = "Le Parlement européen a adopté mercredi un texte visant à réduire de moitié l'usage des pesticides chimiques d'ici 2030."
NEAR1 = S1.replace("une large", "une très large")
LEAD = "Dans les vignes, l'annonce a été accueillie avec inquiétude par de nombreux viticulteurs interrogés jeudi matin."
OWN = "Les viticulteurs du Bordelais craignent pour leurs prochaines récoltes et demandent des aides à la conversion."


def run(docs, **settings):
    with Deduplicator(DedupConfig(**settings)) as dedup:
        return [dedup.apply(d) for d in docs]


def test_a_shorter_sentence_between_the_rewrites_own_stays():
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [SHORTER, OWN]], "b.txt", source="paper")
    _, b = run([a, b])
    assert kept_texts(b) == [LEAD, SHORTER, OWN] and not removed(b)


def test_it_goes_with_the_setting_off():
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [SHORTER, OWN]], "b.txt", source="paper")
    _, b = run([a, b], rewrite_run=0)
    assert removed(b) == [(SHORTER, "dedup.near.sentence")]


def test_a_sentence_with_a_word_changed_goes():
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [NEAR1, OWN]], "b.txt", source="paper")
    _, b = run([a, b])
    assert removed(b) == [(NEAR1, "dedup.near.sentence")]


def test_a_shorter_sentence_next_to_a_copied_one_goes():
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [OWN, SHORTER], [S2]], "b.txt", source="paper")
    _, b = run([a, b])
    assert kept_texts(b) == [LEAD, OWN]


def test_a_sources_own_earlier_sentence_is_no_rewrite():
    a = make_doc([[S1], [S2]], "a.txt", source="paper")
    b = make_doc([[LEAD], [SHORTER, OWN]], "b.txt", source="paper")
    _, b = run([a, b])
    assert removed(b) == [(SHORTER, "dedup.near.sentence")]


def test_a_wire_rewrites_one_sentence_paragraph_between_its_own_stays():
    """Wire copy sets one sentence a paragraph: the rewrite's sentence is removed as a near
    paragraph, not a near sentence (`DedupConfig.rewrite_paragraphs`)."""
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [SHORTER], [OWN]], "b.txt", source="paper")
    _, b = run([a, b])
    assert kept_texts(b) == [LEAD, SHORTER, OWN] and not removed(b)
    b = make_doc([[LEAD], [SHORTER], [OWN]], "b.txt", source="paper")
    _, b = run([a, b], rewrite_paragraphs=False)
    assert removed(b) == [(SHORTER, "dedup.near.paragraph")]


def test_a_reprints_one_sentence_paragraph_with_a_word_changed_goes():
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [NEAR1], [OWN]], "b.txt", source="paper")
    _, b = run([a, b])
    assert removed(b) == [(NEAR1, "dedup.near.paragraph")]
