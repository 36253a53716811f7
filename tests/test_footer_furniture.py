"""What follows an article (tags, an author's bio, most-read lists, error-report and comment
lines, share and "more from" links, copyright), in en, fr, es, de, it, pt and nl (here) and 19
more languages (furniture_more.py, furniture_scripts.py): every such line goes and the article's
last paragraph stays. An author's bio is prose: only the tags line above it says the article has
ended (scorer.toml closing_categories)."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

from article_support import ARTICLE
from article_support_more import ARTICLE_MORE
from article_support_scripts import ARTICLE_SCRIPTS
from furniture_more import AFTER_MORE
from furniture_scripts import AFTER_SCRIPTS

AFTER = [
    ('en', ['Topics: Budget, Council, Local politics', "Jane Doe is the Courier's local democracy reporter. She has covered Riverside council since 2019 and lives in the town with her family.", 'Most read', '1. Town centre car park to close', '2. Bin collections change', '© 2026 Riverside Courier']),
    ('en', ['Report an error', 'Comments are closed.', 'Share this article', 'More from Politics']),
    ('en', ['Have your say', 'Join the conversation: log in or register to comment.']),
    ('fr', ['Mots-clés : Budget, Conseil municipal', 'Claire Martin est journaliste au service Société. Elle suit la vie politique locale depuis 2015 et anime notre newsletter du vendredi.', 'Les plus lus', '1. Le parking du centre-ville ferme', '© Le Courrier du Sud 2026']),
    ('fr', ['Signaler une erreur', 'Les commentaires sont fermés.', 'Partager cet article', "Plus d'actualités Politique"]),
    ('es', ['Etiquetas: Presupuestos, Ayuntamiento', 'María López es periodista de la sección de Local. Cubre la política municipal desde 2018 y presenta el pódcast semanal del diario.', 'Lo más leído', '1. Cierra el aparcamiento del centro', '© Diario del Sur 2026. Todos los derechos reservados.']),
    ('es', ['Reportar un error', 'Los comentarios están cerrados.', 'Compartir este artículo', 'Más noticias de Política']),
    ('de', ['Schlagworte: Haushalt, Stadtrat', 'Max Müller ist Redakteur im Lokalressort. Er berichtet seit 2017 über die Stadtpolitik und schreibt die wöchentliche Kolumne am Samstag.', 'Meistgelesen', '1. Parkhaus in der Innenstadt schließt', '© Rheinische Rundschau 2026']),
    ('de', ['Fehler gefunden? Jetzt melden.', 'Die Kommentarfunktion ist geschlossen.', 'Artikel teilen', 'Mehr aus Politik']),
    ('it', ['Tag: Bilancio, Consiglio comunale', 'Mario Rossi è giornalista della redazione Cronaca. Segue la politica cittadina dal 2016 e cura la newsletter del venerdì.', 'I più letti', '1. Chiude il parcheggio del centro', '© Gazzetta del Sud 2026 - Riproduzione riservata']),
    ('pt', ['Tags: Orçamento, Câmara Municipal', 'João Silva é jornalista da secção Local. Acompanha a política municipal desde 2016 e apresenta o podcast semanal do jornal.', 'Mais lidas', '1. Parque de estacionamento do centro fecha', '© Jornal do Sul 2026. Todos os direitos reservados.']),
    ('nl', ['Tags: Begroting, Gemeenteraad', 'Jan de Vries is verslaggever bij de regioredactie. Hij volgt de gemeentepolitiek sinds 2016 en schrijft elke zaterdag een column.', 'Meest gelezen', '1. Parkeergarage in het centrum gaat dicht', '© Dagblad van het Zuiden 2026']),
]


ARTICLES = {**ARTICLE, **ARTICLE_MORE, **ARTICLE_SCRIPTS}


@pytest.mark.parametrize("lang, after", AFTER + AFTER_MORE + AFTER_SCRIPTS)
def test_furniture_under_the_article_goes_and_the_article_stays(lang: str, after: list[str]) -> None:
    out = clean_text("\n".join([*ARTICLES[lang], *after]) + "\n").text
    assert not [line for line in after if line in out]
    assert all(paragraph in out for paragraph in ARTICLES[lang])
