"""A copied sentence with a word changed, set among new sentences of a paragraph, or two copied
sentences merged into one paragraph: the paragraph as a whole matches no indexed block, so its
long sentences are looked up one by one."""

from __future__ import annotations

from cleaner.dedup import DedupConfig, Deduplicator

from test_dedup_support import kept_texts, make_doc, removed

S1 = ("Le Parlement européen a adopté mercredi à une large majorité un texte visant à réduire de moitié "
      "l'usage des pesticides chimiques d'ici 2030, malgré l'opposition d'une partie des agriculteurs.")
S2 = ("Le texte, qui doit encore être négocié avec les États membres, prévoit notamment l'interdiction "
      "totale des pesticides dans les zones sensibles comme les parcs publics et les terrains de sport.")
NEAR1 = S1.replace("une large", "une très large")
NEAR2 = S2.replace("terrains de sport", "terrains de jeux")
OWN = "Les viticulteurs du Bordelais craignent pour leurs prochaines récoltes et demandent des aides à la conversion."
LEAD = "Dans les vignes, l'annonce a été accueillie avec inquiétude par de nombreux viticulteurs interrogés jeudi matin."
OTHER = ("Le Parlement européen a adopté jeudi à une courte majorité un texte visant à interdire les emballages "
         "en plastique à usage unique d'ici 2030, malgré l'opposition d'une partie des industriels.")


def run(docs):
    with Deduplicator(DedupConfig()) as dedup:
        return [dedup.apply(d) for d in docs]


def test_a_near_copied_sentence_among_new_ones_goes_and_points_to_its_original():
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [OWN, NEAR1]], "b.txt", source="paper")
    a, b = run([a, b])
    assert kept_texts(b) == [LEAD, OWN]
    ((text, rule),) = removed(b)
    assert (text, rule) == (NEAR1, "dedup.near.sentence")
    (_, _, removal), = b.removals()
    assert a.text[removal.original.start : removal.original.end] == S1 and removal.similarity >= 0.9


def test_two_near_copied_sentences_merged_into_one_paragraph_both_go():
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [NEAR1, NEAR2]], "b.txt", source="paper")
    _, b = run([a, b])
    assert kept_texts(b) == [LEAD]


def test_a_sentence_of_a_longer_original_paragraph_is_found_too():
    a = make_doc([[S1, S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [NEAR1, OWN]], "b.txt", source="paper")
    _, b = run([a, b])
    assert kept_texts(b) == [LEAD, OWN]


def test_a_sentence_on_the_same_topic_in_the_same_mould_stays():
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [OWN, OTHER]], "b.txt", source="paper")
    _, b = run([a, b])
    assert kept_texts(b) == [LEAD, OWN, OTHER] and not removed(b)


def test_what_stays_new_is_remembered_and_met_again_word_for_word():
    """The paragraph that lost a near copy is indexed by its new sentences: a third document
    repeating the new sentence word for word points to the second one."""
    a = make_doc([[S1], [S2]], "a.txt", source="wire")
    b = make_doc([[LEAD], [OWN, NEAR1]], "b.txt", source="paper")
    c = make_doc([[OTHER], [OWN]], "c.txt", source="radio")
    _, _, c = run([a, b, c])
    (_, _, removal), = c.removals()
    assert removal.original.doc == "b.txt"


S3 = ("Les ministres de l'Agriculture des vingt-sept se retrouveront le mois prochain à Bruxelles pour "
      "arrêter leur position commune avant le début des négociations avec les eurodéputés.")
OWN2 = "Dans le Médoc, plusieurs domaines ont déjà réduit de moitié leurs traitements depuis trois ans, sans perte de rendement."


def test_a_sentence_of_a_long_original_paragraph_is_met_through_its_own_index_entry():
    """The original paragraph holds three long sentences and the copy sets one of them among two of
    its own: the two paragraphs share too few shingles to meet in the LSH bands; the original's
    sentence, indexed on its own (`index_sentences`), is met."""
    docs = lambda: [make_doc([[S1, S2, S3]], "a.txt", source="wire"), make_doc([[LEAD], [OWN, OWN2, NEAR1]], "b.txt", source="paper")]
    with Deduplicator(DedupConfig(index_sentences=False)) as dedup:
        _, b = [dedup.apply(d) for d in docs()]
    assert kept_texts(b) == [LEAD, OWN, OWN2, NEAR1]  # paragraphs only in the index
    _, b = run(docs())  # the default
    assert kept_texts(b) == [LEAD, OWN, OWN2]


def test_a_quote_repeated_with_its_own_attribution_stays():
    """A sentence must hold `sentence_threshold` (0.85) of its shingles in the original: a quote
    another outlet repeats with its own attribution ("», a répété la maire, devant les grilles
    de l'hôpital.") holds about 0.8 and stays."""
    quote = "« Nous ne laisserons pas fermer la maternité, ni cet été ni jamais, et nous irons jusqu'au ministère s'il le faut »"
    said = quote + ", a déclaré la maire, Hélène Castagnet, à l'issue d'une réunion avec la direction de l'hôpital."
    again = quote + ", a répété la maire, Hélène Castagnet, devant les grilles de l'hôpital."
    with Deduplicator(DedupConfig(index_sentences=True)) as dedup:
        dedup.apply(make_doc([[S1, said, S3]], "a.txt", source="courrier"))
        b = dedup.apply(make_doc([[LEAD], [OWN, again]], "b.txt", source="radio"))
    assert kept_texts(b) == [LEAD, OWN, again]


def test_only_sentences_long_enough_to_survive_a_changed_word_are_indexed_on_their_own():
    """With a word changed inside, a sentence loses `shingle_words` of its shingles: under 15
    words it keeps less than `sentence_threshold` (0.85) of them, so filing it on its own could
    only ever meet its exact copy, which the exact pass finds anyway."""
    config = DedupConfig()
    assert config.sentence_index_tokens(2) == 15
    assert config.sentence_index_tokens(3) == 22  # character trigrams of unsegmented scripts
    assert DedupConfig(sentence_threshold=0.95).sentence_index_tokens(2) == 41
    short = "Le maire a signé mardi le permis de construire du nouveau stade."  # 12 words
    with Deduplicator(config) as dedup:
        dedup.apply(make_doc([[S1, short, S3]], "a.txt", source="wire"))
        stats = dedup.store.stats()
    assert stats["shingles"] == 3  # the paragraph, S1 and S3: not the 12-word sentence
