"""Duplicates across documents: repeats, reprints, templates, short lines, whole documents,
near duplicates with a few words changed, and updated (longer / shorter) versions."""

from __future__ import annotations

from cleaner.dedup import DedupConfig, Deduplicator

from test_dedup_support import kept_texts, make_doc, removed

A1 = "Le dirigeant nord-coréen est arrivé en Russie aux premières heures de la journée de mardi, a rapporté l'armée."
A2 = "Kim Jong-un a quitté dimanche la capitale à bord de son train privé, accompagné de cadres militaires et de ministres."
A3 = "Les Etats-Unis ont exprimé à plusieurs reprises leur préoccupation à l'égard du rapprochement entre les deux pays."
B1 = "Le ministre sud-coréen des Affaires étrangères a déclaré vendredi que tout accord menacerait la paix dans la péninsule."
B2 = "Washington suspecte également Moscou de préparer une nouvelle campagne d'armement pour continuer la guerre."
PARA = (
    "Pendant environ deux heures, les deux dirigeants ont eu des discussions officielles avec leurs délégations "
    "respectives, puis ils ont participé à un dîner en l'honneur du dirigeant nord-coréen, entouré de hauts "
    "responsables russes et nord-coréens, avant de visiter les installations du cosmodrome de Vostochny."
)


def run(docs, config=None):
    with Deduplicator(config or DedupConfig()) as dedup:
        return [dedup.apply(d) for d in docs]


def test_sentence_seen_in_an_earlier_document_is_removed_and_points_to_it():
    a = make_doc([[A1, A2]], "a.txt")
    b = make_doc([[B1, A2], [B2]], "b.txt")
    _, b = run([a, b])
    assert kept_texts(b) == [B1, B2]
    (_, _, removal), = b.removals()
    assert removal.rule == "dedup.exact.sentence"
    assert (removal.original.doc, a.text[removal.original.start : removal.original.end]) == ("a.txt", A2)
    assert b.duplicate_of is None


def test_whole_paragraph_repeat_is_reported_as_paragraph():
    a = make_doc([[A1, A2]], "a.txt")
    b = make_doc([[B1], [A1, A2]], "b.txt", source="other")
    _, b = run([a, b])
    assert kept_texts(b) == [B1]
    assert {rule for _, rule in removed(b)} == {"dedup.exact.paragraph"}


def test_document_wholly_repeating_earlier_ones_is_duplicate_of():
    a = make_doc([[A1, A2], [A3]], "a.txt")
    b = make_doc([[B1]], "b.txt")
    c = make_doc([[A1], [A3]], "c.txt")
    _, _, c = run([a, b, c])
    assert c.duplicate_of == "a.txt"
    assert c.clean_text() == ""


def test_teaser_page_of_an_earlier_article_is_duplicate_of_it_whatever_its_headline():
    """A headline of its own over a copied lead: the page is a copy (kept, the headline would be
    its whole output), while a page with a new paragraph beside its headline is not."""
    article = make_doc([[A1, A2], [PARA]], "article.txt")
    teaser = make_doc([["Kim Jong-un en visite officielle en Russie"], [PARA]], "teaser.txt", source="other")
    brief = make_doc([["Kim Jong-un en Russie"], [PARA], [B1]], "brief.txt", source="third")
    _, teaser, brief = run([article, teaser, brief])
    assert teaser.duplicate_of == "article.txt" and teaser.clean_text() == ""
    assert brief.duplicate_of is None and kept_texts(brief) == ["Kim Jong-un en Russie", B1]


def test_mostly_new_document_is_not_duplicate_of():
    a = make_doc([[A1]], "a.txt")
    b = make_doc([[A1], [B1], [B2]], "b.txt")
    _, b = run([a, b])
    assert b.duplicate_of is None and kept_texts(b) == [B1, B2]


def test_short_lines_need_many_sources_to_go():
    short = "Suivez-nous sur les réseaux"
    docs = [make_doc([[short], [s]], f"{i}.txt", source=f"site{i}") for i, s in enumerate([A1, A2, A3, B1])]
    out = run(docs)
    assert [short in kept_texts(d) for d in out] == [True, True, False, False]
    assert (short, "dedup.boilerplate.sentence") in removed(out[2])


def test_short_sentence_inside_prose_is_kept_however_many_sources_repeat_it():
    """Menu-like means a line of its own: a short sentence of a paragraph recurs in unrelated
    articles ("No one was injured.") and is neither boilerplate (many sources) nor template
    (one source); the long sentence next to it is still a repeat, then template."""
    short = "Personne n'a été blessé."
    for sources, later in ((["s0", "s1", "s2", "s3"], ["exact"] * 3), (["site"] * 4, ["exact", "template", "template"])):
        docs = [make_doc([[s, short, PARA]], f"{i}.txt", source=src) for i, (s, src) in enumerate(zip([A1, A2, A3, B1], sources))]
        out = run(docs, DedupConfig(template_min_docs=3))
        assert all(short in kept_texts(d) for d in out)
        assert [removed(d) for d in out[1:]] == [[(PARA, f"dedup.{kind}.sentence")] for kind in later]


def test_one_sentence_paragraph_between_prose_is_kept_under_many_sources():
    short = "Personne n'a été blessé."
    docs = [make_doc([[s], [short], [B2 + str(i)]], f"{i}.txt", source=f"s{i}") for i, s in enumerate([A1, A2, A3, B1])]
    assert all(short in kept_texts(d) for d in run(docs))
    # Last, right below new prose, it closes the article ("Police are appealing for witnesses."):
    # see test_dedup_stock_lines.py. Below a line of no prose, or copied text, it is a footer.
    below_a_label = [make_doc([[s], ["Mehr"], [short]], f"{i}.txt", source=f"s{i}") for i, s in enumerate([A1, A2, A3, B1])]
    assert [short in kept_texts(d) for d in run(below_a_label)] == [True, True, False, False]


def test_a_stock_phrase_among_new_sentences_is_kept_a_copied_run_is_not():
    """"The company did not respond to a request for comment." recurs in unrelated articles; a
    reprint repeats sentences in runs (or long ones, see the first test of this file)."""
    stock = "L'entreprise n'a pas répondu à nos sollicitations."
    other = "Le Kremlin n'a pas souhaité commenter ces informations de la presse japonaise, selon l'agence officielle."
    # each article's third sentence its own (the same sentence with a mark added would be a near copy)
    docs = [make_doc([[s, stock, t]], f"{i}.txt", source=f"s{i}") for i, (s, t) in enumerate(zip([A1, A2, A3], [B2, B1, other]))]
    assert all(stock in kept_texts(d) for d in run(docs))
    second = "Une enquête a été ouverte par le parquet."
    copied = [make_doc([[A1, stock, second]], "a.txt", source="a"), make_doc([[B1, stock, second, A3]], "b.txt", source="b")]
    _, b = run(copied)
    assert kept_texts(b) == [B1, A3]
    with_limit = run(docs, DedupConfig(stock_sentence_words=1))
    assert [stock in kept_texts(d) for d in with_limit] == [True, False, False]


def test_same_source_template_goes_after_template_min_docs():
    promo = "Emportez l'actualité internationale partout avec vous en téléchargeant notre application mobile."
    docs = [make_doc([[s], [promo]], f"{i}.txt", source="site") for i, s in enumerate([A1, A2, A3, B1])]
    out = run(docs, DedupConfig(template_min_docs=3))
    assert promo in kept_texts(out[0])
    assert removed(out[1]) == [(promo, "dedup.exact.sentence")]
    assert removed(out[2]) == [(promo, "dedup.template.sentence")]
    assert out[3].paragraphs[1].segments[0].removal.reason == "boilerplate"


OTHER_NEWS = [
    "Le suspect, âgé de 34 ans, avait été interpellé dans la soirée de jeudi près de la gare routière de la ville.",
    "Les enquêteurs cherchent encore à établir comment l'homme s'était procuré l'arme retrouvée dans son véhicule.",
]


def test_a_stock_sentence_between_new_sentences_is_never_site_template():
    """A crime desk writes "Il a été placé en garde à vue." in the middle of many articles; a
    site glues its template to an edge of a paragraph. Four articles of one source: the sentence
    between two new ones stays in each, the same sentence closing the paragraph goes from the
    third on."""
    stock = "Il a été placé en garde à vue."
    firsts, lasts = [A1, A2, A3, B1], [B2, PARA, *OTHER_NEWS[:2]]
    inside = [make_doc([[f, stock, l]], f"{i}.txt", source="site") for i, (f, l) in enumerate(zip(firsts, lasts))]
    assert all(stock in kept_texts(d) for d in run(inside))
    closing = [make_doc([[f, l, stock]], f"{i}.txt", source="site") for i, (f, l) in enumerate(zip(firsts, lasts))]
    assert [stock in kept_texts(d) for d in run(closing)] == [True, True, False, False]
    assert removed(run(closing)[2]) == [(stock, "dedup.template.sentence")]


def test_third_copy_of_a_page_in_one_source_is_a_duplicate_not_site_template():
    """Copies of one page (print, AMP, a re-save) are one page: a dropped copy does not count
    towards `template_min_docs`, so the third copy is `duplicate_of` too, not emptied as template."""
    docs = [make_doc([[A1, A2], [PARA]], f"{i}.txt", source="site") for i in range(4)]
    out = run(docs, DedupConfig(template_min_docs=3))
    assert [d.duplicate_of for d in out] == [None, "0.txt", "0.txt", "0.txt"]
    assert {r.reason for d in out[1:] for _, _, r in d.removals()} == {"duplicate"}


NEW = "Le port de Vladivostok a été fermé aux visiteurs."


def test_new_line_of_a_dropped_copy_is_kept_where_it_comes_again():
    """A document dropped as `duplicate_of` is not written: its few new lines are not remembered,
    or a later document repeating one would point to a text no output holds, and lose it."""
    a = make_doc([[A1, A2], [PARA], [B1], [A3]], "a.txt", source="wire")
    b = make_doc([[A1, A2], [PARA], [B1], [A3], [NEW]], "b.txt", source="paper")
    c = make_doc([[B2], [NEW]], "c.txt", source="other")
    _, b, c = run([a, b, c])
    assert b.duplicate_of == "a.txt"
    assert kept_texts(c) == [B2, NEW]


def test_reprint_in_other_source_keeps_first_copy():
    a = make_doc([[A1], [PARA]], "a.txt", source="wire")
    b = make_doc([[B1], [PARA]], "b.txt", source="paper")
    a, b = run([a, b])
    assert PARA in kept_texts(a) and PARA not in kept_texts(b)


def _changed(text, pairs):
    for old, new in pairs:
        text = text.replace(old, new, 1)
    return text


def test_near_duplicate_paragraph_with_words_changed_is_removed():
    near = _changed(PARA, [("environ", "près de"), ("dîner", "banquet"), ("visiter", "découvrir")])
    a = make_doc([[A1], [PARA]], "a.txt")
    b = make_doc([[B1], [near]], "b.txt")
    _, b = run([a, b])
    assert kept_texts(b) == [B1]
    (text, rule), = removed(b)
    assert rule == "dedup.near.paragraph" and text == near
    assert b.paragraphs[1].segments[0].removal.similarity >= 0.6


def test_word_for_word_copy_of_a_removed_near_copy_points_to_the_kept_one():
    """b's near copy of a's paragraph is removed; c repeats b's wording exactly: c's copy must
    point to a's paragraph (written), not to b's (removed, in no output)."""
    near = _changed(PARA, [("environ", "près de"), ("dîner", "banquet")])
    a = make_doc([[A1], [PARA]], "a.txt", source="wire")
    b = make_doc([[B1], [near]], "b.txt", source="paper")
    c = make_doc([[B2], [near]], "c.txt", source="radio")
    a, _, c = run([a, b, c])
    (_, _, removal), = c.removals()
    assert removal.rule == "dedup.near.paragraph" and removal.original.doc == "a.txt"
    assert a.text[removal.original.start : removal.original.end] == PARA


def test_different_paragraph_on_the_same_topic_stays():
    other = (
        "Pendant environ trois jours, les deux délégations ont visité des usines d'armement et des chantiers "
        "navals, puis elles ont assisté à une démonstration de la flotte du Pacifique, loin des caméras, "
        "avant de regagner Pyongyang par le train blindé du dirigeant."
    )
    a = make_doc([[A1], [PARA]], "a.txt")
    b = make_doc([[B1], [other]], "b.txt")
    _, b = run([a, b])
    assert kept_texts(b) == [B1, other]


def test_updated_longer_version_keeps_its_new_content_and_shorter_copy_goes():
    a = make_doc([[A1, A2]], "a.txt", source="one")
    b = make_doc([[A1, A2, A3], [B1]], "b.txt", source="two")  # live update: more text
    c = make_doc([[A1]], "c.txt", source="three")  # shorter copy
    _, b, c = run([a, b, c])
    assert kept_texts(b) == [A3, B1]
    assert c.duplicate_of == "a.txt"


def test_first_occurrence_follows_processing_order():
    x = make_doc([[A1], [B2]], "x.txt")
    y = make_doc([[A1], [B1]], "y.txt")
    first, second = run([x, y])
    assert A1 in kept_texts(first) and A1 not in kept_texts(second)
    second, first = run([make_doc([[A1], [B1]], "y.txt"), make_doc([[A1], [B2]], "x.txt")])
    assert A1 in kept_texts(second) and A1 not in kept_texts(first)


def test_across_documents_can_be_disabled():
    a = make_doc([[A1]], "a.txt")
    b = make_doc([[A1]], "b.txt")
    _, b = run([a, b], DedupConfig(across_documents=False))
    assert kept_texts(b) == [A1] and b.duplicate_of is None


def test_cjk_text_uses_character_shingles():
    zh = "北京时间周二上午俄罗斯总统普京抵达平壤开始为期两天的国事访问双方将签署多项合作协议"
    zh2 = zh.replace("两天", "三天")
    a = make_doc([[A1], [zh]], "a.txt")
    b = make_doc([[B1], [zh2]], "b.txt")
    _, b = run([a, b])
    assert kept_texts(b) == [B1]


def test_a_site_s_own_clause_glued_to_a_near_copy_stays():
    """A reprint's sentence that opens with the site's own words ("Le nouveau tracé inquiète les
    riverains : Les Etats-Unis ont ...") holds a run of words the original does not: the sentence
    stays whole (its copied words with it); the paragraph's other copied sentences go."""
    own = "Le nouveau tracé inquiète déjà les riverains de la vallée : " + A3[0].lower() + A3[1:]
    a = make_doc([[A1, A2, A3]], "a.txt")
    b = make_doc([[B1], [A1, A2, own]], "b.txt", source="other")
    _, b = run([a, b])
    assert kept_texts(b) == [B1, own]


def test_a_repeat_inside_a_page_follows_its_first_copy_to_another_page():
    """A page printing a paragraph twice points its second copy at its first; when the corpus
    step then removes the first as a near copy of an earlier page's, the second goes the same
    way, pointing at that page (it pointed at text no output holds)."""
    near = PARA.replace("environ deux heures", "environ trois heures")
    earlier = make_doc([[A1], [near]], "a.txt", source="a")
    page = make_doc([[B1], [PARA], [B2], [PARA]], "b.txt", source="b")
    _, b = run([earlier, page])
    found = [(r.rule, r.original.doc) for _, _, r in b.removals()]
    assert len(found) == 2 and {doc for _, doc in found} == {"a.txt"}
    assert {rule for rule, _ in found} == {"dedup.near.paragraph"}
