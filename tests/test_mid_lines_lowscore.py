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
