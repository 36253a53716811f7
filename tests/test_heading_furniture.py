"""What sits between a page's headline and its body (bylines, roles, dates, reading time,
listen and share buttons, ad labels), in en, fr, es, de, it, pt and nl (here) and 19 more
languages (furniture_more.py, furniture_scripts.py), under a site menu: every such line goes and
the headline stays. A line no rule knows there is taken for the headline by the heading search,
and the real headline above it is lost as outside the body."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text
from cleaner.rules.settings import load_settings

from article_support import ARTICLE
from article_support_more import ARTICLE_MORE
from article_support_scripts import ARTICLE_SCRIPTS
from furniture_more import BETWEEN_MORE, HEADLINE_MORE
from furniture_scripts import BETWEEN_SCRIPTS, HEADLINE_SCRIPTS

HEADLINE = {"en": "Council approves budget after four-hour debate", "fr": "Le conseil municipal adopte le budget après quatre heures de débat",
     "es": "El pleno aprueba el presupuesto tras cuatro horas de debate", "de": "Stadtrat beschließt Haushalt nach vierstündiger Debatte",
     "it": "Il consiglio approva il bilancio dopo quattro ore di dibattito", "pt": "Câmara aprova orçamento depois de quatro horas de debate",
     "nl": "Gemeenteraad keurt begroting goed na debat van vier uur"}
MENU = ["Home", "News", "Sport", "Business", "Culture"]
BETWEEN = [
    ('en', ['By Jane Doe', '3 December 2026, 6:00pm']),
    ('en', ['Jane Doe, Local Democracy Reporter', 'Published: 18:00, 3 Dec 2026 | Updated: 19:12, 3 Dec 2026']),
    ('en', ['Listen to this article', '4 min read']),
    ('en', ['Share', 'Save', 'Comment']),
    ('en', ['Tuesday 3 December 2026 18.00 GMT', 'Last modified on Tuesday 3 December 2026 19.12 GMT']),
    ('en', ['Advertisement']),
    ('en', ['Jane Doe', '@janedoe', 'Dec 3, 2026']),
    ('fr', ['Par Claire Martin', 'Publié le 3 décembre 2026 à 18h00, mis à jour à 19h12']),
    ('fr', ['Écouter cet article', 'Temps de lecture : 4 min']),
    ('fr', ['Partager', 'Facebook', 'Twitter', 'E-mail']),
    ('fr', ['Claire Martin - 3 déc. 2026 à 18:00']),
    ('fr', ["L'hôtel de ville, mardi soir. (Photo : Jean Dupont / AFP)"]),
    ('es', ['Por María López', 'Madrid - 3 dic 2026 - 18:00 CET']),
    ('es', ['Escuchar noticia', 'Tiempo de lectura: 4 min']),
    ('es', ['Actualizado 03/12/2026 19:12']),
    ('es', ['María López', 'Redactora de Local', '03 de diciembre de 2026, 18:00']),
    ('de', ['Von Max Müller', '03.12.2026, 18:00 Uhr']),
    ('de', ['Artikel anhören', 'Lesezeit: 4 Min.']),
    ('de', ['Teilen', 'Facebook', 'X', 'WhatsApp', 'E-Mail']),
    ('de', ['Aktualisiert am 03.12.2026 – 19:12 Uhr']),
    ('it', ['di Mario Rossi', '3 dicembre 2026 - 18:00']),
    ('it', ["Ascolta l'articolo", 'Tempo di lettura: 4 minuti']),
    ('pt', ['Por João Silva', '03/12/2026 18h00 Atualizado há 1 hora']),
    ('pt', ['Ouvir o artigo', '4 min de leitura']),
    ('nl', ['Door Jan de Vries', '3 december 2026, 18:00']),
    ('nl', ['Leestijd 4 minuten', 'Delen']),
]


ARTICLES = {**ARTICLE, **ARTICLE_MORE, **ARTICLE_SCRIPTS}
HEADLINES = {**HEADLINE, **HEADLINE_MORE, **HEADLINE_SCRIPTS}


@pytest.mark.parametrize("lang, between", BETWEEN + BETWEEN_MORE + BETWEEN_SCRIPTS)
def test_furniture_under_the_headline_goes_and_the_headline_stays(lang: str, between: list[str]) -> None:
    out = clean_text("\n".join([*MENU, HEADLINES[lang], *between, *ARTICLES[lang]]) + "\n").text
    assert HEADLINES[lang] in out
    assert not [line for line in between if line in out]
    assert all(paragraph in out for paragraph in ARTICLES[lang])


def test_a_media_label_line_is_known_by_its_shape():
    """title_lines.media_label: a label in capitals, a separator, a capitalised title ending like no sentence."""
    from cleaner.rules.title_lines import media_label

    for line in ["VIDÉO. Les images de l'incendie filmées par un riverain", "VIDEO | Drone footage shows the flooding",
                 "FOTOS: So sah es in der Nacht aus", "EN IMAGES. Le défilé des lanternes"]:
        assert media_label(line), line
    for line in ["USA: Trump signs the budget", "VIDEO | Drone footage shows the flooding.", "Video: how the flood spread",
                 "VIDEO games are selling again", "NATO ALLIES AGREE: More troops for the east.", "A1 Milano-Napoli: coda di 3 km"]:
        assert not media_label(line), line


def test_a_video_player_s_title_under_the_byline_leaves_the_headline_in_place():
    page = (
        "Home\nNews\nFlooding closes main road through town centre after overnight storm\nBy Sarah Lyons\n"
        "6 December 2026, 09:12 GMT\nVIDEO | Drone footage shows the scale of the flooding\n"
        "Heavy rain overnight has left the main road through the town centre under half a metre of water, with police closing it in both directions.\n"
        "Around forty homes were affected, and the council has opened the leisure centre as a rest centre for residents who had to leave.\n"
        "The Environment Agency said river levels were expected to fall during the afternoon, but warned that more rain was forecast.\n"
        "Related\nShare\n"
    )
    lines = clean_text(page).text.splitlines()
    assert lines[0] == "Flooding closes main road through town centre after overnight storm"
    assert "VIDEO | Drone footage shows the scale of the flooding" not in lines


def test_a_scoreboard_is_known_by_its_shape():
    """title_lines.scoreboard: two sides around a score, nothing else; a side is a team's name, not
    a headline's words around the score."""
    from cleaner.rules.title_lines import scoreboard

    side_words = load_settings().scorer.scoreboard_side_max_words
    for line in ["Borussia Dortmund 2:1 VfB Stuttgart", "OM 1 - 2 PSG", "Hannover 96 1:1 Hertha BSC", "Real Madrid 3–0 Getafe",
                 "Deportivo de La Coruña 2-1 Real Sociedad", "מכבי תל אביב 2:0 הפועל באר שבע"]:
        assert scoreboard(line, side_words), line
    for line in ["Ligue 1 - 15e journée", "Serie A 2025-26", "Dortmund won 2:1 against Stuttgart.", "Tore: 1:0 Adeyemi (23.)",
                 "Liveticker: Borussia Dortmund gegen VfB Stuttgart", "12:30 Anpfiff",
                 "England beat Wales 3-0 in their opening qualifier", "הפועל ירושלים גברה 78:85 על מכבי ראשון לציון בארנה"]:
        assert not scoreboard(line, side_words), line


def test_a_headline_with_a_score_keeps_its_standfirst_over_the_byline():
    """A headline with the score in it is no scoreboard (title_lines.scoreboard): kept as one, it
    left the heading walk without a title, and the standfirst between it and the byline went."""
    page = (
        "Sport\nFootball\nEngland beat Wales 3-0 in their opening qualifier\n"
        "England beat Wales 3-0 at Wembley on Sunday night in their opening World Cup qualifier.\nMark Evans\n07/12/2026 21:30\n"
        "Harry Kane opened the scoring in the 18th minute with a header from a corner.\n"
        "The other two goals came from Bukayo Saka and Phil Foden in the second half.\n"
        "England face Serbia in Belgrade on Wednesday.\nFollow us on Google News\nComments\n"
    )
    lines = clean_text(page).text.splitlines()
    assert lines[:3] == ["England beat Wales 3-0 in their opening qualifier", "", "England beat Wales 3-0 at Wembley on Sunday night in their opening World Cup qualifier."]
    assert "Mark Evans" not in lines


def test_a_button_under_a_date_no_rule_removed_is_no_title():
    """title._dated: on a page whose byline no rule removes, a date-shaped line is the byline's
    evidence; the unknown share button under it ("Wadaag qoraalkan") was taken for the title and
    the headline above was lost."""
    page = (
        "Wararka\nSiyaasad\nMuqdisho: Dekedda cusub ee kalluumaysiga oo la furay\n5 Diseembar 2026\nWadaag qoraalkan\n"
        "Dowladda Federaalka Soomaaliya ayaa maanta si rasmi ah u furtay dekedda cusub ee kalluumaysiga ee magaalada Muqdisho.\n"
        "Dekeddan ayaa la filayaa inay shaqo u abuurto in ka badan laba kun oo qof, sida ay sheegeen saraakiisha wasaaradda.\n"
    )
    lines = clean_text(page).text.splitlines()
    assert lines[0] == "Muqdisho: Dekedda cusub ee kalluumaysiga oo la furay"
    assert "Wadaag qoraalkan" not in lines
