"""A line of the place and the date between the byline and the lead ("Santander, 4 de diciembre
de 2026", "Matosinhos, 4 de dezembro de 2026") is the byline's dateline: it goes, and the
headline above it stays the title (in es and pt it was kept and taken for the headline)."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

CASES = {
    "es": ("El puerto de Santander recibe su primer ferri eléctrico", "Por Jorge Sainz", "Santander, 4 de diciembre de 2026",
           ["El primer ferri completamente eléctrico atracó el jueves por la mañana en el puerto de Santander, ante unos cientos de curiosos.",
            "El barco, construido en Vigo, puede llevar a 400 pasajeros entre Santander y Somo en apenas veinte minutos.",
            "La naviera prevé tres rotaciones al día a partir de la primavera, según explicó su director."]),
    "pt": ("Porto de Leixões recebe o primeiro navio elétrico", "Por Rui Costa", "Matosinhos, 4 de dezembro de 2026",
           ["O primeiro navio totalmente elétrico atracou esta quinta-feira no porto de Leixões, perante algumas centenas de curiosos.",
            "O navio, construído em Viana do Castelo, pode transportar 400 passageiros entre Leixões e Viana em menos de duas horas.",
            "A empresa prevê três viagens por dia a partir da primavera, disse o diretor da companhia."]),
    "fr": ("Le port de Brest accueille son premier paquebot électrique", "Par Yann Le Goff", "Brest, le 4 décembre 2026",
           ["Le premier paquebot entièrement électrique a accosté jeudi matin dans le port de Brest, sous les applaudissements de quelques centaines de curieux.",
            "Le navire, construit à Saint-Nazaire, peut transporter 400 passagers entre Brest et Ouessant en moins de deux heures.",
            "La compagnie prévoit trois rotations par jour dès le printemps prochain, a indiqué son directeur."]),
    "it": ("Il porto di Genova accoglie la prima nave elettrica", "di Marco Rossi", "Genova, 4 dicembre 2026",
           ["La prima nave completamente elettrica è attraccata giovedì mattina nel porto di Genova, davanti a qualche centinaio di curiosi.",
            "La nave, costruita a Riva Trigoso, può trasportare 400 passeggeri tra Genova e Portofino in meno di due ore.",
            "La compagnia prevede tre corse al giorno dalla primavera, ha detto il direttore della società."]),
}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_a_place_and_date_line_under_the_byline_goes(lang: str) -> None:
    title, byline, dateline, body = CASES[lang]
    out = clean_text("\n".join(["Home", "News", title, byline, dateline, *body]) + "\n").text
    assert out.startswith(title + "\n")
    assert dateline not in out and byline not in out
    assert all(paragraph in out for paragraph in body)
