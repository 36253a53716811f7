"""Short lines between a byline and the body that open the article (rules/openers.py): an
obituary's name with the life years, an explainer's first subheading with its sibling below."""

from __future__ import annotations

import pytest

from cleaner.errors import ConfigError
from cleaner.pipeline import clean_text
from cleaner.rules.settings import load_settings

_MENU = "Il Quotidiano\nHome\nCronaca\nEsteri\n"
_SHARE = "Condividi\nFacebook\nTwitter\nLeggi anche\nMaltempo, allerta arancione su tutta la regione\nPubblicità\n"
_P1 = "La frana si è staccata intorno alle 4 di notte dal versante nord del monte, travolgendo due case disabitate e un tratto della provinciale."
_P2 = "Non ci sono feriti. Trenta famiglie sono state evacuate in via precauzionale e ospitate nella palestra comunale."
_P3 = "Non è ancora chiaro se il movimento del terreno si sia fermato: i geologi della Regione stanno monitorando il versante con i droni."
_P4 = "Non si sa nemmeno quando potrà riaprire la strada, l'unico collegamento con le frazioni più alte."
_HEAD = "Frana a Castelnuovo: cosa sappiamo e cosa non sappiamo\ndi Marco Galli\n06 dicembre 2026 - 10:40\n"


def _text(page: str) -> str:
    return clean_text(page).text


def test_an_explainer_keeps_its_first_subheading_under_the_byline():
    page = _MENU + _HEAD + f"Cosa sappiamo\n{_P1}\n{_P2}\nCosa non sappiamo\n{_P3}\n{_P4}\n" + _SHARE
    lines = _text(page).splitlines()
    assert lines[:3] == ["Frana a Castelnuovo: cosa sappiamo e cosa non sappiamo", "", "Cosa sappiamo"]
    assert "Cosa non sappiamo" in lines and "di Marco Galli" not in lines


def test_a_short_line_with_no_sibling_in_the_body_still_goes():
    """A kicker under the byline ("Il punto") with no subheading of its kind below."""
    page = _MENU + _HEAD + f"Il punto\n{_P1}\n{_P2}\n{_P3}\n{_P4}\n" + _SHARE
    assert "Il punto" not in _text(page).splitlines()


def test_an_obituary_keeps_its_subject_s_life_years_line():
    page = (
        _MENU + "Addio a Marisa Conti, la maestra di tre generazioni\ndi Paolo Ricci\n06 dicembre 2026 - 09:20\n"
        "Marisa Conti (1931-2026)\n"
        "Si è spenta nella notte, nella sua casa di via dei Mille, Marisa Conti, per quarant'anni maestra alla scuola elementare.\n"
        f"{_P2}\n{_P4}\n" + _SHARE
    )
    lines = _text(page).splitlines()
    assert lines[:3] == ["Addio a Marisa Conti, la maestra di tre generazioni", "", "Marisa Conti (1931-2026)"]


def test_life_years_of_someone_the_body_does_not_name_go():
    page = (
        _MENU + "Addio alla maestra di tre generazioni\ndi Paolo Ricci\n06 dicembre 2026 - 09:20\n"
        "Paolo Ricci (1950-2020)\n"
        "Si è spenta nella notte, nella sua casa di via dei Mille, la maestra che per quarant'anni insegnò alla scuola elementare.\n"
        f"{_P2}\n{_P4}\n" + _SHARE
    )
    assert "Paolo Ricci (1950-2020)" not in _text(page)


_REVIEW_HEAD = "Startseite\nPresseschau\nPresseschau\nMontag, 7. Dezember 2026\n"
_REVIEW_TAIL = "Weitere Presseschauen\nPresseschau vom 6. Dezember 2026\nPresseschau vom 5. Dezember 2026\n"
_QUOTES = [
    "Die Kommunen brauchen das Geld, das ist unbestritten. Doch wer die Reform so schlecht erklärt, darf sich nicht wundern.",
    "Am Ende zahlen die Mieter. Die Grundsteuer wird über die Nebenkosten weitergereicht, und das Wohnen wird teurer.",
    "Die Gemeinden im Osten haben ihre Hebesätze maßvoll angepasst. Das zeigt, dass es auch anders geht.",
]


def test_a_press_review_keeps_its_first_paper_and_the_line_introducing_the_papers():
    papers = ["Weser-Kurier (Bremen)", "Nordwest-Zeitung", "Leipziger Volkszeitung"]
    items = "".join(f"{paper}\n{quote}\n" for paper, quote in zip(papers, _QUOTES))
    page = _REVIEW_HEAD + "Zum Streit um die Grundsteuer schreiben die Zeitungen:\n" + items + _REVIEW_TAIL
    lines = [line for line in _text(page).splitlines() if line]
    assert lines[:3] == ["Zum Streit um die Grundsteuer schreiben die Zeitungen:", "Weser-Kurier (Bremen)", _QUOTES[0]]
    assert "Weitere Presseschauen" not in lines


def test_a_short_line_over_a_body_with_one_subheading_still_goes():
    """One heading between paragraphs is a subheading, not a run of items: the byline's name stays out."""
    body = f"{_QUOTES[0]}\n{_QUOTES[1]}\nHohe Kosten\n{_QUOTES[2]}\n{_QUOTES[1][:60]} und mehr.\n"
    page = _REVIEW_HEAD + "Anna Berger\n" + body + _REVIEW_TAIL
    assert "Anna Berger" not in _text(page).splitlines()


def test_a_byline_name_over_sections_headed_by_phrases_still_goes():
    """The body alternates a paragraph and a section heading, as a press review's items do, but
    the name over it is the byline's: no item under it is headed by a name."""
    page = (
        "Home\nMoney\nFive changes to the state pension you need to know about\nRachel Moore\n"
        "The state pension will rise by 4.1 per cent in April, adding about £9 a week to the full new pension.\n"
        "The triple lock\nThe rise is set by the triple lock, which guarantees the highest of earnings growth, inflation or 2.5 per cent.\n"
        "The pension age\nThe age at which people can claim will begin rising from 66 to 67 in 2026, phased in over two years.\n"
        "National Insurance credits\nParents and carers can claim credits that count towards the pension even when they are not working.\n"
        "Share\nRelated\n"
    )
    lines = _text(page).splitlines()
    assert "Rachel Moore" not in lines and "The triple lock" in lines


def test_section_lead_shared_stems_of_zero_is_refused(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text("[scorer]\nsection_lead_shared_stems = 0\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="section_lead_shared_stems"):
        load_settings(path)
