"""The heading and footer furniture tests (test_heading_furniture, test_footer_furniture) in sv,
da, nb, fi, cs, ro, hu, pl, ru, uk and tr: under a site menu and a headline, every byline, date,
reading-time, listen or share line goes and the headline stays; under the article, every tags,
bio, most-read, comment and copyright line goes; the article stays whole either way."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

from article_support_more import ARTICLE_MORE
from furniture_more import AFTER_MORE, BETWEEN_MORE, HEADLINE_MORE

MENU = ["Home", "News", "Sport", "Business", "Culture"]


@pytest.mark.parametrize("lang, between", BETWEEN_MORE)
def test_furniture_under_the_headline_goes_and_the_headline_stays(lang: str, between: list[str]) -> None:
    out = clean_text("\n".join([*MENU, HEADLINE_MORE[lang], *between, *ARTICLE_MORE[lang]]) + "\n").text
    assert HEADLINE_MORE[lang] in out
    assert not [line for line in between if line in out]
    assert all(paragraph in out for paragraph in ARTICLE_MORE[lang])


@pytest.mark.parametrize("lang, after", AFTER_MORE)
def test_furniture_under_the_article_goes_and_the_article_stays(lang: str, after: list[str]) -> None:
    out = clean_text("\n".join([*ARTICLE_MORE[lang], *after]) + "\n").text
    assert not [line for line in after if line in out]
    assert all(paragraph in out for paragraph in ARTICLE_MORE[lang])
