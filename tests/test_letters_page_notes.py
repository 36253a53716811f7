"""A letters page's, a corrections notice's and an opinion column's standing notes under the text:
how to write in, how long a letter may be, that the newsroom may shorten it, where to report an
error, that the column is its writer's view (the language files' newsletter, share and credit
rules). The letters and their signatures, the column's last sentence stay; the notes go."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text


_PAGES = {
    "de_opinion": (
        "Meinung\n"
        "Kommentare\n"
        "Gastbeiträge\n"
        "Kommentar: Die Schuldenbremse darf nicht zur Investitionsbremse werden\n"
        "Von Katrin Albers\n"
        "05.12.2026, 18:00 Uhr\n"
        "Teilen\n"
        "Merken\n"
        "Brücken, die gesperrt werden müssen, Schulen mit undichten Dächern, Bahnstrecken im Dauerbetrieb auf Verschleiß: Der Investitionsstau in Deutschland ist kein Geheimnis mehr.\n"
        "Trotzdem wird in den Haushaltsverhandlungen wieder über Kürzungen bei Bau und Schiene gestritten.\n"
        "Wer heute an der Substanz spart, zahlt morgen doppelt. Eine Reform der Schuldenbremse, die Investitionen anders behandelt als Konsumausgaben, wäre überfällig.\n"
        "Katrin Albers leitet das Ressort Wirtschaft.\n"
        "Gastbeiträge und Kommentare geben nicht unbedingt die Meinung der Redaktion wieder.\n"
        "Mehr Meinung\n"
        "Kommentar: Warum das Deutschlandticket bleiben muss\n"
        "© Wümme-Anzeiger\n",
        'Gastbeiträge und Kommentare geben nicht unbedingt die Meinung der Redaktion wieder.',
        'wäre überfällig.',
    ),
    "es_letters": (
        "Opinión\n"
        "Cartas al director\n"
        "Cartas al director: la línea de autobús, el centro de salud y la feria\n"
        "Compartir\n"
        "Un autobús que no llega\n"
        "Vivo en Villaverde y cada mañana el autobús de la línea 79 pasa lleno o con veinte minutos de retraso. Llegar al trabajo a tiempo se ha convertido en una lotería.\n"
        "Ana Belén Ruiz. Madrid\n"
        "Un centro de salud saturado\n"
        "Conseguir cita con el médico de familia cuesta ya más de dos semanas. Los sanitarios hacen lo que pueden, pero faltan profesionales.\n"
        "Luis Ortega. Getafe (Madrid)\n"
        "Los textos destinados a esta sección no deben exceder de 150 palabras. El periódico se reserva el derecho de publicarlos, así como de resumirlos o extractarlos.\n"
        "Lo más leído\n"
        "Cortes de tráfico en la M-30 este fin de semana\n"
        "© Diario del Henares\n",
        'Los textos destinados a esta sección no deben exceder de 150 palabras.',
        'Luis Ortega. Getafe (Madrid)',
    ),
    "fr_letters": (
        "Opinion\n"
        "Courrier des lecteurs\n"
        "Courrier des lecteurs : la fermeture de la maternité, le stationnement payant, la fibre\n"
        "Partager\n"
        "Une maternité, pas un luxe\n"
        "Fermer la maternité de Saint-Affrique, c'est obliger les futures mères à faire plus d'une heure de route. Ce n'est pas une économie, c'est un risque.\n"
        "Marie-Claude Vidal, Saint-Affrique\n"
        "Le stationnement devient payant\n"
        "Les commerçants du centre-ville n'ont pas besoin qu'on décourage encore les clients. Le stationnement payant va vider les rues.\n"
        "Jean-Pierre Bonnet, Millau\n"
        "Les lettres publiées n'engagent que leurs auteurs. La rédaction se réserve le droit de les raccourcir.\n"
        "Écrivez-nous : courrier@journaldurouergue.fr\n"
        "Les plus lus\n"
        "Millau : le viaduc fermé une nuit pour travaux\n"
        "© Le Journal du Rouergue\n",
        "Les lettres publiées n'engagent que leurs auteurs.",
        'Jean-Pierre Bonnet, Millau',
    ),
    "it_letters": (
        "Opinioni\n"
        "Lettere\n"
        "Lettere al direttore: la sanità in montagna e i treni dei pendolari\n"
        "Condividi\n"
        "Un ospedale da non chiudere\n"
        "Caro direttore, l'ospedale di Borgo Val di Taro serve un territorio vasto e anziano. Chiudere il punto nascita significa costringere le famiglie a un'ora di curve.\n"
        "Giovanna Ferrari, Borgotaro\n"
        "Pendolari dimenticati\n"
        "Ogni mattina il regionale delle 7.12 per Parma arriva in ritardo. Nessuno si scusa, nessuno rimborsa.\n"
        "Paolo Gatti, Fornovo\n"
        "Le lettere vanno inviate a lettere@gazzettadelvaltaro.it e non devono superare le 1.500 battute. La redazione si riserva di tagliarle.\n"
        "I più letti\n"
        "Parma, nuovo parcheggio scambiatore a Baganzola\n"
        "© Gazzetta del Valtaro\n",
        'Le lettere vanno inviate a',
        'Paolo Gatti, Fornovo',
    ),
    "nl_letters": (
        "Opinie\n"
        "Brieven\n"
        "Lezersbrieven: over de bibliotheek, de windmolens en de bus\n"
        "Delen\n"
        "Bibliotheek open houden\n"
        "Als de bibliotheek in ons dorp sluit, verliezen ouderen hun vaste ontmoetingsplek. De gemeente moet een andere oplossing zoeken.\n"
        "Gerda Meijer, Winterswijk\n"
        "Windmolens te dichtbij\n"
        "Vijfhonderd meter van de huizen is simpelweg te dicht. Omwonenden zijn niet tegen duurzame energie, wel tegen deze plek.\n"
        "Henk Brouwer, Aalten\n"
        "Reageren? Mail uw brief (maximaal 200 woorden) naar lezersbrieven@achterhoeksebode.nl. De redactie behoudt zich het recht voor brieven in te korten.\n"
        "Meest gelezen\n"
        "Busdienst tussen Aalten en Winterswijk terug\n"
        "© Achterhoekse Bode\n",
        'Mail uw brief (maximaal 200 woorden)',
        'Henk Brouwer, Aalten',
    ),
    "fr_corrections": (
        "Accueil\n"
        "Info\n"
        "Rectificatif\n"
        "Rectificatif : le nouveau collège de Landerneau ouvrira en 2028\n"
        "Publié le 06/12/2026 à 11h00\n"
        "Partager\n"
        "Dans notre édition du 3 décembre, nous indiquions que le nouveau collège de Landerneau ouvrirait à la rentrée 2027. Son ouverture est en réalité prévue pour septembre 2028.\n"
        "Le coût du chantier, pris en charge par le Département, est de 24 millions d'euros et non de 42 millions, comme écrit par erreur.\n"
        "Nous prions nos lecteurs de nous excuser pour ces erreurs.\n"
        "Une erreur dans un article ? Signalez-la à la rédaction.\n"
        "Les plus lus\n"
        "Landerneau : la passerelle rouverte aux piétons\n"
        "© Le Progrès de Cornouaille\n",
        'Une erreur dans un article ? Signalez-la à la rédaction.',
        'Nous prions nos lecteurs de nous excuser pour ces erreurs.',
    ),
}


@pytest.mark.parametrize("name", sorted(_PAGES))
def test_the_notes_go_and_the_text_above_them_stays(name: str) -> None:
    page, note, last = _PAGES[name]
    assert note in page
    cleaned = clean_text(page).text
    assert note not in cleaned, name
    assert cleaned.rstrip().endswith(last), (name, cleaned[-300:])
