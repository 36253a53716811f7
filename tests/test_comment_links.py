"""A link to the comments ("View all 48 comments") sits anywhere on a page: under the byline,
between two paragraphs, under the article. The line goes alone; only where no prose paragraph
follows it (a thread's first commenter, a disclaimer, teasers) does it end the page."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

PAGES = {
    "en": (
        "View all 48 comments",
        ["The council approved the new bus lanes on Tuesday after a three-hour debate in which residents "
         "from both sides of the river spoke about traffic, noise and the cost of the works.",
         "Work on the first section will start in May and should take about six months, the city's "
         "transport office said in a statement released after the vote.",
         "Shop owners on the high street remain unconvinced and plan to ask for a review of the decision "
         "at the next public meeting, their association's chair told reporters outside the town hall."],
    ),
    "fr": (
        "Voir les 48 commentaires",
        ["Le conseil municipal a approuvé mardi les nouvelles voies de bus après un débat de trois heures "
         "au cours duquel des habitants des deux rives ont parlé de circulation, de bruit et du coût des travaux.",
         "Les travaux du premier tronçon commenceront en mai et devraient durer environ six mois, a indiqué "
         "le service des transports de la ville dans un communiqué publié après le vote.",
         "Les commerçants de la grand-rue restent sceptiques et comptent demander un réexamen de la décision "
         "lors de la prochaine réunion publique, a déclaré la présidente de leur association."],
    ),
    "es": (
        "Ver los 48 comentarios",
        ["El pleno aprobó el martes los nuevos carriles bus tras un debate de tres horas en el que vecinos "
         "de las dos orillas del río hablaron del tráfico, del ruido y del coste de las obras.",
         "Las obras del primer tramo empezarán en mayo y durarán unos seis meses, según informó la concejalía "
         "de movilidad en un comunicado difundido tras la votación.",
         "Los comerciantes de la calle mayor siguen sin estar convencidos y pedirán que se revise la decisión "
         "en la próxima reunión pública, según dijo la presidenta de su asociación."],
    ),
    "de": (
        "Alle 48 Kommentare anzeigen",
        ["Der Stadtrat hat am Dienstag nach dreistündiger Debatte den neuen Busspuren zugestimmt, nachdem "
         "Anwohner von beiden Seiten des Flusses über Verkehr, Lärm und die Kosten gesprochen hatten.",
         "Die Arbeiten am ersten Abschnitt sollen im Mai beginnen und etwa sechs Monate dauern, teilte das "
         "Verkehrsamt der Stadt nach der Abstimmung in einer Mitteilung mit.",
         "Die Geschäftsleute in der Hauptstraße bleiben skeptisch und wollen bei der nächsten öffentlichen "
         "Sitzung eine Überprüfung der Entscheidung beantragen, sagte die Vorsitzende ihres Vereins."],
    ),
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_a_comment_link_between_paragraphs_goes_alone(lang: str):
    link, paragraphs = PAGES[lang]
    out = clean_text("\n".join([paragraphs[0], paragraphs[1], link, paragraphs[2]]) + "\n").text
    assert link not in out
    assert all(p in out for p in paragraphs)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_comment_link_over_the_pages_end_ends_the_article(lang: str):
    """Under it, a commenter's name and comment: no prose paragraph comes first, the rest goes."""
    link, paragraphs = PAGES[lang]
    thread = ["Marta R.", "Finally! The number 12 bus has been late every single morning this winter."]
    out = clean_text("\n".join([*paragraphs, link, *thread]) + "\n").text
    assert all(p in out for p in paragraphs)
    assert link not in out and not any(t in out for t in thread)
