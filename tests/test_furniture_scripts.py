"""Furniture between a headline and its body, and under the article, in ar, he, hi, ja, ko, zh,
th and el (data in furniture_scripts.py): every such line goes, the headline stays, the article
stays whole. Same shape as test_heading_furniture.py and test_footer_furniture.py."""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean_text

from article_support_scripts import ARTICLE_SCRIPTS
from furniture_scripts import AFTER_SCRIPTS, BETWEEN_SCRIPTS, HEADLINE_SCRIPTS

MENU = ["Home", "News", "Sport", "Business", "Culture"]


@pytest.mark.parametrize("lang, between", BETWEEN_SCRIPTS)
def test_furniture_under_the_headline_goes_and_the_headline_stays(lang: str, between: list[str]) -> None:
    article = ARTICLE_SCRIPTS[lang]
    out = clean_text("\n".join([*MENU, HEADLINE_SCRIPTS[lang], *between, *article]) + "\n").text
    assert HEADLINE_SCRIPTS[lang] in out
    assert not [line for line in between if line in out]
    assert all(paragraph in out for paragraph in article)


@pytest.mark.parametrize("lang, after", AFTER_SCRIPTS)
def test_furniture_under_the_article_goes_and_the_article_stays(lang: str, after: list[str]) -> None:
    article = ARTICLE_SCRIPTS[lang]
    out = clean_text("\n".join([*article, *after]) + "\n").text
    assert not [line for line in after if line in out]
    assert all(paragraph in out for paragraph in article)
