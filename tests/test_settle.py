"""Settling: the per-document steps rerun on their own output, removals mapped back to the input."""

from cleaner import clean_text
from cleaner.settle import Rendering, remove_span
from cleaner.segment import segment
from cleaner.types import Document, Removal

# Found by hypothesis: once the duplicate sentence goes, the English sentence left alone after a
# French paragraph no longer reads as part of the body; a second run removed it.
MIXED = (
    "Le dirigeant nord-coréen est arrivé mardi en Russie pour une visite rare. Les deux pays entendent "
    "renforcer leurs liens en matière de défense. « Aucun accord n’a été signé », a déclaré le porte-parole "
    "du Kremlin.\n« Aucun accord n’a été signé », a déclaré le porte-parole du Kremlin. The minister said on "
    "Tuesday that talks would resume next week in Geneva."
)
# Found by hypothesis: junk around a short line changes the language guess and the body's edge.
JUNK_AROUND = (
    "Lire la suite »\ntalks e.g. talks e.g. la\nLire la suite »\nDie Regierung will die Steuern im kommenden "
    "Jahr deutlich senken. Le dirigeant nord-coréen est arrivé mardi en Russie pour une visite rare.\n"
    "Lire la suite »\n... Kim talks e.g. the «\n« Aucun accord n’a été signé », a déclaré le porte-parole du "
    "Kremlin. Washington a exprimé sa « préoccupation » quant à cette collaboration. M. Dupont, 54 ans, a "
    "indiqué que 3,5 millions d'euros seraient débloqués.\n-Infinity\nTwitter"
)


def test_found_counterexamples_are_idempotent():
    for text in (MIXED, JUNK_AROUND):
        once = clean_text(text)
        assert clean_text(once.text).text == once.text
        assert "« Aucun accord n’a été signé »" in once.text


def test_later_pass_removals_point_into_the_input():
    result = clean_text(JUNK_AROUND)
    source = result.document.text
    for start, end, removal in result.removals:
        assert source[start:end].strip(), removal
        if removal.original is not None:
            assert 0 <= removal.original.start < removal.original.end <= len(source)


def test_rendering_is_the_clean_text_and_maps_words_back():
    doc = segment(Document("d", "Titre  du   jour\n\n  Une phrase ici.   Une autre là.\n"))
    doc.paragraphs[1].segments[0].removal = Removal("boilerplate", "test")
    rendering = Rendering(doc)
    assert rendering.text == doc.clean_text() == "Titre du jour\n\nUne autre là.\n"
    start = rendering.text.index("autre")
    assert rendering.source_span(start, start + 5) == (doc.text.index("autre"), doc.text.index("autre") + 5)
    assert rendering.source_span(len(rendering.text) - 1, len(rendering.text)) is None  # the final newline


def test_remove_span_splits_segments_and_keeps_the_rest():
    doc = segment(Document("d", "Une phrase ici avec un bout de trop à la fin.\n"))
    start = doc.text.index("un bout")
    remove_span(doc, start, start + len("un bout de trop"), Removal("boilerplate", "test"))
    assert doc.clean_text() == "Une phrase ici avec à la fin.\n"
    assert [doc.text[s:e] for s, e, _ in doc.removals()] == ["un bout de trop"]


def test_remove_span_over_a_whole_paragraph_reports_the_paragraph():
    doc = segment(Document("d", "Première ligne.\nDeuxième ligne. Encore.\n"))
    par = doc.paragraphs[1]
    remove_span(doc, par.start, par.end, Removal("boilerplate", "test"))
    assert doc.clean_text() == "Première ligne.\n"
    assert [(s, e) for s, e, _ in doc.removals()] == [(par.start, par.end)]


def test_a_canonical_text_with_nothing_removed_is_not_cleaned_again():
    from cleaner.settle import settle

    calls = []
    doc = segment(Document(id="d", text="One paragraph of prose.\n\nAnother one here.\n"))
    settle(doc, lambda again: calls.append(again) or segment(again))
    assert calls == []
    messy = segment(Document(id="d", text="One paragraph   of prose.\nAnother one here."))
    settle(messy, lambda again: calls.append(again) or segment(again))
    assert [d.text for d in calls] == ["One paragraph of prose.\n\nAnother one here.\n"]


WIRE = (
    "Le conseil municipal a voté jeudi soir le budget de la nouvelle médiathèque, après trois heures de "
    "débats animés entre la majorité et l'opposition sur le coût des travaux."
)
OWN = (
    "La maire a rappelé que la ville attendait ce chantier depuis dix ans et que les subventions de la "
    "région couvriraient près de la moitié de la dépense prévue."
)


def test_a_corpus_document_settles_once_after_the_corpus_step(passes: list[str]):
    """The settle waits for the corpus step: a document that step changes is checked once, not
    once before it and again after it (three passes), and its output is still a fixed point."""
    from cleaner import clean_corpus
    first = f"{WIRE}\n{OWN}\n"
    second = f"{WIRE}\nLe chantier doit durer dix-huit mois et la médiathèque ouvrira ses portes au printemps 2028.\n"
    results = list(clean_corpus(iter([("a", first), ("b", second)])))  # an iterator: streamed, no plan
    assert WIRE not in results[1].text and results[1].text.strip()  # the corpus step removed the copy
    assert passes.count("b") == 2  # its first pass, then one settle check on the output
    again = list(clean_corpus(iter([("b", results[1].text)])))
    assert again[0].text == results[1].text
