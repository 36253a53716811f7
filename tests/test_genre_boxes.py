"""Boxes of short lines that belong to pages of some genres: a results table written with bars
between its cells only (tablerow.bare_table_runs), a review's credits box under the byline
(credit_box.credit_box_head), a letters page's last signature (closers.signature_tail) and its
first letter's heading under the byline (openers.first_section_headline). Each with the page
furniture of the same shape that must still go."""

from __future__ import annotations

import pytest

from cleaner.errors import ConfigError
from cleaner.pipeline import clean_text
from cleaner.rules.settings import load_settings

_HEAD = "Rhein-Neckar Blick\nStartseite\nPolitik\nRegion\nBürgermeisterwahl in Lindenau: Klara Vogt gewinnt im ersten Wahlgang\nVon Jonas Weber\n06.12.2026, 22:48 Uhr\n"
_LEAD = "Klara Vogt ist neue Bürgermeisterin von Lindenau. Die parteilose Kandidatin setzte sich am Sonntag bereits im ersten Wahlgang mit 52,8 Prozent der Stimmen durch.\n"
_REST = (
    "Vogt war bisher Kämmerin der Nachbarstadt. Sie hatte im Wahlkampf vor allem mit bezahlbarem Wohnraum und einem neuen Radverkehrskonzept geworben.\n"
    "Die Amtszeit beginnt am 1. März. Der bisherige Bürgermeister war nach 16 Jahren nicht mehr angetreten.\n"
)
_FOOT = "Artikel teilen\nFacebook\nMehr zur Wahl\nAnzeige\n"


def test_a_table_without_outer_bars_stays_between_the_paragraphs():
    table = "Kandidat | Partei | Stimmen\nKlara Vogt | parteilos | 6.412\nStefan Maier | CDU | 3.905\nAylin Demir | Grüne | 1.824\n"
    cleaned = clean_text(_HEAD + _LEAD + table + _REST + _FOOT).text
    assert cleaned.startswith("Bürgermeisterwahl in Lindenau")
    assert "Kandidat | Partei | Stimmen\n\nKlara Vogt | parteilos | 6.412" in cleaned
    assert "Artikel teilen" not in cleaned


def test_a_menu_written_with_bars_is_no_table():
    """Lines of bars without a figure under the article are a footer's links: they go."""
    footer = "Impressum | Datenschutz | Kontakt\nAGB | Cookies | Barrierefreiheit\n"
    cleaned = clean_text(_HEAD + _LEAD + _REST + footer + _FOOT).text
    assert "Impressum" not in cleaned and "AGB | Cookies" not in cleaned


_REVIEW = (
    "Screen Weekly\nHome\nFilm\nReviews\nThe Lighthouse Keeper review – a quiet storm of a debut\nBy Rachel Green\n5 December 2026\n"
)
_REVIEW_BODY = (
    "Ana Costa's first feature follows a widowed lighthouse keeper on a Scottish island during the winter of 1962, and it is one of the most assured debuts of the year.\n"
    "Jonah Price plays Ewan with a stillness that says more than any dialogue could, and the sea is filmed as a character in its own right.\n"
    "Share this article\nMore reviews\n"
)


def test_a_reviews_credits_box_joins_the_body_and_keeps_the_headline():
    box = "Director: Ana Costa\nCast: Jonah Price, Leila Haddad\nRunning time: 1hr 52min\nCertificate: 12A\n"
    cleaned = clean_text(_REVIEW + box + _REVIEW_BODY).text
    assert cleaned.startswith("The Lighthouse Keeper review – a quiet storm of a debut\n\nDirector: Ana Costa\n\nCast: Jonah Price")


def test_rows_of_other_labels_under_the_byline_are_no_credits_box():
    """A site's meta rows ("Source:", "Tags:") carry none of the credits' labels: they go."""
    rows = "Source: Screen Weekly archive\nTags: film, debut, Scotland\nFiled under: Reviews\n"
    cleaned = clean_text(_REVIEW + rows + _REVIEW_BODY).text
    assert "Source: Screen Weekly archive" not in cleaned and "Filed under" not in cleaned


_LETTERS = (
    "La Voz de Aragón\nPortada\nOpinión\nCartas al director\n06/12/2026\n"
    "El tranvía y los mayores\n"
    "Cada mañana veo a personas mayores esperando el tranvía de pie porque las marquesinas de la avenida no tienen bancos. Pido al Ayuntamiento que lo solucione.\n"
    "Pilar Gómez. Zaragoza\n"
    "Gracias al Servet\n"
    "Quiero agradecer al personal de urgencias del hospital Miguel Servet el trato que recibió mi padre la semana pasada. Fueron amables en todo momento.\n"
)


def test_the_last_letters_signature_stays():
    cleaned = clean_text(_LETTERS + "Jorge Martín. Huesca\nCompartir\nFacebook\nPublicidad\n").text
    assert cleaned.rstrip().endswith("Jorge Martín. Huesca")


def test_the_last_letters_signature_without_a_place_stays():
    """A writer whose place the page withholds ("by email", "address supplied") signs the last
    letter as the others are signed, by name and a comma (signatures.signature_key)."""
    page = (FENWICK_LETTERS + "{last}\nMost read\nAshbourne bypass: public inquiry to open in March\nShare\n")
    for last in ("Sandra Okoye, by email", "Sandra Okoye, address supplied", "Sandra Okoye, via e-mail"):
        cleaned = clean_text(page.format(last=last)).text
        assert cleaned.rstrip().endswith(last), cleaned[-200:]


def test_other_lower_case_words_after_a_name_and_a_comma_are_no_signature():
    """A teaser's or a footer's line shaped as a name, a comma and lower-case words goes."""
    for line in ("More Letters, click here", "Fenwick Advertiser, all rights reserved"):
        cleaned = clean_text(FENWICK_LETTERS + line + "\nMost read\nShare\n").text
        assert line not in cleaned
        assert cleaned.rstrip().endswith("every other improvement will be wasted.")


FENWICK_LETTERS = (
    "Fenwick Advertiser\nNews\nOpinion\nLetters: Fewer trains, dearer tickets and a station nobody can reach\nShare\n"
    "Leave the timetable alone\n"
    "The proposal to cut the hourly service between Fenwick and Ashbourne to one train every two hours will push yet more people back into their cars.\n"
    "Dr Ruth Calloway, Ashbourne\n"
    "A station without a path\n"
    "Fenwick Parkway station opened two years ago, yet there is still no safe footpath from the housing estate half a mile away.\n"
    "Gerald Innes, Fenwick\n"
    "Fares are the problem\n"
    "A day return to the city now costs more than the fuel for the same journey. Until that changes, every other improvement will be wasted.\n"
)


def test_a_line_of_another_shape_under_the_last_letter_goes():
    """Only a line signed as the letters above it joins: a teaser's headline does not."""
    cleaned = clean_text(_LETTERS + "Más de Opinión\nEl Ayuntamiento aprueba los presupuestos de 2027\nCompartir\n").text
    assert "El Ayuntamiento aprueba" not in cleaned
    assert cleaned.rstrip().endswith("Fueron amables en todo momento.")


def test_a_withheld_place_written_with_capitals_is_refused(tmp_path):
    """The places are looked up casefolded: one written with a capital would never match."""
    path = tmp_path / "settings.toml"
    path.write_text('[scorer]\nsignature_withheld_places = ["By email"]\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="signature_withheld_places"):
        load_settings(path)
