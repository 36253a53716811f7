"""A second story glued under the article goes (rules/glued.py); a live blog's entries, each
with a headline, a byline and a dated line, stay."""

from cleaner import clean_text

_LIVE = """Política
Directo | Debate de investidura en el Congreso
Por Redacción
Madrid | 6 dic 2026 - 09:00
Última hora del debate de investidura
Por Lucía Ortega
Madrid | 6 dic 2026 - 14:02
El candidato ha comenzado su intervención pasadas las doce con un repaso de los acuerdos alcanzados con sus socios durante las últimas semanas.
Ha defendido que el programa de gobierno cuenta con el apoyo de una mayoría suficiente en la Cámara.
La oposición responde
Por Carlos Ruiz
Madrid | 6 dic 2026 - 13:40
El líder de la oposición ha acusado al candidato de haber cedido ante sus socios a cambio de los votos necesarios para la investidura.
Ha pedido además la convocatoria de elecciones anticipadas antes del verano.
Comienza la sesión
Por Lucía Ortega
Madrid | 6 dic 2026 - 12:00
La presidenta del Congreso ha abierto la sesión puntualmente, con todos los diputados en sus escaños.
El debate se prolongará previsiblemente hasta última hora de la tarde.
"""


def test_a_live_blogs_entries_under_the_pages_byline_stay():
    """The byline right over the body is the first entry's: the page's own sits higher up."""
    cleaned = clean_text(_LIVE).text
    for entry in ("La oposición responde", "El líder de la oposición", "Comienza la sesión", "El debate se prolongará"):
        assert entry in cleaned


def test_a_story_glued_under_the_article_goes():
    lines = _LIVE.splitlines()
    page = "\n".join(lines[:1] + lines[4:9] + ["Economía"] + lines[9:14]) + "\n"
    cleaned = clean_text(page).text
    assert "Ha defendido que el programa" in cleaned
    assert "La oposición responde" not in cleaned and "El líder de la oposición" not in cleaned
