"""The body reaches the article's last sentence under a box the block marker resumed
(resumed.reach_resumed): the box's heading removed as navigation ("Meistgelesen", "Lo más
leído") made the scorer end its body above the box, and the sentence went as outside-body though
the marker kept it. A footer, a reader's comment, or any kept line not right under the resumed
box over the article's share row stays outside."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner.errors import ConfigError
from cleaner.pipeline import clean_text
from cleaner.rules.settings import load_settings

DE = """Startseite
Lokales
Freibad Süd wird für 4,5 Millionen Euro saniert
Von Petra Lenz
04.12.2026, 16:30 Uhr
Der Stadtrat hat am Donnerstag die Sanierung des Freibads Süd beschlossen, die 4,5 Millionen Euro kosten soll.
Das Becken ist seit Jahren undicht, allein im vergangenen Sommer gingen nach Angaben der Stadtwerke rund 8000 Kubikmeter Wasser verloren.
Die Arbeiten sollen nach dem Ende der Badesaison im September beginnen und bis zum Frühjahr 2028 dauern.
Meistgelesen
Unfall auf der B27: Zwei Verletzte
Weihnachtsmarkt bleibt bis Silvester geöffnet
Neuer Bäcker am Marktplatz
{under}
"""
DE_LAST = "Im Sommer 2027 bleibt das Freibad Süd noch wie gewohnt geöffnet."

ES = """Portada
Local
La biblioteca de Cáceres reabre tras dos años de obras
Por Marta Gil
4 dic 2026 - 17:05
La biblioteca municipal de Cáceres reabrió el jueves tras dos años de obras, con una sala infantil y un auditorio de cien plazas.
Las obras han costado 2,8 millones de euros, pagados por el Ayuntamiento y la Junta de Extremadura.
Según la directora, el número de visitantes se ha duplicado desde el lunes.
Lo más leído
Accidente en la A-58: dos heridos
El mercado navideño abre hasta Nochevieja
Nueva panadería en la Plaza Mayor
{under}
"""
ES_LAST = "La biblioteca abrirá hasta las ocho de la tarde entre semana desde enero."


@pytest.mark.parametrize(
    ("page", "under"),
    [
        (DE, f"{DE_LAST}\nArtikel teilen\nKommentare"),
        (ES, f"{ES_LAST}\nCompartir\nComentarios"),
    ],
    ids=["de-share", "es-share"],
)
def test_the_last_sentence_under_a_navigation_headed_box_stays(page: str, under: str) -> None:
    last = under.split("\n")[0]
    out = clean_text(page.format(under=under)).text.rstrip()
    assert out.endswith(last)
    assert "Unfall auf der B27" not in out and "Accidente en la A-58" not in out
    assert "Meistgelesen" not in out and "Lo más leído" not in out
    assert "teilen" not in out and "Compartir" not in out


def test_the_reach_end_categories_are_checked(tmp_path: Path) -> None:
    """block_reach_end_categories is a part of block_resume_end_categories: the marker must have
    resumed over the same furniture."""
    bad = tmp_path / "scorer.toml"
    bad.write_text('[engine]\nblock_reach_end_categories = ["share", "newsletter"]\n', "utf-8")
    with pytest.raises(ConfigError, match="block_reach_end_categories: categories not in block_resume_end_categories"):
        load_settings(bad)


@pytest.mark.parametrize(
    "under",
    [
        f"{DE_LAST}\nImpressum\nDatenschutz",  # no article end right under it: the marker does not resume
        "Der Lokalanzeiger ist Teil der Mediengruppe Süd, die 14 Zeitungen im Land herausgibt.\nArtikel teilen",  # no stem shared
        # a headingless comment thread: the commenter's line counts as the box's fourth link, the
        # comment's "Antworten" is a comments removal (not block_reach_end_categories)
        "Max M. vor 2 Stunden\nEndlich wird das Freibad saniert, das hat viel zu lange gedauert.\nAntworten\nMelden",
    ],
    ids=["no-end-furniture", "footer", "comment-thread"],
)
def test_without_the_resume_shape_the_body_stays_above_the_box(under: str) -> None:
    out = clean_text(DE.format(under=under)).text.rstrip()
    assert out.endswith("bis zum Frühjahr 2028 dauern.")
