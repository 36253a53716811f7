"""A comments heading with its count over a thread closes the article (blocks._over_thread): the
comments' lines score as prose and joined the body. A comment-count button inside the article
(no thread under it, or printed twice around a paragraph) closes nothing."""

from __future__ import annotations

from cleaner.pipeline import clean_text

ARTICLE = [
    'Primăria Clujului a aprobat construcția unei noi linii de tramvai',
    'Consiliul Local Cluj-Napoca a aprobat joi studiul de fezabilitate pentru o nouă linie de tramvai care va lega cartierul Mănăștur de zona industrială din estul orașului. Investiția este estimată la 180 de milioane de euro.',
    'Lucrările ar urma să înceapă în 2028 și să dureze trei ani, potrivit primăriei. Proiectul va fi finanțat în mare parte din fonduri europene.',
    '„Este cel mai mare proiect de transport din ultimii 20 de ani", a declarat primarul.',
]
# Romanian has no block rule for a thread: only the heading and the buttons are line rules.
THREAD = [
    'Comentarii (4)',
    'Ionuț M.',
    'acum 2 ore',
    'În sfârșit! Aștept de zece ani un tramvai în Mănăștur, autobuzele sunt mereu pline dimineața.',
    'Răspunde',
    'Maria P.',
    'acum 3 ore',
    'Bani aruncați pe fereastră, oricum nu se va termina niciodată la timp, ca toate proiectele din oraș.',
    'Răspunde',
    'Dan',
    'acum 5 ore',
    'Ar trebui să facă și parcări la capete, altfel nu folosește nimeni tramvaiul.',
    'Răspunde',
]


def test_a_thread_under_a_counted_comments_heading_goes() -> None:
    out = clean_text("\n".join(ARTICLE + THREAD) + "\n").text
    assert ARTICLE[3] in out
    assert "Aștept de zece ani" not in out and "Bani aruncați" not in out


def test_a_comments_button_printed_twice_inside_the_article_closes_nothing() -> None:
    last = "Consilierii vor vota proiectul final în primăvară, după o consultare publică."
    out = clean_text("\n".join(ARTICLE + ["Comentarii", last, "Comentarii"]) + "\n").text
    assert last in out
