"""A link to one of the site's sections under the article ("Más de viajes", "Plus de voyage"): an
opening of the language's `section_link_openings` before one of its `section_names` is a section
label too (engine._section_index), however the site cases the section. A subheading that opens
the same way and ends on a word no section is ("Más de cerca") stays."""

from __future__ import annotations

import pytest

from cleaner.errors import ConfigError
from cleaner.pipeline import clean_text
from cleaner.rules import load_rule_files

_TRAVEL = (
    "Tres días en Oaxaca: mercados, mezcal y los mejores moles de la ciudad\n"
    "Por Lucía Ferrer\n"
    "Oaxaca se disfruta sin prisa, entre el bullicio de sus mercados y las tardes frescas en el zócalo.\n"
    "Qué visitar\n"
    "El templo de Santo Domingo y su jardín etnobotánico merecen una mañana entera de paseo.\n"
    "{heading}\n"
    "Las casas coloniales del centro se han convertido en pequeños hoteles con patio y terraza.\n"
    "{link}\n"
    "Recibe cada jueves nuestras mejores escapadas en tu correo\n"
)


@pytest.mark.parametrize("link", ["Más de gastronomía", "Más de Viajes", "Más en cultura"])
def test_a_section_link_under_the_article_goes(link: str) -> None:
    out = clean_text(_TRAVEL.format(heading="Dónde dormir", link=link)).text
    assert "pequeños hoteles con patio y terraza." in out
    assert link not in out


def test_a_subheading_opening_like_a_section_link_stays() -> None:
    """"Más de cerca" names no section: the last section's subheading stays with its paragraph."""
    out = clean_text(_TRAVEL.format(heading="Más de cerca", link="Más de gastronomía")).text
    assert "Más de cerca\n\nLas casas coloniales" in out


def test_section_link_openings_load_casefolded_and_merge(tmp_path) -> None:
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('language = "xx"\nsection_names = ["Sport"]\nsection_link_openings = ["More  In"]\n', encoding="utf-8")
    second.write_text('language = "xx"\nsection_link_openings = ["Plus de"]\n', encoding="utf-8")
    data = load_rule_files([first, second]).languages["xx"]
    assert data.section_link_openings == frozenset({"more in", "plus de"})


def test_section_link_openings_must_be_strings(tmp_path) -> None:
    path = tmp_path / "a.toml"
    path.write_text('language = "xx"\nsection_link_openings = [3]\n', encoding="utf-8")
    with pytest.raises(ConfigError):
        load_rule_files([path])
