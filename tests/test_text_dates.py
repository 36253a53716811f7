"""Dates a page states only in its visible text (io/textdates.py): read from its dateline or
byline, never from an article sentence, and asked last by the dedup plan (dedup/origins.py)."""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cleaner.config import Config
from cleaner.dedup.config import DedupConfig
from cleaner.dedup.origins import published_time
from cleaner.dedup.plan import plan_documents
from cleaner.errors import ConfigError
from cleaner.io.textdates import DATA_FILE, load_date_words, parse_date_words, text_published
from cleaner.run import RunOptions, run
from cleaner.tomlfile import read_toml
from cleaner.types import Document


def at(day: int, hour: int = 0, minute: int = 0, month: int = 12) -> float:
    return datetime(2026, month, day, hour, minute, tzinfo=timezone.utc).timestamp()


def page(*top: str, body: str = "Texto do artigo com frases suficientes para ser um parágrafo de corpo, bem mais longo do que uma linha de data ou assinatura.") -> str:
    return "\n".join(["Um título de notícia", *top, body]) + "\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("7 de dezembro de 2026", at(7)),
        ("7. Dezember 2026, 14:30 Uhr", at(7, 14, 30)),
        ("December 7, 2026 2:30 p.m.", at(7, 14, 30)),
        ("Dec. 7th, 2026 at 9:05 AM EST", at(7, 9, 5)),
        ("le 7 décembre 2026 à 9h41", at(7, 9, 41)),
        ("Publié le 7 décembre 2026 à 14h30, modifié le 8 décembre 2026 à 09h00", at(7, 14, 30)),
        ("7 dicembre 2026 alle ore 9.41", at(7, 9, 41)),
        ("Zaragoza | 7 dic 2026 - 12:40", at(7, 12, 40)),
        ("7 d'octubre de 2026", at(7, month=10)),
        ("7 декабря 2026 г., 14:30", at(7, 14, 30)),
        ("2026. december 7. 14:05", at(7, 14, 5)),
        ("2026 m. gruodžio 7 d. 10:15", at(7, 10, 15)),
        ("2026. gada 7. decembris", at(7)),
        ("2026年12月7日 14:30", at(7, 14, 30)),
        ("2026-12-07T14:30", at(7, 14, 30)),
        ("25.12.2026", at(25)),  # a day over 12 tells the order
        ("12/25/2026", at(25)),
        ("7 בדצמבר 2026", at(7)),
        ("7 दिसंबर 2026", at(7)),
    ],
)
def test_a_date_line_under_the_headline_dates_the_page(line: str, expected: float) -> None:
    assert text_published(page("Por Ana Souza", line)) == expected


def test_an_article_sentence_or_a_headline_among_many_words_dates_nothing() -> None:
    sentence = "Depuis le mardi 12 septembre 2023, Kim Jong-un est en visite en Russie aux côtés de Vladimir Poutine, selon Moscou."
    assert text_published(page(body=sentence)) is None
    headline = "Die Gemeinde stimmt am 12. Dezember 2026 über den Bau der neuen Umgehungsstraße ab"
    assert text_published(page(headline)) is None
    assert text_published(page("Por Ana Souza") + "7 de dezembro de 2026\n") is None  # under the body's first paragraph


def test_a_press_release_dateline_opening_the_first_paragraph_dates_it() -> None:
    lead = "LISBOA, 7 de dezembro de 2026 – A empresa anunciou hoje a abertura de uma nova fábrica em Matosinhos com trezentos postos."
    assert text_published(page(body=lead)) == at(7)
    wire = "BERLIN, 7. Dezember 2026 (dpa) - Die Bundesregierung hat am Montag ein neues Gesetz zur Förderung der Windkraft beschlossen."
    assert text_published(page(body=wire)) == at(7)


def test_the_earliest_date_of_the_top_counts_and_a_line_of_dates_far_apart_none() -> None:
    """A site header showing the day the page was saved, an "Updated" stamp: later than the
    publication. An obituary's years (or a date it cannot order) make its line date nothing."""
    assert text_published("Tuesday, December 8, 2026\nMenu\n" + page("Published: 7 December 2026", "Updated: 8 December 2026 10:00")) == at(7)
    assert text_published(page("3. Juni 1938 – 29. November 2026")) is None
    assert text_published(page("* 12.03.1941  † 28.11.2026")) is None
    assert text_published(page("7 December 1987")) is None  # before [region] min_year


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Horóscopo semanal del 7 al 13 de diciembre de 2026", at(7)),
        ("7-13 December 2026", at(7)),
        ("du 7 au 13 décembre 2026", at(7)),
        ("vom 7. bis 13. Dezember 2026", at(7)),
        ("7.–13. Dezember 2026", at(7)),
        ("from 7 to 13 December 2026", at(7)),
        ("7 December to 13 December 2026", at(7)),
        ("December 7-13, 2026", at(7)),
        ("from December 7 to December 13, 2026", at(7)),
        ("30 novembre au 6 décembre 2026", at(30, month=11)),
        ("07.12.–13.12.2026", at(7)),
        ("с 7 по 13 декабря 2026", at(7)),
        ("28 December – 3 January 2027", at(28)),  # the range's first day is in the year before
    ],
)
def test_a_range_of_days_dates_its_page_by_its_first_day(line: str, expected: float) -> None:
    """A weekly horoscope, a TV week: the page came out by the range's first day; its last day,
    read alone, would put it after a reprint dated in between (dedup/origins.py)."""
    assert text_published(page(line)) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Updated: 8:07 - 13 December 2026", at(13)),  # a time's minutes are no day
        ("Issue 48 – 7 December 2026", at(7)),  # no day before the 7th
        ("7 people to 13 December 2026", at(13)),  # a word that names no month: no range
    ],
)
def test_a_number_before_a_date_that_opens_no_range_leaves_the_date(line: str, expected: float) -> None:
    assert text_published(page(line)) == expected


def test_a_horoscope_dated_by_its_range_is_met_before_a_reprint_dated_inside_it() -> None:
    shared = [
        "Aries: una semana de decisiones en el trabajo, con una reunión que te obliga a elegir entre dos proyectos.",
        "Tauro: el dinero llega por donde no lo esperabas, pero conviene guardar una parte antes del fin de semana.",
    ]
    original = Document(id="astros/semana.txt", text="\n".join(["Horóscopo semanal del 7 al 13 de diciembre de 2026", *shared]), source="astros")
    reprint = Document(id="diario/horoscopo.txt", text="\n".join(["Tu horóscopo", "9 de diciembre de 2026, 10:00", *shared]), source="diario")
    assert plan_documents([reprint, original], DedupConfig(prefer_complete=False)).order(2) == [1, 0]


def test_figures_whose_order_they_do_not_tell_are_read_in_the_pages_language() -> None:
    """As declared, else as the stopwords of the page's top tell (a Portuguese page here)."""
    assert text_published(page("07/12/2026 14h30")) == at(7, 14, 30)
    assert text_published("Ponte\n07/12/2026 14h30\nTrânsito\n") is None  # too few words to tell
    assert text_published("Ponte\n07/12/2026 14h30\nTrânsito\n", "fr") == at(7, 14, 30)
    assert text_published(page("12/07/2026"), "en") is None  # July in the US, December in Britain


def test_a_month_name_two_languages_give_different_months_needs_the_pages_language() -> None:
    assert text_published(page("7. listopada 2026.")) is None  # a Portuguese page: no such month
    polish = "Most zamknięty\n7. listopada 2026.\nMost na rzece został zamknięty dla ruchu, a kierowcy muszą jechać objazdem przez miasto, jak podał zarząd dróg.\n"
    assert text_published(polish) == at(7, month=11)
    assert text_published(page("7. listopada 2026."), "hr") == at(7, month=10)
    assert text_published(page("7. listopada 2026."), "pl") == at(7, month=11)
    assert text_published(page("7. prosinca 2026.")) == at(7)  # one month in every language


def test_the_text_is_asked_after_every_stated_date_and_can_be_turned_off() -> None:
    text = page("7 de dezembro de 2026, 14:30")
    assert published_time(Document(id="site/nota.txt", text=text)) == at(7, 14, 30)
    assert published_time(Document(id="site/2026-12-05-nota.txt", text=text)) == at(5)
    record = {"id": "r", "published": "2026-12-06T10:00:00Z"}
    assert published_time(Document(id="crawl.jsonl#r", text=text, meta={"record": record})) == at(6, 10)
    assert published_time(Document(id="crawl.jsonl#r", text=text, meta={"record": {"id": "r"}})) == at(7, 14, 30)
    assert published_time(Document(id="site/p.html", text=text, meta={"published": at(4)})) == at(4)
    assert math.isnan(published_time(Document(id="site/nota.txt", text=text), text_dates=False))
    listed = page("7. listopada 2026.")
    assert published_time(Document(id="a/b.txt", text=listed, meta={"declared_lang": "hr"})) == at(7, month=10)


def test_copies_dated_only_by_their_bylines_are_met_in_publication_order() -> None:
    shared = [
        "Um sismo de magnitude 4,8 na escala de Richter foi sentido esta madrugada nas ilhas do grupo central dos Açores.",
        "Segundo o centro de sismologia, o epicentro situou-se a cerca de doze quilómetros a sudoeste da ilha Terceira.",
    ]
    agency = Document(id="agencia/sismo.txt", text="\n".join(["Sismo sentido nos Açores", "7 de dezembro de 2026, 08:05", *shared]), source="agencia")
    site = Document(id="acores/sismo.txt", text="\n".join(["Terra tremeu na Terceira", "07/12/2026 09h40", *shared]), source="acores", lang="pt")
    assert plan_documents([site, agency], DedupConfig(prefer_complete=False)).order(2) == [1, 0]
    assert plan_documents([site, agency], DedupConfig(prefer_complete=False, text_dates=False)).identity


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("0123456789 .,/-:|–年月日hH\nDezmbrojanuyMARCHdecembrede"), max_size=300), st.sampled_from([None, "fr", "en", "hr"]))
def test_odd_text_never_raises(text: str, language: str | None) -> None:
    found = text_published(text, language)
    assert found is None or isinstance(found, float)


def test_the_data_file_is_checked_where_it_is_loaded() -> None:
    data = read_toml(DATA_FILE, "dates file")
    assert parse_date_words(data) == load_date_words()
    with pytest.raises(ConfigError, match="twelve months"):
        parse_date_words({**data, "months": {"xx": ["janvier", "février"]}})
    with pytest.raises(ConfigError, match="min_year"):
        parse_date_words({**data, "region": {**data["region"], "min_year": 0}})
    with pytest.raises(ConfigError, match="joiners"):
        parse_date_words({**data, "region": {**data["region"], "joiners": ["de", 3]}})
    with pytest.raises(ConfigError, match="range_joiners"):
        parse_date_words({**data, "region": {**data["region"], "range_joiners": [""]}})
    with pytest.raises(ConfigError, match="range_max_chars"):
        parse_date_words({**data, "region": {**data["region"], "range_max_chars": 0}})


def test_a_run_reads_its_pages_language_with_its_rule_engines_word_lists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A date whose figures only the page's language orders ("07/12/2026" on a Portuguese page)
    is read with the run's own stopword index: the shipped rule files are not loaded again."""
    from cleaner.io import textdates

    def loads_the_rule_files_again(text: str) -> str | None:
        raise AssertionError("the rule files were loaded a second time")

    monkeypatch.setattr(textdates, "_guessed_language", loads_the_rule_files_again)
    shared = [
        "Um sismo de magnitude 4,8 na escala de Richter foi sentido esta madrugada nas ilhas do grupo central dos Açores.",
        "Segundo o centro de sismologia, o epicentro situou-se a cerca de doze quilómetros a sudoeste da ilha Terceira.",
    ]
    pages = {"acores/sismo.txt": ["Terra tremeu na Terceira", "07/12/2026 09h40"], "agencia/sismo.txt": ["Sismo sentido nos Açores", "7 de dezembro de 2026, 08:05"]}
    for name, top in pages.items():
        (tmp_path / "in" / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "in" / name).write_text("\n".join([*top, *shared]) + "\n", encoding="utf-8")
    report = tmp_path / "report.jsonl"
    run([tmp_path / "in"], Config(), RunOptions(output=tmp_path / "out", report=report))
    dropped = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines() if '"document"' in line]
    assert [(Path(r["file"]).parent.name, Path(r["duplicate_of"]).parent.name) for r in dropped] == [("acores", "agencia")]
