"""A language's `word_weight` (rule files): line lengths compared with thresholds counted in
English words (prose.counted_words). Finnish, Estonian, Hungarian, Lithuanian, Latvian, Arabic and
Hebrew say in fewer, longer words what English says: a Finnish sentence of 9 words fell under the
12 words of a prose paragraph and cut the article's second half off. A language without a weight
must count exactly as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import clean_text
from cleaner.errors import ConfigError
from cleaner.rules import load_rule_files
from cleaner.rules.loader import default_rule_files
from cleaner.rules import scorer
from cleaner.rules.lists import prose_par
from cleaner.rules.prose import COUNTED, counted_words, weigh_words
from cleaner.rules.settings import load_settings
from cleaner.types import Paragraph


def _signals(words: float) -> dict[str, float]:
    return {"words": words, "prose": 0.55, "ends_sentence": 1.0}


def test_a_line_without_a_weight_counts_its_words():
    assert counted_words(_signals(9.0)) == 9.0


def test_a_weight_multiplies_the_count_and_a_weight_of_one_leaves_no_signal():
    signals = _signals(9.0)
    weigh_words(signals, 1.4)
    assert counted_words(signals) == pytest.approx(12.6)
    assert signals["words"] == 9.0  # the count itself (prose score, block values) is untouched
    weigh_words(signals, 1.0)  # the page scored again in a language without a weight
    assert COUNTED not in signals and counted_words(signals) == 9.0


def test_a_weighted_sentence_of_nine_words_is_a_prose_paragraph():
    s = load_settings().scorer
    plain, weighted = Paragraph(0, 1, signals=_signals(9.0)), Paragraph(0, 1, signals=_signals(9.0))
    weigh_words(weighted.signals, 1.4)
    assert not prose_par(plain, s)
    assert prose_par(weighted, s)


def test_shipped_weights_are_for_languages_with_long_words_only():
    languages = load_rule_files(default_rule_files()).languages
    weights = {code: data.word_weight for code, data in languages.items() if data.word_weight != 1.0}
    assert set(weights) == {"fi", "et", "hu", "lt", "lv", "ar", "he", "ru", "uk", "tr"}
    assert all(1.2 <= w <= 1.5 for w in weights.values())
    assert languages["en"].word_weight == 1.0 and languages["de"].word_weight == 1.0


@pytest.mark.parametrize(
    ("key", "value"),
    [("word_weight", value) for value in ("1.4", 0.8, 4, True)]
    + [("short_sentence_stopwords", value) for value in ("0.2", -0.1, 0.7, True)],  # short_sentences.py: a share from 0 to 0.5
)
def test_a_bad_weight_or_share_is_refused(tmp_path, key, value):
    path = tmp_path / "xx.toml"
    shown = f'"{value}"' if isinstance(value, str) else str(value).lower()
    path.write_text(f'language = "xx"\n{key} = {shown}\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=key):
        load_rule_files([path])


@pytest.mark.parametrize(("key", "value"), [("word_weight", 1.3), ("short_sentence_stopwords", 0.15)])
def test_a_later_file_of_the_language_keeps_its_value(tmp_path, key, value):
    first, second = tmp_path / "xx.toml", tmp_path / "xx_more.toml"
    first.write_text(f'language = "xx"\n{key} = {value}\n', encoding="utf-8")
    second.write_text('language = "xx"\nstopwords = ["ja"]\n', encoding="utf-8")
    assert getattr(load_rule_files([first, second]).languages["xx"], key) == value


FINNISH_PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "general" / "fi_95.txt"
# The page closes on four short sentences under its "Lue myös" link, one more than a run of short
# closing sentences may take (scorer.toml closing_past_lines: closing_runs._closing_end): counted
# as English words, only the word weight would keep them, not such a run.
FOURTH_SENTENCE = "Kirjasto avataan uudelleen heinäkuun alussa."


def test_a_finnish_page_keeps_its_sentences_under_a_read_also_link(monkeypatch):
    """The scorer reads the weight of the page's language: under a "Lue myös" link, the 11-word
    sentence counts 15.4 and joins the body with the three under it; counted as English words
    (the scorer's weights set to 1), the body ended above it. The fixture itself closes on three
    short sentences, which a closing run keeps without the weight: a fourth leaves the weight alone
    to decide."""
    page = FINNISH_PAGE.read_text(encoding="utf-8")
    last = "– Toivomme asiakkailta kärsivällisyyttä kevään aikana, Lehtonen sanoo.\n"
    assert page.count(last) == 1
    page = page.replace(last, last + FOURTH_SENTENCE + "\n")
    cleaned = clean_text(page).text
    assert "Lasten satutunnit jatkuvat" in cleaned and FOURTH_SENTENCE in cleaned
    assert "Lue myös" not in cleaned and "Aiheesta muualla" not in cleaned
    monkeypatch.setattr(scorer, "weigh_words", lambda signals, weight: weigh_words(signals, 1.0))
    unweighted = clean_text(page).text
    assert "Lasten satutunnit jatkuvat" not in unweighted and FOURTH_SENTENCE not in unweighted
