"""Page styles met on probes of unseen regional sites in en/fr/es/de (helper q14).

Each page is short and realistic: a Swiss court report with a newsletter box set between its
last two paragraphs, a Bundesliga report closing on its line-up and goals. The lines each test
names were lost or kept before the step it exercises.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cleaner import clean_text
from cleaner.config import Config
from cleaner.rules.anchor import title_candidates
from cleaner.rules.settings import default_settings_file

_COURT_DE = """Zürich
Bezirksgericht
Bezirksgericht Zürich: Velofahrer nach tödlichem Unfall am Bellevue verurteilt
Liliane Minor
Publiziert heute um 16:20 Uhr
Das Bezirksgericht Zürich hat am Freitag einen 38-jährigen Velofahrer wegen fahrlässiger Tötung zu einer bedingten Geldstrafe von 150 Tagessätzen zu 90 Franken verurteilt.
Der Mann war im Mai 2025 am Bellevue bei Rot über die Kreuzung gefahren und hatte eine 79-jährige Fussgängerin erfasst, die wenige Tage später im Spital starb.
«Sie haben das Rotlicht bewusst missachtet», sagte die Richterin bei der Urteilseröffnung.
Newsletter
Zürich heute
Erhalten Sie die wichtigsten Nachrichten aus der Stadt Zürich.
Weitere Newsletter
Einloggen
Der Verteidiger hatte einen Freispruch gefordert. Das Urteil ist noch nicht rechtskräftig.
Fehler gefunden? Jetzt melden.
12 Kommentare
Artikel zum Thema
Mehr Velounfälle in der Stadt
"""

_COURT_FR = """Justice
Procès à Lausanne: l’ex-gérant d’une fiduciaire condamné à quatre ans ferme
Publié aujourd’hui à 17h45
Le Tribunal correctionnel de Lausanne a condamné vendredi l’ancien gérant d’une fiduciaire de Renens à quatre ans de prison ferme pour abus de confiance qualifié et faux dans les titres.
Entre 2016 et 2022, l’homme de 61 ans a détourné près de 2,3 millions de francs appartenant à une cinquantaine de clients, pour la plupart des retraités.
«Vous avez trahi des gens qui vous confiaient leurs économies d’une vie», a déclaré la présidente du tribunal en lisant le jugement.
Newsletter
«Vaud & Régions»
Retrouvez l’essentiel de l’actualité vaudoise, chaque jour dans votre boîte mail.
Autres newsletters
Se connecter
Son avocat, Me Philippe Vladimirov, a annoncé qu’il ferait appel.
Vous avez trouvé une erreur?Signalez-la maintenant.
0 commentaires
Articles les plus lus
Un incendie ravage une ferme à Moudon
"""

_MATCH_DE = """Bundesliga
Kane schnürt Doppelpack – Bayern baut Tabellenführung aus
07.12.2026, 20:28 Uhr
Der FC Bayern München hat das Spitzenspiel gegen Bayer Leverkusen mit 3:1 gewonnen und den Vorsprung an der Tabellenspitze auf sieben Punkte ausgebaut.
Harry Kane traf in der 12. und in der 58. Minute, Jamal Musiala erhöhte kurz vor Schluss auf 3:1. Für Leverkusen hatte Florian Wirtz zwischenzeitlich ausgeglichen.
„Wir haben heute gezeigt, dass wir auch gegen die Besten ruhig bleiben“, sagte Trainer Vincent Kompany nach dem Spiel.
Aufstellung Bayern: Neuer – Kimmich, Upamecano, Kim, Davies – Pavlović, Goretzka – Olise, Musiala, Sané – Kane
Tore: 1:0 Kane (12.), 1:1 Wirtz (34.), 2:1 Kane (58.), 3:1 Musiala (87.)
Zum Liveticker
Mehr zum Thema
Tabelle
Spielplan
Anzeige
"""

_TEASERS_EN = """Council expands bus network
The council voted on Tuesday to expand the bus network, and the mayor said the first new lines would open in the spring.
Drivers' unions welcomed the plan but said the council would need to hire at least forty more drivers to run it.
The new routes will link the northern estates with the hospital and the university for the first time.
Analysis: Why the mayor bet her majority on buses
Opinion: Fares are the real problem
"""


def _clean_with(text: str, tmp_path: Path, old: str, new: str) -> str:
    settings = tmp_path / "scorer.toml"
    shipped = default_settings_file().read_text(encoding="utf-8")
    assert old in shipped
    settings.write_text(shipped.replace(old, new), "utf-8")
    config = Config()
    config = replace(config, rules=replace(config.rules, settings_file=str(settings)))
    return clean_text(text, config).text


def _lines(text: str) -> set[str]:
    return {line.strip() for line in text.splitlines() if line.strip()}


def test_the_last_paragraph_under_a_newsletter_box_stays(tmp_path: Path) -> None:
    for page, last, box in (
        (_COURT_DE, "Der Verteidiger hatte einen Freispruch gefordert.", ("Zürich heute", "Weitere Newsletter", "Einloggen")),
        (_COURT_FR, "Son avocat, Me Philippe Vladimirov, a annoncé qu’il ferait appel.", ("«Vaud & Régions»", "Autres newsletters", "Se connecter")),
    ):
        text = clean_text(page).text
        assert last in text
        assert not _lines(text) & {*box, "Fehler gefunden? Jetzt melden.", "12 Kommentare", "0 commentaires", "Artikel zum Thema", "Articles les plus lus"}
        assert "Signalez-la" not in text
        without = _clean_with(page, tmp_path, 'resume_signup_categories = ["newsletter"]', "resume_signup_categories = []")
        assert last not in without


def test_a_match_report_keeps_its_line_up_and_goals(tmp_path: Path) -> None:
    text = clean_text(_MATCH_DE).text
    assert "Aufstellung Bayern: Neuer – Kimmich" in text and "Tore: 1:0 Kane (12.)" in text
    assert not _lines(text) & {"Zum Liveticker", "Mehr zum Thema", "Tabelle", "Spielplan", "Anzeige"}
    without = _clean_with(_MATCH_DE, tmp_path, "list_headed_min_items = 2", "list_headed_min_items = 3")
    assert "Tore: 1:0 Kane" not in without


def test_two_labelled_teasers_under_the_article_do_not_join_it() -> None:
    text = clean_text(_TEASERS_EN).text
    assert "The new routes will link" in text
    assert "Analysis: Why the mayor" not in text and "Opinion: Fares" not in text


_EMBEDS_FR = """People
Musique
Aya Nakamura annonce une tournée des stades en 2027
Par la rédaction
Le 07 décembre 2026 à 09h30
La chanteuse Aya Nakamura a annoncé samedi soir sur Instagram une tournée de dix concerts dans les stades français à l’été 2027.
Voir cette publication sur Instagram
Une publication partagée par Aya Nakamura (@ayanakamura_officiel)
La tournée passera notamment par le Stade de France, le Groupama Stadium de Lyon et le Vélodrome de Marseille.
Sur TikTok, la vidéo de l’annonce a été vue plus de deux millions de fois en une nuit, et ses fans ont écrit sur X : «Lire la suite de l’histoire, enfin !»
@ayanakamura 2027 on se voit 🏟️
♬ son original - Aya Nakamura
Regarder sur YouTube
Ce contenu n’est pas disponible en raison de vos paramètres de cookies. Pour l’afficher, acceptez les cookies «Réseaux sociaux».
Paramétrer les cookies
La billetterie ouvrira le 12 décembre à 10 h.
Suivez-nous sur Google Actualités
À lire aussi
Taylor Swift bat un nouveau record
"""


def test_a_tiktok_caption_on_its_handle_line_does_not_cut_the_article() -> None:
    last = "La billetterie ouvrira le 12 décembre à 10 h."
    text = clean_text(_EMBEDS_FR).text
    assert last in text and "«Lire la suite de l’histoire, enfin !»" in text
    assert not _lines(text) & {"Paramétrer les cookies", "@ayanakamura 2027 on se voit 🏟️", "♬ son original - Aya Nakamura", "À lire aussi"}
    assert "paramètres de cookies" not in text


def test_a_sentence_opening_on_a_handle_over_an_embed_stays() -> None:
    page = "\n".join(_EMBEDS_FR.splitlines()[:10] + ["@ayanakamura a répondu à ses fans dans la nuit.", "♬ son original - Aya Nakamura", "La billetterie ouvrira le 12 décembre à 10 h."])
    text = clean_text(page).text
    assert "@ayanakamura a répondu à ses fans dans la nuit." in text


_POLICE_FR = """Ouest-France
Rennes
Faits divers
Rennes. Un automobiliste contrôlé à 187 km/h sur la rocade, son permis suspendu
Un conducteur de 24 ans a été intercepté dans la nuit de samedi à dimanche. Son véhicule a été immobilisé.
Ouest-France
Publié le 07/12/2026 à 11h15
Écouter
Partager
Un automobiliste de 24 ans a été contrôlé à 187 km/h sur la rocade de Rennes, où la vitesse est limitée à 90 km/h, dans la nuit de samedi 6 à dimanche 7 décembre 2026, indique la police nationale.
Le jeune homme, qui circulait à bord d’une berline allemande, a été intercepté par une patrouille de la brigade motocycliste peu après 2 h, à hauteur de la porte de Saint-Malo.
Son permis de conduire a été suspendu sur-le-champ et son véhicule placé en fourrière. Il sera convoqué devant le tribunal de police.
Cet article vous a été utile ? Sachez que vous pouvez suivre Ouest-France dans l’espace Mon actu en cliquant sur « Suivre ».
Rennes
Faits divers
"""


def test_a_site_name_repeated_as_the_credit_line_is_no_headline_repeat() -> None:
    assert title_candidates("Ouest-France", 12) == frozenset()
    assert title_candidates("北京冬奥会开幕式今晚举行盛大庆典", 12)  # one chunk, no case: a headline
    text = clean_text(_POLICE_FR).text
    assert "Rennes. Un automobiliste contrôlé à 187 km/h sur la rocade, son permis suspendu" in text
    assert "Il sera convoqué devant le tribunal de police." in text
    assert "Ouest-France" not in _lines(text) and "Mon actu" not in text


def test_a_sign_up_box_pitch_over_its_log_in_link_is_no_resumed_article() -> None:
    page = _COURT_DE.replace("Der Verteidiger hatte einen Freispruch gefordert. Das Urteil ist noch nicht rechtskräftig.\n", "").replace(
        "Erhalten Sie die wichtigsten Nachrichten aus der Stadt Zürich.\nWeitere Newsletter\n", "Der Morgen\nErhalten Sie jeden Abend die wichtigsten Urteile aus Zürich.\n"
    )
    text = clean_text(page).text
    assert "Rotlicht bewusst missachtet" in text
    assert "Urteile aus Zürich" not in text and "Der Morgen" not in _lines(text)
