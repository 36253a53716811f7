"""The article's short last lines (rules/blocks.py): a closing sentence above an app promo a rule
removes ("Scarica l'app MeteoNord"), and an interview's closing exchange ("Danke für das
Gespräch." / "Gern."), stay with the article."""

from __future__ import annotations

from cleaner.pipeline import clean_text

WEATHER = [
    "Allerta gialla in Veneto: pioggia e neve sopra i 900 metri fino a domenica",
    "di Redazione",
    "5 dicembre 2026 alle 08:30",
    "Una perturbazione atlantica porterà da questa sera piogge diffuse su tutto il Veneto, con nevicate sopra i 900 metri in Cadore e sull'Altopiano di Asiago.",
    "La Protezione civile raccomanda di limitare gli spostamenti in montagna e di informarsi sullo stato delle strade prima di partire.",
    "Sui passi dolomitici è obbligatorio l'uso di catene o pneumatici invernali da sabato mattina fino a nuovo avviso.",
    "Il bollettino viene aggiornato ogni giorno alle 13.",
    "Scarica l'app MeteoNord",
    "Seguici su Facebook",
]


def test_a_closing_sentence_above_an_app_promo_stays() -> None:
    out = clean_text("\n".join(WEATHER) + "\n").text
    assert "Il bollettino viene aggiornato ogni giorno alle 13." in out
    assert "Seguici su Facebook" not in out


INTERVIEW = [
    "„Ein Orchester ist kein Museum“",
    "Interview: Jan Petersen",
    "04.12.2026 | Lesedauer: 5 Min.",
    "Frau Takács, Sie sind seit drei Monaten im Amt. Wie war der Start?",
    "Anstrengend und schön. Das Orchester ist neugierig, das Publikum auch, und die Stadt hat uns herzlich empfangen.",
    "Die Konzerte sind ausverkauft. Ist das Ihr Verdienst?",
    "Nein. Das ist der Verdienst meines Vorgängers, der zwanzig Jahre lang das Publikum aufgebaut hat.",
    "Danke für das Gespräch.",
    "Gern.",
]


def test_an_interviews_closing_reply_stays() -> None:
    out = clean_text("\n".join(INTERVIEW) + "\n").text
    assert out.rstrip().endswith("Danke für das Gespräch.\n\nGern.")


def test_the_closing_exchange_under_an_inline_link_stays() -> None:
    page = INTERVIEW[:7] + ["Lesen Sie auch: Staatstheater streicht zwei Premieren"] + INTERVIEW[7:] + ["Mehr aus Kultur"]
    out = clean_text("\n".join(page) + "\n").text
    assert "Danke für das Gespräch.\n\nGern." in out and "Staatstheater" not in out


LIBRARY = [
    "Portada",
    "O concello de Lugo abrirá unha nova biblioteca no barrio da Residencia",
    "O Concello de Lugo presentou este xoves o proxecto da nova biblioteca municipal do barrio da Residencia, que ocupará o antigo edificio do mercado.",
    "As obras comezarán en febreiro e terán un orzamento de 2,4 millóns de euros, financiados en parte con fondos europeos, segundo explicou a alcaldesa.",
    "Os veciños levaban máis dunha década reclamando un equipamento cultural no barrio.",
    "A apertura está prevista para 2028.",
]


def test_a_short_closing_sentence_scoring_low_stays_above_the_furniture() -> None:
    """Six words, a year, no short function word: 0.18, under the tail's floor. Above a share row
    (a rule removal), above share labels no rule knows, or above a few of them over a share row
    and teaser headlines, it is the article's last line (closing_runs.short_closing)."""
    for furniture in (["Compartir", "Facebook"], ["Partillar", "Enviar"], ["Partillar", "Facebook", "Enviar", "Máis noticias",
                      "A Deputación licita o novo centro de día de Monforte", "Temporal: alerta laranxa na Mariña"]):
        out = clean_text("\n".join(LIBRARY + furniture) + "\n").text
        assert out.endswith("A apertura está prevista para 2028.\n"), (furniture, out[-200:])


REVIEW = [
    "Kunst im Bunker: Die Sammlung Boros zeigt neue Arbeiten",
    "Zwölf Künstlerinnen und Künstler bespielen die Räume des Hochbunkers in Mitte.",
    "Der Bunker an der Reinhardtstraße ist schon für sich ein Ereignis. Wer die schweren Stahltüren hinter sich lässt, betritt ein Labyrinth aus niedrigen Räumen.",
    "Besonders eindrucksvoll ist die Lichtinstallation von Anne Imhof im obersten Stockwerk, die den Besucher für einige Minuten in völlige Dunkelheit taucht.",
    "{closing}",
    "Artikel teilen",
    "Schlagworte: Kunst, Berlin, Ausstellung",
]


def _review(closing: str) -> str:
    return clean_text("\n".join(REVIEW).replace("{closing}", closing) + "\n").text


def test_a_practical_line_closing_a_review_stays() -> None:
    """A label, a colon, a figure, a full stop right under the last paragraph (practical.py)."""
    for closing in ("Eintritt: 12 Euro.", "Öffnungszeiten: Do bis So 12 bis 18 Uhr."):
        out = _review(closing)
        assert closing in out
        assert "Schlagworte" not in out and "Artikel teilen" not in out


def test_a_price_line_closing_a_review_needs_no_full_stop() -> None:
    """A bare price (a figure and its currency: practical._price_value) stands for the stop:
    "Eintritt: 12 Euro" over the share row was cut while "Eintritt: 12 Euro." stayed."""
    for closing in ("Eintritt: 12 Euro", "Tickets: £18, concessions £12", "Preis: CHF 25", "Entrada: 8 €", "Eintritt: ab 12,50 Euro"):
        out = _review(closing)
        assert out.rstrip().endswith(closing), (closing, out[-120:])
        assert "Artikel teilen" not in out


def test_a_label_line_with_a_figure_but_no_price_and_no_stop_still_goes() -> None:
    """Without a stop, a figure that is no price is the page's: a comment count, a reading time,
    a photo count ("Kommentare: 12", "Lesezeit: 4 Minuten", "Fotos: 12 Bilder")."""
    for closing in ("Kommentare: 12", "Lesezeit: 4 Minuten", "Fotos: 12 Bilder"):
        assert closing not in _review(closing)


def test_an_offer_with_a_price_and_no_stop_still_goes() -> None:
    """An offer says more around its price than a bare price (practical._price_value): a
    subscription's period, a trial's weeks, a sale's pitch stay the page's without a stop."""
    for closing in ("Abo: 9,99 € im Monat", "Jetzt testen: 4 Wochen für 1 €", "Subscribe: £1 for your first month",
                    "Sponsored: Save £20 on winter tyres"):
        assert closing not in _review(closing)


def test_a_label_line_without_a_figure_or_with_a_year_still_goes() -> None:
    """The same shape holding no figure ("Fotos: Boros") or a date ("Stand: 5. Dezember 2026.")
    is the page's furniture, cut as before."""
    for closing in ("Fotos: Sammlung Boros.", "Stand: 5. Dezember 2026."):
        assert closing not in _review(closing)


_STUDY_PAGE = (
    "Home\nScience\nOcean warming is pushing cod north faster than expected, study finds\nBy Laura Finch\n6 December 2026\n"
    "Atlantic cod are moving north at almost twice the rate predicted a decade ago, according to a study of forty years of survey data.\n"
    "Researchers at the University of Bergen tracked catches from research vessels and found that the population had shifted 250 kilometres.\n"
    "The authors warn that quotas set on older maps of the stock risk overfishing in the north while leaving southern fleets without a catch.\n"
    "{reference}\nMore on this story\nShare\n"
)


def test_a_study_s_reference_with_its_doi_closes_a_science_story():
    reference = 'Study: Solberg I. et al., "Accelerating poleward shift of Atlantic cod", Nature Climate Change, 2026. DOI: 10.1038/s41558-026-01234-5'
    assert reference in clean_text(_STUDY_PAGE.format(reference=reference)).text.splitlines()


def test_a_reference_line_without_a_doi_is_left_to_the_body_search():
    reference = 'Study: Solberg I. et al., "Accelerating poleward shift of Atlantic cod", Nature Climate Change, 2026'
    assert reference not in clean_text(_STUDY_PAGE.format(reference=reference)).text.splitlines()


CYCLE_PATH = [
    "Ny cykelsti langs Ringvejen åbner til foråret",
    "Af Mette Lund",
    "Kommunen har nu givet grønt lys til den længe ventede cykelsti langs Ringvejen, som skal forbinde bydelen med centrum.",
    "Stien bliver tre kilometer lang og får belysning hele vejen, så den også kan bruges om vinteren, når det er mørkt om eftermiddagen.",
    "Beboerne i området har i flere år klaget over den tætte trafik, og især forældre har været bekymrede for børnenes skolevej.",
    "Arbejdet går i gang i marts, og kommunen forventer, at stien står færdig inden sommerferien.",
    "Anlægget koster 11 millioner kroner, hvoraf staten betaler halvdelen gennem cykelpuljen.",
]


def test_a_short_closing_sentence_stays_above_a_one_line_footer() -> None:
    """An address line no rule knows, longer than a label and ending like no sentence, is the
    page's footer (closing_runs._footer_line): the 11-word sentence above it, 0.38, stays; the
    footer goes, alone or under a label."""
    for footer in (["Lokalavisen Vestegnen, Hovedgaden 4, 2600 Glostrup, tlf. 43 45 00 00"],
                   ["Kontakt", "Lokalavisen Vestegnen, Hovedgaden 4, 2600 Glostrup, CVR 12 34 56 78"]):
        out = clean_text("\n\n".join(CYCLE_PATH + footer) + "\n").text
        assert out.endswith("gennem cykelpuljen.\n"), (footer, out[-200:])


RINK_BRIEF = [
    "Głos Koszaliński",
    "Koszalin",
    "Region",
    "Sport",
    "Lodowisko w Koszalinie czynne od soboty",
    "Anna Wójcik",
    "06.12.2026, 15:40",
    "Udostępnij",
    "Miejskie lodowisko przy hali widowiskowej w Koszalinie zostało otwarte w sobotę i będzie czynne do połowy marca.",
    "Wstęp kosztuje 8 złotych.",
    "Dzieci do lat sześciu wchodzą za darmo.",
    "Łyżwy wypożyczymy za 10 złotych.",
]
RINK_CLOSING = ["Tafla jest czynna codziennie.", "Wieczorem gra tu muzyka.", "Ostatnie wejście o 20.", "Organizatorzy liczą na tłumy."]
BRIDGE = [
    "Un nouveau pont pour relier les deux rives de la Loire",
    "Le conseil départemental a validé jeudi la construction d'un nouveau pont sur la Loire, entre Saumur et Montsoreau, après dix ans de débats.",
    "Les travaux doivent commencer au printemps 2028 et durer deux ans, selon le calendrier présenté aux élus du département.",
    "Le projet est estimé à 45 millions d'euros, financés en partie par la région et par l'État dans le cadre du plan de relance.",
]
NOTICES = ["Les commentaires sont fermés.", "Consultez notre charte.", "Les abus seront signalés.", "Merci de votre lecture."]


def test_a_brief_of_short_sentences_closes_on_four_of_them() -> None:
    """Under a body that states its facts in short sentences, a run of four short closing
    sentences over the share row is the article's (closing_runs._run_lines, closing_brief_lines);
    three were the most a run could hold, and all four were cut."""
    out = clean_text("\n".join(RINK_BRIEF + RINK_CLOSING + ["Udostępnij", "© Głos Koszaliński 2026"]) + "\n").text
    assert out.endswith("Wstęp kosztuje 8 złotych.\n\n" + "\n\n".join(RINK_BRIEF[-2:] + RINK_CLOSING) + "\n"), out[-300:]
    assert "Udostępnij" not in out


def test_four_short_notices_under_longer_prose_still_go() -> None:
    """Under a body of longer sentences, a run of four short lines over the share row keeps the
    shorter limit (closing_past_lines): a site's notices, not the article's."""
    out = clean_text("\n".join(BRIDGE + NOTICES + ["Partager sur Facebook", "© Le Courrier de l'Ouest"]) + "\n").text
    assert "plan de relance." in out
    assert not any(notice in out for notice in NOTICES), out[-300:]
