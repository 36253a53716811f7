"""Duplicates inside one document: exact and quote-insensitive repeats, glued repeats (coverage),
truncated fragments kept in their complete form, and different sentences that must stay."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.dedup import DedupConfig, Deduplicator, dedup_within
from cleaner.dedup.text import looks_truncated, tokens

from test_dedup_support import kept_texts, make_doc, removed

LEAD = "Le président russe est arrivé dans la nuit de mardi à mercredi à Pyongyang pour un sommet bilatéral."
BODY = "Les deux hommes veulent renforcer les liens commerciaux et sécuritaires entre leurs deux pays cette année."
FULL = "En septembre dernier, Kim Jong-un s'était rendu en train blindé dans l'Extrême-Orient russe pour un sommet."
TITLE = "Ouverture en grande pompe du sommet à Pyongyang"


def dedup_one(doc):
    with Deduplicator(DedupConfig(across_documents=False)) as dedup:
        return dedup.apply(doc)


def test_repeated_title_keeps_first():
    doc = dedup_one(make_doc([[TITLE], [TITLE], [LEAD]]))
    assert kept_texts(doc) == [TITLE, LEAD]
    (start, end, removal), = doc.removals()
    assert removal.rule == "dedup.exact.sentence" and removal.original.start == 0
    assert doc.text[start:end] == TITLE


def test_quote_styles_and_case_are_ignored():
    a = "'Pour mettre en oeuvre nos relations avec nos voisins, les intérêts des deux pays comptent', a dit Peskov."
    b = '"Pour mettre en oeuvre nos relations avec nos voisins, les intérêts des deux pays comptent", a dit PESKOV.'
    doc = dedup_one(make_doc([[a, LEAD], [b]]))
    assert kept_texts(doc) == [a, LEAD]


def test_title_and_lead_glued_into_one_sentence_is_covered():
    glued = TITLE + " " + LEAD
    doc = dedup_one(make_doc([[TITLE], [LEAD, BODY], [glued, FULL]]))
    assert kept_texts(doc) == [TITLE, LEAD, BODY, FULL]
    assert ("dedup.contained.sentence" in [rule for _, rule in removed(doc)])


def test_complete_form_replaces_earlier_truncated_sentence():
    truncated = "Les discussions porteront sur les relations bilatérales, la situation dans la région, a ajouté"
    complete = truncated + " le porte-parole de la présidence russe."
    doc = dedup_one(make_doc([[LEAD, truncated], [complete, BODY]]))
    assert kept_texts(doc) == [LEAD, complete, BODY]
    (text, rule), = removed(doc)
    assert text == truncated and rule == "dedup.fragment.sentence"


def test_teaser_cut_a_word_short_gives_way_to_the_full_sentence_after_it():
    """The full sentence is almost all covered by the teaser before it: it is still the one kept
    (it used to go as `dedup.contained.sentence`, leaving the teaser with its "…")."""
    full = "En une semaine, la pétition pour le maintien de la maternité a recueilli plus de 8 000 signatures, soit davantage que la population de la commune elle-même."
    teaser = full.removesuffix(" elle-même.") + "…"
    doc = dedup_one(make_doc([[TITLE], [teaser], [full, BODY]]))
    assert kept_texts(doc) == [TITLE, full, BODY]
    assert removed(doc) == [(teaser, "dedup.fragment.sentence")]


def test_a_pull_quote_set_above_its_paragraph_gives_way_to_it():
    """A sentence standing alone above the paragraph it was taken from (a pull quote, a teaser
    line) goes, and the paragraph keeps it: before, the paragraph lost its sentence instead."""
    quote = "« Nous ne pouvons pas attendre encore dix ans pour des rues sûres », a déclaré le maire."
    doc = dedup_one(make_doc([[TITLE], [quote], [LEAD, quote, BODY], [FULL]]))
    assert kept_texts(doc) == [TITLE, LEAD, quote, BODY, FULL]
    (start, end, removal), = doc.removals()
    assert doc.text[start:end] == quote and removal.rule == "dedup.exact.sentence"
    assert removal.original.start > end  # it points down to the paragraph's copy


def test_a_summary_sentence_opening_the_page_gives_way_to_the_lead_it_was_taken_from():
    """A feed's record: the summary (the lead's first sentence, ending like a sentence) opens the
    page, then the full text. The summary goes and the lead keeps its first sentence; before, the
    lead was split (its first sentence gone as the summary's copy)."""
    doc = dedup_one(make_doc([[LEAD], [LEAD, BODY], [FULL]]))
    assert kept_texts(doc) == [LEAD, BODY, FULL]
    (start, end, removal), = doc.removals()
    assert (start, removal.rule) == (0, "dedup.exact.sentence") and removal.original.start > end


def test_a_headline_repeating_the_lead_first_sentence_stays():
    """A headline (no sentence mark at its end) that the lead's first sentence repeats stays the
    page's title, and the lead keeps its sentence (headline.HeadlineQuote), as before."""
    headline = LEAD.removesuffix(".")
    doc = dedup_one(make_doc([[headline], [LEAD, BODY], [FULL]]))
    assert kept_texts(doc) == [headline, LEAD, BODY, FULL]


def test_a_lone_copy_after_its_paragraph_or_of_a_lone_line_still_goes():
    quote = "« Nous ne pouvons pas attendre encore dix ans pour des rues sûres », a déclaré le maire."
    below = dedup_one(make_doc([[TITLE], [LEAD, quote, BODY], [quote], [FULL]]))
    assert kept_texts(below) == [TITLE, LEAD, quote, BODY, FULL]
    lines = dedup_one(make_doc([[TITLE], [quote], [LEAD], [quote], [FULL]]))
    assert kept_texts(lines) == [TITLE, quote, LEAD, FULL]


def test_long_lead_glued_after_a_short_title_is_still_covered():
    """The lead alone covers most of "title + lead": the glued sentence still goes, not the lead."""
    lead = LEAD[:-1] + ", a indiqué la présidence russe dans un communiqué publié dans la nuit par les agences officielles."
    title = "Sommet à Pyongyang"
    doc = dedup_one(make_doc([[title], [lead, BODY], [f"{title} {lead}", FULL]]))
    assert kept_texts(doc) == [title, lead, BODY, FULL]


def test_shorter_quote_form_gives_way_to_the_longer_sentence():
    short = "Dmitri Peskov, porte-parole du Kremlin, a déclaré qu’ « aucun accord n’a été signé et il n’était pas prévu d’en signer. »"
    long = "Dmitri Peskov, porte-parole du Kremlin, a déclaré qu’ « aucun accord n’a été signé et il n’était pas prévu d’en signer », alors que la visite continue."
    doc = dedup_one(make_doc([[LEAD, short], [long]]))
    assert kept_texts(doc) == [LEAD, long]


def test_teaser_glued_fragments_are_cut_and_dropped():
    tail = "rendu en train blindé dans l'Extrême-Orient russe pour un sommet."
    teaser = BODY + " " + tail
    short_tail = "et alimentaire."
    full_short = "Ils accusent Pyongyang de livrer des munitions en échange d'une aide technologique et alimentaire."
    doc = dedup_one(make_doc([[LEAD, teaser, short_tail], [FULL, full_short]]))
    assert kept_texts(doc) == [LEAD, BODY, FULL, full_short]
    # the teaser segment was split: its first sentence is kept, the glued tail removed
    assert (tail, "dedup.fragment.sentence") in removed(doc)
    assert (short_tail, "dedup.fragment.sentence") in removed(doc)
    assert doc.clean_text().count("rendu en train blindé") == 1


def test_near_repeat_with_a_word_changed_is_removed():
    a = "Washington craint que cette rencontre puisse déboucher sur la livraison d'armes nord-coréennes à Moscou pour ses opérations militaires en Ukraine."
    b = a.replace("craint", "redoute")
    doc = dedup_one(make_doc([[a], [LEAD], [b]]))
    assert kept_texts(doc) == [a, LEAD]


@pytest.mark.parametrize(
    "first, second",
    [
        (
            "Le président russe a rencontré Kim Jong-un mardi à Pyongyang pour parler de défense.",
            "Le président russe a rencontré Joe Biden jeudi à Genève pour parler de commerce.",
        ),
        (
            "Les deux dirigeants ont échangé une poignée de main devant les caméras de la télévision.",
            "Les deux dirigeants ont ensuite visité une usine d'avions de chasse près de la frontière.",
        ),
    ],
)
def test_different_sentences_sharing_words_stay(first, second):
    doc = dedup_one(make_doc([[first], [second]]))
    assert kept_texts(doc) == [first, second]


def test_short_segments_match_exactly_only():
    first, again, other = "Priorité maximale pour le gouvernement", "Priorité maximale pour le gouvernement !", "Priorité absolue pour le gouvernement"
    doc = dedup_one(make_doc([[first], [again], [other], [LEAD]]))
    assert kept_texts(doc) == [first, other, LEAD]


def test_a_repeat_of_fewer_than_four_words_is_content():
    """A live ticker's second "Tor für Grünthal!" is a second goal, and "Melbourne d." in two score
    lines is two results (repeat_min_words = 4; at 2 both were removed as repeats)."""
    doc = dedup_one(make_doc([["Tor für Grünthal!", "Hansen trifft zum 1:1."], [LEAD], ["Tor für Grünthal!", "Wenning per Foulelfmeter zum 2:2."]]))
    assert kept_texts(doc).count("Tor für Grünthal!") == 2


def test_short_complete_sentence_inside_a_longer_one_stays():
    # uppercase start and final period: not a truncated fragment
    short = "Il a démenti."
    longer = "Il a démenti. Il a ajouté que rien n'était prévu pour la semaine prochaine à Moscou."
    doc = dedup_one(make_doc([[short], [longer]]))
    assert kept_texts(doc) == [short, longer]


def test_rules_removals_are_left_alone():
    from cleaner.types import Removal

    doc = make_doc([[LEAD], [LEAD]])
    doc.paragraphs[0].segments[0].removal = Removal("boilerplate", "test.rule")
    dedup_one(doc)
    assert kept_texts(doc) == [LEAD]
    assert [r.rule for _, _, r in doc.removals()] == ["test.rule"]


def test_truncation_heuristic():
    assert looks_truncated("rendu en train blindé.")
    assert not looks_truncated("Corée du Nord : aucun accord signé")  # a heading
    assert looks_truncated("Le président est arrivé...")
    assert not looks_truncated("Le président est arrivé.")
    assert not looks_truncated("“Priorité maximale”")


def test_tokens_normalise_quotes_case_and_cjk():
    assert tokens("« Aucun ACCORD » n’a") == ["aucun", "accord", "n", "a"]
    assert tokens("北京欢迎你 ok") == ["北", "京", "欢", "迎", "你", "ok"]


sentences = st.lists(
    st.sampled_from([LEAD, BODY, FULL, TITLE, "Il a démenti.", "Il a démenti les faits.", "et alimentaire."]), min_size=1, max_size=8
)


@settings(max_examples=60, deadline=None)
@given(st.lists(sentences, min_size=1, max_size=5))
def test_dedup_is_deterministic_idempotent_and_keeps_one_copy(paragraphs):
    first = dedup_one(make_doc(paragraphs))
    again = dedup_one(make_doc(paragraphs))
    assert first.clean_text() == again.clean_text()
    # every distinct sentence of repeat_min_words tokens or more at most once (shorter repeats are content)
    kept = [text for text in kept_texts(first) if len(tokens(text)) >= DedupConfig().repeat_min_words]
    assert len(kept) == len(set(kept))
    for sentence in {s for p in paragraphs for s in p} - {"et alimentaire."}:
        assert first.clean_text().count(sentence) >= 1  # and every complete one at least once


def test_one_word_repeats_inside_a_document_are_content():
    """Scores, table cells and one-word answers repeat in real articles; they are not copies."""
    doc = dedup_one(make_doc([["15"], [LEAD], ["15"], ["Oui."], ["Oui."]]))
    assert kept_texts(doc) == ["15", LEAD, "15", "Oui.", "Oui."]


def test_a_headline_repeated_inside_the_lead_sentence_stays():
    """News leads often hold their headline word for word; the headline is no fragment of it."""
    headline = "Council approves new budget for the city schools after long debate"
    lead = "On Tuesday the council approves new budget for the city schools after long debate, the mayor said."
    doc = dedup_one(make_doc([[headline], [lead], [BODY]]))
    assert kept_texts(doc) == [headline, lead, BODY]


def test_the_same_line_further_down_is_still_a_fragment():
    """Only the first line can be the headline: the same words later, between two paragraphs, go."""
    teaser = "Council approves new budget for the city schools after long debate"
    lead = "On Tuesday the council approves new budget for the city schools after long debate, the mayor said."
    doc = dedup_one(make_doc([[BODY], [lead], [teaser]]))
    assert teaser not in kept_texts(doc)


def test_the_questions_of_an_interview_series_stay_a_copied_passage_goes():
    """Each guest is asked the same questions (a line of its own, each time before a different
    answer): every copy stays. A passage repeated with what follows it is still a repeat."""
    question = "Qu'est-ce qui vous a donné envie de cuisiner ?"
    answers = [
        "Ma grand-mère tenait une auberge au bord du lac et j'y passais tous mes étés.",
        "Un voyage au Japon, à vingt ans, où j'ai découvert une autre façon de manger.",
        "Le hasard : un remplacement dans une cantine scolaire qui a duré dix ans.",
    ]
    doc = make_doc([[line] for answer in answers for line in (question, answer)])
    dedup_within(doc, DedupConfig())
    assert removed(doc) == []
    passage = make_doc([[line] for _ in range(3) for line in (question, answers[0])])
    dedup_within(passage, DedupConfig())
    assert [text for text, _ in removed(passage)] == [question, answers[0]] * 2
    two = make_doc([[line] for answer in answers[:2] for line in (question, answer)])
    dedup_within(two, DedupConfig())
    assert removed(two) == [(question, "dedup.exact.sentence")]  # twice is a teaser, not a series


def test_two_guests_asked_the_same_questions_keep_every_question():
    """Two or more lines of their own each coming twice, before different answers each time: two
    guests asked the same questions (a two-chef interview lost its second chef's questions)."""
    questions = ["Какую кухню любите сами?", "Что готовите дома по выходным?"]
    answers = [
        ["Грузинскую: хинкали и сациви я могу есть каждый день.", "Ничего сложного, чаще всего суп и салат для детей."],
        ["Японскую, хотя дома её готовить почти невозможно.", "Блины по субботам, это уже семейная традиция."],
    ]
    lines = [line for guest in answers for pair in zip(questions, guest) for line in pair]
    doc = make_doc([[line] for line in lines])
    dedup_within(doc, DedupConfig())
    assert removed(doc) == []
    copied = make_doc([[line] for line in lines[:4] + lines[:4]])  # the passage printed twice still goes
    dedup_within(copied, DedupConfig())
    assert [text for text, _ in removed(copied)] == lines[:4]
    in_a_row = [line for guest in answers for line in (*questions, *guest)]  # both questions, then the answers
    doc = make_doc([[line] for line in in_a_row])
    dedup_within(doc, DedupConfig())
    assert removed(doc) == []


def test_a_question_of_two_sentences_asked_of_every_guest_stays():
    """The question a page asks of each of its guests may be a paragraph of two sentences."""
    question = ["Какую кухню любите сами?", "Есть ли блюда или продукты, которые вам не нравятся?"]
    answers = ["Грузинскую: хинкали и сациви я могу есть каждый день.", "Японскую, хотя дома её готовить почти невозможно.",
               "Итальянскую, но только ту, что готовит моя бабушка в Твери."]
    doc = make_doc([part for answer in answers for part in (question, [answer])])
    dedup_within(doc, DedupConfig())
    assert removed(doc) == []


def test_a_teaser_paragraph_printed_again_goes_whole_with_its_short_sentence():
    """The standfirst repeated as the first paragraph: its short sentence ("Ondernemers zijn
    boos.", under `repeat_min_words`) goes with the rest instead of standing as an orphan."""
    teaser = ["Vanaf 1 februari betalen automobilisten ook op zaterdag voor een parkeerplek in het centrum.",
              "Ondernemers zijn boos."]
    doc = dedup_one(make_doc([[TITLE], teaser, teaser, [LEAD]]))
    assert kept_texts(doc) == [TITLE, *teaser, LEAD]


def test_short_repeats_stay_when_their_paragraph_is_not_a_copy():
    doc = dedup_one(make_doc([["Oui.", LEAD], ["Oui.", BODY]]))
    assert kept_texts(doc) == ["Oui.", LEAD, "Oui.", BODY]


def test_the_article_sentence_a_headline_quotes_stays():
    """The headline quotes an interview answer; the answer, with its speaker and the sentences
    after it, is the article's own: both stay."""
    headline = "„Wir werden keinen Lift abreißen, nur weil der Schnee fehlt“"
    answer = ["Oberhollenzer: Wir werden keinen Lift abreißen, nur weil der Schnee fehlt.",
              "Der Schlepplift am Sonnhang läuft im Sommer als Mountainbike-Lift."]
    doc = dedup_one(make_doc([[headline], [LEAD], answer]))
    assert kept_texts(doc) == [headline, LEAD, *answer]


def test_a_sentence_printed_three_times_is_no_series_label():
    """Hypothesis found it: a line of its own printed three times, twice in a row and last on the
    page, was taken for the label of a series (each copy "before different text") and kept thrice."""
    repeated = [FULL]
    doc = dedup_one(make_doc([repeated, [LEAD], repeated, repeated]))
    assert kept_texts(doc) == [FULL, LEAD]


def test_a_key_figures_box_keeps_the_figures_its_body_states():
    """A short line opening with a number is lowercase after its figure ("60 000 vélos par an"):
    no sign of a cut. The box repeats the body's figures as the article's own facts; a
    lowercase line cut from a body sentence still goes."""
    body = "Depuis 2016, Cyclalp assemble aujourd'hui 60 000 vélos par an pour une vingtaine de marques."
    staff = "Le site emploie aujourd'hui 240 salariés, selon la direction."
    doc = dedup_one(make_doc([[body], [staff], ["Les chiffres clés"], ["60 000 vélos par an"], ["240 salariés"], ["une vingtaine de marques"]]))
    assert removed(doc) == [("une vingtaine de marques", "dedup.fragment.sentence")]
    plant = "Keldwick Engineering will build a £40m plant at Teesport, creating 350 jobs by 2028."
    doc = dedup_one(make_doc([[plant], ["Key facts"], ["£40m plant"], ["350 jobs by 2028"]]))
    assert removed(doc) == []


BULLETIN = "A1 Milano-Napoli: coda di {} km tra Lodi e Casalpusterlengo in direzione Bologna per traffico intenso."
OTHER = "A4 Torino-Trieste: coda di {} km tra Agrate e Trezzo in direzione Venezia per traffico intenso."


def test_a_bulletin_that_differs_in_a_figure_only_stays():
    """The same stretch an hour later: "coda di 5 km" under "coda di 2 km" is news, not a copy."""
    first, later = BULLETIN.format(2), BULLETIN.format(5)
    doc = dedup_one(make_doc([[first], [OTHER.format(5)], [LEAD], [later]]))
    assert later in kept_texts(doc)


def test_a_bulletin_printed_twice_with_the_same_figure_still_goes():
    doc = dedup_one(make_doc([[BULLETIN.format(2)], [LEAD], [BULLETIN.format(2)]]))
    assert kept_texts(doc) == [BULLETIN.format(2), LEAD]


def test_a_copy_with_a_date_glued_to_its_start_still_goes():
    """A figure with no word before it (a date opening the copy) is no figure swapped in a bulletin."""
    doc = dedup_one(make_doc([[BODY], [LEAD], ["06.12.2026 " + BODY]]))
    kept = kept_texts(doc)
    assert LEAD in kept and sum(BODY in text for text in kept) == 1
