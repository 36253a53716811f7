"""Short sentences of languages that glue their function words on (short_sentences.py): a
three-word Finnish, Polish or Croatian sentence holds no stopword ("Tie aurataan talvella."),
scored as a menu label's and was lost at a page's end under a follow call. In a language whose
rule file sets `short_sentence_stopwords`, a short line shaped as a sentence holds that share at
least; labels, counts, data lines, names and languages without the setting stay as measured."""

from __future__ import annotations

import pytest

from cleaner import clean_text
from cleaner.errors import ConfigError
from cleaner.rules import load_rule_files, scorer
from cleaner.rules.loader import default_rule_files
from cleaner.rules.prose import paragraph_signals, weigh_words
from cleaner.rules.settings import load_settings
from cleaner.rules.short_sentences import short_sentence_share

LANGUAGES = load_rule_files(default_rule_files()).languages
SETTINGS = load_settings().scorer


def _share(text: str, language: str = "fi") -> float:
    data = LANGUAGES[language]
    signals = paragraph_signals(text, data.stopwords)
    weigh_words(signals, data.word_weight)
    short_sentence_share(signals, text, 0.2, SETTINGS)
    return signals["stopwords"]


@pytest.mark.parametrize("text", ["Tie aurataan talvella.", "– Hyvä ratkaisu kaupungille.", "Lehtisalit avataan maaliskuussa.”", "Työt alkavat huhtikuussa 2027.", "Pystytys maksoi noin RM1 miljoonaa."])
def test_a_short_sentence_gets_its_languages_share(text):
    assert _share(text) == 0.2


@pytest.mark.parametrize(
    "text",
    [
        "Kommentit (21)",  # a count: no full stop, a figure
        "Ilves voitti 3-1.",  # a score: half of its words figures
        "Luettu 1 234 kertaa.",  # a counter
        "Tulipalo kerrostalossa Hervannassa",  # a teaser headline: no full stop
        "Tampere, Kangasala, pyöräily",  # a tags line
        "Tuomari: Matti Virtanen.",  # a data line
        "Kuva Matti Virtanen Lehtikuva.",  # names: no plain sentence
        "Kiitos kaikille.",  # under short_sentence_min_words
        "jatkuu sivulla kaksi.",  # no capital to open it
        "Hanke maksoi noin kuusi miljoonaa euroa vuonna kaksi.",  # long enough to measure itself
        "Lue lisää...",
    ],
)
def test_labels_counts_data_and_long_lines_stay_as_measured(text):
    assert _share(text) == paragraph_signals(text, LANGUAGES["fi"].stopwords)["stopwords"]


def test_a_sentence_holding_the_share_already_keeps_its_own():
    assert _share("Se on jo valmis nyt.") > 0.2


PAGE = """Uutiset
Kotimaa
Uusi pyörätie Tampereen ja Kangasalan välille valmistuu keväällä
Teksti: Laura Virtanen
6.12.2026 klo 9.30
Jaa artikkeli
Tampereen ja Kangasalan välinen uusi pyörätie valmistuu huhtikuussa, kertoo Väylävirasto. Reitti on kahdeksan kilometriä pitkä ja se valaistaan koko matkalta.
Hankkeen hinta on noin 6 miljoonaa euroa, josta valtio maksaa puolet.
Lue myös: Yhä useampi pyöräilee töihin myös talvella
– Tätä on odotettu pitkään, sanoo kangasalalainen Pekka Laine.
Seuraa meitä Instagramissa
Tie aurataan talvella.
Aiheet: Tampere, Kangasala, pyöräily
Kommentit (21)
Luetuimmat
Tulipalo kerrostalossa Hervannassa
Sää: pakkanen kiristyy viikonloppuna
© 2026 Pirkanmaan Uutiset Oy. Kaikki oikeudet pidätetään.
"""


def test_the_closing_sentence_under_a_follow_call_stays_and_the_furniture_goes(monkeypatch):
    cleaned = clean_text(PAGE).text
    assert cleaned.rstrip().endswith("Tie aurataan talvella.")
    for junk in ("Seuraa meitä", "Aiheet", "Kommentit", "Luetuimmat", "Tulipalo", "Kaikki oikeudet"):
        assert junk not in cleaned
    monkeypatch.setattr(scorer, "short_sentence_share", lambda *args: None)
    assert "Tie aurataan talvella." not in clean_text(PAGE).text


@pytest.mark.parametrize("call", ["Lataa sovellus puhelimeesi.", "Lue koko juttu."])
def test_a_call_shaped_as_a_short_sentence_under_the_follow_call_goes(call):
    """A site's call closing on a full stop has a short sentence's shape: the language's rules
    must know it (fi.app-promo.sovellus), or it stays with the article."""
    cleaned = clean_text(PAGE.replace("Tie aurataan talvella.", call)).text
    assert call not in cleaned and cleaned.rstrip().endswith("Pekka Laine.")


def test_shipped_shares_are_for_languages_without_free_standing_function_words():
    shares = {code: data.short_sentence_stopwords for code, data in LANGUAGES.items() if data.short_sentence_stopwords}
    assert {"fi", "et", "hu", "tr", "pl", "cs", "hr", "id"} <= set(shares)
    assert not {"en", "fr", "es", "de", "it", "pt", "nl"} & set(shares)
    assert all(0.05 <= share <= 0.2 for share in shares.values())


@pytest.mark.parametrize(("key", "value"), [("short_sentence_min_words", "1"), ("short_sentence_max_digits", "1.5")])
def test_out_of_bounds_settings_are_refused(tmp_path, key, value):
    path = tmp_path / "settings.toml"
    path.write_text(f"[scorer]\n{key} = {value}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_settings(path)


def test_a_swahili_three_word_sentence_gets_the_share_too():
    assert LANGUAGES["sw"].short_sentence_stopwords > 0.0
    assert _share("Tiketi zitauzwa mtandaoni.", "sw") == 0.2


def test_a_short_thai_line_with_function_words_ends_like_a_sentence_and_a_myanmar_one_does_not():
    """Thai and Lao write no full stop: a ten-word line keeping its glued function words is a
    sentence from `stopless_short_words` words on; a Myanmar line of that length without its "။"
    (a "related" link: "ဆက်စပ်ဖတ်ရှုရန် - ...") is not."""
    unspaced = load_settings().unspaced
    thai = paragraph_signals("โครงการนี้ใช้งบประมาณราว 2 หมื่นล้านบาท", frozenset(), None, unspaced)
    assert thai["ends_sentence"] == 1.0
    myanmar = paragraph_signals("ဆက်စပ်ဖတ်ရှုရန် - ရထားလက်မှတ်ခ ဇန်နဝါရီမှစ၍ တိုးမည်", frozenset(), None, unspaced)
    assert myanmar["ends_sentence"] == 0.0
    headline = paragraph_signals("ขอนแก่นเตรียมเปิดรถไฟฟ้ารางเบาสายแรกปี 2572", frozenset(), None, unspaced)
    assert headline["ends_sentence"] == 0.0  # a headline drops its function words


def test_a_later_file_setting_only_the_share_merges_it(tmp_path):
    """A user's file for a loaded language that sets only `short_sentence_stopwords` counts
    (loader._holds_words asks every LanguageData field: the old list of fields left this one out)."""
    first, second = tmp_path / "a.toml", tmp_path / "b.toml"
    first.write_text('language = "xx"\nstopwords = ["ja"]\n', encoding="utf-8")
    second.write_text('language = "xx"\nshort_sentence_stopwords = 0.25\n', encoding="utf-8")
    data = load_rule_files([first, second]).languages["xx"]
    assert data.short_sentence_stopwords == 0.25
    assert data.stopwords == frozenset({"ja"})
