"""Long page lines between two paragraphs of a story in the languages whose prose scores lowest
(sv, da, nb, fi, cs, hu, pl, ru, uk, tr; lines in mid_lines_lowscore.py, stories in
article_support_lowscore.py): share rows, breadcrumbs, update stamps and "read also" links go,
and every paragraph stays; article sentences that look like them stay too. Their paragraphs
score 0.45-0.85, so one removed line weighing against a block could cut the story in two."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

import mid_lines_lowscore
from article_support_lowscore import ARTICLE_LOWSCORE


def _cleaned(lang: str, line: str) -> str:
    article = ARTICLE_LOWSCORE[lang]
    return clean_text("\n".join([*article[:2], line, *article[2:]]) + "\n").text


@pytest.mark.parametrize("lang, line", mid_lines_lowscore.JUNK_LINES)
def test_junk_between_paragraphs_goes_and_the_story_stays(lang: str, line: str) -> None:
    out = _cleaned(lang, line)
    assert line not in out
    assert all(paragraph in out for paragraph in ARTICLE_LOWSCORE[lang])


@pytest.mark.parametrize("lang, line", mid_lines_lowscore.ARTICLE_LINES)
def test_article_lines_that_look_like_junk_stay(lang: str, line: str) -> None:
    out = _cleaned(lang, line)
    assert line in out and all(paragraph in out for paragraph in ARTICLE_LOWSCORE[lang])


@pytest.mark.parametrize("lang", sorted(ARTICLE_LOWSCORE))
def test_story_alone_stays_whole(lang: str) -> None:
    out = clean_text("\n".join(ARTICLE_LOWSCORE[lang]) + "\n").text
    assert all(paragraph in out for paragraph in ARTICLE_LOWSCORE[lang])


LIVE_BLOG = """Relacja na żywo: powódź na Dolnym Śląsku. Woda w Odrze wciąż rośnie
Aktualizacja: 4 grudnia 2026, 16:20
Śledzimy sytuację na bieżąco. Odśwież stronę, aby zobaczyć najnowsze wpisy.
16:15
Wojewoda dolnośląski ogłosił alarm przeciwpowodziowy w trzech kolejnych powiatach. Straż pożarna ewakuowała w ciągu dnia ponad 400 osób z zalanych domów.
15:40
– Sytuacja jest trudna, ale pod kontrolą – powiedział na konferencji prasowej komendant wojewódzki straży pożarnej. Dodał, że wały w okolicach Brzegu są monitorowane przez całą dobę.
Udostępnij: Facebook Twitter LinkedIn Wyślij e-mailem Kopiuj link
15:05
Poziom wody w Odrze we Wrocławiu wynosi obecnie 612 centymetrów. Stan alarmowy został przekroczony o ponad metr.
CZYTAJ TAKŻE: Jak przygotować dom na powódź? Poradnik
14:30
Na drogach krajowych nr 39 i 94 obowiązują utrudnienia. Policja apeluje do kierowców o omijanie zalanych odcinków.
Tagi: powódź, Odra, Dolny Śląsk
Komentarze (12)
"""


def test_live_blog_entries_stay_across_a_share_row() -> None:
    """A share row between two entries of a Polish live blog, time stamps around it: the entries
    under it stay (the stamps and a "read also" link between entries used to hide the prose)."""
    out = clean_text(LIVE_BLOG).text
    assert "Udostępnij" not in out and "Odśwież stronę" not in out and "CZYTAJ TAKŻE" not in out
    for entry in ("Wojewoda dolnośląski", "Sytuacja jest trudna", "Poziom wody w Odrze", "Na drogach krajowych", "14:30"):
        assert entry in out, entry


MATCH_REPORT = """Hradec otočil zápas s Pardubicemi a slaví čtvrtou výhru v řadě
Jan Dvořák
Aktualizováno 4. prosince 2026 23:40
Hokejisté Hradce Králové porazili v 24. kole extraligy Pardubice 3:2 po prodloužení. Rozhodující gól vstřelil ve 62. minutě útočník Tomáš Novák, který se prosadil střelou od modré čáry.
Hosté vedli po první třetině zásluhou dvou přesilovkových gólů 2:0. Domácí však ve druhé části zlepšili pohyb a snížili zásluhou Kubíčka.
Vyrovnání obstaral v 51. minutě obránce Svoboda, jehož střelu tečoval před brankou Vlček.
ČTĚTE TAKÉ: Pardubice přišly o kapitána, má zlomenou ruku
Statistiky zápasu:
Střely na branku: 34:27
Přesilovky: 1/4 – 2/5
Diváci: 7 850
Hradec se posunul na třetí místo tabulky, Pardubice zůstávají první.
Témata: hokej, extraliga, Hradec Králové, Pardubice
Diskuze (24)
"""


def test_list_and_closing_sentence_under_a_read_also_link_stay() -> None:
    """A "read also" link between a match report's prose and its statistics, a closing sentence
    under them, then the tags: the statistics and the sentence are the article's."""
    out = clean_text(MATCH_REPORT).text
    assert "ČTĚTE TAKÉ" not in out and "Témata" not in out
    for line in ("Statistiky zápasu:", "Diváci: 7 850", "Hradec se posunul na třetí místo"):
        assert line in out, line
