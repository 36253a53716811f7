"""Short lines copied with a wire story: its subheadings, too short to count as a copy alone.

A reprint whose paragraphs all go as duplicates used to keep the story's subheadings, orphans
between the removed paragraphs ("Washington redouble d'attention"). A short line goes as a
copy when the document it was first seen in is also the origin of the passages around it; with
new text on one side, or first seen elsewhere (a generic heading), it stays.
"""

from __future__ import annotations

from cleaner.dedup import DedupConfig, Deduplicator

from test_dedup_support import kept_texts, make_doc, removed

P = [
    "Le dirigeant nord-coréen est arrivé en Russie aux premières heures de la journée de mardi, a rapporté l'armée.",
    "Les Etats-Unis ont exprimé à plusieurs reprises leur préoccupation à l'égard du rapprochement entre les deux pays.",
    "Le ministre sud-coréen des Affaires étrangères a déclaré vendredi que tout accord menacerait la paix dans la péninsule.",
    "Le Kremlin a indiqué que les deux dirigeants avaient visité ensemble une usine de l'industrie aéronautique russe.",
]
HEADING = "Washington redouble d'attention"
OWN = "Notre correspondant à Séoul rappelle que la péninsule vit sous tension depuis 1953, sans traité de paix signé."


def run(docs):
    with Deduplicator(DedupConfig()) as dedup:
        return [dedup.apply(d) for d in docs]


def test_a_subheading_between_passages_copied_from_its_document_goes_with_them():
    wire = make_doc([[P[0]], [P[1]], [HEADING], [P[2]], [P[3]]], "wire.txt", source="agency")
    reprint = make_doc([[OWN], [P[0]], [P[1]], [HEADING], [P[2]], [P[3]]], "site.txt", source="paper")
    out = run([wire, reprint])
    assert HEADING in kept_texts(out[0])
    assert kept_texts(out[1]) == [OWN]
    (span,) = [r for r in out[1].removals() if r[2].rule == "dedup.exact.heading"]
    assert out[1].text[span[0] : span[1]] == HEADING
    assert span[2].original.doc == "wire.txt" and wire.text[span[2].original.start : span[2].original.end] == HEADING


def test_a_subheading_over_new_text_stays():
    wire = make_doc([[P[0]], [P[1]], [HEADING], [P[2]]], "wire.txt", source="agency")
    reprint = make_doc([[P[0]], [P[1]], [HEADING], [OWN]], "site.txt", source="paper")
    out = run([wire, reprint])
    assert kept_texts(out[1]) == [HEADING, OWN]


def test_a_heading_first_seen_in_another_document_stays():
    """"Analyse" over copied text, but the copy's origin never printed it there: the site's own."""
    other = make_doc([[OWN], ["Analyse"], [P[3]]], "other.txt", source="blog")
    wire = make_doc([[P[0]], [P[1]], [P[2]]], "wire.txt", source="agency")
    own = "La rédaction revient sur les raisons de ce voyage, le premier du dirigeant à l'étranger depuis quatre ans."
    reprint = make_doc([[P[0]], ["Analyse"], [P[1]], [P[2]], [own]], "site.txt", source="paper")
    out = run([other, wire, reprint])
    assert out[2].duplicate_of is None
    assert "Analyse" in kept_texts(out[2])
    assert ("Analyse", "dedup.exact.heading") not in removed(out[2])
