"""Segmentation: paragraphs, sentence boundaries, title/body seams, invariants and speed."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cleaner.scan import _WINDOW, letters_before, word_before
from cleaner.segment import segment, segment_text
from cleaner.types import Document, Paragraph, Removal, Segment
from work_counts import growth, lines_run

SEEDS = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in segment_text(text)]


# (text, expected sentences): boundaries that must be found.
SPLITS = [
    ("Il est parti. Elle est restée.", ["Il est parti.", "Elle est restée."]),
    ("Vraiment ? Oui, vraiment !", ["Vraiment ?", "Oui, vraiment !"]),
    ("Il hésite… Puis il part.", ["Il hésite…", "Puis il part."]),
    ("Il hésite... Puis il part.", ["Il hésite...", "Puis il part."]),
    ("Il a dit qu'il allait signer. » Puis il est parti.", ["Il a dit qu'il allait signer. »", "Puis il est parti."]),
    ("Une « grande victoire.” Le reste suit.", ["Une « grande victoire.”", "Le reste suit."]),
    ('Des liens "bilatéraux." Le reste suit.', ['Des liens "bilatéraux."', "Le reste suit."]),
    ("Il est parti. « Aucun accord » n'a été signé.", ["Il est parti.", "« Aucun accord » n'a été signé."]),
    ("Il est parti. 2023 fut une année noire.", ["Il est parti.", "2023 fut une année noire."]),
    ("He left. — The end came later.", ["He left.", "— The end came later."]),
    ("Ils ont listé les armes, drones, etc. Le reste suit.", ["Ils ont listé les armes, drones, etc.", "Le reste suit."]),
    ("He lives in the U.S. The rest follows.", ["He lives in the U.S.", "The rest follows."]),
    ("Yup, you read it right! From The New York Times to CNN.", ["Yup, you read it right!", "From The New York Times to CNN."]),
    ("Wi-Fi 6 is included. iPhone 11 ships soon.", ["Wi-Fi 6 is included.", "iPhone 11 ships soon."]),
    # teaser fragments glued by a scraper: dedup has to see them alone
    ("entre leurs pays. rendu en train blindé.", ["entre leurs pays.", "rendu en train blindé."]),
    ("Sergueï Lavrov. et alimentaire. Selon les Occidentaux.", ["Sergueï Lavrov.", "et alimentaire.", "Selon les Occidentaux."]),
    # title/body seams
    ("une savante mise en scèneLe président russe a parlé.", ["une savante mise en scène", "Le président russe a parlé."]),
    ("l'entente russo-nord-coréenneSEOUL - Les Etats-Unis protestent.", ["l'entente russo-nord-coréenne", "SEOUL - Les Etats-Unis protestent."]),
    ("Le texte.”@MarionVanR dans #CàVous", ["Le texte.”", "@MarionVanR dans #CàVous"]),
    ("« Un épouvantail »INTERVIEW. Les deux pays.", ["« Un épouvantail »", "INTERVIEW.", "Les deux pays."]),
    ("les technologies spatiales Après s'être tournée vers l'Iran.", ["les technologies spatiales", "Après s'être tournée vers l'Iran."]),
    ("de coopération militaire D'après Vladimir Poutine, non.", ["de coopération militaire", "D'après Vladimir Poutine, non."]),
    ("par Hyunsu Yim et Josh Smith SEOUL - Le dirigeant est arrivé.", ["par Hyunsu Yim et Josh Smith", "SEOUL - Le dirigeant est arrivé."]),
    ("des relations bilatérales En septembre dernier, il est venu.", ["des relations bilatérales", "En septembre dernier, il est venu."]),
    ("Vi el mensaje. El presidente habló.", ["Vi el mensaje.", "El presidente habló."]),
    ("Er kam an. Die Regierung schwieg.", ["Er kam an.", "Die Regierung schwieg."]),
    ("They are down to $164.99. Heck, even more.", ["They are down to $164.99.", "Heck, even more."]),
    ("Il est né en 52 av. J.-C. Le reste suit.", ["Il est né en 52 av. J.-C.", "Le reste suit."]),
]

# Texts that are one sentence: nothing may split them.
WHOLE = [
    "M. Macron a parlé à Mme. Dupont et au Dr. Smith à St. Louis.",
    "Voir p. 12 et la fig. 3 pour les détails.",
    "Ils ont listé les armes, drones, etc. et beaucoup plus.",
    "The U.S. President met e.g. the press, i.e. the reporters.",
    "Il est né en 52 av. J.-C. à Rome.",
    # Swedish and Finnish quotes open with ”: no closing quote glued to a capital (scan.closing_quote_seam)
    "Hon sa till honom: ”Jag var helt slut” och gick hem.",
    "Hän sanoi: ”Olen väsynyt” ja lähti kotiin.",
    "Une photo de J. Smith et de Kim J. Un à Pyongyang.",
    "La croissance atteint 3.5 % puis 3,5 % en 2024.",
    "Publié à 01:54 le 19/06/2024 et le 2023-09-14 à 16:50:56 précises.",
    "Voir www.example.com/a.b?x=1 ou écrire à jean.dupont@example.fr pour en savoir plus.",
    "dans #CàVous pic.twitter.com/HaoKuTLDZY",
    "Il hésita… puis partit.",
    "Il hésita... puis partit.",
    "« Quoi ? » dit-il.",
    '"Really?" he asked.',
    "« Aucun accord » n'a été signé.",
    "Sony PlayStation, Apple iPhone, McDonald, YouTube, LinkedIn, JavaScript, WordPress, DeepMind.",
    "Add 1 tsp. olive oil and 1 Tbsp. balsamic vinegar.",
    "Polls found South Bend, Ind. mayor Pete Buttigieg at zero.",
    "He threatened Rep. Ilhan Omar (D-Minn.), the office announced.",
    "Le dirigeant nord-coréen Kim Jong Un a quitté Pyongyang.",
    # an opener of another language after a word no title ends with (German "Auch", "Nach")
    "Il est céréalier à Auch depuis trente ans.",
    "The firm moved its plant to Auch last year.",
    "Selon le journal Le Monde, le président a parlé.",
    "Mr He said nothing at all.",
    "Sie sagte »Wir kommen« und ging.",
    "Il est arrivé le 3. Oktober avec Apple Inc. Shares et Art. 5.",
    "selon la KCNA - les médias officiels.",
    "ST. JOSEPH, Mich. (AP) — Michigan health authorities report.",
    "He threatened Rep. Omar (D-N.Y.) shortly after the arrest.",
    "Astronomers used the W.M. Keck Observatory in Washington, D.C., said Paganini.",
]


@pytest.mark.parametrize("text,expected", SPLITS)
def test_boundaries_are_found(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", WHOLE)
def test_no_false_boundary(text):
    assert sentences(text) == [text]


def test_seam_with_both_halves_used_alone_elsewhere_splits():
    text = "La visite en Russie. Kim est parti.\nKim Jong Un a pris le train pour aller en RussieKim Jong Un a quitté Pyongyang."
    assert sentences(text)[2:] == ["Kim Jong Un a pris le train pour aller en Russie", "Kim Jong Un a quitté Pyongyang."]


def test_camel_case_name_stays_whole_without_evidence():
    text = "Il joue sur sa PlayStation tous les soirs."
    assert sentences(text) == [text]


def test_camel_case_menu_entry_stays_whole_even_with_evidence():
    text = "Market\nWatch\nMarketWatch\nThe Market is up. Watch it."
    assert "MarketWatch" in sentences(text)


def test_listed_brand_stays_whole_even_with_evidence():
    text = "You can Play. Station wagons are old.\nA long title about the new PlayStation release today."
    assert sentences(text)[-1] == "A long title about the new PlayStation release today."


def test_glued_caps_dateline_splits_after_a_known_word():
    text = "L'agence KCNA a parlé.\nVisite en Corée du Nord, selon la KCNASEOUL - Le dirigeant est parti."
    assert sentences(text)[1:] == ["Visite en Corée du Nord, selon la KCNA", "SEOUL - Le dirigeant est parti."]


def test_paragraphs_are_trimmed_non_blank_lines():
    text = "  Titre  \n\n \t\nPremière phrase. Deuxième phrase.\r\n"
    doc = segment(Document("d", text))
    assert [text[p.start : p.end] for p in doc.paragraphs] == ["Titre", "Première phrase. Deuxième phrase."]
    assert [[text[s.start : s.end] for s in p.segments] for p in doc.paragraphs] == [
        ["Titre"],
        ["Première phrase.", "Deuxième phrase."],
    ]


def test_given_paragraphs_are_kept_and_only_empty_ones_filled():
    text = "Un bloc. Deux phrases.\nAutre bloc. Déjà découpé."
    removal = Removal("boilerplate", "test.rule")
    given = Paragraph(0, 22, signals={"link_density": 0.5})
    done = Paragraph(23, len(text), segments=[Segment(23, len(text))], removal=removal)
    doc = segment(Document("d", text, paragraphs=[given, done]))
    assert doc.paragraphs[0] is given and given.signals == {"link_density": 0.5}
    assert [text[s.start : s.end] for s in given.segments] == ["Un bloc.", "Deux phrases."]
    assert done.segments == [Segment(23, len(text))] and done.removal is removal


def test_given_paragraph_with_surrounding_space_gives_trimmed_segments():
    text = "   Une phrase. Une autre.   "
    doc = segment(Document("d", text, paragraphs=[Paragraph(0, len(text))]))
    assert [text[s.start : s.end] for s in doc.paragraphs[0].segments] == ["Une phrase.", "Une autre."]


def test_empty_and_blank_documents_have_no_paragraphs():
    assert segment(Document("d", "")).paragraphs == []
    assert segment(Document("d", " \n\t\n ")).paragraphs == []


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name[:3])
def test_seeds_are_covered(path):
    text = path.read_text(encoding="utf-8")
    _check_invariants(text, segment(Document(path.name, text)))


def test_seed_003_body_sentences_come_out_alone():
    text = next(p for p in SEEDS if p.name.startswith("003")).read_text(encoding="utf-8")
    found = sentences(text)
    assert "rendu en train blindé dans l'Extrême-Orient russe pour un sommet avec le chef du Kremlin axé sur l'espace." in found
    assert "et alimentaire." in found
    assert found.count("Les deux hommes ont pour objectif de renforcer les liens commerciaux et sécuritaires entre leurs pays.") == 2
    assert found.count(
        "Le dirigeant nord-coréen Kim Jong-un (à droite) salue le président russe, Vladimir Poutine, "
        "sur la place Kim Il-sung à Pyongyang, le 19 juin 2024."
    ) == 2
    assert "Lors du sommet de mercredi, les dirigeants devraient se pencher sur les moyens de renforcer leur coopération militaire, selon les analystes." in found


def test_seed_002_dateline_lead_is_its_own_sentence():
    text = next(p for p in SEEDS if p.name.startswith("002")).read_text(encoding="utf-8")
    found = sentences(text)
    assert found[0] == "par Hyunsu Yim et Josh Smith"
    assert found[1] == found[found.index(found[1], 2)]  # the lead repeated on the next line


def _check_invariants(text: str, doc: Document) -> None:
    for par in doc.paragraphs:
        previous = par.start
        covered = []
        for seg in par.segments:
            assert previous <= seg.start < seg.end <= par.end
            assert not text[seg.start].isspace() and not text[seg.end - 1].isspace()
            covered.append(text[previous : seg.start])
            previous = seg.end
        covered.append(text[previous : par.end])
        assert all(gap.strip() == "" for gap in covered), "a non-space character was dropped"
    assert _same_nonspace(text, doc)


def _same_nonspace(text: str, doc: Document) -> bool:
    joined = "".join("".join(text[s.start : s.end].split()) for p in doc.paragraphs for s in p.segments)
    return joined == "".join(text.split())


PIECES = st.sampled_from(
    [
        "Le président a parlé.", "M. Dupont", "U.S.", "e.g.", "etc.", "3.5", "01:54", "« Aucun accord »",
        "signer. »", "victoire.”", "scèneLe", "KCNASEOUL - Le", "RussieKim", "PlayStation", "…", "...",
        "?", "!", "J.", "pic.twitter.com/Ha", "Après", "D'après", "Un", "la", "Kim Jong Un", "»I", "\n", " ",
        "  ", "\t", "a.", "A.", ".", "-", "—", "(AFP)", "SEOUL", "—", "www.x.fr", "x@y.fr", "'", '"',
    ]
)
TEXTS = st.one_of(
    st.lists(PIECES, max_size=30).map(" ".join),
    st.lists(PIECES, max_size=30).map("".join),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80),
)
fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@fast
@given(TEXTS)
def test_segments_cover_every_character_in_order(text):
    _check_invariants(text, segment(Document("d", text)))


@fast
@given(TEXTS)
def test_segmenting_is_idempotent_and_deterministic(text):
    first = segment(Document("d", text))
    spans = [(p.start, p.end, [(s.start, s.end) for s in p.segments]) for p in first.paragraphs]
    segment(first)
    assert [(p.start, p.end, [(s.start, s.end) for s in p.segments]) for p in first.paragraphs] == spans
    fresh = segment(Document("d", text))
    assert [(p.start, p.end, [(s.start, s.end) for s in p.segments]) for p in fresh.paragraphs] == spans


@fast
@given(TEXTS)
def test_segment_text_matches_segment(text):
    doc = segment(Document("d", text))
    assert segment_text(text) == [(s.start, s.end) for p in doc.paragraphs for s in p.segments]


@pytest.mark.parametrize(
    "unit",
    ["a. ", "A. ", "lorem ipsum ", "x", ".", "aB", "Le ", "ABCD - Le ", "» ", " ", "…", "a.b", "M. ",
     "Donaudampfschifffahrtsgesellschaftskapitaenswitwenrentenanspruch. Der "],  # long word before a period
)
def test_pathological_lines_run_in_linear_work(unit):
    """Twice the line, about twice the Python lines run (a scan back per candidate is four
    times). The time of 400,000 characters is benchmarks/bench_guards.py's."""
    segment(Document("d", unit * 10))  # the segmenter built once
    work = [lines_run(segment, Document("d", unit * (size // len(unit))))[1] for size in (5_000, 10_000)]
    assert growth(*work) < 2.5, work


@pytest.mark.parametrize("helper", [word_before, letters_before])
def test_look_behind_reads_a_bounded_window(helper):
    """What keeps segmentation linear however long a token is: a decision reads at most
    `_WINDOW` characters before a position (a scan back to the token's start per candidate
    period of "a.a.a.a..." is quadratic, and no count of Python lines shows it)."""
    token = "a" * 200_000
    assert len(helper(token + ".", len(token))) <= _WINDOW
